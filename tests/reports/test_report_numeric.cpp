#include "support/reportfixture.h"

#include "scoring/bands.h"

#include <QLocale>
#include <QTest>

using namespace kinerja;
using namespace kinerja::reports;

namespace {

qint64 schemeVersion(Database &db, const char *code)
{
    return SchemeRepository(db).findByCode(QLatin1String(code))->latestVersionId;
}

// A PP 46 appraisal of staff1 in 2026-Q2 with one kegiatan (quantity `quantity` done of
// `quantity`, quality 100 of 100, 4 of 5 months) and every aspect at 90.
Status pp46Appraisal(ReportWorld &r, double quantity, qint64 *id)
{
    Database &db = r.t.db();
    const qint64 period =
        AppraisalWorld::period(db, Period::quarter(2026, 2), schemeVersion(db, "pp46"));
    *id = AppraisalWorld::appraisal(db, r.w.staff1.id, period);
    KegiatanEntry e;
    e.kegiatan.name = QStringLiteral("Menyusun laporan data guru");
    e.kegiatan.targetKuantitas = quantity;
    e.kegiatan.realKuantitas = quantity;
    e.kegiatan.targetKualitas = 100;
    e.kegiatan.realKualitas = 100;
    e.kegiatan.targetWaktu = 5;
    e.kegiatan.realWaktu = 4;
    e.satuanKuantitas = QStringLiteral("Laporan");
    e.satuanWaktu = QStringLiteral("Bulan");
    AppraisalContent content(db);
    const Status s = content.setKegiatan(*id, {e});
    return s ? content.setAspectScores(*id, {{0, 90}, {1, 90}, {2, 90}, {3, 90}, {4, 90}}) : s;
}

QString id2(double v)
{
    return QLocale(QLocale::Indonesian, QLocale::Indonesia).toString(v, 'f', 2);
}

} // namespace

class TestReportNumeric : public QObject {
    Q_OBJECT
private slots:
    void pp46FormsPrintTheComputedValues()
    {
        IndonesianLabels id;
        ReportWorld r;
        r.build();
        Database &db = r.t.db();
        qint64 a = 0;
        VERIFY_OK(pp46Appraisal(r, 10, &a));
        const Appraisal stored = *AppraisalRepository(db).find(a);
        QVERIFY(stored.score);
        QCOMPARE(stored.predikat, QStringLiteral("Sangat Baik"));

        const SheetData sheet = r.sheet(a);
        QVector<SheetWarning> warnings;
        const QString skp = r.path(QStringLiteral("pp46-skp.pdf"));
        VERIFY_OK(renderPdf(skp, DocumentKind::NumericSkp, sheet, ReportWorld::options(), Paper::A4,
                            &warnings));
        QCOMPARE(pdf::info(skp).pages, 1);
        const QString skpText = pdf::text(skp);
        QVERIFY2(skpText.contains(QStringLiteral("FORMULIR SASARAN KERJA")), qPrintable(skpText));
        QVERIFY(pdf::lineHas(skpText, {QStringLiteral("I. PEJABAT PENILAI"),
                                       QStringLiteral("II. PEGAWAI NEGERI SIPIL YANG DINILAI")}));
        QVERIFY(pdf::lineHas(skpText,
                             {QStringLiteral("Kepala Bidang"), QStringLiteral("Budi Santoso")}));
        QVERIFY(pdf::lineHas(skpText, {QStringLiteral("Menyusun laporan data guru"),
                                       QStringLiteral("10 Laporan"), QStringLiteral("100"),
                                       QStringLiteral("5 Bulan")}));

        const QString ppk = r.path(QStringLiteral("pp46-ppk.pdf"));
        warnings.clear();
        VERIFY_OK(renderPdf(ppk, DocumentKind::PenilaianPrestasiKerja, sheet,
                            ReportWorld::options(), Paper::F4, &warnings));
        const QString text = pdf::text(ppk);
        QVERIFY2(text.contains(QStringLiteral("PENILAIAN PRESTASI KERJA")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("PERIODE PENILAIAN: 1 APRIL SD 30 JUNI TAHUN 2026")));
        // Kuantitas 100 + kualitas 100 + waktu 96 = 296; capaian 98.67; perilaku 90;
        // nilai prestasi 60% × 98.67 + 40% × 90 = 95.20, Sangat Baik.
        QVERIFY(pdf::lineHas(text, {QStringLiteral("Menyusun laporan"), QStringLiteral("296,00"),
                                    QStringLiteral("98,67")}));
        QVERIFY(pdf::lineHas(text, {QStringLiteral("NILAI CAPAIAN SKP"), QStringLiteral("98,67")}));
        QVERIFY(pdf::lineHas(text, {QStringLiteral("Sasaran Kerja Pegawai (SKP)"),
                                    QStringLiteral("98,67"), QStringLiteral("60%"),
                                    QStringLiteral("59,20")}));
        QVERIFY(
            pdf::lineHas(text, {QStringLiteral("Orientasi Pelayanan"), QStringLiteral("90,00")}));
        QVERIFY(pdf::lineHas(text, {QStringLiteral("Rata-rata"), QStringLiteral("90,00"),
                                    QStringLiteral("40%"), QStringLiteral("36,00")}));
        QVERIFY(pdf::lineHas(text, {QStringLiteral("NILAI PRESTASI KERJA"),
                                    id2(roundHalfAwayFromZero(*stored.score, 2)),
                                    QStringLiteral("SANGAT BAIK")}));
        QCOMPARE(id2(roundHalfAwayFromZero(*stored.score, 2)), QStringLiteral("95,20"));
        QVERIFY(text.contains(QStringLiteral("Atasan Pejabat Penilai")));
        QVERIFY(text.contains(QStringLiteral("DRAF — belum final"))); // not finalised
        QVERIFY(near(pdf::info(ppk).size.height(), 935.4));
        QCOMPARE(pdf::info(ppk).pages, 1);
        QVERIFY2(id.translator.missing().isEmpty(),
                 qPrintable(id.translator.missing().join(QLatin1Char('\n'))));
    }

    void pp30SheetPrintsTheWeighting()
    {
        IndonesianLabels id;
        ReportWorld r;
        r.build();
        Database &db = r.t.db();
        const qint64 period =
            AppraisalWorld::period(db, Period::quarter(2026, 3), schemeVersion(db, "pp30"));
        const qint64 a = AppraisalWorld::appraisal(db, r.w.staff1.id, period);
        VERIFY_OK(AppraisalRepository(db).setPp30(a, 115, true));
        VERIFY_OK(
            AppraisalContent(db).setAspectScores(a, {{0, 110}, {1, 110}, {2, 110}, {3, 110}}));
        const QString path = r.path(QStringLiteral("pp30.pdf"));
        QVector<SheetWarning> warnings;
        VERIFY_OK(renderPdf(path, DocumentKind::PenilaianPrestasiKerja, r.sheet(a),
                            ReportWorld::options(), Paper::A4, &warnings));
        const QString text = pdf::text(path);
        // 70% × 115 + 30% × 110 = 113.50 with a new idea: Sangat Baik.
        QVERIFY2(pdf::lineHas(text, {QStringLiteral("Sasaran Kerja Pegawai (SKP)"),
                                     QStringLiteral("115,00"), QStringLiteral("70%"),
                                     QStringLiteral("80,50")}),
                 qPrintable(text));
        QVERIFY(pdf::lineHas(text, {QStringLiteral("Rata-rata"), QStringLiteral("110,00"),
                                    QStringLiteral("30%"), QStringLiteral("33,00")}));
        QVERIFY(pdf::lineHas(text, {QStringLiteral("NILAI PRESTASI KERJA"),
                                    QStringLiteral("113,50"), QStringLiteral("SANGAT BAIK")}));
        QVERIFY(
            pdf::lineHas(text, {QStringLiteral("Ide atau cara kerja baru"), QStringLiteral("Ya")}));
        QVERIFY(text.contains(QStringLiteral("Inisiatif Kerja")));
        QVERIFY(!documentApplies(DocumentKind::NumericSkp, SchemeKind::Pp30));
        QVERIFY2(id.translator.missing().isEmpty(),
                 qPrintable(id.translator.missing().join(QLatin1Char('\n'))));
    }

    void englishSheetUsesTheEnglishNotation()
    {
        // A sheet follows its language: the English wording (no translation) with the
        // English locale prints "98.67" where the Indonesian sheet prints "98,67".
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        ReportWorld r;
        r.build();
        qint64 a = 0;
        VERIFY_OK(pp46Appraisal(r, 1000, &a));
        const QString ppk = r.path(QStringLiteral("pp46-ppk-en.pdf"));
        QVector<SheetWarning> warnings;
        VERIFY_OK(renderPdf(ppk, DocumentKind::PenilaianPrestasiKerja, r.sheet(a),
                            ReportWorld::options(), Paper::F4, &warnings));
        const QString text = pdf::text(ppk);
        QVERIFY(pdf::lineHas(text, {QStringLiteral("296.00"), QStringLiteral("98.67")}));
        QVERIFY(pdf::lineHas(
            text, {QStringLiteral("98.67"), QStringLiteral("60%"), QStringLiteral("59.20")}));
        QVERIFY2(text.contains(QStringLiteral("95.20")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("98,67")) && !text.contains(QStringLiteral("95,20")),
                 qPrintable(text));
        const QString skp = r.path(QStringLiteral("pp46-skp-en.pdf"));
        VERIFY_OK(renderPdf(skp, DocumentKind::NumericSkp, r.sheet(a), ReportWorld::options(),
                            Paper::A4, &warnings));
        // Thousands grouped as English writes them (Indonesian: "1.000").
        const QString skpText = pdf::text(skp);
        QVERIFY2(pdf::lineHas(skpText, {QStringLiteral("Menyusun laporan data guru"),
                                        QStringLiteral("1,000"), QStringLiteral("5 Bulan")}),
                 qPrintable(skpText.mid(skpText.indexOf(QStringLiteral("Menyusun")), 300)));
        QLocale::setDefault(previous);
    }

    void weightedSheet()
    {
        IndonesianLabels id;
        ReportWorld r;
        r.build();
        Database &db = r.t.db();
        const qint64 period = AppraisalWorld::period(db, Period::quarter(2026, 4),
                                                     schemeVersion(db, "weighted-default"));
        const qint64 a = AppraisalWorld::appraisal(db, r.w.staff1.id, period);
        AppraisalContent content(db);
        const auto rating = [](const char *indicator, RaterSource source, double value,
                               qint64 rater = 0) {
            WeightedEntry e;
            e.indicatorId = QLatin1String(indicator);
            e.source = source;
            e.value = value;
            e.raterId = rater;
            return e;
        };
        VERIFY_OK(content.setWeightedRating(
            a, rating("kualitas-layanan", RaterSource::Peers, 4, r.w.staff2.id)));
        VERIFY_OK(
            content.setWeightedRating(a, rating("kepuasan-masyarakat", RaterSource::Public, 82.5)));
        VERIFY_OK(
            content.setWeightedRating(a, rating("ketepatan-waktu", RaterSource::Supervisor, 90)));
        const Appraisal stored = *AppraisalRepository(db).find(a);
        QVERIFY(stored.score);
        const QString path = r.path(QStringLiteral("weighted.pdf"));
        QVector<SheetWarning> warnings;
        VERIFY_OK(renderPdf(path, DocumentKind::WeightedSheet, r.sheet(a), ReportWorld::options(),
                            Paper::A4, &warnings));
        const QString text = pdf::text(path);
        QVERIFY2(text.contains(QStringLiteral("PENILAIAN INDIKATOR BERBOBOT")), qPrintable(text));
        QVERIFY(pdf::lineHas(text, {QStringLiteral("NILAI TERTIMBANG"),
                                    id2(roundHalfAwayFromZero(*stored.score, 2))}));
        QVERIFY(pdf::lineHas(text, {QStringLiteral("PREDIKAT"), stored.predikat.toUpper()}));
        QVERIFY(pdf::lineHas(text, {QStringLiteral("82,50")}));
        QVERIFY(pdf::lineHas(text, {QStringLiteral("Pegawai yang Dinilai"),
                                    QStringLiteral("Pejabat Penilai Kinerja")}));
        QCOMPARE(pdf::info(path).pages, 1);
        QVERIFY2(id.translator.missing().isEmpty(),
                 qPrintable(id.translator.missing().join(QLatin1Char('\n'))));
    }

private:
    static bool near(double a, double b) { return std::abs(a - b) < 1.0; }
};

QTEST_MAIN(TestReportNumeric)
#include "test_report_numeric.moc"
