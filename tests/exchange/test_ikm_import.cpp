#include "exchange/ikmimport.h"
#include "importtestutil.h"
#include "storage/ikmsurveyrepository.h"
#include "storage/periodrepository.h"
#include "support/smalldistrict.h"
#include "support/tempdatabase.h"

#include <QFile>
#include <QLocale>
#include <QTest>

#include <xlsxwriter.h>

using namespace kinerja;
using namespace kinerja::exchange;

namespace {

// The worked example of tests/scoring/test_ikm.cpp (four respondents), by hand:
//           U1 U2 U3 U4 U5 U6 U7 U8 U9
//   row 2:   4  4  3  4  3  3  4  3  3
//   row 3:   3  3  3  4  3  3  3  3  2
//   row 4:   4  3  2  4  3  4  4  3  3
//   row 5:   3  3  3  4  4  3  3  2  3
//   totals: 14 13 11 16 13 13 14 11 11
//   NRR:   3.5 3.25 2.75 4 3.25 3.25 3.5 2.75 2.75 (sum 29)
//   IKM = 29 × 0.111 = 3.219; IKM unit pelayanan = 3.219 × 25 = 80.475 → 80.48: B (Baik).
const int Hand[4][IkmUnsurCount] = {{4, 4, 3, 4, 3, 3, 4, 3, 3},
                                    {3, 3, 3, 4, 3, 3, 3, 3, 2},
                                    {4, 3, 2, 4, 3, 4, 4, 3, 3},
                                    {3, 3, 3, 4, 4, 3, 3, 2, 3}};
const int HandTotals[IkmUnsurCount] = {14, 13, 11, 16, 13, 13, 14, 11, 11};

const char *const Header = "No,Tanggal,Jenis Kelamin,Umur,Pendidikan,Pekerjaan,U1,U2,U3,U4,U5,U6,"
                           "U7,U8,U9,Keterangan\n";

// One CSV line: respondent i, six ignored columns, the answers (as text), a remark.
QByteArray line(int i, const QStringList &answers)
{
    return QStringLiteral("%1,2026-03-0%1,L,35,SMA,Wiraswasta,%2,\n")
        .arg(i)
        .arg(answers.join(QLatin1Char(',')))
        .toUtf8();
}

QByteArray handCsv()
{
    QByteArray csv = Header;
    for (int r = 0; r < 4; ++r) {
        QStringList answers;
        for (int u = 0; u < IkmUnsurCount; ++u)
            answers << QString::number(Hand[r][u]);
        csv += line(r + 1, answers);
    }
    return csv;
}

QStringList texts(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *t : list)
        out << QString::fromUtf8(t);
    return out;
}

QStringList answers(const char *first, int repeat = IkmUnsurCount)
{
    QStringList list(repeat, QString::fromLatin1(first));
    while (list.size() < IkmUnsurCount)
        list << QStringLiteral("3");
    return list;
}

} // namespace

class TestIkmImport : public QObject {
    Q_OBJECT

private:
    TempDatabase m_temp;
    SmallDistrict m_district;
    qint64 m_q1 = 0;
    int m_file = 0;

    Database &db() { return m_temp.db(); }
    qint64 unitId() const { return m_district.dinasA.id; }

    QString write(const QByteArray &data, const char *suffix = "csv")
    {
        const QString path =
            m_temp.dir() + QStringLiteral("/survei%1.%2").arg(++m_file).arg(QLatin1String(suffix));
        return support::writeFile(path, data);
    }

    bool hasProblem(const IkmImport &import, int row, int column, const QString &part)
    {
        return importtest::hasProblem(import.problems(), row, column, part);
    }

    void readOk(IkmImport &import, const QString &path)
    {
        import.setTarget(m_q1, unitId());
        QVERIFY2(import.read(path), qPrintable(import.problems().value(0).text()));
        QVERIFY2(!import.hasProblems(), qPrintable(import.problems().value(0).text()));
    }

    bool nothingStored()
    {
        return !IkmSurveyRepository(db()).find(m_q1, unitId()) &&
               !PeriodRepository(db()).organisationAchievement(m_q1, unitId());
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init()
    {
        m_file = 0; // each test's first file is survei1.csv
        m_temp.open();
        m_district.build(db());
        QVERIFY(PeriodRepository(db()).create(Period::quarter(2026, 1), 0, &m_q1));
    }
    void cleanup()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_temp.db().close();
        m_temp.remove();
    }

    void workedExample()
    {
        // The unit's capaian has a predikat and a note already: the import keeps them.
        OrganisationAchievement before;
        before.periodId = m_q1;
        before.unitId = unitId();
        before.predikat = OrganisationPredikat::Baik;
        before.note = QStringLiteral("LKjIP 2026");
        QVERIFY(PeriodRepository(db()).setOrganisationAchievement(before));

        IkmImport import(db());
        // A blank line and a line with a respondent number and a remark only are skipped.
        readOk(import, write(handCsv() + ",,,,,,,,,,,,,,,\n" + "9,,,,,,,,,,,,,,,tidak mengisi\n"));
        QCOMPARE(import.responses().size(), 4);
        QCOMPARE(import.skippedRows(), 1);
        const IkmResult &r = import.result();
        QVERIFY(r.isComplete());
        QCOMPARE(*r.ikm, 3.219);
        QCOMPARE(r.unit->value, 80.475);
        QCOMPARE(r.unit->rounded, 80.48);
        QCOMPARE(r.unit->band.code, QStringLiteral("B"));

        QCOMPARE(import.previewHeaders().size(), IkmUnsurCount + 1);
        QCOMPARE(import.previewHeaders().first(), QStringLiteral("U1"));
        QCOMPARE(import.previewCount(), 4);
        QCOMPARE(import.previewSourceRow(3), 5);
        QCOMPARE(import.previewCells(0), texts({"4", "4", "3", "4", "3", "3", "4", "3", "3", ""}));
        QCOMPARE(import.previewSummary(),
                 QStringLiteral("4 respondent(s); IKM 80.48 (B, Baik); new; 1 row(s) without "
                                "answers skipped"));

        QString summary;
        QVector<int> calls;
        const Status s = import.commitAll(
            [&calls](int done, int total) {
                calls << done;
                return total == 5;
            },
            &summary);
        QVERIFY2(s, qPrintable(s.message()));
        QCOMPARE(calls, (QVector<int>{1, 2, 3, 4, 5}));
        QCOMPARE(summary, QStringLiteral("Saved the IKM survey of Dinas Pendidikan for 2026-Q1: "
                                         "4 respondent(s), IKM 80.48 (B, Baik)."));

        const auto stored = IkmSurveyRepository(db()).find(m_q1, unitId());
        QVERIFY(stored);
        QCOMPARE(stored->respondents, 4);
        for (int u = 0; u < IkmUnsurCount; ++u) {
            QCOMPARE(stored->answered[u], 4);
            QCOMPARE(stored->sums[u], HandTotals[u]);
        }
        QCOMPARE(stored->unitValue, 80.475);
        QCOMPARE(stored->sourceName, QStringLiteral("survei1.csv"));
        QVERIFY(stored->importedAt.isValid());
        const auto org = PeriodRepository(db()).organisationAchievement(m_q1, unitId());
        QCOMPARE(org->ikm, std::optional<double>(80.48));
        QCOMPARE(org->predikat, std::optional<OrganisationPredikat>(OrganisationPredikat::Baik));
        QCOMPARE(org->note, QStringLiteral("LKjIP 2026"));
        // A second commit needs a fresh read.
        QVERIFY(!import.commitAll({}, nullptr));
    }

    void reimportReplaces()
    {
        IkmImport first(db());
        readOk(first, write(handCsv()));
        QVERIFY(first.commitAll({}, nullptr));

        // Three respondents answering 4 everywhere: 4 × 0.111 × 9 × 25 = 99.9, A.
        QByteArray csv = Header;
        for (int i = 1; i <= 3; ++i)
            csv += line(i, answers("4"));
        IkmImport second(db());
        readOk(second, write(csv));
        QVERIFY(second.previous());
        QCOMPARE(second.previous()->respondents, 4);
        const QString date = QLocale().toString(second.previous()->importedAt.toLocalTime().date(),
                                                QStringLiteral("d MMMM yyyy"));
        QCOMPARE(second.previewSummary(),
                 QStringLiteral("3 respondent(s); IKM 99.90 (A, Sangat Baik); replaces the survey "
                                "of %1 (4 respondent(s), IKM 80.48, survei1.csv)")
                     .arg(date));
        QString summary;
        QVERIFY(second.commitAll({}, &summary));
        QVERIFY2(summary.endsWith(QStringLiteral(" It replaces the survey of %1 (4 "
                                                 "respondent(s), IKM 80.48, survei1.csv).")
                                      .arg(date)),
                 qPrintable(summary));
        const auto stored = IkmSurveyRepository(db()).find(m_q1, unitId());
        QCOMPARE(stored->respondents, 3);
        QCOMPARE(stored->sums[0], 12);
        QCOMPARE(PeriodRepository(db()).organisationAchievement(m_q1, unitId())->ikm,
                 std::optional<double>(99.9));
    }

    void skippedAnswers()
    {
        QByteArray csv = handCsv();
        csv.replace("3,2,3,\n", "3,,3,\n"); // row 5 skipped U8 (was 2)
        IkmImport import(db());
        readOk(import, write(csv));
        QCOMPARE(import.result().answered[7], 3);
        QCOMPARE(*import.result().nrr[7], 3.0); // 9 / 3, not 9 / 4
        QCOMPARE(*import.result().ikm, (29.0 - 2.75 + 3.0) * 0.111);
        QCOMPARE(import.previewCells(3).at(7), QString());
        QCOMPARE(import.previewCells(3).last(), QStringLiteral("1 unsur skipped"));
        QVERIFY(import.commitAll({}, nullptr));
        QCOMPARE(IkmSurveyRepository(db()).find(m_q1, unitId())->answered[7], 3);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<bool>("fileRefused");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("reason");
        QByteArray noU5 = handCsv();
        noU5.replace("U5,", "Catatan,");
        QTest::newRow("missing U5") << noU5 << true << 1 << 0 << QStringLiteral("“U5”");
        QTest::newRow("header only")
            << QByteArray(Header) << true << 0 << 0 << QStringLiteral("only the header row");
        QTest::newRow("answer 5") << QByteArray(handCsv() + line(5, answers("5", 3))) << false << 6
                                  << 9 << QStringLiteral("“5” is not an answer");
        QTest::newRow("answer 0") << QByteArray(handCsv() + line(5, answers("0", 1))) << false << 6
                                  << 7 << QStringLiteral("“0” is not an answer");
        QTest::newRow("text baik") << QByteArray(handCsv() + line(5, answers("baik", 2))) << false
                                   << 6 << 8 << QStringLiteral("“baik” is not an answer");
        QTest::newRow("2.5") << QByteArray(handCsv() + line(5, answers("2.5", 1))) << false << 6
                             << 7 << QStringLiteral("“2.5” is not an answer");
        QByteArray emptyU4 = handCsv();
        for (const char *row :
             {"4,4,3,4,3,3,4,3,3", "3,3,3,4,3,3,3,3,2", "4,3,2,4,3,4,4,3,3", "3,3,3,4,4,3,3,2,3"}) {
            QByteArray blanked(row);
            blanked.replace(6, 1, "");
            emptyU4.replace(row, blanked);
        }
        QTest::newRow("empty U4") << emptyU4 << false << 0 << 10
                                  << QStringLiteral("Nobody answered U4 (Biaya/tarif): column J");
        QTest::newRow("no answers") << QByteArray(QByteArray(Header) + "1,,,,,,,,,,,,,,,baru\n")
                                    << false << 0 << 0 << QStringLiteral("No row holds an answer");
    }
    void malformed()
    {
        QFETCH(QByteArray, csv);
        QFETCH(bool, fileRefused);
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, reason);
        IkmImport import(db());
        import.setTarget(m_q1, unitId());
        QCOMPARE(bool(import.read(write(csv))), !fileRefused);
        QVERIFY(import.hasProblems());
        QVERIFY(hasProblem(import, row, column, reason));
        QVERIFY(!import.result().isComplete());
        if (!fileRefused)
            QVERIFY2(import.previewSummary().contains(QStringLiteral("to correct")),
                     qPrintable(import.previewSummary()));
        QVERIFY(!import.commitAll({}, nullptr));
        QVERIFY(nothingStored());
    }

    void everyCellProblemIsListed()
    {
        IkmImport import(db());
        import.setTarget(m_q1, unitId());
        QVERIFY(import.read(
            write(handCsv() + line(5, texts({"5", "baik", "3", "4", "3", "3", "2.5", "0", "4"})))));
        QCOMPARE(import.problems().size(), 4);
        QCOMPARE(import.problems().at(0).text(),
                 QStringLiteral("Row 6, column G (U1): “5” is not an answer: write a whole number "
                                "1 (tidak baik) to 4 (sangat baik)."));
        QVERIFY(hasProblem(import, 6, 8, QStringLiteral("“baik”")));
        QVERIFY(hasProblem(import, 6, 13, QStringLiteral("“2.5”")));
        QVERIFY(hasProblem(import, 6, 14, QStringLiteral("“0”")));
        QCOMPARE(import.responses().size(), 4); // the good rows
        QCOMPARE(import.previewCount(), 5);
        QCOMPARE(import.previewCells(4).first(), QStringLiteral("5"));
        QVERIFY(import.previewCells(4).last().startsWith(QStringLiteral("Not counted")));
    }

    // Semicolons, decimal commas and Windows-1252, with the official unsur names.
    void semicolonWindows1252()
    {
        QByteArray csv = "No;Pendidikan;Persyaratan;Sistem, mekanisme, dan prosedur;Waktu "
                         "penyelesaian;Biaya/Tarif;Produk spesifikasi jenis pelayanan;KOMPETENSI "
                         "PELAKSANA;Perilaku pelaksana;Penanganan pengaduan, saran dan "
                         "masukan;Sarana dan prasarana;Keterangan\r\n";
        const char *const remarks[] = {"Pelayanan cepat \x96 ramah", "Caf\xe9 di ruang tunggu", "",
                                       ("\x93"
                                        "Baik\x94")};
        for (int r = 0; r < 4; ++r) {
            csv += QByteArray::number(r + 1) + ";D\x92III";
            for (int u = 0; u < IkmUnsurCount; ++u)
                csv += ';' + QByteArray::number(Hand[r][u]) + (u == 0 ? ",0" : "");
            csv += QByteArray(";") + remarks[r] + "\r\n";
        }
        IkmImport import(db());
        readOk(import, write(csv));
        QCOMPARE(import.columns().column(QStringLiteral("u1")), 3);
        QCOMPARE(import.columns().column(QStringLiteral("u9")), 11);
        QCOMPARE(import.result().unit->rounded, 80.48);
        QCOMPARE(import.previewCells(0).first(), QStringLiteral("4"));
    }

    void xlsxWithFormulaAndAliases()
    {
        const QString path = m_temp.dir() + QStringLiteral("/survei.xlsx");
        lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
        lxw_worksheet *ws = workbook_add_worksheet(wb, "SKM");
        const char *headers[] = {"No. Responden", "U 1",    "Unsur 2",  "U-3",
                                 "Biaya",         "Produk", "U6",       "Perilaku Pelaksana",
                                 "Pengaduan",     "Sarana", "Pekerjaan"};
        for (int c = 0; c < 11; ++c)
            worksheet_write_string(ws, 0, lxw_col_t(c), headers[c], nullptr);
        for (int r = 0; r < 4; ++r) {
            worksheet_write_number(ws, lxw_row_t(r + 1), 0, r + 1, nullptr);
            for (int u = 0; u < IkmUnsurCount; ++u)
                worksheet_write_number(ws, lxw_row_t(r + 1), lxw_col_t(u + 1), Hand[r][u], nullptr);
            worksheet_write_string(ws, lxw_row_t(r + 1), 10, "PNS", nullptr);
        }
        // Row 2's U1 derived from a letter code: counted by its cached value 4.
        worksheet_write_formula_num(ws, 1, 1, "=IF(L2=\"a\",4,1)", nullptr, 4);
        worksheet_write_string(ws, 1, 11, "a", nullptr);
        QCOMPARE(workbook_close(wb), LXW_NO_ERROR);

        IkmImport import(db());
        readOk(import, path);
        QCOMPARE(import.result().unit->rounded, 80.48);
        QString summary;
        QVERIFY(import.commitAll({}, &summary));
        QCOMPARE(IkmSurveyRepository(db()).find(m_q1, unitId())->sourceName,
                 QStringLiteral("survei.xlsx"));
    }

    void xlsxCellsThatAreNoAnswers()
    {
        const QString path = m_temp.dir() + QStringLiteral("/rusak.xlsx");
        lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
        lxw_worksheet *ws = workbook_add_worksheet(wb, "SKM");
        for (int u = 0; u < IkmUnsurCount; ++u) {
            worksheet_write_string(ws, 0, lxw_col_t(u), qPrintable(Ikm::unsurCode(u)), nullptr);
            for (int r = 1; r <= 3; ++r)
                worksheet_write_number(ws, lxw_row_t(r), lxw_col_t(u), 3, nullptr);
        }
        lxw_format *dateFormat = workbook_add_format(wb);
        format_set_num_format(dateFormat, "dd/mm/yyyy");
        lxw_datetime date = {2026, 3, 15, 0, 0, 0};
        worksheet_write_datetime(ws, 1, 2, &date, dateFormat);         // C2
        worksheet_write_formula_num(ws, 2, 4, "=2+3", nullptr, 5);     // E3
        worksheet_write_boolean(ws, 3, 5, 1, nullptr);                 // F4
        worksheet_write_formula_num(ws, 3, 6, "=1.5+1", nullptr, 2.5); // G4
        QCOMPARE(workbook_close(wb), LXW_NO_ERROR);

        IkmImport import(db());
        import.setTarget(m_q1, unitId());
        QVERIFY(import.read(path));
        QCOMPARE(import.problems().size(), 4);
        QVERIFY(hasProblem(import, 2, 3, QStringLiteral("a date (2026-03-15), not an answer")));
        QVERIFY(hasProblem(import, 3, 5, QStringLiteral("a formula (=2+3) that gives “5”")));
        QVERIFY(hasProblem(import, 4, 6, QStringLiteral("yes/no")));
        QVERIFY(hasProblem(import, 4, 7, QStringLiteral("gives “2.5”")));
        QVERIFY(!import.commitAll({}, nullptr));
        QVERIFY(nothingStored());
    }

    void targetRequired()
    {
        IkmImport import(db());
        const QString path = write(handCsv());
        QVERIFY(!import.read(path));
        QVERIFY(import.problems().value(0).reason.contains(QStringLiteral("Choose the period")));
        QVERIFY(!import.commitAll({}, nullptr));

        import.setTarget(m_q1, 999999);
        QVERIFY(!import.read(path));
        QVERIFY(import.problems().value(0).reason.contains(QStringLiteral("unit")));

        // Closed before reading, and closed between reading and committing.
        QVERIFY(PeriodRepository(db()).close(m_q1, QStringLiteral("admin")));
        import.setTarget(m_q1, unitId());
        QVERIFY(!import.read(path));
        QVERIFY(import.problems().value(0).reason.contains(QStringLiteral("2026-Q1 is closed")));
        QVERIFY(
            PeriodRepository(db()).reopen(m_q1, QStringLiteral("admin"), QStringLiteral("IKM")));
        QVERIFY(import.read(path));
        QVERIFY(PeriodRepository(db()).close(m_q1, QStringLiteral("admin")));
        const Status s = import.commitAll({}, nullptr);
        QVERIFY(!s);
        QVERIFY(s.message().contains(QStringLiteral("closed")));
        QVERIFY(nothingStored());
    }

    // The dialog sets the target again before the commit: the same target keeps the
    // preview; another one asks for a new read.
    void settingTheSameTargetKeepsThePreview()
    {
        IkmImport import(db());
        readOk(import, write(handCsv()));
        import.setTarget(m_q1, unitId());
        QString summary;
        const Status s = import.commitAll({}, &summary);
        QVERIFY2(s, qPrintable(s.message()));
        QVERIFY(IkmSurveyRepository(db()).find(m_q1, unitId()));

        IkmImport other(db());
        readOk(other, write(handCsv()));
        qint64 q2 = 0;
        QVERIFY(PeriodRepository(db()).create(Period::quarter(2026, 2), 0, &q2));
        other.setTarget(q2, unitId());
        QVERIFY(!other.commitAll({}, nullptr));
        QVERIFY(!IkmSurveyRepository(db()).find(q2, unitId()));
    }

    void cancelWritesNothing_data()
    {
        QTest::addColumn<int>("cancelAt");
        QTest::newRow("first respondent") << 1;
        QTest::newRow("after the save") << 5;
    }
    void cancelWritesNothing()
    {
        QFETCH(int, cancelAt);
        IkmImport import(db());
        readOk(import, write(handCsv()));
        const Status s =
            import.commitAll([cancelAt](int done, int) { return done < cancelAt; }, nullptr);
        QVERIFY(!s);
        QVERIFY(s.message().contains(QStringLiteral("cancelled")));
        QVERIFY(nothingStored());
    }

    // An answer column written both ways ("4,0" and "3.0"): "4,000" can mean 4 or 4000 and
    // is a problem at its cell, never read as 4.
    void answerWithTwoReadings()
    {
        IkmImport import(db());
        import.setTarget(m_q1, unitId());
        QVERIFY(import.read(
            write(handCsv() + line(5, texts({"\"4,0\"", "3", "3", "4", "3", "3", "3", "3", "4"})) +
                  line(6, texts({"3.0", "3", "3", "4", "3", "3", "3", "3", "4"})) +
                  line(7, texts({"\"4,000\"", "3", "3", "4", "3", "3", "3", "3", "4"})))));
        QCOMPARE(import.problems().size(), 1);
        QVERIFY(hasProblem(import, 8, 7, QStringLiteral("“4,000” can mean 4 or 4,000")));
        QVERIFY(!import.commitAll({}, nullptr));
        QVERIFY(nothingStored());
    }

    void indonesianNumbers()
    {
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        IkmImport import(db());
        readOk(import, write(handCsv()));
        QVERIFY2(import.previewSummary().contains(QStringLiteral("IKM 80,48 (B, Baik)")),
                 qPrintable(import.previewSummary()));
        QCOMPARE(IkmImport::formatValue(99.9), QStringLiteral("99,90"));
    }
};

QTEST_GUILESS_MAIN(TestIkmImport)
#include "test_ikm_import.moc"
