#pragma once

#include "domain/status.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace kinerja {

// One Kinerja database file. open() creates a new file, or checks an existing
// one (SQLite header, application id, schema version, integrity) before it
// writes anything, backs it up and migrates it. A foreign, corrupt or newer
// file is refused and left byte-identical.
class Database {
    Q_DECLARE_TR_FUNCTIONS(kinerja::Database)
public:
    // PRAGMA application_id of every Kinerja database: "KNRJ".
    static constexpr int kApplicationId = 0x4B4E524A;
    // Files up to this size get a full PRAGMA quick_check when opened (about 0.5 s).
    static constexpr qint64 kFullCheckBytes = 256LL * 1024 * 1024;

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Status open(const QString &path);
    // Another connection to a database that a Database has open(ed) and migrated: no
    // checks, no migration, no backup. For reading on a worker thread: the connection
    // belongs to the thread that opens it.
    Status openReader(const QString &path);
    void close();
    bool isOpen() const;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    // The copy written before the last migration of this open(), or empty.
    QString backupPath() const { return m_backupPath; }
    int schemaVersion() const;

    static int latestSchemaVersion();
    // <AppDataLocation>/kinerja.sqlite
    static QString defaultPath();

    // Nesting depth of Transaction objects (0 = none); used by Transaction.
    int &transactionDepth() { return m_txDepth; }

private:
    Status inspectExisting(const QString &path, int *version);
    Status backup(int fromVersion);
    // Opens the connection to m_path and configures it; closes it again on failure.
    Status connect();
    Status configureConnection();

    QString m_connectionName;
    QString m_path;
    QString m_backupPath;
    int m_txDepth = 0;
};

} // namespace kinerja
