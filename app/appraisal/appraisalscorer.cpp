#include "appraisalscorer.h"

#include "scoring/pp30.h"
#include "scoring/pp46.h"

#include <QLocale>

#include <cmath>

namespace kinerja {

namespace {

QString num(double value)
{
    return Explanation::number(value);
}

// 0 for the worst band; empty when the band is not in the set.
std::optional<int> bandLevel(const BandSet &bands, const QString &name)
{
    for (int i = 0; i < bands.size(); ++i)
        if (bands.at(i).name == name)
            return static_cast<int>(bands.size()) - 1 - i;
    return std::nullopt;
}

Rating ratingFromLevel(int level)
{
    return static_cast<Rating>(qBound(0, level, 2));
}

} // namespace

AppraisalResult AppraisalScorer::score(const SchemeDefinition &definition,
                                       const ScoringInput &input, bool detailed)
{
    if (input.rollup.policy != RollupPolicy::RatedAfresh)
        return rollup(definition, input);
    const Explain explain = detailed ? Explain::Yes : Explain::No;
    switch (definition.kind) {
    case SchemeKind::PermenPan2022:
        return permenpan(definition, input, detailed);
    case SchemeKind::Pp46: {
        Pp46Input in;
        in.kegiatan = input.kegiatan;
        in.tugasTambahan = input.tugasTambahan;
        in.kreativitas = input.kreativitas;
        in.structural = input.structural;
        for (auto it = input.aspects.constBegin(); it != input.aspects.constEnd(); ++it)
            in.perilaku.insert(static_cast<Pp46Aspect>(it.key()), it.value());
        return banded(definition, Pp46::evaluate(in, explain), false);
    }
    case SchemeKind::Pp30: {
        Pp30Input in;
        in.capaianSkp = input.capaianSkp;
        in.structural = input.structural;
        in.newIdea = input.newIdea;
        in.weighting = definition.pp30Weighting;
        for (auto it = input.aspects.constBegin(); it != input.aspects.constEnd(); ++it)
            in.perilaku.insert(static_cast<Pp30Aspect>(it.key()), it.value());
        return banded(definition, Pp30::evaluate(in, explain), input.newIdea);
    }
    case SchemeKind::Weighted:
        break;
    }
    return banded(definition,
                  WeightedScoring::evaluate(definition.weighted, input.weighted, explain), false);
}

AppraisalResult AppraisalScorer::permenpan(const SchemeDefinition &definition,
                                           const ScoringInput &input, bool detailed)
{
    AppraisalResult r;
    r.hasil = input.ratingHasil;
    r.perilaku = input.ratingPerilaku;
    if (!detailed) {
        if (input.ratingHasil && input.ratingPerilaku) {
            const Predikat p = predikat(*input.ratingHasil, *input.ratingPerilaku);
            r.predikat = predikatName(p);
            r.level = static_cast<int>(p);
        }
        return r;
    }
    // The suggestion is shown beside the rater's choice; it never decides.
    if (input.perilakuAssessments.size() == 7) {
        PerilakuSuggestionRule rule;
        rule.minDiAtas = definition.perilakuMinDiAtas;
        const Result<Rating> suggestion = suggestedPerilakuRating(input.perilakuAssessments, rule);
        if (suggestion.value) {
            r.explanation.append(suggestion.explanation);
            r.explanation.addStep(tr("Perilaku rating chosen by the pejabat penilai"), QString(),
                                  input.ratingPerilaku ? ratingName(*input.ratingPerilaku)
                                                       : tr("not yet rated"),
                                  QStringLiteral("PermenPANRB 6/2022"));
        }
    }
    const Result<Predikat> result = explainPredikat(input.ratingHasil, input.ratingPerilaku);
    r.explanation.append(result.explanation);
    if (result.value) {
        r.predikat = predikatName(*result.value);
        r.level = static_cast<int>(*result.value);
    }
    return r;
}

AppraisalResult AppraisalScorer::banded(const SchemeDefinition &definition,
                                        const Result<BandedScore> &result, bool innovation)
{
    AppraisalResult r;
    r.explanation = result.explanation;
    if (!result.value || result.explanation.hasErrors())
        return r;
    const BandSet &bands = definition.effectiveBands();
    ScoreBand band = result.value->band;
    // PP 46 / PP 30 evaluate with the regulation's bands; a scheme version with bands of
    // its own re-bands the same printed value.
    if (definition.kind == SchemeKind::Pp46 || definition.kind == SchemeKind::Pp30) {
        const BandSet &library =
            definition.kind == SchemeKind::Pp46 ? Pp46::bands() : Pp30::bands();
        if (!sameBands(bands, library)) {
            const ScoreBand *own = findBand(bands, result.value->rounded, innovation);
            if (!own) {
                r.explanation.addError(tr("%1 falls in no predikat band of this scheme version.")
                                           .arg(QLocale().toString(result.value->rounded, 'f', 2)));
                return r;
            }
            band = *own;
            if (r.explanation.recordsSteps())
                r.explanation.addStep(tr("Predikat under this scheme version's bands"),
                                      own->condition(), own->name, definition.name);
        }
    }
    r.score = result.value->value;
    r.predikat = band.name;
    r.level = bandLevel(bands, band.name);
    return r;
}

AppraisalResult AppraisalScorer::rollup(const SchemeDefinition &definition,
                                        const ScoringInput &input)
{
    AppraisalResult r;
    Explanation &ex = r.explanation;
    const QString source = tr("roll-up policy stored on this appraisal");
    const RollupSetting &setting = input.rollup;
    const QVector<Period> expected = setting.from < input.period.kind()
                                         ? input.period.subPeriods(setting.from)
                                         : QVector<Period>{};
    if (expected.isEmpty()) {
        ex.addError(tr("%1 has no sub-periods of the kind “%2” to roll up.")
                        .arg(input.period.toString(), Period::kindName(setting.from)));
        return r;
    }
    ex.addStep(tr("Roll-up from the sub-periods"),
               rollupPolicyName(setting.policy) + QStringLiteral("; ") +
                   missingPeriodPolicyName(setting.missing),
               QString::number(expected.size()), source);

    const bool ratings = definition.kind == SchemeKind::PermenPan2022;
    struct Part {
        Period period;
        double hasil = 0; // rating levels (PermenPANRB) ...
        double perilaku = 0;
        double score = 0; // ... or the score
        bool lowest = false;
    };
    QVector<Part> parts;
    for (const Period &p : expected) {
        const PeriodicResult *found = nullptr;
        for (const PeriodicResult &sub : input.subResults)
            if (sub.period == p && !sub.predikat.isEmpty())
                found = &sub;
        if (found && found->kind != definition.kind) {
            ex.addError(tr("%1 was appraised under another kind of scheme (%2), so it cannot be "
                           "rolled up into a %3 result.")
                            .arg(p.toString(), SchemeDefinition::kindName(found->kind),
                                 SchemeDefinition::kindName(definition.kind)));
            continue;
        }
        if (found && ratings && (!found->hasil || !found->perilaku))
            found = nullptr;
        if (found && !ratings && !found->score)
            found = nullptr;
        if (found) {
            Part part{p, 0, 0, 0, false};
            QString value;
            if (ratings) {
                part.hasil = static_cast<int>(*found->hasil);
                part.perilaku = static_cast<int>(*found->perilaku);
                value = tr("%1 (hasil %2, perilaku %3)")
                            .arg(found->predikat, ratingName(*found->hasil),
                                 ratingName(*found->perilaku));
            } else {
                part.score = *found->score;
                value =
                    num(*found->score) + QStringLiteral(" (") + found->predikat + QLatin1Char(')');
            }
            ex.addStep(p.toString(), appraisalStateName(found->state), value, source);
            parts << part;
            continue;
        }
        switch (setting.missing) {
        case MissingPeriodPolicy::Skip:
            ex.addMissing(tr("%1 has no result (left out)").arg(p.toString()));
            break;
        case MissingPeriodPolicy::CountAsLowest:
            ex.addMissing(tr("%1 has no result (counted as the lowest)").arg(p.toString()));
            parts << Part{p, 0, 0, 0, true};
            break;
        case MissingPeriodPolicy::Block:
            ex.addMissing(tr("%1 has no result").arg(p.toString()));
            break;
        }
    }
    if (ex.hasErrors())
        return r;
    if (setting.missing == MissingPeriodPolicy::Block && !ex.missing().isEmpty())
        return r;
    if (parts.isEmpty()) {
        ex.addMissing(tr("no sub-period has a result"));
        return r;
    }

    double hasil = 0;
    double perilaku = 0;
    double score = 0;
    if (setting.policy == RollupPolicy::LastPeriod) {
        const Part &last = parts.last();
        hasil = last.hasil;
        perilaku = last.perilaku;
        score = last.score;
        ex.addStep(tr("Result of the last sub-period"), last.period.toString(),
                   ratings ? ratingName(ratingFromLevel(static_cast<int>(hasil))) +
                                 QStringLiteral(" / ") +
                                 ratingName(ratingFromLevel(static_cast<int>(perilaku)))
                           : num(score),
                   source);
    } else {
        QStringList hasilTerms, perilakuTerms, scoreTerms;
        for (const Part &p : std::as_const(parts)) {
            hasil += p.hasil;
            perilaku += p.perilaku;
            score += p.score;
            hasilTerms << num(p.hasil);
            perilakuTerms << num(p.perilaku);
            scoreTerms << num(p.score);
        }
        const double n = parts.size();
        if (ratings) {
            const QString scale = tr("Di Bawah = 0, Sesuai = 1, Di Atas = 2");
            const double meanHasil = hasil / n;
            const double meanPerilaku = perilaku / n;
            hasil = std::floor(meanHasil + 0.5);
            perilaku = std::floor(meanPerilaku + 0.5);
            ex.addStep(tr("Mean rating hasil kerja (%1), rounded half up").arg(scale),
                       QStringLiteral("(%1) / %2 = %3")
                           .arg(hasilTerms.join(QStringLiteral(" + ")))
                           .arg(parts.size())
                           .arg(num(meanHasil)),
                       ratingName(ratingFromLevel(static_cast<int>(hasil))), source);
            ex.addStep(tr("Mean rating perilaku kerja (%1), rounded half up").arg(scale),
                       QStringLiteral("(%1) / %2 = %3")
                           .arg(perilakuTerms.join(QStringLiteral(" + ")))
                           .arg(parts.size())
                           .arg(num(meanPerilaku)),
                       ratingName(ratingFromLevel(static_cast<int>(perilaku))), source);
        } else {
            score /= n;
            ex.addStep(tr("Mean score"),
                       QStringLiteral("(%1) / %2")
                           .arg(scoreTerms.join(QStringLiteral(" + ")))
                           .arg(parts.size()),
                       num(score), source);
        }
    }

    if (ratings) {
        r.hasil = ratingFromLevel(static_cast<int>(hasil));
        r.perilaku = ratingFromLevel(static_cast<int>(perilaku));
        const Result<Predikat> p = explainPredikat(*r.hasil, *r.perilaku);
        ex.append(p.explanation);
        if (p.value) {
            r.predikat = predikatName(*p.value);
            r.level = static_cast<int>(*p.value);
        }
        return r;
    }
    const BandSet &bands = definition.effectiveBands();
    const bool innovation = definition.kind == SchemeKind::Pp30 && input.newIdea;
    const std::optional<BandedScore> b = bandScore(score, bands, definition.name, &ex, innovation);
    if (!b)
        return r;
    r.score = score;
    r.predikat = b->band.name;
    r.level = bandLevel(bands, b->band.name);
    return r;
}

} // namespace kinerja
