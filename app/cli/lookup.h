#pragma once

#include "storage/periodrepository.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace kinerja {
class Database;
}

namespace kinerja::cli {

// What the commands look up from the command line, with the message to print when it is
// not there.
class Lookup {
    Q_DECLARE_TR_FUNCTIONS(kinerja::cli::Lookup)
public:
    // A period by its code ("2025-Q4", "2025-M03", "2025").
    static std::optional<PeriodInfo> period(Database &db, const QString &code, QString *error);
    // A unit by its exact name (any case) or its number; 0 with *error when there is none
    // or several units share the name.
    static qint64 unit(Database &db, const QString &nameOrNumber, QString *error);
    // Opens `file` (an existing database file, or a server address); false with *error
    // otherwise.
    static bool openDatabase(const QString &file, Database &db, QString *error);
    // The --lang value of print, export and import: "id" or "en"; false with *error.
    static bool language(const QString &value, QString *error);
};

} // namespace kinerja::cli
