// kinerja-cli print and export, run as a user would, on a small demo database with a year
// of history.
#include "storage/appraisalquery.h"
#include "storage/database.h"
#include "storage/periodrepository.h"
#include "storage/unitrepository.h"

#include "support/process.h"
#include "support/tempdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kinerja;

namespace {

using support::Run;

Run run(const QString &program, const QStringList &args)
{
    QProcessEnvironment env = support::localeEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the CLI must not need a display
    env.remove(QStringLiteral("DISPLAY"));
    return support::run(program, args, env, 300000);
}

Run cli(const QStringList &args)
{
    return run(QStringLiteral(KINERJA_CLI_PATH), args);
}

QString pdfText(const QString &path)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")})
        .out;
}

QString pdfInfo(const QString &path)
{
    return run(QStringLiteral("pdfinfo"), {path}).out;
}

} // namespace

class TestCliOutput : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    TempDatabase m_server; // on the server engine: the database the demo goes into
    QString m_db;
    QString m_quarter;  // the last quarter of the history, e.g. "2025-Q4"
    QString m_unit;     // a unit with staff
    QStringList m_nips; // of that unit's appraisals in m_quarter
    int m_appraisals = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QStringList base() const { return {QStringLiteral("print"), QStringLiteral("--db"), m_db}; }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        m_db = TempDatabase::onServer() ? m_server.createOnServer(true)
                                        : path(QStringLiteral("demo.sqlite"));
        const Run r = cli({QStringLiteral("demo"), QStringLiteral("--db"), m_db,
                           QStringLiteral("--employees"), QStringLiteral("60"),
                           QStringLiteral("--years"), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        Database db;
        QVERIFY(db.open(m_db));
        const QVector<PeriodInfo> periods = PeriodRepository(db).all();
        QVERIFY(!periods.isEmpty());
        for (const PeriodInfo &p : periods)
            if (p.period.kind() == Period::Kind::Quarterly)
                m_quarter = p.code();
        const qint64 periodId = PeriodRepository(db).findByCode(m_quarter)->id;
        AppraisalFilter all;
        all.periodId = periodId;
        const QVector<AppraisalRow> rows = AppraisalQuery(db).rows(all);
        m_appraisals = static_cast<int>(rows.size());
        QVERIFY(m_appraisals > 10);
        QHash<QString, int> perUnit; // the unit with the most appraisals
        for (const AppraisalRow &row : rows)
            if (++perUnit[row.unitName] > perUnit.value(m_unit))
                m_unit = row.unitName;
        for (const AppraisalRow &row : rows)
            if (row.unitName == m_unit)
                m_nips << row.nip;
        QVERIFY(m_nips.size() >= 2);
    }

    void printsAUnitsSheetsInIndonesian()
    {
        const QString out = path(QStringLiteral("unit.pdf"));
        const Run r =
            cli(base() +
                QStringList{QStringLiteral("--period"), m_quarter, QStringLiteral("--unit"), m_unit,
                            QStringLiteral("--no-subunits"), QStringLiteral("--document"),
                            QStringLiteral("dokumen-evaluasi"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(out) || r.out.contains(QDir::toNativeSeparators(out)));
        QVERIFY(pdfInfo(out).contains(QStringLiteral("Pages:           %1").arg(m_nips.size())));
        const QString text = pdfText(out);
        QVERIFY(text.contains(QLatin1String("DOKUMEN EVALUASI KINERJA PEGAWAI")));
        QVERIFY(text.contains(QLatin1String("PEGAWAI YANG DINILAI")));
        QVERIFY(text.contains(QLatin1String("PEMERINTAH KABUPATEN"))); // the demo's agency
        for (const QString &nip : std::as_const(m_nips))
            QVERIFY2(text.contains(nip), qPrintable(nip));
    }

    void englishOnRequest()
    {
        const QString out = path(QStringLiteral("en.pdf"));
        const Run r =
            cli(base() + QStringList{QStringLiteral("--period"), m_quarter, QStringLiteral("--nip"),
                                     m_nips.constFirst(), QStringLiteral("--document"),
                                     QStringLiteral("dokumen-evaluasi"), QStringLiteral("--lang"),
                                     QStringLiteral("en"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(pdfText(out).contains(QLatin1String("EMPLOYEE PERFORMANCE EVALUATION DOCUMENT")));
    }

    void onePdfPerEmployeeOnF4()
    {
        const QString folder = path(QStringLiteral("each"));
        const Run r =
            cli(base() +
                QStringList{QStringLiteral("--period"), m_quarter, QStringLiteral("--nip"),
                            m_nips.constFirst(), QStringLiteral("--nip"), m_nips.constLast(),
                            QStringLiteral("--nip"), m_nips.constLast(), QStringLiteral("--paper"),
                            QStringLiteral("f4"), QStringLiteral("--per-employee"), folder});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 2);
        QVERIFY(files.constFirst().endsWith(QLatin1String(".pdf")));
        QVERIFY(files.join(QLatin1Char(' ')).contains(m_nips.constFirst()));
        QVERIFY(pdfInfo(QDir(folder).filePath(files.constFirst())).contains(QLatin1String("609")));
    }

    void recapOfTheWholeAgency()
    {
        const QString out = path(QStringLiteral("recap.pdf"));
        const Run r = cli(
            base() + QStringList{QStringLiteral("--period"), m_quarter, QStringLiteral("--recap"),
                                 QStringLiteral("predikat"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = pdfText(out);
        QVERIFY(text.contains(QLatin1String("REKAPITULASI PREDIKAT KINERJA PEGAWAI")));
        QVERIFY(text.contains(m_nips.constFirst()));
    }

    void exportsTheRecapInIndonesian()
    {
        const QString out = path(QStringLiteral("recap.xlsx"));
        const Run r = cli({QStringLiteral("export"), QStringLiteral("--db"), m_db,
                           QStringLiteral("--recap"), QStringLiteral("--period"), m_quarter,
                           QStringLiteral("--unit"), m_unit, QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("%1").arg(m_nips.size())));
        // Read back with openpyxl where it is installed (Debian python3-openpyxl).
        const Run py = run(QStringLiteral("/usr/bin/python3"),
                           {QStringLiteral("-c"),
                            QStringLiteral("import openpyxl,sys\n"
                                           "wb=openpyxl.load_workbook(sys.argv[1])\n"
                                           "ws=wb.worksheets[0]\n"
                                           "print(wb.sheetnames[0], ws.max_row - 1)\n"
                                           "print(ws['B1'].value, ws['B2'].data_type)\n"),
                            out});
        if (py.exitCode != 0)
            QSKIP("openpyxl is not available to read the workbook back");
        QVERIFY2(py.out.startsWith(QStringLiteral("Rekap %1\n").arg(m_nips.size())),
                 qPrintable(py.out));
        QVERIFY2(py.out.contains(QLatin1String("NIP s")), qPrintable(py.out)); // NIP as text
    }

    void exportsEmployeesAsSemicolonCsv()
    {
        const QString out = path(QStringLiteral("pegawai.csv"));
        const Run r = cli({QStringLiteral("export"), QStringLiteral("--db"), m_db,
                           QStringLiteral("--employees"), QStringLiteral("--unit"), m_unit,
                           QStringLiteral("--no-subunits"), QStringLiteral("--delimiter"),
                           QStringLiteral("semicolon"), QStringLiteral("--no-bom"),
                           QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.startsWith(QLatin1String("No.;NIP;Nama;"))); // no BOM, Indonesian
        for (const QString &nip : std::as_const(m_nips))
            QVERIFY2(text.contains(QLatin1Char(';') + nip + QLatin1Char(';')), qPrintable(nip));
    }

    // Export → import gives the same data: every employee of the agency comes back
    // unchanged (repeated unit names carry their parent), in XLSX and in CSV.
    void employeesRoundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("xlsx") << QStringLiteral("roundtrip.xlsx");
        QTest::newRow("csv") << QStringLiteral("roundtrip.csv");
    }
    void employeesRoundTrip()
    {
        QFETCH(QString, file);
        const QString out = path(file);
        Run r = cli({QStringLiteral("export"), QStringLiteral("--db"), m_db,
                     QStringLiteral("--employees"), QStringLiteral("--inactive"),
                     QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("import"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--employees"), out, QStringLiteral("--lang"),
                 QStringLiteral("en")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("0 new, 0 changed, 60 unchanged")),
                 qPrintable(r.out));
    }

    void importListsProblemsAndWritesNothing()
    {
        const QString csv = path(QStringLiteral("bad.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("NIP;Nama;Jabatan;Unit Kerja\n"
                "1.98501E+17;Budi;Pengadministrasi Perkantoran;Dinas Antariksa\n");
        f.close();
        const Run r = cli({QStringLiteral("import"), QStringLiteral("--db"), m_db,
                           QStringLiteral("--employees"), csv, QStringLiteral("--lang"),
                           QStringLiteral("en")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("Row 2, column A")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("Dinas Antariksa")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("nothing was imported")), qPrintable(r.err));
    }

    // An entry template of a unit comes back unchanged; the demo's history is final and
    // closed, so a filled-in rating is refused with the row and nothing changes.
    void templateRoundTrip()
    {
        const QString out = path(QStringLiteral("template.xlsx"));
        Run r = cli({QStringLiteral("export"), QStringLiteral("--db"), m_db,
                     QStringLiteral("--template"), QStringLiteral("--period"), m_quarter,
                     QStringLiteral("--unit"), m_unit, QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // In Indonesian by default; all locked, as the demo's history is final and closed.
        QVERIFY2(r.out.contains(QStringLiteral("Templat isian ditulis untuk %1 penilaian, %1 di "
                                               "antaranya terkunci")
                                    .arg(m_nips.size())),
                 qPrintable(r.out));
        r = cli({QStringLiteral("import"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--appraisals"), out, QStringLiteral("--lang"),
                 QStringLiteral("en")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(
            r.out.contains(QStringLiteral("0 appraisals changed, %1 unchanged").arg(m_nips.size())),
            qPrintable(r.out));

        // Fill in a rating as a user would (openpyxl), in Indonesian instructions.
        const Run py =
            run(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral("-c"),
                 QStringLiteral("import openpyxl,sys\n"
                                "wb=openpyxl.load_workbook(sys.argv[1])\n"
                                "print(wb['Petunjuk']['A1'].value)\n"
                                "ws=wb['Penilaian']\n"
                                "ws['I2']='Di Bawah Ekspektasi' if ws['I2'].value!='Di Bawah "
                                "Ekspektasi' else 'Di Atas Ekspektasi'\n"
                                "wb.save(sys.argv[1])\n"),
                 out});
        if (py.exitCode != 0)
            QSKIP("openpyxl is not available to fill the workbook in");
        QVERIFY2(py.out.startsWith(QLatin1String("Templat isian penilaian kinerja")),
                 qPrintable(py.out));
        r = cli({QStringLiteral("import"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--appraisals"), out, QStringLiteral("--lang"),
                 QStringLiteral("en")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Sheet “Penilaian”, row 2")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("is closed")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("nothing was imported")), qPrintable(r.err));
    }

    void exportMistakesAreExplained_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString out = path(QStringLiteral("never.xlsx"));
        QTest::newRow("neither") << QStringList{QStringLiteral("--out"), out} << 2
                                 << QStringLiteral("--recap");
        QTest::newRow("template as csv")
            << QStringList{QStringLiteral("--template"), QStringLiteral("--period"), m_quarter,
                           QStringLiteral("--out"), path(QStringLiteral("never.csv"))}
            << 2 << QStringLiteral(".xlsx only");
        QTest::newRow("no period")
            << QStringList{QStringLiteral("--recap"), QStringLiteral("--out"), out} << 2
            << QStringLiteral("--period");
        QTest::newRow("odd extension")
            << QStringList{QStringLiteral("--employees"), QStringLiteral("--out"),
                           path(QStringLiteral("x.ods"))}
            << 2 << QStringLiteral(".xlsx");
        QTest::newRow("unknown period")
            << QStringList{QStringLiteral("--recap"), QStringLiteral("--period"),
                           QStringLiteral("1999-Q1"), QStringLiteral("--out"), out}
            << 1 << QStringLiteral("1999-Q1");
        QTest::newRow("unwritable")
            << QStringList{QStringLiteral("--employees"), QStringLiteral("--out"),
                           path(QStringLiteral("no/such/folder/x.xlsx"))}
            << 1 << QStringLiteral("x.xlsx");
    }
    void exportMistakesAreExplained()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = cli(QStringList{QStringLiteral("export"), QStringLiteral("--db"), m_db,
                                      QStringLiteral("--lang"), QStringLiteral("en")} +
                          args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("never.xlsx"))));
    }

    void mistakesAreExplained_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString out = path(QStringLiteral("never.pdf"));
        QTest::newRow("no output")
            << QStringList{QStringLiteral("--period"), m_quarter} << 2 << QStringLiteral("--out");
        QTest::newRow("unknown period")
            << QStringList{QStringLiteral("--period"), QStringLiteral("1999-Q1"),
                           QStringLiteral("--out"), out}
            << 1 << QStringLiteral("1999-Q1");
        QTest::newRow("unknown document")
            << QStringList{QStringLiteral("--period"),   m_quarter,
                           QStringLiteral("--document"), QStringLiteral("rapor"),
                           QStringLiteral("--out"),      out}
            << 2 << QStringLiteral("rapor");
        QTest::newRow("unknown unit")
            << QStringList{QStringLiteral("--period"), m_quarter,
                           QStringLiteral("--unit"),   QStringLiteral("Dinas Antariksa"),
                           QStringLiteral("--out"),    out}
            << 1 << QStringLiteral("Dinas Antariksa");
        QTest::newRow("unknown nip")
            << QStringList{QStringLiteral("--period"), m_quarter,
                           QStringLiteral("--nip"),    QStringLiteral("199001012020011999"),
                           QStringLiteral("--out"),    out}
            << 1 << QStringLiteral("199001012020011999");
        QTest::newRow("unwritable")
            << QStringList{QStringLiteral("--period"), m_quarter,
                           QStringLiteral("--nip"),    m_nips.constFirst(),
                           QStringLiteral("--out"),    path(QStringLiteral("no/such/folder/x.pdf"))}
            << 1 << QStringLiteral("no/such/folder");
    }
    void mistakesAreExplained()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r =
            cli(base() + args + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("never.pdf"))));
    }
};

QTEST_GUILESS_MAIN(TestCliOutput)
#include "test_cli_output.moc"
