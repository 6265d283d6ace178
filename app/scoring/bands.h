#pragma once

#include "scoring/explanation.h"

#include <QString>
#include <QVector>

#include <limits>

namespace kinerja {

// One predikat band of a numeric scheme, kept as data so a circular can change it.
struct ScoreBand {
    QString name;    // official name, not translated ("Sangat Baik")
    QString code;    // short code where the rule has one ("A" for IKM), else empty
    QString written; // the band as the rule writes it ("91–100", "≤ 50")
    double lower = -std::numeric_limits<double>::infinity();
    bool lowerInclusive = true;
    double upper = std::numeric_limits<double>::infinity();
    bool upperInclusive = true;
    bool requiresInnovation = false; // PP 30/2019 Sangat Baik: also a new idea or way of working
    bool confirmed = true;           // false where the rule is not confirmed (shown to the user)

    bool contains(double value) const;
    // The exact condition applied, e.g. "x > 90", "75 < x ≤ 90", "x ≤ 50".
    QString condition() const;
};

// Bands best first; the first band that contains the value (and whose extra
// condition holds) wins.
using BandSet = QVector<ScoreBand>;

const ScoreBand *findBand(const BandSet &bands, double value, bool innovation = false);

// Rounds half away from zero to `decimals` places, as spreadsheets and the
// printed forms do. A relative nudge of 1e-12 makes decimal halves that binary
// stores just below the half (80.475 is 80.47499999…) round up as on paper.
double roundHalfAwayFromZero(double value, int decimals = 2);

// A score with its predikat. `value` is unrounded; `rounded` (2 decimals) is
// what the form prints and what the band is chosen on, so the printed number
// and the printed predikat always agree.
struct BandedScore {
    double value = 0;
    double rounded = 0;
    ScoreBand band;
};

// Rounds `value` to 2 decimals and finds its band, adding the two steps to
// `explanation` (when it records steps). Empty when no band contains the value (an
// error is added).
std::optional<BandedScore> bandScore(double value, const BandSet &bands, const QString &source,
                                     Explanation *explanation, bool innovation = false);

} // namespace kinerja
