// CsvReader: encodings, delimiters, RFC 4180 quoting and malformed input.
#include "exchange/csvreader.h"
#include "xlsxtestutil.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace kinerja::exchange;

class TestCsvReader : public QObject {
    Q_OBJECT
private slots:
    void simpleComma();
    void quoting();
    void crlfAndTrailingLine();
    void semicolonDecimalComma();
    void tabDelimiter();
    void utf8Bom();
    void windows1252();
    void invalidEncoding();
    void utf8NamesStay();
    void mostlyUtf8WithBadByte_data();
    void mostlyUtf8WithBadByte();
    void utf8ScanAndPositions();
    void utf16Refused();
    void emptyFile();
    void onlyLineBreaks();
    void unterminatedQuote();
    void headerOnly();
    void notCsv();
    void millionRowsRefused();
    void progressAndCancel();
};

void TestCsvReader::simpleComma()
{
    CsvReader r;
    SheetTable t;
    QVERIFY(r.readData("NIP,Nama\n198501012010011001,Budi\n", QStringLiteral("a.csv"), t));
    QCOMPARE(r.delimiter(), u',');
    QCOMPARE(r.encoding(), TextEncoding::Utf8);
    QCOMPARE(t.rowCount(), 2);
    QCOMPARE(t.text(2, 1), QStringLiteral("198501012010011001"));
    QCOMPARE(t.cell(2, 2).reference(), QStringLiteral("B2"));
    QCOMPARE(t.cell(2, 2).type, CellType::String);
    QVERIFY(t.cell(2, 3).isEmpty());
    QCOMPARE(t.sourceName, QStringLiteral("a.csv"));
}

void TestCsvReader::quoting()
{
    CsvReader r;
    SheetTable t;
    QVERIFY(r.readData("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nlast,,\n", {}, t));
    QCOMPARE(t.rowCount(), 3);
    QCOMPARE(t.text(2, 1), QStringLiteral("x, y"));
    QCOMPARE(t.text(2, 2), QStringLiteral("say \"hi\""));
    QCOMPARE(t.text(2, 3), QStringLiteral("two\nlines"));
    QCOMPARE(t.text(3, 1), QStringLiteral("last"));
    QCOMPARE(t.rows[2].size(), 1); // trailing empty cells trimmed
}

void TestCsvReader::crlfAndTrailingLine()
{
    CsvReader r;
    SheetTable t;
    QVERIFY(r.readData("a;b\r\n1;2\r\n\r\n3;4\r\n\r\n", {}, t));
    QCOMPARE(r.delimiter(), u';');
    QCOMPARE(t.rowCount(), 4); // the blank line in the middle keeps its row number
    QVERIFY(t.isRowEmpty(3));
    QCOMPARE(t.text(4, 2), QStringLiteral("4"));
    QCOMPARE(t.cell(4, 2).row, 4);
}

void TestCsvReader::semicolonDecimalComma()
{
    CsvReader r;
    SheetTable t;
    QVERIFY(r.readData("NIP;Nilai;Bobot\n198501012010011001;87,5;0,25\n", {}, t));
    QCOMPARE(r.delimiter(), u';');
    QCOMPARE(t.columnCount(), 3);
    QCOMPARE(t.text(2, 2), QStringLiteral("87,5"));
    QCOMPARE(t.text(2, 3), QStringLiteral("0,25"));
}

void TestCsvReader::tabDelimiter()
{
    CsvReader r;
    SheetTable t;
    QVERIFY(r.readData("a\tb,c\td\n1\t2,5\t3\n", {}, t));
    QCOMPARE(r.delimiter(), u'\t');
    QCOMPARE(t.text(2, 2), QStringLiteral("2,5"));
}

void TestCsvReader::utf8Bom()
{
    CsvReader r;
    SheetTable t;
    QVERIFY(r.readData("\xEF\xBB\xBFNama,Kota\nRen\xC3\xA9,Bekasi\n", {}, t));
    QCOMPARE(r.encoding(), TextEncoding::Utf8Bom);
    QCOMPARE(t.text(1, 1), QStringLiteral("Nama")); // no BOM in the first header
    QCOMPARE(t.text(2, 1), QString::fromUtf8("Ren\xC3\xA9"));
}

void TestCsvReader::windows1252()
{
    CsvReader r;
    SheetTable t;
    // é = 0xE9, ’ = 0x92, € = 0x80 in Windows-1252.
    QVERIFY(r.readData("Nama;Catatan\nRen\xE9;Jum\x92"
                       "at \x80"
                       "5\n",
                       {}, t));
    QCOMPARE(r.encoding(), TextEncoding::Windows1252);
    QCOMPARE(t.text(2, 1), QString::fromUtf8("Ren\xC3\xA9"));
    QCOMPARE(t.text(2, 2), QString::fromUtf8("Jum\xE2\x80\x99"
                                             "at \xE2\x82\xAC"
                                             "5"));
}

void TestCsvReader::invalidEncoding()
{
    CsvReader r;
    SheetTable t;
    // 0x81 and 0x8D are not Windows-1252 either; the first is in row 2, column A.
    const auto s = r.readData("a,b\n\x81\x8D,x\n", QStringLiteral("bad.csv"), t);
    QVERIFY(!s);
    QVERIFY2(s.message().contains(QLatin1String("bad.csv")), qPrintable(s.message()));
    QVERIFY(s.message().contains(QLatin1String("UTF-8")));
    QVERIFY2(s.message().contains(QLatin1String("0x81 at row 2, column A")),
             qPrintable(s.message()));
    QCOMPARE(t.rowCount(), 0);
}

// A valid UTF-8 file keeps its accents; it is never read as Windows-1252 ("SukmawatÃ­").
void TestCsvReader::utf8NamesStay()
{
    CsvReader r;
    SheetTable t;
    QVERIFY(r.readData("Nama,Kota\nSukmawat\xC3\xAD,Ambon\nBudi,Bandung\n", {}, t));
    QCOMPARE(r.encoding(), TextEncoding::Utf8);
    QCOMPARE(t.text(2, 1), QString::fromUtf8("Sukmawat\xC3\xAD"));
}

// UTF-8 text with one bad byte elsewhere: refused, naming the byte's row and column,
// instead of being read whole as Windows-1252 (which corrupted every accent).
void TestCsvReader::mostlyUtf8WithBadByte_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("where");
    QTest::newRow("later row") << QByteArray("Nama,Kota,Catatan\nSukmawat\xC3\xAD,Ambon,ok\n"
                                             "Budi,Band\xFCng,x\n")
                               << QStringLiteral("row 3, column B: the byte 0xFC");
    QTest::newRow("earlier row") << QByteArray("Nama;Kota\nBudi;Caf\xE9\nSukmawat\xC3\xAD;Ambon\n")
                                 << QStringLiteral("row 2, column B: the byte 0xE9");
    QTest::newRow("quoted line break and CRLF")
        << QByteArray("Nama,Catatan\r\n\"Sukmawat\xC3\xAD\",\"two\r\nlines\"\r\n"
                      "Ani,\"x, y\",\x92z\r\n")
        << QStringLiteral("row 3, column C: the byte 0x92");
    QTest::newRow("cut sequence") << QByteArray("a,b\n\xC3\xA9,\xC3\n")
                                  << QStringLiteral("row 2, column B: the byte 0xC3");
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFNama,Kota\nRen\xE9,Ambon\n")
                         << QStringLiteral("row 2, column A holds the byte 0xE9");
}

void TestCsvReader::mostlyUtf8WithBadByte()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, where);
    CsvReader r;
    SheetTable t;
    const auto s = r.readData(data, QStringLiteral("pegawai.csv"), t);
    QVERIFY(!s);
    QVERIFY2(s.message().contains(where), qPrintable(s.message()));
    QVERIFY2(s.message().contains(QLatin1String("pegawai.csv")), qPrintable(s.message()));
    QCOMPARE(t.rowCount(), 0);
}

void TestCsvReader::utf8ScanAndPositions()
{
    auto scan = CsvReader::scanUtf8("plain");
    QCOMPARE(scan.firstError, qsizetype(-1));
    QCOMPARE(scan.multiByte, qsizetype(0));
    scan = CsvReader::scanUtf8("\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 \xE9 \xC3\xA9");
    QCOMPARE(scan.firstError, qsizetype(12));
    QCOMPARE(scan.multiByte, qsizetype(4));
    QVERIFY(!CsvReader::isValidUtf8("\xC0\xAF"));     // overlong
    QVERIFY(!CsvReader::isValidUtf8("\xED\xA0\x80")); // surrogate
    int row = 0, column = 0;
    const QByteArray data = "a,\"b\nc\",d\r\ne,f";
    CsvReader::positionOf(data, data.indexOf('f'), u',', &row, &column);
    QCOMPARE(row, 2);
    QCOMPARE(column, 2);
    CsvReader::positionOf(data, data.indexOf('d'), u',', &row, &column);
    QCOMPARE(row, 1);
    QCOMPARE(column, 3);
}

void TestCsvReader::utf16Refused()
{
    CsvReader r;
    SheetTable t;
    const auto s = r.readData(QByteArrayView("\xFF\xFE"
                                             "a\0,\0b\0",
                                             8),
                              QStringLiteral("u.csv"), t);
    QVERIFY(!s);
    QVERIFY2(s.message().contains(QLatin1String("UTF-16")), qPrintable(s.message()));
}

void TestCsvReader::emptyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.csv"));
    QVERIFY(testutil::writeFile(path, {}));
    CsvReader r;
    SheetTable t;
    const auto s = r.readFile(path, t);
    QVERIFY(!s);
    QVERIFY2(s.message().contains(QLatin1String("empty.csv")), qPrintable(s.message()));
    QVERIFY(s.message().contains(QLatin1String("empty")));
}

void TestCsvReader::onlyLineBreaks()
{
    CsvReader r;
    SheetTable t;
    const auto s = r.readData("\r\n\r\n\n", QStringLiteral("x.csv"), t);
    QVERIFY(!s);
    QVERIFY2(s.message().contains(QLatin1String("no data")), qPrintable(s.message()));
}

void TestCsvReader::unterminatedQuote()
{
    CsvReader r;
    SheetTable t;
    const auto s = r.readData("a,b\n1,2\n3,\"open\nstill open\n", QStringLiteral("q.csv"), t);
    QVERIFY(!s);
    QVERIFY2(s.message().contains(QLatin1String("line 3")), qPrintable(s.message()));
    QVERIFY(s.message().contains(QLatin1String("q.csv")));
    QCOMPARE(t.rowCount(), 0);
}

void TestCsvReader::headerOnly()
{
    CsvReader r;
    SheetTable t;
    QVERIFY(r.readData("NIP,Nama\n", {}, t)); // the importer refuses it (TableColumns)
    QCOMPARE(t.rowCount(), 1);
}

void TestCsvReader::notCsv()
{
    CsvReader r;
    SheetTable t;
    const auto s = r.readData("PK\x03\x04rest", QStringLiteral("book.csv"), t);
    QVERIFY(!s);
    QVERIFY2(s.message().contains(QLatin1String("XLSX")), qPrintable(s.message()));
    QVERIFY(!r.readData(QByteArrayView("a,b\0c", 5), {}, t));
}

void TestCsvReader::millionRowsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray chunk;
        chunk.reserve(64 * 1024 * 1024);
        chunk += "NIP,Nama,Unit\n";
        for (int i = 0; i < 1000000; ++i) {
            chunk += "1985010120100110";
            chunk += QByteArray::number(i % 100).rightJustified(2, '0');
            chunk += ",Pegawai,Unit A\n";
        }
        QVERIFY(f.write(chunk) == chunk.size());
    }
    QElapsedTimer timer;
    timer.start();
    CsvReader r;
    SheetTable t;
    const auto s = r.readFile(path, t);
    const qint64 ms = timer.elapsed();
    QVERIFY(!s);
    QVERIFY2(s.message().contains(QLatin1String("200000")), qPrintable(s.message()));
    QCOMPARE(t.rowCount(), 0);
    qInfo("1,000,000-row CSV refused in %lld ms", ms);
    QVERIFY2(ms < 5000, qPrintable(QString::number(ms)));
}

void TestCsvReader::progressAndCancel()
{
    QByteArray data = "NIP;Nama\n";
    for (int i = 0; i < 1000; ++i)
        data += QByteArray::number(i) + ";Pegawai " + QByteArray::number(i) + "\n";
    QVector<QPair<qint64, qint64>> calls;
    CsvOptions options;
    options.progress = [&calls](qint64 done, qint64 total) {
        calls.append({done, total});
        return true;
    };
    {
        CsvReader r(options);
        SheetTable t;
        QVERIFY(r.readData(data, QStringLiteral("a.csv"), t));
        QCOMPARE(t.rowCount(), 1001);
    }
    // At the start, then every 256 records, in bytes of the data, never backwards.
    QCOMPARE(calls.size(), 1 + 1001 / 256);
    QCOMPARE(calls.first(), qMakePair(qint64(0), qint64(data.size())));
    for (int i = 1; i < calls.size(); ++i) {
        QVERIFY(calls[i].first > calls[i - 1].first);
        QVERIFY(calls[i].first < data.size());
        QCOMPARE(calls[i].second, qint64(data.size()));
    }

    // Returning false stops the read: an error and no rows.
    options.progress = [](qint64 done, qint64) { return done == 0; };
    CsvReader r(options);
    SheetTable t;
    const auto s = r.readData(data, QStringLiteral("a.csv"), t);
    QVERIFY(!s);
    QVERIFY2(s.message().contains(QLatin1String("cancelled")), qPrintable(s.message()));
    QCOMPARE(t.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csv_reader.moc"
