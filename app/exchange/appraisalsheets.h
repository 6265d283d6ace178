#pragma once

#include "tablecolumns.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace kinerja::exchange {

// The sheets of an appraisal entry template and what the appraisal import reads
// back: the template writes the first (Indonesian) header of every column, the
// import also accepts the English ones. Keys are the importer's names.
//
// Penilaian (one row per appraisal):
//   nip NIP · name Nama · period Periode · ratingHasil Rating Hasil Kerja ·
//   ratingPerilaku Rating Perilaku Kerja · capaianSkp Capaian SKP (PP 30/2019) ·
//   rekomendasi Rekomendasi; the template adds No., Jabatan, Unit Kerja, Skema,
//   Status and Catatan, which the import ignores.
// Hasil Kerja (one row per indicator of a PermenPANRB 6/2022 SKP):
//   nip · period · indicatorNo No. Indikator ("2.1": the second RHK's first
//   indicator, Utama first, as the SKP lists them) · indicator Indikator (checked
//   against the stored text) · target Target · realisasi Realisasi ·
//   buktiDukung Bukti Dukung · umpanBalik Umpan Balik.
// Kegiatan (one row per kegiatan of a PP 46/2011 SKP):
//   nip · period · kegiatanNo No. Kegiatan · kegiatan Kegiatan · the targets and
//   realisations of kuantitas, kualitas, waktu and biaya.
struct AppraisalSheets {
    Q_DECLARE_TR_FUNCTIONS(kinerja::exchange::AppraisalSheets)
public:
    enum class Kind { Penilaian, HasilKerja, Kegiatan };

    static QString sheetName(Kind kind); // "Penilaian", "Hasil Kerja", "Kegiatan"
    static QString instructionsSheetName() { return QStringLiteral("Petunjuk"); }
    static QVector<ColumnSpec> columns(Kind kind);
    // The first (template) header of a column key.
    static QString header(Kind kind, const QString &key);
    // A table's kind by its headers: a "No. Indikator" column makes it Hasil Kerja,
    // "No. Kegiatan" Kegiatan, anything else Penilaian.
    static Kind detect(const QStringList &headers);
};

} // namespace kinerja::exchange
