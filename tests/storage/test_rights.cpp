// Every role logs in with its own password over TCP (SCRAM) and tries, with plain SQL through
// psql and through Kinerja's repositories, what its office needs and what lies beyond it:
// the server answers, not the program (migration 12).
#include "rightsfixture.h"

#include "storage/appraisalrepository.h"
#include "storage/appraisalresults.h"
#include "storage/appraisalworkflow.h"
#include "storage/audittrail.h"
#include "storage/database.h"
#include "storage/employeelistquery.h"
#include "storage/periodrepository.h"
#include "storage/unitrepository.h"

#include <QtTest>

using namespace kinerja;

namespace {

bool refused(const support::Run &r, const char *why)
{
    return r.exitCode != 0 && r.err.contains(QLatin1String(why));
}

} // namespace

class TestRights : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(TempDatabase::onServer()); }

    // A table added later gets its policies in its own migration, or a reason here.
    void everyTableHasRowLevelSecurity()
    {
        TempDatabase t;
        Database &db = t.open();
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT string_agg(relname || ':' || relrowsecurity || ':' || relforcerowsecurity, "
            "' ' ORDER BY relname) FROM pg_class WHERE relkind = 'r' AND relnamespace = "
            "current_schema()::regnamespace AND NOT (relrowsecurity AND relforcerowsecurity)")));
        QVERIFY(q.next());
        // The schema version is public; the audit trail has no row of anyone's to hide and is
        // granted to the admin alone; the account tables are not forced (see migration 12).
        QCOMPARE(q.value(0).toString(),
                 QStringLiteral("account:true:false account_role:true:false "
                                "audit_entry:false:false kinerja_schema:false:false"));
    }

    void eachRoleReadsItsScope_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("employees");  // ids, in order
        QTest::addColumn<QString>("appraisals"); // ids, in order
        QTest::addColumn<QString>("units");      // how many
        QTest::newRow("admin") << "adm"
                               << "1,2,3,4,7,8"
                               << ""
                               << "4";
        QTest::newRow("pengelola of Dinas A") << "peng"
                                              << "1,2,3,8"
                                              << "2,3,8"
                                              << "4";
        QTest::newRow("pengelola of the agency") << "pengall"
                                                 << "1,2,3,4,7,8"
                                                 << "2,3,4,8"
                                                 << "4";
        QTest::newRow("penilai") << "pen"
                                 << "1,2,3,8"
                                 << "3,8"
                                 << "4";
        QTest::newRow("atasan") << "ata"
                                << "1,2,3,8"
                                << "3,8"
                                << "4";
        QTest::newRow("pegawai") << "peg"
                                 << "3"
                                 << "3"
                                 << "4";
        QTest::newRow("pimpinan of Dinas B") << "pim"
                                             << "4,7"
                                             << "4"
                                             << "4";
    }
    void eachRoleReadsItsScope()
    {
        QFETCH(QString, login);
        QFETCH(QString, employees);
        QFETCH(QString, appraisals);
        QFETCH(QString, units);
        RightsFixture fx;
        QCOMPARE(fx.value(login, QStringLiteral("SELECT string_agg(id::text, ',' ORDER BY id) "
                                                "FROM employee")),
                 employees);
        QCOMPARE(fx.value(login, QStringLiteral("SELECT string_agg(id::text, ',' ORDER BY id) "
                                                "FROM appraisal")),
                 appraisals);
        QCOMPARE(fx.value(login, QStringLiteral("SELECT count(*) FROM unit")), units);
        // The employee's riwayat and the appraisal's log follow the same scope.
        QCOMPARE(fx.value(login, QStringLiteral("SELECT count(*) FROM appraisal_log")),
                 QStringLiteral("0"));
    }

    void beyondScopeIsRefused()
    {
        RightsFixture fx;
        // Someone else's appraisal and another unit's employees: no row to change.
        QCOMPARE(fx.value(QStringLiteral("pen"),
                          QStringLiteral("WITH u AS (UPDATE appraisal SET rekomendasi = 'x' "
                                         "WHERE id IN (2, 4) RETURNING 1) SELECT count(*) FROM u")),
                 QStringLiteral("0"));
        QCOMPARE(fx.value(QStringLiteral("peng"),
                          QStringLiteral("WITH u AS (UPDATE employee SET name = 'x' WHERE id = 4 "
                                         "RETURNING 1) SELECT count(*) FROM u")),
                 QStringLiteral("0"));
        QVERIFY(refused(fx.as(QStringLiteral("peng"),
                              QStringLiteral("INSERT INTO employee (nip, name, status, grade, "
                                             "jabatan, jabatan_kind, unit_id, sort_name, "
                                             "search_text) VALUES ('199001012020011099', 'X', 0, "
                                             "9, 'Staf', 4, 3, 'x', 'x')")),
                        "row-level security"));
        // A final appraisal stays final for its rater.
        QVERIFY(
            refused(fx.as(QStringLiteral("pen"),
                          QStringLiteral("UPDATE appraisal SET rekomendasi = 'x' WHERE id = 8")),
                    "appraisal is final"));
        QVERIFY(refused(fx.as(QStringLiteral("pen"),
                              QStringLiteral("UPDATE appraisal SET state = 2 WHERE id = 8")),
                        "only a pengelola kinerja may reopen"));
        // The employee rates nothing, not even their own appraisal.
        QVERIFY(refused(fx.as(QStringLiteral("peg"),
                              QStringLiteral("UPDATE appraisal SET rating_hasil = 2 WHERE id = 3")),
                        "permission denied for table appraisal"));
        QVERIFY(refused(fx.as(QStringLiteral("peg"),
                              QStringLiteral("INSERT INTO perilaku (appraisal_id, core_value) "
                                             "VALUES (3, 0)")),
                        "permission denied for table perilaku"));
        // The pimpinan reads only.
        QVERIFY(
            refused(fx.as(QStringLiteral("pim"),
                          QStringLiteral("UPDATE appraisal SET rekomendasi = 'x' WHERE id = 4")),
                    "permission denied for table appraisal"));
        // A unit's pengelola does not close the agency's periods.
        QCOMPARE(fx.value(QStringLiteral("peng"),
                          QStringLiteral("WITH u AS (UPDATE period SET state = 1 RETURNING 1) "
                                         "SELECT count(*) FROM u")),
                 QStringLiteral("0"));
        // The admin changes accounts only through the functions.
        QVERIFY(refused(
            fx.as(QStringLiteral("adm"), QStringLiteral("UPDATE account SET disabled = true")),
            "permission denied for table account"));
    }

    void nobodyChangesTheSchemaOrOtherRoles_data()
    {
        QTest::addColumn<QString>("login");
        for (const QString &login : RightsFixture::logins())
            QTest::newRow(qPrintable(login)) << login;
    }
    void nobodyChangesTheSchemaOrOtherRoles()
    {
        QFETCH(QString, login);
        RightsFixture fx;
        QVERIFY(refused(fx.as(login, QStringLiteral("DELETE FROM appraisal_log")),
                        "permission denied"));
        QVERIFY(
            refused(fx.as(login, QStringLiteral("DELETE FROM audit_entry")), "permission denied"));
        QVERIFY(refused(fx.as(login, QStringLiteral("TRUNCATE appraisal")), "permission denied"));
        QVERIFY(refused(fx.as(login, QStringLiteral("DROP TABLE employee")), "must be owner"));
        QVERIFY(refused(fx.as(login, QStringLiteral("ALTER TABLE appraisal DISABLE TRIGGER ALL")),
                        "must be owner"));
        QVERIFY(refused(fx.as(login, QStringLiteral("ALTER TABLE employee NO FORCE ROW LEVEL "
                                                    "SECURITY")),
                        "must be owner"));
        QVERIFY(refused(fx.as(login, QStringLiteral("CREATE TABLE mine (x int)")),
                        "permission denied"));
        QVERIFY(refused(fx.as(login, QStringLiteral("SET ROLE kinerja_super")),
                        "permission denied to set role"));
        if (login != QLatin1String("adm")) {
            QVERIFY(refused(fx.as(login, QStringLiteral("SET ROLE kinerja_admin")),
                            "permission denied to set role"));
            QVERIFY(refused(fx.as(login, QStringLiteral("SELECT count(*) FROM account")),
                            "permission denied for table account"));
            QVERIFY(refused(fx.as(login, QStringLiteral("SELECT count(*) FROM audit_entry")),
                            "permission denied for table audit_entry"));
            QVERIFY(refused(fx.as(login, QStringLiteral("SELECT kinerja_account_disable(1, true)")),
                            "permission denied for function"));
        } else {
            QCOMPARE(fx.value(login, QStringLiteral("SELECT count(*) FROM account")),
                     QStringLiteral("7"));
            QVERIFY(fx.value(login, QStringLiteral("SELECT count(*) FROM audit_entry WHERE "
                                                   "table_name = 'appraisal'"))
                        .toInt() >= 4);
        }
        if (login == QLatin1String("peng"))
            QCOMPARE(fx.value(login, QStringLiteral("WITH d AS (DELETE FROM appraisal WHERE id = "
                                                    "4 RETURNING 1) SELECT count(*) FROM d")),
                     QStringLiteral("0"));
        else if (login != QLatin1String("pengall"))
            QVERIFY(refused(fx.as(login, QStringLiteral("DELETE FROM appraisal")),
                            "permission denied for table appraisal"));
    }

    void allowedThroughPsql()
    {
        RightsFixture fx;
        QCOMPARE(fx.value(QStringLiteral("peg"),
                          QStringLiteral("WITH u AS (UPDATE appraisal SET self_hasil = 1 WHERE "
                                         "id = 3 RETURNING 1) SELECT count(*) FROM u")),
                 QStringLiteral("1"));
        QCOMPARE(fx.value(QStringLiteral("pen"),
                          QStringLiteral("WITH u AS (UPDATE appraisal SET rating_hasil = 1, "
                                         "rating_perilaku = 1 WHERE id = 3 RETURNING 1) "
                                         "SELECT count(*) FROM u")),
                 QStringLiteral("1"));
        QCOMPARE(fx.value(QStringLiteral("pen"),
                          QStringLiteral("INSERT INTO rhk (appraisal_id, position, kind, text) "
                                         "VALUES (3, 1, 0, 'Layanan') RETURNING appraisal_id")),
                 QStringLiteral("3"));
        QCOMPARE(fx.value(QStringLiteral("peng"),
                          QStringLiteral("WITH u AS (UPDATE employee SET jabatan = 'Analis' "
                                         "RETURNING 1) SELECT count(*) FROM u")),
                 QStringLiteral("4"));
        QCOMPARE(fx.value(QStringLiteral("adm"),
                          QStringLiteral("INSERT INTO setting (key, value) VALUES ('agency.name', "
                                         "'Pemda') RETURNING value")),
                 QStringLiteral("Pemda"));
        QCOMPARE(fx.value(QStringLiteral("pengall"),
                          QStringLiteral("WITH u AS (UPDATE appraisal SET state = 2 WHERE id = 8 "
                                         "RETURNING 1) SELECT count(*) FROM u")),
                 QStringLiteral("1"));
    }

    // The admin reads the audit trail but sees only part of the rows it is about: the check
    // compares no rows for them (a row out of sight would look deleted) and finds the trail
    // whole; the owner's check compares every row.
    void auditCheckOnlyComparesRowsSeenWhole()
    {
        RightsFixture fx;
        Database admin;
        qputenv("PGPASSWORD", "pw-adm");
        VERIFY_OK(
            admin.open(support::tcpLocation(fx.temp.location(), fx.login(QStringLiteral("adm")))));
        AuditVerification quick;
        VERIFY_OK(AuditTrail(admin).quickCheck(&quick));
        QVERIFY2(quick.ok, qPrintable(quick.problem));
        QVERIFY(!quick.rowsChecked);
        AuditVerification full;
        VERIFY_OK(AuditTrail(admin).verify(&full));
        QVERIFY2(full.ok, qPrintable(full.problem));
        QVERIFY(!full.rowsChecked);
        qunsetenv("PGPASSWORD"); // verify reads on a connection of its own, with the password
        QVERIFY(full.entries > 0);

        AuditVerification owner;
        VERIFY_OK(AuditTrail(fx.temp.open()).verify(&owner));
        QVERIFY2(owner.ok, qPrintable(owner.problem));
        QVERIFY(owner.rowsChecked);
        QCOMPARE(owner.entries, full.entries);
    }

    void allowedThroughKinerja()
    {
        RightsFixture fx;
        auto open = [&](Database &db, const QString &base) {
            qputenv("PGPASSWORD", "pw-" + base.toUtf8());
            const Status s = db.open(support::tcpLocation(fx.temp.location(), fx.login(base)));
            qunsetenv("PGPASSWORD");
            return s;
        };
        {
            Database db;
            VERIFY_OK(open(db, QStringLiteral("pen")));
            Session session;
            VERIFY_OK(AccountRepository(db).current(&session));
            QCOMPARE(session.login, fx.login(QStringLiteral("pen")));
            QVERIFY(!session.superuser && !session.osUser);
            QCOMPARE(session.employeeId, qint64(2));
            QCOMPARE(session.roles, (QList<RoleGrant>{{Role::PejabatPenilai, 0}}));
            QCOMPARE(UnitRepository(db).all().size(), 4);
            EmployeeFilter everyone;
            everyone.includeInactive = true;
            QCOMPARE(EmployeeListQuery(db).counts(everyone).active, 4);
            AppraisalWorkflow workflow(db, db.userName());
            VERIFY_OK(workflow.returnToDraft(3, QStringLiteral("lengkapi RHK")));
            QVERIFY(!workflow.returnToDraft(4, QStringLiteral("bukan stafnya")));
            AppraisalRepository appraisals(db);
            VERIFY_OK(appraisals.setRatings(3, Rating::SesuaiEkspektasi, Rating::DiAtasEkspektasi));
            VERIFY_OK(AppraisalResults(db).recompute(3));
            QVERIFY(!appraisals.setRatings(4, Rating::SesuaiEkspektasi, Rating::SesuaiEkspektasi));
        }
        {
            Database db;
            VERIFY_OK(open(db, QStringLiteral("peg")));
            AppraisalRepository appraisals(db);
            VERIFY_OK(appraisals.setSelfRatings(3, Rating::DiAtasEkspektasi, std::nullopt));
            QVERIFY(!appraisals.setRatings(3, Rating::DiAtasEkspektasi, Rating::DiAtasEkspektasi));
        }
        {
            Database db;
            VERIFY_OK(open(db, QStringLiteral("peng")));
            AppraisalRepository appraisals(db);
            qint64 id = 0;
            VERIFY_OK(appraisals.create(1, 1, &id));
            QVERIFY(id > 0);
            QVERIFY(!appraisals.create(7, 1, &id));
        }
        {
            Database db;
            VERIFY_OK(open(db, QStringLiteral("pengall")));
            VERIFY_OK(PeriodRepository(db).close(1, db.userName()));
            QCOMPARE(fx.value(QStringLiteral("pim"), QStringLiteral("SELECT state FROM period")),
                     QStringLiteral("1"));
            QCOMPARE(fx.value(QStringLiteral("pim"), QStringLiteral("SELECT count(*) FROM "
                                                                    "period_log")),
                     QStringLiteral("1"));
        }
    }

    void scopeFollowsTheEmployeeRecord()
    {
        RightsFixture fx;
        QCOMPARE(fx.value(QStringLiteral("pen"), QStringLiteral("SELECT count(*) FROM employee")),
                 QStringLiteral("4"));
        // Employee 4 moves from Dinas B into Bidang A1: Dinas A's pengelola and penilai see them.
        RightsFixture::exec(fx.temp.db(), "UPDATE employee SET unit_id = 4 WHERE id = 4");
        QCOMPARE(fx.value(QStringLiteral("peng"), QStringLiteral("SELECT count(*) FROM employee")),
                 QStringLiteral("5"));
        QCOMPARE(fx.value(QStringLiteral("pen"), QStringLiteral("SELECT count(*) FROM employee")),
                 QStringLiteral("5"));
        QCOMPARE(fx.value(QStringLiteral("pim"), QStringLiteral("SELECT count(*) FROM employee")),
                 QStringLiteral("1"));
        // The penilai moves to Dinas B: their units' employees change with them.
        RightsFixture::exec(fx.temp.db(), "UPDATE employee SET unit_id = 3 WHERE id = 2");
        QCOMPARE(fx.value(QStringLiteral("pen"), QStringLiteral("SELECT string_agg(id::text, ',' "
                                                                "ORDER BY id) FROM employee")),
                 QStringLiteral("2,3,7,8"));
        // The pegawai retires: they see nothing any more, not even the unit tree.
        RightsFixture::exec(
            fx.temp.db(), "UPDATE employee SET state = 1, state_date = '2026-02-01' WHERE id = 3");
        for (const char *table : {"employee", "appraisal", "unit", "period"})
            QCOMPARE(fx.value(QStringLiteral("peg"),
                              QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))),
                     QStringLiteral("0"));
        QCOMPARE(fx.value(QStringLiteral("peg"),
                          QStringLiteral("WITH u AS (UPDATE appraisal SET self_hasil = 2 WHERE "
                                         "id = 3 RETURNING 1) SELECT count(*) FROM u")),
                 QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestRights)
#include "test_rights.moc"
