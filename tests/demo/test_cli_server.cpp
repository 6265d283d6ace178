// kinerja-cli server init|upgrade|load and export --sqlite, run as an administrator would,
// against a database on the test cluster (kinerja_add_test ENGINES server).
#include "storage/database.h"
#include "storage/databasecopy.h"
#include "support/process.h"
#include "support/tempdatabase.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace kinerja;

namespace {

using support::Run;

Run cli(const QStringList &args)
{
    return support::run(QStringLiteral(KINERJA_CLI_PATH), args, support::localeEnvironment(),
                        120000);
}

QMap<QString, qint64> counts(const QString &location)
{
    Database db;
    FIXTURE_OK(db.open(location));
    QMap<QString, qint64> n;
    for (const QString &table : DatabaseCopy::tables()) {
        QSqlQuery q(db.connection());
        FIXTURE_CHECK(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next(),
                      table);
        n[table] = q.value(0).toLongLong();
    }
    return n;
}

// The demo district the task's load is tried on, in a file.
QString demoFile(const QTemporaryDir &dir)
{
    const QString file = dir.filePath(QStringLiteral("office.sqlite"));
    const Run r =
        cli({QStringLiteral("demo"), QStringLiteral("--db"), file, QStringLiteral("--employees"),
             QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("1"),
             QStringLiteral("--years"), QStringLiteral("1")});
    FIXTURE_CHECK(r.exitCode == 0, r.err);
    return file;
}

} // namespace

class TestCliServer : public QObject {
    Q_OBJECT
private slots:
    void help()
    {
        Run r = cli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("\n  server ")), qPrintable(r.out));
        r = cli({QStringLiteral("server"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("Usage: kinerja-cli server init|upgrade|load")),
                 qPrintable(r.out));
        for (const char *word : {"init", "upgrade", "load FILE", "pg_dump", "PGPASSWORD"})
            QVERIFY2(r.out.contains(QLatin1String(word)), word);
        r = cli({QStringLiteral("export"), QStringLiteral("--help")});
        QVERIFY2(r.out.contains(QLatin1String("--sqlite")), qPrintable(r.out));
    }

    void refusesAFileOrAMissingAction()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("x.sqlite"));
        for (const char *action : {"init", "upgrade"}) {
            const Run r = cli(
                {QStringLiteral("server"), QLatin1String(action), QStringLiteral("--db"), file});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QLatin1String("must be a server address")), qPrintable(r.err));
        }
        QVERIFY(!QFile::exists(file));
        Run r = cli({QStringLiteral("server")});
        QCOMPARE(r.exitCode, 2);
        r = cli({QStringLiteral("server"), QStringLiteral("drop"), QStringLiteral("--db"),
                 QStringLiteral("postgresql://u@h/d")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("“drop”")), qPrintable(r.err));
        r = cli({QStringLiteral("server"), QStringLiteral("load"), QStringLiteral("--db"),
                 QStringLiteral("postgresql://u@h/d")});
        QCOMPARE(r.exitCode, 2);
    }

    void initTwiceThenUpgrade()
    {
        TempDatabase t;
        const QString url = t.createOnServer(false);
        Run r =
            cli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--db"), url});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Created the Kinerja schema, version %1, in ")
                                      .arg(Database::latestSchemaVersion())),
                 qPrintable(r.out + r.err));
        r = cli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--db"), url});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("already holds a Kinerja database")),
                 qPrintable(r.err));
        r = cli({QStringLiteral("server"), QStringLiteral("upgrade"), QStringLiteral("--db"), url});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("already at version")), qPrintable(r.out));
    }

    void loadThenExportRoundTrip()
    {
        QTemporaryDir dir;
        const QString file = demoFile(dir);
        const QMap<QString, qint64> original = counts(file);
        QVERIFY(original.value(QStringLiteral("appraisal")) > 0);

        TempDatabase server;
        const QString url = server.createOnServer(true);
        Run r = cli(
            {QStringLiteral("server"), QStringLiteral("load"), file, QStringLiteral("--db"), url});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("Copied ")), qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(QLatin1String("Copying appraisal (table")), qPrintable(r.err));
        QCOMPARE(counts(url), original);
        // A second load finds the data and changes nothing.
        r = cli(
            {QStringLiteral("server"), QStringLiteral("load"), file, QStringLiteral("--db"), url});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("table unit holds")), qPrintable(r.err));
        QCOMPARE(counts(url), original);

        const QString copy = dir.filePath(QStringLiteral("archive.sqlite"));
        r = cli({QStringLiteral("export"), QStringLiteral("--db"), url, QStringLiteral("--sqlite"),
                 copy, QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("Wrote a copy of ")), qPrintable(r.out + r.err));
        // Mode 0600: personal data, for its owner only.
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                          QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFile::permissions(copy) & others, QFile::Permissions());
        QVERIFY(QFile::permissions(copy) & QFile::ReadOwner);
        QCOMPARE(counts(copy), original);
        QVERIFY(!QFile::exists(copy + QLatin1String(".partial")));

        // No overwrite without --force; with it, a fresh copy.
        r = cli({QStringLiteral("export"), QStringLiteral("--db"), url, QStringLiteral("--sqlite"),
                 copy, QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("--force")), qPrintable(r.err));
        r = cli({QStringLiteral("export"), QStringLiteral("--db"), file, QStringLiteral("--sqlite"),
                 copy, QStringLiteral("--force"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(counts(copy), original);
    }
};

QTEST_GUILESS_MAIN(TestCliServer)
#include "test_cli_server.moc"
