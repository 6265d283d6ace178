// Explain::No (bulk recompute) against Explain::Yes ("explain this score"): the same
// value, predikat, missing items and errors on a wide spread of inputs, valid or not,
// for PP 46/2011, PP 30/2019 and weighted templates. Only the steps differ.
#include "scoring/pp30.h"
#include "scoring/pp46.h"
#include "scoring/weighted.h"

#include <QLocale>
#include <QSet>
#include <QTest>

#include <cstdint>

using namespace kinerja;

namespace {

constexpr int Cases = 4000;

// A small fixed generator, so that every run (and platform) sees the same inputs.
class Dice {
public:
    explicit Dice(std::uint32_t seed) : m_state(seed) {}
    int below(int n)
    {
        m_state = m_state * 1664525u + 1013904223u;
        return static_cast<int>((m_state >> 8) % static_cast<std::uint32_t>(n));
    }
    bool chance(int percent) { return below(100) < percent; }
    double pick(std::initializer_list<double> values)
    {
        return *(values.begin() + below(static_cast<int>(values.size())));
    }
    std::optional<double> maybe(int percentMissing, std::initializer_list<double> values)
    {
        if (chance(percentMissing))
            return std::nullopt;
        return pick(values);
    }

private:
    std::uint32_t m_state;
};

// Empty when the two results agree on everything but the steps; else what differs.
QString difference(const Result<double> &fast, const Result<double> &full)
{
    if (fast.value.has_value() != full.value.has_value())
        return QStringLiteral("completeness differs");
    if (fast.value && !(*fast.value == *full.value))
        return QStringLiteral("value %1 vs %2")
            .arg(QString::number(*fast.value, 'g', 17), QString::number(*full.value, 'g', 17));
    if (fast.explanation.missing() != full.explanation.missing())
        return QStringLiteral("missing differs: ") + fast.explanation.toText() +
               QStringLiteral(" | ") + full.explanation.toText();
    if (fast.explanation.errors() != full.explanation.errors())
        return QStringLiteral("errors differ: ") + fast.explanation.toText() +
               QStringLiteral(" | ") + full.explanation.toText();
    if (!fast.explanation.steps().isEmpty())
        return QStringLiteral("Explain::No recorded steps");
    if (full.value && full.explanation.steps().isEmpty())
        return QStringLiteral("Explain::Yes recorded no steps");
    return QString();
}

QString difference(const Result<BandedScore> &fast, const Result<BandedScore> &full)
{
    Result<double> a(Explain::No), b;
    a.explanation = fast.explanation;
    b.explanation = full.explanation;
    if (fast.value)
        a.value = fast.value->value;
    if (full.value)
        b.value = full.value->value;
    if (const QString d = difference(a, b); !d.isEmpty())
        return d;
    if (fast.value && (!(fast.value->rounded == full.value->rounded) ||
                       fast.value->band.name != full.value->band.name))
        return QStringLiteral("predikat %1 %2 vs %3 %4")
            .arg(QString::number(fast.value->rounded, 'f', 2), fast.value->band.name,
                 QString::number(full.value->rounded, 'f', 2), full.value->band.name);
    return QString();
}

// `flaws`: the percentage of fields given invalid or left out (0: a complete input).
Kegiatan randomKegiatan(Dice &dice, int flaws)
{
    Kegiatan k;
    // Targets and realisations of all sizes: nothing realised, realisations beyond
    // 1.76 × T, efficiency exactly 24% (12.5 / 9.5), costs with both formulas.
    k.targetKuantitas =
        dice.chance(flaws) ? dice.pick({0, -2}) : dice.pick({1, 4, 5, 10, 12.5, 30});
    k.realKuantitas =
        dice.chance(flaws) ? dice.maybe(50, {-1}) : dice.pick({0, 3, 4, 5, 8, 10, 33});
    k.targetKualitas = dice.chance(flaws) ? 0 : dice.pick({100, 90, 80});
    k.realKualitas = dice.chance(flaws) ? dice.maybe(50, {-5}) : dice.pick({60, 80, 95, 100, 110});
    k.targetWaktu = dice.chance(flaws) ? dice.pick({0, -1}) : dice.pick({12, 12.5, 6, 3});
    k.realWaktu = dice.chance(flaws) ? dice.maybe(50, {-1})
                                     : dice.pick({1, 3, 5, 6, 9.5, 10, 12, 12.5, 15, 22, 25});
    if (dice.chance(35)) {
        k.targetBiaya = dice.chance(flaws) ? -3 : dice.pick({0, 1000, 2500000, 12.5});
        k.realBiaya = dice.chance(flaws)
                          ? dice.maybe(50, {-1})
                          : dice.pick({0, 500, 750, 1000, 1900, 2000000, 2600000, 9.5});
    }
    if (dice.chance(50))
        k.name = QStringLiteral("Menyusun laporan %1").arg(dice.below(10));
    return k;
}

Pp46Input randomPp46(Dice &dice)
{
    const int flaws = dice.chance(50) ? 0 : 6;
    Pp46Input in;
    const int tasks = dice.chance(flaws / 2) ? 0 : 1 + dice.below(5);
    for (int i = 0; i < tasks; ++i)
        in.kegiatan.append(randomKegiatan(dice, flaws));
    in.tugasTambahan = dice.chance(flaws) ? -1 : dice.pick({0, 0, 1, 2, 3});
    in.kreativitas = dice.chance(flaws) ? -2 : dice.pick({0, 0, 0, 3, 6, 12});
    in.structural = dice.chance(40);
    for (int a = 0; a <= static_cast<int>(Pp46Aspect::Kepemimpinan); ++a) {
        if (!dice.chance(flaws))
            in.perilaku.insert(static_cast<Pp46Aspect>(a),
                               dice.pick({0, 45.5, 60, 75, 76, 80, 88.75, 90, 91, 100}));
        else if (dice.chance(50))
            in.perilaku.insert(static_cast<Pp46Aspect>(a), dice.pick({101, -1}));
    }
    return in;
}

Pp30Input randomPp30(Dice &dice)
{
    const int flaws = dice.chance(50) ? 0 : 8;
    Pp30Input in;
    in.capaianSkp = dice.chance(flaws)
                        ? dice.maybe(50, {121, -1})
                        : dice.pick({0, 49.99, 50, 69.5, 70, 89.99, 90, 100, 109.995, 110, 120});
    in.structural = dice.chance(40);
    in.newIdea = dice.chance(30);
    in.weighting =
        dice.chance(50) ? Pp30Weighting::Skp70Perilaku30 : Pp30Weighting::Skp60Perilaku40;
    for (int a = 0; a <= static_cast<int>(Pp30Aspect::Kepemimpinan); ++a) {
        if (!dice.chance(flaws))
            in.perilaku.insert(static_cast<Pp30Aspect>(a),
                               dice.pick({0, 50, 70, 89.5, 90, 100, 110, 115.25, 120}));
        else if (dice.chance(50))
            in.perilaku.insert(static_cast<Pp30Aspect>(a), dice.pick({120.5, -3}));
    }
    return in;
}

WeightedRatings randomRatings(Dice &dice, const WeightedTemplate &t)
{
    const int flaws = dice.chance(50) ? 0 : 10;
    WeightedRatings ratings;
    for (const WeightedIndicator &indicator : t.indicators) {
        if (dice.chance(flaws))
            continue; // not rated at all
        // Raw values on the indicator's scale, or (a flaw) off every scale.
        const auto raw = [&]() -> double {
            if (dice.chance(flaws))
                return dice.pick({-1, 101});
            switch (indicator.scale) {
            case IndicatorScale::Likert1to5:
                return dice.pick({1, 2.5, 3, 4, 5});
            case IndicatorScale::Percent0to100:
                return dice.pick({0, 45, 80, 99.5, 100});
            case IndicatorScale::TargetRealisation:
                break;
            }
            return dice.pick({0, 1, 2, 3, 4, 6, 12, 20, 25, 40});
        };
        IndicatorRatings r;
        if (dice.chance(70))
            r.self = raw();
        if (dice.chance(85))
            r.supervisor = raw();
        const int peers = dice.below(4);
        for (int i = 0; i < peers; ++i)
            r.peers.append(raw());
        if (dice.chance(70))
            r.publicScore = raw();
        ratings.insert(indicator.id, r);
    }
    return ratings;
}

} // namespace

class TestExplainModes : public QObject {
    Q_OBJECT

private slots:
    // The explanation texts below are in the English UI's notation ("87.43"), whatever
    // LANG is (the Indonesian notation: test_pp46, test_weighted).
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void explanationWithoutSteps();
    void pp46();
    void pp46Parts();
    void pp30();
    void weighted();
};

void TestExplainModes::explanationWithoutSteps()
{
    Explanation ex(Explain::No);
    QVERIFY(!ex.recordsSteps());
    ex.addStep(QStringLiteral("a"), QStringLiteral("1 + 1"), QStringLiteral("2"));
    ex.addMissing(QStringLiteral("b"));
    ex.addError(QStringLiteral("c"));
    Explanation full;
    full.addStep(QStringLiteral("d"), QString(), QStringLiteral("4"));
    full.addMissing(QStringLiteral("e"));
    ex.append(full);
    QVERIFY(ex.steps().isEmpty());
    QCOMPARE(ex.missing(), (QStringList{QStringLiteral("b"), QStringLiteral("e")}));
    QCOMPARE(ex.errors(), QStringList{QStringLiteral("c")});
    QVERIFY(Explanation().recordsSteps());
    QCOMPARE(ScoreResult(Explain::No).explanation.mode(), Explain::No);
}

void TestExplainModes::pp46()
{
    Dice dice(46);
    int complete = 0, incomplete = 0;
    QSet<QString> predikats;
    for (int i = 0; i < Cases; ++i) {
        const Pp46Input in = randomPp46(dice);
        const Result<BandedScore> fast = Pp46::evaluate(in, Explain::No);
        const Result<BandedScore> full = Pp46::evaluate(in);
        const QString d = difference(fast, full);
        QVERIFY2(d.isEmpty(), qPrintable(QStringLiteral("case %1: %2").arg(i).arg(d)));
        (full.value ? complete : incomplete)++;
        if (full.value)
            predikats.insert(full.value->band.name);
    }
    // The inputs reach both outcomes and every band.
    QVERIFY(complete > Cases / 10);
    QVERIFY(incomplete > Cases / 10);
    QCOMPARE(predikats.size(), Pp46::bands().size());
}

void TestExplainModes::pp46Parts()
{
    Dice dice(461);
    for (int i = 0; i < Cases; ++i) {
        const Pp46Input in = randomPp46(dice);
        QString d;
        if (!in.kegiatan.isEmpty())
            d = difference(Pp46::kegiatan(in.kegiatan.first(), Explain::No),
                           Pp46::kegiatan(in.kegiatan.first()));
        if (d.isEmpty())
            d = difference(
                Pp46::capaianSkp(in.kegiatan, in.tugasTambahan, in.kreativitas, Explain::No),
                Pp46::capaianSkp(in.kegiatan, in.tugasTambahan, in.kreativitas));
        if (d.isEmpty())
            d = difference(Pp46::perilaku(in.perilaku, in.structural, Explain::No),
                           Pp46::perilaku(in.perilaku, in.structural));
        QVERIFY2(d.isEmpty(), qPrintable(QStringLiteral("case %1: %2").arg(i).arg(d)));
    }
}

void TestExplainModes::pp30()
{
    Dice dice(30);
    int complete = 0, incomplete = 0;
    QSet<QString> predikats;
    for (int i = 0; i < Cases; ++i) {
        const Pp30Input in = randomPp30(dice);
        const Result<BandedScore> fast = Pp30::evaluate(in, Explain::No);
        const Result<BandedScore> full = Pp30::evaluate(in);
        const QString d = difference(fast, full);
        QVERIFY2(d.isEmpty(), qPrintable(QStringLiteral("case %1: %2").arg(i).arg(d)));
        (full.value ? complete : incomplete)++;
        if (full.value)
            predikats.insert(full.value->band.name);
    }
    QVERIFY(complete > Cases / 10);
    QVERIFY(incomplete > Cases / 10);
    QCOMPARE(predikats.size(), Pp30::bands().size());
}

void TestExplainModes::weighted()
{
    WeightedTemplate reweight = WeightedTemplate::defaultTemplate();
    WeightedTemplate asZero = reweight;
    asZero.missingPolicy = MissingPolicy::CountAsZero;
    WeightedTemplate invalid = reweight;
    invalid.indicators.first().weightBp -= 75; // weights total 99.25%
    const QVector<WeightedTemplate> templates = {reweight, asZero, invalid};

    Dice dice(2011);
    int complete = 0, incomplete = 0;
    for (int i = 0; i < Cases; ++i) {
        const WeightedTemplate &t = templates.at(i % templates.size());
        const WeightedRatings ratings = randomRatings(dice, t);
        const Result<BandedScore> fast = WeightedScoring::evaluate(t, ratings, Explain::No);
        const Result<BandedScore> full = WeightedScoring::evaluate(t, ratings);
        const QString d = difference(fast, full);
        QVERIFY2(d.isEmpty(), qPrintable(QStringLiteral("case %1: %2").arg(i).arg(d)));
        (full.value ? complete : incomplete)++;
    }
    QVERIFY(complete > Cases / 10);
    QVERIFY(incomplete > Cases / 10);
}

QTEST_GUILESS_MAIN(TestExplainModes)
#include "test_explain_modes.moc"
