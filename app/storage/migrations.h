#pragma once

#include "engine.h"

#include <QString>
#include <QStringList>

namespace kinerja {

// Numbered schema migrations, kept as resources (:/migrations/<dialect>/NNN_name.sql).
// Both dialects have the same numbers: version N means the same tables in either engine.
class Migrations {
public:
    // Resource paths of an engine's dialect, in version order; entry i migrates version i
    // to i + 1.
    static QStringList files(Engine engine = Engine::Sqlite);
    static int latestVersion() { return static_cast<int>(files().size()); }
    // Splits a script into statements (aware of quotes, comments, trigger bodies and
    // PostgreSQL's dollar-quoted function bodies).
    static QStringList splitStatements(const QString &script);
};

} // namespace kinerja
