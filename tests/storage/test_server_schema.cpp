// The schema rules of a server database: only an administrator creates or upgrades it, and
// every other open refuses a schema that is not this Kinerja's own version, unchanged.
#include "storage/database.h"
#include "support/check.h"
#include "support/tempdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace kinerja;

class TestServerSchema : public QObject {
    Q_OBJECT

    static ServerAddress address(const QString &location)
    {
        ServerAddress a;
        FIXTURE_OK(ServerAddress::parse(location, &a));
        return a;
    }
    static void setVersion(Database &db, int version)
    {
        QSqlQuery q(db.connection());
        FIXTURE_CHECK(q.exec(QStringLiteral("UPDATE kinerja_schema SET version = %1").arg(version)),
                      QStringLiteral("cannot set the version"));
    }

private slots:
    void anEmptyDatabaseIsNotOpenedButInitialisedOnRequest()
    {
        TempDatabase t;
        const QString url = t.createOnServer(false);
        Database db;
        const Status s = db.open(url);
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QLatin1String("kinerja-cli server init")),
                 qPrintable(s.message()));
        QVERIFY(!db.isOpen());
        VERIFY_OK(db.openServer(address(url), Database::ServerSchema::Initialise));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        db.close();
        VERIFY_OK(db.open(url));
        // Initialising twice is refused.
        Database again;
        QVERIFY(!again.openServer(address(url), Database::ServerSchema::Initialise));
    }

    void aNewerSchemaIsRefusedUnchanged()
    {
        TempDatabase t;
        const QString url = t.createOnServer(true);
        Database admin;
        VERIFY_OK(admin.open(url));
        setVersion(admin, Database::latestSchemaVersion() + 1);
        Database db;
        const Status s = db.open(url);
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QLatin1String("newer version of Kinerja")),
                 qPrintable(s.message()));
        QVERIFY(!db.openServer(address(url), Database::ServerSchema::Upgrade));
        QSqlQuery q(admin.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT version FROM kinerja_schema")) && q.next());
        QCOMPARE(q.value(0).toInt(), Database::latestSchemaVersion() + 1);
    }

    void anOlderSchemaNeedsTheAdministratorsUpgrade()
    {
        TempDatabase t;
        const QString url = t.createOnServer(true);
        {
            Database admin;
            VERIFY_OK(admin.open(url));
            // As a database of the previous Kinerja reads: open() goes by the version.
            setVersion(admin, Database::latestSchemaVersion() - 1);
        }
        Database db;
        const Status s = db.open(url);
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QLatin1String("kinerja-cli server upgrade")),
                 qPrintable(s.message()));
        QVERIFY(!db.isOpen());
    }
};

QTEST_GUILESS_MAIN(TestServerSchema)
#include "test_server_schema.moc"
