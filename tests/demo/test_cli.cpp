// Runs the built kinerja-cli as a user would and checks exit codes, output and files.
#include "storage/database.h"
#include "storage/employeerepository.h"

#include "support/process.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kinerja;

namespace {

using support::Run;

QProcessEnvironment englishEnvironment(const QString &dataHome = {})
{
    QProcessEnvironment env = support::localeEnvironment();
    if (!dataHome.isEmpty())
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    return env;
}

Run cli(const QStringList &args, const QString &dataHome = {}, bool indonesian = false)
{
    QProcessEnvironment env = englishEnvironment(dataHome);
    if (indonesian) {
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("id_ID.UTF-8"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("id_ID.UTF-8"));
    }
    return support::run(QStringLiteral(KINERJA_CLI_PATH), args, env, 120000);
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

int employeesIn(const QString &path)
{
    Database db;
    if (!db.open(path))
        return -1;
    return EmployeeRepository(db).count();
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void helpAndVersion()
    {
        Run r = cli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("demo")) && r.out.contains(QLatin1String("info")),
                 qPrintable(r.out));
        r = cli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("kinerja-cli ")), qPrintable(r.out));
        for (const QString &command : {QStringLiteral("demo"), QStringLiteral("info")}) {
            r = cli({command, QStringLiteral("--help")});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.startsWith(QStringLiteral("Usage: kinerja-cli ") + command),
                     qPrintable(r.out));
            QVERIFY(r.out.contains(QLatin1String("--db")));
        }
    }

    void helpInIndonesian()
    {
        // Qt's own parts of the help ("Options:", "Displays help on commandline
        // options.") are translated too, and the summary names every command.
        Run r = cli({QStringLiteral("--help")}, {}, true);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("Penggunaan: kinerja-cli")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("pencetakan, ekspor, dan impor")), qPrintable(r.out));
        for (const QString &command :
             {QStringLiteral("demo"), QStringLiteral("info"), QStringLiteral("print"),
              QStringLiteral("export"), QStringLiteral("import")}) {
            r = cli({command, QStringLiteral("--help")}, {}, true);
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.startsWith(QStringLiteral("Penggunaan: kinerja-cli ") + command),
                     qPrintable(r.out));
            QVERIFY2(r.out.contains(QLatin1String("\nOpsi:\n")), qPrintable(r.out));
            QVERIFY2(r.out.contains(QLatin1String("Tampilkan bantuan tentang opsi")),
                     qPrintable(r.out));
            for (const char *english : {"Options:", "Displays help", "Usage:", "Arguments:"})
                QVERIFY2(!r.out.contains(QLatin1String(english)), qPrintable(r.out));
        }
        r = cli({QStringLiteral("info"), QStringLiteral("--no-such-option")}, {}, true);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("tidak dikenal")), qPrintable(r.err));
    }

    void demoCreatesTheDatabase()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("district.sqlite"));
        const Run r = cli({QStringLiteral("demo"), QStringLiteral("--db"), file,
                           QStringLiteral("--employees"), QStringLiteral("300"),
                           QStringLiteral("--seed"), QStringLiteral("5")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("Created 300 employees in ")), qPrintable(r.out));
        QVERIFY(r.out.trimmed().endsWith(QDir::toNativeSeparators(file)));
        QVERIFY(r.err.isEmpty()); // no progress line when stderr is not a terminal
        QCOMPARE(employeesIn(file), 300);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("district.sqlite")});
    }

    void demoWithYearsOfHistory()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("district.sqlite"));
        const Run r = cli({QStringLiteral("demo"), QStringLiteral("--db"), file,
                           QStringLiteral("--employees"), QStringLiteral("120"),
                           QStringLiteral("--years"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("Created 120 employees in ")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Appraisal history 2024–2025: ")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String(" appraisals in 10 periods")));
        QCOMPARE(employeesIn(file), 120);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("district.sqlite")});
    }

    void refusesAnExistingFileUnlessForced()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("district.sqlite"));
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--db"), file,
                      QStringLiteral("--employees"), QStringLiteral("50")})
                     .exitCode,
                 0);
        const QByteArray before = digest(file);

        Run r = cli({QStringLiteral("demo"), QStringLiteral("--db"), file,
                     QStringLiteral("--employees"), QStringLiteral("80")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("kinerja-cli: ") + QDir::toNativeSeparators(file) +
                                  QStringLiteral(": ")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("--force")));
        QCOMPARE(digest(file), before);

        r = cli({QStringLiteral("demo"), QStringLiteral("--db"), file,
                 QStringLiteral("--employees"), QStringLiteral("80"), QStringLiteral("--force")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(employeesIn(file), 80);
        QVERIFY(!QFile::exists(file + QLatin1String(".partial")));
    }

    void badArgumentsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown global option") << QStringList{QStringLiteral("--bogus")};
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--bogus")};
        QTest::newRow("missing value")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--db")};
        QTest::newRow("not a number") << QStringList{
            QStringLiteral("demo"), QStringLiteral("--employees"), QStringLiteral("many")};
        QTest::newRow("zero employees") << QStringList{
            QStringLiteral("demo"), QStringLiteral("--employees"), QStringLiteral("0")};
        QTest::newRow("negative seed")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("-3")};
        QTest::newRow("years not a number") << QStringList{
            QStringLiteral("demo"), QStringLiteral("--years"), QStringLiteral("two")};
        QTest::newRow("negative years")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--years"), QStringLiteral("-1")};
        QTest::newRow("too many years")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--years"), QStringLiteral("11")};
        QTest::newRow("extra argument")
            << QStringList{QStringLiteral("info"), QStringLiteral("somefile")};
    }
    void badArgumentsExitWithTwo()
    {
        QFETCH(QStringList, args);
        QTemporaryDir home; // nothing may be written to the default database
        const Run r = cli(args, home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QLatin1String("kinerja-cli: ")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("--help")));
        QVERIFY(QDir(home.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }

    void infoPrintsCounts()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("district.sqlite"));
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--db"), file,
                      QStringLiteral("--employees"), QStringLiteral("400")})
                     .exitCode,
                 0);
        const Run r = cli({QStringLiteral("info"), QStringLiteral("--db"), file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(
                     QStringLiteral("Schema version: %1").arg(Database::latestSchemaVersion())),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("Organisation: Pemerintah Kabupaten ")));
        QVERIFY(r.out.contains(QLatin1String("Units: ")));
        QVERIFY2(r.out.contains(QLatin1String("Employees: 400 (active ")), qPrintable(r.out));

        const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
        const Run m = cli({QStringLiteral("info"), QStringLiteral("--db"), missing});
        QCOMPARE(m.exitCode, 1);
        QVERIFY(!QFile::exists(missing)); // info never creates a database
    }

    void defaultDatabaseIsTheAppDataOne()
    {
        QTemporaryDir home;
        const Run r =
            cli({QStringLiteral("demo"), QStringLiteral("--employees"), QStringLiteral("30")},
                home.path());
        QCOMPARE(r.exitCode, 0);
        const QString expected =
            QDir(home.path()).filePath(QStringLiteral("Kinerja/kinerja.sqlite"));
        QCOMPARE(employeesIn(expected), 30);
        const Run info = cli({QStringLiteral("info")}, home.path());
        QCOMPARE(info.exitCode, 0);
        QVERIFY(info.out.contains(QLatin1String("Employees: 30 ")));
    }

    void failureLeavesNoFile()
    {
        QTemporaryDir dir;
        // A file where the folder should be: the database cannot be created.
        const QString blocker = dir.filePath(QStringLiteral("blocker"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const QString file = blocker + QLatin1String("/district.sqlite");
        const Run r = cli({QStringLiteral("demo"), QStringLiteral("--db"), file,
                           QStringLiteral("--employees"), QStringLiteral("20")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("kinerja-cli: ") + QDir::toNativeSeparators(file)),
                 qPrintable(r.err));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("blocker")});
    }

#ifndef Q_OS_WIN
    void interruptLeavesNoDatabase()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("district.sqlite"));
        QProcess p;
        p.setProcessEnvironment(englishEnvironment());
        p.start(QStringLiteral(KINERJA_CLI_PATH),
                {QStringLiteral("demo"), QStringLiteral("--db"), file,
                 QStringLiteral("--employees"), QStringLiteral("40000")});
        QVERIFY(p.waitForStarted());
        // Wait until it is writing, then ask it to stop (SIGTERM, handled like Ctrl-C).
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(file + QLatin1String(".partial")), 20000);
        QTest::qWait(300);
        p.terminate();
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(QString::fromUtf8(p.readAllStandardError()).contains(QLatin1String("Interrupted")),
                 "expected the interruption message");
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }
#endif
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
