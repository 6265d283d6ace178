#include "appraisalsheets.h"

namespace kinerja::exchange {

namespace {

ColumnSpec spec(const char *key, std::initializer_list<const char *> names, bool required = false)
{
    ColumnSpec s;
    s.key = QString::fromLatin1(key);
    for (const char *n : names)
        s.names.append(QString::fromUtf8(n));
    s.required = required;
    return s;
}

} // namespace

QString AppraisalSheets::sheetName(Kind kind)
{
    switch (kind) {
    case Kind::Penilaian:
        return QStringLiteral("Penilaian");
    case Kind::HasilKerja:
        return QStringLiteral("Hasil Kerja");
    case Kind::Kegiatan:
        break;
    }
    return QStringLiteral("Kegiatan");
}

QVector<ColumnSpec> AppraisalSheets::columns(Kind kind)
{
    const ColumnSpec nip = spec("nip", {"NIP"}, true);
    const ColumnSpec name = spec("name", {"Nama", "Name"});
    const ColumnSpec period = spec("period", {"Periode", "Period"});
    switch (kind) {
    case Kind::Penilaian:
        return {
            nip,
            name,
            period,
            spec("ratingHasil", {"Rating Hasil Kerja", "Hasil Kerja", "Rating hasil",
                                 "Work results rating", "Results rating"}),
            spec("ratingPerilaku", {"Rating Perilaku Kerja", "Perilaku Kerja", "Rating perilaku",
                                    "Work behaviour rating", "Behaviour rating"}),
            spec("capaianSkp", {"Capaian SKP", "Nilai Capaian SKP", "SKP achievement"}),
            spec("rekomendasi", {"Rekomendasi", "Rekomendasi Pengembangan", "Recommendation"})};
    case Kind::HasilKerja:
        return {nip,
                name,
                period,
                spec("indicatorNo", {"No. Indikator", "Indicator no."}, true),
                spec("indicator", {"Indikator", "Indikator Kinerja Individu", "Indicator"}),
                spec("target", {"Target"}),
                spec("realisasi", {"Realisasi", "Realisation", "Realization"}),
                spec("buktiDukung", {"Bukti Dukung", "Evidence"}),
                spec("umpanBalik", {"Umpan Balik", "Feedback"})};
    case Kind::Kegiatan:
        break;
    }
    return {nip,
            name,
            period,
            spec("kegiatanNo", {"No. Kegiatan", "Activity no."}, true),
            spec("kegiatan", {"Kegiatan", "Activity"}),
            spec("targetKuantitas", {"Target Kuantitas", "Target quantity"}),
            spec("targetKualitas", {"Target Kualitas", "Target quality"}),
            spec("targetWaktu", {"Target Waktu", "Target time"}),
            spec("targetBiaya", {"Target Biaya", "Target cost"}),
            spec("realKuantitas", {"Realisasi Kuantitas", "Realised quantity"}),
            spec("realKualitas", {"Realisasi Kualitas", "Realised quality"}),
            spec("realWaktu", {"Realisasi Waktu", "Realised time"}),
            spec("realBiaya", {"Realisasi Biaya", "Realised cost"})};
}

QString AppraisalSheets::header(Kind kind, const QString &key)
{
    for (const ColumnSpec &s : columns(kind)) {
        if (s.key == key)
            return s.names.value(0);
    }
    return key;
}

AppraisalSheets::Kind AppraisalSheets::detect(const QStringList &headers)
{
    for (const QString &h : headers) {
        const QString n = TableColumns::normalise(h);
        if (n == u"noindikator" || n == u"indicatorno")
            return Kind::HasilKerja;
        if (n == u"nokegiatan" || n == u"activityno")
            return Kind::Kegiatan;
    }
    return Kind::Penilaian;
}

} // namespace kinerja::exchange
