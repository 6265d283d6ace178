#include "domain/grade.h"

#include <QTest>

using namespace kinerja;

class TestGrade : public QObject {
    Q_OBJECT

private slots:
    void pnsNames_data();
    void pnsNames();
    void pnsCodes();
    void pppkCodes();
    void pppkDisplay();
    void roman_data();
    void roman();
    void invalidCodes();
    void validFor();
    void parsePns_data();
    void parsePns();
    void parsePppk_data();
    void parsePppk();
    void parseRoundTrip();
    void statusNames();
    void parseStatus_data();
    void parseStatus();
};

void TestGrade::pnsNames_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("pangkat");
    QTest::addColumn<QString>("label");

    const auto row = [](int code, const char *pangkat, const char *label) {
        QTest::newRow(label) << code << QString::fromLatin1(pangkat) << QString::fromLatin1(label);
    };
    row(11, "Juru Muda", "I/a");
    row(12, "Juru Muda Tingkat I", "I/b");
    row(13, "Juru", "I/c");
    row(14, "Juru Tingkat I", "I/d");
    row(21, "Pengatur Muda", "II/a");
    row(22, "Pengatur Muda Tingkat I", "II/b");
    row(23, "Pengatur", "II/c");
    row(24, "Pengatur Tingkat I", "II/d");
    row(31, "Penata Muda", "III/a");
    row(32, "Penata Muda Tingkat I", "III/b");
    row(33, "Penata", "III/c");
    row(34, "Penata Tingkat I", "III/d");
    row(41, "Pembina", "IV/a");
    row(42, "Pembina Tingkat I", "IV/b");
    row(43, "Pembina Utama Muda", "IV/c");
    row(44, "Pembina Utama Madya", "IV/d");
    row(45, "Pembina Utama", "IV/e");
}

void TestGrade::pnsNames()
{
    QFETCH(int, code);
    QFETCH(QString, pangkat);
    QFETCH(QString, label);

    QVERIFY(Grade::isValidPns(code));
    QCOMPARE(Grade::pangkatName(code), pangkat);
    QCOMPARE(Grade::golonganLabel(EmployeeStatus::Pns, code), label);
    QCOMPARE(Grade::golonganLabel(EmployeeStatus::Cpns, code), label);
    QCOMPARE(Grade::display(EmployeeStatus::Pns, code), pangkat + QLatin1String(", ") + label);
    QCOMPARE(Grade::display(EmployeeStatus::Cpns, code), pangkat + QLatin1String(", ") + label);
}

void TestGrade::pnsCodes()
{
    const QVector<int> expected = {11, 12, 13, 14, 21, 22, 23, 24, 31,
                                   32, 33, 34, 41, 42, 43, 44, 45};
    QCOMPARE(Grade::pnsCodes(), expected);
    QCOMPARE(Grade::display(EmployeeStatus::Pns, 32),
             QStringLiteral("Penata Muda Tingkat I, III/b"));
}

void TestGrade::pppkCodes()
{
    const QVector<int> codes = Grade::pppkCodes();
    QCOMPARE(codes.size(), 17);
    for (int i = 0; i < codes.size(); ++i) {
        QCOMPARE(codes.at(i), i + 1);
        QVERIFY(Grade::isValidPppk(codes.at(i)));
    }
}

void TestGrade::pppkDisplay()
{
    QCOMPARE(Grade::golonganLabel(EmployeeStatus::Pppk, 9), QStringLiteral("IX"));
    QCOMPARE(Grade::display(EmployeeStatus::Pppk, 9), QStringLiteral("Golongan IX"));
    QCOMPARE(Grade::display(EmployeeStatus::Pppk, 1), QStringLiteral("Golongan I"));
    QCOMPARE(Grade::display(EmployeeStatus::Pppk, 17), QStringLiteral("Golongan XVII"));
    QVERIFY(Grade::pangkatName(9).isEmpty()); // PPPK has no pangkat name
}

void TestGrade::roman_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    const char *const numerals[] = {"I", "II", "III", "IV",   "V",   "VI", "VII", "VIII", "IX",
                                    "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII"};
    for (int i = 0; i < 17; ++i)
        QTest::addRow("%d", i + 1) << i + 1 << QString::fromLatin1(numerals[i]);
    QTest::newRow("0") << 0 << QString();
    QTest::newRow("18") << 18 << QString();
    QTest::newRow("-1") << -1 << QString();
}

void TestGrade::roman()
{
    QFETCH(int, n);
    QFETCH(QString, expected);
    QCOMPARE(Grade::roman(n), expected);
}

void TestGrade::invalidCodes()
{
    for (const int code : {0, 1, 9, 10, 15, 20, 25, 35, 40, 46, 51, -11, 111}) {
        QVERIFY2(!Grade::isValidPns(code), qPrintable(QString::number(code)));
        QVERIFY(Grade::pangkatName(code).isEmpty());
        QVERIFY(Grade::golonganLabel(EmployeeStatus::Pns, code).isEmpty());
        QVERIFY(Grade::display(EmployeeStatus::Pns, code).isEmpty());
    }
    for (const int code : {0, 18, 32, -1}) {
        QVERIFY2(!Grade::isValidPppk(code), qPrintable(QString::number(code)));
        QVERIFY(Grade::golonganLabel(EmployeeStatus::Pppk, code).isEmpty());
        QVERIFY(Grade::display(EmployeeStatus::Pppk, code).isEmpty());
    }
}

void TestGrade::validFor()
{
    QVERIFY(Grade::isValidFor(EmployeeStatus::Pns, 32));
    QVERIFY(Grade::isValidFor(EmployeeStatus::Cpns, 31));
    QVERIFY(!Grade::isValidFor(EmployeeStatus::Pppk, 32));
    QVERIFY(Grade::isValidFor(EmployeeStatus::Pppk, 9));
    QVERIFY(!Grade::isValidFor(EmployeeStatus::Pns, 9));
    QVERIFY(!Grade::isValidFor(EmployeeStatus::Cpns, 0));
}

void TestGrade::parsePns_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code");

    QTest::newRow("III/b") << QStringLiteral("III/b") << 32;
    QTest::newRow("iii/b") << QStringLiteral("iii/b") << 32;
    QTest::newRow("III/B") << QStringLiteral("III/B") << 32;
    QTest::newRow("III b") << QStringLiteral("III b") << 32;
    QTest::newRow("III / b") << QStringLiteral(" III / b ") << 32;
    QTest::newRow("III-b") << QStringLiteral("III-b") << 32;
    QTest::newRow("IIIb") << QStringLiteral("IIIb") << 32;
    QTest::newRow("3b") << QStringLiteral("3b") << 32;
    QTest::newRow("3/b") << QStringLiteral("3/b") << 32;
    QTest::newRow("3 B") << QStringLiteral("3 B") << 32;
    QTest::newRow("I/a") << QStringLiteral("I/a") << 11;
    QTest::newRow("II/d") << QStringLiteral("II/d") << 24;
    QTest::newRow("IV/a") << QStringLiteral("IV/a") << 41;
    QTest::newRow("ive") << QStringLiteral("ive") << 45;
    QTest::newRow("4e") << QStringLiteral("4e") << 45;
    QTest::newRow("golongan prefix") << QStringLiteral("Golongan III/c") << 33;
    QTest::newRow("gol. prefix") << QStringLiteral("gol. IV/b") << 42;
    QTest::newRow("display form") << QStringLiteral("Penata Muda Tingkat I, III/b") << 32;
    QTest::newRow("pangkat name") << QStringLiteral("pembina utama madya") << 44;

    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("I/e does not exist") << QStringLiteral("I/e") << 0;
    QTest::newRow("III/e does not exist") << QStringLiteral("III/e") << 0;
    QTest::newRow("III/f") << QStringLiteral("III/f") << 0;
    QTest::newRow("V/a") << QStringLiteral("V/a") << 0;
    QTest::newRow("5a") << QStringLiteral("5a") << 0;
    QTest::newRow("0a") << QStringLiteral("0a") << 0;
    QTest::newRow("no ruang") << QStringLiteral("III") << 0;
    QTest::newRow("only ruang") << QStringLiteral("b") << 0;
    QTest::newRow("PPPK golongan") << QStringLiteral("IX") << 0;
    QTest::newRow("IIII/b") << QStringLiteral("IIII/b") << 0;
    QTest::newRow("III//b") << QStringLiteral("III//b") << 0;
    QTest::newRow("stored code") << QStringLiteral("32") << 0;
}

void TestGrade::parsePns()
{
    QFETCH(QString, text);
    QFETCH(int, code);
    QCOMPARE(Grade::parse(EmployeeStatus::Pns, text), code);
    QCOMPARE(Grade::parse(EmployeeStatus::Cpns, text), code);
}

void TestGrade::parsePppk_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code");

    QTest::newRow("IX") << QStringLiteral("IX") << 9;
    QTest::newRow("ix") << QStringLiteral("ix") << 9;
    QTest::newRow("9") << QStringLiteral("9") << 9;
    QTest::newRow("09") << QStringLiteral("09") << 9;
    QTest::newRow("Golongan IX") << QStringLiteral("Golongan IX") << 9;
    QTest::newRow("golongan 9") << QStringLiteral(" golongan 9 ") << 9;
    QTest::newRow("I") << QStringLiteral("I") << 1;
    QTest::newRow("XVII") << QStringLiteral("XVII") << 17;
    QTest::newRow("17") << QStringLiteral("17") << 17;
    QTest::newRow("IV") << QStringLiteral("IV") << 4;

    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("XVIII") << QStringLiteral("XVIII") << 0;
    QTest::newRow("18") << QStringLiteral("18") << 0;
    QTest::newRow("0") << QStringLiteral("0") << 0;
    QTest::newRow("-1") << QStringLiteral("-1") << 0;
    QTest::newRow("+9") << QStringLiteral("+9") << 0;
    QTest::newRow("VIIII") << QStringLiteral("VIIII") << 0;
    QTest::newRow("PNS golongan ruang") << QStringLiteral("III/b") << 0;
    QTest::newRow("Golongan alone") << QStringLiteral("Golongan") << 0;
}

void TestGrade::parsePppk()
{
    QFETCH(QString, text);
    QFETCH(int, code);
    QCOMPARE(Grade::parse(EmployeeStatus::Pppk, text), code);
}

void TestGrade::parseRoundTrip()
{
    for (const int code : Grade::pnsCodes()) {
        QCOMPARE(Grade::parse(EmployeeStatus::Pns, Grade::display(EmployeeStatus::Pns, code)),
                 code);
        QCOMPARE(Grade::parse(EmployeeStatus::Pns, Grade::golonganLabel(EmployeeStatus::Pns, code)),
                 code);
    }
    for (const int code : Grade::pppkCodes()) {
        QCOMPARE(Grade::parse(EmployeeStatus::Pppk, Grade::display(EmployeeStatus::Pppk, code)),
                 code);
        QCOMPARE(
            Grade::parse(EmployeeStatus::Pppk, Grade::golonganLabel(EmployeeStatus::Pppk, code)),
            code);
    }
}

void TestGrade::statusNames()
{
    QCOMPARE(statusName(EmployeeStatus::Pns), QStringLiteral("PNS"));
    QCOMPARE(statusName(EmployeeStatus::Cpns), QStringLiteral("CPNS"));
    QCOMPARE(statusName(EmployeeStatus::Pppk), QStringLiteral("PPPK"));
}

void TestGrade::parseStatus_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("status");

    const int pns = static_cast<int>(EmployeeStatus::Pns);
    const int cpns = static_cast<int>(EmployeeStatus::Cpns);
    const int pppk = static_cast<int>(EmployeeStatus::Pppk);
    QTest::newRow("PNS") << QStringLiteral("PNS") << true << pns;
    QTest::newRow("pns") << QStringLiteral("pns") << true << pns;
    QTest::newRow("CPNS") << QStringLiteral("CPNS") << true << cpns;
    QTest::newRow(" Cpns ") << QStringLiteral(" Cpns ") << true << cpns;
    QTest::newRow("PPPK") << QStringLiteral("PPPK") << true << pppk;
    QTest::newRow("pppk tab") << QStringLiteral("\tpppk\n") << true << pppk;
    QTest::newRow("empty") << QString() << false << -1;
    QTest::newRow("ASN") << QStringLiteral("ASN") << false << -1;
    QTest::newRow("P N S") << QStringLiteral("P N S") << false << -1;
    QTest::newRow("PNSX") << QStringLiteral("PNSX") << false << -1;
}

void TestGrade::parseStatus()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, status);

    // Start from a value that no expected result equals, so an untouched `out` is caught.
    EmployeeStatus out = ok && status == static_cast<int>(EmployeeStatus::Pppk)
                             ? EmployeeStatus::Pns
                             : EmployeeStatus::Pppk;
    const EmployeeStatus before = out;
    QCOMPARE(kinerja::parseStatus(text, &out), ok);
    if (ok)
        QCOMPARE(static_cast<int>(out), status);
    else
        QCOMPARE(out, before); // left alone on failure
    QCOMPARE(kinerja::parseStatus(text, nullptr), ok);
}

QTEST_GUILESS_MAIN(TestGrade)
#include "test_grade.moc"
