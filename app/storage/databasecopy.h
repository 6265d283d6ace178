#pragma once

#include "domain/status.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>

namespace kinerja {

class Database;

// Copies every row of one Kinerja database into another of the same schema version, in
// either direction between a file and a server: an office's SQLite file into its new
// server database (`kinerja-cli server load`), or a server database into a new file
// (`kinerja-cli export --sqlite`). Ids are kept. The source is read in one snapshot; the
// target is written in one transaction, so after a failure, a row count that differs or a
// cancel, the target is as it was. The target must be empty: it may hold only the rows its
// own migrations put there (the built-in schemes), which the copy replaces.
class DatabaseCopy {
    Q_DECLARE_TR_FUNCTIONS(kinerja::DatabaseCopy)
public:
    struct Step {
        QString table;
        int tableIndex = 0; // 0-based, of tableCount
        int tableCount = 0;
        qint64 tableRows = 0; // copied so far of this table
        qint64 tableTotal = 0;
        qint64 done = 0; // copied so far of every table
        qint64 total = 0;
    };
    // Called after every batch; returning false cancels the copy.
    using Progress = std::function<bool(const Step &)>;

    struct Report {
        QVector<QPair<QString, qint64>> tables; // name and rows, in copy order
        qint64 rows = 0;
        qint64 msecs = 0;
    };

    // Every table of the Kinerja schema that holds data, in foreign-key order (a table
    // after those it refers to). The one place the copy takes its tables from: a table a
    // migration adds must be named here, or every copy refuses to start.
    static QStringList tables();
    // The server's tables that are deliberately not copied: kinerja_schema, and the
    // accounts (migration 12), which belong to the server's logins: an archive or a laptop
    // copy carries the data, not who may log in to the office server.
    static QStringList serverOnlyTables();
    // The tables of `db` that are not in tables() (besides serverOnlyTables() on a server),
    // and those of tables() it lacks; empty when the two agree.
    static QStringList unexpectedTables(const Database &db, QStringList *missing);

    // Copies `from` into `to`. A failure's field() names the table, or is "cancelled".
    static Status copy(Database &from, Database &to, const Progress &progress = {},
                       const std::atomic_bool *cancel = nullptr, Report *report = nullptr);
};

} // namespace kinerja
