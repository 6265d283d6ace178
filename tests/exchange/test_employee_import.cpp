#include "exchange/employeeimport.h"
#include "exchange/jabatantext.h"
#include "importtestutil.h"
#include "storage/employeerepository.h"
#include "support/smalldistrict.h"
#include "support/tempdatabase.h"

#include <QFile>
#include <QTest>
#include <algorithm>

#include <xlsxwriter.h>

using namespace kinerja;
using namespace kinerja::exchange;

namespace {

const char *const Header = "NIP,Nama,Gelar Depan,Gelar Belakang,Status,Pangkat/Golongan,Jabatan,"
                           "Jenis Jabatan,Unit Kerja,NIP Atasan\n";
// The atasan (Budi) comes after his subordinate (Siti).
const char *const SitiRow = "198503122010012002,Siti Aminah,,S.Kom.,PNS,III/b,Analis Kepegawaian "
                            "Ahli Muda,Fungsional Ahli Muda,bidang  pembinaan sd,"
                            "198503122010011001\n";
const char *const BudiRow = "198503122010011001,Budi Santoso,Dr.,M.M.,PNS,\"Pembina, IV/a\","
                            "Kepala Dinas,JPT Pratama,Dinas Pendidikan,\n";

} // namespace

class TestEmployeeImport : public QObject {
    Q_OBJECT

private:
    TempDatabase m_temp;
    SmallDistrict m_district;
    int m_file = 0;

    Database &db() { return m_temp.db(); }

    QString writeCsv(const QByteArray &data)
    {
        const QString path = m_temp.dir() + QStringLiteral("/pegawai%1.csv").arg(++m_file);
        return support::writeFile(path, data);
    }

    bool hasProblem(const EmployeeImport &p, int row, int column, const QString &part)
    {
        return importtest::hasProblem(p.problems(), row, column, part);
    }

    void importClean()
    {
        EmployeeImport import(db());
        QVERIFY2(import.read(writeCsv(QByteArray(Header) + SitiRow + BudiRow)),
                 qPrintable(import.problems().value(0).text()));
        QVERIFY(!import.hasProblems());
        ImportSummary summary;
        const Status s = import.commit(QDate(2025, 7, 1), &summary);
        QVERIFY2(s, qPrintable(s.message()));
        QCOMPARE(summary.text(), QStringLiteral("2 new, 0 changed, 0 unchanged"));
    }

private slots:
    void init()
    {
        m_temp.open();
        m_district.build(db());
    }
    void cleanup()
    {
        m_temp.db().close();
        m_temp.remove();
    }

    void cleanCsvImport()
    {
        importClean();
        EmployeeRepository repo(db());
        QCOMPARE(repo.count(), 2);
        const auto budi = repo.findByNip(QStringLiteral("198503122010011001"));
        const auto siti = repo.findByNip(QStringLiteral("198503122010012002"));
        QVERIFY(budi && siti);
        QCOMPARE(budi->fullName(), QStringLiteral("Dr. Budi Santoso, M.M."));
        QCOMPARE(budi->grade, 41);
        QCOMPARE(budi->jabatanKind, JabatanKind::Jpt);
        QCOMPARE(budi->jenjang, Jenjang::JptPratama);
        QCOMPARE(budi->unitId, m_district.dinasA.id);
        QCOMPARE(siti->grade, 32);
        QCOMPARE(siti->jabatanKind, JabatanKind::Fungsional);
        QCOMPARE(siti->jenjang, Jenjang::AhliMuda);
        QCOMPARE(siti->unitId, m_district.bidangA1.id);
        QCOMPARE(siti->atasanId, budi->id);
    }

    // A valid UTF-8 file keeps its accents (it was once read as Windows-1252 whole when
    // another row held a bad byte, storing "SukmawatÃ­").
    void utf8NameStays()
    {
        QByteArray siti(SitiRow);
        siti.replace("Siti Aminah", "Sukmawat\xC3\xAD");
        EmployeeImport import(db());
        QVERIFY2(import.read(writeCsv(QByteArray(Header) + siti + BudiRow)),
                 qPrintable(import.problems().value(0).text()));
        QVERIFY(!import.hasProblems());
        QVERIFY(import.commit(QDate(2025, 7, 1)));
        QCOMPARE(EmployeeRepository(db()).findByNip(QStringLiteral("198503122010012002"))->name,
                 QString::fromUtf8("Sukmawat\xC3\xAD"));
    }

    // One byte that is not UTF-8 in a UTF-8 file: the file is refused, naming that byte's
    // row and column; nothing is read as Windows-1252 and nothing is written.
    void badByteInUtf8FileWritesNothing()
    {
        QByteArray siti(SitiRow);
        siti.replace("Siti Aminah", "Sukmawat\xC3\xAD");
        QByteArray budi(BudiRow);
        budi.replace("Budi Santoso", "Budi Sant\xF6so");
        EmployeeImport import(db());
        const Status s = import.read(writeCsv(QByteArray(Header) + siti + budi));
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QStringLiteral("row 3, column B: the byte 0xF6")),
                 qPrintable(s.message()));
        QCOMPARE(import.problems().size(), 1);
        QCOMPARE(import.problems()[0].reason, s.message());
        QVERIFY(!import.commit(QDate(2025, 7, 1)));
        QVERIFY(!EmployeeRepository(db()).findByNip(QStringLiteral("198503122010012002")));
        QVERIFY(!EmployeeRepository(db()).findByNip(QStringLiteral("198503122010011001")));
    }

    void reimportReportsChanges()
    {
        importClean();
        EmployeeImport import(db());
        QByteArray siti(SitiRow);
        siti.replace("Analis Kepegawaian Ahli Muda", "Pranata Komputer Ahli Muda");
        QVERIFY(import.read(writeCsv(QByteArray(Header) + siti + BudiRow)));
        const ImportPreview &p = import.preview();
        QVERIFY(!import.hasProblems());
        QCOMPARE(p.rows.size(), 2);
        QCOMPARE(p.rows[0].action, ImportAction::Changed);
        QCOMPARE(p.rows[0].changedFields, QStringList{QStringLiteral("jabatan")});
        QCOMPARE(p.rows[1].action, ImportAction::Unchanged);
        ImportSummary summary;
        QVERIFY(import.commit(QDate(2025, 7, 1), &summary));
        QCOMPARE(summary.text(), QStringLiteral("0 new, 1 changed, 1 unchanged"));
        EmployeeRepository repo(db());
        const auto stored = repo.findByNip(QStringLiteral("198503122010012002"));
        QCOMPARE(stored->jabatan, QStringLiteral("Pranata Komputer Ahli Muda"));
        QCOMPARE(repo.history(stored->id).size(), 2);
        QCOMPARE(repo.history(stored->id).last().validFrom, QDate(2025, 7, 1));
        // A second commit needs a fresh read.
        QVERIFY(!import.commit(QDate(2025, 7, 1)));
    }

    // The GUI's mapping step: headers the importer does not know are chosen by hand.
    void columnChoicesMapUnknownHeaders()
    {
        EmployeeImport import(db());
        const QString path = writeCsv("Nomor Induk;Nama Lengkap;Jabatan;Unit Kerja;Gol\n"
                                      "198503122010012002;Siti Aminah;Analis Kepegawaian Ahli "
                                      "Muda;Dinas Pendidikan;III/b\n");
        QVERIFY(!import.read(path));
        QVERIFY(import.problems().value(0).reason.contains(QStringLiteral("“NIP”")));
        QVERIFY(import.problems().value(0).reason.contains(QStringLiteral("“Nama”")));
        QCOMPARE(import.columns().column(QStringLiteral("jabatan")), 3);
        QCOMPARE(import.columns().column(QStringLiteral("unit")), 4);
        QVERIFY(!import.columns().has(QStringLiteral("nip")));

        // NIP in column A, Nama in B; "Jabatan" (C) chosen as not in the file is refused
        // because it is required.
        QVERIFY(!import.readTable(import.table(), {{QStringLiteral("nip"), 1},
                                                   {QStringLiteral("name"), 2},
                                                   {QStringLiteral("jabatan"), 0}}));
        QVERIFY(import.readTable(import.table(), {{QStringLiteral("nip"), 1},
                                                  {QStringLiteral("name"), 2},
                                                  {QStringLiteral("grade"), 5}}));
        QVERIFY2(!import.hasProblems(), qPrintable(import.problems().value(0).text()));
        QCOMPARE(import.previewCount(), 1);
        QCOMPARE(import.previewSourceRow(0), 2);
        QCOMPARE(import.previewCells(0).mid(0, 3),
                 (QStringList{QStringLiteral("New"), QStringLiteral("19850312 201001 2 002"),
                              QStringLiteral("Siti Aminah")}));
        QCOMPARE(import.previewSummary(), QStringLiteral("1 new, 0 changed, 0 unchanged"));
        import.setEffective(QDate(2025, 7, 1));
        QString summary;
        const Status s = import.commitAll({}, &summary);
        QVERIFY2(s, qPrintable(s.message()));
        QCOMPARE(summary, QStringLiteral("1 new, 0 changed, 0 unchanged"));
        QCOMPARE(EmployeeRepository(db()).count(), 1);
    }

    void xlsxImportWithEnglishHeaders()
    {
        const QString path = m_temp.dir() + QStringLiteral("/pegawai.xlsx");
        lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
        lxw_worksheet *ws = workbook_add_worksheet(wb, "Pegawai");
        const char *headers[] = {"Name",     " nip ",         "Employee status", "Grade",
                                 "Position", "Position type", "Work unit"};
        for (int c = 0; c < 7; ++c)
            worksheet_write_string(ws, 0, lxw_col_t(c), headers[c], nullptr);
        const char *row[] = {"Rina Wati",         "199001012021211001", "PPPK",           "IX",
                             "Guru Ahli Pertama", "Fungsional",         "Dinas Kesehatan"};
        for (int c = 0; c < 7; ++c)
            worksheet_write_string(ws, 1, lxw_col_t(c), row[c], nullptr);
        QCOMPARE(workbook_close(wb), LXW_NO_ERROR);

        EmployeeImport import(db());
        QVERIFY(import.read(path));
        QVERIFY2(!import.hasProblems(), qPrintable(import.problems().value(0).text()));
        ImportSummary summary;
        QVERIFY(import.commit(QDate(2025, 7, 1), &summary));
        QCOMPARE(summary.created, 1);
        const auto rina = EmployeeRepository(db()).findByNip(QStringLiteral("199001012021211001"));
        QVERIFY(rina);
        QCOMPARE(rina->status, EmployeeStatus::Pppk);
        QCOMPARE(rina->grade, 9);
        QCOMPARE(rina->jenjang, Jenjang::AhliPertama); // from the jabatan name
        QCOMPARE(rina->unitId, m_district.dinasB.id);
    }

    void xlsxNumberNipAndFormulaAreAllListed()
    {
        const QString path = m_temp.dir() + QStringLiteral("/rusak.xlsx");
        lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
        lxw_worksheet *ws = workbook_add_worksheet(wb, "Pegawai");
        const char *headers[] = {"NIP", "Nama", "Golongan", "Jabatan", "Unit Kerja"};
        for (int c = 0; c < 5; ++c)
            worksheet_write_string(ws, 0, lxw_col_t(c), headers[c], nullptr);
        worksheet_write_number(ws, 1, 0, 198503122010011001.0, nullptr);
        worksheet_write_string(ws, 1, 1, "Budi", nullptr);
        worksheet_write_string(ws, 1, 2, "III/b", nullptr);
        worksheet_write_string(ws, 1, 3, "Staf", nullptr);
        worksheet_write_string(ws, 1, 4, "Dinas Kesehatan", nullptr);
        worksheet_write_string(ws, 2, 0, "198503122010012002", nullptr);
        worksheet_write_string(ws, 2, 1, "Siti", nullptr);
        worksheet_write_string(ws, 2, 2, "III/b", nullptr);
        worksheet_write_formula(ws, 2, 3, "=D2", nullptr);
        worksheet_write_string(ws, 2, 4, "Dinas Kesehatan", nullptr);
        QCOMPARE(workbook_close(wb), LXW_NO_ERROR);

        EmployeeImport import(db());
        QVERIFY(import.read(path));
        QVERIFY(hasProblem(import, 2, 1, QStringLiteral("scientific")));
        QVERIFY(hasProblem(import, 3, 4, QStringLiteral("formula")));
        QVERIFY(import.problems()[0].text().startsWith(QStringLiteral("Row 2, column A (NIP): ")));
        QVERIFY(!import.commit(QDate(2025, 7, 1)));
        QCOMPARE(EmployeeRepository(db()).count(), 0);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<bool>("fileRefused");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing column")
            << QByteArray("NIP,Nama,Jabatan\n198503122010011003,Ani,Staf\n") << true << 1 << 0
            << QStringLiteral("“Unit Kerja”");
        QTest::newRow("header only")
            << QByteArray(Header) << true << 0 << 0 << QStringLiteral("only the header row");
        QTest::newRow("empty file") << QByteArray() << true << 0 << 0 << QString();
        QTest::newRow("duplicate nip")
            << QByteArray(QByteArray(Header) + BudiRow +
                          "198503122010011001,Budi Lagi,,,PNS,III/a,Staf,,Dinas Kesehatan,\n")
            << false << 3 << 1 << QStringLiteral("row 2");
        QTest::newRow("nip as number")
            << QByteArray(QByteArray(Header) +
                          "1.98503E+17,Ani,,,PNS,III/a,Staf,,Dinas Kesehatan,\n")
            << false << 2 << 1 << QStringLiteral("scientific notation");
        QTest::newRow("unknown unit")
            << QByteArray(QByteArray(Header) +
                          "198503122010011003,Ani,,,PNS,III/a,Staf,,Dinas Pariwisata,\n")
            << false << 2 << 9 << QStringLiteral("“Dinas Pariwisata”");
        QTest::newRow("invalid nip")
            << QByteArray(QByteArray(Header) +
                          "198513122010013003,Ani,,,PNS,III/a,Staf,,Dinas Kesehatan,\n")
            << false << 2 << 1 << QString();
        QTest::newRow("bad grade")
            << QByteArray(QByteArray(Header) +
                          "198503122010011003,Ani,,,PNS,V/z,Staf,,Dinas Kesehatan,\n")
            << false << 2 << 6 << QStringLiteral("“V/z”");
        QTest::newRow("unknown atasan")
            << QByteArray(QByteArray(Header) + "198503122010011003,Ani,,,PNS,III/a,Staf,,Dinas "
                                               "Kesehatan,198503122010012004\n")
            << false << 2 << 10 << QStringLiteral("in the file or in the database");
    }

    void malformed()
    {
        QFETCH(QByteArray, csv);
        QFETCH(bool, fileRefused);
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, reason);
        EmployeeImport import(db());
        const Status s = import.read(writeCsv(csv));
        QCOMPARE(!s, fileRefused);
        QVERIFY(import.hasProblems());
        QVERIFY(hasProblem(import, row, column, reason));
        QVERIFY(!import.commit(QDate(2025, 7, 1)));
        QCOMPARE(EmployeeRepository(db()).count(), 0);
    }

    // A row with several faults that only the employee rules see: each is named at its
    // own column, in the rules' words.
    void everyFaultOfARowIsNamed()
    {
        QByteArray siti(SitiRow);
        siti.replace("Siti Aminah", "123 .");
        siti.replace(",PNS,III/b,", ",PPPK,IX,");
        EmployeeImport import(db());
        QVERIFY(import.read(writeCsv(QByteArray(Header) + BudiRow + siti)));
        Employee probe;
        probe.nip = QStringLiteral("198503122010012002");
        probe.name = QStringLiteral("123 .");
        probe.status = EmployeeStatus::Pppk;
        const QVector<FieldProblem> expected = EmployeeRules::problems(probe);
        QCOMPARE(expected.value(0).field, QStringLiteral("nip"));
        QCOMPARE(expected.value(1).field, QStringLiteral("name"));
        // Both faults, not only the first.
        QCOMPARE(import.problems().size(), 2);
        QVERIFY(hasProblem(import, 3, 1, expected.value(0).message));
        QVERIFY(hasProblem(import, 3, 2, expected.value(1).message));
        QVERIFY(!import.preview().rows[1].employee.has_value());
        QVERIFY(!import.commit(QDate(2025, 7, 1)));
    }

    void validRowsAreNotWrittenWhenAnotherRowIsBad()
    {
        EmployeeImport import(db());
        QVERIFY(import.read(writeCsv(QByteArray(Header) + BudiRow +
                                     "198503122010011003,Ani,,,PNS,III/a,Staf,,Nowhere,\n")));
        QCOMPARE(import.problems().size(), 1);
        QVERIFY(import.preview().rows[0].employee.has_value());
        QVERIFY(!import.preview().rows[1].employee.has_value());
        QVERIFY(!import.commit(QDate(2025, 7, 1)));
        QCOMPARE(EmployeeRepository(db()).count(), 0);
    }

    void atasanLoopsAreProblemsOfThePreview()
    {
        // Budi's atasan is Siti, and Siti's is Budi: both rows are refused before the commit.
        QByteArray budi(BudiRow);
        budi.replace(",Dinas Pendidikan,\n", ",Dinas Pendidikan,198503122010012002\n");
        EmployeeImport import(db());
        QVERIFY(import.read(writeCsv(QByteArray(Header) + SitiRow + budi)));
        QCOMPARE(import.problems().size(), 2);
        QVERIFY(hasProblem(import, 2, 10,
                           QStringLiteral("Siti Aminah, S.Kom. → Dr. Budi Santoso, "
                                          "M.M. → Siti Aminah, S.Kom.")));
        QVERIFY(hasProblem(import, 3, 10, QStringLiteral("loop back")));
        QVERIFY(!import.commit(QDate(2025, 7, 1)));

        // Through a stored employee: once both are stored with Siti under Budi, a file that
        // puts Budi under Siti loops through the database.
        importClean();
        EmployeeImport again(db());
        QVERIFY(again.read(writeCsv(QByteArray(Header) + budi)));
        QVERIFY(hasProblem(again, 2, 10, QStringLiteral("loop back")));
    }

    void readProgressCoversFileAndRowsAndCancels()
    {
        QByteArray data(Header);
        for (int i = 0; i < 600; ++i)
            data += SitiRow; // the repeats are problems; the progress does not mind
        const QString path = writeCsv(data);
        const int storedBefore = EmployeeRepository(db()).count();
        EmployeeImport import(db());
        QVector<int> steps;
        import.setReadProgress([&steps](int done, int total) {
            if (total != TableImport::ReadSteps)
                qFatal("total %d", total);
        steps.append(done);
        return true;
    });
    QVERIFY(import.read(path));
    QCOMPARE(import.previewCount(), 600);
    // The file's bytes take the first half of the steps, the rows the second.
    QCOMPARE(steps.first(), 0);
    QVERIFY(std::is_sorted(steps.cbegin(), steps.cend()));
    QVERIFY(std::any_of(steps.cbegin(), steps.cend(), [](int v) { return v > 0 && v < 500; }));
    QVERIFY(steps.contains(500));
    QVERIFY(steps.last() > 500 && steps.last() <= TableImport::ReadSteps);

    // Cancelled while checking the rows: refused, with no preview.
        import.setReadProgress([](int done, int) { return done < 500; });
const Status s = import.read(path);
QVERIFY(!s);
QVERIFY2(s.message().contains(QLatin1String("cancelled")), qPrintable(s.message()));
QCOMPARE(import.previewCount(), 0);
QCOMPARE(import.problems().size(), 1);
QVERIFY(!import.commit(QDate(2025, 7, 1)));
QCOMPARE(EmployeeRepository(db()).count(), storedBefore);
}

void jabatanKindTexts()
{
    JabatanKind k{};
    Jenjang j{};
    QVERIFY(exchange::parseJabatanKind(QStringLiteral("Eselon III.a"), &k, &j));
    QCOMPARE(k, JabatanKind::Administrator);
    QVERIFY(exchange::parseJabatanKind(QStringLiteral("jabatan fungsional ahli utama"), &k, &j));
    QCOMPARE(k, JabatanKind::Fungsional);
    QCOMPARE(j, Jenjang::AhliUtama);
    QVERIFY(exchange::parseJabatanKind(QStringLiteral("JPT Utama"), &k, &j));
    QCOMPARE(j, Jenjang::JptUtama);
    QVERIFY(!exchange::parseJabatanKind(QStringLiteral("Kepala"), &k, &j));
}
}
;

QTEST_GUILESS_MAIN(TestEmployeeImport)
#include "test_employee_import.moc"
