#include "support/reportfixture.h"

#include "reports/indonesian.h"

#include <QBuffer>
#include <QDir>
#include <QTest>

using namespace kinerja;
using namespace kinerja::reports;

namespace {

bool near(const QSizeF &a, const QSizeF &b)
{
    return std::abs(a.width() - b.width()) < 1.0 && std::abs(a.height() - b.height()) < 1.0;
}

const QSizeF A4Points(595.28, 841.89);
const QSizeF F4Points(609.45, 935.43);

} // namespace

class TestReportPermenpan : public QObject {
    Q_OBJECT
private slots:
    void dokumenEvaluasiIsOnePageWithEveryBlock()
    {
        IndonesianLabels id;
        ReportWorld r;
        r.build();
        const SheetData sheet = r.sheet(r.budi);
        const QString path = r.path(QStringLiteral("dokumen-evaluasi.pdf"));
        QVector<SheetWarning> warnings;
        VERIFY_OK(renderPdf(path, DocumentKind::DokumenEvaluasi, sheet, ReportWorld::options(),
                            Paper::A4, &warnings));
        QVERIFY2(warnings.isEmpty(), qPrintable(warningText(warnings)));

        const pdf::Info info = pdf::info(path);
        QCOMPARE(info.pages, 1);
        QVERIFY2(near(info.size, A4Points), qPrintable(QString::number(info.size.width())));
        const QString text = pdf::text(path);
        QVERIFY2(text.contains(QStringLiteral("DOKUMEN EVALUASI KINERJA PEGAWAI")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("PERIODE: TRIWULAN I\n")) ||
                text.contains(QStringLiteral("PERIODE: TRIWULAN I ")));
        QVERIFY(
            text.contains(QStringLiteral("PERIODE PENILAIAN: 1 JANUARI SD 31 MARET TAHUN 2026")));
        QVERIFY(text.contains(QStringLiteral("PEMERINTAH KABUPATEN SLEMAN")));
        QVERIFY(text.contains(QStringLiteral("BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA")));

        // The three people in their sections, in order: employee, rater, atasan.
        const int employee = text.indexOf(QStringLiteral("PEGAWAI YANG DINILAI"));
        const int rater = text.indexOf(QStringLiteral("PEJABAT PENILAI KINERJA"));
        const int atasan = text.indexOf(QStringLiteral("ATASAN PEJABAT PENILAI KINERJA"));
        const int evaluation = text.indexOf(QStringLiteral("EVALUASI KINERJA\n"));
        QVERIFY(employee > 0 && rater > employee && atasan > rater);
        QVERIFY(pdf::lineHas(text, {QStringLiteral("NAMA"), QStringLiteral("Budi Santoso")}));
        QVERIFY(pdf::lineHas(text, {QStringLiteral("NIP"), r.w.staff1.nip}));
        QVERIFY(pdf::lineHas(text, {QStringLiteral("PANGKAT/GOL. RUANG"),
                                    QStringLiteral("Penata Muda Tingkat I, III/b")}));
        QVERIFY(pdf::lineHas(text, {QStringLiteral("JABATAN"), QStringLiteral("Pengelola Data")}));
        QVERIFY(pdf::lineHas(
            text, {QStringLiteral("UNIT KERJA"), QStringLiteral("Bidang Pembinaan SD")}));
        const int budiAt = text.indexOf(QStringLiteral("Budi Santoso"));
        const int kabidAt = text.indexOf(QStringLiteral("Kepala Bidang"));
        const int kadisAt = text.indexOf(QStringLiteral("Kepala Dinas"));
        QVERIFY(budiAt > employee && budiAt < rater);
        QVERIFY(kabidAt > rater && kabidAt < atasan);
        QVERIFY(kadisAt > atasan);
        QVERIFY(text.indexOf(r.w.kabid.nip) > rater);
        QVERIFY(text.indexOf(r.w.kadis.nip) > atasan);
        QVERIFY(evaluation > atasan);

        QVERIFY(pdf::lineHas(
            text, {QStringLiteral("CAPAIAN KINERJA ORGANISASI"), QStringLiteral("BAIK")}));
        QVERIFY(pdf::lineHas(
            text, {QStringLiteral("PREDIKAT KINERJA PEGAWAI"), QStringLiteral("SANGAT BAIK")}));
        QVERIFY(text.contains(QStringLiteral("CATATAN/REKOMENDASI")));
        QVERIFY(text.contains(QStringLiteral("Mengikuti pelatihan analisis data")));

        // Signatures side by side: date, role, name and NIP of each.
        QVERIFY(pdf::lineHas(text, {QStringLiteral("Sleman, 2 April 2026"),
                                    QStringLiteral("Sleman, 2 April 2026")}));
        QVERIFY(pdf::lineHas(text, {QStringLiteral("Pegawai yang Dinilai"),
                                    QStringLiteral("Pejabat Penilai Kinerja")}));
        QVERIFY(
            pdf::lineHas(text, {QStringLiteral("Budi Santoso"), QStringLiteral("Kepala Bidang")}));
        QVERIFY(pdf::lineHas(text, {QStringLiteral("NIP. ") + r.w.staff1.nip,
                                    QStringLiteral("NIP. ") + r.w.kabid.nip}));
        QVERIFY(text.indexOf(QStringLiteral("Pegawai yang Dinilai")) >
                text.indexOf(QStringLiteral("CATATAN/REKOMENDASI")));
        QVERIFY(text.contains(QStringLiteral("Halaman 1 dari 1")));
        QVERIFY(!text.contains(QStringLiteral("DRAF")));
    }

    void evaluasiOnF4()
    {
        IndonesianLabels id;
        ReportWorld r;
        r.build();
        const QString path = r.path(QStringLiteral("evaluasi-f4.pdf"));
        QVector<SheetWarning> warnings;
        VERIFY_OK(renderPdf(path, DocumentKind::Evaluasi, r.sheet(r.budi), ReportWorld::options(),
                            Paper::F4, &warnings));
        QVERIFY2(warnings.isEmpty(), qPrintable(warningText(warnings)));
        const pdf::Info info = pdf::info(path);
        QVERIFY2(near(info.size, F4Points), qPrintable(QString::number(info.size.height())));
        QVERIFY(info.pages >= 1);
        const QString text = pdf::text(path);
        QVERIFY(text.contains(QStringLiteral("EVALUASI KINERJA PEGAWAI")));
        QVERIFY(text.contains(QStringLiteral("PENDEKATAN HASIL KERJA KUALITATIF")));
        QVERIFY(pdf::lineHas(text, {QStringLiteral("PEGAWAI YANG DINILAI"),
                                    QStringLiteral("PEJABAT PENILAI KINERJA")}));
        QVERIFY(
            pdf::lineHas(text, {QStringLiteral("Budi Santoso"), QStringLiteral("Kepala Bidang")}));
        QVERIFY(pdf::lineHas(
            text, {QStringLiteral("CAPAIAN KINERJA ORGANISASI"), QStringLiteral("BAIK")}));
        QVERIFY(text.contains(QStringLiteral("POLA DISTRIBUSI")));
        // Distribution of Dinas Pendidikan: Budi Sangat Baik, Siti Baik → 50% each.
        QVERIFY(pdf::lineHas(text, {QStringLiteral("50%"), QStringLiteral("50%")}));
        QVERIFY(pdf::lineHas(
            text, {QStringLiteral("RATING HASIL KERJA"), QStringLiteral("DI ATAS EKSPEKTASI")}));
        QVERIFY(pdf::lineHas(
            text, {QStringLiteral("RATING PERILAKU KERJA"), QStringLiteral("DI ATAS EKSPEKTASI")}));
        QVERIFY(pdf::lineHas(
            text, {QStringLiteral("PREDIKAT KINERJA PEGAWAI"), QStringLiteral("SANGAT BAIK")}));
        QVERIFY(pdf::lineHas(text, {QStringLiteral("4 Laporan"), QStringLiteral("4 Laporan"),
                                    QStringLiteral("Pertahankan")}));
        QVERIFY(text.contains(QStringLiteral("Umpan balik nilai 7")));
        QVERIFY(text.contains(QStringLiteral("Berorientasi Pelayanan")));
        // Order: capaian, pola distribusi, hasil kerja, perilaku, predikat, signatures.
        const QStringList order{QStringLiteral("CAPAIAN KINERJA ORGANISASI"),
                                QStringLiteral("POLA DISTRIBUSI"),
                                QStringLiteral("RATING HASIL KERJA"),
                                QStringLiteral("RATING PERILAKU KERJA"),
                                QStringLiteral("PREDIKAT KINERJA PEGAWAI"),
                                QStringLiteral("Pejabat Penilai Kinerja")};
        int last = -1;
        for (const QString &s : order) {
            const int at = text.indexOf(s, last + 1);
            QVERIFY2(at > last, qPrintable(s));
            last = at;
        }
        QVERIFY(text.contains(QStringLiteral("Halaman %1 dari %1").arg(info.pages)));
    }

    // The year rolled up from its quarters stores no ratings; the sheet prints the ones its
    // predikat comes from (the rounded means), not a blank.
    void rolledUpYearPrintsItsRatings()
    {
        IndonesianLabels id;
        ReportWorld r;
        r.build();
        Database &db = r.t.db();
        const qint64 year = AppraisalWorld::appraisal(
            db, r.w.staff2.id, AppraisalWorld::period(db, Period::annual(2026)));
        RollupSetting rollup;
        rollup.policy = RollupPolicy::MeanOfPeriods;
        rollup.missing = MissingPeriodPolicy::Skip;
        VERIFY_OK(AppraisalRepository(db).setRollup(year, rollup));
        const QString path = r.path(QStringLiteral("year.pdf"));
        QVector<SheetWarning> warnings;
        VERIFY_OK(renderPdf(path, DocumentKind::Evaluasi, r.sheet(year), ReportWorld::options(),
                            Paper::A4, &warnings));
        const QString text = pdf::text(path);
        QVERIFY(pdf::lineHas(
            text, {QStringLiteral("RATING HASIL KERJA"), QStringLiteral("SESUAI EKSPEKTASI")}));
        QVERIFY(pdf::lineHas(
            text, {QStringLiteral("RATING PERILAKU KERJA"), QStringLiteral("SESUAI EKSPEKTASI")}));
        QVERIFY(pdf::lineHas(text,
                             {QStringLiteral("PREDIKAT KINERJA PEGAWAI"), QStringLiteral("BAIK")}));
        for (const SheetWarning &w : std::as_const(warnings))
            QVERIFY2(!w.section.contains(QLatin1String("RATING")), qPrintable(w.message));
    }

    void skpTableRunsOverWithItsHeader()
    {
        IndonesianLabels id;
        ReportWorld r;
        r.build();
        // A long plan for the next quarter (a draft).
        const qint64 q2 = AppraisalWorld::period(r.t.db(), Period::quarter(2026, 2));
        const qint64 id2 = AppraisalWorld::appraisal(r.t.db(), r.w.staff1.id, q2);
        VERIFY_OK(AppraisalContent(r.t.db()).setRhk(id2, ReportWorld::plan(25)));
        const QString path = r.path(QStringLiteral("skp-long.pdf"));
        QVector<SheetWarning> warnings;
        VERIFY_OK(renderPdf(path, DocumentKind::Skp, r.sheet(id2), ReportWorld::options(),
                            Paper::A4, &warnings));
        const pdf::Info info = pdf::info(path);
        QVERIFY2(info.pages >= 3, qPrintable(QString::number(info.pages)));
        QVERIFY(near(info.size, A4Points));

        const QString first = pdf::text(path, 1);
        QVERIFY(first.contains(QStringLiteral("SASARAN KINERJA PEGAWAI")));
        QVERIFY(first.contains(QStringLiteral("PERIODE PENILAIAN: 1 APRIL SD 30 JUNI TAHUN 2026")));
        QVERIFY(first.contains(QStringLiteral("A. UTAMA")));
        QVERIFY(first.contains(QStringLiteral("Halaman 1 dari %1").arg(info.pages)));
        QVERIFY(first.contains(QStringLiteral("DRAF — belum final")));
        const QString second = pdf::text(path, 2);
        // The header row again at the top of page 2, before the rows that continue.
        const int header = second.indexOf(QStringLiteral("INDIKATOR KINERJA"));
        QVERIFY2(header >= 0, qPrintable(second));
        QVERIFY(second.indexOf(QStringLiteral("Tersusunnya laporan data")) > header);
        QVERIFY(second.contains(QStringLiteral("Halaman 2 dari %1").arg(info.pages)));
        QVERIFY(second.contains(QStringLiteral("DRAF — belum final")));
        const QString all = pdf::text(path);
        QVERIFY(all.contains(QStringLiteral("nomor 25")));
        QVERIFY(all.contains(QStringLiteral("B. TAMBAHAN")));
        QVERIFY(all.contains(QStringLiteral("Ekspektasi khusus pimpinan")) ||
                all.contains(QStringLiteral("EKSPEKTASI KHUSUS PIMPINAN")));
        QVERIFY(pdf::lineHas(all, {QStringLiteral("Pegawai yang Dinilai"),
                                   QStringLiteral("Pejabat Penilai Kinerja")}));
        // A draft: reported as such.
        QVERIFY(warningText(warnings).contains(QStringLiteral("Draf")) ||
                warningText(warnings).contains(QStringLiteral("draf")));
    }

    void missingPeopleAndAgencyAreMarkedBlank()
    {
        IndonesianLabels id;
        ReportWorld r;
        r.build();
        RenderOptions options; // no agency settings at all
        const QString path = r.path(QStringLiteral("dokumen-rina.pdf"));
        QVector<SheetWarning> warnings;
        VERIFY_OK(renderPdf(path, DocumentKind::DokumenEvaluasi, r.sheet(r.rina), options,
                            Paper::A4, &warnings));
        QCOMPARE(pdf::info(path).pages, 1);
        const QString text = pdf::text(path);
        const QString report = warningText(warnings);
        // Rater and atasan: blank blocks, and a warning each.
        QVERIFY(text.contains(QStringLiteral("Rina Wati")));
        QVERIFY(pdf::lineHas(text, {QStringLiteral("NAMA"), QStringLiteral("— (tidak ada)")}));
        QVERIFY2(report.contains(QStringLiteral("Pejabat Penilai Kinerja:")), qPrintable(report));
        QVERIFY(report.contains(QStringLiteral("Atasan Pejabat Penilai Kinerja:")));
        // Agency header, capaian, predikat: marked blank and reported.
        QVERIFY(text.contains(QStringLiteral("(nama instansi belum diisi)")));
        QVERIFY(report.contains(QStringLiteral("nama instansi")));
        QVERIFY(pdf::lineHas(
            text, {QStringLiteral("PREDIKAT KINERJA PEGAWAI"), QStringLiteral("— (belum diisi)")}));
        QVERIFY(pdf::lineHas(text, {QStringLiteral("CAPAIAN KINERJA ORGANISASI"),
                                    QStringLiteral("— (belum diisi)")}));
        QVERIFY(report.contains(QStringLiteral("PREDIKAT KINERJA PEGAWAI:")));
        QVERIFY(report.contains(QStringLiteral("CAPAIAN KINERJA ORGANISASI:")));
        // Not final: marked as a draft on the page.
        QVERIFY(text.contains(QStringLiteral("DRAF — belum final")));
        // No place: a dotted blank to fill in by hand, and a warning.
        QVERIFY(text.contains(QStringLiteral("......, ")));
        QVERIFY(report.contains(QStringLiteral("tempat")));
    }

    void objectionSectionsOnTheDokumenEvaluasi()
    {
        IndonesianLabels id;
        ReportWorld r;
        r.build();
        Database &db = r.t.db();
        const qint64 q2 = AppraisalWorld::period(db, Period::quarter(2026, 2));
        const qint64 a = AppraisalWorld::appraisal(db, r.w.staff2.id, q2);
        AppraisalWorkflow flow(db, QStringLiteral("tester"));
        VERIFY_OK(AppraisalContent(db).setRhk(a, AppraisalWorld::onePlan()));
        VERIFY_OK(flow.submit(a));
        VERIFY_OK(AppraisalRepository(db).setRatings(a, Rating::DiBawahEkspektasi,
                                                     Rating::SesuaiEkspektasi));
        VERIFY_OK(flow.markRated(a));
        VERIFY_OK(flow.fileObjection(a, QStringLiteral("Realisasi laporan belum dihitung"),
                                     QDate(2026, 7, 3)));
        VERIFY_OK(flow.explainObjection(a, QStringLiteral("Laporan diterima terlambat"),
                                        QDate(2026, 7, 6)));
        const QString path = r.path(QStringLiteral("keberatan.pdf"));
        QVector<SheetWarning> warnings;
        VERIFY_OK(renderPdf(path, DocumentKind::DokumenEvaluasi, r.sheet(a), ReportWorld::options(),
                            Paper::A4, &warnings));
        QCOMPARE(pdf::info(path).pages, 1);
        const QString text = pdf::text(path);
        const int keberatan = text.indexOf(QStringLiteral("KEBERATAN"));
        const int penjelasan =
            text.indexOf(QStringLiteral("PENJELASAN PEJABAT PENILAI KINERJA ATAS KEBERATAN"));
        const int keputusan = text.indexOf(QStringLiteral("KEPUTUSAN ATASAN PEJABAT PENILAI"));
        QVERIFY2(keberatan > text.indexOf(QStringLiteral("CATATAN/REKOMENDASI")), qPrintable(text));
        QVERIFY(penjelasan > keberatan && keputusan > penjelasan);
        QVERIFY(text.indexOf(QStringLiteral("Realisasi laporan belum dihitung")) > keberatan);
        QVERIFY(text.contains(QStringLiteral("(3 Juli 2026)")));
        QVERIFY(text.indexOf(QStringLiteral("Laporan diterima terlambat")) > penjelasan);
        QVERIFY(text.indexOf(QStringLiteral("— (tidak ada)"), keputusan) > keputusan);
        QVERIFY(pdf::lineHas(
            text, {QStringLiteral("PREDIKAT KINERJA PEGAWAI"), QStringLiteral("BUTUH PERBAIKAN")}));
        QVERIFY(warningText(warnings).contains(QStringLiteral("Keberatan belum diputuskan")));
        QVERIFY2(id.translator.missing().isEmpty(),
                 qPrintable(id.translator.missing().join(QLatin1Char('\n'))));
    }

    // Every label the forms print has its Indonesian wording in translations/kinerja_id.ts.
    void everyLabelHasItsIndonesianWording()
    {
        IndonesianLabels id;
        ReportWorld r;
        r.build();
        for (const qint64 a : {r.budi, r.rina}) {
            for (const DocumentKind kind : documentsFor(SchemeKind::PermenPan2022)) {
                QVector<SheetWarning> warnings;
                VERIFY_OK(renderPdf(r.path(QStringLiteral("labels.pdf")), kind, r.sheet(a),
                                    a == r.rina ? RenderOptions{} : ReportWorld::options(),
                                    Paper::A4, &warnings));
            }
        }
        QVERIFY2(id.translator.missing().isEmpty(),
                 qPrintable(id.translator.missing().join(QLatin1Char('\n'))));
    }

    void unreadableLogoIsReported()
    {
        ReportWorld r;
        r.build();
        RenderOptions options = ReportWorld::options();
        options.agency.logo = QByteArray("not an image");
        QVector<SheetWarning> warnings;
        VERIFY_OK(renderPdf(r.path(QStringLiteral("logo.pdf")), DocumentKind::DokumenEvaluasi,
                            r.sheet(r.budi), options, Paper::A4, &warnings));
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().message.contains(QStringLiteral("logo")));

        // A real logo prints without a warning.
        QImage logo(64, 80, QImage::Format_RGB32);
        logo.fill(Qt::darkGreen);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(logo.save(&buffer, "PNG"));
        options.agency.logo = png;
        warnings.clear();
        const QString path = r.path(QStringLiteral("logo-ok.pdf"));
        VERIFY_OK(renderPdf(path, DocumentKind::DokumenEvaluasi, r.sheet(r.budi), options,
                            Paper::F4, &warnings));
        QVERIFY(warnings.isEmpty());
        QCOMPARE(pdf::info(path).pages, 1);
    }

    void fontSizesComeOutInPoints()
    {
        ReportWorld r;
        r.build();
        const QString path = r.path(QStringLiteral("sizes.pdf"));
        VERIFY_OK(renderPdf(path, DocumentKind::DokumenEvaluasi, r.sheet(r.budi),
                            ReportWorld::options(), Paper::A4, nullptr));
        // Table text is 9 pt, the page number 7 pt: word boxes (ascent + descent of DejaVu
        // Sans, about 1.16 em) of about 10.4 pt and 8.1 pt.
        const double name = pdf::wordHeight(path, QStringLiteral("Santoso"));
        QVERIFY2(name > 9.5 && name < 11.5, qPrintable(QString::number(name)));
        const double page = pdf::wordHeight(path, QStringLiteral("Page"));
        QVERIFY2(page > 7.0 && page < 9.0, qPrintable(QString::number(page)));
    }

    void documentsThatDoNotApplyAreRefused()
    {
        ReportWorld r;
        r.build();
        const Status s = renderPdf(r.path(QStringLiteral("no.pdf")), DocumentKind::NumericSkp,
                                   r.sheet(r.budi), ReportWorld::options(), Paper::A4, nullptr);
        QVERIFY(!s);
        QVERIFY(s.message().contains(QStringLiteral("Budi Santoso")));
    }
};

QTEST_MAIN(TestReportPermenpan)
#include "test_report_permenpan.moc"
