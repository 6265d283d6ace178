#include "storage/database.h"
#include "storage/migrations.h"
#include "support/files.h"
#include "support/tempdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kinerja;

namespace {

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs SQL on a plain SQLite connection, bypassing Database, to craft test files.
void rawSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

QVariant rawScalar(const QString &path, const QString &sql)
{
    QVariant result;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                result = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return result;
}

} // namespace

class TestDatabase : public QObject {
    Q_OBJECT
private slots:
    void createsNewFileAtLatestVersion()
    {
        TempDatabase t;
        Database &db = t.open();
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 2);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
        QCOMPARE(q.value(0).toInt(), Database::kApplicationId);
        QVERIFY(db.backupPath().isEmpty()); // nothing to back up in a new file
    }

    // Personal data: a new file and the WAL beside it are readable by their owner only,
    // whatever the umask.
    void newFileIsTheOwnersAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kinerja.sqlite"));
        Database db;
        const Status opened = db.open(path);
        QVERIFY2(opened, qPrintable(opened.message()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('x', 'y')")));
        const QFile::Permissions owner = QFile::ReadOwner | QFile::WriteOwner;
        const QFile::Permissions others =
            QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
        QVERIFY(QFile::permissions(path) & owner);
        QCOMPARE(QFile::permissions(path) & others, QFile::Permissions());
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        QCOMPARE(QFile::permissions(path + QStringLiteral("-wal")) & others, QFile::Permissions());
    }

    void createsMissingFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a/b/kinerja.sqlite"));
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.path()));
        QVERIFY(QFile::exists(path));
    }

    void reopenKeepsData()
    {
        TempDatabase t;
        {
            Database &db = t.open();
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO setting VALUES ('instansi', 'Kab. X')")));
            db.close();
        }
        Database again;
        QVERIFY(again.open(t.path()));
        QSqlQuery q(again.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM setting")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Kab. X"));
        QVERIFY(again.backupPath().isEmpty());
    }

    void emptyFileBecomesDatabase()
    {
        TempDatabase t;
        support::writeFile(t.path(), {});
        Database db;
        QVERIFY(db.open(t.path()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    }

    void migratesOlderVersionAfterBackup()
    {
        TempDatabase t;
        // A version-1 database as an older Kinerja left it, with one unit in it.
        QFile first(Migrations::files().first());
        QVERIFY(first.open(QIODevice::ReadOnly));
        QStringList statements = Migrations::splitStatements(QString::fromUtf8(first.readAll()));
        statements << QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId)
                   << QStringLiteral("PRAGMA user_version = 1")
                   << QStringLiteral("INSERT INTO unit (id, name, kind) VALUES (1, 'Pemkab', 0)");
        rawSql(t.path(), statements);

        Database db;
        QVERIFY(db.open(t.path()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(!db.backupPath().isEmpty());
        QVERIFY(QFile::exists(db.backupPath()));
        QVERIFY(db.backupPath().contains(QStringLiteral(".backup-v1-")));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM unit")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Pemkab"));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM position_history")));

        // The backup is the version-1 database as it was.
        QCOMPARE(rawScalar(db.backupPath(), QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(rawScalar(db.backupPath(), QStringLiteral("SELECT name FROM unit")).toString(),
                 QStringLiteral("Pemkab"));
    }

    void refusesNewerVersion()
    {
        TempDatabase t;
        rawSql(t.path(),
               {QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId),
                QStringLiteral("PRAGMA user_version = 999"),
                QStringLiteral("CREATE TABLE future (x)")});
        const QByteArray before = digest(t.path());
        Database db;
        const Status s = db.open(t.path());
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QStringLiteral("newer version")), qPrintable(s.message()));
        QVERIFY(s.message().contains(QStringLiteral("999")));
        QVERIFY(!db.isOpen());
        QCOMPARE(digest(t.path()), before);
    }

    void refusesForeignSqlite()
    {
        TempDatabase t;
        rawSql(t.path(), {QStringLiteral("CREATE TABLE songs (title TEXT)"),
                          QStringLiteral("INSERT INTO songs VALUES ('x')")});
        const QByteArray before = digest(t.path());
        Database db;
        const Status s = db.open(t.path());
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QStringLiteral("another program")), qPrintable(s.message()));
        QCOMPARE(digest(t.path()), before);
    }

    void refusesNonSqliteFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("NIP;Nama\n199301212020121001;Budi\n");
        QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\x00\x00\x00", 8);
        QTest::newRow("short") << QByteArray("SQLite");
    }
    void refusesNonSqliteFile()
    {
        QFETCH(QByteArray, content);
        TempDatabase t;
        support::writeFile(t.path(), content);
        Database db;
        const Status s = db.open(t.path());
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QStringLiteral("not a Kinerja database")),
                 qPrintable(s.message()));
        QCOMPARE(s.field(), QStringLiteral("file"));
        QFile f(t.path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
    }

    void refusesCorruptFileUnchanged()
    {
        TempDatabase t;
        {
            Database &db = t.open();
            QSqlQuery q(db.connection());
            for (int i = 0; i < 200; ++i)
                QVERIFY(q.exec(QStringLiteral("INSERT INTO setting VALUES ('k%1', '%2')")
                                   .arg(i)
                                   .arg(QString(500, QLatin1Char('x')))));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            db.close();
        }
        // Scribble over the middle of the file, keeping the SQLite header.
        QFile f(t.path());
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 8192);
        f.seek(4096);
        f.write(QByteArray(static_cast<int>(size - 8192), '\xAB'));
        f.close();
        const QByteArray before = digest(t.path());

        Database db;
        const Status s = db.open(t.path());
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QStringLiteral("damaged")), qPrintable(s.message()));
        QCOMPARE(digest(t.path()), before);
    }

    void refusesFolder()
    {
        QTemporaryDir dir;
        Database db;
        const Status s = db.open(dir.path());
        QVERIFY(!s);
        QVERIFY(s.message().contains(QStringLiteral("folder")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
