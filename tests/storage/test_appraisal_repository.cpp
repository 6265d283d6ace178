#include "support/appraisalfixture.h"
#include "support/tempdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace kinerja;

class TestAppraisalRepository : public QObject {
    Q_OBJECT
private slots:
    void createRecordsSnapshotAndRaters()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        AppraisalRepository repo(t.db());
        qint64 id = 0;
        VERIFY_OK(repo.create(w.staff1.id, w.q1, &id));
        const std::optional<Appraisal> a = repo.find(id);
        QVERIFY(a);
        QCOMPARE(a->period, Period::quarter(2026, 1));
        QCOMPARE(a->state, AppraisalState::Draft);
        QCOMPARE(a->schemeKind, SchemeKind::PermenPan2022);
        QCOMPARE(a->employee.name, QStringLiteral("Budi Santoso"));
        QCOMPARE(a->employee.unitName, QStringLiteral("Bidang Pembinaan SD"));
        QCOMPARE(a->employee.grade, 32);
        // Pejabat penilai = the atasan; atasan pejabat penilai = the rater's atasan.
        QCOMPARE(a->rater.employeeId, w.kabid.id);
        QCOMPARE(a->rater.jabatan, QStringLiteral("Kepala Bidang Pembinaan SD"));
        QCOMPARE(a->rater.grade, 34);
        QCOMPARE(a->rater.nip, w.kabid.nip);
        QCOMPARE(a->atasan.employeeId, w.kadis.id);
        QCOMPARE(a->atasan.unitName, QStringLiteral("Dinas Pendidikan"));
        QVERIFY(!a->isComplete());
        QVERIFY(!a->score);
    }

    void headWithoutAtasanIsRatedByParentHead()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        EmployeeRepository employees(t.db());
        Employee kabid = *employees.find(w.kabid.id);
        kabid.atasanId = 0; // no atasan recorded: the head of the parent unit rates
        VERIFY_OK(employees.update(kabid, QDate(2026, 1, 1)));
        const qint64 id = AppraisalWorld::appraisal(t.db(), w.kabid.id, w.q1);
        const std::optional<Appraisal> a = AppraisalRepository(t.db()).find(id);
        QCOMPARE(a->rater.employeeId, w.kadis.id);
        QVERIFY(a->atasan.isEmpty()); // the kadis has nobody above in this district

        const qint64 b = AppraisalWorld::appraisal(t.db(), w.staffB.id, w.q1);
        QVERIFY(AppraisalRepository(t.db()).find(b)->rater.isEmpty());
    }

    void secondAppraisalRefused()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        AppraisalRepository repo(t.db());
        qint64 first = 0;
        VERIFY_OK(repo.create(w.staff1.id, w.q1, &first));
        qint64 second = 0;
        const Status s = repo.create(w.staff1.id, w.q1, &second);
        QVERIFY(!s);
        QCOMPARE(second, 0);
        QVERIFY2(s.message().contains(QStringLiteral("Budi Santoso")), qPrintable(s.message()));
        QVERIFY2(s.message().contains(QStringLiteral("2026-Q1")), qPrintable(s.message()));
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM appraisal")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // The database itself holds the rule, too.
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO appraisal SELECT * FROM appraisal")));
    }

    void snapshotKeepsThePositionAsItWas()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        EmployeeRepository employees(t.db());
        // Promoted and moved to Dinas B after Q1 ended.
        Employee budi = *employees.find(w.staff1.id);
        budi.unitId = w.d.dinasB.id;
        budi.grade = 33;
        budi.jabatan = QStringLiteral("Analis Kepegawaian");
        budi.atasanId = 0;
        VERIFY_OK(employees.update(budi, QDate(2026, 5, 1)));

        const qint64 id = AppraisalWorld::appraisal(t.db(), w.staff1.id, w.q1);
        const Appraisal a = *AppraisalRepository(t.db()).find(id);
        const PositionRecord then = *employees.positionAt(w.staff1.id, QDate(2026, 3, 31));
        QCOMPARE(a.employee.unitId, then.unitId);
        QCOMPARE(a.employee.unitName, QStringLiteral("Bidang Pembinaan SD"));
        QCOMPARE(a.employee.grade, then.grade);
        QCOMPARE(a.employee.jabatan, then.jabatan);

        // A later riwayat change leaves a stored snapshot alone.
        budi.grade = 34;
        VERIFY_OK(employees.update(budi, QDate(2026, 6, 1)));
        QCOMPARE(AppraisalRepository(t.db()).find(id)->employee.grade, 32);
    }

    void noPositionInThePeriodRefused()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        const qint64 p2009 = AppraisalWorld::period(t.db(), Period::annual(2009));
        qint64 id = 0;
        const Status s = AppraisalRepository(t.db()).create(w.staff1.id, p2009, &id);
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QStringLiteral("riwayat")), qPrintable(s.message()));
    }

    void setRaterAndRemoveDraftOnly()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        AppraisalRepository repo(t.db());
        const qint64 id = AppraisalWorld::appraisal(t.db(), w.staff1.id, w.q1);
        QVERIFY(!repo.setRater(id, w.staff1.id));
        VERIFY_OK(repo.setRater(id, w.kadis.id));
        Appraisal a = *repo.find(id);
        QCOMPARE(a.rater.employeeId, w.kadis.id);
        QVERIFY(a.atasan.isEmpty());
        VERIFY_OK(repo.setRater(id, 0)); // back to the default
        QCOMPARE(repo.find(id)->rater.employeeId, w.kabid.id);

        VERIFY_OK(repo.setRekomendasi(id, QStringLiteral("Pelatihan pelayanan prima"),
                                      CompetencyCategory::Teknis));
        a = *repo.find(id);
        QCOMPARE(a.rekomendasi, QStringLiteral("Pelatihan pelayanan prima"));
        QCOMPARE(a.competency, CompetencyCategory::Teknis);
        VERIFY_OK(repo.remove(id));
        QVERIFY(!repo.find(id));
    }

    void appraisedEmployeeIsKept()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        AppraisalWorld::appraisal(t.db(), w.staff2.id, w.q1);
        const Status s = EmployeeRepository(t.db()).remove(w.staff2.id);
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QStringLiteral("1 appraisal")), qPrintable(s.message()));
        QVERIFY(EmployeeRepository(t.db()).find(w.staff2.id));
    }

    void fieldOfAnotherSchemeRefused()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        AppraisalRepository repo(t.db());
        const qint64 id = AppraisalWorld::appraisal(t.db(), w.staff1.id, w.q1);
        const Status s = repo.setPp30(id, 100, false);
        QVERIFY(!s);
        QCOMPARE(s.field(), QStringLiteral("scheme"));
        QVERIFY(!repo.setPp46Extras(id, -1, 0));
    }
};

QTEST_GUILESS_MAIN(TestAppraisalRepository)
#include "test_appraisal_repository.moc"
