// NumberText (one text read under the Indonesian and the decimal-point conventions) and
// NumberColumns (a file's columns decided by their evidence), and AppraisalContent's
// parseAmount, which follows them.
#include "domain/numbertext.h"
#include "exchange/numbercolumns.h"
#include "storage/appraisalcontent.h"

#include <QLocale>
#include <QTest>

using namespace kinerja;
using namespace kinerja::exchange;

using Kind = NumberReading::Kind;
Q_DECLARE_METATYPE(NumberReading::Kind)

namespace {

// A table whose first row holds `headers` and each further row one line of `rows`.
SheetTable table(const QStringList &headers, const QVector<QStringList> &rows)
{
    SheetTable t;
    QVector<QStringList> all{headers};
    all += rows;
    for (int r = 0; r < all.size(); ++r) {
        QVector<Cell> line;
        for (int c = 0; c < all[r].size(); ++c) {
            Cell cell;
            cell.row = r + 1;
            cell.column = c + 1;
            cell.text = all[r][c];
            cell.type = cell.text.isEmpty() ? CellType::Empty : CellType::String;
            line.append(cell);
        }
        t.rows.append(line);
    }
    return t;
}

} // namespace

class TestNumberText : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanupTestCase() { QLocale::setDefault(QLocale::system()); }

    void read_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<double>("indonesian");
        QTest::addColumn<double>("point");
        auto row = [](const char *text, Kind kind, double id, double pt) {
            QTest::newRow(text) << QString::fromUtf8(text) << kind << id << pt;
        };
        // The same under both conventions.
        row("5", Kind::Plain, 5, 5);
        row("0", Kind::Plain, 0, 0);
        row("-12", Kind::Plain, -12, -12);
        row("+7", Kind::Plain, 7, 7);
        row(" 1 000 ", Kind::Plain, 1000, 1000);
        row("1\xC2\xA0"
            "000",
            Kind::Plain, 1000, 1000); // no-break space
        row("5000000", Kind::Plain, 5000000, 5000000);
        // Indonesian only.
        row("90,5", Kind::IndonesianOnly, 90.5, 0);
        row("5.000.000", Kind::IndonesianOnly, 5000000, 0);
        row("1.234,5", Kind::IndonesianOnly, 1234.5, 0);
        row("5.000,00", Kind::IndonesianOnly, 5000, 0);
        row(",5", Kind::IndonesianOnly, 0.5, 0);
        row("-0,25", Kind::IndonesianOnly, -0.25, 0);
        row("12,50", Kind::IndonesianOnly, 12.5, 0);
        // With a decimal point only.
        row("90.5", Kind::PointOnly, 0, 90.5);
        row("0.75", Kind::PointOnly, 0, 0.75);
        row("0.750", Kind::PointOnly, 0, 0.75); // "0.750" groups nothing
        row("12.50", Kind::PointOnly, 0, 12.5);
        row("5,000,000", Kind::PointOnly, 0, 5000000);
        row("1,234.5", Kind::PointOnly, 0, 1234.5);
        row("-3.5", Kind::PointOnly, 0, -3.5);
        // Two readings.
        row("5.000", Kind::Ambiguous, 5000, 5);
        row("1,500", Kind::Ambiguous, 1.5, 1500);
        row("-2.500", Kind::Ambiguous, -2500, -2.5);
        row("123.456", Kind::Ambiguous, 123456, 123.456);
        // No number.
        row("", Kind::NotNumber, 0, 0);
        row("-", Kind::NotNumber, 0, 0);
        row("abc", Kind::NotNumber, 0, 0);
        row("5 dokumen", Kind::NotNumber, 0, 0);
        row("100%", Kind::NotNumber, 0, 0);
        row("Rp 5.000", Kind::NotNumber, 0, 0);
        row("1e3", Kind::NotNumber, 0, 0);
        row("1.2.3", Kind::NotNumber, 0, 0);
        row("1,2,3", Kind::NotNumber, 0, 0);
        row("1.", Kind::NotNumber, 0, 0);
        row("1,", Kind::NotNumber, 0, 0);
        row("1.23.456", Kind::NotNumber, 0, 0);
        row("1.000,5.5", Kind::NotNumber, 0, 0);
        row("--5", Kind::NotNumber, 0, 0);
        row("inf", Kind::NotNumber, 0, 0);
    }
    void read()
    {
        QFETCH(QString, text);
        QFETCH(Kind, kind);
        QFETCH(double, indonesian);
        QFETCH(double, point);
        const NumberReading r = NumberText::read(text);
        QCOMPARE(r.kind, kind);
        if (kind == Kind::Plain || kind == Kind::IndonesianOnly || kind == Kind::Ambiguous)
            QCOMPARE(r.indonesian, indonesian);
        if (kind == Kind::Plain || kind == Kind::PointOnly || kind == Kind::Ambiguous)
            QCOMPARE(r.point, point);
        // A single reading is taken whatever the convention; two follow it.
        const auto id = NumberText::parse(text, NumberConvention::Indonesian);
        const auto pt = NumberText::parse(text, NumberConvention::PointDecimal);
        QCOMPARE(id.has_value(), kind != Kind::NotNumber);
        if (kind == Kind::Ambiguous) {
            QCOMPARE(*id, indonesian);
            QCOMPARE(*pt, point);
        } else if (kind != Kind::NotNumber) {
            QCOMPARE(*id, *pt);
        }
        // The users' convention by default: "5.000" is five thousand.
        QCOMPARE(NumberText::parse(text), id);
    }

    void plainHasOneReading_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("int") << 5000.0 << QStringLiteral("5000");
        QTest::newRow("million") << 5000000.0 << QStringLiteral("5000000");
        QTest::newRow("half") << 90.5 << QStringLiteral("90,5");
        QTest::newRow("small") << 0.75 << QStringLiteral("0,75");
        QTest::newRow("negative") << -1.25 << QStringLiteral("-1,25");
        QTest::newRow("zero") << 0.0 << QStringLiteral("0");
        QTest::newRow("minus zero") << -0.0 << QStringLiteral("0");
    }
    void plainHasOneReading()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(NumberText::plain(value), text);
        const NumberReading r = NumberText::read(text);
        QVERIFY(r.kind == Kind::Plain || r.kind == Kind::IndonesianOnly);
        QCOMPARE(*r.value(NumberConvention::PointDecimal), value);
    }

    // Column by column, from the evidence in the file.
    void columns_data()
    {
        QTest::addColumn<QVector<QStringList>>("rows");
        QTest::addColumn<bool>("semicolons");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value"); // -1: a problem
        using Rows = QVector<QStringList>;
        const QString ambiguous = QStringLiteral("5.000");
        QTest::newRow("no evidence: Indonesian")
            << Rows{{ambiguous, QStringLiteral("7")}} << false << 1 << ambiguous << 5000.0;
        QTest::newRow("column Indonesian") << Rows{{ambiguous}, {QStringLiteral("5.000.000")}}
                                           << false << 1 << ambiguous << 5000.0;
        QTest::newRow("column with decimal points")
            << Rows{{ambiguous}, {QStringLiteral("90.5")}} << false << 1 << ambiguous << 5.0;
        QTest::newRow("other column with decimal points")
            << Rows{{ambiguous, QStringLiteral("0.75")}} << false << 1 << ambiguous << 5.0;
        QTest::newRow("other column Indonesian")
            << Rows{{QStringLiteral("1,500"), QStringLiteral("2.000.000")}} << false << 1
            << QStringLiteral("1,500") << 1.5;
        QTest::newRow("own column wins over the file")
            << Rows{{ambiguous, QStringLiteral("0.75")}, {QStringLiteral("1,5"), {}}} << false << 1
            << ambiguous << 5000.0;
        QTest::newRow("semicolon CSV is Indonesian")
            << Rows{{QStringLiteral("1,500")}} << true << 1 << QStringLiteral("1,500") << 1.5;
        QTest::newRow("semicolon CSV, column with points")
            << Rows{{ambiguous}, {QStringLiteral("2.5")}} << true << 1 << ambiguous << 5.0;
        QTest::newRow("conflict in the column")
            << Rows{{ambiguous}, {QStringLiteral("90,5")}, {QStringLiteral("90.5")}} << false << 1
            << ambiguous << -1.0;
        QTest::newRow("conflict, single readings still read")
            << Rows{{QStringLiteral("90,5")}, {QStringLiteral("90.5")}} << false << 1
            << QStringLiteral("90.5") << 90.5;
        QTest::newRow("conflict in the file")
            << Rows{{ambiguous, QStringLiteral("90,5"), QStringLiteral("90.5")}} << false << 1
            << ambiguous << -1.0;
        QTest::newRow("semicolons and points elsewhere")
            << Rows{{ambiguous, QStringLiteral("90.5")}} << true << 1 << ambiguous << -1.0;
        QTest::newRow("plain numbers are no evidence")
            << Rows{{ambiguous, QStringLiteral("90")}, {QStringLiteral("3"), QStringLiteral("4")}}
            << false << 1 << ambiguous << 5000.0;
    }
    void columns()
    {
        QFETCH(QVector<QStringList>, rows);
        QFETCH(bool, semicolons);
        QFETCH(int, column);
        QFETCH(QString, text);
        QFETCH(double, value);
        SheetTable t = table({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}, rows);
        if (semicolons)
            t.csvDelimiter = u';'; // as CsvReader records it
        NumberColumns numbers;
        for (int c = 1; c <= 3; ++c)
            numbers.addColumn(t, c);
        const NumberColumns::Result r = numbers.read(t, column, text);
        if (value < 0) {
            QVERIFY(!r.value);
            QVERIFY2(r.problem.contains(QStringLiteral("can mean 5 or 5,000")),
                     qPrintable(r.problem));
            QVERIFY2(r.problem.contains(QStringLiteral("Write 5 or 5000")), qPrintable(r.problem));
            QVERIFY(!numbers.convention(t, column));
        } else {
            QVERIFY2(r.problem.isEmpty(), qPrintable(r.problem));
            QCOMPARE(r.value, std::optional<double>(value));
        }
        QVERIFY(numbers.read(t, column, QStringLiteral("  ")).empty);
        const NumberColumns::Result none = numbers.read(t, column, QStringLiteral("lima"));
        QVERIFY(!none.value && none.problem.isEmpty());
    }

    // The message names both readings and what shows both conventions, in the UI's locale.
    void problemInIndonesian()
    {
        const SheetTable t =
            table({QStringLiteral("Biaya")},
                  {{QStringLiteral("5.000")}, {QStringLiteral("90,5")}, {QStringLiteral("90.5")}});
        NumberColumns numbers;
        numbers.addColumn(t, 1);
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        const QString problem = numbers.read(t, 1, QStringLiteral("5.000")).problem;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(problem.contains(QStringLiteral("can mean 5 or 5.000")), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("“90,5”")), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("“90.5”")), qPrintable(problem));
    }

    // Cells the spreadsheet stores as numbers are no evidence (and are read as they are).
    void numberCellsAreNoEvidence()
    {
        SheetTable t =
            table({QStringLiteral("Biaya")}, {{QStringLiteral("5.000")}, {QStringLiteral("90.5")}});
        t.rows[2][0].type = CellType::Number;
        t.rows[2][0].number = 90.5;
        NumberColumns numbers;
        numbers.addColumn(t, 1);
        QCOMPARE(numbers.read(t, 1, QStringLiteral("5.000")).value, std::optional<double>(5000));
    }

    // A typed amount (the forms, setKegiatan's callers) and the SKP's numeric texts.
    void parseAmount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value"); // -1: refused
        QTest::newRow("thousand") << QStringLiteral("5.000") << 5000.0;
        QTest::newRow("million") << QStringLiteral("5.000.000") << 5000000.0;
        QTest::newRow("comma") << QStringLiteral(" 12,5 ") << 12.5;
        QTest::newRow("point") << QStringLiteral("12.5") << 12.5;
        QTest::newRow("grouped point") << QStringLiteral("1,234.5") << 1234.5;
        QTest::newRow("word") << QStringLiteral("sepuluh") << -1.0;
        QTest::newRow("negative") << QStringLiteral("-3") << -1.0;
    }
    void parseAmount()
    {
        QFETCH(QString, text);
        QFETCH(double, value);
        std::optional<double> v;
        const Status s = AppraisalContent::parseAmount(text, QStringLiteral("TB"), &v);
        QCOMPARE(bool(s), value >= 0);
        if (value >= 0)
            QCOMPARE(v, std::optional<double>(value));
    }
    void parseAmountByConvention()
    {
        std::optional<double> v;
        QVERIFY(AppraisalContent::parseAmount(QStringLiteral("5.000"), QStringLiteral("TB"), &v,
                                              NumberConvention::PointDecimal));
        QCOMPARE(v, std::optional<double>(5));
    }
};

QTEST_GUILESS_MAIN(TestNumberText)
#include "test_number_text.moc"
