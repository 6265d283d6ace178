#include "exchange/exports.h"
#include "exchange/xlsxfilewriter.h"
#include "storage/appraisalbulk.h"
#include "storage/appraisalcontent.h"
#include "storage/settingrepository.h"
#include "support/appraisalfixture.h"
#include "support/tempdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace kinerja;
using namespace kinerja::exchange;

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");

// Dumps what the test checks of a workbook, read back by openpyxl, as JSON.
const char kDumpScript[] = R"PY(
import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames, "props": {
    "title": wb.properties.title, "subject": wb.properties.subject,
    "creator": wb.properties.creator,
    "created": wb.properties.created.isoformat() if wb.properties.created else None}}
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows():
        cells = []
        for c in row:
            v = c.value
            if isinstance(v, datetime.datetime):
                v = v.date().isoformat()
            cells.append({"v": v, "t": c.data_type, "fmt": c.number_format,
                          "bold": bool(c.font and c.font.b)})
        rows.append(cells)
    widths = {k: v.width for k, v in ws.column_dimensions.items()}
    out[ws.title] = {"freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
                     "rows": rows, "widths": widths}
print(json.dumps(out))
)PY";

bool haveOpenpyxl()
{
    QProcess p;
    p.start(kPython, {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QJsonObject dump(const QString &path)
{
    QProcess p;
    p.start(kPython, {QStringLiteral("-c"), QString::fromUtf8(kDumpScript), path});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning("openpyxl failed: %s", p.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

QJsonObject cell(const QJsonObject &sheet, int row, int col)
{
    return sheet.value(QStringLiteral("rows")).toArray().at(row).toArray().at(col).toObject();
}

QString header(const QJsonObject &sheet, int col)
{
    return cell(sheet, 0, col).value(QStringLiteral("v")).toString();
}

int findColumn(const QJsonObject &sheet, const QString &name)
{
    const QJsonArray first = sheet.value(QStringLiteral("rows")).toArray().at(0).toArray();
    for (int i = 0; i < first.size(); ++i)
        if (first.at(i).toObject().value(QStringLiteral("v")).toString() == name)
            return i;
    return -1;
}

// Everyone of AppraisalWorld appraised in Q1: kadis, kabid, staff1, staff2 rated;
// staff1 has a one-RHK plan, a score of 87.5 and was finalised on 2 April 2026.
void prepare(Database &db, AppraisalWorld &w)
{
    w.build(db);
    BulkReport report;
    VERIFY_OK(
        AppraisalBulk(db, QStringLiteral("admin")).createForUnit(w.q1, w.d.root.id, true, &report));
    AppraisalRepository repo(db);
    const qint64 staff1 = repo.findFor(w.staff1.id, w.q1)->id;
    VERIFY_OK(AppraisalContent(db).setRhk(staff1, AppraisalWorld::onePlan()));
    VERIFY_OK(repo.setRatings(staff1, Rating::SesuaiEkspektasi, Rating::SesuaiEkspektasi));
    VERIFY_OK(repo.setRatings(repo.findFor(w.staff2.id, w.q1)->id, Rating::DiAtasEkspektasi,
                              Rating::DiAtasEkspektasi));
    QSqlQuery q(db.connection());
    QVERIFY(q.prepare(QStringLiteral(
        "UPDATE appraisal SET score = 87.5, finalized_at = '2026-04-02T03:00:00Z' WHERE id = ?")));
    q.addBindValue(staff1);
    QVERIFY(q.exec());
    AgencySettings agency;
    agency.name = QStringLiteral("BKPSDM Kabupaten Contoh");
    VERIFY_OK(SettingRepository(db).setAgency(agency));
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden);
}

} // namespace

class TestXlsxExport : public QObject {
    Q_OBJECT
private slots:
    void sheetNamesAreValidAndUnique()
    {
        QStringList taken;
        const QString a = XlsxWriter::sanitizeSheetName(
            QStringLiteral("Bidang [SD]: Pembinaan/Kurikulum * ? \\ panjang sekali"), taken);
        QCOMPARE(a, QStringLiteral("Bidang -SD-- Pembinaan-Kurikulu"));
        QVERIFY(a.size() <= 31);
        taken << a;
        const QString b = XlsxWriter::sanitizeSheetName(
            QStringLiteral("bidang [SD]: Pembinaan/Kurikulum lain"), taken);
        QCOMPARE(b, QStringLiteral("bidang -SD-- Pembinaan-Kuri (2)"));
        QCOMPARE(XlsxWriter::sanitizeSheetName(QStringLiteral("'Dinas'"), {}),
                 QStringLiteral("Dinas"));
        QCOMPARE(XlsxWriter::sanitizeSheetName(QString(), {}), QStringLiteral("Sheet"));
        QCOMPARE(XlsxWriter::excelDate(QDate(2026, 3, 31)), 46112.0);
    }

    void recapReadBackByOpenpyxl()
    {
        if (!haveOpenpyxl())
            QSKIP("/usr/bin/python3 cannot import openpyxl");
        TempDatabase t;
        AppraisalWorld w;
        prepare(t.open(), w);
        const QString path = QDir(t.dir()).filePath(QStringLiteral("rekap.xlsx"));
        ExportOptions options;
        options.sheetPerUnit = true;
        ExportResult result;
        VERIFY_OK(exportRecap(t.db(), {w.q1, w.d.root.id, true}, path, options, {}, &result));
        QCOMPARE(result.rows, 5);
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));

        const QJsonObject book = dump(path);
        QVERIFY(!book.isEmpty());
        QCOMPARE(
            book.value(QStringLiteral("sheets")).toArray().toVariantList(),
            (QVariantList{QStringLiteral("Recap"), QStringLiteral("Details"),
                          QStringLiteral("Unit summary"), QStringLiteral("Bidang Pembinaan SD"),
                          QStringLiteral("Dinas Kesehatan"), QStringLiteral("Dinas Pendidikan")}));
        const QJsonObject props = book.value(QStringLiteral("props")).toObject();
        QVERIFY(props.value(QStringLiteral("title"))
                    .toString()
                    .startsWith(QStringLiteral("Appraisal recap 2026-Q1")));
        QCOMPARE(props.value(QStringLiteral("creator")).toString(), QStringLiteral("Kinerja"));
        QVERIFY(!props.value(QStringLiteral("created")).toString().isEmpty());

        const QJsonObject recap = book.value(QStringLiteral("Recap")).toObject();
        QCOMPARE(recap.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
        QCOMPARE(recap.value(QStringLiteral("filter")).toString(), QStringLiteral("A1:O6"));
        QCOMPARE(header(recap, 1), QStringLiteral("NIP"));
        QVERIFY(cell(recap, 0, 1).value(QStringLiteral("bold")).toBool());
        QVERIFY(!cell(recap, 1, 1).value(QStringLiteral("bold")).toBool());
        // Row 1 is staff1 (Bidang Pembinaan SD, Budi Santoso).
        const QJsonObject nip = cell(recap, 1, 1);
        QCOMPARE(nip.value(QStringLiteral("t")).toString(), QStringLiteral("s"));
        QCOMPARE(nip.value(QStringLiteral("v")).toString(), w.staff1.nip);
        QCOMPARE(nip.value(QStringLiteral("v")).toString().size(), 18);
        QCOMPARE(cell(recap, 1, 2).value(QStringLiteral("v")).toString(),
                 QStringLiteral("Budi Santoso"));
        QCOMPARE(cell(recap, 1, 4).value(QStringLiteral("v")).toString(),
                 QStringLiteral("Penata Muda Tingkat I, III/b"));
        QCOMPARE(cell(recap, 1, 6).value(QStringLiteral("v")).toString(), w.kabid.fullName());
        QCOMPARE(cell(recap, 1, 7).value(QStringLiteral("v")).toString(), w.kabid.nip);
        const QJsonObject no = cell(recap, 1, 0);
        QCOMPARE(no.value(QStringLiteral("t")).toString(), QStringLiteral("n"));
        QCOMPARE(no.value(QStringLiteral("v")).toDouble(), 1.0);
        const QJsonObject score = cell(recap, 1, findColumn(recap, QStringLiteral("Score")));
        QCOMPARE(score.value(QStringLiteral("t")).toString(), QStringLiteral("n"));
        QCOMPARE(score.value(QStringLiteral("v")).toDouble(), 87.5);
        QCOMPARE(score.value(QStringLiteral("fmt")).toString(), QStringLiteral("0.00"));
        const QJsonObject finalised =
            cell(recap, 1, findColumn(recap, QStringLiteral("Finalised on")));
        QCOMPARE(finalised.value(QStringLiteral("t")).toString(), QStringLiteral("d"));
        QCOMPARE(finalised.value(QStringLiteral("v")).toString(), QStringLiteral("2026-04-02"));
        QCOMPARE(finalised.value(QStringLiteral("fmt")).toString(), QStringLiteral("dd/mm/yyyy"));
        QCOMPARE(cell(recap, 1, findColumn(recap, QStringLiteral("Predikat")))
                     .value(QStringLiteral("v"))
                     .toString(),
                 QStringLiteral("Baik"));
        QVERIFY(recap.value(QStringLiteral("widths"))
                    .toObject()
                    .value(QStringLiteral("C"))
                    .toDouble() >= 14);

        const QJsonObject details = book.value(QStringLiteral("Details")).toObject();
        QCOMPARE(details.value(QStringLiteral("rows")).toArray().size(), 2);
        QCOMPARE(details.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
        QCOMPARE(cell(details, 1, 0).value(QStringLiteral("t")).toString(), QStringLiteral("s"));
        QCOMPARE(cell(details, 1, 4).value(QStringLiteral("v")).toString(),
                 QStringLiteral("Tersusunnya laporan data guru"));
        QCOMPARE(cell(details, 1, 6).value(QStringLiteral("v")).toString(),
                 QStringLiteral("Jumlah laporan"));

        const QJsonObject summary = book.value(QStringLiteral("Unit summary")).toObject();
        const QJsonArray summaryRows = summary.value(QStringLiteral("rows")).toArray();
        QCOMPARE(summaryRows.size(), 5); // header, three units, total
        QCOMPARE(cell(summary, 4, 0).value(QStringLiteral("v")).toString(),
                 QStringLiteral("Total"));
        QCOMPARE(cell(summary, 4, 1).value(QStringLiteral("v")).toDouble(), 5.0);
        const int baik = findColumn(summary, QStringLiteral("Baik"));
        QVERIFY(baik > 0);
        QCOMPARE(cell(summary, 1, baik).value(QStringLiteral("v")).toDouble(), 1.0);

        const QJsonObject unit = book.value(QStringLiteral("Bidang Pembinaan SD")).toObject();
        QCOMPARE(unit.value(QStringLiteral("rows")).toArray().size(), 4); // header + 3
        QCOMPARE(unit.value(QStringLiteral("filter")).toString(), QStringLiteral("A1:O4"));
    }

    void csvHoldsTheMainTableOnly()
    {
        TempDatabase t;
        AppraisalWorld w;
        prepare(t.open(), w);
        const QString path = QDir(t.dir()).filePath(QStringLiteral("rekap.csv"));
        ExportOptions options;
        options.format = ExportFormat::Csv;
        options.csv.delimiter = ';';
        VERIFY_OK(exportRecap(t.db(), {w.q1, w.d.root.id, true}, path, options));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size(), 7); // header, five rows, the empty rest after the last CRLF
        QVERIFY(lines.at(0).startsWith("\xEF\xBB\xBFNo.;NIP;Name;"));
        QVERIFY(
            lines.at(1).startsWith(QByteArray("1;" + w.staff1.nip.toLatin1() + ";Budi Santoso;")));
        QVERIFY(lines.at(1).contains(";87,50;Baik;"));
        QVERIFY(lines.at(1).contains(";2026-04-02;"));
    }

    // Every kecamatan has a "Seksi Pemerintahan": a repeated unit name carries its parent,
    // so the regional office can tell the units apart.
    void repeatedUnitNamesCarryTheirParent()
    {
        TempDatabase t;
        AppraisalWorld w;
        prepare(t.open(), w);
        Unit twin = SmallDistrict::unit(QStringLiteral("Bidang Pembinaan SD"), w.d.dinasB.id,
                                        UnitKind::Bidang);
        QVERIFY(UnitRepository(t.db()).create(twin));
        const QString path = QDir(t.dir()).filePath(QStringLiteral("rekap.csv"));
        ExportOptions options;
        options.format = ExportFormat::Csv;
        VERIFY_OK(exportRecap(t.db(), {w.q1, w.d.root.id, true}, path, options));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY2(text.contains(",Bidang Pembinaan SD (Dinas Pendidikan),"), text.constData());
        QVERIFY(!text.contains(",Bidang Pembinaan SD,"));
    }

    void cancelRemovesThePartFile()
    {
        TempDatabase t;
        AppraisalWorld w;
        prepare(t.open(), w);
        const QStringList before = filesIn(t.dir());
        const QString path = QDir(t.dir()).filePath(QStringLiteral("rekap.xlsx"));
        bool sawPart = false;
        ExportResult result;
        const Status s = exportRecap(
            t.db(), {w.q1, 0, true}, path, ExportOptions{},
            [&](int done, int) {
                sawPart = sawPart || QFile::exists(path + QStringLiteral(".part"));
                return done == 0; // cancel at the first report after the start
            },
            &result);
        QVERIFY(!s.isOk());
        QCOMPARE(s.field(), cancelledField());
        QVERIFY(result.cancelled);
        QVERIFY(sawPart);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(filesIn(t.dir()), before);
    }

    void unwritablePathGivesAClearStatus()
    {
        TempDatabase t;
        AppraisalWorld w;
        prepare(t.open(), w);
        const QString path = QDir(t.dir()).filePath(QStringLiteral("no-such-folder/rekap.xlsx"));
        const Status s = exportRecap(t.db(), {w.q1, 0, true}, path, ExportOptions{});
        QVERIFY(!s.isOk());
        QCOMPARE(s.field(), QStringLiteral("file"));
        QVERIFY2(s.message().contains(QDir::toNativeSeparators(path)), qPrintable(s.message()));
    }

    void employeesExport()
    {
        if (!haveOpenpyxl())
            QSKIP("/usr/bin/python3 cannot import openpyxl");
        TempDatabase t;
        AppraisalWorld w;
        prepare(t.open(), w);
        const QString path = QDir(t.dir()).filePath(QStringLiteral("pegawai.xlsx"));
        ExportResult result;
        VERIFY_OK(exportEmployees(t.db(), EmployeeFilter{}, path, ExportOptions{}, {}, &result));
        QCOMPARE(result.rows, 5);
        const QJsonObject book = dump(path);
        QCOMPARE(book.value(QStringLiteral("sheets")).toArray().toVariantList(),
                 (QVariantList{QStringLiteral("Employees")}));
        const QJsonObject sheet = book.value(QStringLiteral("Employees")).toObject();
        QCOMPARE(sheet.value(QStringLiteral("filter")).toString(),
                 QStringLiteral("A1:N6")); // 14 columns
        QCOMPARE(cell(sheet, 1, 1).value(QStringLiteral("t")).toString(), QStringLiteral("s"));
        QCOMPARE(cell(sheet, 1, 1).value(QStringLiteral("v")).toString().size(), 18);
        const QJsonObject born = cell(sheet, 1, 11); // after the import's columns
        QCOMPARE(born.value(QStringLiteral("t")).toString(), QStringLiteral("d"));
        QCOMPARE(born.value(QStringLiteral("v")).toString(), QStringLiteral("1985-03-12"));
    }
};

QTEST_GUILESS_MAIN(TestXlsxExport)
#include "test_xlsx_export.moc"
