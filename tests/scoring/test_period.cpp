#include "scoring/period.h"

#include <QTest>

#include <algorithm>

namespace kinerja {

// Readable QCOMPARE failures (found by argument-dependent lookup).
char *toString(const Period &period)
{
    return qstrdup(period.isValid() ? period.toString().toUtf8().constData() : "<invalid>");
}

} // namespace kinerja

using namespace kinerja;
using Kind = Period::Kind;

class TestPeriod : public QObject {
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void roundTrip();
    void factoriesRejectOutOfRange();
    void dates_data();
    void dates();
    void containsDate();
    void containsPeriod();
    void containing();
    void labels_data();
    void labels();
    void ordering();
    void subPeriods();
    void parent();
    void nextAndPrevious();
};

void TestPeriod::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Period>("expected");

    QTest::newRow("month") << QStringLiteral("2026-M03") << Period::month(2026, 3);
    QTest::newRow("december") << QStringLiteral("2026-M12") << Period::month(2026, 12);
    QTest::newRow("quarter") << QStringLiteral("2026-Q1") << Period::quarter(2026, 1);
    QTest::newRow("quarter 4") << QStringLiteral("2026-Q4") << Period::quarter(2026, 4);
    QTest::newRow("semester") << QStringLiteral("2026-S2") << Period::semester(2026, 2);
    QTest::newRow("year") << QStringLiteral("2026") << Period::annual(2026);
    QTest::newRow("lower case") << QStringLiteral("2026-q3") << Period::quarter(2026, 3);
    QTest::newRow("lower case month") << QStringLiteral("2026-m07") << Period::month(2026, 7);
    QTest::newRow("spaces around") << QStringLiteral("  2026-S1\t") << Period::semester(2026, 1);
    QTest::newRow("year with spaces") << QStringLiteral(" 2025 ") << Period::annual(2025);
}

void TestPeriod::parseValid()
{
    QFETCH(QString, text);
    QFETCH(Period, expected);
    Period period;
    const Status status = Period::parse(text, &period);
    QVERIFY2(status.isOk(), qPrintable(status.message()));
    QCOMPARE(period, expected);
}

void TestPeriod::parseInvalid_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("quarter 5") << QStringLiteral("2026-Q5");
    QTest::newRow("quarter 0") << QStringLiteral("2026-Q0");
    QTest::newRow("quarter two digits") << QStringLiteral("2026-Q01");
    QTest::newRow("month 13") << QStringLiteral("2026-M13");
    QTest::newRow("month 00") << QStringLiteral("2026-M00");
    QTest::newRow("month one digit") << QStringLiteral("2026-M3");
    QTest::newRow("semester 3") << QStringLiteral("2026-S3");
    QTest::newRow("two-digit year") << QStringLiteral("26-Q1");
    QTest::newRow("five-digit year") << QStringLiteral("20260-Q1");
    QTest::newRow("year before 1900") << QStringLiteral("1899");
    QTest::newRow("spaces inside") << QStringLiteral("2026 - Q1");
    QTest::newRow("unknown letter") << QStringLiteral("2026-W01");
    QTest::newRow("trailing text") << QStringLiteral("2026-Q1x");
    QTest::newRow("indonesian words") << QStringLiteral("Triwulan I 2026");
    QTest::newRow("empty") << QString();
    QTest::newRow("only spaces") << QStringLiteral("   ");
}

void TestPeriod::parseInvalid()
{
    QFETCH(QString, text);
    const Period before = Period::annual(2000);
    Period period = before;
    const Status status = Period::parse(text, &period);
    QVERIFY(!status.isOk());
    QVERIFY(!status.message().isEmpty());
    QVERIFY2(status.message().contains(text.trimmed()), qPrintable(status.message()));
    QCOMPARE(status.field(), QStringLiteral("period"));
    QCOMPARE(period, before); // unchanged on failure
}

void TestPeriod::roundTrip()
{
    const QList<Period> periods = {Period::month(2026, 1), Period::month(2026, 11),
                                   Period::quarter(2026, 2), Period::semester(2027, 1),
                                   Period::annual(2026)};
    for (const Period &p : periods) {
        Period parsed;
        QVERIFY(Period::parse(p.toString(), &parsed).isOk());
        QCOMPARE(parsed, p);
    }
    QCOMPARE(Period::month(2026, 3).toString(), QStringLiteral("2026-M03"));
    QCOMPARE(Period::quarter(2026, 1).toString(), QStringLiteral("2026-Q1"));
    QCOMPARE(Period::semester(2026, 1).toString(), QStringLiteral("2026-S1"));
    QCOMPARE(Period::annual(2026).toString(), QStringLiteral("2026"));
    QCOMPARE(Period().toString(), QString());
}

void TestPeriod::factoriesRejectOutOfRange()
{
    QVERIFY(!Period().isValid());
    QVERIFY(!Period::month(2026, 0).isValid());
    QVERIFY(!Period::month(2026, 13).isValid());
    QVERIFY(!Period::quarter(2026, 5).isValid());
    QVERIFY(!Period::semester(2026, 3).isValid());
    QVERIFY(!Period::annual(1899).isValid());
    QVERIFY(!Period::annual(10000).isValid());
}

void TestPeriod::dates_data()
{
    QTest::addColumn<Period>("period");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");

    QTest::newRow("february") << Period::month(2026, 2) << QDate(2026, 2, 1) << QDate(2026, 2, 28);
    QTest::newRow("leap february")
        << Period::month(2024, 2) << QDate(2024, 2, 1) << QDate(2024, 2, 29);
    QTest::newRow("Q1") << Period::quarter(2026, 1) << QDate(2026, 1, 1) << QDate(2026, 3, 31);
    QTest::newRow("Q2") << Period::quarter(2026, 2) << QDate(2026, 4, 1) << QDate(2026, 6, 30);
    QTest::newRow("Q4") << Period::quarter(2026, 4) << QDate(2026, 10, 1) << QDate(2026, 12, 31);
    QTest::newRow("S1") << Period::semester(2026, 1) << QDate(2026, 1, 1) << QDate(2026, 6, 30);
    QTest::newRow("S2") << Period::semester(2026, 2) << QDate(2026, 7, 1) << QDate(2026, 12, 31);
    QTest::newRow("year") << Period::annual(2026) << QDate(2026, 1, 1) << QDate(2026, 12, 31);
}

void TestPeriod::dates()
{
    QFETCH(Period, period);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QCOMPARE(period.start(), start);
    QCOMPARE(period.end(), end);
}

void TestPeriod::containsDate()
{
    const Period q2 = Period::quarter(2026, 2);
    QVERIFY(q2.contains(QDate(2026, 4, 1)));
    QVERIFY(q2.contains(QDate(2026, 6, 30)));
    QVERIFY(!q2.contains(QDate(2026, 3, 31)));
    QVERIFY(!q2.contains(QDate(2026, 7, 1)));
    QVERIFY(!q2.contains(QDate(2025, 5, 1)));
    QVERIFY(!q2.contains(QDate()));
    QVERIFY(!Period().contains(QDate(2026, 5, 1)));
}

void TestPeriod::containsPeriod()
{
    QVERIFY(Period::annual(2026).contains(Period::month(2026, 12)));
    QVERIFY(Period::semester(2026, 2).contains(Period::quarter(2026, 3)));
    QVERIFY(!Period::semester(2026, 1).contains(Period::quarter(2026, 3)));
    QVERIFY(Period::quarter(2026, 1).contains(Period::quarter(2026, 1)));
    QVERIFY(!Period::month(2026, 1).contains(Period::quarter(2026, 1)));
}

void TestPeriod::containing()
{
    const QDate date(2026, 8, 17);
    QCOMPARE(Period::containing(Kind::Monthly, date), Period::month(2026, 8));
    QCOMPARE(Period::containing(Kind::Quarterly, date), Period::quarter(2026, 3));
    QCOMPARE(Period::containing(Kind::Semester, date), Period::semester(2026, 2));
    QCOMPARE(Period::containing(Kind::Annual, date), Period::annual(2026));
    QVERIFY(!Period::containing(Kind::Annual, QDate()).isValid());
}

void TestPeriod::labels_data()
{
    QTest::addColumn<Period>("period");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("official");

    QTest::newRow("month") << Period::month(2026, 3) << QStringLiteral("March 2026")
                           << QStringLiteral("Maret 2026");
    QTest::newRow("december") << Period::month(2026, 12) << QStringLiteral("December 2026")
                              << QStringLiteral("Desember 2026");
    QTest::newRow("Q1") << Period::quarter(2026, 1) << QStringLiteral("Quarter I 2026")
                        << QStringLiteral("Triwulan I 2026");
    QTest::newRow("Q3") << Period::quarter(2026, 3) << QStringLiteral("Quarter III 2026")
                        << QStringLiteral("Triwulan III 2026");
    QTest::newRow("Q4 is the last") << Period::quarter(2026, 4) << QStringLiteral("Quarter IV 2026")
                                    << QStringLiteral("Triwulan IV-Akhir 2026");
    QTest::newRow("S1") << Period::semester(2026, 1) << QStringLiteral("Semester I 2026")
                        << QStringLiteral("Semester I 2026");
    QTest::newRow("S2 is the last")
        << Period::semester(2026, 2) << QStringLiteral("Semester II 2026")
        << QStringLiteral("Semester II-Akhir 2026");
    QTest::newRow("year") << Period::annual(2026) << QStringLiteral("Year 2026")
                          << QStringLiteral("Tahun 2026");
    QTest::newRow("invalid") << Period() << QString() << QString();
}

void TestPeriod::labels()
{
    QFETCH(Period, period);
    QFETCH(QString, label);
    QFETCH(QString, official);
    QCOMPARE(period.label(), label); // no translator loaded: the English source
    QCOMPARE(period.officialLabel(), official);
}

void TestPeriod::ordering()
{
    QList<Period> periods = {
        Period::month(2026, 2),   Period::quarter(2026, 2), Period::annual(2025),
        Period::month(2026, 1),   Period::annual(2026),     Period::semester(2026, 1),
        Period::quarter(2026, 1), Period::month(2025, 12),
    };
    std::sort(periods.begin(), periods.end());
    const QList<Period> expected = {
        Period::annual(2025),      Period::month(2025, 12),  Period::annual(2026),
        Period::semester(2026, 1), Period::quarter(2026, 1), Period::month(2026, 1),
        Period::month(2026, 2),    Period::quarter(2026, 2),
    };
    QCOMPARE(periods, expected);
    QVERIFY(Period::quarter(2026, 1) < Period::quarter(2026, 2));
    QVERIFY(!(Period::quarter(2026, 2) < Period::quarter(2026, 2)));
    QVERIFY(Period::quarter(2026, 2) != Period::month(2026, 4));
}

void TestPeriod::subPeriods()
{
    const Period year = Period::annual(2026);
    const QVector<Period> quarters = year.subPeriods(Kind::Quarterly);
    QCOMPARE(quarters, (QVector<Period>{Period::quarter(2026, 1), Period::quarter(2026, 2),
                                        Period::quarter(2026, 3), Period::quarter(2026, 4)}));
    QCOMPARE(year.subPeriods(Kind::Monthly).size(), 12);
    QCOMPARE(year.subPeriods(Kind::Monthly).last(), Period::month(2026, 12));
    QCOMPARE(year.subPeriods(Kind::Semester).size(), 2);
    QCOMPARE(
        Period::quarter(2026, 2).subPeriods(Kind::Monthly),
        (QVector<Period>{Period::month(2026, 4), Period::month(2026, 5), Period::month(2026, 6)}));
    QCOMPARE(Period::semester(2026, 2).subPeriods(Kind::Quarterly),
             (QVector<Period>{Period::quarter(2026, 3), Period::quarter(2026, 4)}));
    QCOMPARE(Period::quarter(2026, 1).subPeriods(Kind::Quarterly),
             QVector<Period>{Period::quarter(2026, 1)});
    QVERIFY(Period::quarter(2026, 1).subPeriods(Kind::Semester).isEmpty());
    QVERIFY(Period().subPeriods(Kind::Monthly).isEmpty());
}

void TestPeriod::parent()
{
    const Period may = Period::month(2026, 5);
    QCOMPARE(may.parent(Kind::Quarterly), Period::quarter(2026, 2));
    QCOMPARE(may.parent(Kind::Semester), Period::semester(2026, 1));
    QCOMPARE(may.parent(Kind::Annual), Period::annual(2026));
    QCOMPARE(may.parent(Kind::Monthly), may);
    QCOMPARE(Period::quarter(2026, 3).parent(Kind::Semester), Period::semester(2026, 2));
    QVERIFY(!Period::quarter(2026, 3).parent(Kind::Monthly).isValid());
}

void TestPeriod::nextAndPrevious()
{
    QCOMPARE(Period::quarter(2026, 4).next(), Period::quarter(2027, 1));
    QCOMPARE(Period::month(2026, 1).previous(), Period::month(2025, 12));
    QCOMPARE(Period::semester(2026, 1).next(), Period::semester(2026, 2));
    QCOMPARE(Period::annual(2026).previous(), Period::annual(2025));
    QVERIFY(!Period::annual(9999).next().isValid());
}

QTEST_GUILESS_MAIN(TestPeriod)
#include "test_period.moc"
