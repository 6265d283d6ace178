#include "storage/appraisalcontent.h"
#include "storage/appraisalresults.h"
#include "storage/schemerepository.h"
#include "support/appraisalfixture.h"
#include "support/tempdatabase.h"

#include <QTest>

#include <cmath>

using namespace kinerja;

// The year of Budi Santoso rolled up from the quarters.
class TestAppraisalRollup : public QObject {
    Q_OBJECT

    struct Year {
        qint64 annual = 0;
        QVector<qint64> quarters; // appraisal ids, 0 where the quarter has none
    };

    // PermenPANRB quarters with the given (hasil, perilaku) ratings; empty = no appraisal.
    static Year permenpanYear(Database &db, const AppraisalWorld &w,
                              const QVector<std::optional<QPair<Rating, Rating>>> &quarters)
    {
        Year y;
        AppraisalRepository repo(db);
        for (int n = 0; n < quarters.size(); ++n) {
            const qint64 p =
                n == 0 ? w.q1 : AppraisalWorld::period(db, Period::quarter(2026, n + 1));
            if (!quarters.at(n)) {
                y.quarters << 0;
                continue;
            }
            const qint64 id = AppraisalWorld::appraisal(db, w.staff1.id, p);
            repo.setRatings(id, quarters.at(n)->first, quarters.at(n)->second);
            y.quarters << id;
        }
        y.annual = AppraisalWorld::appraisal(db, w.staff1.id,
                                             AppraisalWorld::period(db, Period::annual(2026)));
        return y;
    }

    static Appraisal rollUp(Database &db, qint64 id, RollupPolicy policy,
                            MissingPeriodPolicy missing)
    {
        RollupSetting setting;
        setting.policy = policy;
        setting.missing = missing;
        setting.from = Period::Kind::Quarterly;
        const Status s = AppraisalRepository(db).setRollup(id, setting);
        if (!s)
            qWarning("%s", qPrintable(s.message()));
        return *AppraisalRepository(db).find(id);
    }

private slots:
    void meanOfTheQuarters()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        using R = Rating;
        // hasil 2, 2, 1, 1 → mean 1.5 → Di Atas; perilaku 1, 1, 1, 2 → 1.25 → Sesuai.
        const Year y = permenpanYear(t.db(), w,
                                     {qMakePair(R::DiAtasEkspektasi, R::SesuaiEkspektasi),
                                      qMakePair(R::DiAtasEkspektasi, R::SesuaiEkspektasi),
                                      qMakePair(R::SesuaiEkspektasi, R::SesuaiEkspektasi),
                                      qMakePair(R::SesuaiEkspektasi, R::DiAtasEkspektasi)});
        QVERIFY(!AppraisalRepository(t.db()).find(y.annual)->isComplete());
        const Appraisal a =
            rollUp(t.db(), y.annual, RollupPolicy::MeanOfPeriods, MissingPeriodPolicy::Block);
        QCOMPARE(a.predikat, QStringLiteral("Baik"));
        QCOMPARE(a.rollup.policy, RollupPolicy::MeanOfPeriods);
        QCOMPARE(a.rollup.missing, MissingPeriodPolicy::Block);
        const AppraisalResult result = AppraisalResults(t.db()).explain(y.annual);
        QCOMPARE(result.hasil, std::optional<Rating>(R::DiAtasEkspektasi));
        QCOMPARE(result.perilaku, std::optional<Rating>(R::SesuaiEkspektasi));
        const QString text = result.explanation.toText();
        QVERIFY2(text.contains(QStringLiteral("mean of the sub-periods")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2026-Q4")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("matriks predikat")), qPrintable(text));

        // A quarter that changes later flows into the year.
        VERIFY_OK(AppraisalRepository(t.db()).setRatings(y.quarters.at(3), R::DiAtasEkspektasi,
                                                         R::DiAtasEkspektasi));
        // hasil 2, 2, 1, 2 → 1.75 → Di Atas; perilaku 1, 1, 1, 2 → 1.25 → Sesuai: Baik still;
        VERIFY_OK(AppraisalRepository(t.db()).setRatings(y.quarters.at(2), R::DiAtasEkspektasi,
                                                         R::DiAtasEkspektasi));
        // perilaku 1, 1, 2, 2 → 1.5 → Di Atas: Sangat Baik.
        QCOMPARE(AppraisalRepository(t.db()).find(y.annual)->predikat,
                 QStringLiteral("Sangat Baik"));
        // A quarter deleted (a draft made by mistake): under "block" the year has no result.
        VERIFY_OK(AppraisalRepository(t.db()).remove(y.quarters.at(0)));
        QVERIFY(!AppraisalRepository(t.db()).find(y.annual)->isComplete());
    }

    void lastQuarter()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        using R = Rating;
        const Year y = permenpanYear(t.db(), w,
                                     {qMakePair(R::DiAtasEkspektasi, R::DiAtasEkspektasi),
                                      qMakePair(R::DiAtasEkspektasi, R::DiAtasEkspektasi),
                                      qMakePair(R::DiAtasEkspektasi, R::DiAtasEkspektasi),
                                      qMakePair(R::DiBawahEkspektasi, R::SesuaiEkspektasi)});
        const Appraisal a =
            rollUp(t.db(), y.annual, RollupPolicy::LastPeriod, MissingPeriodPolicy::Skip);
        QCOMPARE(a.predikat, QStringLiteral("Butuh Perbaikan"));
        const AppraisalResult result = AppraisalResults(t.db()).explain(y.annual);
        QCOMPARE(result.hasil, std::optional<Rating>(R::DiBawahEkspektasi));
        QCOMPARE(result.perilaku, std::optional<Rating>(R::SesuaiEkspektasi));
    }

    void missingQuarterPolicies()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        using R = Rating;
        // Q3 has no appraisal at all.
        const Year y =
            permenpanYear(t.db(), w,
                          {qMakePair(R::SesuaiEkspektasi, R::SesuaiEkspektasi),
                           qMakePair(R::SesuaiEkspektasi, R::SesuaiEkspektasi), std::nullopt,
                           qMakePair(R::SesuaiEkspektasi, R::SesuaiEkspektasi)});
        Appraisal a =
            rollUp(t.db(), y.annual, RollupPolicy::MeanOfPeriods, MissingPeriodPolicy::Block);
        QVERIFY(!a.isComplete());
        AppraisalResult r = AppraisalResults(t.db()).explain(y.annual);
        QVERIFY(r.explanation.missing().join(QLatin1Char(' ')).contains(QStringLiteral("2026-Q3")));

        a = rollUp(t.db(), y.annual, RollupPolicy::MeanOfPeriods, MissingPeriodPolicy::Skip);
        QCOMPARE(a.predikat, QStringLiteral("Baik"));

        // As the lowest: hasil 1, 1, 0, 1 → 0.75 → Sesuai; perilaku the same → Baik.
        a = rollUp(t.db(), y.annual, RollupPolicy::MeanOfPeriods,
                   MissingPeriodPolicy::CountAsLowest);
        QCOMPARE(a.predikat, QStringLiteral("Baik"));
        r = AppraisalResults(t.db()).explain(y.annual);
        QVERIFY(r.explanation.toText().contains(QStringLiteral("counted as the lowest")));

        // Last quarter missing: skip takes Q3's place from the last one that has a result.
        a = rollUp(t.db(), y.annual, RollupPolicy::LastPeriod, MissingPeriodPolicy::Skip);
        QCOMPARE(a.predikat, QStringLiteral("Baik"));

        // Back to rating afresh: the annual's own (empty) ratings count again.
        a = rollUp(t.db(), y.annual, RollupPolicy::RatedAfresh, MissingPeriodPolicy::Skip);
        QVERIFY(!a.isComplete());
    }

    void numericMeanUsesTheAnnualBands()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        const qint64 version =
            SchemeRepository(t.db()).findByCode(QStringLiteral("pp30"))->latestVersionId;
        AppraisalRepository repo(t.db());
        AppraisalContent content(t.db());
        const QVector<double> skp{100, 80, std::nan(""), 90};
        for (int n = 0; n < 4; ++n) {
            const qint64 p = AppraisalWorld::period(t.db(), Period::quarter(2027, n + 1), version);
            if (std::isnan(skp.at(n)))
                continue;
            const qint64 id = AppraisalWorld::appraisal(t.db(), w.staff1.id, p);
            VERIFY_OK(repo.setPp30(id, skp.at(n), false));
            VERIFY_OK(content.setAspectScores(id, {{0, 90}, {1, 90}, {2, 90}, {3, 90}}));
        }
        // Quarter scores: 97, 83, –, 90 → skip: 90 (Baik); lowest: 67.5 (Kurang).
        const qint64 annual = AppraisalWorld::appraisal(
            t.db(), w.staff1.id, AppraisalWorld::period(t.db(), Period::annual(2027), version));
        Appraisal a =
            rollUp(t.db(), annual, RollupPolicy::MeanOfPeriods, MissingPeriodPolicy::Skip);
        QVERIFY(a.score);
        QCOMPARE(*a.score, 90.0);
        QCOMPARE(a.predikat, QStringLiteral("Baik"));
        a = rollUp(t.db(), annual, RollupPolicy::MeanOfPeriods, MissingPeriodPolicy::CountAsLowest);
        QVERIFY(a.score);
        QCOMPARE(*a.score, 67.5);
        QCOMPARE(a.predikat, QStringLiteral("Kurang"));
        a = rollUp(t.db(), annual, RollupPolicy::LastPeriod, MissingPeriodPolicy::Skip);
        QVERIFY(a.score);
        QCOMPARE(*a.score, 90.0);
        a = rollUp(t.db(), annual, RollupPolicy::LastPeriod, MissingPeriodPolicy::Block);
        QVERIFY(!a.score); // Q3 is missing: blocked, whatever the policy reads
        QVERIFY(!a.isComplete());

        // A quarter under another kind of scheme cannot be rolled into this one.
        const qint64 q1 = AppraisalWorld::appraisal(t.db(), w.staff1.id, w.q1);
        VERIFY_OK(repo.setRatings(q1, Rating::SesuaiEkspektasi, Rating::SesuaiEkspektasi));
        const qint64 annual26 = AppraisalWorld::appraisal(
            t.db(), w.staff1.id, AppraisalWorld::period(t.db(), Period::annual(2026), version));
        a = rollUp(t.db(), annual26, RollupPolicy::MeanOfPeriods, MissingPeriodPolicy::Skip);
        QVERIFY(!a.isComplete());
        QVERIFY(AppraisalResults(t.db()).explain(annual26).explanation.hasErrors());

        // A quarter cannot be rolled up from years.
        RollupSetting wrong;
        wrong.policy = RollupPolicy::MeanOfPeriods;
        wrong.from = Period::Kind::Annual;
        QVERIFY(!repo.setRollup(q1, wrong));
    }
};

QTEST_GUILESS_MAIN(TestAppraisalRollup)
#include "test_appraisal_rollup.moc"
