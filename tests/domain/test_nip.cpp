#include "domain/nip.h"

#include <QSet>
#include <QTest>

namespace kinerja {

// Readable QCOMPARE failures (found by argument-dependent lookup).
char *toString(NipError error)
{
    static const char *const Names[] = {
        "None",      "Empty",     "NotDigits",   "Length", "BirthDate",        "StartMonth",
        "StartYear", "PppkDigit", "GenderDigit", "Serial", "StartBeforeBirth", "AgeAtStart",
    };
    return qstrdup(Names[static_cast<int>(error)]);
}

char *toString(NipKind kind)
{
    return qstrdup(kind == NipKind::Pns ? "Pns" : "Pppk");
}

char *toString(Gender gender)
{
    return qstrdup(gender == Gender::Male     ? "Male"
                   : gender == Gender::Female ? "Female"
                                              : "Unknown");
}

} // namespace kinerja

using namespace kinerja;

namespace {

const QList<NipError> AllErrors = {
    NipError::None,        NipError::Empty,      NipError::NotDigits,        NipError::Length,
    NipError::BirthDate,   NipError::StartMonth, NipError::StartYear,        NipError::PppkDigit,
    NipError::GenderDigit, NipError::Serial,     NipError::StartBeforeBirth, NipError::AgeAtStart,
};

} // namespace

class TestNip : public QObject {
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void format_data();
    void format();
    void normalize();
    void errorMessages();
    void genderNames();
};

void TestNip::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("digits");
    QTest::addColumn<NipKind>("kind");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<Gender>("gender");
    QTest::addColumn<int>("serial");

    const QString pns = QStringLiteral("199301212020121001");
    QTest::newRow("pns male") << pns << pns << NipKind::Pns << QDate(1993, 1, 21)
                              << QDate(2020, 12, 1) << Gender::Male << 1;
    QTest::newRow("pns female") << QStringLiteral("198705152010052037")
                                << QStringLiteral("198705152010052037") << NipKind::Pns
                                << QDate(1987, 5, 15) << QDate(2010, 5, 1) << Gender::Female << 37;
    QTest::newRow("pns tmt january, serial 999")
        << QStringLiteral("197808171999011999") << QStringLiteral("197808171999011999")
        << NipKind::Pns << QDate(1978, 8, 17) << QDate(1999, 1, 1) << Gender::Male << 999;
    QTest::newRow("pns born on 29 February")
        << QStringLiteral("200002292020012010") << QStringLiteral("200002292020012010")
        << NipKind::Pns << QDate(2000, 2, 29) << QDate(2020, 1, 1) << Gender::Female << 10;
    QTest::newRow("pns aged exactly 18 at start")
        << QStringLiteral("200212012020121001") << QStringLiteral("200212012020121001")
        << NipKind::Pns << QDate(2002, 12, 1) << QDate(2020, 12, 1) << Gender::Male << 1;
    QTest::newRow("pns aged 60 at start")
        << QStringLiteral("196012012020121001") << QStringLiteral("196012012020121001")
        << NipKind::Pns << QDate(1960, 12, 1) << QDate(2020, 12, 1) << Gender::Male << 1;
    QTest::newRow("pppk male") << QStringLiteral("199001012021211001")
                               << QStringLiteral("199001012021211001") << NipKind::Pppk
                               << QDate(1990, 1, 1) << QDate(2021, 1, 1) << Gender::Male << 1;
    QTest::newRow("pppk female, digit 14 = 9")
        << QStringLiteral("198512312022292015") << QStringLiteral("198512312022292015")
        << NipKind::Pppk << QDate(1985, 12, 31) << QDate(2022, 1, 1) << Gender::Female << 15;
    // Only the TMT year is known: 18 during that year is enough.
    QTest::newRow("pppk turns 18 during the TMT year")
        << QStringLiteral("199006152008211001") << QStringLiteral("199006152008211001")
        << NipKind::Pppk << QDate(1990, 6, 15) << QDate(2008, 1, 1) << Gender::Male << 1;

    QTest::newRow("spaces") << QStringLiteral("19930121 202012 1 001") << pns << NipKind::Pns
                            << QDate(1993, 1, 21) << QDate(2020, 12, 1) << Gender::Male << 1;
    QTest::newRow("leading, trailing, double and tab spaces")
        << QStringLiteral("  19930121  202012\t1 001 ") << pns << NipKind::Pns << QDate(1993, 1, 21)
        << QDate(2020, 12, 1) << Gender::Male << 1;
    QTest::newRow("no-break space from a spreadsheet")
        << (QStringLiteral("19930121") + QChar(0x00A0) + QStringLiteral("2020121001")) << pns
        << NipKind::Pns << QDate(1993, 1, 21) << QDate(2020, 12, 1) << Gender::Male << 1;
    QTest::newRow("dots") << QStringLiteral("19930121.202012.1.001") << pns << NipKind::Pns
                          << QDate(1993, 1, 21) << QDate(2020, 12, 1) << Gender::Male << 1;
    QTest::newRow("dashes") << QStringLiteral("19930121-202012-1-001") << pns << NipKind::Pns
                            << QDate(1993, 1, 21) << QDate(2020, 12, 1) << Gender::Male << 1;
    QTest::newRow("pppk formatted")
        << QStringLiteral("19900101 2021 2 1 1 001") << QStringLiteral("199001012021211001")
        << NipKind::Pppk << QDate(1990, 1, 1) << QDate(2021, 1, 1) << Gender::Male << 1;
}

void TestNip::parseValid()
{
    QFETCH(QString, text);
    QFETCH(QString, digits);
    QFETCH(NipKind, kind);
    QFETCH(QDate, birth);
    QFETCH(QDate, start);
    QFETCH(Gender, gender);
    QFETCH(int, serial);

    const NipParseResult r = Nip::parse(text);
    QCOMPARE(r.error, NipError::None);
    QVERIFY(r.isValid());
    QCOMPARE(r.info.digits, digits);
    QCOMPARE(r.info.kind, kind);
    QCOMPARE(r.info.birthDate, birth);
    QCOMPARE(r.info.startDate, start);
    QCOMPARE(r.info.gender, gender);
    QCOMPARE(r.info.serial, serial);
}

void TestNip::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<NipError>("error");

    QTest::newRow("empty") << QString() << NipError::Empty;
    QTest::newRow("only spaces") << QStringLiteral("   ") << NipError::Empty;
    QTest::newRow("only separators") << QStringLiteral(" . - ") << NipError::Empty;
    QTest::newRow("length 17") << QStringLiteral("19930121202012100") << NipError::Length;
    QTest::newRow("length 19") << QStringLiteral("1993012120201210011") << NipError::Length;
    QTest::newRow("length 8") << QStringLiteral("19930121") << NipError::Length;
    QTest::newRow("letter") << QStringLiteral("19930121202012100A") << NipError::NotDigits;
    QTest::newRow("letter O for zero")
        << QStringLiteral("1993O1212020121001") << NipError::NotDigits;
    QTest::newRow("letters before length") << QStringLiteral("abc") << NipError::NotDigits;
    QTest::newRow("scientific notation")
        << QStringLiteral("1.99301212020121E+17") << NipError::NotDigits;
    QTest::newRow("slash") << QStringLiteral("19930121/202012/1/001") << NipError::NotDigits;
    QTest::newRow("arabic-indic digits")
        << QString(18, QChar(0x0661)) // ARABIC-INDIC DIGIT ONE, QChar::isDigit() is true
        << NipError::NotDigits;

    QTest::newRow("30 February") << QStringLiteral("199302302020121001") << NipError::BirthDate;
    QTest::newRow("29 February, no leap year")
        << QStringLiteral("199302292020121001") << NipError::BirthDate;
    QTest::newRow("birth month 13") << QStringLiteral("199313012020121001") << NipError::BirthDate;
    QTest::newRow("birth day 00") << QStringLiteral("199301002020121001") << NipError::BirthDate;
    QTest::newRow("birth year 1930") << QStringLiteral("193001011960011001") << NipError::BirthDate;
    const int nextYear = QDate::currentDate().year() + 1;
    QTest::newRow("birth in the future")
        << (QString::number(nextYear) + QStringLiteral("01012020121001")) << NipError::BirthDate;

    QTest::newRow("month 13") << QStringLiteral("199301212020131001") << NipError::StartMonth;
    QTest::newRow("month 00") << QStringLiteral("199301212020001001") << NipError::StartMonth;
    QTest::newRow("digit 13 is 5") << QStringLiteral("199301212020501001") << NipError::StartMonth;
    QTest::newRow("digit 13 is 9") << QStringLiteral("199301212020911001") << NipError::StartMonth;
    QTest::newRow("start year 1955") << QStringLiteral("194001011955011001") << NipError::StartYear;
    QTest::newRow("start year after next year")
        << (QStringLiteral("19930121") + QString::number(nextYear + 1) + QStringLiteral("011001"))
        << NipError::StartYear;
    QTest::newRow("pppk start year 1955")
        << QStringLiteral("194001011955211001") << NipError::StartYear;
    QTest::newRow("pppk digit 14 is 0")
        << QStringLiteral("199001012021201001") << NipError::PppkDigit;

    QTest::newRow("gender 3") << QStringLiteral("199301212020123001") << NipError::GenderDigit;
    QTest::newRow("gender 0") << QStringLiteral("199301212020120001") << NipError::GenderDigit;
    QTest::newRow("pppk gender 9") << QStringLiteral("199001012021219001") << NipError::GenderDigit;
    QTest::newRow("serial 000") << QStringLiteral("199301212020121000") << NipError::Serial;
    QTest::newRow("pppk serial 000") << QStringLiteral("199001012021211000") << NipError::Serial;

    QTest::newRow("start before birth")
        << QStringLiteral("200001011999121001") << NipError::StartBeforeBirth;
    QTest::newRow("start in the month of birth")
        << QStringLiteral("200012012000121001") << NipError::StartBeforeBirth;
    QTest::newRow("pppk start year before birth")
        << QStringLiteral("200001011999211001") << NipError::StartBeforeBirth;

    QTest::newRow("age 15 at start")
        << QStringLiteral("200503102020121001") << NipError::AgeAtStart;
    QTest::newRow("age 17 at start, 18 a day later")
        << QStringLiteral("200212022020121001") << NipError::AgeAtStart;
    QTest::newRow("age 61 at start")
        << QStringLiteral("195911302020121001") << NipError::AgeAtStart;
    QTest::newRow("age 65 at start")
        << QStringLiteral("194005052005061001") << NipError::AgeAtStart;
    QTest::newRow("pppk age 17 all year")
        << QStringLiteral("199006152007211001") << NipError::AgeAtStart;
    QTest::newRow("pppk age 65") << QStringLiteral("195601012021211001") << NipError::AgeAtStart;

    // Several faults: the first in the documented order wins.
    QTest::newRow("letters and wrong length") << QStringLiteral("1993X") << NipError::NotDigits;
    QTest::newRow("bad birth date and everything else")
        << QStringLiteral("199302302020133000") << NipError::BirthDate;
    QTest::newRow("bad month, gender and serial")
        << QStringLiteral("199301212020133000") << NipError::StartMonth;
    QTest::newRow("bad month and start year")
        << QStringLiteral("199301211955131001") << NipError::StartMonth;
    QTest::newRow("bad start year and pppk digit")
        << QStringLiteral("194001011955201001") << NipError::StartYear;
    QTest::newRow("bad gender and serial")
        << QStringLiteral("199301212020123000") << NipError::GenderDigit;
    QTest::newRow("bad serial and start before birth")
        << QStringLiteral("200001011999121000") << NipError::Serial;
    QTest::newRow("start before birth and bad age")
        << QStringLiteral("201001012000121001") << NipError::StartBeforeBirth;
}

void TestNip::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(NipError, error);

    const NipParseResult r = Nip::parse(text);
    QCOMPARE(r.error, error);
    QVERIFY(!r.isValid());
    QVERIFY(r.info.digits.isEmpty());
    QVERIFY(!r.info.birthDate.isValid());
}

void TestNip::format_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("pns") << QStringLiteral("199301212020121001")
                         << QStringLiteral("19930121 202012 1 001");
    QTest::newRow("pppk") << QStringLiteral("199001012021211001")
                          << QStringLiteral("19900101 2021 2 1 1 001");
    QTest::newRow("already formatted")
        << QStringLiteral("19930121 202012 1 001") << QStringLiteral("19930121 202012 1 001");
    QTest::newRow("badly grouped")
        << QStringLiteral("1993-0121-2020-1210-01") << QStringLiteral("19930121 202012 1 001");
    QTest::newRow("17 digits unchanged")
        << QStringLiteral("19930121202012100") << QStringLiteral("19930121202012100");
    QTest::newRow("19 digits unchanged")
        << QStringLiteral("1993012120201210011") << QStringLiteral("1993012120201210011");
    QTest::newRow("letters unchanged")
        << QStringLiteral("19930121202012100A") << QStringLiteral("19930121202012100A");
    QTest::newRow("empty") << QString() << QString();
}

void TestNip::format()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Nip::format(input), expected);
}

void TestNip::normalize()
{
    QCOMPARE(Nip::normalize(QStringLiteral(" 19930121 202012.1-001 ")),
             QStringLiteral("199301212020121001"));
    QCOMPARE(Nip::normalize(QStringLiteral("NIP: 1993x01")), QStringLiteral("199301"));
    QCOMPARE(Nip::normalize(QString()), QString());
}

void TestNip::errorMessages()
{
    QVERIFY(Nip::errorMessage(NipError::None).isEmpty());
    QSet<QString> seen;
    for (const NipError error : AllErrors) {
        if (error == NipError::None)
            continue;
        const QString message = Nip::errorMessage(error);
        QVERIFY2(!message.isEmpty(), qPrintable(QString::number(static_cast<int>(error))));
        QVERIFY2(message.contains(QLatin1String("NIP")), qPrintable(message));
        QVERIFY2(message.endsWith(QLatin1Char('.')), qPrintable(message));
        seen.insert(message);
    }
    QCOMPARE(seen.size(), AllErrors.size() - 1); // every error has its own sentence

    // Messages name the part at fault and the expected form.
    QVERIFY(Nip::errorMessage(NipError::Length).contains(QLatin1String("18")));
    QVERIFY(Nip::errorMessage(NipError::StartMonth).contains(QStringLiteral("13–14")));
    QVERIFY(Nip::errorMessage(NipError::StartMonth).contains(QStringLiteral("01–12")));
    QVERIFY(Nip::errorMessage(NipError::BirthDate).contains(QLatin1String("YYYYMMDD")));
    QVERIFY(Nip::errorMessage(NipError::GenderDigit).contains(QLatin1String("15")));
    QVERIFY(Nip::errorMessage(NipError::Serial).contains(QLatin1String("001")));
    QVERIFY(Nip::errorMessage(NipError::PppkDigit).contains(QLatin1String("14")));
}

void TestNip::genderNames()
{
    QCOMPARE(genderName(Gender::Male), QStringLiteral("Male"));
    QCOMPARE(genderName(Gender::Female), QStringLiteral("Female"));
    QVERIFY(genderName(Gender::Unknown) != genderName(Gender::Male));
    QVERIFY(genderName(Gender::Unknown) != genderName(Gender::Female));
}

QTEST_GUILESS_MAIN(TestNip)
#include "test_nip.moc"
