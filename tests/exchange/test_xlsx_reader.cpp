// XlsxReader: files written by libxlsxwriter, hand-zipped odd cases and malformed input.
#include "exchange/xlsxreader.h"
#include "xlsxtestutil.h"

#include <QTemporaryDir>
#include <QtTest>

#include <xlsxwriter.h>

using namespace kinerja::exchange;

class TestXlsxReader : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void libxlsxwriterWorkbook();
    void constantMemoryInlineStrings();
    void sheetByName();
    void wrongSheetName();
    void inlineAndRichText();
    void date1904();
    void serialDates();
    void dateFormatCodes();
    void formulasWithCachedValues();
    void mergedCells();
    void missingSharedStrings();
    void badSharedStringIndex();
    void corruptSheetXml();
    void notZip();
    void truncated();
    void emptyFile();
    void oldXls();
    void zipWithoutWorkbook();
    void zeroRows();
    void rowLimit();
    void progressAndCancel();
    void partSizeCap();
    void cellReferences();

private:
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QString writeParts(const char *name, const testutil::Parts &parts)
    {
        const QString p = path(name);
        if (!testutil::writeZip(p, parts))
            qFatal("cannot write %s", name);
        return p;
    }
    QString writeWithLibxlsxwriter(const char *name, bool constantMemory);

    QTemporaryDir m_dir;
};

QString TestXlsxReader::writeWithLibxlsxwriter(const char *name, bool constantMemory)
{
    const QString p = path(name);
    lxw_workbook_options options{};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    lxw_workbook *wb = workbook_new_opt(QFile::encodeName(p).constData(), &options);
    lxw_worksheet *other = workbook_add_worksheet(wb, "Petunjuk");
    worksheet_write_string(other, 0, 0, "Isi lembar Pegawai", nullptr);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "Pegawai");
    lxw_format *dateFmt = workbook_add_format(wb);
    format_set_num_format(dateFmt, "dd/mm/yyyy");
    worksheet_write_string(ws, 0, 0, "NIP", nullptr);
    worksheet_write_string(ws, 0, 1, "Nama", nullptr);
    worksheet_write_string(ws, 0, 2, "Tanggal Lahir", nullptr);
    worksheet_write_string(ws, 0, 3, "Aktif", nullptr);
    worksheet_write_string(ws, 1, 0, "198501012010011001", nullptr);
    worksheet_write_string(ws, 1, 1, "Budi Santoso", nullptr);
    lxw_datetime dt = {1985, 1, 1, 0, 0, 0};
    worksheet_write_datetime(ws, 1, 2, &dt, dateFmt);
    worksheet_write_boolean(ws, 1, 3, 1, nullptr);
    worksheet_write_number(ws, 2, 0, 198501012010011001.0, nullptr);
    worksheet_write_string(ws, 2, 1, "Siti Rahayu", nullptr);
    worksheet_write_number(ws, 2, 4, 87.5, nullptr);
    if (workbook_close(wb) != LXW_NO_ERROR)
        qFatal("libxlsxwriter failed");
    return p;
}

void TestXlsxReader::libxlsxwriterWorkbook()
{
    XlsxReader r;
    QVERIFY(r.open(writeWithLibxlsxwriter("lxw.xlsx", false)));
    QCOMPARE(r.sheetNames(), (QStringList{QStringLiteral("Petunjuk"), QStringLiteral("Pegawai")}));
    SheetTable t;
    QVERIFY(r.readSheet(QStringLiteral("Pegawai"), t));
    QCOMPARE(t.sheetName, QStringLiteral("Pegawai"));
    QCOMPARE(t.sourceName, QStringLiteral("lxw.xlsx"));
    QCOMPARE(t.rowCount(), 3);
    QCOMPARE(t.text(1, 3), QStringLiteral("Tanggal Lahir"));
    QCOMPARE(t.cell(2, 1).type, CellType::String);
    QCOMPARE(t.text(2, 1), QStringLiteral("198501012010011001"));
    const Cell date = t.cell(2, 3);
    QCOMPARE(date.type, CellType::Date);
    QCOMPARE(date.dateTime.date(), QDate(1985, 1, 1));
    QCOMPARE(t.cell(2, 4).type, CellType::Boolean);
    QCOMPARE(t.cell(2, 4).number, 1.0);
    QCOMPARE(t.cell(3, 1).type, CellType::Number);
    QCOMPARE(t.cell(3, 5).number, 87.5);
    QCOMPARE(t.cell(3, 5).reference(), QStringLiteral("E3"));
    QVERIFY(t.cell(2, 5).isEmpty());
    QCOMPARE(t.cell(2, 5).row, 2);
}

void TestXlsxReader::constantMemoryInlineStrings()
{
    XlsxReader r;
    QVERIFY(r.open(writeWithLibxlsxwriter("lxw-cm.xlsx", true)));
    SheetTable t;
    QVERIFY(r.readSheet(QStringLiteral("pegawai"), t)); // case-insensitive
    QCOMPARE(t.text(3, 2), QStringLiteral("Siti Rahayu"));
    QCOMPARE(t.cell(2, 3).type, CellType::Date);
}

void TestXlsxReader::sheetByName()
{
    XlsxReader r;
    QVERIFY(r.open(writeWithLibxlsxwriter("lxw2.xlsx", false)));
    SheetTable t;
    QVERIFY(r.readSheet({}, t)); // the first sheet
    QCOMPARE(t.sheetName, QStringLiteral("Petunjuk"));
    QCOMPARE(t.text(1, 1), QStringLiteral("Isi lembar Pegawai"));
}

void TestXlsxReader::wrongSheetName()
{
    XlsxReader r;
    QVERIFY(r.open(writeWithLibxlsxwriter("lxw3.xlsx", false)));
    SheetTable t;
    const auto s = r.readSheet(QStringLiteral("Employees"), t);
    QVERIFY(!s);
    QVERIFY2(s.message().contains(QLatin1String("Employees")), qPrintable(s.message()));
    QVERIFY(s.message().contains(QLatin1String("Pegawai")));
    QVERIFY(s.message().contains(QLatin1String("lxw3.xlsx")));
}

void TestXlsxReader::inlineAndRichText()
{
    const QByteArray sheet = "<sheetData><row r=\"1\">"
                             "<c r=\"A1\" t=\"inlineStr\"><is><t>Nama</t></is></c>"
                             "<c r=\"B1\" t=\"inlineStr\"><is><r><t>Ca</t></r><r><rPr><b/></rPr><t "
                             "xml:space=\"preserve\">tat an</t></r></is></c>"
                             "<c r=\"C1\" t=\"s\"><v>0</v></c>"
                             "<c r=\"D1\" t=\"s\"><v>1</v></c>"
                             "</row></sheetData>";
    const QByteArray shared = "<si><r><t>Ja</t></r><r><rPr><i/></rPr><t>batan</t></r>"
                              "<rPh sb=\"0\" eb=\"1\"><t>XX</t></rPh></si>"
                              "<si><t>Gol&amp;Ruang</t></si>";
    XlsxReader r;
    QVERIFY(r.open(writeParts("inline.xlsx", testutil::minimalWorkbook(sheet, shared))));
    SheetTable t;
    QVERIFY(r.readSheet({}, t));
    QCOMPARE(t.text(1, 1), QStringLiteral("Nama"));
    QCOMPARE(t.text(1, 2), QStringLiteral("Catat an"));
    QCOMPARE(t.text(1, 3), QStringLiteral("Jabatan"));
    QCOMPARE(t.text(1, 4), QStringLiteral("Gol&Ruang"));
}

void TestXlsxReader::date1904()
{
    const QByteArray styles = "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>"
                              "</cellXfs>";
    const QByteArray sheet = "<sheetData><row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c>"
                             "<c r=\"B1\" s=\"1\"><v>29951.5</v></c></row></sheetData>";
    XlsxReader r;
    QVERIFY(r.open(writeParts("d1904.xlsx", testutil::minimalWorkbook(sheet, {}, styles, true))));
    QVERIFY(r.isDate1904());
    SheetTable t;
    QVERIFY(r.readSheet({}, t));
    QCOMPARE(t.cell(1, 1).dateTime.date(), QDate(1904, 1, 1));
    QCOMPARE(t.cell(1, 2).dateTime.date(), QDate(1986, 1, 1));
    QCOMPARE(t.cell(1, 2).dateTime.time(), QTime(12, 0));
}

void TestXlsxReader::serialDates()
{
    QCOMPARE(XlsxReader::serialToDateTime(1, false).date(), QDate(1900, 1, 1));
    QCOMPARE(XlsxReader::serialToDateTime(59, false).date(), QDate(1900, 2, 28));
    QVERIFY(!XlsxReader::serialToDateTime(60, false).isValid()); // 29 Feb 1900
    QCOMPARE(XlsxReader::serialToDateTime(61, false).date(), QDate(1900, 3, 1));
    QCOMPARE(XlsxReader::serialToDateTime(31048, false).date(), QDate(1985, 1, 1));
    QCOMPARE(XlsxReader::serialToDateTime(45658.75, false),
             QDateTime(QDate(2025, 1, 1), QTime(18, 0), Qt::UTC));
    QVERIFY(!XlsxReader::serialToDateTime(-1, false).isValid());
    QVERIFY(!XlsxReader::serialToDateTime(1e300, false).isValid());
}

void TestXlsxReader::dateFormatCodes()
{
    QVERIFY(XlsxReader::isDateFormatCode(u"dd/mm/yyyy"));
    QVERIFY(XlsxReader::isDateFormatCode(u"[$-421]d mmmm yyyy;@"));
    QVERIFY(XlsxReader::isDateFormatCode(u"yyyy-mm-dd hh:mm"));
    QVERIFY(!XlsxReader::isDateFormatCode(u"0.00"));
    QVERIFY(!XlsxReader::isDateFormatCode(u"General"));
    QVERIFY(!XlsxReader::isDateFormatCode(u"\"days\" 0"));
    QVERIFY(!XlsxReader::isDateFormatCode(u"[Red]#,##0"));
    QVERIFY(!XlsxReader::isDateFormatCode(u"0\\d"));
    QVERIFY(XlsxReader::isBuiltinDateFormat(14));
    QVERIFY(XlsxReader::isBuiltinDateFormat(22));
    QVERIFY(!XlsxReader::isBuiltinDateFormat(49));

    // A custom date format in styles.xml; cellStyleXfs are not cell formats.
    const QByteArray styles =
        "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"d/m/yyyy\"/>"
        "<numFmt numFmtId=\"165\" formatCode=\"&quot;Rp&quot; #,##0\"/></numFmts>"
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
        "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/>"
        "</cellXfs>";
    const QByteArray sheet = "<sheetData><row r=\"1\"><c r=\"A1\"><v>31048</v></c>"
                             "<c r=\"B1\" s=\"1\"><v>31048</v></c>"
                             "<c r=\"C1\" s=\"2\"><v>31048</v></c></row></sheetData>";
    XlsxReader r;
    QVERIFY(r.open(writeParts("fmt.xlsx", testutil::minimalWorkbook(sheet, {}, styles))));
    SheetTable t;
    QVERIFY(r.readSheet({}, t));
    QCOMPARE(t.cell(1, 1).type, CellType::Number);
    QCOMPARE(t.cell(1, 2).type, CellType::Date);
    QCOMPARE(t.cell(1, 2).dateTime.date(), QDate(1985, 1, 1));
    QCOMPARE(t.cell(1, 3).type, CellType::Number);
}

void TestXlsxReader::formulasWithCachedValues()
{
    const QByteArray sheet = "<sheetData><row r=\"1\">"
                             "<c r=\"A1\"><f>1+1</f><v>2</v></c>"
                             "<c r=\"B1\" t=\"str\"><f>\"a\"&amp;\"b\"</f><v>ab</v></c>"
                             "<c r=\"C1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
                             "<c r=\"D1\"><f t=\"shared\" si=\"0\"/><v>3</v></c>"
                             "<c r=\"E1\"><f>NOW()</f></c>"
                             "<c r=\"F1\" t=\"e\"><v>#N/A</v></c>"
                             "</row></sheetData>";
    XlsxReader r;
    QVERIFY(r.open(writeParts("formula.xlsx", testutil::minimalWorkbook(sheet))));
    SheetTable t;
    QVERIFY(r.readSheet({}, t));
    QCOMPARE(t.cell(1, 1).type, CellType::Formula);
    QCOMPARE(t.cell(1, 1).valueType, CellType::Number);
    QCOMPARE(t.cell(1, 1).number, 2.0);
    QCOMPARE(t.cell(1, 1).formula, QStringLiteral("1+1"));
    QCOMPARE(t.cell(1, 2).effectiveType(), CellType::String);
    QCOMPARE(t.cell(1, 2).text, QStringLiteral("ab"));
    QCOMPARE(t.cell(1, 3).valueType, CellType::Error);
    QCOMPARE(t.cell(1, 3).text, QStringLiteral("#DIV/0!"));
    QCOMPARE(t.cell(1, 4).type, CellType::Formula);
    QCOMPARE(t.cell(1, 5).type, CellType::Formula);
    QCOMPARE(t.cell(1, 5).valueType, CellType::Empty);
    QCOMPARE(t.cell(1, 6).type, CellType::Error);
}

void TestXlsxReader::mergedCells()
{
    const QByteArray sheet = "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Judul"
                             "</t></is></c></row></sheetData>"
                             "<mergeCells count=\"1\"><mergeCell ref=\"A1:C2\"/></mergeCells>";
    XlsxReader r;
    QVERIFY(r.open(writeParts("merged.xlsx", testutil::minimalWorkbook(sheet))));
    SheetTable t;
    QVERIFY(r.readSheet({}, t));
    QCOMPARE(t.merged.size(), 1);
    QCOMPARE(t.merged.first().reference(), QStringLiteral("A1:C2"));
    MergedRange m;
    QVERIFY(t.isMerged(2, 3, &m));
    QVERIFY(!t.isMerged(3, 1));
}

void TestXlsxReader::missingSharedStrings()
{
    // Rows of numbers and inline strings without a sharedStrings part: fine.
    const QByteArray sheet = "<sheetData><row><c><v>1</v></c><c><v>2</v></c></row>"
                             "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData>";
    XlsxReader r;
    QVERIFY(r.open(writeParts("noshared.xlsx", testutil::minimalWorkbook(sheet))));
    SheetTable t;
    QVERIFY(r.readSheet({}, t));
    QCOMPARE(t.cell(1, 2).number, 2.0); // cells without r attributes are numbered in order
    QCOMPARE(t.text(2, 1), QStringLiteral("x"));
}

void TestXlsxReader::badSharedStringIndex()
{
    const QByteArray sheet = "<sheetData><row r=\"7\"><c r=\"C7\" t=\"s\"><v>5</v></c></row>"
                             "</sheetData>";
    XlsxReader r;
    QVERIFY(r.open(writeParts("badsst.xlsx", testutil::minimalWorkbook(sheet))));
    SheetTable t;
    const auto s = r.readSheet({}, t);
    QVERIFY(!s);
    QVERIFY2(s.message().contains(QLatin1String("C7")), qPrintable(s.message()));
    QVERIFY(s.message().contains(QLatin1String("Data")));
    QVERIFY(s.message().contains(QLatin1String("badsst.xlsx")));
}

void TestXlsxReader::corruptSheetXml()
{
    const QByteArray sheet = "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></row></sheetData>";
    XlsxReader r;
    QVERIFY(r.open(writeParts("badxml.xlsx", testutil::minimalWorkbook(sheet))));
    SheetTable t;
    const auto s = r.readSheet({}, t);
    QVERIFY(!s);
    QVERIFY2(s.message().contains(QLatin1String("not valid XML")), qPrintable(s.message()));
    QCOMPARE(t.rowCount(), 0);
}

void TestXlsxReader::notZip()
{
    const QString p = path("text.xlsx");
    QVERIFY(testutil::writeFile(p, "NIP,Nama\n1,2\n"));
    XlsxReader r;
    const auto s = r.open(p);
    QVERIFY(!s);
    QVERIFY2(s.message().contains(QLatin1String("text.xlsx")), qPrintable(s.message()));
    QVERIFY(s.message().contains(QLatin1String("zip")));
    QVERIFY(r.sheetNames().isEmpty());
}

void TestXlsxReader::truncated()
{
    const QByteArray full = testutil::readAll(writeWithLibxlsxwriter("whole.xlsx", false));
    QVERIFY(full.size() > 1000);
    const QString p = path("half.xlsx");
    QVERIFY(testutil::writeFile(p, full.left(full.size() / 2)));
    XlsxReader r;
    const auto s = r.open(p);
    QVERIFY(!s);
    QVERIFY2(s.message().contains(QLatin1String("half.xlsx")), qPrintable(s.message()));
    QVERIFY(s.message().contains(QLatin1String("damaged")));
}

void TestXlsxReader::emptyFile()
{
    const QString p = path("empty.xlsx");
    QVERIFY(testutil::writeFile(p, {}));
    XlsxReader r;
    const auto s = r.open(p);
    QVERIFY(!s);
    QVERIFY2(s.message().contains(QLatin1String("empty")), qPrintable(s.message()));
}

void TestXlsxReader::oldXls()
{
    XlsxReader r;
    const auto s =
        r.openData(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest"), QStringLiteral("old.xls"));
    QVERIFY(!s);
    QVERIFY2(s.message().contains(QLatin1String(".xls")), qPrintable(s.message()));
}

void TestXlsxReader::zipWithoutWorkbook()
{
    XlsxReader r;
    const auto s = r.open(writeParts("plain.zip", {{QStringLiteral("a.txt"), "hello"}}));
    QVERIFY(!s);
    QVERIFY2(s.message().contains(QLatin1String("not an XLSX")), qPrintable(s.message()));
    const auto ods = r.open(writeParts(
        "calc.xlsx", {{QStringLiteral("mimetype"), "x"}, {QStringLiteral("content.xml"), "<a/>"}}));
    QVERIFY(!ods);
    QVERIFY2(ods.message().contains(QLatin1String(".ods")), qPrintable(ods.message()));
}

void TestXlsxReader::zeroRows()
{
    XlsxReader r;
    QVERIFY(r.open(writeParts("zero.xlsx", testutil::minimalWorkbook("<sheetData/>"))));
    SheetTable t;
    QVERIFY(r.readSheet({}, t));
    QCOMPARE(t.rowCount(), 0); // TableColumns::requireDataRows refuses it
}

void TestXlsxReader::rowLimit()
{
    QByteArray sheet = "<sheetData>";
    for (int i = 1; i <= 120; ++i)
        sheet += "<row r=\"" + QByteArray::number(i) + "\"><c><v>" + QByteArray::number(i) +
                 "</v></c></row>";
    sheet += "</sheetData>";
    XlsxOptions options;
    options.maxRows = 100;
    XlsxReader r(options);
    QVERIFY(r.open(writeParts("rows.xlsx", testutil::minimalWorkbook(sheet))));
    SheetTable t;
    const auto s = r.readSheet({}, t);
    QVERIFY(!s);
    QVERIFY2(s.message().contains(QLatin1String("more than 100 rows")), qPrintable(s.message()));
    QCOMPARE(t.rowCount(), 0);
}

void TestXlsxReader::progressAndCancel()
{
    QByteArray sheet = "<sheetData>";
    for (int i = 1; i <= 2000; ++i)
        sheet += "<row r=\"" + QByteArray::number(i) + "\"><c><v>" + QByteArray::number(i) +
                 "</v></c></row>";
    sheet += "</sheetData>";
    const QString path = writeParts("progress.xlsx", testutil::minimalWorkbook(sheet));
    QVector<QPair<qint64, qint64>> calls;
    XlsxOptions options;
    options.progress = [&calls](qint64 done, qint64 total) {
        calls.append({done, total});
        return true;
    };
    {
        XlsxReader r(options);
        QVERIFY(r.open(path));
        SheetTable t;
        QVERIFY(r.readSheet({}, t));
        QCOMPARE(t.rowCount(), 2000);
    }
    // Once at the start, then every 256 rows, in bytes of the sheet part, never backwards.
    QCOMPARE(calls.size(), 1 + 2000 / 256);
    QCOMPARE(calls.first().first, 0);
    const qint64 total = calls.first().second;
    QVERIFY(total >= sheet.size());
    for (int i = 1; i < calls.size(); ++i) {
        QCOMPARE(calls[i].second, total);
        QVERIFY(calls[i].first >= calls[i - 1].first);
        QVERIFY(calls[i].first <= total);
    }
    QVERIFY(calls.last().first > 0);

    // Returning false stops the read: an error and no rows.
    int seen = 0;
    options.progress = [&seen](qint64, qint64) { return ++seen < 3; };
    XlsxReader r(options);
    QVERIFY(r.open(path));
    SheetTable t;
    const auto s = r.readSheet({}, t);
    QVERIFY(!s);
    QVERIFY2(s.message().contains(QLatin1String("cancelled")), qPrintable(s.message()));
    QCOMPARE(seen, 3);
    QCOMPARE(t.rowCount(), 0);
}

void TestXlsxReader::partSizeCap()
{
    // A highly compressible sheet part beyond the cap is refused as a possible zip bomb.
    QByteArray sheet = "<sheetData>";
    sheet += QByteArray(2 * 1024 * 1024, ' ');
    sheet += "</sheetData>";
    XlsxOptions options;
    options.maxPartSize = 1024 * 1024;
    XlsxReader r(options);
    QVERIFY(r.open(writeParts("bomb.xlsx", testutil::minimalWorkbook(sheet))));
    SheetTable t;
    const auto s = r.readSheet({}, t);
    QVERIFY(!s);
    QVERIFY2(s.message().contains(QLatin1String("zip bomb")), qPrintable(s.message()));
}

void TestXlsxReader::cellReferences()
{
    QCOMPARE(columnLetters(1), QStringLiteral("A"));
    QCOMPARE(columnLetters(26), QStringLiteral("Z"));
    QCOMPARE(columnLetters(27), QStringLiteral("AA"));
    QCOMPARE(columnLetters(16384), QStringLiteral("XFD"));
    QCOMPARE(cellReference(7, 3), QStringLiteral("C7"));
    int r = 0, c = 0;
    QVERIFY(parseCellReference(u"$AB$12", r, c));
    QCOMPARE(r, 12);
    QCOMPARE(c, 28);
    QVERIFY(!parseCellReference(u"12", r, c));
    QVERIFY(!parseCellReference(u"A0", r, c));
    QVERIFY(!parseCellReference(u"XFE1", r, c));
    QVERIFY(!parseCellReference(u"A1B", r, c));
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "test_xlsx_reader.moc"
