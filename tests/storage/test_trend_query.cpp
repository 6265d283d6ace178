// The data behind the trend charts on a small district with known answers: gaps for
// missing periods and missing results, means and spreads of predikat levels, unit
// with and without its sub-units, sub-unit comparison order.
#include "storage/appraisalbulk.h"
#include "storage/trendquery.h"
#include "support/appraisalfixture.h"
#include "support/tempdatabase.h"

#include <QTest>

#include <cmath>

using namespace kinerja;

class TestTrendQuery : public QObject {
    Q_OBJECT

    // 2026-Q1: kadis Sangat Baik, kabid and staff1 Baik, staff2 and staffB incomplete.
    // 2026-Q2 does not exist. 2026-Q3: only staff1, Sangat Baik.
    struct World {
        AppraisalWorld w;
        qint64 q3 = 0;
    };
    static void build(Database &db, World *x)
    {
        x->w.build(db);
        BulkReport report;
        QVERIFY(AppraisalBulk(db, QStringLiteral("admin"))
                    .createForUnit(x->w.q1, x->w.d.root.id, true, &report));
        AppraisalRepository repo(db);
        using R = Rating;
        QVERIFY(repo.setRatings(repo.findFor(x->w.kadis.id, x->w.q1)->id, R::DiAtasEkspektasi,
                                R::DiAtasEkspektasi));
        QVERIFY(repo.setRatings(repo.findFor(x->w.kabid.id, x->w.q1)->id, R::SesuaiEkspektasi,
                                R::SesuaiEkspektasi));
        QVERIFY(repo.setRatings(repo.findFor(x->w.staff1.id, x->w.q1)->id, R::SesuaiEkspektasi,
                                R::SesuaiEkspektasi));
        x->q3 = AppraisalWorld::period(db, Period::quarter(2026, 3));
        const qint64 a = AppraisalWorld::appraisal(db, x->w.staff1.id, x->q3);
        QVERIFY(repo.setRatings(a, R::DiAtasEkspektasi, R::DiAtasEkspektasi));
    }

private slots:
    void axisCoversEveryPeriodOfTheRange()
    {
        const QVector<Period> a =
            TrendQuery::axis(Period::quarter(2025, 3), Period::quarter(2026, 2));
        QCOMPARE(a.size(), 4);
        QCOMPARE(a.first().toString(), QStringLiteral("2025-Q3"));
        QCOMPARE(a.last().toString(), QStringLiteral("2026-Q2"));
        QVERIFY(TrendQuery::axis(Period::quarter(2026, 2), Period::quarter(2026, 1)).isEmpty());
        QVERIFY(TrendQuery::axis(Period::quarter(2026, 1), Period::annual(2026)).isEmpty());
    }

    void employeeTrendHasGapsNotZeros()
    {
        TempDatabase t;
        World x;
        build(t.open(), &x);
        TrendQuery query(t.db());
        const EmployeeTrend s1 =
            query.employee(x.w.staff1.id, Period::quarter(2026, 1), Period::quarter(2026, 4));
        QCOMPARE(s1.name, x.w.staff1.name);
        QCOMPARE(s1.points.size(), 4);
        QCOMPARE(s1.points[0].predikatLevel, std::optional<int>(3)); // Baik
        QCOMPARE(s1.points[0].ratingHasil, std::optional<int>(1));
        QCOMPARE(s1.points[0].ratingPerilaku, std::optional<int>(1));
        QVERIFY(!s1.points[0].score);       // PermenPANRB: no numeric score
        QCOMPARE(s1.points[1].periodId, 0); // 2026-Q2 is not in the database
        QVERIFY(!s1.points[1].hasResult());
        QCOMPARE(s1.points[2].predikatLevel, std::optional<int>(4)); // Sangat Baik
        QCOMPARE(s1.points[2].predikat, QStringLiteral("Sangat Baik"));
        QVERIFY(!s1.points[3].hasResult());

        // An appraisal without ratings is a gap too, though it exists.
        const EmployeeTrend s2 =
            query.employee(x.w.staff2.id, Period::quarter(2026, 1), Period::quarter(2026, 3));
        QVERIFY(s2.points[0].appraisalId != 0);
        QVERIFY(!s2.points[0].hasResult());
        QVERIFY(!s2.points[0].ratingHasil);
        QCOMPARE(s2.points[2].appraisalId, 0);
    }

    void unitTrendMeansSpreadsAndCounts()
    {
        TempDatabase t;
        World x;
        build(t.open(), &x);
        TrendQuery query(t.db());
        const UnitTrend all =
            query.unit(x.w.d.dinasA.id, true, Period::quarter(2026, 1), Period::quarter(2026, 3));
        QCOMPARE(all.unitName, QStringLiteral("Dinas Pendidikan"));
        QCOMPARE(all.periods.size(), 3);
        const UnitPeriodStats &q1 = all.periods[0];
        QCOMPARE(q1.appraised, 3);
        QCOMPARE(q1.incomplete, 1); // staff2
        QVERIFY(!q1.numeric);
        QCOMPARE(q1.counts[3], 2);
        QCOMPARE(q1.counts[4], 1);
        QVERIFY(std::abs(*q1.mean - 10.0 / 3) < 1e-9);             // (4 + 3 + 3) / 3
        QVERIFY(std::abs(*q1.spread - std::sqrt(2.0 / 9)) < 1e-9); // population spread
        QVERIFY(!all.periods[1].mean);                             // the missing quarter: a gap
        QCOMPARE(all.periods[1].appraised, 0);
        QCOMPARE(*all.periods[2].mean, 4.0);
        QCOMPARE(*all.periods[2].spread, 0.0);

        // Without sub-units: only the kepala dinas is in Dinas Pendidikan itself.
        const UnitTrend own =
            query.unit(x.w.d.dinasA.id, false, Period::quarter(2026, 1), Period::quarter(2026, 1));
        QCOMPARE(own.periods[0].appraised, 1);
        QCOMPARE(*own.periods[0].mean, 4.0);
        // A unit with nobody rated: no mean, the incomplete one counted.
        const UnitTrend b =
            query.unit(x.w.d.dinasB.id, true, Period::quarter(2026, 1), Period::quarter(2026, 1));
        QVERIFY(!b.periods[0].mean);
        QCOMPARE(b.periods[0].incomplete, 1);
    }

    void subunitsBestFirstAndEmptyLast()
    {
        TempDatabase t;
        World x;
        build(t.open(), &x);
        TrendQuery query(t.db());
        const QVector<SubunitBar> bars = query.subunits(x.w.d.root.id, x.w.q1);
        QCOMPARE(bars.size(), 2);
        QCOMPARE(bars[0].unitId, x.w.d.dinasA.id); // the bidang's staff counted under it
        QCOMPARE(bars[0].appraised, 3);
        QVERIFY(std::abs(*bars[0].mean - 10.0 / 3) < 1e-9);
        QCOMPARE(bars[1].unitId, x.w.d.dinasB.id);
        QVERIFY(!bars[1].mean);
        QVERIFY(query.subunits(x.w.d.bidangA1.id, x.w.q1).isEmpty()); // no sub-units
        QCOMPARE(query.storedPeriods(Period::Kind::Quarterly).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTrendQuery)
#include "test_trend_query.moc"
