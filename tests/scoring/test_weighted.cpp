#include "scoring/weighted.h"

#include <QLocale>
#include <QTest>

using namespace kinerja;

namespace {

WeightedIndicator percentIndicator(const QString &id, int weightBp,
                                   const QMap<RaterSource, int> &sources = {
                                       {RaterSource::Supervisor, 10000}})
{
    WeightedIndicator i;
    i.id = id;
    i.name = id.toUpper();
    i.weightBp = weightBp;
    i.scale = IndicatorScale::Percent0to100;
    i.sourceWeightsBp = sources;
    return i;
}

WeightedTemplate templateOf(const QVector<WeightedIndicator> &indicators,
                            MissingPolicy policy = MissingPolicy::Reweight)
{
    WeightedTemplate t = WeightedTemplate::defaultTemplate();
    t.indicators = indicators;
    t.missingPolicy = policy;
    return t;
}

IndicatorRatings supervisor(double value)
{
    IndicatorRatings r;
    r.supervisor = value;
    return r;
}

bool anyContains(const QStringList &items, const QString &part)
{
    for (const QString &item : items) {
        if (item.contains(part))
            return true;
    }
    return false;
}

} // namespace

class TestWeighted : public QObject {
    Q_OBJECT

private slots:
    // The explanation texts below are in the English UI's notation ("87.43"), whatever
    // LANG is; the Indonesian notation is checked where it is named.
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void defaultTemplate();
    void weightsMustTotalExactly100_data();
    void weightsMustTotalExactly100();
    void sourceWeightsMustTotal100();
    void otherValidation();
    void formatBasisPoints_data();
    void formatBasisPoints();
    void parseBasisPoints_data();
    void parseBasisPoints();
    void normalise_data();
    void normalise();
    void reweightVersusZero();
    void reweightVersusZeroWithinIndicator();
    void nothingRated();
    void peersAreAveraged();
    void invalidRating();
    void smallWeightsCount();
    void defaultTemplateEvaluation();
};

void TestWeighted::defaultTemplate()
{
    const WeightedTemplate t = WeightedTemplate::defaultTemplate();
    const Status status = t.validate();
    QVERIFY2(status.isOk(), qPrintable(status.message()));
    QCOMPARE(t.indicators.size(), 5);
    int total = 0;
    for (const WeightedIndicator &i : t.indicators)
        total += i.weightBp;
    QCOMPARE(total, 10000);
    QCOMPARE(t.indicators.at(3).sourceWeightsBp.value(RaterSource::Public), 10000);
    QCOMPARE(t.indicators.at(2).direction, Direction::LowerIsBetter);
    QCOMPARE(t.missingPolicy, MissingPolicy::Reweight);
    QVERIFY(!t.bands.isEmpty());
}

void TestWeighted::weightsMustTotalExactly100_data()
{
    QTest::addColumn<QVector<int>>("weights");
    QTest::addColumn<QString>("error"); // empty = valid

    QTest::newRow("75 + 24.25 + 0.75") << QVector<int>{7500, 2425, 75} << QString();
    QTest::newRow("8 × 0.75 + 94")
        << QVector<int>{75, 75, 75, 75, 75, 75, 75, 75, 9400} << QString();
    QTest::newRow("one short by 0.01%")
        << QVector<int>{7500, 2425, 74} << QStringLiteral("weights total 99.99%, not 100%");
    QTest::newRow("99.25%") << QVector<int>{5000, 4925}
                            << QStringLiteral("weights total 99.25%, not 100%");
    QTest::newRow("3 × 33.33%") << QVector<int>{3333, 3333, 3333}
                                << QStringLiteral("weights total 99.99%, not 100%");
    QTest::newRow("over") << QVector<int>{5000, 5075}
                          << QStringLiteral("weights total 100.75%, not 100%");
}

void TestWeighted::weightsMustTotalExactly100()
{
    QFETCH(QVector<int>, weights);
    QFETCH(QString, error);
    QVector<WeightedIndicator> indicators;
    for (int i = 0; i < weights.size(); ++i)
        indicators.append(percentIndicator(QStringLiteral("i%1").arg(i), weights.at(i)));
    const Status status = templateOf(indicators).validate();
    if (error.isEmpty()) {
        QVERIFY2(status.isOk(), qPrintable(status.message()));
    } else {
        QVERIFY(!status.isOk());
        QVERIFY2(status.message().contains(error), qPrintable(status.message()));
    }
}

void TestWeighted::sourceWeightsMustTotal100()
{
    const WeightedIndicator bad = percentIndicator(
        QStringLiteral("q"), 10000, {{RaterSource::Supervisor, 6000}, {RaterSource::Peers, 3925}});
    const Status status = templateOf({bad}).validate();
    QVERIFY(!status.isOk());
    QVERIFY2(status.message().contains(QLatin1String("99.25%, not 100%")),
             qPrintable(status.message()));
    QVERIFY(status.message().contains(QLatin1String("Q")));
    QCOMPARE(status.field(), QStringLiteral("q"));

    // An invalid template gives no score.
    const Result<BandedScore> r = WeightedScoring::evaluate(templateOf({bad}), {});
    QVERIFY(!r.isComplete());
    QCOMPARE(r.explanation.errors().size(), 1);
}

void TestWeighted::otherValidation()
{
    WeightedIndicator a = percentIndicator(QStringLiteral("a"), 5000);
    WeightedIndicator b = percentIndicator(QStringLiteral("a"), 5000);
    QVERIFY(!templateOf({a, b}).validate().isOk()); // duplicate id

    b.id = QStringLiteral("b");
    b.scale = IndicatorScale::TargetRealisation;
    b.target = 0;
    QVERIFY(!templateOf({a, b}).validate().isOk()); // target 0

    b.target = 10;
    QVERIFY(templateOf({a, b}).validate().isOk());

    a.weightBp = -100;
    b.weightBp = 10100;
    QVERIFY(!templateOf({a, b}).validate().isOk()); // negative weight

    QVERIFY(!templateOf({}).validate().isOk());
}

void TestWeighted::formatBasisPoints_data()
{
    QTest::addColumn<int>("bp");
    QTest::addColumn<QString>("text");
    QTest::newRow("100%") << 10000 << QStringLiteral("100%");
    QTest::newRow("99.25%") << 9925 << QStringLiteral("99.25%");
    QTest::newRow("99.5%") << 9950 << QStringLiteral("99.5%");
    QTest::newRow("99.05%") << 9905 << QStringLiteral("99.05%");
    QTest::newRow("0.75%") << 75 << QStringLiteral("0.75%");
    QTest::newRow("0%") << 0 << QStringLiteral("0%");
    QTest::newRow("negative") << -50 << QStringLiteral("-0.5%");
}

void TestWeighted::formatBasisPoints()
{
    QFETCH(int, bp);
    QFETCH(QString, text);
    QCOMPARE(WeightedScoring::formatBasisPoints(bp), text);
    // Indonesian writes a decimal comma ("25,5%"), and the editor reads it back.
    const QLocale indonesian(QLocale::Indonesian, QLocale::Indonesia);
    const QString local = WeightedScoring::formatBasisPoints(bp, indonesian);
    QCOMPARE(local, QString(text).replace(QLatin1Char('.'), QLatin1Char(',')));
    int parsed = -1;
    if (bp >= 0) {
        QVERIFY(WeightedScoring::parseBasisPoints(local, &parsed));
        QCOMPARE(parsed, bp);
    }
}

void TestWeighted::parseBasisPoints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("bp");
    QTest::newRow("0.75") << QStringLiteral("0.75") << true << 75;
    QTest::newRow("0,75 %") << QStringLiteral(" 0,75 %") << true << 75;
    QTest::newRow("12.5%") << QStringLiteral("12.5%") << true << 1250;
    QTest::newRow("25") << QStringLiteral("25") << true << 2500;
    QTest::newRow("100") << QStringLiteral("100") << true << 10000;
    QTest::newRow("over 100") << QStringLiteral("100.01") << false << -1;
    QTest::newRow("three decimals") << QStringLiteral("0.755") << false << -1;
    QTest::newRow("negative") << QStringLiteral("-1") << false << -1;
    QTest::newRow("text") << QStringLiteral("abc") << false << -1;
    QTest::newRow("empty") << QString() << false << -1;
}

void TestWeighted::parseBasisPoints()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, bp);
    int parsed = -1;
    QCOMPARE(WeightedScoring::parseBasisPoints(text, &parsed), ok);
    QCOMPARE(parsed, bp);
}

void TestWeighted::normalise_data()
{
    QTest::addColumn<int>("scale");
    QTest::addColumn<int>("direction");
    QTest::addColumn<double>("target");
    QTest::addColumn<double>("raw");
    QTest::addColumn<double>("expected"); // -1 = invalid

    const int likert = static_cast<int>(IndicatorScale::Likert1to5);
    const int percent = static_cast<int>(IndicatorScale::Percent0to100);
    const int targetScale = static_cast<int>(IndicatorScale::TargetRealisation);
    const int higher = static_cast<int>(Direction::HigherIsBetter);
    const int lower = static_cast<int>(Direction::LowerIsBetter);

    QTest::newRow("likert 1") << likert << higher << 0.0 << 1.0 << 20.0;
    QTest::newRow("likert 4") << likert << higher << 0.0 << 4.0 << 80.0;
    QTest::newRow("likert 5") << likert << higher << 0.0 << 5.0 << 100.0;
    QTest::newRow("likert 0") << likert << higher << 0.0 << 0.0 << -1.0;
    QTest::newRow("likert 6") << likert << higher << 0.0 << 6.0 << -1.0;
    QTest::newRow("percent 73.5") << percent << higher << 0.0 << 73.5 << 73.5;
    QTest::newRow("percent 101") << percent << higher << 0.0 << 101.0 << -1.0;
    QTest::newRow("higher 18 of 20") << targetScale << higher << 20.0 << 18.0 << 90.0;
    QTest::newRow("higher 30 of 20 capped") << targetScale << higher << 20.0 << 30.0 << 100.0;
    QTest::newRow("higher 0") << targetScale << higher << 20.0 << 0.0 << 0.0;
    QTest::newRow("lower 2 of 3 capped") << targetScale << lower << 3.0 << 2.0 << 100.0;
    QTest::newRow("lower on target") << targetScale << lower << 3.0 << 3.0 << 100.0;
    QTest::newRow("lower 4 of 3") << targetScale << lower << 3.0 << 4.0 << 200.0 / 3;
    QTest::newRow("lower 6 of 3") << targetScale << lower << 3.0 << 6.0 << 0.0;
    QTest::newRow("lower 9 of 3 floored") << targetScale << lower << 3.0 << 9.0 << 0.0;
    QTest::newRow("lower 0 of 3") << targetScale << lower << 3.0 << 0.0 << 100.0;
    QTest::newRow("negative realisation") << targetScale << higher << 20.0 << -1.0 << -1.0;
}

void TestWeighted::normalise()
{
    QFETCH(int, scale);
    QFETCH(int, direction);
    QFETCH(double, target);
    QFETCH(double, raw);
    QFETCH(double, expected);
    WeightedIndicator i;
    i.scale = static_cast<IndicatorScale>(scale);
    i.direction = static_cast<Direction>(direction);
    i.target = target;
    QString error;
    const std::optional<double> score = WeightedScoring::normalise(i, raw, &error);
    if (expected < 0) {
        QVERIFY(!score);
        QVERIFY(!error.isEmpty());
    } else {
        QVERIFY2(score, qPrintable(error));
        QCOMPARE(*score + 1, expected + 1); // +1: fuzzy compare near 0
    }
}

void TestWeighted::reweightVersusZero()
{
    const QVector<WeightedIndicator> two = {percentIndicator(QStringLiteral("a"), 5000),
                                            percentIndicator(QStringLiteral("b"), 5000)};
    const WeightedRatings ratings = {{QStringLiteral("a"), supervisor(80)}};

    const Result<BandedScore> reweight =
        WeightedScoring::evaluate(templateOf(two, MissingPolicy::Reweight), ratings);
    QVERIFY(reweight.isComplete());
    QCOMPARE(reweight.value->value, 80.0);
    QVERIFY(anyContains(reweight.explanation.missing(), QStringLiteral("B")));

    const Result<BandedScore> zero =
        WeightedScoring::evaluate(templateOf(two, MissingPolicy::CountAsZero), ratings);
    QVERIFY(zero.isComplete());
    QCOMPARE(zero.value->value, 40.0);
    QVERIFY(anyContains(zero.explanation.missing(), QStringLiteral("counted as 0")));
}

void TestWeighted::reweightVersusZeroWithinIndicator()
{
    const QVector<WeightedIndicator> one = {percentIndicator(
        QStringLiteral("q"), 10000, {{RaterSource::Supervisor, 6000}, {RaterSource::Peers, 4000}})};
    const WeightedRatings ratings = {{QStringLiteral("q"), supervisor(90)}};
    QCOMPARE(
        WeightedScoring::evaluate(templateOf(one, MissingPolicy::Reweight), ratings).value->value,
        90.0);
    const Result<BandedScore> zero =
        WeightedScoring::evaluate(templateOf(one, MissingPolicy::CountAsZero), ratings);
    QCOMPARE(zero.value->value, 54.0);
    QCOMPARE(zero.explanation.missing().size(), 1);
    QVERIFY(zero.explanation.missing().first().contains(QLatin1String("peers")));
}

void TestWeighted::nothingRated()
{
    const QVector<WeightedIndicator> two = {percentIndicator(QStringLiteral("a"), 5000),
                                            percentIndicator(QStringLiteral("b"), 5000)};
    for (const MissingPolicy policy : {MissingPolicy::Reweight, MissingPolicy::CountAsZero}) {
        const Result<BandedScore> r = WeightedScoring::evaluate(templateOf(two, policy), {});
        QVERIFY(!r.isComplete()); // never a made-up 0
        QVERIFY(!r.explanation.missing().isEmpty());
    }
}

void TestWeighted::peersAreAveraged()
{
    WeightedIndicator likert =
        percentIndicator(QStringLiteral("k"), 10000, {{RaterSource::Peers, 10000}});
    likert.scale = IndicatorScale::Likert1to5;
    IndicatorRatings r;
    r.peers = {3, 4, 5}; // 60, 80, 100
    const Result<BandedScore> result =
        WeightedScoring::evaluate(templateOf({likert}), {{QStringLiteral("k"), r}});
    QCOMPARE(result.value->value, 80.0);
}

void TestWeighted::invalidRating()
{
    const Result<BandedScore> r =
        WeightedScoring::evaluate(templateOf({percentIndicator(QStringLiteral("a"), 10000)}),
                                  {{QStringLiteral("a"), supervisor(120)}});
    QVERIFY(!r.isComplete());
    QCOMPARE(r.explanation.errors().size(), 1);
    QVERIFY(r.explanation.errors().first().contains(QStringLiteral("A — supervisor")));
}

void TestWeighted::smallWeightsCount()
{
    // 0.75% weights do not round away: 99.25% × 100 + 0.75% × 0 = 99.25.
    const QVector<WeightedIndicator> indicators = {percentIndicator(QStringLiteral("big"), 9925),
                                                   percentIndicator(QStringLiteral("small"), 75)};
    const WeightedRatings ratings = {{QStringLiteral("big"), supervisor(100)},
                                     {QStringLiteral("small"), supervisor(0)}};
    const Result<BandedScore> r = WeightedScoring::evaluate(templateOf(indicators), ratings);
    QCOMPARE(r.value->value, 99.25);
    QVERIFY(r.explanation.toText().contains(QLatin1String("0.75%")));
}

void TestWeighted::defaultTemplateEvaluation()
{
    const WeightedTemplate t = WeightedTemplate::defaultTemplate();
    WeightedRatings ratings;
    IndicatorRatings timeliness = supervisor(90);
    timeliness.self = 100; // 0.8 × 90 + 0.2 × 100 = 92
    ratings[QStringLiteral("ketepatan-waktu")] = timeliness;
    IndicatorRatings quality = supervisor(4); // 80
    quality.peers = {4, 5};                   // 90
    quality.self = 5;                         // 100 → 0.5 × 80 + 0.3 × 90 + 0.2 × 100 = 87
    ratings[QStringLiteral("kualitas-layanan")] = quality;
    ratings[QStringLiteral("respon-pengaduan")] = supervisor(4); // (6 − 4) / 3 × 100
    IndicatorRatings publicScore;
    publicScore.publicScore = 80.48; // the unit's IKM
    ratings[QStringLiteral("kepuasan-masyarakat")] = publicScore;
    ratings[QStringLiteral("pengembangan-kompetensi")] = supervisor(24); // 120 → 100

    const Result<BandedScore> r = WeightedScoring::evaluate(t, ratings);
    QVERIFY2(r.isComplete(), qPrintable(r.explanation.toText()));
    const double expected = 0.25 * 92 + 0.25 * 87 + 0.2 * (200.0 / 3) + 0.2 * 80.48 + 0.1 * 100;
    QCOMPARE(r.value->value, expected); // 84.1793…
    QCOMPARE(r.value->rounded, 84.18);
    QCOMPARE(r.value->band.name, QStringLiteral("Baik"));
    QVERIFY(r.explanation.missing().isEmpty());
}

QTEST_GUILESS_MAIN(TestWeighted)
#include "test_weighted.moc"
