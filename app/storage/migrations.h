#pragma once

#include <QString>
#include <QStringList>

namespace kinerja {

// Numbered schema migrations, kept as resources (:/migrations/NNN_name.sql).
class Migrations {
public:
    // Resource paths, in version order; entry i migrates version i to i + 1.
    static QStringList files();
    static int latestVersion() { return static_cast<int>(files().size()); }
    // Splits a script into statements (aware of quotes, comments and trigger bodies).
    static QStringList splitStatements(const QString &script);
};

} // namespace kinerja
