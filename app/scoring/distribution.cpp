#include "distribution.h"

#include "bands.h"

namespace kinerja {

namespace {

struct DistributionTr {
    Q_DECLARE_TR_FUNCTIONS(kinerja::Distribution)
};

DistributionQuota atMost(Predikat predikat, int percent)
{
    DistributionQuota quota;
    quota.predikats = {predikat};
    quota.maxPercent = percent;
    return quota;
}

DistributionQuota atLeast(const QVector<Predikat> &predikats, int percent)
{
    DistributionQuota quota;
    quota.predikats = predikats;
    quota.minPercent = percent;
    return quota;
}

DistributionQuota some(const QVector<Predikat> &predikats)
{
    DistributionQuota quota;
    quota.predikats = predikats;
    quota.requireSome = true;
    return quota;
}

// 66.67, 80, 12.5 (66,67 in Indonesian): at most two decimals, no trailing zeros.
QString percentText(int count, int total)
{
    return Explanation::number(roundHalfAwayFromZero(100.0 * count / total, 2));
}

} // namespace

QVector<DistributionPattern> defaultDistributionPatterns()
{
    using P = Predikat;
    using O = OrganisationPredikat;
    return {
        {O::Istimewa, {atMost(P::SangatBaik, 70)}},
        {O::Baik, {atMost(P::Baik, 70), some({P::ButuhPerbaikan, P::KurangMisconduct})}},
        {O::ButuhPerbaikan, {atLeast({P::ButuhPerbaikan}, 60), atMost(P::SangatBaik, 10)}},
        {O::Kurang,
         {atLeast({P::KurangMisconduct}, 60), atLeast({P::ButuhPerbaikan}, 10),
          atMost(P::SangatBaik, 10)}},
        {O::SangatKurang,
         {atLeast({P::SangatKurang}, 60), atLeast({P::KurangMisconduct, P::ButuhPerbaikan}, 10),
          atMost(P::SangatBaik, 0)}},
    };
}

DistributionPattern defaultDistributionPattern(OrganisationPredikat organisation)
{
    for (const DistributionPattern &pattern : defaultDistributionPatterns()) {
        if (pattern.organisation == organisation)
            return pattern;
    }
    return {organisation, {}};
}

QString distributionPatternsError(const QVector<DistributionPattern> &patterns)
{
    QVector<OrganisationPredikat> seen;
    for (const DistributionPattern &pattern : patterns) {
        const QString org = organisationPredikatName(pattern.organisation);
        if (seen.contains(pattern.organisation))
            return DistributionTr::tr("Organisation predikat %1 has two patterns.").arg(org);
        seen << pattern.organisation;
        for (int i = 0; i < pattern.quotas.size(); ++i) {
            const DistributionQuota &q = pattern.quotas.at(i);
            const QString where = DistributionTr::tr("Pattern %1, rule %2").arg(org).arg(i + 1);
            if (q.predikats.isEmpty())
                return DistributionTr::tr("%1 names no predikat.").arg(where);
            for (int j = 0; j < q.predikats.size(); ++j)
                if (q.predikats.indexOf(q.predikats.at(j)) != j)
                    return DistributionTr::tr("%1 names %2 twice.")
                        .arg(where, predikatName(q.predikats.at(j)));
            if (q.minPercent < 0 || q.maxPercent > 100 || q.minPercent > q.maxPercent)
                return DistributionTr::tr("%1: “at least %2%” and “at most %3%” must lie within "
                                          "0–100% with at least ≤ at most.")
                    .arg(where)
                    .arg(q.minPercent)
                    .arg(q.maxPercent);
        }
    }
    return {};
}

DistributionPattern patternFor(const QVector<DistributionPattern> &patterns,
                               OrganisationPredikat organisation)
{
    for (const DistributionPattern &pattern : patterns)
        if (pattern.organisation == organisation)
            return pattern;
    return defaultDistributionPattern(organisation);
}

PredikatCounts countPredikats(const QVector<Predikat> &predikats)
{
    PredikatCounts counts;
    for (const Predikat predikat : predikats)
        ++counts[predikat];
    return counts;
}

QString predikatClassName(const QVector<Predikat> &predikats)
{
    QString name;
    for (int i = 0; i < predikats.size(); ++i) {
        if (i == 0)
            name = predikatName(predikats.at(i));
        else
            name = DistributionTr::tr("%1 and/or %2").arg(name, predikatName(predikats.at(i)));
    }
    return name;
}

QVector<DistributionBreach> checkDistribution(const DistributionPattern &pattern,
                                              const PredikatCounts &counts)
{
    int total = 0;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        total += qMax(0, it.value());
    QVector<DistributionBreach> breaches;
    if (total == 0)
        return breaches;

    for (const DistributionQuota &quota : pattern.quotas) {
        int count = 0;
        for (const Predikat predikat : quota.predikats)
            count += qMax(0, counts.value(predikat));
        const QString name = predikatClassName(quota.predikats);
        const QString share = percentText(count, total);

        DistributionBreach breach;
        breach.predikats = quota.predikats;
        breach.count = count;
        breach.total = total;
        // Exact integer comparisons: count / total > max / 100 ⇔ 100 × count > max × total.
        if (quota.maxPercent < 100 && 100 * count > quota.maxPercent * total) {
            breach.rule = DistributionRule::AtMost;
            breach.limitPercent = quota.maxPercent;
            breach.limitCount = quota.maxPercent * total / 100; // floor
            breach.message =
                DistributionTr::tr("%1: %2% > at most %3%").arg(name, share).arg(quota.maxPercent);
            breaches.append(breach);
        }
        if (quota.minPercent > 0 && 100 * count < quota.minPercent * total) {
            breach.rule = DistributionRule::AtLeast;
            breach.limitPercent = quota.minPercent;
            breach.limitCount = (quota.minPercent * total + 99) / 100; // ceil
            breach.message =
                DistributionTr::tr("%1: %2% < at least %3%").arg(name, share).arg(quota.minPercent);
            breaches.append(breach);
        }
        if (quota.requireSome && count == 0) {
            breach.rule = DistributionRule::RequireSome;
            breach.limitPercent = 0;
            breach.limitCount = 1;
            breach.message =
                DistributionTr::tr("%1: none, but the pattern must include some").arg(name);
            breaches.append(breach);
        }
    }
    return breaches;
}

QVector<DistributionBreach> checkDistribution(OrganisationPredikat organisation,
                                              const PredikatCounts &counts)
{
    return checkDistribution(defaultDistributionPattern(organisation), counts);
}

} // namespace kinerja
