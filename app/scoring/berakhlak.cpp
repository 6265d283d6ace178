#include "berakhlak.h"

namespace kinerja {

namespace {

struct BerakhlakTr {
    Q_DECLARE_TR_FUNCTIONS(kinerja::Berakhlak)
};

QVector<CoreValueInfo> makeValues()
{
    const auto info = [](CoreValue value, const char *name, const char *a, const char *b,
                         const char *c) {
        return CoreValueInfo{value,
                             QString::fromUtf8(name),
                             {QString::fromUtf8(a), QString::fromUtf8(b), QString::fromUtf8(c)}};
    };
    return {
        info(CoreValue::BerorientasiPelayanan, "Berorientasi Pelayanan",
             "Memahami dan memenuhi kebutuhan masyarakat",
             "Ramah, cekatan, solutif, dan dapat diandalkan", "Melakukan perbaikan tiada henti"),
        info(CoreValue::Akuntabel, "Akuntabel",
             "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan "
             "berintegritas tinggi",
             "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan "
             "efisien",
             "Tidak menyalahgunakan kewenangan jabatan"),
        info(CoreValue::Kompeten, "Kompeten",
             "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
             "Membantu orang lain belajar", "Melaksanakan tugas dengan kualitas terbaik"),
        info(CoreValue::Harmonis, "Harmonis", "Menghargai setiap orang apapun latar belakangnya",
             "Suka menolong orang lain", "Membangun lingkungan kerja yang kondusif"),
        info(CoreValue::Loyal, "Loyal",
             "Memegang teguh ideologi Pancasila, UUD NRI 1945, setia kepada NKRI serta "
             "pemerintahan yang sah",
             "Menjaga nama baik sesama ASN, Pimpinan, Instansi, dan Negara",
             "Menjaga rahasia jabatan dan negara"),
        info(CoreValue::Adaptif, "Adaptif", "Cepat menyesuaikan diri menghadapi perubahan",
             "Terus berinovasi dan mengembangkan kreativitas", "Bertindak proaktif"),
        info(CoreValue::Kolaboratif, "Kolaboratif",
             "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
             "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
             "Menggerakkan pemanfaatan berbagai sumberdaya untuk tujuan bersama"),
    };
}

} // namespace

const QVector<CoreValueInfo> &berakhlakValues()
{
    static const QVector<CoreValueInfo> values = makeValues();
    return values;
}

QString coreValueName(CoreValue value)
{
    return berakhlakValues().at(static_cast<int>(value)).name;
}

QVector<CoreValue> allCoreValues()
{
    QVector<CoreValue> values;
    for (const CoreValueInfo &info : berakhlakValues())
        values.append(info.value);
    return values;
}

QString ekspektasiKhususPimpinanLabel()
{
    return QStringLiteral("Ekspektasi khusus pimpinan");
}

Result<Rating> suggestedPerilakuRating(const QMap<CoreValue, Rating> &assessments,
                                       const PerilakuSuggestionRule &rule)
{
    Result<Rating> result;
    int diAtas = 0;
    int diBawah = 0;
    for (const CoreValue value : allCoreValues()) {
        const auto it = assessments.constFind(value);
        if (it == assessments.constEnd()) {
            result.explanation.addMissing(coreValueName(value));
            continue;
        }
        if (*it == Rating::DiAtasEkspektasi)
            ++diAtas;
        else if (*it == Rating::DiBawahEkspektasi)
            ++diBawah;
    }
    if (!result.explanation.missing().isEmpty())
        return result;

    Rating suggestion = Rating::SesuaiEkspektasi;
    QString reason;
    if (diBawah > 0) {
        suggestion = Rating::DiBawahEkspektasi;
        reason = BerakhlakTr::tr("%n value(s) Di Bawah Ekspektasi", nullptr, diBawah);
    } else if (diAtas >= rule.minDiAtas) {
        suggestion = Rating::DiAtasEkspektasi;
        reason = BerakhlakTr::tr("%1 of 7 values Di Atas Ekspektasi, at least %2 needed")
                     .arg(diAtas)
                     .arg(rule.minDiAtas);
    } else {
        reason = BerakhlakTr::tr("no value Di Bawah Ekspektasi; %1 of 7 Di Atas, fewer than %2")
                     .arg(diAtas)
                     .arg(rule.minDiAtas);
    }
    result.explanation.addStep(
        BerakhlakTr::tr("Suggested work behaviour rating (the rater decides)"), reason,
        ratingName(suggestion),
        BerakhlakTr::tr("suggestion of this application; PermenPANRB 6/2022 leaves the rating "
                        "to the rater"));
    result.value = suggestion;
    return result;
}

} // namespace kinerja
