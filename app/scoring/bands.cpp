#include "bands.h"

#include <QLocale>

#include <cmath>

namespace kinerja {

namespace {

struct BandsTr {
    Q_DECLARE_TR_FUNCTIONS(kinerja::Bands)
};

} // namespace

bool ScoreBand::contains(double value) const
{
    const bool aboveLower = lowerInclusive ? value >= lower : value > lower;
    const bool belowUpper = upperInclusive ? value <= upper : value < upper;
    return aboveLower && belowUpper;
}

QString ScoreBand::condition() const
{
    const bool hasLower = std::isfinite(lower);
    const bool hasUpper = std::isfinite(upper);
    const QString x = QStringLiteral("x");
    QString text;
    if (hasLower && hasUpper) {
        text = Explanation::number(lower) +
               (lowerInclusive ? QStringLiteral(" ≤ ") : QStringLiteral(" < ")) + x +
               (upperInclusive ? QStringLiteral(" ≤ ") : QStringLiteral(" < ")) +
               Explanation::number(upper);
    } else if (hasLower) {
        text = x + (lowerInclusive ? QStringLiteral(" ≥ ") : QStringLiteral(" > ")) +
               Explanation::number(lower);
    } else if (hasUpper) {
        text = x + (upperInclusive ? QStringLiteral(" ≤ ") : QStringLiteral(" < ")) +
               Explanation::number(upper);
    } else {
        text = x;
    }
    return text;
}

const ScoreBand *findBand(const BandSet &bands, double value, bool innovation)
{
    for (const ScoreBand &band : bands) {
        if (band.requiresInnovation && !innovation)
            continue;
        if (band.contains(value))
            return &band;
    }
    return nullptr;
}

double roundHalfAwayFromZero(double value, int decimals)
{
    const double factor = std::pow(10.0, decimals);
    const double scaled = value * factor * (1.0 + 1e-12);
    return std::round(scaled) / factor;
}

std::optional<BandedScore> bandScore(double value, const BandSet &bands, const QString &source,
                                     Explanation *explanation, bool innovation)
{
    const double rounded = roundHalfAwayFromZero(value, 2);
    if (explanation->recordsSteps()) {
        explanation->addStep(BandsTr::tr("Rounded to 2 decimals (as printed)"),
                             Explanation::number(value), QLocale().toString(rounded, 'f', 2),
                             source);
    }
    const ScoreBand *band = findBand(bands, rounded, innovation);
    if (!band) {
        explanation->addError(
            BandsTr::tr("%1 falls in no predikat band.").arg(QLocale().toString(rounded, 'f', 2)));
        return std::nullopt;
    }
    if (!explanation->recordsSteps())
        return BandedScore{value, rounded, *band};
    QString rule = band->condition();
    if (!band->written.isEmpty() && band->written != rule)
        rule += QStringLiteral(" (") + band->written + QLatin1Char(')');
    if (band->requiresInnovation)
        rule += BandsTr::tr(", with a new idea or way of working");
    if (!band->confirmed)
        rule += BandsTr::tr(" — band not confirmed");
    explanation->addStep(BandsTr::tr("Predikat"), rule, band->name, source);
    return BandedScore{value, rounded, *band};
}

} // namespace kinerja
