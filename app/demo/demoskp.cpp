#include "demoskp.h"

#include "rng.h"
#include "scoring/berakhlak.h"

#include <vector>

namespace kinerja::demo {

namespace {

using A = IndicatorAspect;

struct IndicatorTemplate {
    IndicatorAspect aspek;
    const char *text;
    int target; // annual
    const char *satuan;
};

struct RhkTemplate {
    const char *text; // Pimpinan: %1 = the unit
    std::vector<IndicatorTemplate> indicators;
};

const IndicatorTemplate kOnTime{A::Waktu, "Waktu penyelesaian sesuai jadwal", 12, "Bulan"};

const std::vector<RhkTemplate> &catalogue(SkpRole role)
{
    static const std::vector<RhkTemplate> pimpinan = {
        {"Terwujudnya kinerja %1 yang akuntabel",
         {{A::Kuantitas, "Jumlah laporan kinerja yang disusun", 4, "Laporan"},
          {A::Kualitas, "Persentase target kinerja unit yang tercapai", 90, "%"},
          kOnTime}},
        {"Meningkatnya kualitas pelayanan publik pada %1",
         {{A::Kuantitas, "Jumlah inovasi pelayanan yang diterapkan", 4, "Inovasi"},
          {A::Kualitas, "Nilai Indeks Kepuasan Masyarakat unit", 80, "Nilai"}}},
        {"Terlaksananya pembinaan dan pengembangan pegawai %1",
         {{A::Kuantitas, "Jumlah pegawai yang mengikuti pengembangan kompetensi", 8, "Orang"},
          kOnTime}},
        {"Terkendalinya realisasi anggaran %1",
         {{A::Kualitas, "Persentase realisasi anggaran terhadap rencana", 95, "%"},
          {A::Kuantitas, "Jumlah laporan realisasi anggaran", 12, "Laporan"}}},
    };
    static const std::vector<RhkTemplate> guru = {
        {"Terlaksananya pembelajaran yang berkualitas di kelas yang diampu",
         {{A::Kuantitas, "Jumlah modul ajar yang disusun", 8, "Dokumen"},
          {A::Kualitas, "Persentase peserta didik yang mencapai KKTP", 80, "%"},
          kOnTime}},
        {"Terlaksananya asesmen dan evaluasi hasil belajar peserta didik",
         {{A::Kuantitas, "Jumlah laporan hasil asesmen", 4, "Laporan"}, kOnTime}},
        {"Meningkatnya kompetensi profesional guru",
         {{A::Kuantitas, "Jumlah kegiatan komunitas belajar yang diikuti", 8, "Kegiatan"}}},
        {"Terlaksananya bimbingan dan konseling peserta didik",
         {{A::Kuantitas, "Jumlah peserta didik yang dibimbing", 40, "Orang"},
          {A::Kualitas, "Persentase kasus yang tertangani", 90, "%"}}},
    };
    static const std::vector<RhkTemplate> kesehatan = {
        {"Terlaksananya pelayanan kesehatan sesuai standar",
         {{A::Kuantitas, "Jumlah pasien yang dilayani sesuai SOP", 480, "Orang"},
          {A::Kualitas, "Persentase pelayanan tanpa keluhan", 95, "%"}}},
        {"Tersusunnya pencatatan dan pelaporan pelayanan kesehatan",
         {{A::Kuantitas, "Jumlah laporan pelayanan", 12, "Laporan"}, kOnTime}},
        {"Terlaksananya kegiatan promotif dan preventif di wilayah kerja",
         {{A::Kuantitas, "Jumlah kegiatan penyuluhan", 8, "Kegiatan"},
          {A::Kualitas, "Persentase sasaran yang terjangkau", 85, "%"}}},
        {"Terkelolanya obat dan bahan medis habis pakai",
         {{A::Kuantitas, "Jumlah laporan stok opname", 4, "Laporan"}, kOnTime}},
    };
    static const std::vector<RhkTemplate> fungsional = {
        {"Tersusunnya kajian dan analisis bidang tugas",
         {{A::Kuantitas, "Jumlah dokumen kajian yang disusun", 4, "Dokumen"},
          {A::Kualitas, "Persentase rekomendasi yang diterima pimpinan", 80, "%"}}},
        {"Terlaksananya pembinaan teknis sesuai jabatan fungsional",
         {{A::Kuantitas, "Jumlah kegiatan pembinaan teknis", 8, "Kegiatan"}, kOnTime}},
        {"Tersedianya data dan informasi bidang tugas yang mutakhir",
         {{A::Kuantitas, "Jumlah laporan data yang dimutakhirkan", 12, "Laporan"},
          {A::Kualitas, "Persentase data yang valid", 95, "%"}}},
        {"Terlaksananya monitoring dan evaluasi program",
         {{A::Kuantitas, "Jumlah laporan monitoring dan evaluasi", 4, "Laporan"}, kOnTime}},
    };
    static const std::vector<RhkTemplate> pelaksana = {
        {"Terselenggaranya administrasi persuratan dan kearsipan",
         {{A::Kuantitas, "Jumlah surat yang diagendakan dan diarsipkan", 480, "Surat"},
          {A::Kualitas, "Persentase surat yang diproses tanpa kesalahan", 95, "%"},
          kOnTime}},
        {"Tersusunnya laporan pelaksanaan tugas",
         {{A::Kuantitas, "Jumlah laporan yang disusun", 12, "Laporan"}, kOnTime}},
        {"Terkelolanya data administrasi unit kerja",
         {{A::Kuantitas, "Jumlah data yang dimutakhirkan", 240, "Data"},
          {A::Kualitas, "Persentase data yang lengkap dan benar", 95, "%"}}},
        {"Terlayaninya permohonan layanan masyarakat",
         {{A::Kuantitas, "Jumlah permohonan yang dilayani", 960, "Permohonan"},
          {A::Kualitas, "Persentase permohonan selesai sesuai standar waktu", 90, "%"}}},
    };
    switch (role) {
    case SkpRole::Pimpinan:
        return pimpinan;
    case SkpRole::Guru:
        return guru;
    case SkpRole::Kesehatan:
        return kesehatan;
    case SkpRole::Fungsional:
        return fungsional;
    case SkpRole::Pelaksana:
        break;
    }
    return pelaksana;
}

const char *const kTeams[] = {"Tim Percepatan Penurunan Stunting", "Tim Penyusun LAKIP",
                              "Panitia Hari Jadi Kabupaten",       "Tim Pengelola Website",
                              "Tim Reformasi Birokrasi",           "Satgas Saber Pungli"};

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

template <typename T, std::size_t N> const T &pick(Rng &rng, const T (&list)[N])
{
    return list[rng.below(N)];
}

QString number(double v)
{
    return QString::number(v, 'f', 0);
}

// The first indicator of each RHK gets the umpan balik berkelanjutan.
QString feedback(Rating hasil, Rng &rng)
{
    static const char *const atas[] = {
        "Capaian melampaui target; bagikan praktik baiknya kepada rekan kerja.",
        "Hasil kerja sangat baik dan selesai lebih cepat dari jadwal."};
    static const char *const sesuai[] = {"Capaian sesuai target.",
                                         "Sesuai ekspektasi; tingkatkan kelengkapan bukti dukung.",
                                         "Hasil kerja baik; pertahankan konsistensinya."};
    static const char *const bawah[] = {
        "Capaian di bawah target; susun rencana perbaikan bersama atasan langsung.",
        "Beberapa keluaran terlambat; perlu pendampingan dan pemantauan mingguan."};
    switch (hasil) {
    case Rating::DiAtasEkspektasi:
        return u(pick(rng, atas));
    case Rating::SesuaiEkspektasi:
        return u(pick(rng, sesuai));
    case Rating::DiBawahEkspektasi:
        break;
    }
    return u(pick(rng, bawah));
}

QString buktiDukung(IndicatorAspect aspek)
{
    switch (aspek) {
    case A::Kuantitas:
        return u("Rekapitulasi keluaran dan arsip dokumen");
    case A::Kualitas:
        return u("Lembar hasil verifikasi atasan langsung");
    case A::Waktu:
        break;
    }
    return u("Tanggal penyampaian pada agenda surat");
}

// The realisasi of one indicator in a quarter that fits `hasil`.
double realise(const IndicatorPlan &p, Rating hasil, Rng &rng)
{
    switch (p.aspek) {
    case A::Kuantitas: {
        const int t = p.annualTarget / 4;
        if (hasil == Rating::DiAtasEkspektasi)
            return t + qMax(1, t * rng.range(10, 30) / 100);
        if (hasil == Rating::DiBawahEkspektasi)
            return qMax(0, t * rng.range(50, 80) / 100);
        return t + (rng.chance(200) ? t / 20 : 0);
    }
    case A::Kualitas:
        if (hasil == Rating::DiAtasEkspektasi)
            return qMin(100, p.annualTarget + rng.range(3, 8));
        if (hasil == Rating::DiBawahEkspektasi)
            return p.annualTarget - rng.range(10, 25);
        return qMin(100, p.annualTarget + rng.range(0, 2));
    case A::Waktu:
        break;
    }
    return hasil == Rating::DiBawahEkspektasi ? 4 : 3;
}

Rhk rhkFrom(const RhkPlan &plan, int index, const QStringList &intervensi)
{
    Rhk r;
    r.kind = plan.kind;
    r.text = plan.text;
    if (!intervensi.isEmpty())
        r.intervensi = intervensi.at(index % intervensi.size());
    return r;
}

RhkIndicator indicatorFrom(const IndicatorPlan &p, bool annual)
{
    RhkIndicator i;
    i.aspek = p.aspek;
    i.indikator = p.indikator;
    i.satuan = p.satuan;
    const int target = p.aspek == A::Kuantitas && !annual ? p.annualTarget / 4
                       : p.aspek == A::Waktu && !annual   ? 3
                                                          : p.annualTarget;
    i.target = QString::number(target);
    i.buktiDukung = buktiDukung(p.aspek);
    return i;
}

} // namespace

QVector<RhkPlan> draftSkp(SkpRole role, const QString &unitName, Rng &rng)
{
    const std::vector<RhkTemplate> &list = catalogue(role);
    const int count = rng.chance(400) ? 3 : 2;
    const int first = static_cast<int>(rng.below(list.size()));
    QVector<RhkPlan> plan;
    for (int i = 0; i < count; ++i) {
        const RhkTemplate &t = list.at((first + i) % list.size());
        RhkPlan r;
        r.text = role == SkpRole::Pimpinan ? u(t.text).arg(unitName) : u(t.text);
        const int scale = rng.chance(300) ? 2 : 1;
        for (const IndicatorTemplate &it : t.indicators) {
            const bool amount = it.aspek == A::Kuantitas;
            r.indicators << IndicatorPlan{it.aspek, u(it.text),
                                          amount ? it.target * scale : it.target, u(it.satuan)};
        }
        plan << r;
    }
    if (rng.chance(250)) {
        RhkPlan r;
        r.kind = RhkKind::Tambahan;
        r.text = u("Terlaksananya tugas tambahan sebagai anggota ") + u(pick(rng, kTeams));
        r.indicators << IndicatorPlan{A::Kuantitas, u("Jumlah kegiatan tim yang diikuti"), 4,
                                      u("Kegiatan")};
        plan << r;
    }
    return plan;
}

QVector<Rhk> quarterSkp(const QVector<RhkPlan> &plan, const QStringList &intervensi, Rating hasil,
                        Rng &rng, Realised *realised)
{
    QVector<Rhk> out;
    int flat = 0;
    for (int r = 0; r < plan.size(); ++r) {
        Rhk rhk = rhkFrom(plan.at(r), r, intervensi);
        for (int i = 0; i < plan.at(r).indicators.size(); ++i, ++flat) {
            const IndicatorPlan &p = plan.at(r).indicators.at(i);
            RhkIndicator ind = indicatorFrom(p, false);
            const double value = realise(p, hasil, rng);
            ind.realisasi = number(value);
            if (i == 0)
                ind.umpanBalik = feedback(hasil, rng);
            if (realised->amount.size() <= flat)
                realised->amount.resize(flat + 1);
            realised->amount[flat] += value;
            rhk.indicators << ind;
        }
        out << rhk;
    }
    ++realised->quarters;
    return out;
}

QVector<Rhk> annualSkp(const QVector<RhkPlan> &plan, const QStringList &intervensi,
                       const Realised &realised, std::optional<Rating> hasil, Rng &rng)
{
    QVector<Rhk> out;
    int flat = 0;
    for (int r = 0; r < plan.size(); ++r) {
        Rhk rhk = rhkFrom(plan.at(r), r, intervensi);
        for (int i = 0; i < plan.at(r).indicators.size(); ++i, ++flat) {
            const IndicatorPlan &p = plan.at(r).indicators.at(i);
            RhkIndicator ind = indicatorFrom(p, true);
            if (realised.quarters > 0 && flat < realised.amount.size()) {
                const double sum = realised.amount.at(flat);
                ind.realisasi = number(p.aspek == A::Kualitas ? sum / realised.quarters : sum);
            }
            if (i == 0 && hasil)
                ind.umpanBalik = feedback(*hasil, rng);
            rhk.indicators << ind;
        }
        out << rhk;
    }
    return out;
}

QVector<PerilakuEntry> perilakuFeedback(Rating perilaku, Rng &rng)
{
    static const char *const atas[] = {"Menjadi teladan bagi rekan kerja dalam hal %1.",
                                       "Perilaku %1 konsisten di atas ekspektasi."};
    static const char *const sesuai[] = {"Perilaku %1 sesuai ekspektasi.",
                                         "Telah menunjukkan perilaku %1 dengan baik."};
    static const char *const bawah[] = {
        "Perilaku %1 perlu diperbaiki; dibahas dalam pertemuan pembinaan.",
        "Belum menunjukkan perilaku %1 yang diharapkan."};
    static const char *const ekspektasi[] = {
        "Menanggapi setiap pengaduan masyarakat paling lambat 2 hari kerja.",
        "Menyampaikan laporan pertanggungjawaban tepat waktu dan lengkap.",
        "Mengikuti paling sedikit 20 JP pengembangan kompetensi dalam setahun.",
        "Membangun suasana kerja yang saling menghargai di unit.",
        "Menjaga kerahasiaan data pribadi masyarakat yang dilayani.",
        "Menggunakan aplikasi layanan daring yang baru diterapkan.",
        "Berkoordinasi dengan unit lain dalam tugas lintas bidang."};
    const QVector<CoreValue> values = allCoreValues();
    // How many values stand out (Di Atas) or fall short (Di Bawah).
    int atasLeft = perilaku == Rating::DiAtasEkspektasi   ? rng.range(4, 6)
                   : perilaku == Rating::SesuaiEkspektasi ? rng.range(0, 2)
                                                          : 0;
    int bawahLeft = perilaku == Rating::DiBawahEkspektasi ? rng.range(1, 2) : 0;
    const int special = static_cast<int>(rng.below(values.size()));
    QVector<PerilakuEntry> out;
    for (int i = 0; i < values.size(); ++i) {
        const int left = static_cast<int>(values.size()) - i;
        Rating r = Rating::SesuaiEkspektasi;
        if (bawahLeft > 0 && static_cast<int>(rng.below(left)) < bawahLeft) {
            r = Rating::DiBawahEkspektasi;
            --bawahLeft;
        } else if (atasLeft > 0 && static_cast<int>(rng.below(left)) < atasLeft) {
            r = Rating::DiAtasEkspektasi;
            --atasLeft;
        }
        PerilakuEntry e;
        e.value = values.at(i);
        e.assessment = r;
        const QString name = coreValueName(e.value).toLower();
        const char *const *phrases = r == Rating::DiAtasEkspektasi   ? atas
                                     : r == Rating::SesuaiEkspektasi ? sesuai
                                                                     : bawah;
        e.umpanBalik = u(phrases[rng.below(2)]).arg(name);
        if (i == special || rng.chance(100))
            e.ekspektasi = u(ekspektasi[i]);
        out << e;
    }
    return out;
}

QString rekomendasi(Predikat predikat, SkpRole role, Rng &rng, CompetencyCategory *category)
{
    *category = CompetencyCategory::None;
    switch (predikat) {
    case Predikat::SangatBaik:
        if (!rng.chance(300))
            return {};
        *category = CompetencyCategory::Manajerial;
        if (role == SkpRole::Guru) {
            *category = CompetencyCategory::Teknis;
            return u("Diusulkan menjadi fasilitator komunitas belajar / guru penggerak.");
        }
        return role == SkpRole::Pimpinan
                   ? u("Diusulkan mengikuti pelatihan kepemimpinan tingkat berikutnya dan "
                       "menjadi mentor bagi pegawai lain.")
                   : u("Diusulkan mengikuti Pelatihan Kepemimpinan Pengawas (PKP) sebagai "
                       "pengembangan karier.");
    case Predikat::Baik:
        return {};
    case Predikat::ButuhPerbaikan:
        *category = CompetencyCategory::Teknis;
        switch (role) {
        case SkpRole::Pimpinan:
            *category = CompetencyCategory::Manajerial;
            return u("Pelatihan manajemen kinerja dan perencanaan; mentoring oleh atasan "
                     "pejabat penilai.");
        case SkpRole::Guru:
            return u("Pelatihan penyusunan modul ajar dan asesmen melalui komunitas belajar; "
                     "supervisi kelas oleh kepala sekolah.");
        case SkpRole::Kesehatan:
            return u("Pelatihan teknis pelayanan sesuai SOP dan pendampingan oleh penanggung "
                     "jawab klinis.");
        case SkpRole::Fungsional:
        case SkpRole::Pelaksana:
            break;
        }
        return u("Pelatihan teknis sesuai bidang tugas dan coaching oleh atasan langsung untuk "
                 "mencapai target hasil kerja.");
    case Predikat::KurangMisconduct:
        *category = CompetencyCategory::SosialKultural;
        return u("Pembinaan perilaku kerja (konseling) oleh atasan langsung, pelatihan "
                 "integritas dan etika ASN, pemantauan disiplin setiap bulan.");
    case Predikat::SangatKurang:
        break;
    }
    *category = CompetencyCategory::Teknis;
    return u("Program perbaikan kinerja terstruktur: rencana kerja bulanan, pendampingan "
             "intensif oleh atasan langsung, dan pembinaan disiplin sesuai PP 94/2021.");
}

} // namespace kinerja::demo
