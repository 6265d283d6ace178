// The server half of Database: connecting to an office's PostgreSQL database and
// creating or upgrading its schema.
#include "database.h"

#include "migrations.h"
#include "refusal.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>

namespace kinerja {

namespace {

QString newServerConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("kinerja-server-%1").arg(++counter);
}

// Held for the whole of an initialise or upgrade, so that two administrators running
// `server upgrade` at once migrate one after the other, not over each other.
constexpr qint64 kSchemaLock = Database::kApplicationId;

// What every new server connection is told; the error, or empty.
QString configureServerConnection(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    // Notices (a table that already exists, ...) are not for the user.
    if (!q.exec(QStringLiteral("SET client_min_messages = warning")))
        return q.lastError().text();
    return {};
}

} // namespace

Status Database::connectServer()
{
    m_connectionName = newServerConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!db.isValid()) {
        close();
        return Status::error(tr("This installation cannot reach a PostgreSQL server: Qt's QPSQL "
                                "driver is missing (Debian package libqt6sql6-psql)."),
                             QStringLiteral("db"));
    }
    m_server.configure(db);
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=Kinerja"));
    if (!db.open()) {
        const QString detail = db.lastError().databaseText().trimmed();
        db = QSqlDatabase(); // let go before close() removes the connection
        close();
        // libpq says "password" when one is missing or wrong: the caller may ask for it.
        const bool password = detail.contains(QLatin1String("password"), Qt::CaseInsensitive);
        return Status::error(
            tr("Cannot connect to the Kinerja server %1: %2").arg(m_server.display(), detail),
            password ? QStringLiteral("password") : QStringLiteral("db"));
    }
    if (const QString detail = configureServerConnection(db); !detail.isEmpty()) {
        close();
        return Status::error(
            tr("Cannot configure the connection to %1: %2").arg(m_server.display(), detail),
            QStringLiteral("db"));
    }
    return Status::ok();
}

Status Database::ensureConnected(bool *reconnected)
{
    if (reconnected)
        *reconnected = false;
    if (m_engine != Engine::Postgres || m_connectionName.isEmpty())
        return Status::ok();
    {
        QSqlQuery probe(connection());
        if (probe.exec(QStringLiteral("SELECT 1")))
            return Status::ok();
    }
    const Status s = reconnect();
    if (reconnected)
        *reconnected = s.isOk();
    return s;
}

Status Database::explainFailure(const Status &failure)
{
    if (failure || m_engine != Engine::Postgres || failure.field() == QLatin1String("connection"))
        return failure;
    // A refusal is the server working, not the connection failing.
    if (const Status refused = Refusal::explain(failure); refused.field() == u"permission")
        return refused;
    bool reconnected = false;
    if (const Status probe = ensureConnected(&reconnected); !probe)
        return probe.field() == QLatin1String("connection") ? probe
                                                            : connectionLost(probe.message());
    return reconnected ? connectionLost(failure.message()) : failure;
}

Status Database::connectionLost(const QString &reason) const
{
    return Status::error(tr("The connection to the server %1 was lost; your changes are still "
                            "here. Save again when the server is back.\n\n(%2)")
                             .arg(m_server.display(), reason),
                         QStringLiteral("connection"));
}

Status Database::reconnect()
{
    if (m_engine != Engine::Postgres || m_connectionName.isEmpty())
        return Status::ok();
    QSqlDatabase db = connection();
    db.close();
    m_txDepth = 0; // the server rolled back whatever was open
    if (!db.open())
        return connectionLost(db.lastError().databaseText().trimmed());
    if (const QString detail = configureServerConnection(db); !detail.isEmpty()) {
        db.close(); // half-open would let a caller write outside its transaction
        return connectionLost(detail);
    }
    for (const QString &channel : std::as_const(m_channels))
        db.driver()->subscribeToNotification(channel);
    return Status::ok();
}

Status Database::verifyPassword(const QString &password) const
{
    if (m_engine != Engine::Postgres)
        return Status::error(tr("A database file has no password."), QStringLiteral("password"));
    const QString name = newServerConnectionName() + QStringLiteral("-verify");
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        ServerAddress address = m_server;
        address.password = password;
        address.configure(db);
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=Kinerja"));
        if (db.open()) {
            db.close();
        } else {
            const QString detail = db.lastError().databaseText().trimmed();
            // libpq names the password when it was the reason; anything else is the server
            // or the network, which the person cannot fix by typing again.
            result =
                detail.contains(QLatin1String("password"), Qt::CaseInsensitive)
                    ? Status::error(tr("The password is not right."), QStringLiteral("password"))
                    : Status::error(tr("Cannot reach the server %1 to check the password: "
                                       "%2")
                                        .arg(m_server.display(), detail),
                                    QStringLiteral("connection"));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

bool Database::listen(const QString &channel)
{
    if (m_engine != Engine::Postgres || !isOpen())
        return false;
    if (!m_channels.contains(channel))
        m_channels << channel;
    return connection().driver()->subscribeToNotification(channel);
}

void Database::unlisten(const QString &channel)
{
    if (m_channels.removeAll(channel) > 0 && isOpen())
        connection().driver()->unsubscribeFromNotification(channel);
}

// The Kinerja schema version of the connected database: 0 for an empty database.
// A database holding other tables and no Kinerja version is refused.
Status Database::serverVersion(int *version)
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT to_regclass('kinerja_schema') IS NOT NULL, "
                               "(SELECT count(*) FROM information_schema.tables "
                               "WHERE table_schema = current_schema())")) ||
        !q.next())
        return Status::error(
            tr("Cannot read the schema of %1: %2").arg(m_server.display(), q.lastError().text()),
            QStringLiteral("db"));
    const bool kinerja = q.value(0).toBool();
    const qint64 tables = q.value(1).toLongLong();
    if (!kinerja) {
        if (tables > 0)
            return Status::error(tr("%1 holds tables of another program, not a Kinerja "
                                    "database. It was not changed.")
                                     .arg(m_server.display()),
                                 QStringLiteral("db"));
        *version = 0;
        return Status::ok();
    }
    if (!q.exec(
            QStringLiteral("SELECT version FROM kinerja_schema WHERE application = 'Kinerja'")) ||
        !q.next())
        return Status::error(tr("Cannot read the Kinerja schema version of %1: %2")
                                 .arg(m_server.display(), q.lastError().text()),
                             QStringLiteral("db"));
    *version = q.value(0).toInt();
    return Status::ok();
}

Status Database::openServer(const ServerAddress &address, ServerSchema schema)
{
    close();
    m_engine = Engine::Postgres;
    m_server = address;
    m_path.clear();
    m_backupPath.clear();
    if (Status s = connect(); !s)
        return s;
    const auto fail = [this](const Status &s) {
        close();
        return s;
    };
    const int latest = latestSchemaVersion();
    const QString where = m_server.display();
    QSqlQuery lock(connection());
    if (schema != ServerSchema::Use &&
        !lock.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kSchemaLock)))
        return fail(Status::error(
            tr("Cannot lock the schema of %1: %2").arg(where, lock.lastError().text()),
            QStringLiteral("db")));
    int version = 0;
    if (Status s = serverVersion(&version); !s)
        return fail(s);
    m_versionFound = version;
    const QString url = m_server.toString();
    if (version > latest)
        return fail(Status::error(
            tr("%1 was set up by a newer version of Kinerja (database version %2; this Kinerja "
               "knows up to version %3). Update Kinerja to use it; the database was not changed.")
                .arg(where)
                .arg(version)
                .arg(latest),
            QStringLiteral("db")));
    switch (schema) {
    case ServerSchema::Use:
        if (version == 0)
            return fail(
                Status::error(tr("%1 has no Kinerja schema yet. An administrator creates it with: "
                                 "kinerja-cli server init --db %2")
                                  .arg(where, url),
                              QStringLiteral("db")));
        if (version < latest)
            return fail(Status::error(
                tr("%1 is at database version %2, and this Kinerja needs version %3. An "
                   "administrator upgrades it with: kinerja-cli server upgrade --db %4. The "
                   "database was not changed.")
                    .arg(where)
                    .arg(version)
                    .arg(latest)
                    .arg(url),
                QStringLiteral("db")));
        return Status::ok();
    case ServerSchema::Initialise:
        if (version != 0)
            return fail(Status::error(tr("%1 already holds a Kinerja database (version %2); it "
                                         "was not changed. Use server upgrade for a newer "
                                         "version.")
                                          .arg(where)
                                          .arg(version),
                                      QStringLiteral("db")));
        break;
    case ServerSchema::Upgrade:
        if (version == 0)
            return fail(Status::error(
                tr("%1 has no Kinerja schema to upgrade. Create it with: kinerja-cli server "
                   "init --db %2")
                    .arg(where, url),
                QStringLiteral("db")));
        break;
    }
    if (Status s = migrate(version, where); !s)
        return fail(s);
    lock.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kSchemaLock));
    return Status::ok();
}

} // namespace kinerja
