#include "weighted.h"

#include <QRegularExpression>

#include <utility>

namespace kinerja {

namespace {

QString num(double value)
{
    return Explanation::number(value);
}

// The formula of a normalisation, with the raw value filled in.
QString normalisationFormula(const WeightedIndicator &i, double raw)
{
    switch (i.scale) {
    case IndicatorScale::Likert1to5:
        return QStringLiteral("v × 20 = %1 × 20").arg(num(raw));
    case IndicatorScale::Percent0to100:
        return QStringLiteral("v = %1").arg(num(raw));
    case IndicatorScale::TargetRealisation:
        break;
    }
    if (i.direction == Direction::LowerIsBetter) {
        return QStringLiteral("min(max((2 × T − R) / T × 100, 0), 100) = "
                              "min(max((2 × %1 − %2) / %1 × 100, 0), 100)")
            .arg(num(i.target), num(raw));
    }
    return QStringLiteral("min(R / T × 100, 100) = min(%1 / %2 × 100, 100)")
        .arg(num(raw), num(i.target));
}

// Weighted mean of the parts under the policy. `present` holds (weight, score) of
// the parts rated; `totalWeight` all weights. Empty if no part is present. Sets
// `formula` unless it is null (no explanation).
std::optional<double> combine(const QVector<QPair<int, double>> &present, int totalWeight,
                              MissingPolicy policy, QString *formula)
{
    if (present.isEmpty())
        return std::nullopt;
    double sum = 0;
    int presentWeight = 0;
    for (const auto &[weight, score] : present) {
        sum += weight * score;
        presentWeight += weight;
    }
    const int divisor = policy == MissingPolicy::Reweight ? presentWeight : totalWeight;
    if (divisor <= 0)
        return std::nullopt;
    if (formula) {
        QStringList terms;
        for (const auto &[weight, score] : present)
            terms.append(QStringLiteral("%1 × %2").arg(weight).arg(num(score)));
        *formula = QStringLiteral("(%1) / %2").arg(terms.join(QStringLiteral(" + "))).arg(divisor);
    }
    return sum / divisor;
}

} // namespace

std::optional<double> WeightedScoring::normalise(const WeightedIndicator &indicator, double raw,
                                                 QString *error)
{
    const auto fail = [&](const QString &message) -> std::optional<double> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    switch (indicator.scale) {
    case IndicatorScale::Likert1to5:
        if (!(raw >= 1 && raw <= 5))
            return fail(tr("%1 is not on the scale 1–5.").arg(num(raw)));
        return raw * 20.0;
    case IndicatorScale::Percent0to100:
        if (!(raw >= 0 && raw <= 100))
            return fail(tr("%1 is not a percentage 0–100.").arg(num(raw)));
        return raw;
    case IndicatorScale::TargetRealisation:
        break;
    }
    if (!(raw >= 0))
        return fail(tr("the realisation cannot be negative (%1).").arg(num(raw)));
    if (!(indicator.target > 0))
        return fail(tr("the target must be more than 0."));
    const double t = indicator.target;
    const double score = indicator.direction == Direction::LowerIsBetter
                             ? (2.0 * t - raw) / t * 100.0
                             : raw / t * 100.0;
    return qBound(0.0, score, MaxScore);
}

Result<BandedScore> WeightedScoring::evaluate(const WeightedTemplate &weightedTemplate,
                                              const WeightedRatings &ratings, Explain explain)
{
    Result<BandedScore> result(explain);
    Explanation &ex = result.explanation;
    const Status valid = weightedTemplate.validate();
    if (!valid) {
        ex.addError(valid.message());
        return result;
    }
    const bool steps = ex.recordsSteps();
    // The texts below are built only for steps (or, for the policy, a missing part).
    const QString rule =
        steps ? tr("weighted template “%1”").arg(weightedTemplate.name) : QString();
    const MissingPolicy policy = weightedTemplate.missingPolicy;
    const auto policyText = [policy]() -> QString {
        return policy == MissingPolicy::Reweight ? tr("missing parts: weights renormalised")
                                                 : tr("missing parts: counted as 0");
    };

    QVector<QPair<int, double>> indicatorScores;
    for (const WeightedIndicator &indicator : weightedTemplate.indicators) {
        const IndicatorRatings rated = ratings.value(indicator.id);
        QVector<QPair<int, double>> sourceScores;
        QStringList missingParts;
        for (auto it = indicator.sourceWeightsBp.constBegin();
             it != indicator.sourceWeightsBp.constEnd(); ++it) {
            const RaterSource source = it.key();
            if (it.value() == 0)
                continue;
            QVector<double> raws;
            switch (source) {
            case RaterSource::Self:
                if (rated.self)
                    raws.append(*rated.self);
                break;
            case RaterSource::Supervisor:
                if (rated.supervisor)
                    raws.append(*rated.supervisor);
                break;
            case RaterSource::Peers:
                raws = rated.peers;
                break;
            case RaterSource::Public:
                if (rated.publicScore)
                    raws.append(*rated.publicScore);
                break;
            }
            const auto part = [&]() -> QString {
                return indicator.name + QStringLiteral(" — ") + sourceName(source);
            };
            if (raws.isEmpty()) {
                missingParts.append(part());
                continue;
            }
            double sum = 0;
            for (const double raw : raws) {
                QString error;
                const std::optional<double> score = normalise(indicator, raw, &error);
                if (!score) {
                    ex.addError(part() + QStringLiteral(": ") + error);
                    continue;
                }
                if (steps)
                    ex.addStep(part(), normalisationFormula(indicator, raw), num(*score), rule);
                sum += *score;
            }
            const double mean = sum / raws.size();
            if (steps && raws.size() > 1) {
                ex.addStep(
                    part() + tr(" (mean of %n rating(s))", nullptr, static_cast<int>(raws.size())),
                    QStringLiteral("%1 / %2").arg(num(sum)).arg(raws.size()), num(mean), rule);
            }
            sourceScores.append({it.value(), mean});
        }
        // A wholly unrated indicator is one missing part; otherwise its missing raters are.
        if (sourceScores.isEmpty())
            missingParts = QStringList{indicator.name};
        if (!missingParts.isEmpty()) {
            const QString suffix = QStringLiteral(" (") + policyText() + QLatin1Char(')');
            for (const QString &part : std::as_const(missingParts))
                ex.addMissing(part + suffix);
        }
        QString formula;
        const std::optional<double> score =
            combine(sourceScores, FullWeight, policy, steps ? &formula : nullptr);
        if (!score)
            continue;
        if (steps) {
            ex.addStep(indicator.name + QStringLiteral(" (") +
                           formatBasisPoints(indicator.weightBp) + QLatin1Char(')'),
                       formula, num(*score), rule);
        }
        if (indicator.weightBp > 0)
            indicatorScores.append({indicator.weightBp, *score});
    }
    if (ex.hasErrors())
        return result;

    QString formula;
    const std::optional<double> total =
        combine(indicatorScores, FullWeight, policy, steps ? &formula : nullptr);
    if (!total) {
        ex.addMissing(tr("every indicator is unrated"));
        return result;
    }
    if (steps)
        ex.addStep(tr("Weighted score (%1)").arg(policyText()), formula, num(*total), rule);
    result.value = bandScore(*total, weightedTemplate.bands, rule, &ex);
    return result;
}

QString WeightedScoring::formatBasisPoints(int basisPoints, const QLocale &locale)
{
    const int magnitude = qAbs(basisPoints);
    QString text = locale.toString(magnitude / 100);
    const int fraction = magnitude % 100;
    if (fraction != 0) {
        QString decimals = QString::number(fraction).rightJustified(2, QLatin1Char('0'));
        if (decimals.endsWith(QLatin1Char('0')))
            decimals.chop(1);
        text += locale.decimalPoint() + decimals;
    }
    return (basisPoints < 0 ? locale.negativeSign() : QString()) + text + locale.percent();
}

bool WeightedScoring::parseBasisPoints(const QString &text, int *basisPoints)
{
    static const QRegularExpression shape(QStringLiteral("^([0-9]{1,3})(?:[.,]([0-9]{1,2}))?$"));
    QString s = text.trimmed();
    if (s.endsWith(QLatin1Char('%')))
        s = s.chopped(1).trimmed();
    const QRegularExpressionMatch match = shape.match(s);
    if (!match.hasMatch())
        return false;
    const int whole = match.captured(1).toInt();
    const int fraction = match.captured(2).leftJustified(2, QLatin1Char('0')).toInt();
    const int value = whole * 100 + fraction;
    if (value > FullWeight)
        return false;
    *basisPoints = value;
    return true;
}

QString WeightedScoring::sourceName(RaterSource source)
{
    switch (source) {
    case RaterSource::Self:
        return tr("self-assessment");
    case RaterSource::Supervisor:
        return tr("supervisor");
    case RaterSource::Peers:
        return tr("peers");
    case RaterSource::Public:
        break;
    }
    return tr("public");
}

QString WeightedScoring::scaleName(IndicatorScale scale)
{
    switch (scale) {
    case IndicatorScale::Likert1to5:
        return tr("Scale 1–5");
    case IndicatorScale::Percent0to100:
        return tr("Percentage 0–100");
    case IndicatorScale::TargetRealisation:
        break;
    }
    return tr("Target and realisation");
}

QVector<RaterSource> WeightedScoring::allSources()
{
    return {RaterSource::Self, RaterSource::Supervisor, RaterSource::Peers, RaterSource::Public};
}

} // namespace kinerja
