#include "storage/appraisalcontent.h"
#include "storage/appraisalrepository.h"
#include "storage/appraisalworkflow.h"
#include "storage/audittrail.h"
#include "storage/databasecopy.h"
#include "storage/employeerepository.h"
#include "storage/periodrepository.h"
#include "storage/settingrepository.h"
#include "storage/sqlitefunctions.h"
#include "storage/unitrepository.h"
#include "support/appraisalfixture.h"
#include "support/process.h"
#include "support/tempdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace kinerja;

namespace {

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// The newest entry of one row: its id.
qint64 lastEntry(Database &db, const QString &table, qint64 rowId)
{
    return scalar(db, QStringLiteral("SELECT max(id) FROM audit_entry WHERE table_name = '%1' "
                                     "AND row_id = %2")
                          .arg(table)
                          .arg(rowId));
}

QJsonObject values(Database &db, qint64 entry, const char *column)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM audit_entry WHERE id = %2")
                    .arg(QLatin1String(column))
                    .arg(entry)) ||
        !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

AuditVerification verified(Database &db)
{
    AuditVerification v;
    const Status s = AuditTrail(db).verify(&v);
    if (!s)
        qWarning("%s", qPrintable(s.message()));
    return v;
}

// The world of the appraisal tests, plus a final appraisal of staff1 in q1 (with its log)
// and a closed period.
struct World {
    AppraisalWorld w;
    qint64 finalId = 0;
    qint64 closedPeriod = 0;

    void build(Database &db)
    {
        w.build(db);
        AppraisalWorkflow flow(db, db.userName());
        finalId = AppraisalWorld::appraisal(db, w.staff1.id, w.q1);
        FIXTURE_OK(AppraisalContent(db).setRhk(finalId, AppraisalWorld::onePlan()));
        FIXTURE_OK(flow.submit(finalId));
        FIXTURE_OK(AppraisalRepository(db).setRatings(finalId, Rating::SesuaiEkspektasi,
                                                      Rating::SesuaiEkspektasi));
        FIXTURE_OK(flow.markRated(finalId));
        FIXTURE_OK(flow.finalize(finalId));
        closedPeriod = AppraisalWorld::period(db, Period::quarter(2026, 2));
        FIXTURE_OK(PeriodRepository(db).close(closedPeriod, db.userName()));
    }
};

} // namespace

class TestAuditTrail : public QObject {
    Q_OBJECT
private slots:
    void recordsEveryChange()
    {
        TempDatabase t;
        Database &db = t.open();
        const qint64 before = scalar(db, QStringLiteral("SELECT count(*) FROM audit_entry"));
        QVERIFY(before > 0); // the seed schemes, from the migration
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_entry WHERE login <> "
                                           "'migration'")),
                 0);
        World world;
        world.build(db);
        AppraisalWorld &w = world.w;

        // Updates through the repositories.
        VERIFY_OK(UnitRepository(db).rename(w.d.bidangA1.id, QStringLiteral("Bidang Baru")));
        Employee e = *EmployeeRepository(db).find(w.staff2.id);
        e.name = QStringLiteral("Nama Baru");
        VERIFY_OK(EmployeeRepository(db).update(e));
        VERIFY_OK(
            SettingRepository(db).setValue(QStringLiteral("audit.test"), QStringLiteral("1")));
        VERIFY_OK(PeriodRepository(db).reopen(world.closedPeriod, db.userName(),
                                              QStringLiteral("koreksi")));
        const qint64 other = AppraisalWorld::appraisal(db, w.staff2.id, w.q1);
        VERIFY_OK(AppraisalContent(db).setRhk(other, AppraisalWorld::onePlan()));
        VERIFY_OK(AppraisalContent(db).setRhk(other, {})); // deletes the RHK and indicators
        VERIFY_OK(AppraisalRepository(db).remove(other));

        const QString login = db.isServer() ? db.userName() : sqlitefunctions::osUserName();
        QCOMPARE(db.userName(), login);
        // Every kind of change, each by the right login.
        const char *const expected[] = {"unit:I",
                                        "unit:U",
                                        "employee:I",
                                        "employee:U",
                                        "position_history:I",
                                        "setting:I",
                                        "period:I",
                                        "period:U",
                                        "period_log:I",
                                        "appraisal:I",
                                        "appraisal:U",
                                        "appraisal:D",
                                        "appraisal_log:I",
                                        "rhk:I",
                                        "rhk:D",
                                        "rhk_indicator:I",
                                        "rhk_indicator:D"};
        for (const char *name : expected) {
            const QString kind = QLatin1String(name);
            const QStringList p = kind.split(QLatin1Char(':'));
            QVERIFY2(scalar(db, QStringLiteral("SELECT count(*) FROM audit_entry WHERE "
                                               "table_name = '%1' AND action = '%2' AND "
                                               "login = '%3'")
                                    .arg(p.at(0), p.at(1), login)) > 0,
                     qPrintable(kind));
        }
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_entry WHERE login NOT IN "
                                           "('migration', '%1')")
                                .arg(login)),
                 0);

        // Old and new values of an update; the ids it is about.
        const qint64 renamed = lastEntry(db, QStringLiteral("unit"), w.d.bidangA1.id);
        QCOMPARE(values(db, renamed, "new_values").value(QLatin1String("name")).toString(),
                 QStringLiteral("Bidang Baru"));
        QCOMPARE(values(db, renamed, "old_values").value(QLatin1String("name")).toString(),
                 w.d.bidangA1.name);
        const qint64 gone = lastEntry(db, QStringLiteral("appraisal"), other);
        QVERIFY(values(db, gone, "new_values").isEmpty());
        QCOMPARE(values(db, gone, "old_values").value(QLatin1String("id")).toInteger(), other);
        QCOMPARE(
            scalar(db,
                   QStringLiteral("SELECT employee_id FROM audit_entry WHERE id = %1").arg(gone)),
            w.staff2.id);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM audit_entry WHERE table_name = "
                                          "'rhk_indicator' AND appraisal_id = %1")
                               .arg(world.finalId)) > 0);

        // An update that changes nothing is not logged.
        const qint64 count = scalar(db, QStringLiteral("SELECT count(*) FROM audit_entry"));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE unit SET name = name")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_entry")), count);

        // Each entry names the one before it.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_entry a JOIN audit_entry "
                                           "b ON b.id = (SELECT max(id) FROM audit_entry WHERE "
                                           "id < a.id) WHERE a.prev_hash <> b.hash")),
                 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_entry WHERE prev_hash = "
                                           "''")),
                 1);

        const AuditVerification v = verified(db);
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.entries, count);
        AuditVerification quick;
        VERIFY_OK(AuditTrail(db).quickCheck(&quick));
        QVERIFY2(quick.ok, qPrintable(quick.problem));
        QCOMPARE(quick.entries, qMin<qint64>(count, 200));
    }

    void appendOnly()
    {
        TempDatabase t;
        Database &db = t.open();
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_entry SET login = 'x'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_entry")));
        if (db.isServer())
            QVERIFY(!q.exec(QStringLiteral("TRUNCATE audit_entry")));
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM audit_entry")) > 0);
    }

    void serverRecordsTheSessionLogin()
    {
        if (!TempDatabase::onServer())
            QSKIP("server engine only");
        TempDatabase t;
        Database &db = t.open();
        World world;
        world.build(db);
        const QString role =
            QStringLiteral("audit_clerk_%1").arg(QCoreApplication::applicationPid());
        TempDatabase::admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
        TempDatabase::admin(QStringLiteral("CREATE ROLE %1 LOGIN").arg(role));
        QSqlQuery q(db.connection());
        // No right to write audit_entry: the SECURITY DEFINER trigger writes it.
        QVERIFY(
            q.exec(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(role)));
        QVERIFY(q.exec(QStringLiteral("REVOKE SELECT ON audit_entry FROM %1").arg(role)));
        QVERIFY(q.exec(QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON unit, employee, "
                                      "position_history TO %1")
                           .arg(role)));
        QVERIFY(q.exec(
            QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(role)));
        // Rows are for accounts only (migration 12): the clerk is the agency's pengelola.
        QVERIFY(q.exec(QStringLiteral("WITH a AS (INSERT INTO account (login, created_at) VALUES "
                                      "('%1', 'x') RETURNING id) INSERT INTO account_role "
                                      "(account_id, role) SELECT id, 'pengelola' FROM a")
                           .arg(role)));
        ServerAddress a;
        VERIFY_OK(ServerAddress::parse(t.location(), &a));
        a.user = role;
        {
            Database clerk;
            VERIFY_OK(clerk.open(a.toString()));
            QCOMPARE(clerk.userName(), role);
            VERIFY_OK(
                UnitRepository(clerk).rename(world.w.d.bidangA1.id, QStringLiteral("Oleh Klerk")));
            QSqlQuery c(clerk.connection());
            QVERIFY(!c.exec(QStringLiteral("INSERT INTO audit_entry (at, login, table_name, "
                                           "row_id, action, prev_hash, hash) VALUES ('', '', '', "
                                           "0, 'I', '', '')")));
        }
        const qint64 entry = lastEntry(db, QStringLiteral("unit"), world.w.d.bidangA1.id);
        QSqlQuery e(db.connection());
        QVERIFY(e.exec(QStringLiteral("SELECT login FROM audit_entry WHERE id = %1").arg(entry)));
        QVERIFY(e.next());
        QCOMPARE(e.value(0).toString(), role);
        const AuditVerification v = verified(db);
        QVERIFY2(v.ok, qPrintable(v.problem));
        q.exec(QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %1").arg(role));
        q.exec(QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM %1").arg(role));
    }

    void fileTampering_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("entry"); // SQL giving the expected first broken entry
        QTest::addColumn<QString>("problem");
        QTest::newRow("update employee")
            << QStringLiteral(
                   "DROP TRIGGER audit_employee_update; UPDATE employee SET name = 'X' WHERE id = "
                   "$STAFF2;")
            << QStringLiteral("SELECT max(id) FROM audit_entry WHERE table_name = 'employee' AND "
                              "row_id = $STAFF2")
            << QStringLiteral("employee $STAFF2 differs from its last audit entry");
        QTest::newRow("reopen a closed period")
            << QStringLiteral(
                   "DROP TRIGGER audit_period_update; UPDATE period SET state = 0 WHERE id = "
                   "$CLOSED;")
            << QStringLiteral("SELECT max(id) FROM audit_entry WHERE table_name = 'period' AND "
                              "row_id = $CLOSED")
            << QStringLiteral("period $CLOSED differs");
        QTest::newRow("final, rated, final")
            << QStringLiteral(
                   "DROP TRIGGER audit_appraisal_update; UPDATE appraisal SET state = 2 WHERE id = "
                   "$FINAL; UPDATE appraisal SET rating_hasil = 2 WHERE id = $FINAL; UPDATE "
                   "appraisal "
                   "SET state = 3 WHERE id = $FINAL;")
            << QStringLiteral("SELECT max(id) FROM audit_entry WHERE table_name = 'appraisal' AND "
                              "row_id = $FINAL")
            << QStringLiteral("appraisal $FINAL differs");
        QTest::newRow("delete a log line")
            << QStringLiteral(
                   "DROP TRIGGER audit_appraisal_log_delete; DELETE FROM appraisal_log WHERE id = "
                   "(SELECT max(id) FROM appraisal_log);")
            << QStringLiteral("SELECT max(id) FROM audit_entry WHERE table_name = 'appraisal_log' "
                              "AND row_id = "
                              "(SELECT max(id) FROM appraisal_log)")
            << QStringLiteral("removed outside Kinerja");
        QTest::newRow("delete an entry")
            << QStringLiteral(
                   "DROP TRIGGER audit_entry_no_delete; DELETE FROM audit_entry WHERE id = 10;")
            << QStringLiteral("SELECT 11")
            << QStringLiteral("entry 11: it does not follow entry 9");
        QTest::newRow("edit an entry")
            << QStringLiteral(
                   "DROP TRIGGER audit_entry_no_update; UPDATE audit_entry SET new_values = "
                   "replace(new_values, 'Dinas', 'Dinas X') WHERE id = 12;")
            << QStringLiteral("SELECT 12")
            << QStringLiteral("entry 12: its hash does not match its content");
        QTest::newRow("trigger dropped")
            << QStringLiteral("DROP TRIGGER audit_rhk_insert;") << QStringLiteral("SELECT 0")
            << QStringLiteral("trigger audit_rhk_insert is missing");
    }

    void fileTampering()
    {
        if (TempDatabase::onServer())
            QSKIP("file engine only");
        QFETCH(QString, sql);
        QFETCH(QString, entry);
        QFETCH(QString, problem);
        TempDatabase t;
        World world;
        world.build(t.open());
        Database &db = t.db();
        const auto fill = [&](QString s) {
            return s.replace(QLatin1String("$STAFF2"), QString::number(world.w.staff2.id))
                .replace(QLatin1String("$CLOSED"), QString::number(world.closedPeriod))
                .replace(QLatin1String("$FINAL"), QString::number(world.finalId));
        };
        const qint64 expected = scalar(db, fill(entry));
        QVERIFY(verified(db).ok);
        db.close();

        const QProcessEnvironment env = support::localeEnvironment();
        // The shell has no kinerja_login(): a change with the triggers in place fails.
        const support::Run refused =
            support::run(QStringLiteral("sqlite3"),
                         {t.path(), QStringLiteral("UPDATE unit SET name = 'X';")}, env);
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains(QLatin1String("no such function")), qPrintable(refused.err));

        const support::Run r = support::run(QStringLiteral("sqlite3"), {t.path(), fill(sql)}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        VERIFY_OK(db.open(t.path()));
        const AuditVerification v = verified(db);
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBrokenId, expected);
        QVERIFY2(v.problem.contains(fill(problem)), qPrintable(v.problem));
        // At this size every case is within reach of the quick check at open too: a
        // dropped trigger, or entries among the newest 200.
        AuditVerification quick;
        VERIFY_OK(AuditTrail(db).quickCheck(&quick));
        QVERIFY(!quick.ok);
    }

    void serverTampering_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("problem");
        QTest::newRow("trigger disabled")
            << QStringLiteral(
                   "ALTER TABLE employee DISABLE TRIGGER audit_employee; UPDATE employee SET name "
                   "= "
                   "'X' WHERE id = $STAFF2; ALTER TABLE employee ENABLE TRIGGER audit_employee;")
            << QStringLiteral("employee $STAFF2 differs");
        QTest::newRow("replica")
            << QStringLiteral(
                   "SET session_replication_role = replica; UPDATE period SET state = 0 WHERE id = "
                   "$CLOSED;")
            << QStringLiteral("period $CLOSED differs");
        QTest::newRow("left disabled")
            << QStringLiteral("ALTER TABLE rhk DISABLE TRIGGER audit_rhk;")
            << QStringLiteral("trigger audit_rhk is disabled");
        QTest::newRow("entry edited")
            << QStringLiteral(
                   "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_guard; UPDATE audit_entry "
                   "SET "
                   "login = 'someone' WHERE id = 12; ALTER TABLE audit_entry ENABLE TRIGGER "
                   "audit_entry_guard;")
            << QStringLiteral("entry 12: its hash does not match");
    }

    void serverTampering()
    {
        if (!TempDatabase::onServer())
            QSKIP("server engine only");
        QFETCH(QString, sql);
        QFETCH(QString, problem);
        TempDatabase t;
        World world;
        world.build(t.open());
        const auto fill = [&](QString s) {
            return s.replace(QLatin1String("$STAFF2"), QString::number(world.w.staff2.id))
                .replace(QLatin1String("$CLOSED"), QString::number(world.closedPeriod));
        };
        QVERIFY(verified(t.db()).ok);
        // psql as the cluster's superuser.
        const support::Run r =
            support::run(QStringLiteral("psql"),
                         {QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                          QStringLiteral("-d"), t.location(), QStringLiteral("-c"), fill(sql)},
                         support::localeEnvironment());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const AuditVerification v = verified(t.db());
        QVERIFY(!v.ok);
        QVERIFY2(v.problem.contains(fill(problem)), qPrintable(v.problem));
    }

    // server load of a file carries the trail over: it verifies on the server, and the
    // server's entries continue its chain.
    void copyKeepsTheTrail()
    {
        if (!TempDatabase::onServer())
            QSKIP("server engine only");
        QTemporaryDir dir;
        Database file;
        VERIFY_OK(file.open(dir.filePath(QStringLiteral("office.sqlite"))));
        World world;
        world.build(file);
        VERIFY_OK(UnitRepository(file).rename(world.w.d.bidangA1.id, QStringLiteral("Sebelum")));
        const qint64 entries = scalar(file, QStringLiteral("SELECT count(*) FROM audit_entry"));

        TempDatabase t;
        Database server;
        VERIFY_OK(server.open(t.createOnServer(true)));
        VERIFY_OK(DatabaseCopy::copy(file, server, {}, nullptr, nullptr));
        QCOMPARE(scalar(server, QStringLiteral("SELECT count(*) FROM audit_entry")), entries);
        AuditVerification v = verified(server);
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.entries, entries);

        VERIFY_OK(UnitRepository(server).rename(world.w.d.bidangA1.id, QStringLiteral("Sesudah")));
        QCOMPARE(scalar(server, QStringLiteral("SELECT count(*) FROM audit_entry")), entries + 1);
        v = verified(server);
        QVERIFY2(v.ok, qPrintable(v.problem));
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "test_audit_trail.moc"
