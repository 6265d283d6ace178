#include "support/reportfixture.h"

#include "reports/recaps.h"
#include "storage/recapquery.h"
#include "storage/settingrepository.h"
#include "storage/unitrepository.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTest>

using namespace kinerja;
using namespace kinerja::reports;

namespace {

// The Indonesian translation and, as i18n::install sets with it, the Indonesian notation
// of numbers and dates, for the test's lifetime.
struct RecapLabels {
    RecordingTranslator translator;
    QLocale previous;
    RecapLabels()
    {
        QVERIFY2(translator.load(), "the Indonesian translation cannot be read");
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    }
    ~RecapLabels()
    {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(previous);
    }
    QStringList missing() const
    {
        QStringList out;
        for (const QString &m : translator.missing())
            if (m.startsWith(QLatin1String("kinerja::reports::Recaps:")))
                out << m;
        return out;
    }
};

RecapOptions recapOptions()
{
    RecapOptions o;
    o.agency = ReportWorld::options().agency;
    o.signDate = QDate(2026, 4, 2);
    o.signer.name = QStringLiteral("Drs. Hadi Prasetyo, M.Si.");
    o.signer.nip = QStringLiteral("197001011995031001");
    return o;
}

constexpr double A4W = 595.28, A4H = 841.89, F4W = 609.45, F4H = 935.43; // points

bool near(double a, double b)
{
    return qAbs(a - b) < 1.0;
}

// RECAP_TEST_OUT=<folder> keeps a copy of each PDF there, to look at.
void keep(const QString &path)
{
    const QString dir = qEnvironmentVariable("RECAP_TEST_OUT");
    if (dir.isEmpty())
        return;
    const QString target = dir + QLatin1Char('/') + QFileInfo(path).fileName();
    QFile::remove(target);
    QFile::copy(path, target);
}

// The NIP is printed under the name, in the same column.
bool nipUnder(const QString &text, const QString &name, const QString &nip)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i + 1 < lines.size(); ++i) {
        const int at = lines.at(i).indexOf(name);
        if (at >= 0 && qAbs(lines.at(i + 1).indexOf(nip) - at) <= 1)
            return true;
    }
    return false;
}

// Runs of spaces collapsed, so texts can be matched across pdftotext's column layout.
QString flat(const QString &text)
{
    return text.simplified();
}

} // namespace

class TestRecaps : public QObject {
    Q_OBJECT

    ReportWorld *m_world = nullptr;
    qint64 m_q2 = 0;
    QString m_longAdvice;

    QString write(RecapKind kind, const RecapScope &scope, const QString &name,
                  Paper paper = Paper::A4, const RecapOptions &options = recapOptions())
    {
        const QString path = m_world->path(name);
        int pages = 0;
        const Status s =
            RecapPrinter::writePdf(m_world->t.db(), kind, scope, options, paper, path, &pages);
        if (!s)
            qWarning("%s", qPrintable(s.message()));
        if (pages != pdf::info(path).pages)
            qWarning("reported %d pages, the PDF has %d", pages, pdf::info(path).pages);
        keep(path);
        return path;
    }

private slots:
    void initTestCase()
    {
        m_world = new ReportWorld;
        m_world->build();
        // Q2: training needs.
        //   kadis   Di Bawah / Di Bawah  Sangat Kurang      no recommendation
        //   kabid   Di Bawah / Sesuai    Butuh Perbaikan    Manajerial, a long text
        //   staff1  Sesuai / Di Bawah    Kurang/Misconduct  Teknis
        //   staff2  Sesuai / Sesuai      Baik               (not listed)
        //   staffB  Di Bawah / Di Bawah  Sangat Kurang      Sosial Kultural
        Database &db = m_world->t.db();
        const AppraisalWorld &w = m_world->w;
        m_q2 = AppraisalWorld::period(db, Period::quarter(2026, 2));
        AppraisalRepository repo(db);
        using R = Rating;
        m_longAdvice = QStringLiteral(
            "Mengikuti pelatihan kepemimpinan administrator, pendampingan (coaching) oleh "
            "kepala dinas setiap bulan, dan penugasan memimpin tim penyusunan rencana kerja "
            "bidang agar mampu menetapkan target yang terukur serta memantau pencapaiannya");
        const struct {
            qint64 employee;
            R hasil, perilaku;
            QString advice;
            CompetencyCategory category;
        } rows[] = {
            {w.kadis.id, R::DiBawahEkspektasi, R::DiBawahEkspektasi, {}, CompetencyCategory::None},
            {w.kabid.id, R::DiBawahEkspektasi, R::SesuaiEkspektasi, m_longAdvice,
             CompetencyCategory::Manajerial},
            {w.staff1.id, R::SesuaiEkspektasi, R::DiBawahEkspektasi,
             QStringLiteral("Pelatihan pelayanan prima"), CompetencyCategory::Teknis},
            {w.staff2.id, R::SesuaiEkspektasi, R::SesuaiEkspektasi, {}, CompetencyCategory::None},
            {w.staffB.id, R::DiBawahEkspektasi, R::DiBawahEkspektasi,
             QStringLiteral("Pembinaan kerja sama tim"), CompetencyCategory::SosialKultural},
        };
        for (const auto &r : rows) {
            const qint64 id = AppraisalWorld::appraisal(db, r.employee, m_q2);
            VERIFY_OK(repo.setRatings(id, r.hasil, r.perilaku));
            if (!r.advice.isEmpty() || r.category != CompetencyCategory::None)
                VERIFY_OK(repo.setRekomendasi(id, r.advice, r.category));
        }
    }

    void cleanupTestCase() { delete m_world; }

    void codes()
    {
        for (const RecapKind k : allRecapKinds()) {
            RecapKind parsed = RecapKind::Predikat;
            QVERIFY(parseRecapCode(recapCode(k).toUpper(), &parsed));
            QCOMPARE(parsed, k);
            QVERIFY(!recapName(k).isEmpty());
        }
        RecapKind k;
        QVERIFY(!parseRecapCode(QStringLiteral("nope"), &k));
    }

    void defaultOptionsFromTheSettings()
    {
        AgencySettings agency;
        agency.name = QStringLiteral("Badan Kepegawaian Daerah");
        agency.parent = QStringLiteral("Pemerintah Kabupaten Sleman");
        agency.place = QStringLiteral("Sleman");
        VERIFY_OK(SettingRepository(m_world->t.db()).setAgency(agency));
        const RecapOptions o = RecapSource::defaultOptions(m_world->t.db());
        QCOMPARE(o.agency.name, agency.name);
        QCOMPARE(o.agency.parent, agency.parent);
        QCOMPARE(o.agency.place, agency.place);
        QCOMPARE(o.signDate, std::optional<QDate>(QDate::currentDate()));
        QVERIFY(o.signature && o.listPendingStaff);
    }

    void predikatRecapAgainstThePattern()
    {
        RecapLabels labels;
        const AppraisalWorld &w = m_world->w;
        const QString path =
            write(RecapKind::Predikat, {w.q1, w.d.dinasA.id, true}, QStringLiteral("predikat.pdf"));
        const pdf::Info info = pdf::info(path);
        QCOMPARE(info.pages, 2);
        QVERIFY(near(info.size.width(), A4W) && near(info.size.height(), A4H));
        const QString text = pdf::text(path);
        QVERIFY(text.contains(QStringLiteral("PEMERINTAH KABUPATEN SLEMAN")));
        QVERIFY(text.contains(QStringLiteral("REKAPITULASI PREDIKAT KINERJA PEGAWAI")));
        QVERIFY(
            text.contains(QStringLiteral("PERIODE PENILAIAN: 1 JANUARI SD 31 MARET TAHUN 2026")));
        QVERIFY(
            pdf::lineHas(text, {QStringLiteral("Unit Kerja"),
                                QStringLiteral("Dinas Pendidikan (beserta unit di bawahnya)")}));
        QVERIFY(
            pdf::lineHas(text, {QStringLiteral("Periode"),
                                QStringLiteral("Triwulan I 2026 (1 Januari s.d. 31 Maret 2026)")}));
        // The table: one line per employee with unit, ratings, predikat and status.
        QVERIFY(pdf::lineHas(text, {QStringLiteral("1"), QStringLiteral("Budi Santoso"),
                                    QStringLiteral("Pengelola Data"), QStringLiteral("Bidang"),
                                    QStringLiteral("Di Atas"), QStringLiteral("Di Atas"),
                                    QStringLiteral("Sangat Baik"), QStringLiteral("Final")}));
        QVERIFY(pdf::lineHas(text, {QStringLiteral("2"), QStringLiteral("Siti Aminah"),
                                    QStringLiteral("Sesuai"), QStringLiteral("Sesuai"),
                                    QStringLiteral("Baik"), QStringLiteral("Final")}));
        QVERIFY(nipUnder(text, w.staff1.fullName(), w.staff1.nip));
        QVERIFY(nipUnder(text, w.staff2.fullName(), w.staff2.nip));
        QVERIFY(!text.contains(QStringLiteral("Rina Wati"))); // Dinas Kesehatan
        // Distribution: counts and percentages.
        QVERIFY(pdf::lineHas(
            text, {QStringLiteral("Sangat Baik"), QStringLiteral("1"), QStringLiteral("50,0%")}));
        QVERIFY(pdf::lineHas(text, {QStringLiteral("Butuh Perbaikan"), QStringLiteral("0"),
                                    QStringLiteral("0,0%")}));
        QVERIFY(pdf::lineHas(text, {QStringLiteral("Jumlah yang telah memperoleh predikat"),
                                    QStringLiteral("2"), QStringLiteral("100%")}));
        // Against the pattern, in words.
        const QString f = flat(text);
        QVERIFY(f.contains(QStringLiteral("Capaian kinerja organisasi: Baik (ditetapkan untuk "
                                          "Dinas Pendidikan)")));
        QVERIFY(pdf::lineHas(text, {QStringLiteral("Baik: paling banyak 70%"),
                                    QStringLiteral("paling banyak 1 dari 2"),
                                    QStringLiteral("1 dari 2 (50,0%)"), QStringLiteral("Sesuai")}));
        QVERIFY(pdf::lineHas(
            text, {QStringLiteral("Butuh Perbaikan dan/atau"), QStringLiteral("paling sedikit 1"),
                   QStringLiteral("0 dari 2 (0,0%)"), QStringLiteral("TIDAK SESUAI")}));
        QVERIFY(f.contains(QStringLiteral("Misconduct: harus ada")));
        QVERIFY(
            f.contains(QStringLiteral("Kesimpulan: distribusi predikat TIDAK SESUAI dengan pola "
                                      "distribusi untuk capaian kinerja organisasi Baik.")));
        QVERIFY(f.contains(QStringLiteral("Butuh Perbaikan dan/atau Kurang/Misconduct: tidak ada, "
                                          "padahal pola distribusi mengharuskan ada")));
        // Signature and page numbers.
        QVERIFY(text.contains(QStringLiteral("Sleman, 2 April 2026")));
        QVERIFY(f.contains(QStringLiteral("Kepala Badan Kepegawaian dan Pengembangan")));
        QVERIFY(text.contains(QStringLiteral("Drs. Hadi Prasetyo, M.Si.")));
        QVERIFY(text.contains(QStringLiteral("NIP. 197001011995031001")));
        QVERIFY(pdf::text(path, 1).contains(QStringLiteral("Halaman 1 dari 2")));
        QVERIFY(pdf::text(path, 2).contains(QStringLiteral("Halaman 2 dari 2")));
        QVERIFY2(labels.missing().isEmpty(), qPrintable(labels.missing().join(QLatin1Char('\n'))));
    }

    void predikatRecapWithoutCapaianOnF4()
    {
        RecapLabels labels;
        const AppraisalWorld &w = m_world->w;
        const QString path = write(RecapKind::Predikat, {w.q1, w.d.dinasB.id, false},
                                   QStringLiteral("predikat-f4.pdf"), Paper::F4);
        const pdf::Info info = pdf::info(path);
        QCOMPARE(info.pages, 1);
        QVERIFY2(
            near(info.size.width(), F4W) && near(info.size.height(), F4H),
            qPrintable(QStringLiteral("%1 x %2").arg(info.size.width()).arg(info.size.height())));
        const QString text = pdf::text(path);
        QVERIFY(
            pdf::lineHas(text, {QStringLiteral("Unit Kerja"), QStringLiteral("Dinas Kesehatan")}));
        QVERIFY(!text.contains(QStringLiteral("beserta unit di bawahnya")));
        QVERIFY(pdf::lineHas(text, {QStringLiteral("Rina Wati"), QStringLiteral("Dinas"),
                                    QStringLiteral("belum ada hasil"), QStringLiteral("Draf")}));
        QVERIFY(nipUnder(text, w.staffB.fullName(), w.staffB.nip));
        QVERIFY(pdf::lineHas(text, {QStringLiteral("Belum memperoleh predikat (tidak dihitung)"),
                                    QStringLiteral("1")}));
        const QString f = flat(text);
        QVERIFY(f.contains(QStringLiteral("Capaian kinerja organisasi untuk Dinas Kesehatan pada "
                                          "periode ini belum ditetapkan")));
        QVERIFY(!f.contains(QStringLiteral("Kesimpulan")));
        QVERIFY(labels.missing().isEmpty());
    }

    void predikatRecapEmpty()
    {
        RecapLabels labels;
        const AppraisalWorld &w = m_world->w;
        const qint64 q3 = AppraisalWorld::period(m_world->t.db(), Period::quarter(2026, 3));
        const QString path =
            write(RecapKind::Predikat, {q3, w.d.dinasA.id, true}, QStringLiteral("empty.pdf"));
        QCOMPARE(pdf::info(path).pages, 1);
        const QString text = pdf::text(path);
        QVERIFY(flat(text).contains(QStringLiteral(
            "Tidak ada penilaian kinerja untuk Dinas Pendidikan pada periode Triwulan III 2026.")));
        QVERIFY(!text.contains(QStringLiteral("Nama / NIP")));
        QVERIFY(!text.contains(QStringLiteral("DISTRIBUSI")));
        QVERIFY(labels.missing().isEmpty());
    }

    void pendingRecap()
    {
        RecapLabels labels;
        const AppraisalWorld &w = m_world->w;
        // Q1: Budi and Siti final, Rina draft, the two heads have no appraisal.
        const QString path =
            write(RecapKind::Pending, {w.q1, 0, true}, QStringLiteral("pending.pdf"));
        QCOMPARE(pdf::info(path).pages, 1);
        const QString text = pdf::text(path);
        QVERIFY(text.contains(QStringLiteral("REKAPITULASI PENILAIAN KINERJA YANG BELUM SELESAI")));
        // The whole agency is its root unit.
        QVERIFY(flat(text).contains(
            QStringLiteral("Pemerintah Kabupaten Contoh (beserta unit di bawahnya)")));
        // No · unit · not created · draft · diajukan · dinilai · final · not final · total
        const auto counts = [&](const QString &unit, const char *numbers) {
            QStringList parts{unit};
            parts << QString::fromLatin1(numbers).split(QLatin1Char(' '));
            return pdf::lineHas(text, parts);
        };
        QVERIFY(counts(QStringLiteral("Bidang Pembinaan SD"), "1 0 0 0 2 1 3"));
        QVERIFY(counts(QStringLiteral("Dinas Kesehatan"), "0 1 0 0 0 1 1"));
        QVERIFY(counts(QStringLiteral("Dinas Pendidikan"), "1 0 0 0 0 1 1"));
        QVERIFY(counts(QStringLiteral("JUMLAH"), "2 1 0 0 2 3 5"));
        // Who is pending, under their unit.
        QVERIFY(text.contains(
            QStringLiteral("B. DAFTAR PEGAWAI YANG PENILAIAN KINERJANYA BELUM FINAL")));
        QVERIFY(
            pdf::lineHas(text, {QStringLiteral("Kepala Bidang"), QStringLiteral("Kepala Bidang"),
                                QStringLiteral("Belum dibuat")}));
        QVERIFY(pdf::lineHas(text, {QStringLiteral("Rina Wati"), QStringLiteral("Draf")}));
        QVERIFY(pdf::lineHas(text, {QStringLiteral("Kepala Dinas"),
                                    QStringLiteral("Kepala Dinas Pendidikan"),
                                    QStringLiteral("Belum dibuat")}));
        QVERIFY(nipUnder(text, w.staffB.fullName(), w.staffB.nip));
        QVERIFY(!text.contains(QStringLiteral("Budi Santoso"))); // final
        const int bidang = text.indexOf(QStringLiteral("Kepala Bidang"));
        const int rina = text.indexOf(QStringLiteral("Rina Wati"));
        const int kadis = text.lastIndexOf(QStringLiteral("Kepala Dinas"));
        QVERIFY(bidang < rina && rina < kadis);
        QVERIFY(text.contains(QStringLiteral("Halaman 1 dari 1")));

        // Without the list; one unit without its sub-units.
        RecapOptions o = recapOptions();
        o.listPendingStaff = false;
        const QString table = write(RecapKind::Pending, {w.q1, w.d.dinasA.id, false},
                                    QStringLiteral("pending-table.pdf"), Paper::F4, o);
        const QString t2 = pdf::text(table);
        QVERIFY(!t2.contains(QStringLiteral("DAFTAR PEGAWAI")));
        QVERIFY(counts(QStringLiteral("Dinas Pendidikan"), "1 0 0 0 0 1 1") ||
                pdf::lineHas(t2, {QStringLiteral("Dinas Pendidikan"), QStringLiteral("1"),
                                  QStringLiteral("0"), QStringLiteral("1")}));
        QVERIFY(!t2.contains(QStringLiteral("Bidang Pembinaan SD")));
        QVERIFY(near(pdf::info(table).size.height(), F4H));

        // A unit with nobody at all.
        Unit empty =
            SmallDistrict::unit(QStringLiteral("Bagian Umum"), w.d.root.id, UnitKind::Bidang);
        QVERIFY(UnitRepository(m_world->t.db()).create(empty));
        const QString none =
            write(RecapKind::Pending, {w.q1, empty.id, true}, QStringLiteral("pending-empty.pdf"));
        QVERIFY(flat(pdf::text(none))
                    .contains(QStringLiteral("Bagian Umum tidak memiliki pegawai aktif maupun "
                                             "penilaian kinerja pada periode Triwulan I 2026.")));
        QVERIFY(labels.missing().isEmpty());
    }

    void trainingNeedsRecap()
    {
        RecapLabels labels;
        const AppraisalWorld &w = m_world->w;
        const QString path =
            write(RecapKind::TrainingNeeds, {m_q2, 0, true}, QStringLiteral("training.pdf"));
        const pdf::Info info = pdf::info(path);
        QVERIFY(info.pages >= 1);
        QVERIFY(near(info.size.width(), A4W));
        const QString text = pdf::text(path);
        const QString f = flat(text);
        QVERIFY(text.contains(QStringLiteral("LAPORAN KEBUTUHAN PENGEMBANGAN KOMPETENSI")));
        QVERIFY(f.contains(QStringLiteral("Seluruhnya 4 pegawai.")));
        // Part I, by unit.
        QVERIFY(text.contains(QStringLiteral("I. MENURUT UNIT KERJA")));
        QVERIFY(text.contains(QStringLiteral("Bidang Pembinaan SD (2 pegawai)")));
        QVERIFY(text.contains(QStringLiteral("Dinas Kesehatan (1 pegawai)")));
        QVERIFY(text.contains(QStringLiteral("Dinas Pendidikan (1 pegawai)")));
        QVERIFY(pdf::lineHas(text, {QStringLiteral("Budi Santoso"),
                                    QStringLiteral("Pengelola Data"), QStringLiteral("Kurang/"),
                                    QStringLiteral("Pelatihan pelayanan prima"),
                                    QStringLiteral("Teknis")}));
        QVERIFY(
            pdf::lineHas(text, {QStringLiteral("Kepala Bidang"), QStringLiteral("Butuh Perbaikan"),
                                QStringLiteral("Mengikuti pelatihan")}));
        QVERIFY(pdf::lineHas(text, {QStringLiteral("Kepala Dinas"), QStringLiteral("Sangat Kurang"),
                                    QStringLiteral("rekomendasi belum diisi")}));
        QVERIFY(nipUnder(text, w.kabid.fullName(), w.kabid.nip));
        QVERIFY(text.contains(QStringLiteral("(Draf)")));
        QVERIFY(!text.contains(QStringLiteral("Siti Aminah"))); // Baik
        // The long recommendation wraps: its last words are on a later line than its first.
        const QStringList first = pdf::linesWith(text, QStringLiteral("Mengikuti pelatihan"));
        const QStringList last = pdf::linesWith(text, QStringLiteral("pencapaiannya"));
        QVERIFY(!first.isEmpty() && !last.isEmpty());
        QVERIFY(!first.first().contains(QStringLiteral("pencapaiannya")));
        // Part II, by competency.
        QVERIFY(
            text.contains(QStringLiteral("II. MENURUT JENIS KOMPETENSI YANG DIREKOMENDASIKAN")));
        QVERIFY(pdf::lineHas(text, {QStringLiteral("Teknis"), QStringLiteral("1")}));
        QVERIFY(pdf::lineHas(text, {QStringLiteral("Jumlah"), QStringLiteral("4")}));
        QVERIFY(text.contains(QStringLiteral("Manajerial (1 pegawai)")));
        QVERIFY(text.contains(QStringLiteral("Teknis (1 pegawai)")));
        QVERIFY(text.contains(QStringLiteral("Sosial Kultural (1 pegawai)")));
        QVERIFY(text.contains(QStringLiteral("Jenis kompetensi tidak disebutkan (1 pegawai)")));
        const int manajerial = text.indexOf(QStringLiteral("Manajerial (1 pegawai)"));
        QVERIFY(text.indexOf(QStringLiteral("Kepala Bidang"), manajerial) > manajerial);
        const int sosial = text.indexOf(QStringLiteral("Sosial Kultural (1 pegawai)"));
        QVERIFY(pdf::lineHas(text.mid(sosial),
                             {QStringLiteral("Rina Wati"), QStringLiteral("Dinas Kesehatan"),
                              QStringLiteral("Sangat Kurang"),
                              QStringLiteral("Pembinaan kerja sama tim")}));
        QVERIFY(text.contains(QStringLiteral("Halaman 1 dari %1").arg(info.pages)));
        QVERIFY(labels.missing().isEmpty());
    }

    void trainingNeedsEmpty()
    {
        RecapLabels labels;
        const AppraisalWorld &w = m_world->w;
        // Q1: Sangat Baik, Baik and one without a result.
        const QString path = write(RecapKind::TrainingNeeds, {w.q1, w.d.root.id, true},
                                   QStringLiteral("training-empty.pdf"), Paper::F4);
        QCOMPARE(pdf::info(path).pages, 1);
        const QString f = flat(pdf::text(path));
        QVERIFY(f.contains(QStringLiteral("Berdasarkan penilaian kinerja periode Triwulan I 2026, "
                                          "tidak ada pegawai pada Pemerintah Kabupaten Contoh yang "
                                          "memerlukan pengembangan kompetensi.")));
        QVERIFY(!f.contains(QStringLiteral("MENURUT UNIT KERJA")));
        QVERIFY(labels.missing().isEmpty());
    }

    // 90 appraisals: the table runs over pages and repeats its header on each.
    void longListRepeatsItsHeader()
    {
        RecapLabels labels;
        PredikatRecapData data;
        data.heading.unitName = QStringLiteral("Dinas Pendidikan");
        data.heading.period = Period::annual(2026);
        data.heading.periodClosed = true;
        const int n = 90;
        for (int i = 1; i <= n; ++i) {
            RecapAppraisal r;
            r.id = i;
            r.nip = QStringLiteral("1985031220100110%1").arg(i, 2, 10, QLatin1Char('0'));
            r.name = QStringLiteral("Pegawai Nomor %1").arg(i, 3, 10, QLatin1Char('0'));
            r.jabatan = QStringLiteral("Guru Ahli Pertama");
            r.unitId = 7;
            r.unitName = QStringLiteral("SD Negeri 1 Contoh");
            r.state = AppraisalState::Final;
            r.ratingHasil = Rating::SesuaiEkspektasi;
            r.ratingPerilaku = Rating::SesuaiEkspektasi;
            r.predikat = predikatName(Predikat::Baik);
            r.predikatLevel = 3;
            data.rows << r;
        }
        RecapPredikatCount c;
        c.level = 3;
        c.predikat = predikatName(Predikat::Baik);
        c.count = n;
        data.counts << c;
        data.distribution.organisation = OrganisationPredikat::Baik;
        data.distribution.counts[Predikat::Baik] = n;
        data.distribution.pattern = defaultDistributionPattern(OrganisationPredikat::Baik);
        data.distribution.breaches =
            checkDistribution(data.distribution.pattern, data.distribution.counts);
        data.organisationUnitName = data.heading.unitName;

        const QString path = m_world->path(QStringLiteral("long.pdf"));
        int pages = 0;
        VERIFY_OK(RecapPrinter::writePdf(buildPredikatRecap(data, recapOptions()), Paper::A4, path,
                                         &pages));
        keep(path);
        const pdf::Info info = pdf::info(path);
        QVERIFY2(info.pages >= 3, qPrintable(QString::number(info.pages)));
        QCOMPARE(pages, info.pages);
        QVERIFY(!pdf::text(path, 1).contains(QStringLiteral("Pegawai Nomor 090")));
        QVERIFY(!pdf::text(path, 1).contains(QStringLiteral("Periode penilaian belum ditutup")));
        for (int p = 2; p <= 3; ++p) {
            const QString page = pdf::text(path, p);
            QVERIFY2(pdf::lineHas(page, {QStringLiteral("No"), QStringLiteral("Nama / NIP"),
                                         QStringLiteral("Jabatan"), QStringLiteral("Unit Kerja")}),
                     qPrintable(page.left(600)));
            QVERIFY(pdf::lineHas(page, {QStringLiteral("Rating"), QStringLiteral("Rating"),
                                        QStringLiteral("Predikat"), QStringLiteral("Status")}));
            QVERIFY(page.contains(QStringLiteral("Halaman %1 dari %2").arg(p).arg(info.pages)));
        }
        QVERIFY(pdf::text(path, 2).contains(QStringLiteral("Pegawai Nomor 0")));
        const QString all = pdf::text(path);
        QVERIFY(pdf::lineHas(all, {QStringLiteral("90"), QStringLiteral("Pegawai Nomor 090")}));
        QVERIFY(flat(all).contains(QStringLiteral("Baik: 90 dari 90 pegawai (100,0%), melebihi "
                                                  "batas 70% (paling banyak 63 pegawai)")));
        QVERIFY(pdf::lineHas(
            all, {QStringLiteral("Baik"), QStringLiteral("90"), QStringLiteral("100,0%")}));
        QVERIFY(labels.missing().isEmpty());
    }

    void unwritablePath()
    {
        const AppraisalWorld &w = m_world->w;
        const QString bad = QStringLiteral("/nonexistent-kinerja-folder/rekap.pdf");
        Status s =
            RecapPrinter::writePdf(m_world->t.db(), RecapKind::Predikat,
                                   {w.q1, w.d.dinasA.id, true}, recapOptions(), Paper::A4, bad);
        QVERIFY(!s);
        QCOMPARE(s.field(), QStringLiteral("output"));
        QVERIFY2(s.message().contains(bad), qPrintable(s.message()));
        QVERIFY(!QFile::exists(bad));

        s = RecapPrinter::writePdf(m_world->t.db(), RecapKind::Pending, {w.q1, 0, true},
                                   recapOptions(), Paper::A4, m_world->t.dir());
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QStringLiteral("folder")), qPrintable(s.message()));

        s = RecapPrinter::writePdf(m_world->t.db(), RecapKind::Pending, {9999, 0, true},
                                   recapOptions(), Paper::A4,
                                   m_world->path(QStringLiteral("x.pdf")));
        QVERIFY(!s);
        QCOMPARE(s.field(), QStringLiteral("period"));
        QVERIFY(!QFile::exists(m_world->path(QStringLiteral("x.pdf"))));
        s = RecapPrinter::writePdf(m_world->t.db(), RecapKind::Pending, {w.q1, 9999, true},
                                   recapOptions(), Paper::A4,
                                   m_world->path(QStringLiteral("x.pdf")));
        QCOMPARE(s.field(), QStringLiteral("unit"));
    }

    // Recaps rendered one after the other through one sink (the GUI's printer) follow
    // each other, each numbered on its own.
    void twoRecapsThroughOneSink()
    {
        RecapLabels labels;
        const AppraisalWorld &w = m_world->w;
        const QString path = m_world->path(QStringLiteral("sink.pdf"));
        int first = 0, second = 0;
        {
            QPdfWriter writer(path);
            writer.setResolution(600);
            preparePagedDevice(writer, Paper::F4);
            QPainter painter(&writer);
            PageSink sink(painter, writer);
            VERIFY_OK(RecapPrinter::render(m_world->t.db(), RecapKind::Predikat,
                                           {w.q1, w.d.dinasA.id, true}, recapOptions(), sink,
                                           &first));
            VERIFY_OK(RecapPrinter::render(m_world->t.db(), RecapKind::Pending, {w.q1, 0, true},
                                           recapOptions(), sink, &second));
        }
        QCOMPARE(first, 2);
        QCOMPARE(second, 1);
        QCOMPARE(pdf::info(path).pages, 3);
        QVERIFY(near(pdf::info(path).size.height(), F4H));
        const QString last = pdf::text(path, 3);
        QVERIFY(last.contains(QStringLiteral("REKAPITULASI PENILAIAN KINERJA YANG BELUM SELESAI")));
        QVERIFY(last.contains(QStringLiteral("Halaman 1 dari 1")));
    }

    // Without a translation the English source prints.
    void englishSource()
    {
        const AppraisalWorld &w = m_world->w;
        RecapOptions o = recapOptions();
        o.signer = {};
        const QString path = write(RecapKind::Predikat, {w.q1, w.d.dinasA.id, true},
                                   QStringLiteral("english.pdf"), Paper::A4, o);
        const QString text = pdf::text(path);
        QVERIFY(text.contains(QStringLiteral("EMPLOYEE PERFORMANCE PREDIKAT RECAP")));
        QVERIFY(text.contains(QStringLiteral("Page 1 of 2")));
        // Dates and official names stay Indonesian.
        QVERIFY(text.contains(QStringLiteral("Sleman, 2 April 2026")));
        QVERIFY(text.contains(QStringLiteral("Sangat Baik")));
        QVERIFY(text.contains(QStringLiteral("Head of Badan Kepegawaian")));
        QVERIFY(text.contains(QStringLiteral("NIP. ......")));
    }
};

QTEST_MAIN(TestRecaps)
#include "test_recaps.moc"
