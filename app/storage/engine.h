#pragma once

#include <QString>

namespace kinerja {

// The two SQL engines one storage layer speaks: an SQLite file on one PC (the default)
// and a PostgreSQL server shared by an office. Queries are written once in the SQL both
// understand; where they must differ, the code asks Database::engine().
enum class Engine { Sqlite, Postgres };

// The name of an engine's dialect folder under :/migrations.
inline QString dialectName(Engine engine)
{
    return engine == Engine::Postgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

} // namespace kinerja
