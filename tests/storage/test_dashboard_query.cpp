#include "storage/appraisalcontent.h"
#include "storage/appraisalworkflow.h"
#include "storage/dashboardquery.h"
#include "support/appraisalfixture.h"
#include "support/tempdatabase.h"

#include <QTest>

#include <optional>

using namespace kinerja;

namespace {

std::optional<Rating> rating(int level)
{
    return level < 0 ? std::nullopt : std::optional<Rating>(static_cast<Rating>(level));
}

// The agency of the dashboard tests (ratings as hasil/perilaku, self-ratings in []):
//   Dinas Pendidikan (A): kadis (head, not appraised); Lena and Sari (atasan kadis);
//     c1 (atasan Sari)
//     Bidang Pembinaan SD (A1): a1..a3 (atasan Lena), a4..a8 (atasan Sari)
//   Dinas Kesehatan (B): kepB (head, not appraised); b1..b4 (atasan kepB)
//   Dinas Sosial (C): no staff
//   Dinas Perhubungan (D): d1 (nobody to rate), appraised in Q3 only
// Periods: 2025, 2026-Q1, 2026-Q3 (no Q2), 2026.
struct DashboardWorld {
    SmallDistrict d;
    Unit dinasC, dinasD;
    Employee kadis, lena, sari, c1, kepB, d1;
    QVector<Employee> a, b; // a[0] is a1
    qint64 y2025 = 0, q1 = 0, q3 = 0, y2026 = 0;

    void build(Database &db)
    {
        d.build(db);
        UnitRepository units(db);
        dinasC = SmallDistrict::unit(QStringLiteral("Dinas Sosial"), d.root.id,
                                     UnitKind::PerangkatDaerah);
        FIXTURE_OK(units.create(dinasC));
        dinasD = SmallDistrict::unit(QStringLiteral("Dinas Perhubungan"), d.root.id,
                                     UnitKind::PerangkatDaerah);
        FIXTURE_OK(units.create(dinasD));
        int serial = 0;
        const auto hire = [&](const QString &name, qint64 unit, qint64 atasan) {
            Employee e = SmallDistrict::employee(name, unit, ++serial, atasan);
            FIXTURE_OK(EmployeeRepository(db).create(e));
            return e;
        };
        kadis = hire(QStringLiteral("Kepala Dinas Pendidikan"), d.dinasA.id, 0);
        FIXTURE_OK(units.setHead(d.dinasA.id, kadis.id));
        lena = hire(QStringLiteral("Lena Marlina"), d.dinasA.id, kadis.id);
        sari = hire(QStringLiteral("Sari Dewi"), d.dinasA.id, kadis.id);
        c1 = hire(QStringLiteral("Cahya"), d.dinasA.id, sari.id);
        for (int i = 1; i <= 8; ++i)
            a << hire(QStringLiteral("Staf A%1").arg(i), d.bidangA1.id, i <= 3 ? lena.id : sari.id);
        kepB = hire(QStringLiteral("Kepala Dinas Kesehatan"), d.dinasB.id, 0);
        FIXTURE_OK(units.setHead(d.dinasB.id, kepB.id));
        for (int i = 1; i <= 4; ++i)
            b << hire(QStringLiteral("Staf B%1").arg(i), d.dinasB.id, kepB.id);
        d1 = hire(QStringLiteral("Dodi"), dinasD.id, 0);
        y2025 = AppraisalWorld::period(db, Period::annual(2025));
        q1 = AppraisalWorld::period(db, Period::quarter(2026, 1));
        q3 = AppraisalWorld::period(db, Period::quarter(2026, 3));
        y2026 = AppraisalWorld::period(db, Period::annual(2026));

        using S = AppraisalState;
        // 2026-Q1. Lena gives Di Atas to all hers; Sari mostly Sesuai.
        appraise(db, lena, q1, 1, 1);
        appraise(db, sari, q1, 2, 1);
        appraise(db, c1, q1, 1, 1);
        appraise(db, a[0], q1, 2, 2, S::Final, 1, 2);
        appraise(db, a[1], q1, 2, 2);
        appraise(db, a[2], q1, 2, 2);
        appraise(db, a[3], q1, 1, 1, S::Final, 2, 2);
        appraise(db, a[4], q1, 1, 1, S::Draft, 2, 1);
        appraise(db, a[5], q1, 1, 1, S::Draft, 2); // self-assessment half done: no pair
        appraise(db, a[6], q1, 1, 0, S::Draft, 1, 1);
        appraise(db, b[0], q1, 1, 1, S::Diajukan, 2, 2);
        appraise(db, b[1], q1, 0, 0, S::Dinilai, 1, 1);
        appraise(db, b[2], q1, -1, -1, S::Draft, 2, 2); // not rated: incomplete, no pair
        // 2026-Q3
        appraise(db, a[0], q3, 1, 1);
        appraise(db, a[1], q3, 1, 1);
        appraise(db, a[3], q3, 1, 1);
        appraise(db, b[0], q3, 2, 2);
        appraise(db, b[1], q3, 1, 1);
        appraise(db, b[2], q3, -1, -1);
        appraise(db, d1, q3, 2, 2);
    }

    // Ratings of -1 are left empty; the appraisal is moved on to `state`.
    static void appraise(Database &db, const Employee &e, qint64 periodId, int hasil, int perilaku,
                         AppraisalState state = AppraisalState::Draft, int selfHasil = -1,
                         int selfPerilaku = -1)
    {
        const qint64 id = AppraisalWorld::appraisal(db, e.id, periodId);
        AppraisalRepository repo(db);
        AppraisalWorkflow flow(db, QStringLiteral("admin"));
        FIXTURE_OK(repo.setSelfRatings(id, rating(selfHasil), rating(selfPerilaku)));
        if (state != AppraisalState::Draft) {
            FIXTURE_OK(AppraisalContent(db).setRhk(id, {plan()}));
            FIXTURE_OK(flow.submit(id));
        }
        FIXTURE_OK(repo.setRatings(id, rating(hasil), rating(perilaku)));
        if (state == AppraisalState::Dinilai || state == AppraisalState::Final)
            FIXTURE_OK(flow.markRated(id));
        if (state == AppraisalState::Final)
            FIXTURE_OK(flow.finalize(id));
    }

    static Rhk plan()
    {
        Rhk rhk;
        rhk.kind = RhkKind::Utama;
        rhk.text = QStringLiteral("Tersusunnya laporan");
        RhkIndicator i;
        i.aspek = IndicatorAspect::Kuantitas;
        i.indikator = QStringLiteral("Jumlah laporan");
        i.target = QStringLiteral("4");
        rhk.indicators << i;
        return rhk;
    }
};

} // namespace

class TestDashboardQuery : public QObject {
    Q_OBJECT
private slots:
    void distributionCountsIncompleteApart()
    {
        TempDatabase t;
        DashboardWorld w;
        w.build(t.open());
        const DashboardQuery query(t.db());
        const PredikatShare s = query.distribution(w.q1);
        // b2 (0/0) Sangat Kurang, a7 (1/0) Kurang/Misconduct, 7 Baik, a1..a3 Sangat Baik.
        QCOMPARE(s.counts[0], 1);
        QCOMPARE(s.counts[1], 1);
        QCOMPARE(s.counts[2], 0);
        QCOMPARE(s.counts[3], 7);
        QCOMPARE(s.counts[4], 3);
        QCOMPARE(s.incomplete, 1); // b3
        QCOMPARE(s.total(), 13);
        QCOMPARE(query.distribution(w.y2026).total(), 0);
    }

    void pendingRolledUpToOrganisations()
    {
        TempDatabase t;
        DashboardWorld w;
        w.build(t.open());
        const DashboardQuery query(t.db());
        const QVector<UnitPendingCounts> list = query.pendingByOrganisation(w.q1);
        // Dinas Sosial has no staff, the root none of its own: both left out.
        QCOMPARE(list.size(), 3);
        const UnitPendingCounts &a = list.at(0); // Bidang A1 rolled into Dinas Pendidikan
        QCOMPARE(a.unitId, w.d.dinasA.id);
        QCOMPARE(a.unitName, QStringLiteral("Dinas Pendidikan"));
        QCOMPARE(a.total, 10);
        QCOMPARE(a.draft, 8);
        QCOMPARE(a.final, 2);
        QCOMPARE(a.incomplete, 0);
        QCOMPARE(a.notCreated, 2); // kadis and a8
        QCOMPARE(a.pending(), 8);
        const UnitPendingCounts &b = list.at(1);
        QCOMPARE(b.unitId, w.d.dinasB.id);
        QCOMPARE(b.total, 3);
        QCOMPARE(b.draft, 1);
        QCOMPARE(b.diajukan, 1);
        QCOMPARE(b.dinilai, 1);
        QCOMPARE(b.final, 0);
        QCOMPARE(b.incomplete, 1);
        QCOMPARE(b.notCreated, 2);                // kepB and b4
        const UnitPendingCounts &dd = list.at(2); // only staff without an appraisal
        QCOMPARE(dd.unitId, w.dinasD.id);
        QCOMPARE(dd.total, 0);
        QCOMPARE(dd.notCreated, 1);

        // A period nobody has started: every active employee is missing.
        const QVector<UnitPendingCounts> empty = query.pendingByOrganisation(w.y2026);
        QCOMPARE(empty.size(), 3);
        QCOMPARE(empty.at(0).notCreated, 12);
        QCOMPARE(empty.at(1).notCreated, 5);
        QCOMPARE(empty.at(2).notCreated, 1);
    }

    void lenientRaterComesFirst()
    {
        TempDatabase t;
        DashboardWorld w;
        w.build(t.open());
        const DashboardQuery query(t.db());
        QVector<RaterLeniency> list = query.raterLeniency(w.q1);
        QCOMPARE(list.size(), 2); // kadis and kepB rate only two each
        // Dinas Pendidikan's rated appraisals in Q1: 10, summing 13 (Lena, Sari 1 + 1.5
        // by kadis; c1 1 and a4..a7 1, 1, 1, 0.5 by Sari; a1..a3 2 each by Lena).
        // Lena: 2.0 against the other 7, summing 13 - 6.
        const RaterLeniency &lena = list.at(0);
        QCOMPARE(lena.raterId, w.lena.id);
        QCOMPARE(lena.raterName, w.lena.fullName());
        QCOMPARE(lena.unitId, w.d.dinasA.id); // her own unit
        QCOMPARE(lena.appraisals, 3);
        QCOMPARE(lena.meanRating, 2.0);
        QCOMPARE(lena.peerAppraisals, 7);
        QCOMPARE(lena.peerMean, 1.0);
        QCOMPARE(lena.difference(), 1.0);
        // Sari: 4.5 over 5 against the other 5, summing 13 - 4.5.
        const RaterLeniency &sari = list.at(1);
        QCOMPARE(sari.raterId, w.sari.id);
        QCOMPARE(sari.appraisals, 5);
        QCOMPARE(sari.meanRating, 0.9);
        QCOMPARE(sari.peerMean, 1.7);
        QVERIFY(qAbs(sari.difference() + 0.8) < 1e-9);

        list = query.raterLeniency(w.q1, 2);
        // kadis: 1.25 against (13 - 2.5) / 8; kepB is the only rater of Dinas Kesehatan:
        // nobody to compare with, left out.
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(2).raterId, w.kadis.id);
        QVERIFY(qAbs(list.at(2).difference() - (1.25 - 10.5 / 8)) < 1e-9);
        QVERIFY(query.raterLeniency(w.y2026).isEmpty());
    }

    void selfAssessmentGapPerOrganisation()
    {
        TempDatabase t;
        DashboardWorld w;
        w.build(t.open());
        const QVector<SelfGap> list = DashboardQuery(t.db()).selfGap(w.q1);
        QCOMPARE(list.size(), 2);
        // Dinas Kesehatan: b1 +1/+1, b2 +1/+1 (b3 has no supervisor rating).
        QCOMPARE(list.at(0).unitId, w.d.dinasB.id);
        QCOMPARE(list.at(0).pairs, 2);
        QCOMPARE(list.at(0).meanGapHasil, 1.0);
        QCOMPARE(list.at(0).meanGapPerilaku, 1.0);
        // Dinas Pendidikan: a1 -1/0, a4 +1/+1, a5 +1/0, a7 0/+1 (a6 rated itself half).
        QCOMPARE(list.at(1).unitId, w.d.dinasA.id);
        QCOMPARE(list.at(1).pairs, 4);
        QCOMPARE(list.at(1).meanGapHasil, 0.25);
        QCOMPARE(list.at(1).meanGapPerilaku, 0.5);
    }

    void unitsThatChangedMost()
    {
        TempDatabase t;
        DashboardWorld w;
        w.build(t.open());
        const QVector<UnitChange> list = DashboardQuery(t.db()).changes(w.q1, w.q3);
        // Dinas Perhubungan has a predikat in Q3 only, Dinas Sosial never: left out.
        QCOMPARE(list.size(), 2);
        // Dinas Kesehatan: Q1 levels 3, 0 (b3 incomplete); Q3 4, 3 (b3 incomplete).
        QCOMPARE(list.at(0).unitId, w.d.dinasB.id);
        QCOMPARE(list.at(0).countBefore, 2);
        QCOMPARE(list.at(0).countAfter, 2);
        QCOMPARE(list.at(0).meanBefore, 1.5);
        QCOMPARE(list.at(0).meanAfter, 3.5);
        QCOMPARE(list.at(0).change(), 2.0);
        // Dinas Pendidikan: Q1 levels sum 31 over 10; Q3 three Baik.
        QCOMPARE(list.at(1).unitId, w.d.dinasA.id);
        QCOMPARE(list.at(1).countBefore, 10);
        QCOMPARE(list.at(1).countAfter, 3);
        QCOMPARE(list.at(1).meanBefore, 3.1);
        QCOMPARE(list.at(1).meanAfter, 3.0);
    }

    void previousPeriodSkipsGapsAndKeepsTheKind()
    {
        TempDatabase t;
        DashboardWorld w;
        w.build(t.open());
        const DashboardQuery query(t.db());
        QCOMPARE(query.previousPeriodOfKind(w.q3), w.q1); // no 2026-Q2
        QCOMPARE(query.previousPeriodOfKind(w.q1), 0);    // 2025 is annual
        QCOMPARE(query.previousPeriodOfKind(w.y2026), w.y2025);
        QCOMPARE(query.previousPeriodOfKind(w.y2025), 0);
        QCOMPARE(query.previousPeriodOfKind(9999), 0);
    }
};

QTEST_GUILESS_MAIN(TestDashboardQuery)
#include "test_dashboard_query.moc"
