#pragma once

#include "domain/status.h"
#include "engine.h"
#include "serveraddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace kinerja {

// One Kinerja database: an SQLite file, or an office's PostgreSQL server database.
// For a file, open() creates a new file, or checks an existing one (SQLite header,
// application id, schema version, integrity) before it writes anything, backs it up and
// migrates it. A foreign, corrupt or newer file is refused and left byte-identical.
// A server database is never migrated by open(): an administrator creates and upgrades
// it (openServer with Initialise or Upgrade, `kinerja-cli server init|upgrade`), and
// every other open refuses a schema that is not this Kinerja's own version.
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

    // What openServer() may do to the schema it finds.
    enum class ServerSchema {
        Use,        // only this Kinerja's version; anything else is refused
        Initialise, // an empty database gets the whole schema
        Upgrade,    // an older Kinerja schema is migrated to this version
    };

    // A file path, or a server address (postgresql://user@host:port/dbname).
    Status open(const QString &location);
    Status openServer(const ServerAddress &address, ServerSchema schema = ServerSchema::Use);
    // Another connection to the database `main` has open: no checks, no migration, no
    // backup. For reading on a worker thread: the connection belongs to the thread that
    // opens it.
    Status openReader(const Database &main);
    void close();
    bool isOpen() const;

    QSqlDatabase connection() const;
    // On a server: checks the connection (SELECT 1) and, when it was lost (the server
    // restarted, the network dropped), opens it again. Its error says that the
    // connection is lost and that the caller's changes are still there (field
    // "connection"). Always ok for a file.
    // `reconnected` tells whether the connection had been lost (and is back now): a
    // statement that failed just before failed for that.
    Status ensureConnected(bool *reconnected = nullptr);
    // "The connection to the server … was lost; your changes are still here. …"
    Status connectionLost(const QString &reason) const;
    // A save that failed on a server whose connection broke (before or during it: the save
    // rolled back) says so in connectionLost's words, not the driver's, and the connection
    // is opened again when the server is back; any other failure is returned as it is.
    Status explainFailure(const Status &failure);
    // Closes and reopens the server connection under the same name, listening to the
    // same channels. Statements prepared on the old connection are gone.
    Status reconnect();
    // On a server: whether `password` is the login's own, checked by opening a connection
    // of its own to the same address with it (the idle lock). Field "password" when the
    // server refuses it, "connection" when the server cannot be reached. A file has no
    // password: an error.
    Status verifyPassword(const QString &password) const;
    // On a server: LISTEN to `channel` (QSqlDriver::notification), also after a reconnect.
    bool listen(const QString &channel);
    void unlisten(const QString &channel);
    Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == Engine::Postgres; }
    // The file's absolute path; empty for a server.
    QString path() const { return m_engine == Engine::Sqlite ? m_path : QString(); }
    // The file's path, or the server's address without a password: what --db takes.
    QString location() const;
    // For titles and messages: the file's path, or "dbname on host (user)".
    QString displayName() const;
    const ServerAddress &server() const { return m_server; }
    // The name changes are recorded under: the server login, or the desktop user.
    QString userName() const;
    // The copy written before the last migration of this open(), or empty.
    QString backupPath() const { return m_backupPath; }
    int schemaVersion() const;
    // The version the last open() found, before migrating: 0 for a new database. Below
    // schemaVersion() when open() (a file) or openServer() with Upgrade migrated it.
    int schemaVersionFound() const { return m_versionFound; }

    static int latestSchemaVersion();
    // <AppDataLocation>/kinerja.sqlite
    static QString defaultPath();

    // Nesting depth of Transaction objects (0 = none); used by Transaction.
    int &transactionDepth() { return m_txDepth; }

private:
    Status inspectExisting(const QString &path, int *version);
    Status openFile(const QString &path);
    Status connectServer();
    Status serverVersion(int *version);
    Status migrate(int from, const QString &where);
    Status backup(int fromVersion);
    // Opens the connection to m_path and configures it; closes it again on failure.
    Status connect();
    Status configureConnection();

    QString m_connectionName;
    Engine m_engine = Engine::Sqlite;
    QString m_path;
    ServerAddress m_server;
    QString m_backupPath;
    int m_txDepth = 0;
    int m_versionFound = 0;
    QStringList m_channels; // what a reconnect listens to again
};

} // namespace kinerja
