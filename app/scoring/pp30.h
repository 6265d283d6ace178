#pragma once

#include "scoring/bands.h"
#include "scoring/explanation.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QVector>

#include <optional>

namespace kinerja {

// PP 30/2019 (with PermenPANRB 8/2021). The weighting is an agency setting:
// 70/30 where no peer or subordinate opinions are gathered, 60/40 with 360° input.
enum class Pp30Weighting { Skp70Perilaku30, Skp60Perilaku40 };

// Perilaku kerja aspects of PP 30/2019. Kepemimpinan is scored only where the
// input says the position leads others (`structural`), as under PP 46/2011.
enum class Pp30Aspect {
    OrientasiPelayanan = 0,
    Komitmen = 1,
    InisiatifKerja = 2,
    KerjaSama = 3,
    Kepemimpinan = 4,
};

struct Pp30Input {
    std::optional<double> capaianSkp;  // 0–120
    QMap<Pp30Aspect, double> perilaku; // each 0–120
    bool structural = false;           // Kepemimpinan is scored
    bool newIdea = false; // the employee created a new idea or way of working (Sangat Baik)
    Pp30Weighting weighting = Pp30Weighting::Skp70Perilaku30;
};

// Scores stay unrounded through the steps; the nilai kinerja is rounded to 2
// decimals and banded on that, like PP 46. Bands (data, bands()):
//   Sangat Baik   110 ≤ x ≤ 120 and a new idea or way of working
//   Baik           90 ≤ x ≤ 120 (so ≥ 110 without a new idea is Baik)
//   Cukup          70 ≤ x < 90
//   Kurang         50 ≤ x < 70   (unconfirmed)
//   Sangat Kurang       x < 50   (unconfirmed)
// Inputs and the result live on 0–120; anything above 120 is an input error.
class Pp30 {
    Q_DECLARE_TR_FUNCTIONS(kinerja::Pp30)
public:
    static constexpr double MaxScore = 120.0;

    static int skpWeightPercent(Pp30Weighting weighting);  // 70 or 60
    static QString weightingName(Pp30Weighting weighting); // "SKP 70% + perilaku 30%"

    static QString aspectName(Pp30Aspect aspect); // official name, not translated
    static QVector<Pp30Aspect> aspects(bool structural);

    // Mean of the aspects scored.
    static ScoreResult perilaku(const QMap<Pp30Aspect, double> &scores, bool structural,
                                Explain explain = Explain::Yes);
    // w × SKP + (100 − w) × perilaku, then the predikat. Explain::No skips only the text
    // of the steps (bulk recompute): the same value, predikat, missing items and errors.
    static Result<BandedScore> evaluate(const Pp30Input &input, Explain explain = Explain::Yes);

    static const BandSet &bands();
    // The band of a score, after rounding it to 2 decimals.
    static const ScoreBand *band(double score, bool newIdea);
};

} // namespace kinerja
