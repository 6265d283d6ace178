// TableColumns: header matching, header-only and merged-cell refusals, NIP cells.
#include "exchange/csvreader.h"
#include "exchange/tablecolumns.h"
#include "support/check.h"

#include <QtTest>

using namespace kinerja::exchange;

namespace {

SheetTable csv(const QByteArray &data)
{
    SheetTable t;
    CsvReader r;
    FIXTURE_CHECK(r.readData(data, QStringLiteral("pegawai.csv"), t),
                  QStringLiteral("the CSV is not read"));
    return t;
}

const QVector<ColumnSpec> kSpecs = {
    {QStringLiteral("nip"), {QStringLiteral("NIP")}, true},
    {QStringLiteral("name"), {QStringLiteral("Nama"), QStringLiteral("Name")}, true},
    {QStringLiteral("birth"),
     {QStringLiteral("Tanggal Lahir"), QStringLiteral("Birth date")},
     true},
    {QStringLiteral("note"), {QStringLiteral("Catatan"), QStringLiteral("Note")}, false},
};

Cell numberCell(double v, const QString &text)
{
    Cell c;
    c.row = 7;
    c.column = 3;
    c.type = CellType::Number;
    c.number = v;
    c.text = text;
    return c;
}

} // namespace

class TestTableColumns : public QObject {
    Q_OBJECT
private slots:
    void normalise();
    void findColumns();
    void missingColumns();
    void duplicateColumns();
    void headerOnly();
    void merged();
    void identifierDigits();
    void identifierScientific();
    void identifierNumber();
    void identifierFormula();
};

void TestTableColumns::normalise()
{
    QCOMPARE(TableColumns::normalise(u" Tanggal_Lahir "), QStringLiteral("tanggallahir"));
    QCOMPARE(TableColumns::normalise(u"TANGGAL-LAHIR"), QStringLiteral("tanggallahir"));
    QCOMPARE(TableColumns::normalise(u"Gol./Ruang"), QStringLiteral("golruang"));
    QCOMPARE(TableColumns::normalise(u"Nama\nLengkap"), QStringLiteral("namalengkap"));
}

void TestTableColumns::findColumns()
{
    const SheetTable t = csv("nama;TANGGAL_LAHIR;x;nip\nBudi;1985-01-01;;1985\n");
    ColumnMap map;
    QVERIFY(TableColumns::find(t, 1, kSpecs, map));
    QCOMPARE(map.column(QStringLiteral("nip")), 4);
    QCOMPARE(map.column(QStringLiteral("name")), 1);
    QCOMPARE(map.column(QStringLiteral("birth")), 2);
    QVERIFY(!map.has(QStringLiteral("note")));
}

void TestTableColumns::missingColumns()
{
    const SheetTable t = csv("Name,Unit\nBudi,A\n");
    ColumnMap map;
    const auto s = TableColumns::find(t, 1, kSpecs, map);
    QVERIFY(!s);
    QVERIFY2(s.message().contains(QStringLiteral("“NIP”")), qPrintable(s.message()));
    QVERIFY(s.message().contains(QStringLiteral("“Tanggal Lahir”")));
    QVERIFY(!s.message().contains(QStringLiteral("Catatan")));
    QVERIFY(s.message().contains(QLatin1String("pegawai.csv")));
}

void TestTableColumns::duplicateColumns()
{
    const SheetTable t = csv("NIP,Nama,Name,Tanggal Lahir\n1,a,b,c\n");
    ColumnMap map;
    const auto s = TableColumns::find(t, 1, kSpecs, map);
    QVERIFY(!s);
    QVERIFY2(s.message().contains(QLatin1String("B and C")), qPrintable(s.message()));
}

void TestTableColumns::headerOnly()
{
    const SheetTable t = csv("NIP,Nama,Tanggal Lahir\n,,\n");
    const auto s = TableColumns::requireDataRows(t, 1);
    QVERIFY(!s);
    QVERIFY2(s.message().contains(QLatin1String("only the header")), qPrintable(s.message()));
    QVERIFY(!TableColumns::requireDataRows(SheetTable(), 1));
    QVERIFY(TableColumns::requireDataRows(csv("a\nb\n"), 1));
}

void TestTableColumns::merged()
{
    SheetTable t;
    t.sourceName = QStringLiteral("m.xlsx");
    t.sheetName = QStringLiteral("Pegawai");
    t.merged.append({3, 1, 4, 2});
    const auto s = TableColumns::refuseMergedCells(t, 1);
    QVERIFY(!s);
    QVERIFY2(s.message().contains(QLatin1String("A3:B4")), qPrintable(s.message()));
    QVERIFY(s.message().contains(QStringLiteral("“Pegawai”")));
}

void TestTableColumns::identifierDigits()
{
    Cell c;
    c.type = CellType::String;
    c.text = QStringLiteral(" 19850101 201001 1 001 ");
    const auto r = TableColumns::checkIdentifier(c, QStringLiteral("NIP"), 18);
    QCOMPARE(r.kind, IdentifierCell::Digits);
    QCOMPARE(r.digits, QStringLiteral("198501012010011001"));
    QVERIFY(!r.isRefused());
    c.text = QStringLiteral("abc");
    QCOMPARE(TableColumns::checkIdentifier(c, QStringLiteral("NIP"), 18).kind,
             IdentifierCell::OtherText);
    QCOMPARE(TableColumns::checkIdentifier(Cell(), QStringLiteral("NIP"), 18).kind,
             IdentifierCell::Empty);
}

void TestTableColumns::identifierScientific()
{
    // A CSV field the spreadsheet wrote in scientific notation.
    Cell text;
    text.row = 7;
    text.column = 3;
    text.type = CellType::String;
    text.text = QStringLiteral("1,98501E+17");
    auto r = TableColumns::checkIdentifier(text, QStringLiteral("NIP"), 18);
    QCOMPARE(r.kind, IdentifierCell::ScientificNumber);
    QVERIFY(r.isRefused());
    QVERIFY2(r.message.contains(QLatin1String("C7")), qPrintable(r.message));
    QVERIFY(r.message.contains(QLatin1String("digits are lost")));
    // An XLSX number cell.
    r = TableColumns::checkIdentifier(
        numberCell(198501012010011001.0, QStringLiteral("1.98501E+17")), QStringLiteral("NIP"), 18);
    QCOMPARE(r.kind, IdentifierCell::ScientificNumber);
    r = TableColumns::checkIdentifier(
        numberCell(198501012010011008.0, QStringLiteral("198501012010011008")),
        QStringLiteral("NIP"), 18);
    QCOMPARE(r.kind, IdentifierCell::ScientificNumber);
}

void TestTableColumns::identifierNumber()
{
    const auto r = TableColumns::checkIdentifier(numberCell(12345, QStringLiteral("12345")),
                                                 QStringLiteral("NIP"), 18);
    QCOMPARE(r.kind, IdentifierCell::Number);
    QVERIFY(r.isRefused());
    QVERIFY2(r.message.contains(QLatin1String("Text")), qPrintable(r.message));
}

void TestTableColumns::identifierFormula()
{
    Cell c;
    c.type = CellType::Formula;
    c.valueType = CellType::String;
    c.text = QStringLiteral("198501012010011001");
    QCOMPARE(TableColumns::checkIdentifier(c, QStringLiteral("NIP"), 18).kind,
             IdentifierCell::Formula);
}

QTEST_GUILESS_MAIN(TestTableColumns)
#include "test_table_columns.moc"
