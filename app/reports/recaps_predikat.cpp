// Rekapitulasi Predikat Kinerja Pegawai: the appraisals, then the distribution against the
// pattern of the capaian kinerja organisasi (SE MenPANRB 3/2023).

#include "recapbuilder.h"

#include <QMap>

#include <cmath>

namespace kinerja::reports {

namespace {

QString schemeLabel(SchemeKind kind)
{
    switch (kind) {
    case SchemeKind::Pp46:
        return QStringLiteral("PP 46/2011");
    case SchemeKind::Pp30:
        return QStringLiteral("PP 30/2019");
    case SchemeKind::Weighted:
        return RecapBuilder::tr("Weighted indicators");
    case SchemeKind::PermenPan2022:
        break;
    }
    return QStringLiteral("PermenPANRB 6/2022");
}

int sumOf(const PredikatCounts &counts, const QVector<Predikat> &predikats)
{
    int n = 0;
    for (const Predikat p : predikats)
        n += counts.value(p, 0);
    return n;
}

bool broken(const UnitDistribution &d, const DistributionQuota &q, DistributionRule rule)
{
    for (const DistributionBreach &b : d.breaches)
        if (b.rule == rule && b.predikats == q.predikats)
            return true;
    return false;
}

} // namespace

Document RecapBuilder::predikat(const PredikatRecapData &data)
{
    Document doc = begin(RecapKind::Predikat, tr("EMPLOYEE PERFORMANCE PREDIKAT RECAP"));
    if (data.rows.isEmpty()) {
        doc.blocks << sentence(tr("There are no appraisals for %1 in %2.")
                                   .arg(m_heading.unitName, m_heading.period.officialLabel()),
                               false, true);
        finish(&doc);
        return doc;
    }

    bool permenpan = false, numeric = false;
    for (const RecapAppraisal &r : data.rows)
        (r.schemeKind == SchemeKind::PermenPan2022 ? permenpan : numeric) = true;

    doc.blocks << heading(tr("A. PREDIKAT OF EACH EMPLOYEE"));
    TableBlock t;
    t.fontPt = 7.5;
    t.widths = {8, 33, 23, 18};
    Row header{
        {head(tr("No")), head(tr("Name / NIP")), head(tr("Position")), head(tr("Work unit"))},
        false};
    if (permenpan) {
        t.widths << 16 << 16;
        header.cells << head(tr("Work results rating")) << head(tr("Work behaviour rating"));
    }
    if (numeric) {
        t.widths << 10;
        header.cells << head(tr("Score"));
    }
    t.widths << 26 << 11;
    header.cells << head(tr("Predikat")) << head(tr("Status"));
    t.header << header;
    int no = 0;
    for (const RecapAppraisal &r : data.rows) {
        Row row;
        row.cells << cell(QString::number(++no), Align::Right) << cell(nameAndNip(r.name, r.nip))
                  << cell(r.jabatan) << cell(r.unitName);
        const bool isPermen = r.schemeKind == SchemeKind::PermenPan2022;
        if (permenpan)
            row.cells << cell(isPermen ? ratingText(r.ratingHasil) : QString(), Align::Center)
                      << cell(isPermen ? ratingText(r.ratingPerilaku) : QString(), Align::Center);
        if (numeric)
            row.cells << cell(!isPermen && r.score ? decimal(*r.score, 2) : QString(),
                              Align::Right);
        if (r.predikat.isEmpty()) {
            Cell c = marked(QStringLiteral("— (") + tr("no result yet") + QLatin1Char(')'));
            c.align = Align::Center;
            row.cells << c;
        } else {
            row.cells << cell(r.predikat, Align::Center, true);
        }
        row.cells << cell(stateName(r.state), Align::Center);
        t.rows << row;
    }
    doc.blocks << t;

    distributionSection(&doc, data);
    finish(&doc);
    return doc;
}

void RecapBuilder::distributionSection(Document *doc, const PredikatRecapData &data)
{
    doc->blocks << heading(tr("B. PREDIKAT DISTRIBUTION"));
    QMap<int, QVector<RecapPredikatCount>> byKind;
    for (const RecapPredikatCount &c : data.counts)
        byKind[static_cast<int>(c.schemeKind)] << c;
    const bool several = byKind.size() > 1;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
        const auto kind = static_cast<SchemeKind>(it.key());
        if (several)
            doc->blocks << heading(schemeLabel(kind), 9.0);
        if (kind == SchemeKind::PermenPan2022)
            permenpanDistribution(doc, data);
        else
            numericDistribution(doc, kind, it.value());
    }
}

void RecapBuilder::permenpanDistribution(Document *doc, const PredikatRecapData &data)
{
    PredikatCounts counts;
    int incomplete = 0;
    for (const RecapPredikatCount &c : data.counts) {
        if (c.schemeKind != SchemeKind::PermenPan2022)
            continue;
        if (c.level)
            counts[static_cast<Predikat>(qBound(0, *c.level, 4))] += c.count;
        else
            incomplete += c.count;
    }
    int total = 0;
    for (const int n : std::as_const(counts))
        total += n;

    TableBlock t;
    t.fontPt = 8.5;
    t.widths = {40, 25, 25};
    t.header << Row{{head(tr("Predikat")), head(tr("Number of employees")), head(tr("Percentage"))},
                    false};
    QVector<Predikat> order = allPredikats();
    std::reverse(order.begin(), order.end()); // Sangat Baik first
    for (const Predikat p : std::as_const(order)) {
        const int n = counts.value(p, 0);
        t.rows << Row{{cell(predikatName(p)), number(n), cell(percent(n, total), Align::Right)},
                      false};
    }
    t.rows << Row{
        {cell(tr("Total with a predikat"), Align::Left, true),
         cell(QString::number(total), Align::Right, true),
         cell(total > 0 ? QStringLiteral("100%") : QStringLiteral("—"), Align::Right, true)},
        false};
    if (incomplete > 0)
        t.rows << Row{{marked(tr("No predikat yet (not counted)")), number(incomplete), cell({})},
                      false};
    doc->blocks << t;

    if (total > 0) {
        ChartBlock chart;
        const DistributionPattern *pattern =
            data.distribution.organisation ? &data.distribution.pattern : nullptr;
        for (const Predikat p : allPredikats()) {
            chart.labels << predikatName(p);
            chart.values << 100.0 * counts.value(p, 0) / total;
            QStringList limits;
            if (pattern) {
                for (const DistributionQuota &q : pattern->quotas) {
                    if (q.predikats != QVector<Predikat>{p})
                        continue;
                    if (q.minPercent > 0)
                        limits << QStringLiteral("≥ %1%").arg(q.minPercent);
                    if (q.maxPercent < 100)
                        limits << QStringLiteral("≤ %1%").arg(q.maxPercent);
                }
            }
            chart.notes << limits.join(QStringLiteral(", "));
        }
        chart.caption = pattern
                            ? tr("Share of the %1 employees with a predikat; under each "
                                 "predikat the limit of the pattern for capaian kinerja "
                                 "organisasi %2.")
                                  .arg(total)
                                  .arg(organisationPredikatName(*data.distribution.organisation))
                            : tr("Share of the %1 employees with a predikat.").arg(total);
        chart.height = 36.0;
        doc->blocks << chart;
    }
    patternCheck(doc, data);
}

void RecapBuilder::patternCheck(Document *doc, const PredikatRecapData &data)
{
    const UnitDistribution &d = data.distribution;
    if (!d.organisation) {
        doc->blocks << sentence(tr("No capaian kinerja organisasi is recorded for %1 in this "
                                   "period, so the distribution is not checked against a "
                                   "distribution pattern.")
                                    .arg(m_heading.unitName),
                                true);
        return;
    }
    const QString org = organisationPredikatName(*d.organisation);
    doc->blocks << heading(tr("C. AGAINST THE DISTRIBUTION PATTERN"));
    doc->blocks << sentence(tr("Capaian kinerja organisasi: %1 (set for %2). The pattern of "
                               "SE MenPANRB 3/2023 for it:")
                                .arg(org, data.organisationUnitName.isEmpty()
                                              ? m_heading.unitName
                                              : data.organisationUnitName));
    const int total = d.appraised();
    TableBlock t;
    t.fontPt = 8.0;
    t.widths = {38, 22, 24, 16};
    t.header << Row{{head(tr("Rule")), head(tr("Limit")), head(tr("Actual")), head(tr("Result"))},
                    false};
    const auto add = [&](const QString &rule, const QString &limit, int count, bool isBroken) {
        Cell result = cell(isBroken ? tr("DOES NOT FIT") : tr("Fits"), Align::Center, isBroken);
        t.rows << Row{{cell(rule), cell(limit),
                       cell(tr("%1 of %2 (%3)").arg(count).arg(total).arg(percent(count, total))),
                       result},
                      false};
    };
    for (const DistributionQuota &q : d.pattern.quotas) {
        const QString name = predikatClass(q.predikats);
        const int count = sumOf(d.counts, q.predikats);
        if (q.maxPercent == 0) {
            add(tr("%1: none allowed").arg(name), tr("none"), count,
                broken(d, q, DistributionRule::AtMost));
        } else if (q.maxPercent < 100) {
            const int allowed = static_cast<int>(std::floor(q.maxPercent * total / 100.0 + 1e-9));
            add(tr("%1: at most %2%").arg(name).arg(q.maxPercent),
                tr("at most %1 of %2").arg(allowed).arg(total), count,
                broken(d, q, DistributionRule::AtMost));
        }
        if (q.minPercent > 0) {
            const int needed = static_cast<int>(std::ceil(q.minPercent * total / 100.0 - 1e-9));
            add(tr("%1: at least %2%").arg(name).arg(q.minPercent),
                tr("at least %1 of %2").arg(needed).arg(total), count,
                broken(d, q, DistributionRule::AtLeast));
        }
        if (q.requireSome)
            add(tr("%1: some required").arg(name), tr("at least 1"), count,
                broken(d, q, DistributionRule::RequireSome));
    }
    if (t.rows.isEmpty())
        doc->blocks << sentence(tr("The pattern sets no limits."), true);
    else
        doc->blocks << t;

    if (total == 0) {
        doc->blocks << sentence(
            tr("Nobody has a predikat yet: the distribution cannot be checked."), false, true);
    } else if (d.breaches.isEmpty()) {
        doc->blocks << sentence(tr("Conclusion: the distribution FITS the pattern for capaian "
                                   "kinerja organisasi %1.")
                                    .arg(org),
                                false, true);
    } else {
        QStringList lines{tr("Conclusion: the distribution DOES NOT FIT the pattern for capaian "
                             "kinerja organisasi %1. The classes that break it:")
                              .arg(org)};
        for (const DistributionBreach &b : d.breaches) {
            const QString name = predikatClass(b.predikats);
            QString line;
            switch (b.rule) {
            case DistributionRule::AtMost:
                line = tr("%1: %2 of %3 employees (%4), more than the %5% allowed (at most %6)")
                           .arg(name)
                           .arg(b.count)
                           .arg(b.total)
                           .arg(percent(b.count, b.total))
                           .arg(b.limitPercent)
                           .arg(b.limitCount);
                break;
            case DistributionRule::AtLeast:
                line = tr("%1: %2 of %3 employees (%4), fewer than the %5% required (at least %6)")
                           .arg(name)
                           .arg(b.count)
                           .arg(b.total)
                           .arg(percent(b.count, b.total))
                           .arg(b.limitPercent)
                           .arg(b.limitCount);
                break;
            case DistributionRule::RequireSome:
                line = tr("%1: nobody, but the pattern requires some").arg(name);
                break;
            }
            lines << QStringLiteral("– ") + line;
        }
        TextBlock conclusion = sentence(lines.join(QLatin1Char('\n')), false, true);
        conclusion.indent = 0;
        doc->blocks << conclusion;
    }
    if (d.incomplete > 0)
        doc->blocks << sentence(
            tr("%1 appraisal(s) without a predikat yet are not counted.").arg(d.incomplete), true);
    if (d.otherSchemes > 0)
        doc->blocks << sentence(tr("%1 appraisal(s) under a numeric scheme have no distribution "
                                   "pattern and are not counted here.")
                                    .arg(d.otherSchemes),
                                true);
}

void RecapBuilder::numericDistribution(Document *doc, SchemeKind kind,
                                       const QVector<RecapPredikatCount> &counts)
{
    // Bands by level (0 = the worst), named as stored.
    QMap<int, QPair<QString, int>> bands;
    int incomplete = 0, total = 0;
    for (const RecapPredikatCount &c : counts) {
        if (!c.level) {
            incomplete += c.count;
            continue;
        }
        auto &b = bands[*c.level];
        if (b.first.isEmpty())
            b.first = c.predikat;
        b.second += c.count;
        total += c.count;
    }
    TableBlock t;
    t.fontPt = 8.5;
    t.widths = {40, 25, 25};
    t.header << Row{{head(tr("Predikat")), head(tr("Number of employees")), head(tr("Percentage"))},
                    false};
    for (auto it = bands.cend(); it != bands.cbegin();) {
        --it;
        t.rows << Row{{cell(it.value().first), number(it.value().second),
                       cell(percent(it.value().second, total), Align::Right)},
                      false};
    }
    t.rows << Row{
        {cell(tr("Total with a predikat"), Align::Left, true),
         cell(QString::number(total), Align::Right, true),
         cell(total > 0 ? QStringLiteral("100%") : QStringLiteral("—"), Align::Right, true)},
        false};
    if (incomplete > 0)
        t.rows << Row{{marked(tr("No predikat yet (not counted)")), number(incomplete), cell({})},
                      false};
    doc->blocks << t;
    if (total > 0) {
        ChartBlock chart;
        for (auto it = bands.cbegin(); it != bands.cend(); ++it) {
            chart.labels << it.value().first;
            chart.values << 100.0 * it.value().second / total;
        }
        chart.caption = tr("Share of the %1 employees with a predikat.").arg(total);
        chart.height = 32.0;
        doc->blocks << chart;
    }
    doc->blocks << sentence(tr("The distribution patterns of SE MenPANRB 3/2023 apply to "
                               "PermenPANRB 6/2022 predikats only; %1 results are not checked "
                               "against them.")
                                .arg(schemeLabel(kind)),
                            true);
}

} // namespace kinerja::reports
