#include "scoring/ikm.h"

#include <QLocale>
#include <QTest>

using namespace kinerja;

namespace {

IkmResponse respondent(int row, const QVector<int> &answers)
{
    IkmResponse r;
    r.row = row;
    for (int u = 0; u < IkmUnsurCount && u < answers.size(); ++u) {
        if (answers.at(u) >= 0) // -1 = skipped
            r.answers[u] = answers.at(u);
    }
    return r;
}

// Four respondents, worked by hand:
//           U1 U2 U3 U4 U5 U6 U7 U8 U9
//   row 2:   4  4  3  4  3  3  4  3  3
//   row 3:   3  3  3  4  3  3  3  3  2
//   row 4:   4  3  2  4  3  4  4  3  3
//   row 5:   3  3  3  4  4  3  3  2  3
//   totals: 14 13 11 16 13 13 14 11 11
//   NRR:   3.5 3.25 2.75 4 3.25 3.25 3.5 2.75 2.75 (sum 29)
//   IKM = 29 × 0.111 = 3.219; × 25 = 80.475 → 80.48 → B (Baik).
QVector<IkmResponse> handExample()
{
    return {respondent(2, {4, 4, 3, 4, 3, 3, 4, 3, 3}), respondent(3, {3, 3, 3, 4, 3, 3, 3, 3, 2}),
            respondent(4, {4, 3, 2, 4, 3, 4, 4, 3, 3}), respondent(5, {3, 3, 3, 4, 4, 3, 3, 2, 3})};
}

QVector<IkmResponse> uniform(int answer, int count)
{
    QVector<IkmResponse> list;
    for (int i = 0; i < count; ++i)
        list.append(respondent(i + 2, QVector<int>(IkmUnsurCount, answer)));
    return list;
}

} // namespace

class TestIkm : public QObject {
    Q_OBJECT

private slots:
    // The explanation texts below are in the English UI's notation ("87.43"), whatever
    // LANG is (the Indonesian notation: test_pp46, test_weighted).
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void unsur();
    void handComputedExample();
    void officialWeightIsNotOneNinth();
    void extremes();
    void missingAnswers();
    void unsurWithoutAnswers();
    void invalidAnswersInCompute();
    void parseRows();
    void parseRowsErrors_data();
    void parseRowsErrors();
    void mutu_data();
    void mutu();
};

void TestIkm::unsur()
{
    QCOMPARE(Ikm::unsurCode(0), QStringLiteral("U1"));
    QCOMPARE(Ikm::unsurCode(8), QStringLiteral("U9"));
    QCOMPARE(Ikm::unsurName(0), QStringLiteral("Persyaratan"));
    QCOMPARE(Ikm::unsurName(1), QStringLiteral("Sistem, mekanisme, dan prosedur"));
    QCOMPARE(Ikm::unsurName(7), QStringLiteral("Penanganan pengaduan, saran dan masukan"));
    QCOMPARE(Ikm::unsurName(8), QStringLiteral("Sarana dan prasarana"));
    QCOMPARE(Ikm::unsurName(9), QString());
}

void TestIkm::handComputedExample()
{
    const IkmResult r = Ikm::compute(handExample());
    QVERIFY2(r.isComplete(), qPrintable(r.explanation.toText()));
    const double nrr[IkmUnsurCount] = {3.5, 3.25, 2.75, 4, 3.25, 3.25, 3.5, 2.75, 2.75};
    for (int u = 0; u < IkmUnsurCount; ++u) {
        QCOMPARE(r.answered[u], 4);
        QCOMPARE(*r.nrr[u], nrr[u]);
    }
    QCOMPARE(*r.ikm, 3.219);
    QCOMPARE(r.unit->value, 80.475);
    QCOMPARE(r.unit->rounded, 80.48); // half away from zero, as on paper
    QCOMPARE(r.unit->band.code, QStringLiteral("B"));
    QCOMPARE(r.unit->band.name, QStringLiteral("Baik"));
    // The steps show the unrounded values.
    const QString text = r.explanation.toText();
    QVERIFY2(text.contains(QStringLiteral("3.219 × 25 = 80.475")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("3.5 × 0.111 = 0.3885")));
    QVERIFY(text.contains(QLatin1String("14 / 4 = 3.5")));
}

void TestIkm::officialWeightIsNotOneNinth()
{
    // With exactly 1/9 the same survey gives 29 / 9 × 25 = 80.5555…
    const IkmResult exact = Ikm::compute(handExample(), 1.0 / 9);
    QCOMPARE(exact.unit->rounded, 80.56);
    QCOMPARE(Ikm::compute(handExample()).unit->rounded, 80.48);
}

void TestIkm::extremes()
{
    const IkmResult best = Ikm::compute(uniform(4, 3));
    QCOMPARE(best.unit->value, 99.9); // 4 × 0.111 × 9 × 25
    QCOMPARE(best.unit->band.code, QStringLiteral("A"));

    const IkmResult worst = Ikm::compute(uniform(1, 3));
    QCOMPARE(worst.unit->value, 24.975);
    QCOMPARE(worst.unit->rounded, 24.98); // below the written 25.00, still D
    QCOMPARE(worst.unit->band.code, QStringLiteral("D"));
    QCOMPARE(worst.unit->band.name, QStringLiteral("Tidak Baik"));
}

void TestIkm::missingAnswers()
{
    QVector<IkmResponse> responses = handExample();
    responses[3].answers[7].reset(); // row 5 skipped U8 (was 2)
    const IkmResult r = Ikm::compute(responses);
    QVERIFY(r.isComplete());
    QCOMPARE(r.answered[7], 3);
    QCOMPARE(*r.nrr[7], 3.0); // 9 / 3: divided by those who answered, not by 4
    QCOMPARE(*r.nrr[0], 3.5);
    QCOMPARE(*r.ikm, (29.0 - 2.75 + 3.0) * 0.111);
}

void TestIkm::unsurWithoutAnswers()
{
    QVector<IkmResponse> responses = handExample();
    for (IkmResponse &response : responses)
        response.answers[3].reset(); // nobody answered U4
    const IkmResult r = Ikm::compute(responses);
    QVERIFY(!r.isComplete());
    QVERIFY(!r.ikm);
    QCOMPARE(r.explanation.missing().size(), 1);
    QVERIFY(r.explanation.missing().first().contains(QLatin1String("U4 Biaya/tarif")));
    QVERIFY(!r.nrr[3]);
    QCOMPARE(*r.nrr[0], 3.5); // the others are still computed

    QVERIFY(!Ikm::compute({}).isComplete());
}

void TestIkm::invalidAnswersInCompute()
{
    QVector<IkmResponse> responses = handExample();
    responses[1].answers[2] = 5; // row 3, U3
    responses[3].answers[8] = 0; // row 5, U9
    const IkmResult r = Ikm::compute(responses);
    QVERIFY(!r.isComplete());
    QCOMPARE(r.explanation.errors().size(), 2);
    QVERIFY2(r.explanation.errors().at(0).startsWith(QLatin1String("Row 3, U3")),
             qPrintable(r.explanation.errors().at(0)));
    QVERIFY(r.explanation.errors().at(0).contains(QStringLiteral("“5”")));
    QVERIFY(r.explanation.errors().at(1).startsWith(QLatin1String("Row 5, U9")));
}

void TestIkm::parseRows()
{
    const QVector<QStringList> rows = {
        {QStringLiteral("4"), QStringLiteral("4"), QStringLiteral("3"), QStringLiteral("4"),
         QStringLiteral("3"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("3"),
         QStringLiteral("3"), QStringLiteral("ignored extra cell")},
        {}, // blank line: skipped
        {QStringLiteral(" 3 "), QStringLiteral("3.0"), QString(), QStringLiteral("4,0")}, // short
    };
    const IkmParseResult parsed = Ikm::parseRows(rows);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.errors.join(QLatin1Char('\n'))));
    QCOMPARE(parsed.responses.size(), 2);
    QCOMPARE(parsed.responses.at(0).row, 2);
    QCOMPARE(*parsed.responses.at(0).answers[0], 4);
    QCOMPARE(parsed.responses.at(1).row, 4);
    QCOMPARE(*parsed.responses.at(1).answers[1], 3);
    QVERIFY(!parsed.responses.at(1).answers[2]);
    QCOMPARE(*parsed.responses.at(1).answers[3], 4);
    QVERIFY(!parsed.responses.at(1).answers[8]);
}

void TestIkm::parseRowsErrors_data()
{
    QTest::addColumn<QString>("cell");
    QTest::newRow("0") << QStringLiteral("0");
    QTest::newRow("5") << QStringLiteral("5");
    QTest::newRow("text") << QStringLiteral("baik");
    QTest::newRow("fraction") << QStringLiteral("2.5");
    QTest::newRow("negative") << QStringLiteral("-1");
    QTest::newRow("huge") << QStringLiteral("1e30");
}

void TestIkm::parseRowsErrors()
{
    QFETCH(QString, cell);
    QStringList row(IkmUnsurCount, QStringLiteral("3"));
    row[5] = cell; // U6
    const IkmParseResult parsed =
        Ikm::parseRows({QStringList(IkmUnsurCount, QStringLiteral("4")), row}, 10);
    QVERIFY(!parsed.isValid());
    QCOMPARE(parsed.errors.size(), 1);
    QCOMPARE(
        parsed.errors.first(),
        QStringLiteral("Row 11, U6 (Kompetensi pelaksana): “%1” is not an answer 1–4.").arg(cell));
    QCOMPARE(parsed.responses.size(), 1); // the valid row
}

void TestIkm::mutu_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");

    QTest::newRow("100") << 100.0 << QStringLiteral("A") << QStringLiteral("Sangat Baik");
    QTest::newRow("88.31") << 88.31 << QStringLiteral("A") << QStringLiteral("Sangat Baik");
    QTest::newRow("88.305 rounds to 88.31")
        << 88.305 << QStringLiteral("A") << QStringLiteral("Sangat Baik");
    QTest::newRow("88.30") << 88.30 << QStringLiteral("B") << QStringLiteral("Baik");
    QTest::newRow("88.304") << 88.304 << QStringLiteral("B") << QStringLiteral("Baik");
    QTest::newRow("76.61") << 76.61 << QStringLiteral("B") << QStringLiteral("Baik");
    QTest::newRow("76.60") << 76.60 << QStringLiteral("C") << QStringLiteral("Kurang Baik");
    QTest::newRow("65.00") << 65.0 << QStringLiteral("C") << QStringLiteral("Kurang Baik");
    QTest::newRow("64.995 rounds to 65.00")
        << 64.995 << QStringLiteral("C") << QStringLiteral("Kurang Baik");
    QTest::newRow("64.99") << 64.99 << QStringLiteral("D") << QStringLiteral("Tidak Baik");
    QTest::newRow("25") << 25.0 << QStringLiteral("D") << QStringLiteral("Tidak Baik");
}

void TestIkm::mutu()
{
    QFETCH(double, value);
    QFETCH(QString, code);
    QFETCH(QString, name);
    const ScoreBand *band = Ikm::band(value);
    QVERIFY(band);
    QCOMPARE(band->code, code);
    QCOMPARE(band->name, name);
}

QTEST_GUILESS_MAIN(TestIkm)
#include "test_ikm.moc"
