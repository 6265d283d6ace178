// DatabaseCopy between an office's SQLite file and a server database, both ways. Runs on
// the server engine only (kinerja_add_test ENGINES server).
#include "demo/demogenerator.h"
#include "storage/databasecopy.h"
#include "support/tempdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace kinerja;

namespace {

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    FIXTURE_CHECK(q.exec(sql) && q.next(), sql + QLatin1String(": ") + q.lastError().text());
    return q.value(0).toLongLong();
}

QMap<QString, qint64> counts(const Database &db)
{
    QMap<QString, qint64> n;
    for (const QString &table : DatabaseCopy::tables())
        n[table] = scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return n;
}

// Rows beyond what the migrations put in (the built-in schemes).
qint64 userRows(const Database &db)
{
    qint64 rows = 0;
    for (const auto &[table, n] : counts(db).asKeyValueRange())
        // audit_entry only records the other tables' rows (and the seeds' from migration 011).
        if (table != QLatin1String("scheme") && table != QLatin1String("scheme_version") &&
            table != QLatin1String("audit_entry"))
            rows += n;
    return rows;
}

// The triggers that guard closed periods and final appraisals, and whether they are on.
qint64 enabledTriggers(const Database &db)
{
    return scalar(db, db.isServer()
                          ? QStringLiteral("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal "
                                           "AND tgenabled = 'O'")
                          : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                           "'trigger'"));
}

// A demo district with a year of final appraisals in closed periods, in a file.
class DemoFile {
public:
    DemoFile()
    {
        FIXTURE_OK(db.open(dir.filePath(QStringLiteral("office.sqlite"))));
        DemoGenerator::Options options;
        options.employees = 60;
        options.seed = 1;
        options.years = 1;
        FIXTURE_OK(DemoGenerator(options).run(db));
    }
    QTemporaryDir dir;
    Database db;
};

} // namespace

class TestDatabaseCopy : public QObject {
    Q_OBJECT
private slots:
    void tablesCoverTheSchemaOfBothDialects()
    {
        QTemporaryDir dir;
        Database file;
        QVERIFY(file.open(dir.filePath(QStringLiteral("t.sqlite"))));
        TempDatabase server;
        for (const Database *db : {&file, &server.open()}) {
            QStringList missing;
            const QStringList unexpected = DatabaseCopy::unexpectedTables(*db, &missing);
            QVERIFY2(unexpected.isEmpty(),
                     qPrintable(QStringLiteral("not in DatabaseCopy::tables(): ") +
                                unexpected.join(QLatin1Char(' '))));
            QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char(' '))));
        }
        QCOMPARE(DatabaseCopy::tables().size(),
                 scalar(file, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                             "'table'")));
    }

    void fileToServerAndBack()
    {
        DemoFile demo;
        const QMap<QString, qint64> original = counts(demo.db);
        QVERIFY(original.value(QStringLiteral("appraisal")) > 0);
        QVERIFY(original.value(QStringLiteral("rhk_indicator")) > 0);
        const qint64 heads = scalar(demo.db, QStringLiteral("SELECT count(*) FROM unit WHERE "
                                                            "head_id IS NOT NULL"));
        QVERIFY(heads > 0);
        const qint64 triggersInFile = enabledTriggers(demo.db);
        QVERIFY(triggersInFile > 0);

        TempDatabase server;
        Database &pg = server.open();
        const qint64 triggersOnServer = enabledTriggers(pg);
        QStringList tables;
        DatabaseCopy::Report report;
        const auto progress = [&](const DatabaseCopy::Step &step) {
            if (tables.isEmpty() || tables.last() != step.table)
                tables << step.table;
            return step.done <= step.total;
        };
        const Status s = DatabaseCopy::copy(demo.db, pg, progress, nullptr, &report);
        QVERIFY2(s, qPrintable(s.message()));
        QCOMPARE(counts(pg), original);
        QCOMPARE(report.rows, std::accumulate(original.cbegin(), original.cend(), qint64(0)));
        QCOMPARE(report.tables.size(), DatabaseCopy::tables().size());
        QVERIFY(tables.contains(QStringLiteral("appraisal")));
        QCOMPARE(scalar(pg, QStringLiteral("SELECT count(*) FROM unit WHERE head_id IS NOT NULL")),
                 heads);
        QCOMPARE(scalar(pg, QStringLiteral("SELECT sum(id) FROM appraisal")),
                 scalar(demo.db, QStringLiteral("SELECT sum(id) FROM appraisal")));
        QCOMPARE(enabledTriggers(pg), triggersOnServer);
        // The planner has statistics of the loaded tables straight away (ANALYZE).
        QCOMPARE(scalar(pg, QStringLiteral("SELECT count(*) FROM pg_stat_user_tables WHERE "
                                           "relname = 'appraisal' AND last_analyze IS NOT NULL")),
                 qint64(1));
        // New rows continue after the copied ids.
        QVERIFY(scalar(pg, QStringLiteral("SELECT nextval(pg_get_serial_sequence('appraisal', "
                                          "'id'))")) >
                scalar(pg, QStringLiteral("SELECT max(id) FROM appraisal")));

        QTemporaryDir dir;
        Database back;
        QVERIFY(back.open(dir.filePath(QStringLiteral("back.sqlite"))));
        const Status b = DatabaseCopy::copy(pg, back);
        QVERIFY2(b, qPrintable(b.message()));
        QCOMPARE(counts(back), original);
        QCOMPARE(scalar(back, QStringLiteral("SELECT total(score) * 1000 FROM appraisal")),
                 scalar(demo.db, QStringLiteral("SELECT total(score) * 1000 FROM appraisal")));
        QCOMPARE(enabledTriggers(back), triggersInFile);
    }

    void aFailureMidCopyLeavesTheTargetEmpty()
    {
        DemoFile demo;
        // SQLite keeps text in an INTEGER column; the server refuses it, in the second table.
        QSqlQuery q(demo.db.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE employee SET grade = 'x' WHERE id = (SELECT max(id) "
                                      "FROM employee)")));
        TempDatabase server;
        Database &pg = server.open();
        const qint64 triggers = enabledTriggers(pg);
        const Status s = DatabaseCopy::copy(demo.db, pg);
        QVERIFY(!s);
        QCOMPARE(s.field(), QStringLiteral("employee"));
        QVERIFY2(s.message().contains(QLatin1String("employee")), qPrintable(s.message()));
        QCOMPARE(userRows(pg), 0);
        QCOMPARE(scalar(pg, QStringLiteral("SELECT count(*) FROM scheme")),
                 scalar(demo.db, QStringLiteral("SELECT count(*) FROM scheme")));
        QCOMPARE(enabledTriggers(pg), triggers);
    }

    void cancellingLeavesTheTargetEmpty()
    {
        DemoFile demo;
        TempDatabase server;
        Database &pg = server.open();
        std::atomic_bool cancel{false};
        const auto progress = [&](const DatabaseCopy::Step &step) {
            if (step.table == QLatin1String("appraisal") && step.tableRows > 0)
                cancel = true;
            return true;
        };
        const Status s = DatabaseCopy::copy(demo.db, pg, progress, &cancel);
        QVERIFY(!s);
        QCOMPARE(s.field(), QStringLiteral("cancelled"));
        QCOMPARE(userRows(pg), 0);
    }

    void refusesATargetThatHoldsData()
    {
        DemoFile demo;
        TempDatabase server;
        Database &pg = server.open();
        QSqlQuery q(pg.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('x', 'y')")));
        const Status s = DatabaseCopy::copy(demo.db, pg);
        QVERIFY(!s);
        QCOMPARE(s.field(), QStringLiteral("setting"));
        QVERIFY2(s.message().contains(QLatin1String("setting")), qPrintable(s.message()));
        QCOMPARE(userRows(pg), 1);
        // A copy of the built-in schemes only is still an empty database.
        QVERIFY(q.exec(QStringLiteral("DELETE FROM setting")));
        const Status ok = DatabaseCopy::copy(demo.db, pg);
        QVERIFY2(ok, qPrintable(ok.message()));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseCopy)
#include "test_database_copy.moc"
