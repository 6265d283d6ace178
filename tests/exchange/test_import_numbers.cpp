// Numbers in imported appraisal data, the Indonesian way: "5.000" and
// "5.000.000" are thousands, "90,5" is 90.5; a file written with decimal points still
// reads; conflicting evidence makes a text with two readings a problem at its row and
// column (nothing written); cells a spreadsheet stores as numbers are taken as they are.
#include "exchange/appraisalimport.h"
#include "importtestutil.h"
#include "storage/appraisalbulk.h"
#include "storage/appraisalcontent.h"
#include "storage/schemerepository.h"
#include "support/appraisalfixture.h"
#include "support/tempdatabase.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTest>

#include <xlsxwriter.h>

using namespace kinerja;
using namespace kinerja::exchange;

class TestImportNumbers : public QObject {
    Q_OBJECT

    TempDatabase *m_t = nullptr;
    AppraisalWorld m_w;
    qint64 m_pp46 = 0;
    int m_file = 0;

    Database &db() { return m_t->db(); }
    QByteArray budi() const { return m_w.staff1.nip.toLatin1(); }
    qint64 pp46Appraisal() { return AppraisalRepository(db()).findFor(m_w.staff1.id, m_pp46)->id; }
    qint64 q1Appraisal() { return AppraisalRepository(db()).findFor(m_w.staff1.id, m_w.q1)->id; }
    QVector<KegiatanEntry> kegiatan() { return AppraisalContent(db()).kegiatan(pp46Appraisal()); }

    QString writeCsv(const QByteArray &data)
    {
        const QString path = QDir(m_t->dir()).filePath(QStringLiteral("data%1.csv").arg(++m_file));
        return support::writeFile(path, data);
    }
    bool hasProblem(const AppraisalImport &import, int row, int column, const QString &part)
    {
        return importtest::hasProblem(import.problems(), row, column, part);
    }
    void importOk(const QString &path)
    {
        AppraisalImport import(db());
        QVERIFY2(import.read(path), qPrintable(import.problems().value(0).text()));
        QVERIFY2(!import.hasProblems(), qPrintable(import.problems().value(0).text()));
        QString summary;
        VERIFY_OK(import.commitAll({}, &summary));
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanupTestCase() { QLocale::setDefault(QLocale::system()); }

    void init()
    {
        m_t = new TempDatabase;
        m_w = AppraisalWorld();
        m_w.build(m_t->open());
        BulkReport report;
        VERIFY_OK(AppraisalBulk(db(), QStringLiteral("admin"))
                      .createForUnit(m_w.q1, m_w.d.root.id, true, &report));
        VERIFY_OK(AppraisalContent(db()).setRhk(q1Appraisal(), AppraisalWorld::onePlan()));
        // A PP 46/2011 year with three kegiatan for Budi.
        m_pp46 = AppraisalWorld::period(
            db(), Period::annual(2026),
            SchemeRepository(db()).findByCode(QStringLiteral("pp46"))->latestVersionId);
        QVector<KegiatanEntry> list;
        for (const char *name : {"Menyusun laporan", "Mengolah data", "Rapat koordinasi"}) {
            KegiatanEntry k;
            k.kegiatan.name = QString::fromLatin1(name);
            k.kegiatan.targetKuantitas = 10;
            k.kegiatan.targetKualitas = 100;
            k.kegiatan.targetWaktu = 12;
            list << k;
        }
        VERIFY_OK(AppraisalContent(db()).setKegiatan(
            AppraisalWorld::appraisal(db(), m_w.staff1.id, m_pp46), list));
    }
    void cleanup()
    {
        delete m_t;
        m_t = nullptr;
    }

    // The case: the Biaya columns of an Indonesian file.
    void indonesianThousands()
    {
        importOk(writeCsv("NIP,Periode,No. Kegiatan,Target Biaya,Realisasi Biaya,Realisasi "
                          "Kualitas\n" +
                          budi() + ",2026,1,5.000.000,4.500.000,\"90,5\"\n" + budi() +
                          ",2026,2,5.000,5.000,100\n"));
        const auto list = kegiatan();
        QCOMPARE(list[0].kegiatan.targetBiaya, std::optional<double>(5000000));
        QCOMPARE(list[0].kegiatan.realBiaya, std::optional<double>(4500000));
        QCOMPARE(list[0].kegiatan.realKualitas, std::optional<double>(90.5));
        QCOMPARE(list[1].kegiatan.targetBiaya, std::optional<double>(5000));
        QCOMPARE(list[1].kegiatan.realBiaya, std::optional<double>(5000));
    }

    // A semicolon-delimited file (as a spreadsheet with a decimal comma saves it): "1,500"
    // in a column without other evidence is 1.5.
    void semicolonFile()
    {
        importOk(writeCsv("NIP;Periode;No. Kegiatan;Realisasi Kuantitas;Realisasi Waktu\n" +
                          budi() + ";2026;1;1,500;12\n"));
        QCOMPARE(kegiatan()[0].kegiatan.realKuantitas, std::optional<double>(1.5));
    }

    // A file written with decimal points still reads: "1.000" in it is one.
    void pointDecimalFile()
    {
        importOk(writeCsv("NIP,Periode,No. Kegiatan,Realisasi Kuantitas,Realisasi Kualitas\n" +
                          budi() + ",2026,1,9,90.5\n" + budi() + ",2026,2,1.000,80.25\n"));
        const auto list = kegiatan();
        QCOMPARE(list[0].kegiatan.realKuantitas, std::optional<double>(9));
        QCOMPARE(list[0].kegiatan.realKualitas, std::optional<double>(90.5));
        QCOMPARE(list[1].kegiatan.realKuantitas, std::optional<double>(1));
        QCOMPARE(list[1].kegiatan.realKualitas, std::optional<double>(80.25));
    }

    // Both conventions in one column: "5.000" is a problem that says both readings, at its
    // row and column; nothing is written.
    void conflictingColumn()
    {
        AppraisalImport import(db());
        QVERIFY(import.read(writeCsv("NIP,Periode,No. Kegiatan,Target Biaya\n" + budi() +
                                     ",2026,1,5.000.000\n" + budi() + ",2026,2,\"7,500.5\"\n" +
                                     budi() + ",2026,3,5.000\n")));
        QCOMPARE(import.problems().size(), 1);
        QVERIFY(hasProblem(import, 4, 4, QStringLiteral("“5.000” can mean 5 or 5,000")));
        QVERIFY(hasProblem(import, 4, 4, QStringLiteral("“5.000.000” with a decimal comma")));
        QVERIFY(hasProblem(import, 4, 4, QStringLiteral("“7,500.5” with a decimal point")));
        QVERIFY2(import.problems()[0].text().startsWith(
                     QStringLiteral("Row 4, column D (Target Biaya): “5.000” can mean")),
                 qPrintable(import.problems()[0].text()));
        QVERIFY(!import.commitAll({}, nullptr));
        for (const KegiatanEntry &k : kegiatan())
            QVERIFY(!k.kegiatan.targetBiaya);
    }

    // A column without evidence in a file with both: its two-reading texts are problems too.
    void conflictingFile()
    {
        AppraisalImport import(db());
        QVERIFY(import.read(writeCsv("NIP,Periode,No. Kegiatan,Realisasi Kuantitas,Realisasi "
                                     "Kualitas,Realisasi Waktu\n" +
                                     budi() + ",2026,1,\"2,000\",\"90,5\",12.5\n")));
        QVERIFY(hasProblem(import, 2, 4, QStringLiteral("can mean 2 or 2,000")));
        QVERIFY(hasProblem(import, 2, 4, QStringLiteral("this file")));
        QCOMPARE(import.problems().size(), 1);
        QVERIFY(!import.commitAll({}, nullptr));
        QVERIFY(!kegiatan()[0].kegiatan.realKuantitas);
    }

    // Number cells are numbers as they are; the workbook's text cells follow the rules.
    void xlsxNumberCells()
    {
        const QString path = QDir(m_t->dir()).filePath(QStringLiteral("data.xlsx"));
        lxw_workbook *wb = workbook_new(path.toUtf8().constData());
        lxw_worksheet *ws = workbook_add_worksheet(wb, "Kegiatan");
        const char *headers[] = {"NIP",          "Periode",         "No. Kegiatan",
                                 "Target Biaya", "Realisasi Biaya", "Realisasi Kualitas"};
        for (int c = 0; c < 6; ++c)
            worksheet_write_string(ws, 0, lxw_col_t(c), headers[c], nullptr);
        for (int r = 1; r <= 2; ++r) {
            worksheet_write_string(ws, lxw_row_t(r), 0, budi().constData(), nullptr);
            worksheet_write_string(ws, lxw_row_t(r), 1, "2026", nullptr);
            worksheet_write_number(ws, lxw_row_t(r), 2, r, nullptr);
        }
        worksheet_write_number(ws, 1, 3, 5000000, nullptr);
        worksheet_write_string(ws, 1, 4, "4.500.000", nullptr);
        worksheet_write_string(ws, 1, 5, "90.5", nullptr); // decimal point elsewhere
        worksheet_write_number(ws, 2, 3, 5000, nullptr);
        worksheet_write_string(ws, 2, 4, "5.000", nullptr);
        QCOMPARE(workbook_close(wb), LXW_NO_ERROR);
        importOk(path);
        const auto list = kegiatan();
        QCOMPARE(list[0].kegiatan.targetBiaya, std::optional<double>(5000000));
        QCOMPARE(list[0].kegiatan.realBiaya, std::optional<double>(4500000));
        QCOMPARE(list[0].kegiatan.realKualitas, std::optional<double>(90.5));
        QCOMPARE(list[1].kegiatan.targetBiaya, std::optional<double>(5000));
        QCOMPARE(list[1].kegiatan.realBiaya,
                 std::optional<double>(5000)); // its column: "4.500.000"
    }

    // A number cell in a text column (the SKP's target) is kept the Indonesian way.
    void xlsxNumberCellAsIndicatorText()
    {
        const QString path = QDir(m_t->dir()).filePath(QStringLiteral("hasil.xlsx"));
        lxw_workbook *wb = workbook_new(path.toUtf8().constData());
        lxw_worksheet *ws = workbook_add_worksheet(wb, "Hasil Kerja");
        const char *headers[] = {"NIP", "Periode", "No. Indikator", "Target", "Realisasi"};
        for (int c = 0; c < 5; ++c)
            worksheet_write_string(ws, 0, lxw_col_t(c), headers[c], nullptr);
        worksheet_write_string(ws, 1, 0, budi().constData(), nullptr);
        worksheet_write_string(ws, 1, 1, "2026-Q1", nullptr);
        worksheet_write_string(ws, 1, 2, "1.1", nullptr);
        worksheet_write_number(ws, 1, 3, 12.5, nullptr);
        worksheet_write_number(ws, 1, 4, 0.0015, nullptr);
        QCOMPARE(workbook_close(wb), LXW_NO_ERROR);
        importOk(path);
        const auto plan = AppraisalContent(db()).rhk(q1Appraisal());
        QCOMPARE(plan[0].indicators[0].target, QStringLiteral("12,5"));
        QCOMPARE(plan[0].indicators[0].realisasi, QStringLiteral("0,0015"));
    }

    // SKP targets and realisasi are kept as text; a number written with a decimal point is
    // rewritten so that it reads as the same number in Indonesian.
    void indicatorTexts()
    {
        importOk(writeCsv("NIP,Periode,No. Indikator,Target,Realisasi\n" + budi() +
                          ",2026-Q1,1.1,12.5,5.000\n"));
        auto plan = AppraisalContent(db()).rhk(q1Appraisal());
        QCOMPARE(plan[0].indicators[0].target, QStringLiteral("12,5"));
        QCOMPARE(plan[0].indicators[0].realisasi, QStringLiteral("5"));

        importOk(writeCsv("NIP,Periode,No. Indikator,Target,Realisasi\n" + budi() +
                          ",2026-Q1,1.1,5.000,\"4.500,5\"\n"));
        plan = AppraisalContent(db()).rhk(q1Appraisal());
        QCOMPARE(plan[0].indicators[0].target, QStringLiteral("5.000"));
        QCOMPARE(plan[0].indicators[0].realisasi, QStringLiteral("4.500,5"));

        importOk(writeCsv("NIP,Periode,No. Indikator,Target,Realisasi\n" + budi() +
                          ",2026-Q1,1.1,100%,12 dokumen\n"));
        plan = AppraisalContent(db()).rhk(q1Appraisal());
        QCOMPARE(plan[0].indicators[0].target, QStringLiteral("100%"));
        QCOMPARE(plan[0].indicators[0].realisasi, QStringLiteral("12 dokumen"));
    }

    // A stored "-5.000" realisasi is minus five thousand: refused as negative.
    void storedTextsFollowTheRules()
    {
        QVector<Rhk> plan = AppraisalWorld::onePlan();
        plan[0].indicators[0].target = QStringLiteral("5.000");
        plan[0].indicators[0].realisasi = QStringLiteral("4.500.000");
        VERIFY_OK(AppraisalContent(db()).setRhk(q1Appraisal(), plan));
        plan[0].indicators[0].realisasi = QStringLiteral("-1.000.000");
        QVERIFY(!AppraisalContent(db()).setRhk(q1Appraisal(), plan));
    }
};

QTEST_GUILESS_MAIN(TestImportNumbers)
#include "test_import_numbers.moc"
