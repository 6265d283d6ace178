#include "pp46.h"
#include "weighted.h"

#include <QSet>

namespace kinerja {

namespace {

WeightedIndicator indicator(const QString &id, const QString &name, int weightBp,
                            IndicatorScale scale, const QMap<RaterSource, int> &sources)
{
    WeightedIndicator i;
    i.id = id;
    i.name = name;
    i.weightBp = weightBp;
    i.scale = scale;
    i.sourceWeightsBp = sources;
    return i;
}

} // namespace

Status WeightedTemplate::validate() const
{
    if (indicators.isEmpty())
        return Status::error(WeightedScoring::tr("The template has no indicators."));
    if (bands.isEmpty())
        return Status::error(WeightedScoring::tr("The template has no predikat bands."));

    qint64 total = 0;
    QSet<QString> ids;
    for (const WeightedIndicator &i : indicators) {
        const QString field = i.id;
        if (i.id.trimmed().isEmpty())
            return Status::error(WeightedScoring::tr("Indicator “%1” has no id.").arg(i.name));
        if (ids.contains(i.id))
            return Status::error(WeightedScoring::tr("Two indicators have the id “%1”.").arg(i.id),
                                 field);
        ids.insert(i.id);
        if (i.weightBp < 0) {
            return Status::error(WeightedScoring::tr("“%1”: the weight cannot be negative (%2).")
                                     .arg(i.name, WeightedScoring::formatBasisPoints(i.weightBp)),
                                 field);
        }
        total += i.weightBp;
        if (i.scale == IndicatorScale::TargetRealisation && !(i.target > 0)) {
            return Status::error(
                WeightedScoring::tr("“%1”: the target must be more than 0.").arg(i.name), field);
        }
        if (i.sourceWeightsBp.isEmpty())
            return Status::error(WeightedScoring::tr("“%1”: no rater is chosen.").arg(i.name),
                                 field);
        qint64 sourceTotal = 0;
        for (auto it = i.sourceWeightsBp.constBegin(); it != i.sourceWeightsBp.constEnd(); ++it) {
            if (it.value() < 0) {
                return Status::error(
                    WeightedScoring::tr("“%1”: the weight of %2 cannot be negative.")
                        .arg(i.name, WeightedScoring::sourceName(it.key())),
                    field);
            }
            sourceTotal += it.value();
        }
        if (sourceTotal != WeightedScoring::FullWeight) {
            return Status::error(
                WeightedScoring::tr("“%1”: rater weights total %2, not 100%.")
                    .arg(i.name, WeightedScoring::formatBasisPoints(static_cast<int>(sourceTotal))),
                field);
        }
    }
    if (total != WeightedScoring::FullWeight) {
        return Status::error(WeightedScoring::tr("Indicator weights total %1, not 100%.")
                                 .arg(WeightedScoring::formatBasisPoints(static_cast<int>(total))));
    }
    return Status::ok();
}

WeightedTemplate WeightedTemplate::defaultTemplate()
{
    using S = RaterSource;
    WeightedTemplate t;
    t.name = WeightedScoring::tr("District service staff (default)");
    t.missingPolicy = MissingPolicy::Reweight;
    t.bands = Pp46::bands();

    t.indicators.append(indicator(
        QStringLiteral("ketepatan-waktu"), WeightedScoring::tr("Timeliness of task completion"),
        2500, IndicatorScale::Percent0to100, {{S::Supervisor, 8000}, {S::Self, 2000}}));
    t.indicators.append(indicator(
        QStringLiteral("kualitas-layanan"), WeightedScoring::tr("Quality of public service"), 2500,
        IndicatorScale::Likert1to5, {{S::Supervisor, 5000}, {S::Peers, 3000}, {S::Self, 2000}}));

    WeightedIndicator complaints =
        indicator(QStringLiteral("respon-pengaduan"),
                  WeightedScoring::tr("Speed of response to public complaints"), 2000,
                  IndicatorScale::TargetRealisation, {{S::Supervisor, 10000}});
    complaints.direction = Direction::LowerIsBetter;
    complaints.target = 3;
    complaints.unit = WeightedScoring::tr("working days");
    t.indicators.append(complaints);

    t.indicators.append(indicator(QStringLiteral("kepuasan-masyarakat"),
                                  WeightedScoring::tr("Public satisfaction (the unit's IKM)"), 2000,
                                  IndicatorScale::Percent0to100, {{S::Public, 10000}}));

    WeightedIndicator training =
        indicator(QStringLiteral("pengembangan-kompetensi"),
                  WeightedScoring::tr("Participation in competence development"), 1000,
                  IndicatorScale::TargetRealisation, {{S::Supervisor, 10000}});
    training.direction = Direction::HigherIsBetter;
    training.target = 20;
    training.unit = WeightedScoring::tr("JP (lesson hours) a year");
    t.indicators.append(training);
    return t;
}

} // namespace kinerja
