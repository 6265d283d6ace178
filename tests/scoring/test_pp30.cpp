#include "scoring/pp30.h"

#include <QLocale>
#include <QTest>

using namespace kinerja;

namespace {

QMap<Pp30Aspect, double> allAspects(double value)
{
    return {{Pp30Aspect::OrientasiPelayanan, value},
            {Pp30Aspect::Komitmen, value},
            {Pp30Aspect::InisiatifKerja, value},
            {Pp30Aspect::KerjaSama, value}};
}

Pp30Input input(double skp, double perilaku, bool newIdea = false,
                Pp30Weighting weighting = Pp30Weighting::Skp70Perilaku30)
{
    Pp30Input in;
    in.capaianSkp = skp;
    in.perilaku = allAspects(perilaku);
    in.newIdea = newIdea;
    in.weighting = weighting;
    return in;
}

} // namespace

class TestPp30 : public QObject {
    Q_OBJECT

private slots:
    // The explanation texts below are in the English UI's notation ("87.43"), whatever
    // LANG is (the Indonesian notation: test_pp46, test_weighted).
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void weighting();
    void evaluate_data();
    void evaluate();
    void bandsAreData();
    void perilaku();
    void incomplete();
};

void TestPp30::weighting()
{
    QCOMPARE(Pp30::skpWeightPercent(Pp30Weighting::Skp70Perilaku30), 70);
    QCOMPARE(Pp30::skpWeightPercent(Pp30Weighting::Skp60Perilaku40), 60);
    QCOMPARE(Pp30::weightingName(Pp30Weighting::Skp60Perilaku40),
             QStringLiteral("SKP 60% + perilaku 40%"));

    // The same scores under both settings.
    const Result<BandedScore> seventy = Pp30::evaluate(input(120, 90));
    QCOMPARE(seventy.value->value, 111.0); // 0.7 × 120 + 0.3 × 90
    const Result<BandedScore> sixty =
        Pp30::evaluate(input(120, 90, false, Pp30Weighting::Skp60Perilaku40));
    QCOMPARE(sixty.value->value, 108.0); // 0.6 × 120 + 0.4 × 90
}

void TestPp30::evaluate_data()
{
    QTest::addColumn<double>("score"); // SKP and perilaku alike, so the nilai equals it
    QTest::addColumn<bool>("newIdea");
    QTest::addColumn<QString>("predikat");

    QTest::newRow("120 with a new idea") << 120.0 << true << QStringLiteral("Sangat Baik");
    QTest::newRow("110 with a new idea") << 110.0 << true << QStringLiteral("Sangat Baik");
    QTest::newRow("115 without a new idea") << 115.0 << false << QStringLiteral("Baik");
    QTest::newRow("109.99 with a new idea") << 109.99 << true << QStringLiteral("Baik");
    QTest::newRow("109.995 prints 110.00") << 109.995 << true << QStringLiteral("Sangat Baik");
    QTest::newRow("100") << 100.0 << false << QStringLiteral("Baik");
    QTest::newRow("90") << 90.0 << false << QStringLiteral("Baik");
    QTest::newRow("89.99") << 89.99 << false << QStringLiteral("Cukup");
    QTest::newRow("70") << 70.0 << false << QStringLiteral("Cukup");
    QTest::newRow("69.99") << 69.99 << false << QStringLiteral("Kurang");
    QTest::newRow("50") << 50.0 << false << QStringLiteral("Kurang");
    QTest::newRow("49.99") << 49.99 << false << QStringLiteral("Sangat Kurang");
    QTest::newRow("0") << 0.0 << false << QStringLiteral("Sangat Kurang");
}

void TestPp30::evaluate()
{
    QFETCH(double, score);
    QFETCH(bool, newIdea);
    QFETCH(QString, predikat);
    const Result<BandedScore> r = Pp30::evaluate(input(score, score, newIdea));
    QVERIFY2(r.isComplete(), qPrintable(r.explanation.toText()));
    QCOMPARE(r.value->band.name, predikat);
    QCOMPARE(Pp30::band(score, newIdea)->name, predikat);
}

void TestPp30::bandsAreData()
{
    const BandSet &bands = Pp30::bands();
    QCOMPARE(bands.size(), 5);
    QCOMPARE(bands.at(0).name, QStringLiteral("Sangat Baik"));
    QVERIFY(bands.at(0).requiresInnovation);
    QVERIFY(bands.at(0).confirmed);
    QVERIFY(bands.at(1).confirmed); // Baik
    QVERIFY(bands.at(2).confirmed); // Cukup
    QCOMPARE(bands.at(3).name, QStringLiteral("Kurang"));
    QVERIFY(!bands.at(3).confirmed);
    QCOMPARE(bands.at(4).name, QStringLiteral("Sangat Kurang"));
    QVERIFY(!bands.at(4).confirmed);

    // An unconfirmed band says so in the explanation.
    const Result<BandedScore> r = Pp30::evaluate(input(60, 60));
    QVERIFY(r.explanation.steps().last().formula.contains(QLatin1String("not confirmed")));
}

void TestPp30::perilaku()
{
    QMap<Pp30Aspect, double> scores = allAspects(100);
    scores[Pp30Aspect::KerjaSama] = 80;
    QCOMPARE(*Pp30::perilaku(scores, false).value, 95.0);
    const ScoreResult lead = Pp30::perilaku(scores, true);
    QVERIFY(!lead.isComplete());
    QCOMPARE(lead.explanation.missing(), QStringList{QStringLiteral("Kepemimpinan")});
    scores[Pp30Aspect::Kepemimpinan] = 105;
    QCOMPARE(*Pp30::perilaku(scores, true).value, 97.0);
    QCOMPARE(*Pp30::perilaku(scores, false).value, 95.0); // not counted without a structural post
}

void TestPp30::incomplete()
{
    Pp30Input noSkp = input(100, 100);
    noSkp.capaianSkp.reset();
    const Result<BandedScore> r = Pp30::evaluate(noSkp);
    QVERIFY(!r.isComplete());
    QCOMPARE(r.explanation.missing().size(), 1);

    const Result<BandedScore> tooHigh = Pp30::evaluate(input(121, 100));
    QVERIFY(!tooHigh.isComplete());
    QCOMPARE(tooHigh.explanation.errors().size(), 1);

    Pp30Input noAspects = input(100, 100);
    noAspects.perilaku.clear();
    QCOMPARE(Pp30::evaluate(noAspects).explanation.missing().size(), 4);
}

QTEST_GUILESS_MAIN(TestPp30)
#include "test_pp30.moc"
