// Entry templates: written for a unit and period, filled in a spreadsheet
// (openpyxl stands in for the user), and read back by AppraisalImport.
#include "exchange/appraisalimport.h"
#include "exchange/appraisaltemplate.h"
#include "importtestutil.h"
#include "storage/appraisalbulk.h"
#include "storage/appraisalcontent.h"
#include "storage/schemerepository.h"
#include "support/appraisalfixture.h"
#include "support/tempdatabase.h"

#include "i18n.h"

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

// What the test checks of a template: protection, locked cells, validations.
const char kInspect[] = R"PY(
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames}
for ws in wb.worksheets:
    rows = [[{"v": c.value, "locked": bool(c.protection.locked)} for c in r] for r in ws.iter_rows()]
    dv = [{"type": d.type, "formula": d.formula1, "ranges": str(d.sqref)}
          for d in ws.data_validations.dataValidation]
    out[ws.title] = {"protected": bool(ws.protection.sheet), "rows": rows, "validations": dv,
                     "freeze": ws.freeze_panes}
print(json.dumps(out))
)PY";

// Fills cells as a user would: each edit finds the row by NIP (and a number column).
const char kEdit[] = R"PY(
import json, sys, openpyxl
path, edits = sys.argv[1], json.loads(sys.argv[2])
wb = openpyxl.load_workbook(path)
for e in edits:
    ws = wb[e["sheet"]]
    head = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        if row[head.index("NIP")].value != e["nip"]:
            continue
        if "no" in e and str(row[head.index(e["noColumn"])].value) != e["no"]:
            continue
        ws.cell(row=row[0].row, column=head.index(e["column"]) + 1, value=e["value"])
        break
    else:
        sys.exit("row not found: %r" % e)
wb.save(path)
)PY";

bool haveOpenpyxl()
{
    QProcess p;
    p.start(kPython, {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QByteArray runPython(const char *script, const QStringList &args)
{
    QProcess p;
    p.start(kPython, QStringList{QStringLiteral("-c"), QString::fromUtf8(script)} + args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning("python failed: %s", p.readAllStandardError().constData());
        return {};
    }
    return p.readAllStandardOutput();
}

QJsonObject edit(const QString &sheet, const QString &nip, const QString &column,
                 const QJsonValue &value, const QString &noColumn = {}, const QString &no = {})
{
    QJsonObject e{{QStringLiteral("sheet"), sheet},
                  {QStringLiteral("nip"), nip},
                  {QStringLiteral("column"), column},
                  {QStringLiteral("value"), value}};
    if (!noColumn.isEmpty()) {
        e.insert(QStringLiteral("noColumn"), noColumn);
        e.insert(QStringLiteral("no"), no);
    }
    return e;
}

bool applyEdits(const QString &path, const QJsonArray &edits)
{
    QProcess p;
    p.start(kPython, {QStringLiteral("-c"), QString::fromUtf8(kEdit), path,
                      QString::fromUtf8(QJsonDocument(edits).toJson(QJsonDocument::Compact))});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning("edit failed: %s", p.readAllStandardError().constData());
        return false;
    }
    return true;
}

// A SKP of two RHK: the first with two indicators.
QVector<Rhk> twoRhkPlan()
{
    QVector<Rhk> plan = AppraisalWorld::onePlan();
    RhkIndicator second;
    second.aspek = IndicatorAspect::Waktu;
    second.indikator = QStringLiteral("Laporan tepat waktu");
    second.target = QStringLiteral("3");
    second.satuan = QStringLiteral("Bulan");
    plan[0].indicators.append(second);
    Rhk tambahan;
    tambahan.kind = RhkKind::Tambahan;
    tambahan.text = QStringLiteral("Terbinanya pegawai baru");
    RhkIndicator i;
    i.indikator = QStringLiteral("Jumlah pegawai dibina");
    i.target = QStringLiteral("2");
    i.satuan = QStringLiteral("Orang");
    tambahan.indicators.append(i);
    plan.append(tambahan);
    return plan;
}

} // namespace

class TestAppraisalTemplate : public QObject {
    Q_OBJECT

    TempDatabase *m_t = nullptr;
    AppraisalWorld m_w;
    QString m_dir;
    qint64 m_pp46 = 0;

    Database &db() { return m_t->db(); }
    qint64 appraisalOf(const Employee &e, qint64 period)
    {
        return AppraisalRepository(db()).findFor(e.id, period)->id;
    }
    QString writeTemplate(qint64 period, const QString &name = QStringLiteral("t.xlsx"))
    {
        const QString path = QDir(m_dir).filePath(name);
        TemplateReport report;
        const Status s = AppraisalTemplate::write(db(), {period, 0, true}, path, &report);
        if (!s)
            qWarning("%s", qPrintable(s.message()));
        return s ? path : QString();
    }
    QString writeCsv(const QByteArray &data)
    {
        const QString path = QDir(m_dir).filePath(QStringLiteral("data.csv"));
        return support::writeFile(path, data);
    }
    bool hasProblem(const AppraisalImport &import, int row, int column, const QString &part)
    {
        return importtest::hasProblem(import.problems(), row, column, part);
    }

private slots:
    void initTestCase()
    {
        // English, with its plural forms ("1 appraisal changed", "2 appraisals changed").
        QCOMPARE(i18n::install(QStringLiteral("en")), QStringLiteral("en"));
    }

    void init()
    {
        m_t = new TempDatabase;
        m_w = AppraisalWorld();
        m_w.build(m_t->open());
        m_dir = m_t->dir();
        BulkReport report;
        VERIFY_OK(AppraisalBulk(db(), QStringLiteral("admin"))
                      .createForUnit(m_w.q1, m_w.d.root.id, true, &report));
        AppraisalContent content(db());
        VERIFY_OK(content.setRhk(appraisalOf(m_w.staff1, m_w.q1), twoRhkPlan()));
        VERIFY_OK(content.setRhk(appraisalOf(m_w.staff2, m_w.q1), AppraisalWorld::onePlan()));
        // The head's appraisal is final.
        QSqlQuery q(db().connection());
        QVERIFY(q.prepare(QStringLiteral("UPDATE appraisal SET state = 3 WHERE id = ?")));
        q.addBindValue(appraisalOf(m_w.kadis, m_w.q1));
        QVERIFY(q.exec());
        // A PP 46/2011 year with one kegiatan for Budi.
        m_pp46 = AppraisalWorld::period(
            db(), Period::annual(2026),
            SchemeRepository(db()).findByCode(QStringLiteral("pp46"))->latestVersionId);
        KegiatanEntry k;
        k.kegiatan.name = QStringLiteral("Menyusun laporan");
        k.kegiatan.targetKuantitas = 10;
        k.kegiatan.targetWaktu = 12;
        k.satuanKuantitas = QStringLiteral("Laporan");
        k.satuanWaktu = QStringLiteral("Bulan");
        VERIFY_OK(content.setKegiatan(AppraisalWorld::appraisal(db(), m_w.staff1.id, m_pp46), {k}));
    }
    void cleanup()
    {
        delete m_t;
        m_t = nullptr;
    }

    void templateIsProtectedWithDropdowns()
    {
        if (!haveOpenpyxl())
            QSKIP("python3-openpyxl is not installed");
        const QString path = writeTemplate(m_w.q1);
        QVERIFY(!path.isEmpty());
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
        const QJsonObject book = QJsonDocument::fromJson(runPython(kInspect, {path})).object();
        QCOMPARE(book.value(QStringLiteral("sheets")).toArray().toVariantList(),
                 (QVariantList{QStringLiteral("Petunjuk"), QStringLiteral("Penilaian"),
                               QStringLiteral("Hasil Kerja"), QStringLiteral("Kegiatan")}));
        const QJsonObject pen = book.value(QStringLiteral("Penilaian")).toObject();
        QVERIFY(pen.value(QStringLiteral("protected")).toBool());
        QCOMPARE(pen.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
        const QJsonArray rows = pen.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 6); // header + five appraisals
        auto cell = [&rows](int r, int c) { return rows.at(r).toArray().at(c).toObject(); };
        QCOMPARE(cell(0, 8).value(QStringLiteral("v")).toString(),
                 QStringLiteral("Rating Hasil Kerja"));
        int budi = 0, kadis = 0;
        for (int r = 1; r < rows.size(); ++r) {
            const QString nip = cell(r, 1).value(QStringLiteral("v")).toString(); // as text
            if (nip == m_w.staff1.nip)
                budi = r;
            if (nip == m_w.kadis.nip)
                kadis = r;
        }
        QVERIFY(budi > 0 && kadis > 0);
        QVERIFY(cell(budi, 1).value(QStringLiteral("locked")).toBool());  // NIP
        QVERIFY(!cell(budi, 8).value(QStringLiteral("locked")).toBool()); // rating: to fill in
        QVERIFY(cell(budi, 10).value(QStringLiteral("locked")).toBool()); // Capaian: PP 30 only
        QVERIFY(cell(kadis, 8).value(QStringLiteral("locked")).toBool()); // final
        QVERIFY(cell(kadis, 12)
                    .value(QStringLiteral("v"))
                    .toString()
                    .contains(QStringLiteral("Final")));
        const QJsonArray dv = pen.value(QStringLiteral("validations")).toArray();
        bool list = false, decimal = false;
        for (const QJsonValue &v : dv) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("type")).toString() == u"list" &&
                o.value(QStringLiteral("formula"))
                    .toString()
                    .contains(
                        QStringLiteral("Di Atas Ekspektasi,Sesuai Ekspektasi,Di Bawah Ekspektasi")))
                list = true;
            if (o.value(QStringLiteral("type")).toString() == u"decimal")
                decimal = true;
        }
        QVERIFY(list && decimal);
        const QJsonArray hk = book.value(QStringLiteral("Hasil Kerja"))
                                  .toObject()
                                  .value(QStringLiteral("rows"))
                                  .toArray();
        QCOMPARE(hk.size(), 1 + 3 + 1); // Budi's three indicators, Siti's one
        QCOMPARE(hk.at(3).toArray().at(3).toObject().value(QStringLiteral("v")).toString(),
                 QStringLiteral("2.1"));
        QVERIFY(book.value(QStringLiteral("Petunjuk"))
                    .toObject()
                    .value(QStringLiteral("protected"))
                    .toBool());
    }

    void untouchedTemplateChangesNothing()
    {
        const QString path = writeTemplate(m_w.q1);
        AppraisalImport import(db());
        QVERIFY2(import.read(path), qPrintable(import.problems().value(0).text()));
        QVERIFY2(!import.hasProblems(), qPrintable(import.problems().value(0).text()));
        QCOMPARE(import.previewCount(), 5);
        QCOMPARE(import.changedCount(), 0);
        QCOMPARE(import.previewSummary(), QStringLiteral("0 appraisals to change, 5 unchanged"));
        // The import dialog asks for the first sheet, the instructions: the same.
        AppraisalImport first(db());
        QVERIFY(first.read(path, QStringLiteral("Petunjuk")));
        QCOMPARE(first.previewCount(), 5);
    }

    void filledTemplateUpdatesAppraisals()
    {
        if (!haveOpenpyxl())
            QSKIP("python3-openpyxl is not installed");
        const QString path = writeTemplate(m_w.q1);
        const QString budi = m_w.staff1.nip;
        const QString pen = QStringLiteral("Penilaian"), hk = QStringLiteral("Hasil Kerja");
        const QString no = QStringLiteral("No. Indikator");
        QVERIFY(applyEdits(
            path, {edit(pen, budi, QStringLiteral("Rating Hasil Kerja"),
                        QStringLiteral("Di Atas Ekspektasi")),
                   edit(pen, budi, QStringLiteral("Rating Perilaku Kerja"),
                        QStringLiteral("Sesuai Ekspektasi")),
                   edit(pen, budi, QStringLiteral("Rekomendasi"),
                        QStringLiteral("Pelatihan analisis data")),
                   edit(hk, budi, QStringLiteral("Realisasi"), 5, no, QStringLiteral("1.1")),
                   edit(hk, budi, QStringLiteral("Bukti Dukung"), QStringLiteral("Laporan Q1"), no,
                        QStringLiteral("1.1")),
                   edit(hk, budi, QStringLiteral("Target"), QStringLiteral("4"), no,
                        QStringLiteral("1.2")),
                   edit(hk, budi, QStringLiteral("Realisasi"), QStringLiteral("2"), no,
                        QStringLiteral("2.1"))}));
        AppraisalImport import(db());
        QVERIFY(import.read(path));
        QVERIFY2(!import.hasProblems(), qPrintable(import.problems().value(0).text()));
        QCOMPARE(import.changedCount(), 1);
        const int index = [&] {
            for (int i = 0; i < import.previewCount(); ++i)
                if (import.previewCells(i).value(3) == u"2026-Q1" &&
                    import.previewCells(i).value(0) == u"Changed")
                    return i;
            return -1;
        }();
        QVERIFY(index >= 0);
        QCOMPARE(import.previewCells(index).value(4),
                 QStringLiteral("rating hasil kerja, rating perilaku kerja, rekomendasi, targets, "
                                "2 indicator evaluations"));
        QString summary;
        const Status s = import.commitAll({}, &summary);
        QVERIFY2(s, qPrintable(s.message()));
        QCOMPARE(summary, QStringLiteral("1 appraisal changed, 4 unchanged"));

        const qint64 id = appraisalOf(m_w.staff1, m_w.q1);
        const Appraisal a = *AppraisalRepository(db()).find(id);
        QCOMPARE(a.ratingHasil, Rating::DiAtasEkspektasi);
        QCOMPARE(a.ratingPerilaku, Rating::SesuaiEkspektasi);
        QCOMPARE(a.predikat, QStringLiteral("Baik"));
        QCOMPARE(a.rekomendasi, QStringLiteral("Pelatihan analisis data"));
        const QVector<Rhk> plan = AppraisalContent(db()).rhk(id);
        QCOMPARE(plan[0].indicators[0].realisasi, QStringLiteral("5")); // a number cell
        QCOMPARE(plan[0].indicators[0].buktiDukung, QStringLiteral("Laporan Q1"));
        QCOMPARE(plan[0].indicators[1].target, QStringLiteral("4"));
        QCOMPARE(plan[1].indicators[0].realisasi, QStringLiteral("2"));

        // Read again: everything is as in the file now.
        AppraisalImport again(db());
        QVERIFY(again.read(path));
        QCOMPARE(again.changedCount(), 0);
    }

    void kegiatanOfPp46()
    {
        if (!haveOpenpyxl())
            QSKIP("python3-openpyxl is not installed");
        const QString path = writeTemplate(m_pp46, QStringLiteral("pp46.xlsx"));
        const QString kg = QStringLiteral("Kegiatan");
        QVERIFY(
            applyEdits(path, {edit(kg, m_w.staff1.nip, QStringLiteral("Realisasi Kuantitas"), 9),
                              edit(kg, m_w.staff1.nip, QStringLiteral("Realisasi Kualitas"), 95),
                              edit(kg, m_w.staff1.nip, QStringLiteral("Realisasi Waktu"), 12)}));
        AppraisalImport import(db());
        QVERIFY(import.read(path));
        QVERIFY2(!import.hasProblems(), qPrintable(import.problems().value(0).text()));
        QVERIFY(import.commitAll({}, nullptr));
        const auto list = AppraisalContent(db()).kegiatan(appraisalOf(m_w.staff1, m_pp46));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].kegiatan.realKuantitas, std::optional<double>(9));
        QCOMPARE(list[0].kegiatan.realKualitas, std::optional<double>(95));
        QCOMPARE(list[0].kegiatan.realWaktu, std::optional<double>(12));
        QCOMPARE(list[0].satuanKuantitas, QStringLiteral("Laporan"));
    }

    void finalAppraisalIsRefused()
    {
        if (!haveOpenpyxl())
            QSKIP("python3-openpyxl is not installed");
        const QString path = writeTemplate(m_w.q1);
        QVERIFY(applyEdits(
            path,
            {edit(QStringLiteral("Penilaian"), m_w.kadis.nip, QStringLiteral("Rating Hasil Kerja"),
                  QStringLiteral("Di Bawah Ekspektasi")),
             edit(QStringLiteral("Penilaian"), m_w.staff2.nip, QStringLiteral("Rating Hasil Kerja"),
                  QStringLiteral("Sesuai Ekspektasi"))}));
        AppraisalImport import(db());
        QVERIFY(import.read(path));
        QCOMPARE(import.problems().size(), 1);
        QVERIFY(import.problems()[0].text().startsWith(QStringLiteral("Sheet “Penilaian”, row ")));
        QVERIFY(import.problems()[0].reason.contains(QStringLiteral("is final")));
        QVERIFY(!import.commitAll({}, nullptr));
        QVERIFY(!AppraisalRepository(db()).find(appraisalOf(m_w.staff2, m_w.q1))->ratingHasil);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("reason");
        const QByteArray budi = "198503122010011003";
        QTest::newRow("not a rating")
            << "NIP,Periode,Rating Hasil Kerja\n" + budi + ",2026-Q1,bagus\n"
            << 2 << 3 << "is not a rating";
        QTest::newRow("unknown NIP") << QByteArray("NIP,Periode,Rating Hasil Kerja\n"
                                                   "199001012020011999,2026-Q1,sesuai\n")
                                     << 2 << 1 << "No employee";
        QTest::newRow("unknown period")
            << "NIP,Periode,Rating Hasil Kerja\n" + budi + ",2026-Q3,sesuai\n"
            << 2 << 2 << "no period";
        QTest::newRow("twice") << "NIP,Periode,Rating Hasil Kerja\n" + budi + ",2026-Q1,sesuai\n" +
                                      budi + ",2026-Q1,di atas\n"
                               << 3 << 1 << "also in row 2";
        QTest::newRow("scientific NIP")
            << QByteArray("NIP,Periode,Rating Hasil Kerja\n1.98503E+17,2026-Q1,sesuai\n") << 2 << 1
            << "scientific";
        QTest::newRow("capaian on permenpan")
            << "NIP,Periode,Capaian SKP\n" + budi + ",2026-Q1,90\n"
            << 2 << 3 << "only for PP 30";
        QTest::newRow("no such indicator")
            << "NIP,Periode,No. Indikator,Realisasi\n" + budi + ",2026-Q1,3.1,5\n"
            << 2 << 3 << "no indicator 3.1";
        QTest::newRow("indicator changed") << "NIP,Periode,No. Indikator,Indikator,Realisasi\n" +
                                                  budi + ",2026-Q1,1.1,Jumlah dokumen,5\n"
                                           << 2 << 4 << "the SKP changed";
        QTest::newRow("zero target")
            << "NIP,Periode,No. Indikator,Target\n" + budi + ",2026-Q1,1.1,0\n"
            << 2 << 4 << "more than 0";
        QTest::newRow("kegiatan on permenpan")
            << "NIP,Periode,No. Kegiatan,Realisasi Kuantitas\n" + budi + ",2026-Q1,1,5\n"
            << 2 << 3 << "no PP 46/2011 kegiatan";
        QTest::newRow("negative realisation")
            << "NIP,Periode,No. Kegiatan,Realisasi Kuantitas\n" + budi + ",2026,1,-5\n"
            << 2 << 4 << "negative";
        QTest::newRow("no period column") << "NIP,Rating Hasil Kerja\n" + budi + ",sesuai\n"
                                          << 0 << 0 << "no column Periode";
    }
    void malformed()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, reason);
        QCOMPARE(m_w.staff1.nip, QStringLiteral("198503122010011003"));
        AppraisalImport import(db());
        import.read(writeCsv(csv));
        QVERIFY(hasProblem(import, row, column, reason));
        QVERIFY(!import.commitAll({}, nullptr));
        QVERIFY(!AppraisalRepository(db()).find(appraisalOf(m_w.staff1, m_w.q1))->ratingHasil);
    }

    void csvWithDefaultPeriodAndCancel()
    {
        AppraisalImport import(db());
        import.setDefaultPeriod(m_w.q1);
        QVERIFY(import.read(writeCsv("NIP;Rating hasil;Rating perilaku\n" +
                                     m_w.staff1.nip.toLatin1() + ";di atas;sesuai\n" +
                                     m_w.staff2.nip.toLatin1() + ";Sesuai Ekspektasi;3\n")));
        QVERIFY2(!import.hasProblems(), qPrintable(import.problems().value(0).text()));
        QCOMPARE(import.changedCount(), 2);
        // Cancelled after the first appraisal: nothing is kept.
        const Status cancelled = import.commitAll([](int done, int) { return done < 1; }, nullptr);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.field(), QStringLiteral("cancelled"));
        QVERIFY(!AppraisalRepository(db()).find(appraisalOf(m_w.staff1, m_w.q1))->ratingHasil);
        QVERIFY(import.read(writeCsv("NIP;Rating hasil;Rating perilaku\n" +
                                     m_w.staff1.nip.toLatin1() + ";di atas;sesuai\n" +
                                     m_w.staff2.nip.toLatin1() + ";Sesuai Ekspektasi;3\n")));
        QString summary;
        QVERIFY(import.commitAll({}, &summary));
        QCOMPARE(summary, QStringLiteral("2 appraisals changed, 0 unchanged"));
        // SIASN code 3 = Di Bawah Ekspektasi.
        QCOMPARE(AppraisalRepository(db()).find(appraisalOf(m_w.staff2, m_w.q1))->ratingPerilaku,
                 Rating::DiBawahEkspektasi);
    }
};

QTEST_GUILESS_MAIN(TestAppraisalTemplate)
#include "test_appraisal_template.moc"
