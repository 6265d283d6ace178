#include "dashboardcharts.h"

#include "charts/chartstyle.h"
#include "common/displaytext.h"
#include "scoring/rating.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace kinerja::ui {

const char *const DashboardCharts::IdsProperty = "ids";

namespace {

using chartstyle::newChart;

QString number(double value, int decimals)
{
    return DisplayText::decimal(value, decimals);
}

QBarSet *barSet(const QString &name, const QColor &colour, Qt::BrushStyle pattern)
{
    auto *set = new QBarSet(name);
    set->setColor(colour);
    set->setBrush(QBrush(colour, pattern));
    set->setBorderColor(Qt::black);
    return set;
}

// Axis labels are rich text and are cut to "..." when they do not fit: long names are
// wrapped onto at most `maxLines` lines of `width` characters, the last shortened.
QString wrapped(const QString &text, int width = 28, int maxLines = 2)
{
    QStringList lines{QString()};
    bool cut = false;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : words) {
        QString &line = lines.last();
        if (line.isEmpty() || line.size() + 1 + w.size() <= width) {
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + w;
        } else if (lines.size() < maxLines) {
            lines << w;
        } else {
            cut = true;
            break;
        }
    }
    for (QString &l : lines)
        l = l.left(width).toHtmlEscaped();
    if (cut)
        lines.last() += QChar(0x2026);
    return lines.join(QStringLiteral("<br>"));
}

// Horizontal bars (first item at the top), a value axis and the category names.
// `ids` are given first item first, and stored in bar-index order.
QChart *horizontal(QChart *chart, QAbstractBarSeries *series, QStringList names,
                   QVector<qint64> ids, double low, double high, const QString &valueTitle)
{
    for (QString &name : names)
        name = wrapped(name);
    std::reverse(names.begin(), names.end());
    std::reverse(ids.begin(), ids.end());
    QVariantList idList;
    for (const qint64 id : std::as_const(ids))
        idList << id;
    series->setProperty(DashboardCharts::IdsProperty, idList);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    const auto sets = series->barSets();
    for (QBarSet *set : sets)
        set->setLabelColor(Qt::black);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(names);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *v = new QValueAxis;
    v->setRange(low, high);
    v->applyNiceNumbers();
    // Counts are whole; differences of rating levels need two decimals. A localized chart
    // reads only "%.<n><spec>" formats (a bare "%d" gives no labels at all).
    v->setLabelFormat(low < 0 ? QStringLiteral("%.2f") : QStringLiteral("%.0f"));
    v->setTitleText(valueTitle);
    chart->addAxis(v, Qt::AlignBottom);
    series->attachAxis(v);
    return chart;
}

// Room either side of zero for signed differences, symmetric so zero is the middle.
double symmetricLimit(double most)
{
    return std::max(0.25, std::ceil(most * 4.0 + 0.5) / 4.0);
}

// Horizontal bars are drawn bottom-up: the values are reversed like the names.
void reverse(QBarSet *set)
{
    QList<qreal> values;
    for (int i = set->count() - 1; i >= 0; --i)
        values << set->at(i);
    set->remove(0, set->count());
    set->append(values);
}

} // namespace

QChart *DashboardCharts::distribution(const PredikatShare &share, const QString &period)
{
    QChart *chart = newChart(tr("Predikat of the whole agency, %1").arg(period));
    const int total = share.total();
    const QStringList predikats = chartstyle::predikatNames();
    // Best at the top, then those without a result; one set per predikat (its colour
    // and pattern), each filled at its own bar.
    const QVector<int> levels = {4, 3, 2, 1, 0, -1};
    auto *series = new QHorizontalStackedBarSeries;
    QStringList names;
    int most = 5; // whole numbers on the axis even when nearly empty
    for (const int level : levels) {
        const int count = level >= 0 ? share.counts[level] : share.incomplete;
        const double percent = total > 0 ? 100.0 * count / total : 0;
        const QString name = level >= 0 ? predikats.at(level) : tr("No result yet");
        names << tr("%1: %2 (%3%)").arg(name).arg(count).arg(number(percent, 1));
        QBarSet *set = level >= 0 ? barSet(name, chartstyle::predikatColour(level),
                                           chartstyle::predikatBrush(level).style())
                                  : barSet(name, Qt::lightGray, Qt::Dense6Pattern);
        for (const int other : levels)
            set->append(other == level ? count : 0);
        reverse(set);
        series->append(set);
        most = std::max(most, count);
    }
    chart->legend()->setVisible(false); // the categories name the predikats
    return horizontal(chart, series, names, {}, 0, most, tr("Appraisals"));
}

QChart *DashboardCharts::pending(const QVector<UnitPendingCounts> &list, const QString &period)
{
    QChart *chart = newChart(tr("Appraisals still pending per organisation, %1").arg(period));
    auto *series = new QHorizontalStackedBarSeries;
    QBarSet *missing = barSet(tr("Not created"), QColor(0x42, 0x42, 0x42), Qt::SolidPattern);
    QBarSet *draft = barSet(tr("Draft"), QColor(0xe0, 0xe0, 0xe0), Qt::SolidPattern);
    QBarSet *submitted = barSet(tr("Submitted"), QColor(0x90, 0xca, 0xf9), Qt::BDiagPattern);
    QBarSet *rated = barSet(tr("Rated, not final"), QColor(0x15, 0x65, 0xc0), Qt::Dense4Pattern);
    QStringList names;
    QVector<qint64> ids;
    int most = 5; // whole numbers on the axis even when nearly empty
    for (const UnitPendingCounts &u : list) {
        const int outstanding = u.pending() + u.notCreated;
        if (outstanding == 0 || names.size() == kTop)
            continue;
        names << tr("%1 (%2 of %3)").arg(u.unitName).arg(outstanding).arg(u.total + u.notCreated);
        ids << u.unitId;
        missing->append(u.notCreated);
        draft->append(u.draft);
        submitted->append(u.diajukan);
        rated->append(u.dinilai);
        most = std::max(most, outstanding);
    }
    for (QBarSet *set : {missing, draft, submitted, rated}) {
        reverse(set);
        series->append(set);
    }
    if (names.isEmpty())
        chart->setTitle(tr("Nothing pending, %1: every appraisal is final").arg(period));
    return horizontal(chart, series, names, ids, 0, most, tr("Appraisals"));
}

QChart *DashboardCharts::leniency(const QVector<RaterLeniency> &list, const QString &period)
{
    QChart *chart = newChart(
        tr("Rater leniency, %1 (against the other raters of the organisation)").arg(period));
    auto *series = new QHorizontalBarSeries;
    QBarSet *set = barSet(tr("Difference in rating levels (+ more lenient, − stricter)"),
                          QColor(0x6a, 0x1b, 0x9a), Qt::SolidPattern);
    QStringList names;
    QVector<qint64> ids;
    double most = 0;
    for (const RaterLeniency &r : list) {
        if (names.size() == kTop)
            break;
        names << tr("%1 · %2 (%3)").arg(r.raterName, r.unitName).arg(r.appraisals);
        ids << r.raterId;
        set->append(r.difference());
        most = std::max(most, std::abs(r.difference()));
    }
    reverse(set);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPrecision(2);
    if (names.isEmpty())
        chart->setTitle(
            tr("Rater leniency, %1: no pejabat penilai with 3 or more ratings and others "
               "to compare with")
                .arg(period));
    const double limit = symmetricLimit(most);
    return horizontal(chart, series, names, ids, -limit, limit, tr("Rating levels"));
}

QChart *DashboardCharts::selfGap(const QVector<SelfGap> &list, const QString &period)
{
    QChart *chart =
        newChart(tr("Self-assessment minus the pejabat penilai's rating, %1").arg(period));
    auto *series = new QHorizontalBarSeries;
    QBarSet *hasil = barSet(tr("Rating hasil kerja"), QColor(0x15, 0x65, 0xc0), Qt::SolidPattern);
    QBarSet *perilaku =
        barSet(tr("Rating perilaku kerja"), QColor(0xff, 0xb7, 0x4d), Qt::BDiagPattern);
    QStringList names;
    QVector<qint64> ids;
    double most = 0;
    for (const SelfGap &g : list) {
        if (names.size() == kTop)
            break;
        names << tr("%1 (%2)").arg(g.unitName).arg(g.pairs);
        ids << g.unitId;
        hasil->append(g.meanGapHasil);
        perilaku->append(g.meanGapPerilaku);
        most = std::max({most, std::abs(g.meanGapHasil), std::abs(g.meanGapPerilaku)});
    }
    for (QBarSet *set : {hasil, perilaku}) {
        reverse(set);
        series->append(set);
    }
    if (names.isEmpty())
        chart->setTitle(tr("Self-assessment gap, %1: no self-assessments recorded").arg(period));
    const double limit = symmetricLimit(most);
    return horizontal(chart, series, names, ids, -limit, limit,
                      tr("Rating levels (+ rated themselves higher)"));
}

QChart *DashboardCharts::changes(const QVector<UnitChange> &list, const QString &before,
                                 const QString &after)
{
    QChart *chart =
        newChart(tr("Organisations that changed most, %1 → %2 (mean predikat level, 0–4)")
                     .arg(before, after));
    auto *series = new QHorizontalBarSeries;
    QBarSet *set =
        barSet(tr("Change of the mean predikat level"), QColor(0x2e, 0x7d, 0x32), Qt::SolidPattern);
    QStringList names;
    QVector<qint64> ids;
    double most = 0;
    for (const UnitChange &c : list) {
        if (names.size() == kTop)
            break;
        names
            << tr("%1 (%2 → %3)").arg(c.unitName, number(c.meanBefore, 2), number(c.meanAfter, 2));
        ids << c.unitId;
        set->append(c.change());
        most = std::max(most, std::abs(c.change()));
    }
    reverse(set);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPrecision(2);
    if (before.isEmpty())
        chart->setTitle(tr("Organisations that changed most: no earlier period of this kind"));
    const double limit = symmetricLimit(most);
    return horizontal(chart, series, names, ids, -limit, limit, tr("Change"));
}

QChart *DashboardCharts::pattern(const UnitDistribution &d, const QString &unitName,
                                 const QString &period)
{
    QChart *chart = newChart(
        d.organisation ? tr("Predikat of %1 against the distribution pattern for capaian kinerja "
                            "organisasi %2, %3")
                             .arg(unitName, organisationPredikatName(*d.organisation), period)
                       : tr("Predikat of %1, %2 (no capaian kinerja organisasi: no pattern)")
                             .arg(unitName, period));
    const int total = d.appraised();
    // The five predikats, then each class that a rule counts together.
    QVector<QVector<Predikat>> classes;
    for (const Predikat p : allPredikats())
        classes << QVector<Predikat>{p};
    for (const DistributionQuota &q : d.pattern.quotas)
        if (q.predikats.size() > 1 && d.organisation)
            classes << q.predikats;
    const auto classOf = [&classes](QVector<Predikat> predikats) {
        std::sort(predikats.begin(), predikats.end());
        for (int i = 0; i < classes.size(); ++i) {
            QVector<Predikat> c = classes.at(i);
            std::sort(c.begin(), c.end());
            if (c == predikats)
                return i;
        }
        return -1;
    };
    QVector<bool> breaking(classes.size(), false);
    for (const DistributionBreach &b : d.breaches)
        if (const int i = classOf(b.predikats); i >= 0)
            breaking[i] = true;

    auto *series = new QStackedBarSeries;
    QBarSet *fits = barSet(tr("Share of the unit (%)"), QColor(0x90, 0xa4, 0xae), Qt::SolidPattern);
    QBarSet *breaks =
        barSet(tr("Breaks the pattern"), QColor(0xc6, 0x28, 0x28), Qt::DiagCrossPattern);
    QStringList categories;
    for (int i = 0; i < classes.size(); ++i) {
        int count = 0;
        for (const Predikat p : classes.at(i))
            count += d.counts.value(p);
        const double share = total > 0 ? 100.0 * count / total : 0;
        (breaking[i] ? breaks : fits)->append(share);
        (breaking[i] ? fits : breaks)->append(0);
        const QString name = tr("%1: %2").arg(predikatClassName(classes.at(i))).arg(count);
        // Marked in words too: a class may break a rule with nobody in it.
        categories << wrapped(breaking[i] ? tr("%1 (breaks the pattern)").arg(name) : name, 24, 3);
    }
    series->append(fits);
    series->append(breaks);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%.0f%")); // not "%d%": see horizontal()
    y->setTitleText(tr("Share of the unit's %1 appraisals").arg(total));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);

    // Each rule's limit as a short line over its class, labelled "≤ 70%" / "≥ 60%".
    bool shownAtMost = false, shownAtLeast = false;
    for (const DistributionQuota &q : d.pattern.quotas) {
        const int i = d.organisation ? classOf(q.predikats) : -1;
        if (i < 0)
            continue;
        struct Limit {
            double percent;
            bool atMost;
        };
        QVector<Limit> limits;
        if (q.maxPercent < 100)
            limits << Limit{double(q.maxPercent), true};
        if (q.minPercent > 0)
            limits << Limit{double(q.minPercent), false};
        if (q.requireSome && q.minPercent == 0)
            limits << Limit{total > 0 ? 100.0 / total : 0, false};
        for (const Limit &l : limits) {
            auto *line = new QLineSeries;
            line->setName(l.atMost ? tr("At most (limit of the rule)")
                                   : tr("At least (limit of the rule)"));
            line->setPen(QPen(Qt::black, 3, l.atMost ? Qt::SolidLine : Qt::DashLine));
            line->append(i - 0.45, l.percent);
            line->append(i + 0.45, l.percent);
            line->setPointLabelsVisible(false);
            chart->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
            bool &shown = l.atMost ? shownAtMost : shownAtLeast;
            for (QLegendMarker *m : chart->legend()->markers(line))
                m->setVisible(!shown);
            shown = true;
            auto *label = new QScatterSeries;
            label->setMarkerSize(1);
            label->setColor(Qt::transparent);
            label->setBorderColor(Qt::transparent);
            label->append(i, std::min(100.0, l.percent + 3)); // above the line
            label->setPointLabelsVisible(true);
            label->setPointLabelsClipping(false);
            label->setPointLabelsFormat(
                (q.requireSome && !l.atMost && q.minPercent == 0)
                    ? tr("at least one")
                    : (l.atMost ? tr("≤ %1%") : tr("≥ %1%")).arg(number(l.percent, 0)));
            chart->addSeries(label);
            label->attachAxis(x);
            label->attachAxis(y);
            for (QLegendMarker *m : chart->legend()->markers(label))
                m->setVisible(false);
        }
    }
    return chart;
}

} // namespace kinerja::ui
