#include "exchange/csvwriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kinerja::exchange;

namespace {

ExportColumn column(const QString &header, ColumnKind kind, int places = 2)
{
    ExportColumn c;
    c.header = header;
    c.kind = kind;
    c.places = places;
    return c;
}

QVector<ExportColumn> columns()
{
    return {column(QStringLiteral("NIP"), ColumnKind::Identifier),
            column(QStringLiteral("Nama"), ColumnKind::Text),
            column(QStringLiteral("Nilai"), ColumnKind::Decimal, 2),
            column(QStringLiteral("Jumlah"), ColumnKind::Integer),
            column(QStringLiteral("Final"), ColumnKind::Percent, 1),
            column(QStringLiteral("Tanggal"), ColumnKind::Date)};
}

ExportRow row(const QString &nip, const QString &name, double score, int count, double share,
              const QDate &date)
{
    ExportRow r(6);
    r[0].setText(nip);
    r[1].setText(name);
    r[2].setNumber(score);
    r[3].setNumber(count);
    r[4].setNumber(share);
    r[5].setDate(date);
    return r;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

class TestCsvWriter : public QObject {
    Q_OBJECT
private slots:
    void commaWithBomAndQuoting()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rekap.csv"));
        CsvWriter w(path); // defaults: comma, BOM, decimal point
        QVERIFY(w.open(columns()).isOk());
        QVERIFY(w.writeRow(row(QStringLiteral("198503122010011001"),
                               QStringLiteral("Dr. Budi, S.Kom. \"Pak Bud\""), 87.5, 3, 0.855,
                               QDate(2026, 3, 31)))
                    .isOk());
        ExportRow second = row(QStringLiteral("198503122010012002"),
                               QStringLiteral("Siti\r\nAminah; Ibu"), 90, 12, 1, QDate());
        second[2].clear();
        QVERIFY(w.writeRow(second).isOk());
        QVERIFY(!QFile::exists(path)); // nothing before commit
        QVERIFY(w.commit().isOk());
        const QByteArray expected =
            "\xEF\xBB\xBFNIP,Nama,Nilai,Jumlah,Final,Tanggal\r\n"
            "198503122010011001,\"Dr. Budi, S.Kom. \"\"Pak Bud\"\"\",87.50,3,85.5%,2026-03-31\r\n"
            "198503122010012002,\"Siti\r\nAminah; Ibu\",,12,100.0%,\r\n";
        QCOMPARE(readAll(path), expected);
    }

    void semicolonUsesDecimalComma()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rekap.csv"));
        CsvWriteOptions options;
        options.delimiter = ';';
        options.bom = false;
        CsvWriter w(path, options);
        QVERIFY(w.open(columns()).isOk());
        QVERIFY(w.writeRow(row(QStringLiteral("198503122010011001"),
                               QStringLiteral("Budi, Santoso; S.Kom."), 87.5, 3, 0.855,
                               QDate(2026, 3, 31)))
                    .isOk());
        QVERIFY(w.commit().isOk());
        QCOMPARE(readAll(path),
                 QByteArray("NIP;Nama;Nilai;Jumlah;Final;Tanggal\r\n"
                            "198503122010011001;\"Budi, Santoso; S.Kom.\";87,50;3;85,5%;"
                            "2026-03-31\r\n"));
    }

    void decimalCommaCanBeChosenApart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rekap.csv"));
        CsvWriteOptions options;
        options.bom = false;
        options.decimalComma = true; // with a comma delimiter the number is quoted
        CsvWriter w(path, options);
        QVERIFY(w.open({column(QStringLiteral("Nilai"), ColumnKind::Decimal, 1)}).isOk());
        ExportRow r(1);
        r[0].setNumber(3.75);
        QVERIFY(w.writeRow(r).isOk());
        QVERIFY(w.commit().isOk());
        QCOMPARE(readAll(path), QByteArray("Nilai\r\n\"3,8\"\r\n"));
    }

    void cancelLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rekap.csv"));
        {
            CsvWriter w(path);
            QVERIFY(w.open(columns()).isOk());
            QVERIFY(w.writeRow(row(QStringLiteral("1"), QStringLiteral("x"), 1, 1, 1, {})).isOk());
            w.cancel();
        }
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void unwritablePathNamesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no-such-folder/rekap.csv"));
        CsvWriter w(path);
        const kinerja::Status s = w.open(columns());
        QVERIFY(!s.isOk());
        QVERIFY2(s.message().contains(QDir::toNativeSeparators(path)), qPrintable(s.message()));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "test_csv_writer.moc"
