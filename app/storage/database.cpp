#include "database.h"

#include "migrations.h"
#include "sqlitefunctions.h"
#include "transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <atomic>

namespace kinerja {

namespace {

QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("kinerja-%1").arg(++counter);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool hasSqliteHeader(const QString &path, QString *readError)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *readError = f.errorString();
        return false;
    }
    static const QByteArray magic("SQLite format 3\0", 16);
    return f.read(16) == magic;
}

// Runs `sql` on `db` and returns the first column of the first row.
QVariant scalar(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        *error = q.lastError().text();
        return {};
    }
    return q.value(0);
}

} // namespace

Database::Database() = default;

Database::~Database()
{
    close();
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

QString Database::defaultPath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("Kinerja/kinerja.sqlite"));
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QString error;
    if (m_engine == Engine::Postgres)
        return scalar(connection(), QStringLiteral("SELECT version FROM kinerja_schema"), &error)
            .toInt();
    return scalar(connection(), QStringLiteral("PRAGMA user_version"), &error).toInt();
}

QString Database::location() const
{
    return m_engine == Engine::Postgres ? m_server.toString() : m_path;
}

QString Database::displayName() const
{
    return m_engine == Engine::Postgres ? m_server.display() : native(m_path);
}

QString Database::userName() const
{
    if (m_engine == Engine::Postgres)
        return m_server.user;
    // The account the audit trail records too (kinerja_login()), not $USER.
    return sqlitefunctions::osUserName();
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_txDepth = 0;
    m_channels.clear();
}

// Looks at an existing file through a read-only connection, so that a file we
// refuse is never written to.
Status Database::inspectExisting(const QString &path, int *version)
{
    QString error;
    if (!hasSqliteHeader(path, &error)) {
        if (!error.isEmpty())
            return Status::error(tr("Cannot read “%1”: %2").arg(native(path), error),
                                 QStringLiteral("file"));
        return Status::error(tr("“%1” is not a Kinerja database: it is not an SQLite database "
                                "file at all.")
                                 .arg(native(path)),
                             QStringLiteral("file"));
    }
    const QString name = newConnectionName();
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        const auto corrupt = [&](const QString &detail) {
            return Status::error(tr("“%1” is damaged or unreadable and was not opened (%2). "
                                    "Restore it from a backup.")
                                     .arg(native(path), detail),
                                 QStringLiteral("file"));
        };
        if (!db.open()) {
            result = corrupt(db.lastError().text());
        } else {
            const QVariant appId = scalar(db, QStringLiteral("PRAGMA application_id"), &error);
            const QVariant userVersion = scalar(db, QStringLiteral("PRAGMA user_version"), &error);
            const QVariant objects =
                scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), &error);
            if (!appId.isValid() || !userVersion.isValid() || !objects.isValid()) {
                result = corrupt(error);
            } else if (appId.toInt() != kApplicationId && objects.toInt() > 0) {
                result = Status::error(tr("“%1” is an SQLite database of another program, not a "
                                          "Kinerja database. It was not changed.")
                                           .arg(native(path)),
                                       QStringLiteral("file"));
            } else if (userVersion.toInt() > latestSchemaVersion()) {
                result = Status::error(
                    tr("“%1” was written by a newer version of Kinerja (database version %2; "
                       "this Kinerja knows up to version %3). Update Kinerja to open it; the "
                       "file was not changed.")
                        .arg(native(path))
                        .arg(userVersion.toInt())
                        .arg(latestSchemaVersion()),
                    QStringLiteral("file"));
            } else {
                // quick_check reads every page: ~2.4 s for the 1.1 GB of 50,000 staff with
                // five years of history. Beyond kFullCheckBytes the open relies on SQLite
                // reporting damage where it is read (the header and schema were read above).
                const QString check =
                    QFileInfo(path).size() > kFullCheckBytes
                        ? QStringLiteral("ok")
                        : scalar(db, QStringLiteral("PRAGMA quick_check(1)"), &error).toString();
                if (check != QLatin1String("ok"))
                    result = corrupt(check.isEmpty() ? error : check);
                *version = userVersion.toInt();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Status Database::configureConnection()
{
    static const char *const pragmas[] = {
        "PRAGMA foreign_keys = ON",
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = NORMAL",
        "PRAGMA busy_timeout = 5000",
    };
    QSqlQuery q(connection());
    for (const char *pragma : pragmas) {
        if (!q.exec(QLatin1String(pragma)))
            return Status::error(
                tr("Cannot configure “%1”: %2").arg(native(m_path), q.lastError().text()),
                QStringLiteral("file"));
    }
    // The audit triggers (migration 011) call these; without them every change fails.
    if (const QString error = sqlitefunctions::registerAll(connection()); !error.isEmpty())
        return Status::error(tr("Cannot configure “%1”: %2").arg(native(m_path), error),
                             QStringLiteral("file"));
    return Status::ok();
}

// A consistent copy (WAL content included) beside the database, before a
// migration touches it.
Status Database::backup(int fromVersion)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString target =
        QStringLiteral("%1.backup-v%2-%3.sqlite").arg(m_path).arg(fromVersion).arg(stamp);
    QString quoted = target;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("VACUUM INTO '%1'").arg(quoted)))
        return Status::error(tr("Cannot write the backup copy “%1” before upgrading the "
                                "database: %2. The database was not changed.")
                                 .arg(native(target), q.lastError().text()),
                             QStringLiteral("file"));
    m_backupPath = target;
    return Status::ok();
}

Status Database::connect()
{
    if (m_engine == Engine::Postgres)
        return connectServer();
    m_connectionName = newConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        const QString detail = db.lastError().text();
        close();
        return Status::error(tr("Cannot open “%1”: %2").arg(native(m_path), detail),
                             QStringLiteral("file"));
    }
    if (Status s = configureConnection(); !s) {
        close();
        return s;
    }
    return Status::ok();
}

Status Database::openReader(const Database &main)
{
    close();
    m_backupPath.clear();
    m_engine = main.m_engine;
    m_server = main.m_server;
    m_path = main.m_path;
    if (m_engine == Engine::Sqlite && !QFileInfo(m_path).isFile())
        return Status::error(tr("“%1” is not a database file.").arg(native(m_path)),
                             QStringLiteral("file"));
    return connect();
}

Status Database::open(const QString &location)
{
    if (!ServerAddress::isServerLocation(location))
        return openFile(location);
    ServerAddress address;
    if (Status s = ServerAddress::parse(location, &address); !s)
        return s;
    return openServer(address);
}

Status Database::openFile(const QString &path)
{
    close();
    m_engine = Engine::Sqlite;
    m_server = {};
    m_backupPath.clear();
    m_path = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(m_path);
    if (info.exists() && !info.isFile())
        return Status::error(tr("“%1” is a folder, not a database file.").arg(native(m_path)),
                             QStringLiteral("file"));

    int version = 0;
    m_versionFound = 0;
    const bool existing = info.exists() && info.size() > 0;
    if (existing) {
        const Status s = inspectExisting(m_path, &version);
        if (!s)
            return s;
        m_versionFound = version;
    } else if (!QDir().mkpath(info.absolutePath())) {
        return Status::error(tr("Cannot create the folder “%1”.").arg(native(info.absolutePath())),
                             QStringLiteral("file"));
    }

    if (Status s = connect(); !s)
        return s;
    // A new file holds personal data: its owner's alone. SQLite gives the -wal and -shm
    // files the database file's mode.
    if (!existing)
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    if (existing && version > 0 && version < latestSchemaVersion()) {
        if (Status s = backup(version); !s) {
            close();
            return s;
        }
    }
    if (Status s = migrate(version, native(m_path)); !s) {
        close();
        return s;
    }
    return Status::ok();
}

// Applies the migrations after `from`, one transaction each, and records the version
// (PRAGMA user_version in a file, the kinerja_schema row on a server).
Status Database::migrate(int from, const QString &where)
{
    const QStringList files = Migrations::files(m_engine);
    for (int v = from; v < files.size(); ++v) {
        QFile file(files.at(v));
        if (!file.open(QIODevice::ReadOnly))
            return Status::error(tr("Migration %1 is missing from this build.").arg(files.at(v)));
        const QString script = QString::fromUtf8(file.readAll());
        Transaction tx(*this);
        QSqlQuery q(connection());
        QStringList statements = Migrations::splitStatements(script);
        if (m_engine == Engine::Postgres) {
            statements << QStringLiteral("INSERT INTO kinerja_schema (id, application, version) "
                                         "VALUES (1, 'Kinerja', %1) ON CONFLICT (id) DO UPDATE "
                                         "SET version = excluded.version")
                              .arg(v + 1);
        } else {
            statements << QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)
                       << QStringLiteral("PRAGMA user_version = %1").arg(v + 1);
        }
        for (const QString &statement : std::as_const(statements)) {
            if (!q.exec(statement)) {
                const QString detail = q.lastError().text();
                tx.rollback();
                return Status::error(tr("Upgrading “%1” to version %2 failed: %3. The database "
                                        "was left at version %4.")
                                         .arg(where)
                                         .arg(v + 1)
                                         .arg(detail)
                                         .arg(v),
                                     QStringLiteral("file"));
            }
        }
        if (!tx.commit())
            return Status::error(tr("Upgrading “%1” failed: %2").arg(where, tx.lastError()),
                                 QStringLiteral("file"));
    }
    return Status::ok();
}

} // namespace kinerja
