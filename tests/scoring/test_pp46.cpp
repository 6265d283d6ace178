#include "scoring/pp46.h"

#include <QLocale>
#include <QTest>

#include <cmath>

using namespace kinerja;

namespace {

// TO, RO, TK, RK, TW, RW; no cost.
Kegiatan task(double to, double ro, double tk, double rk, double tw, double rw)
{
    return Kegiatan{to, ro, tk, rk, tw, rw, std::nullopt, std::nullopt, QString()};
}

bool anyContains(const QStringList &items, const QString &part)
{
    for (const QString &item : items) {
        if (item.contains(part))
            return true;
    }
    return false;
}

QMap<Pp46Aspect, double> aspects(double a, double b, double c, double d, double e)
{
    return {{Pp46Aspect::OrientasiPelayanan, a},
            {Pp46Aspect::Integritas, b},
            {Pp46Aspect::Komitmen, c},
            {Pp46Aspect::Disiplin, d},
            {Pp46Aspect::KerjaSama, e}};
}

} // namespace

class TestPp46 : public QObject {
    Q_OBJECT

private slots:
    // The explanation texts below are in the English UI's notation ("87.43"), whatever
    // LANG is; the Indonesian notation is checked where it is named.
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void workedExample();
    void onTimeIsNeutral_data();
    void onTimeIsNeutral();
    void exactly24PercentTakesFirstBranch_data();
    void exactly24PercentTakesFirstBranch();
    void above24Percent_data();
    void above24Percent();
    void bugFactorOnDifference();
    void bug25InsteadOf24();
    void biayaBranches_data();
    void biayaBranches();
    void bugBiayaDividedByRealised();
    void bugBiayaZeroAbove24();
    void kuantitasKualitas();
    void kegiatanThreeAspects();
    void kegiatanWithBiaya();
    void kegiatanZeroCostTargetHasNoBiaya();
    void nothingRealisedScoresZero();
    void incompleteKegiatan();
    void invalidTargets();
    void capaianSkp();
    void capaianSkpIncomplete();
    void perilaku();
    void perilakuStructural();
    void nilaiPrestasi();
    void indonesianNotation();
    void bands_data();
    void bands();
    void evaluate();
    void evaluateIncomplete();
};

void TestPp46::workedExample()
{
    // pp46-pp30-numeric.md: TW = 5 days, RW = 4 days → efisiensi 20% → Waktu = 96.
    QCOMPARE(Pp46::efisiensi(5, 4), 20.0);
    QCOMPARE(Pp46::waktu(5, 4), 96.0);
}

void TestPp46::onTimeIsNeutral_data()
{
    QTest::addColumn<double>("tw");
    QTest::newRow("12 months") << 12.0;
    QTest::newRow("5 days") << 5.0;
    QTest::newRow("1") << 1.0;
    QTest::newRow("365 days") << 365.0;
    QTest::newRow("2.5") << 2.5;
}

void TestPp46::onTimeIsNeutral()
{
    QFETCH(double, tw);
    QCOMPARE(Pp46::waktu(tw, tw), 76.0); // RW = TW always gives 76
    QCOMPARE(Pp46::biaya(tw, tw), 76.0);
}

void TestPp46::exactly24PercentTakesFirstBranch_data()
{
    QTest::addColumn<double>("tw");
    QTest::addColumn<double>("rw");
    QTest::newRow("100 / 76") << 100.0 << 76.0;
    QTest::newRow("25 / 19") << 25.0 << 19.0;
    QTest::newRow("50 / 38") << 50.0 << 38.0;
    QTest::newRow("12.5 / 9.5") << 12.5 << 9.5;
    QTest::newRow("2.5 / 1.9") << 2.5 << 1.9;
}

void TestPp46::exactly24PercentTakesFirstBranch()
{
    // Known bug: "< 24 / > 24" leaves exactly 24% in no branch. It belongs to ≤ 24:
    // ((1.76 × TW − RW) / TW) × 100 = 100; the > 24 formula would give 76.
    QFETCH(double, tw);
    QFETCH(double, rw);
    QVERIFY(std::abs(Pp46::efisiensi(tw, rw) - 24.0) < 1e-9);
    QCOMPARE(Pp46::waktu(tw, rw), 100.0);
    QCOMPARE(Pp46::biaya(tw, rw), 100.0);
}

void TestPp46::above24Percent_data()
{
    QTest::addColumn<double>("tw");
    QTest::addColumn<double>("rw");
    QTest::addColumn<double>("expected");
    // 76 − ((((1.76 × TW − RW) / TW) × 100) − 100)
    QTest::newRow("24.5%: 200 / 151") << 200.0 << 151.0 << 75.5;
    QTest::newRow("25%: 4 / 3") << 4.0 << 3.0 << 75.0;
    QTest::newRow("50%: 12 / 6") << 12.0 << 6.0 << 50.0;
    QTest::newRow("75%: 12 / 3") << 12.0 << 3.0 << 25.0;
    QTest::newRow("100%: nothing spent") << 12.0 << 0.0 << 0.0;
}

void TestPp46::above24Percent()
{
    QFETCH(double, tw);
    QFETCH(double, rw);
    QFETCH(double, expected);
    QVERIFY(Pp46::efisiensi(tw, rw) > 24.0);
    QCOMPARE(Pp46::waktu(tw, rw) + 1.0, expected + 1.0); // +1: fuzzy compare near 0
}

void TestPp46::bugFactorOnDifference()
{
    // Known bug: 1.76 × (TW − RW) instead of 1.76 × TW − RW.
    const double buggy = 1.76 * (5.0 - 4.0) / 5.0 * 100.0; // 35.2
    QVERIFY(std::abs(Pp46::waktu(5, 4) - buggy) > 1);
    QCOMPARE(Pp46::waktu(5, 4), 96.0);
    // Late delivery (negative efficiency) uses the same first formula.
    QCOMPARE(Pp46::waktu(10, 12), 56.0); // (17.6 − 12) / 10 × 100
}

void TestPp46::bug25InsteadOf24()
{
    // Known bug: threshold 25 instead of 24. At 24.5% and 25% the > 24 branch applies.
    QCOMPARE(Pp46::waktu(200, 151), 75.5); // the ≤ 25 bug gives 100.5
    QCOMPARE(Pp46::waktu(4, 3), 75.0);     // the ≤ 25 bug gives 101
    QCOMPARE(Pp46::biaya(4, 3), 75.0);
}

void TestPp46::biayaBranches_data()
{
    QTest::addColumn<double>("tb");
    QTest::addColumn<double>("rb");
    QTest::addColumn<double>("efficiency");
    QTest::addColumn<double>("expected");
    QTest::newRow("20% saved") << 1000000.0 << 800000.0 << 20.0 << 96.0;
    QTest::newRow("on budget") << 1000000.0 << 1000000.0 << 0.0 << 76.0;
    QTest::newRow("exactly 24% saved") << 1000000.0 << 760000.0 << 24.0 << 100.0;
    QTest::newRow("30% saved") << 1000.0 << 700.0 << 30.0 << 70.0;
    QTest::newRow("50% saved") << 100.0 << 50.0 << 50.0 << 50.0;
}

void TestPp46::biayaBranches()
{
    QFETCH(double, tb);
    QFETCH(double, rb);
    QFETCH(double, efficiency);
    QFETCH(double, expected);
    QCOMPARE(Pp46::efisiensi(tb, rb) + 1.0, efficiency + 1.0);
    QCOMPARE(Pp46::biaya(tb, rb), expected);
}

void TestPp46::bugBiayaDividedByRealised()
{
    // Known bug: (1.76 × TB − RB) / RB in the > 24% branch. TB 100, RB 50:
    // correct 76 − (126 − 100) = 50; the bug gives 76 − (252 − 100) = −76.
    QCOMPARE(Pp46::biaya(100, 50), 50.0);
    QVERIFY(Pp46::biaya(100, 50) > 0);
}

void TestPp46::bugBiayaZeroAbove24()
{
    // Known bug: Biaya set to 0 when efisiensi biaya > 24%.
    QCOMPARE(Pp46::biaya(1000, 700), 70.0);
    Kegiatan k = task(1, 1, 100, 100, 12, 12);
    k.targetBiaya = 1000;
    k.realBiaya = 700;
    const ScoreResult r = Pp46::kegiatan(k);
    QVERIFY(r.isComplete());
    QCOMPARE(*r.value, (100.0 + 100.0 + 76.0 + 70.0) / 4); // 86.5, not 69
}

void TestPp46::kuantitasKualitas()
{
    QCOMPARE(Pp46::kuantitas(10, 8), 80.0);
    QCOMPARE(Pp46::kuantitas(10, 12), 120.0); // not capped
    QCOMPARE(Pp46::kualitas(100, 90), 90.0);
    QVERIFY(std::isnan(Pp46::kuantitas(0, 5)));
    QVERIFY(std::isnan(Pp46::waktu(0, 5)));
}

void TestPp46::kegiatanThreeAspects()
{
    const ScoreResult r = Pp46::kegiatan(task(10, 10, 100, 90, 12, 12));
    QVERIFY(r.isComplete());
    QCOMPARE(*r.value, (100.0 + 90.0 + 76.0) / 3);
    // Steps show the unrounded value and cite the rule.
    const ExplanationStep &last = r.explanation.steps().last();
    QCOMPARE(last.value, QStringLiteral("88.6666666666667"));
    QCOMPARE(last.formula, QStringLiteral("266 / 3"));
    bool hasWaktu = false;
    for (const ExplanationStep &step : r.explanation.steps()) {
        if (step.source == QLatin1String("Perka BKN 1/2013, rumus waktu") &&
            step.value == QLatin1String("76"))
            hasWaktu = true;
    }
    QVERIFY(hasWaktu);
}

void TestPp46::kegiatanWithBiaya()
{
    Kegiatan k = task(1, 1, 100, 100, 12, 12);
    k.targetBiaya = 1000;
    k.realBiaya = 1000;
    const ScoreResult r = Pp46::kegiatan(k);
    QVERIFY(r.isComplete());
    QCOMPARE(*r.value, 88.0); // (100 + 100 + 76 + 76) / 4
    QCOMPARE(r.explanation.steps().last().formula, QStringLiteral("352 / 4"));
}

void TestPp46::kegiatanZeroCostTargetHasNoBiaya()
{
    Kegiatan k = task(1, 1, 100, 100, 12, 12);
    k.targetBiaya = 0;
    const ScoreResult r = Pp46::kegiatan(k);
    QVERIFY(r.isComplete());
    QCOMPARE(*r.value, 92.0); // (100 + 100 + 76) / 3
}

void TestPp46::nothingRealisedScoresZero()
{
    // A target with nothing realised scores 0, even with other realisations missing.
    Kegiatan k;
    k.targetKuantitas = 4;
    k.realKuantitas = 0;
    k.targetWaktu = 12;
    const ScoreResult r = Pp46::kegiatan(k);
    QVERIFY(r.isComplete());
    QCOMPARE(*r.value, 0.0);
    QVERIFY(r.explanation.missing().isEmpty());

    // All realisations 0.
    const ScoreResult all = Pp46::kegiatan(task(4, 0, 100, 0, 12, 0));
    QVERIFY(all.isComplete());
    QCOMPARE(*all.value, 0.0);
}

void TestPp46::incompleteKegiatan()
{
    Kegiatan k;
    k.name = QStringLiteral("Menyusun laporan");
    k.targetKuantitas = 2;
    k.targetWaktu = 12;
    const ScoreResult none = Pp46::kegiatan(k);
    QVERIFY(!none.isComplete());
    QVERIFY(anyContains(none.explanation.missing(), QStringLiteral("RO")));
    QVERIFY(anyContains(none.explanation.missing(), QStringLiteral("Menyusun laporan")));

    k.realKuantitas = 2;
    k.realKualitas = 100;
    const ScoreResult noTime = Pp46::kegiatan(k);
    QVERIFY(!noTime.isComplete());
    QCOMPARE(noTime.explanation.missing().size(), 1);
    QVERIFY(noTime.explanation.missing().first().contains(QLatin1String("RW")));

    k.realWaktu = 12;
    k.targetBiaya = 500000;
    const ScoreResult noCost = Pp46::kegiatan(k);
    QVERIFY(!noCost.isComplete());
    QVERIFY(anyContains(noCost.explanation.missing(), QStringLiteral("RB")));

    k.realBiaya = 500000;
    QVERIFY(Pp46::kegiatan(k).isComplete());
}

void TestPp46::invalidTargets()
{
    const ScoreResult noTarget = Pp46::kegiatan(task(0, 3, 100, 100, 12, 12));
    QVERIFY(!noTarget.isComplete());
    QVERIFY(anyContains(noTarget.explanation.errors(), QStringLiteral("TO")));

    const ScoreResult negative = Pp46::kegiatan(task(3, -1, 100, 100, 12, 12));
    QVERIFY(!negative.isComplete());
    QVERIFY(anyContains(negative.explanation.errors(), QStringLiteral("RO")));

    const ScoreResult noTime = Pp46::kegiatan(task(3, 3, 100, 100, 0, 12));
    QVERIFY(!noTime.isComplete());
    QVERIFY(anyContains(noTime.explanation.errors(), QStringLiteral("TW")));
}

void TestPp46::capaianSkp()
{
    const QVector<Kegiatan> tasks = {task(10, 10, 100, 90, 12, 12), // 88.666…
                                     task(5, 5, 100, 100, 5, 4)};   // (100 + 100 + 96) / 3
    const ScoreResult plain = Pp46::capaianSkp(tasks);
    QVERIFY(plain.isComplete());
    const double mean = ((266.0 / 3) + (296.0 / 3)) / 2;
    QCOMPARE(*plain.value, mean);

    const ScoreResult extra = Pp46::capaianSkp(tasks, 1, 3);
    QCOMPARE(*extra.value, mean + 4);
    QCOMPARE(extra.explanation.steps().last().source,
             QStringLiteral("Perka BKN 1/2013, nilai capaian SKP"));

    const ScoreResult negative = Pp46::capaianSkp(tasks, -1, 0);
    QVERIFY(!negative.isComplete());
}

void TestPp46::capaianSkpIncomplete()
{
    Kegiatan open = task(10, 10, 100, 90, 12, 12);
    open.realWaktu.reset();
    const ScoreResult r = Pp46::capaianSkp({task(5, 5, 100, 100, 5, 4), open});
    QVERIFY(!r.isComplete());
    QVERIFY(anyContains(r.explanation.missing(), QStringLiteral("Kegiatan 2")));

    const ScoreResult empty = Pp46::capaianSkp({});
    QVERIFY(!empty.isComplete());
    QCOMPARE(empty.explanation.missing().size(), 1);
}

void TestPp46::perilaku()
{
    const ScoreResult r = Pp46::perilaku(aspects(80, 85, 90, 75, 70), false);
    QVERIFY(r.isComplete());
    QCOMPARE(*r.value, 80.0);

    // Kepemimpinan is not counted for a non-structural position.
    QMap<Pp46Aspect, double> withLead = aspects(80, 85, 90, 75, 70);
    withLead[Pp46Aspect::Kepemimpinan] = 20;
    QCOMPARE(*Pp46::perilaku(withLead, false).value, 80.0);

    QMap<Pp46Aspect, double> missing = aspects(80, 85, 90, 75, 70);
    missing.remove(Pp46Aspect::Disiplin);
    const ScoreResult incomplete = Pp46::perilaku(missing, false);
    QVERIFY(!incomplete.isComplete());
    QCOMPARE(incomplete.explanation.missing(), QStringList{QStringLiteral("Disiplin")});

    const ScoreResult outOfRange = Pp46::perilaku(aspects(80, 85, 101, 75, 70), false);
    QVERIFY(!outOfRange.isComplete());
    QVERIFY(anyContains(outOfRange.explanation.errors(), QStringLiteral("Komitmen")));
}

void TestPp46::perilakuStructural()
{
    QMap<Pp46Aspect, double> scores = aspects(80, 85, 90, 75, 70);
    const ScoreResult noLead = Pp46::perilaku(scores, true);
    QVERIFY(!noLead.isComplete());
    QCOMPARE(noLead.explanation.missing(), QStringList{QStringLiteral("Kepemimpinan")});
    scores[Pp46Aspect::Kepemimpinan] = 86;
    QCOMPARE(*Pp46::perilaku(scores, true).value, 81.0); // 486 / 6
    QCOMPARE(Pp46::aspects(false).size(), 5);
    QCOMPARE(Pp46::aspects(true).size(), 6);
}

void TestPp46::nilaiPrestasi()
{
    const ScoreResult r = Pp46::nilaiPrestasi(88, 80);
    QCOMPARE(*r.value, 84.8); // 60% × 88 + 40% × 80
    QCOMPARE(r.explanation.steps().first().value, QStringLiteral("84.8"));
}

void TestPp46::indonesianNotation()
{
    // The Indonesian UI reads "88,67", not "88.67" (five thousand is "5.000"); the values
    // themselves do not change.
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    const ScoreResult k = Pp46::kegiatan(task(5000, 5000, 100, 90, 12, 12));
    QCOMPARE(*k.value, (100.0 + 90.0 + 76.0) / 3);
    QCOMPARE(k.explanation.steps().last().value, QStringLiteral("88,6666666666667"));
    QStringList formulas;
    for (const ExplanationStep &s : k.explanation.steps())
        formulas << s.formula;
    const QString all = formulas.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("((1,76 × 12 − 12) / 12) × 100")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("5.000")), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("1.76")), qPrintable(all));

    const ScoreResult r = Pp46::nilaiPrestasi(88.5, 80);
    QCOMPARE(*r.value, 0.6 * 88.5 + 0.4 * 80);
    QCOMPARE(r.explanation.steps().first().value, QStringLiteral("85,1"));
    QCOMPARE(r.explanation.steps().first().formula,
             QStringLiteral("60% × SKP + 40% × perilaku = 0,6 × 88,5 + 0,4 × 80"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(Pp46::nilaiPrestasi(88.5, 80).explanation.steps().first().formula,
             QStringLiteral("60% × SKP + 40% × perilaku = 0.6 × 88.5 + 0.4 × 80"));
}

void TestPp46::bands_data()
{
    QTest::addColumn<double>("score");
    QTest::addColumn<QString>("predikat");

    QTest::newRow("100") << 100.0 << QStringLiteral("Sangat Baik");
    QTest::newRow("over 100") << 104.5 << QStringLiteral("Sangat Baik");
    QTest::newRow("91") << 91.0 << QStringLiteral("Sangat Baik");
    QTest::newRow("90.5") << 90.5 << QStringLiteral("Sangat Baik");
    QTest::newRow("90.01") << 90.01 << QStringLiteral("Sangat Baik");
    QTest::newRow("90.005 prints 90.01") << 90.005 << QStringLiteral("Sangat Baik");
    QTest::newRow("90.004 prints 90.00") << 90.004 << QStringLiteral("Baik");
    QTest::newRow("90") << 90.0 << QStringLiteral("Baik");
    QTest::newRow("76") << 76.0 << QStringLiteral("Baik");
    QTest::newRow("75.5") << 75.5 << QStringLiteral("Baik");
    QTest::newRow("75") << 75.0 << QStringLiteral("Cukup");
    QTest::newRow("61") << 61.0 << QStringLiteral("Cukup");
    QTest::newRow("60.5") << 60.5 << QStringLiteral("Cukup");
    QTest::newRow("60") << 60.0 << QStringLiteral("Kurang");
    QTest::newRow("51") << 51.0 << QStringLiteral("Kurang");
    QTest::newRow("50.5") << 50.5 << QStringLiteral("Kurang");
    QTest::newRow("50") << 50.0 << QStringLiteral("Buruk");
    QTest::newRow("0") << 0.0 << QStringLiteral("Buruk");
}

void TestPp46::bands()
{
    QFETCH(double, score);
    QFETCH(QString, predikat);
    const ScoreBand *band = Pp46::band(score);
    QVERIFY(band);
    QCOMPARE(band->name, predikat);
}

void TestPp46::evaluate()
{
    Pp46Input input;
    input.kegiatan = {task(10, 10, 100, 90, 12, 12), task(5, 5, 100, 100, 5, 4)};
    input.perilaku = aspects(80, 85, 90, 75, 70);
    const Result<BandedScore> r = Pp46::evaluate(input);
    QVERIFY(r.isComplete());
    const double skp = ((266.0 / 3) + (296.0 / 3)) / 2; // 93.666…
    const double expected = 0.6 * skp + 0.4 * 80;       // 88.2
    QCOMPARE(r.value->value, expected);
    QCOMPARE(r.value->rounded, 88.2);
    QCOMPARE(r.value->band.name, QStringLiteral("Baik"));
    const QString text = r.explanation.toText();
    QVERIFY2(text.contains(QLatin1String("96")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Perka BKN 1/2013, sebutan nilai prestasi kerja")));
    QCOMPARE(r.explanation.steps().last().value, QStringLiteral("Baik"));
}

void TestPp46::evaluateIncomplete()
{
    Pp46Input input;
    input.kegiatan = {task(10, 10, 100, 90, 12, 12)};
    // No perilaku scores: no nilai prestasi, never a made-up number.
    const Result<BandedScore> r = Pp46::evaluate(input);
    QVERIFY(!r.isComplete());
    QCOMPARE(r.explanation.missing().size(), 5);
}

QTEST_GUILESS_MAIN(TestPp46)
#include "test_pp46.moc"
