#pragma once

#include "appraisal/appraisal.h"
#include "scoring/rating.h"

#include <QString>
#include <QVector>

namespace kinerja::demo {

class Rng;

// Which catalogue of Rencana Hasil Kerja an employee's SKP is drawn from.
enum class SkpRole { Pimpinan, Guru, Kesehatan, Fungsional, Pelaksana };

struct IndicatorPlan {
    IndicatorAspect aspek = IndicatorAspect::Kuantitas;
    QString indikator;
    int annualTarget = 0; // kuantitas: a multiple of 4; kualitas: %; waktu: 12 (Bulan)
    QString satuan;
};

struct RhkPlan {
    RhkKind kind = RhkKind::Utama;
    QString text;
    QVector<IndicatorPlan> indicators;
};

// The annual SKP of one employee (2–3 RHK Utama, sometimes a Tambahan), in Indonesian
// like a real SKP. `unitName` fills the Pimpinan texts.
QVector<RhkPlan> draftSkp(SkpRole role, const QString &unitName, Rng &rng);

// What an employee realised, per indicator of the plan (flattened in plan order),
// summed over the quarters so that the annual evaluation adds up.
struct Realised {
    QVector<double> amount; // kuantitas: sum; kualitas: sum of percentages; waktu: sum of months
    int quarters = 0;
};

// The plan evaluated for one quarter (targets a quarter of the year's) with realisasi,
// bukti dukung and umpan balik that fit `hasil`; adds what was realised to *realised.
// `intervensi` are the pejabat penilai's RHK Utama (cascading), cycled through.
QVector<Rhk> quarterSkp(const QVector<RhkPlan> &plan, const QStringList &intervensi, Rating hasil,
                        Rng &rng, Realised *realised);
// The plan evaluated for the year from the quarters' realisasi.
QVector<Rhk> annualSkp(const QVector<RhkPlan> &plan, const QStringList &intervensi,
                       const Realised &realised, std::optional<Rating> hasil, Rng &rng);

// Umpan balik (and the per-value assessment) on the seven BerAKHLAK values that fits
// the rating perilaku; ekspektasi khusus pimpinan on one or two values.
QVector<PerilakuEntry> perilakuFeedback(Rating perilaku, Rng &rng);

// Rekomendasi pengembangan kompetensi: for every predikat below Baik, and for some
// Sangat Baik (career development); empty otherwise.
QString rekomendasi(Predikat predikat, SkpRole role, Rng &rng, CompetencyCategory *category);

} // namespace kinerja::demo
