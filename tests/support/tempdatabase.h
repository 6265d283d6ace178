#pragma once

#include "storage/database.h"
#include "support/check.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

// A fresh Kinerja database, removed with the fixture: a file in a temporary folder, or,
// when the test runs on the server engine (KINERJA_TEST_ENGINE=postgresql, registered by
// kinerja_add_test(... ENGINES both)), a new database on the throwaway cluster whose
// admin address scripts/test.sh puts in KINERJA_TEST_SERVER.
class TempDatabase {
public:
    TempDatabase() { FIXTURE_CHECK(m_dir.isValid(), m_dir.errorString()); }
    ~TempDatabase()
    {
        m_db.close();
        if (!m_serverName.isEmpty())
            admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_serverName));
    }

    static bool onServer()
    {
        return qEnvironmentVariable("KINERJA_TEST_ENGINE") == QLatin1String("postgresql");
    }

    // Opens (creating) the database.
    kinerja::Database &open()
    {
        if (onServer() && m_serverName.isEmpty())
            createServerDatabase();
        FIXTURE_OK(m_db.open(location()));
        return m_db;
    }
    // What --db takes: the file's path, or the server database's address.
    QString location() const
    {
        if (!onServer())
            return path();
        kinerja::ServerAddress a = adminAddress();
        a.database = m_serverName;
        return a.toString();
    }
    // Closes and removes the database, so that the next open() starts afresh.
    void remove()
    {
        m_db.close();
        if (onServer()) {
            if (!m_serverName.isEmpty())
                admin(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(m_serverName));
            m_serverName.clear();
        } else {
            for (const QString &suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path() + suffix);
        }
    }
    // On the server engine: creates the database without opening it, empty, or with
    // the Kinerja schema (as `kinerja-cli server init` leaves it); returns location().
    QString createOnServer(bool initialise)
    {
        FIXTURE_CHECK(onServer() && m_serverName.isEmpty(), QStringLiteral("already created"));
        createServerDatabase(initialise);
        return location();
    }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString dir() const { return m_dir.path(); }
    kinerja::Database &db() { return m_db; }

    // Runs one statement as the cluster's superuser, on a connection of its own, in its
    // maintenance database or in `database`.
    static void admin(const QString &sql, const QString &database = {})
    {
        const kinerja::ServerAddress a = adminAddress();
        const QString name = QStringLiteral("tempdatabase-admin");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            a.configure(db, database);
            FIXTURE_CHECK(db.open(), db.lastError().text());
            QSqlQuery q(db);
            FIXTURE_CHECK(q.exec(sql), q.lastError().text());
        }
        QSqlDatabase::removeDatabase(name);
    }

private:
    static kinerja::ServerAddress adminAddress()
    {
        const QString url = qEnvironmentVariable("KINERJA_TEST_SERVER");
        FIXTURE_CHECK(!url.isEmpty(),
                      QStringLiteral("KINERJA_TEST_SERVER is not set: run the server tests "
                                     "through scripts/test.sh, which starts the test cluster"));
        kinerja::ServerAddress a;
        FIXTURE_OK(kinerja::ServerAddress::parse(url, &a));
        return a;
    }

    void createServerDatabase(bool initialise = true)
    {
        m_serverName = QStringLiteral("kt_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        admin(QStringLiteral("CREATE DATABASE %1").arg(m_serverName));
        if (!initialise)
            return;
        kinerja::ServerAddress a = adminAddress();
        a.database = m_serverName;
        kinerja::Database init;
        FIXTURE_OK(init.openServer(a, kinerja::Database::ServerSchema::Initialise));
    }

    QTemporaryDir m_dir;
    kinerja::Database m_db;
    QString m_serverName;
};
