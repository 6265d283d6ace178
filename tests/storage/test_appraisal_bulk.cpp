#include "storage/appraisalbulk.h"
#include "storage/appraisalcontent.h"
#include "storage/appraisalworkflow.h"
#include "storage/schemerepository.h"
#include "support/appraisalfixture.h"
#include "support/tempdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace kinerja;

namespace {

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestAppraisalBulk : public QObject {
    Q_OBJECT
private slots:
    void createForUnitWithAndWithoutSubunits()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        // A retired employee gets no new appraisal.
        EmployeeRepository employees(t.db());
        Employee gone =
            SmallDistrict::employee(QStringLiteral("Pensiunan"), w.d.bidangA1.id, 6, w.kabid.id);
        gone.state = EmploymentState::Pensiun;
        gone.stateDate = QDate(2025, 12, 31);
        QVERIFY(employees.create(gone));

        AppraisalBulk bulk(t.db(), QStringLiteral("admin"));
        BulkReport report;
        VERIFY_OK(bulk.createForUnit(w.q1, w.d.dinasA.id, false, &report));
        QCOMPARE(report.done, 1); // the kadis only
        QVector<int> progress;
        VERIFY_OK(bulk.createForUnit(w.q1, w.d.dinasA.id, true, &report,
                                     [&progress](int done, int total) {
                                         progress << done << total;
                                         return true;
                                     }));
        QCOMPARE(report.done, 3); // kabid, staff1, staff2; the kadis had one already
        QVERIFY(report.skipped.isEmpty());
        QCOMPARE(progress.first(), 0);
        QCOMPARE(progress.last(), 3);
        QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM appraisal")), 4);
        const Appraisal a = *AppraisalRepository(t.db()).findFor(w.staff2.id, w.q1);
        QCOMPARE(a.rater.employeeId, w.kabid.id);
        QCOMPARE(a.atasan.employeeId, w.kadis.id);
        QCOMPARE(a.employee.unitName, QStringLiteral("Bidang Pembinaan SD"));
    }

    void cancelLeavesNothing()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        AppraisalBulk bulk(t.db(), QStringLiteral("admin"));
        BulkReport report;
        VERIFY_OK(bulk.createForUnit(w.q1, w.d.root.id, true, &report,
                                     [](int done, int) { return done == 0; }));
        QVERIFY(report.cancelled);
        QCOMPARE(report.done, 0);
        QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM appraisal")), 0);
        // And the database is still usable afterwards.
        VERIFY_OK(bulk.createForUnit(w.q1, w.d.root.id, true, &report));
        QCOMPARE(report.done, 5);
    }

    void copyForwardCopiesThePlanOnly()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        AppraisalBulk bulk(t.db(), QStringLiteral("admin"));
        BulkReport report;
        VERIFY_OK(bulk.createForUnit(w.q1, w.d.bidangA1.id, false, &report));
        const qint64 from = AppraisalRepository(t.db()).findFor(w.staff1.id, w.q1)->id;
        AppraisalContent content(t.db());
        Rhk rhk;
        rhk.text = QStringLiteral("Terkelolanya data guru");
        rhk.intervensi = QStringLiteral("Meningkatnya mutu data");
        RhkIndicator i;
        i.indikator = QStringLiteral("Data guru mutakhir");
        i.target = QStringLiteral("100");
        i.satuan = QStringLiteral("%");
        i.realisasi = QStringLiteral("95");
        i.buktiDukung = QStringLiteral("Laporan Dapodik");
        i.umpanBalik = QStringLiteral("Bagus");
        rhk.indicators << i;
        VERIFY_OK(content.setRhk(from, {rhk}));
        QVector<PerilakuEntry> perilaku = content.perilaku(from);
        perilaku[0].ekspektasi = QStringLiteral("Responsif terhadap sekolah");
        perilaku[0].umpanBalik = QStringLiteral("Sudah baik");
        VERIFY_OK(content.setPerilaku(from, perilaku));

        const qint64 q2 = AppraisalWorld::period(t.db(), Period::quarter(2026, 2));
        VERIFY_OK(bulk.createForUnit(q2, w.d.bidangA1.id, false, &report));
        VERIFY_OK(bulk.copyForward(w.q1, q2, w.d.bidangA1.id, false, &report));
        QCOMPARE(report.done, 1);
        // staff2 and kabid had nothing to copy.
        QCOMPARE(report.skipped.size(), 2);
        const qint64 to = AppraisalRepository(t.db()).findFor(w.staff1.id, q2)->id;
        const QVector<Rhk> copied = content.rhk(to);
        QCOMPARE(copied.size(), 1);
        QCOMPARE(copied.first().intervensi, QStringLiteral("Meningkatnya mutu data"));
        QCOMPARE(copied.first().indicators.size(), 1);
        const RhkIndicator &c = copied.first().indicators.first();
        QCOMPARE(c.target, QStringLiteral("100"));
        QCOMPARE(c.satuan, QStringLiteral("%"));
        QVERIFY(c.realisasi.isEmpty());
        QVERIFY(c.buktiDukung.isEmpty());
        QVERIFY(c.umpanBalik.isEmpty());
        QCOMPARE(content.perilaku(to).first().ekspektasi,
                 QStringLiteral("Responsif terhadap sekolah"));
        QVERIFY(content.perilaku(to).first().umpanBalik.isEmpty());

        // A second copy leaves the existing plan alone.
        VERIFY_OK(bulk.copyForward(w.q1, q2, w.d.bidangA1.id, false, &report));
        QCOMPARE(report.done, 0);
        QCOMPARE(content.rhk(to).size(), 1);
        bool named = false;
        for (const SkippedItem &s : std::as_const(report.skipped))
            named = named || (s.name == QStringLiteral("Budi Santoso") &&
                              s.reason.contains(QStringLiteral("plan already")));
        QVERIFY(named);
    }

    void finalizeManySkipsIncompleteWithReasons()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        AppraisalBulk bulk(t.db(), QStringLiteral("admin"));
        BulkReport report;
        VERIFY_OK(bulk.createForUnit(w.q1, w.d.dinasA.id, true, &report));
        AppraisalRepository repo(t.db());
        AppraisalWorkflow flow(t.db(), QStringLiteral("admin"));
        QVector<qint64> ids;
        for (const qint64 e : {w.kadis.id, w.kabid.id, w.staff1.id, w.staff2.id})
            ids << repo.findFor(e, w.q1)->id;
        Rhk rhk;
        rhk.text = QStringLiteral("RHK");
        RhkIndicator i;
        i.indikator = QStringLiteral("Indikator");
        rhk.indicators << i;
        // kadis and kabid: rated and complete; staff1: submitted without ratings;
        // staff2: still a draft.
        for (int n = 0; n < 3; ++n) {
            VERIFY_OK(AppraisalContent(t.db()).setRhk(ids.at(n), {rhk}));
            VERIFY_OK(flow.submit(ids.at(n)));
        }
        for (int n = 0; n < 2; ++n) {
            VERIFY_OK(
                repo.setRatings(ids.at(n), Rating::SesuaiEkspektasi, Rating::SesuaiEkspektasi));
            VERIFY_OK(flow.markRated(ids.at(n)));
        }
        // Cancelled half way: nothing finalized.
        VERIFY_OK(bulk.finalizeMany(ids, &report, [](int done, int) { return done == 0; }));
        QVERIFY(report.cancelled);
        QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM appraisal WHERE state = 3")),
                 0);

        VERIFY_OK(bulk.finalizeMany(ids, &report));
        QCOMPARE(report.done, 2);
        QCOMPARE(report.skipped.size(), 2);
        QCOMPARE(report.skipped.at(0).appraisalId, ids.at(2));
        QCOMPARE(report.skipped.at(0).name, QStringLiteral("Budi Santoso"));
        QVERIFY2(report.skipped.at(0).reason.contains(QStringLiteral("only a rated")),
                 qPrintable(report.skipped.at(0).reason));
        QCOMPARE(report.skipped.at(1).name, QStringLiteral("Siti Aminah"));
        QCOMPARE(repo.find(ids.at(0))->state, AppraisalState::Final);
        QCOMPARE(repo.log(ids.at(0)).last().action, QStringLiteral("finalize"));

        // Rated but incomplete (a rating withdrawn after rating): skipped, saying what.
        VERIFY_OK(repo.setRatings(ids.at(2), Rating::SesuaiEkspektasi, Rating::DiAtasEkspektasi));
        VERIFY_OK(flow.markRated(ids.at(2)));
        VERIFY_OK(repo.setRatings(ids.at(2), std::nullopt, Rating::DiAtasEkspektasi));
        VERIFY_OK(bulk.finalizeMany({ids.at(2)}, &report));
        QCOMPARE(report.done, 0);
        QVERIFY2(report.skipped.first().reason.contains(QStringLiteral("rating hasil kerja")),
                 qPrintable(report.skipped.first().reason));
    }

    void unitIkmBecomesThePublicRating()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        const qint64 version = SchemeRepository(t.db())
                                   .findByCode(QStringLiteral("weighted-default"))
                                   ->latestVersionId;
        const qint64 q2 = AppraisalWorld::period(t.db(), Period::quarter(2026, 2), version);
        AppraisalBulk bulk(t.db(), QStringLiteral("admin"));
        BulkReport report;
        VERIFY_OK(bulk.createForUnit(q2, w.d.dinasA.id, true, &report));
        const QString indicator = QStringLiteral("kepuasan-masyarakat");
        QVERIFY(!bulk.applyUnitIkm(q2, w.d.dinasA.id, true, indicator, &report)); // no IKM yet
        OrganisationAchievement org;
        org.periodId = q2;
        org.unitId = w.d.dinasA.id;
        org.ikm = 85.25;
        VERIFY_OK(PeriodRepository(t.db()).setOrganisationAchievement(org));
        VERIFY_OK(bulk.applyUnitIkm(q2, w.d.dinasA.id, true, QStringLiteral("nope"), &report));
        QCOMPARE(report.done, 0);
        QCOMPARE(report.skipped.size(), 4);
        VERIFY_OK(bulk.applyUnitIkm(q2, w.d.dinasA.id, true, indicator, &report));
        QCOMPARE(report.done, 4);
        // Only the public part is rated so far: re-weighted, the score is the IKM.
        const Appraisal a = *AppraisalRepository(t.db()).findFor(w.staff1.id, q2);
        QCOMPARE(*a.score, 85.25);
        QCOMPARE(a.predikat, QStringLiteral("Baik"));
    }
};

QTEST_GUILESS_MAIN(TestAppraisalBulk)
#include "test_appraisal_bulk.moc"
