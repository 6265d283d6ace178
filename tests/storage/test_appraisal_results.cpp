#include "storage/appraisalcontent.h"
#include "storage/appraisalresults.h"
#include "storage/schemerepository.h"
#include "support/appraisalfixture.h"
#include "support/tempdatabase.h"

#include <QSqlQuery>
#include <QTest>

#include <limits>

using namespace kinerja;

namespace {

qint64 schemeVersion(Database &db, const char *code)
{
    return SchemeRepository(db).findByCode(QLatin1String(code))->latestVersionId;
}

KegiatanEntry kegiatan(double to, std::optional<double> ro, double tw, std::optional<double> rw)
{
    KegiatanEntry e;
    e.kegiatan.name = QStringLiteral("Menyusun laporan");
    e.kegiatan.targetKuantitas = to;
    e.kegiatan.realKuantitas = ro;
    e.kegiatan.targetKualitas = 100;
    e.kegiatan.realKualitas = 100;
    e.kegiatan.targetWaktu = tw;
    e.kegiatan.realWaktu = rw;
    return e;
}

} // namespace

class TestAppraisalResults : public QObject {
    Q_OBJECT
private slots:
    void recomputeMatchesTheMatrix()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        AppraisalRepository repo(t.db());
        const QVector<qint64> people{w.kadis.id, w.kabid.id, w.staff1.id, w.staff2.id, w.staffB.id};
        // Nine periods, one cell of the matrix each, for five people.
        QVector<qint64> ids;
        QVector<Predikat> expected;
        int month = 1;
        for (const Rating hasil : allRatings()) {
            for (const Rating perilaku : allRatings()) {
                const qint64 p = AppraisalWorld::period(t.db(), Period::month(2026, month++));
                for (const qint64 e : people) {
                    const qint64 id = AppraisalWorld::appraisal(t.db(), e, p);
                    VERIFY_OK(repo.setRatings(id, hasil, perilaku));
                    ids << id;
                    expected << predikat(hasil, perilaku);
                }
            }
        }
        // Forget the stored results, then recompute period by period.
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE appraisal SET predikat = NULL, "
                                      "predikat_level = NULL")));
        for (const PeriodInfo &p : PeriodRepository(t.db()).all()) {
            RecomputeReport report;
            VERIFY_OK(AppraisalResults(t.db()).recomputePeriod(p.id, &report));
            if (p.id != w.q1) {
                QCOMPARE(report.total, 5);
                QCOMPARE(report.changed, 5);
                QCOMPARE(report.complete, 5);
            }
        }
        for (int i = 0; i < ids.size(); ++i) {
            const Appraisal a = *repo.find(ids.at(i));
            QCOMPARE(a.predikat, predikatName(expected.at(i)));
            QCOMPARE(*a.predikatLevel, static_cast<int>(expected.at(i)));
            QVERIFY(!a.score); // PermenPANRB: a predikat, no numeric score
        }
        // A second run changes nothing and writes nothing.
        RecomputeReport again;
        VERIFY_OK(AppraisalResults(t.db()).recomputePeriod(
            PeriodRepository(t.db()).findByCode(QStringLiteral("2026-M05"))->id, &again));
        QCOMPARE(again.changed, 0);
    }

    void incompleteHasNoResult()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        AppraisalRepository repo(t.db());
        const qint64 id = AppraisalWorld::appraisal(t.db(), w.staff1.id, w.q1);
        VERIFY_OK(repo.setRatings(id, Rating::DiAtasEkspektasi, std::nullopt));
        Appraisal a = *repo.find(id);
        QVERIFY(!a.isComplete());
        QVERIFY(!a.score);
        QVERIFY(!a.predikatLevel);
        const AppraisalResult r = AppraisalResults(t.db()).explain(id);
        QVERIFY(!r.isComplete());
        QCOMPARE(r.explanation.missing().size(), 1);
        QVERIFY(r.explanation.missing().first().contains(QStringLiteral("perilaku")));
        // Rated, then the rating withdrawn: the stored result goes too.
        VERIFY_OK(repo.setRatings(id, Rating::DiAtasEkspektasi, Rating::DiAtasEkspektasi));
        QCOMPARE(repo.find(id)->predikat, QStringLiteral("Sangat Baik"));
        VERIFY_OK(repo.setRatings(id, std::nullopt, Rating::DiAtasEkspektasi));
        QVERIFY(!repo.find(id)->isComplete());
    }

    void explainNamesSchemeStepsAndSources()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        const qint64 id = AppraisalWorld::appraisal(t.db(), w.staff1.id, w.q1);
        VERIFY_OK(AppraisalRepository(t.db()).setRatings(id, Rating::DiBawahEkspektasi,
                                                         Rating::SesuaiEkspektasi));
        QVector<PerilakuEntry> perilaku = AppraisalContent(t.db()).perilaku(id);
        for (PerilakuEntry &e : perilaku)
            e.assessment = Rating::SesuaiEkspektasi;
        VERIFY_OK(AppraisalContent(t.db()).setPerilaku(id, perilaku));
        const AppraisalResult r = AppraisalResults(t.db()).explain(id);
        QCOMPARE(r.predikat, QStringLiteral("Butuh Perbaikan"));
        const QString text = r.explanation.toText();
        QVERIFY2(text.contains(QStringLiteral("PermenPANRB 6/2022, version 1")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("matriks predikat")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Sesuai Ekspektasi")), qPrintable(text));
    }

    void pp46ScoreAndBadInput()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        const qint64 p =
            AppraisalWorld::period(t.db(), Period::annual(2026), schemeVersion(t.db(), "pp46"));
        const qint64 id = AppraisalWorld::appraisal(t.db(), w.staff1.id, p);
        AppraisalContent content(t.db());
        // TW 5, RW 4 → Waktu 96 (the worked example); kuantitas 100, kualitas 100.
        VERIFY_OK(content.setKegiatan(id, {kegiatan(10, 10, 5, 4)}));
        QVERIFY(!AppraisalRepository(t.db()).find(id)->isComplete()); // perilaku missing
        VERIFY_OK(content.setAspectScores(id, {{0, 90}, {1, 90}, {2, 90}, {3, 90}, {4, 90}}));
        Appraisal a = *AppraisalRepository(t.db()).find(id);
        // SKP (100 + 100 + 96) / 3 = 98.666…; 0.6 × 98.666… + 0.4 × 90 = 95.2
        QVERIFY(qAbs(*a.score - 95.2) < 1e-9);
        QCOMPARE(a.predikat, QStringLiteral("Sangat Baik"));
        QCOMPARE(*a.predikatLevel, 4);

        // Bad input is refused and changes nothing.
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const QVector<QVector<KegiatanEntry>> bad{
            {kegiatan(0, 10, 5, 4)},   // zero target: never divided by
            {kegiatan(10, -1, 5, 4)},  // negative realisation
            {kegiatan(10, nan, 5, 4)}, // not a number
            {kegiatan(10, 10, 0, 4)},  // zero time target
        };
        for (const QVector<KegiatanEntry> &list : bad) {
            const Status s = content.setKegiatan(id, list);
            QVERIFY(!s);
            QVERIFY2(s.message().contains(QStringLiteral("Menyusun laporan")),
                     qPrintable(s.message()));
        }
        KegiatanEntry onlyCost = kegiatan(10, 10, 5, 4);
        onlyCost.kegiatan.realBiaya = 100; // RB without TB
        QVERIFY(!content.setKegiatan(id, {onlyCost}));
        QVERIFY(!content.setAspectScores(id, {{0, 101}}));
        QCOMPARE(content.kegiatan(id).size(), 1);
        QCOMPARE(*content.kegiatan(id).first().kegiatan.realWaktu, 4.0);
        a = *AppraisalRepository(t.db()).find(id);
        QVERIFY(qAbs(*a.score - 95.2) < 1e-9);

        // Not yet realised: no score (not a made-up 0).
        VERIFY_OK(content.setKegiatan(id, {kegiatan(10, std::nullopt, 5, std::nullopt)}));
        QVERIFY(!AppraisalRepository(t.db()).find(id)->score);
        QVERIFY(!AppraisalResults(t.db()).explain(id).explanation.missing().isEmpty());
    }

    void typedAmounts()
    {
        std::optional<double> v;
        VERIFY_OK(
            AppraisalContent::parseAmount(QStringLiteral(" 12,5 "), QStringLiteral("RO"), &v));
        QCOMPARE(*v, 12.5);
        VERIFY_OK(AppraisalContent::parseAmount(QString(), QStringLiteral("RO"), &v));
        QVERIFY(!v);
        Status s =
            AppraisalContent::parseAmount(QStringLiteral("sepuluh"), QStringLiteral("RO"), &v);
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QStringLiteral("not a number")), qPrintable(s.message()));
        s = AppraisalContent::parseAmount(QStringLiteral("-3"), QStringLiteral("RO"), &v);
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QStringLiteral("negative")), qPrintable(s.message()));
    }

    void permenpanIndicatorChecks()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        const qint64 id = AppraisalWorld::appraisal(t.db(), w.staff1.id, w.q1);
        Rhk rhk;
        rhk.text = QStringLiteral("Terlaksananya verifikasi data");
        RhkIndicator i;
        i.indikator = QStringLiteral("Jumlah dokumen");
        i.target = QStringLiteral("0");
        rhk.indicators << i;
        AppraisalContent content(t.db());
        Status s = content.setRhk(id, {rhk});
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QStringLiteral("RHK 1, indicator 1")),
                 qPrintable(s.message()));
        rhk.indicators[0].target = QStringLiteral("12");
        VERIFY_OK(content.setRhk(id, {rhk}));
        const qint64 indicator = content.rhk(id).first().indicators.first().id;
        QVERIFY(!content.setIndicatorEvaluation(indicator, QStringLiteral("-2"), {}, {}));
        VERIFY_OK(content.setIndicatorEvaluation(indicator, QStringLiteral("11"),
                                                 QStringLiteral("BA verifikasi"),
                                                 QStringLiteral("Baik, tingkatkan")));
        const RhkIndicator stored = content.rhk(id).first().indicators.first();
        QCOMPARE(stored.realisasi, QStringLiteral("11"));
        QCOMPARE(stored.buktiDukung, QStringLiteral("BA verifikasi"));
    }

    void weightedRatingsAndPeers()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        const qint64 p = AppraisalWorld::period(t.db(), Period::quarter(2026, 2),
                                                schemeVersion(t.db(), "weighted-default"));
        const qint64 id = AppraisalWorld::appraisal(t.db(), w.staff1.id, p);
        AppraisalContent content(t.db());
        const auto rating = [](const char *indicator, RaterSource source, double value,
                               qint64 rater = 0, bool hide = false) {
            WeightedEntry e;
            e.indicatorId = QLatin1String(indicator);
            e.source = source;
            e.value = value;
            e.raterId = rater;
            e.hideName = hide;
            return e;
        };
        // Refusals: unknown indicator, a source that does not rate it, off the scale,
        // a negative realisation, a peer without a name or rating themselves.
        QVERIFY(!content.setWeightedRating(id, rating("nope", RaterSource::Self, 50)));
        QVERIFY(!content.setWeightedRating(
            id, rating("ketepatan-waktu", RaterSource::Peers, 50, w.staff2.id)));
        QVERIFY(!content.setWeightedRating(id, rating("kualitas-layanan", RaterSource::Self, 6)));
        const Status negative =
            content.setWeightedRating(id, rating("respon-pengaduan", RaterSource::Supervisor, -1));
        QVERIFY(!negative);
        QVERIFY2(negative.message().contains(QStringLiteral("negative")),
                 qPrintable(negative.message()));
        QVERIFY(!content.setWeightedRating(id, rating("kualitas-layanan", RaterSource::Peers, 4)));
        QVERIFY(!content.setWeightedRating(
            id, rating("kualitas-layanan", RaterSource::Peers, 4, w.staff1.id)));
        QVERIFY(content.weightedRatings(id).isEmpty());

        VERIFY_OK(content.setWeightedRating(
            id, rating("kualitas-layanan", RaterSource::Peers, 4, w.staff2.id, true)));
        VERIFY_OK(content.setWeightedRating(
            id, rating("kualitas-layanan", RaterSource::Peers, 5, w.kabid.id)));
        VERIFY_OK(content.setWeightedRating(
            id, rating("kepuasan-masyarakat", RaterSource::Public, 82.5)));
        // Reweight: (90 × 3000) / 3000 = 90 for kualitas; 82.5 for kepuasan;
        // total (2500 × 90 + 2000 × 82.5) / 4500 = 86.666…
        const Appraisal a = *AppraisalRepository(t.db()).find(id);
        QVERIFY(qAbs(*a.score - 390000.0 / 4500.0) < 1e-9);
        QCOMPARE(a.predikat, QStringLiteral("Baik"));
        const QVector<WeightedEntry> shown = content.weightedRatings(id);
        QCOMPARE(shown.size(), 3);
        int hidden = 0;
        for (const WeightedEntry &e : shown)
            hidden += e.source == RaterSource::Peers && e.raterName.isEmpty() ? 1 : 0;
        QCOMPARE(hidden, 1);
        VERIFY_OK(content.removeWeightedRating(id, QStringLiteral("kepuasan-masyarakat"),
                                               RaterSource::Public));
        QCOMPARE(*AppraisalRepository(t.db()).find(id)->score, 90.0);
    }

    // The bulk recompute scores without building explanations (Explain::No); explain()
    // builds every step. Both must give the same score, predikat and level, complete or not.
    void bulkRecomputeMatchesExplain()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        const QVector<Employee> people{w.kadis, w.kabid, w.staff1, w.staff2, w.staffB};
        AppraisalContent content(t.db());
        AppraisalRepository repository(t.db());

        const qint64 pp46 =
            AppraisalWorld::period(t.db(), Period::quarter(2026, 2), schemeVersion(t.db(), "pp46"));
        const QVector<QVector<KegiatanEntry>> plans{
            {kegiatan(10, 10, 5, 4)},
            {kegiatan(10, 8, 12, 6), kegiatan(4, 0, 3, 3), kegiatan(12.5, 12, 12.5, 9.5)},
            {kegiatan(10, std::nullopt, 5, std::nullopt)}, // not yet realised
            {kegiatan(3, 5, 6, 11)},
            {kegiatan(10, 4, 5, 9)},
        };
        const QVector<QMap<int, double>> pp46Aspects{
            {{0, 90}, {1, 90}, {2, 90}, {3, 90}, {4, 90}, {5, 80}},
            {{0, 76}, {1, 88.5}, {2, 91}, {3, 60}, {4, 75}, {5, 100}},
            {{0, 90}, {1, 90}, {2, 90}, {3, 90}, {4, 90}},
            {{0, 50}, {1, 50}, {2, 60}, {3, 90}}, // Kerja Sama missing
            {{0, 50}, {1, 45}, {2, 60}, {3, 55}, {4, 70}, {5, 20}},
        };
        for (int i = 0; i < people.size(); ++i) {
            const qint64 id = AppraisalWorld::appraisal(t.db(), people.at(i).id, pp46);
            KegiatanEntry withCost = plans.at(i).first();
            if (i == 1) {
                withCost.kegiatan.targetBiaya = 1000;
                withCost.kegiatan.realBiaya = 700;
            }
            QVector<KegiatanEntry> plan = plans.at(i);
            plan[0] = withCost;
            VERIFY_OK(content.setKegiatan(id, plan));
            VERIFY_OK(content.setAspectScores(id, pp46Aspects.at(i)));
            if (i == 1)
                VERIFY_OK(repository.setPp46Extras(id, 1, 3));
        }

        const qint64 pp30 =
            AppraisalWorld::period(t.db(), Period::quarter(2026, 3), schemeVersion(t.db(), "pp30"));
        const QVector<std::optional<double>> capaian{115, 95, std::nullopt, 60, 112};
        for (int i = 0; i < people.size(); ++i) {
            const qint64 id = AppraisalWorld::appraisal(t.db(), people.at(i).id, pp30);
            VERIFY_OK(repository.setPp30(id, capaian.at(i), i == 0));
            const double v = 110 - 12.5 * i;
            VERIFY_OK(content.setAspectScores(id, {{0, v}, {1, v + 5}, {2, v}, {3, 100}, {4, 90}}));
        }

        const qint64 weighted = AppraisalWorld::period(t.db(), Period::quarter(2026, 4),
                                                       schemeVersion(t.db(), "weighted-default"));
        QVector<qint64> weightedIds;
        for (const Employee &e : people)
            weightedIds << AppraisalWorld::appraisal(t.db(), e.id, weighted);
        const auto rating = [](const char *indicator, RaterSource source, double value,
                               qint64 rater = 0) {
            WeightedEntry e;
            e.indicatorId = QLatin1String(indicator);
            e.source = source;
            e.value = value;
            e.raterId = rater;
            return e;
        };
        const qint64 staff1 = weightedIds.at(2);
        VERIFY_OK(content.setWeightedRating(
            staff1, rating("kualitas-layanan", RaterSource::Peers, 4, w.staff2.id)));
        VERIFY_OK(content.setWeightedRating(
            staff1, rating("kualitas-layanan", RaterSource::Peers, 5, w.kabid.id)));
        VERIFY_OK(content.setWeightedRating(
            staff1, rating("kepuasan-masyarakat", RaterSource::Public, 82.5)));
        const qint64 staff2 = weightedIds.at(3);
        VERIFY_OK(content.setWeightedRating(
            staff2, rating("kepuasan-masyarakat", RaterSource::Public, 61.25)));
        VERIFY_OK(content.setWeightedRating(
            staff2, rating("respon-pengaduan", RaterSource::Supervisor, 5)));

        // Forget the stored results, then recompute every period in bulk.
        QSqlQuery forget(t.db().connection());
        QVERIFY(forget.exec(QStringLiteral("UPDATE appraisal SET score = NULL, predikat = NULL, "
                                           "predikat_level = NULL")));
        AppraisalResults results(t.db());
        int complete = 0, incomplete = 0;
        for (const qint64 period : {pp46, pp30, weighted}) {
            RecomputeReport report;
            VERIFY_OK(results.recomputePeriod(period, &report));
            QCOMPARE(report.recomputed, static_cast<int>(people.size()));
            QSqlQuery q(t.db().connection());
            q.prepare(QStringLiteral("SELECT id FROM appraisal WHERE period_id = ?"));
            q.addBindValue(period);
            QVERIFY(q.exec());
            while (q.next()) {
                const qint64 id = q.value(0).toLongLong();
                const Appraisal stored = *repository.find(id);
                const AppraisalResult explained = results.explain(id);
                const QString where =
                    QStringLiteral("appraisal %1: %2").arg(id).arg(explained.explanation.toText());
                QVERIFY2(stored.score == explained.score, qPrintable(where));
                QVERIFY2(stored.predikat == explained.predikat, qPrintable(where));
                QVERIFY2(stored.predikatLevel == explained.level, qPrintable(where));
                QVERIFY2(stored.isComplete() == explained.isComplete(), qPrintable(where));
                QVERIFY2(!explained.explanation.steps().isEmpty(), qPrintable(where));
                (stored.isComplete() ? complete : incomplete)++;
            }
        }
        QVERIFY(complete >= 8);
        QVERIFY(incomplete >= 4);
    }
};

QTEST_GUILESS_MAIN(TestAppraisalResults)
#include "test_appraisal_results.moc"
