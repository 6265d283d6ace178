#include "trendcharts.h"

#include "charts/chartstyle.h"

#include "domain/nip.h"
#include "scoring/rating.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <functional>

namespace kinerja::ui {

namespace {
using chartstyle::newChart;
using chartstyle::predikatNames;

// Many periods side by side: slanted names stay whole instead of being cut to "202…".
void tiltLabels(QBarCategoryAxis *axis)
{
    if (axis->count() > 10)
        axis->setLabelsAngle(-45);
}

QStringList periodLabels(const QVector<Period> &periods)
{
    QStringList labels;
    for (const Period &p : periods)
        labels << p.toString();
    return labels;
}

// One visible series (in the legend, with markers) plus line segments between
// consecutive values; a missing value breaks the line.
void addBrokenLine(QChart *chart, const QString &name, const QVector<std::optional<double>> &values,
                   const QPen &pen, QScatterSeries::MarkerShape shape, QAbstractAxis *x,
                   QAbstractAxis *y, double shift = 0)
{
    auto *points = new QScatterSeries;
    points->setName(name);
    points->setMarkerShape(shape);
    points->setMarkerSize(9);
    points->setColor(pen.color());
    points->setBorderColor(pen.color());
    QLineSeries *segment = nullptr;
    for (int i = 0; i < values.size(); ++i) {
        if (!values.at(i)) {
            segment = nullptr;
            continue;
        }
        // `shift` keeps series with equal values side by side instead of hidden.
        points->append(i + shift, *values.at(i));
        if (!segment) {
            segment = new QLineSeries;
            segment->setPen(pen);
            chart->addSeries(segment);
            segment->attachAxis(x);
            segment->attachAxis(y);
            for (QLegendMarker *m : chart->legend()->markers(segment))
                m->setVisible(false);
        }
        segment->append(i + shift, *values.at(i));
    }
    chart->addSeries(points);
    points->attachAxis(x);
    points->attachAxis(y);
    if (name.isEmpty()) // a companion series: one legend entry is enough
        for (QLegendMarker *m : chart->legend()->markers(points))
            m->setVisible(false);
}

QCategoryAxis *levelAxis(const QStringList &names)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < names.size(); ++i)
        axis->append(names.at(i), i);
    axis->setRange(-0.3, names.size() - 0.7);
    return axis;
}

} // namespace

QString TrendCharts::rangeText(const QVector<Period> &periods)
{
    if (periods.isEmpty())
        return {};
    if (periods.size() == 1)
        return periods.first().toString();
    return tr("%1 – %2").arg(periods.first().toString(), periods.last().toString());
}

QChart *TrendCharts::employee(const EmployeeTrend &trend)
{
    QVector<Period> periods;
    bool numeric = false;
    for (const TrendPoint &p : trend.points) {
        periods << p.period;
        numeric = numeric || p.score.has_value();
    }
    QChart *chart = newChart(tr("Results of %1 (NIP %2), %3")
                                 .arg(trend.name, Nip::format(trend.nip), rangeText(periods)));
    auto *x = new QBarCategoryAxis;
    x->append(periodLabels(periods));
    tiltLabels(x);
    chart->addAxis(x, Qt::AlignBottom);
    QVector<std::optional<double>> hasil, perilaku, predikat, score;
    for (const TrendPoint &p : trend.points) {
        const auto toDouble = [](const std::optional<int> &v) {
            return v ? std::optional<double>(*v) : std::nullopt;
        };
        hasil << toDouble(p.ratingHasil);
        perilaku << toDouble(p.ratingPerilaku);
        predikat << toDouble(p.predikatLevel);
        score << p.score;
    }
    if (numeric) {
        auto *y = new QValueAxis;
        y->setRange(0, 120);
        y->setTitleText(tr("Score"));
        chart->addAxis(y, Qt::AlignLeft);
        addBrokenLine(chart, tr("Score"), score, QPen(QColor(0x15, 0x65, 0xc0), 2.5),
                      QScatterSeries::MarkerShapeCircle, x, y);
        return chart;
    }
    QStringList ratings;
    for (const Rating r : allRatings())
        ratings << ratingName(r);
    QCategoryAxis *left = levelAxis(ratings);
    left->setTitleText(tr("Rating"));
    QCategoryAxis *right = levelAxis(predikatNames());
    right->setTitleText(tr("Predikat"));
    chart->addAxis(left, Qt::AlignLeft);
    chart->addAxis(right, Qt::AlignRight);
    addBrokenLine(chart, tr("Rating hasil kerja"), hasil, QPen(QColor(0x15, 0x65, 0xc0), 2.5),
                  QScatterSeries::MarkerShapeCircle, x, left, -0.06);
    addBrokenLine(chart, tr("Rating perilaku kerja"), perilaku,
                  QPen(QColor(0x6a, 0x1b, 0x9a), 2.5, Qt::DashLine),
                  QScatterSeries::MarkerShapeRectangle, x, left, 0.06);
    addBrokenLine(chart, tr("Predikat"), predikat, QPen(Qt::black, 3, Qt::DotLine),
                  QScatterSeries::MarkerShapeTriangle, x, right);
    return chart;
}

QChart *TrendCharts::unit(const UnitTrend &trend)
{
    QVector<Period> periods;
    bool numeric = false;
    for (const UnitPeriodStats &s : trend.periods) {
        periods << s.period;
        numeric = numeric || s.numeric;
    }
    QChart *chart =
        newChart((trend.includeSubunits ? tr("Predikat per period: %1 with its sub-units, %2")
                                        : tr("Predikat per period: %1 (own staff), %2"))
                     .arg(trend.unitName, rangeText(periods)));
    auto *bars = new QStackedBarSeries;
    const QStringList names = predikatNames();
    for (int level = 0; level < 5; ++level) {
        auto *set = new QBarSet(names.at(level));
        set->setColor(chartstyle::predikatColour(level));
        set->setBrush(chartstyle::predikatBrush(level));
        set->setBorderColor(Qt::black);
        for (const UnitPeriodStats &s : trend.periods)
            set->append(s.counts[static_cast<size_t>(level)]);
        bars->append(set);
    }
    chart->addSeries(bars);
    auto *x = new QBarCategoryAxis;
    x->append(periodLabels(periods));
    tiltLabels(x);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    auto *count = new QValueAxis;
    count->setTitleText(tr("Appraisals"));
    count->setLabelFormat(QStringLiteral("%.0f")); // a localized chart ignores a bare "%d"
    int most = 1;
    for (const UnitPeriodStats &s : trend.periods)
        most = std::max(most, s.appraised);
    count->setRange(0, most);
    count->applyNiceNumbers();
    chart->addAxis(count, Qt::AlignLeft);
    bars->attachAxis(count);

    QAbstractAxis *meanAxis = nullptr;
    if (numeric) {
        auto *v = new QValueAxis;
        v->setRange(0, 120);
        meanAxis = v;
    } else {
        meanAxis = levelAxis(predikatNames());
    }
    meanAxis->setTitleText(numeric ? tr("Mean score") : tr("Mean predikat"));
    chart->addAxis(meanAxis, Qt::AlignRight);
    QVector<std::optional<double>> mean, low, high;
    for (const UnitPeriodStats &s : trend.periods) {
        mean << s.mean;
        low << (s.mean ? std::optional<double>(*s.mean - *s.spread) : std::nullopt);
        high << (s.mean ? std::optional<double>(*s.mean + *s.spread) : std::nullopt);
    }
    addBrokenLine(chart, tr("Mean"), mean, QPen(Qt::black, 3), QScatterSeries::MarkerShapeCircle, x,
                  meanAxis);
    addBrokenLine(chart, tr("Mean ± spread"), high, QPen(Qt::darkGray, 1.5, Qt::DashLine),
                  QScatterSeries::MarkerShapeRectangle, x, meanAxis);
    addBrokenLine(chart, QString(), low, QPen(Qt::darkGray, 1.5, Qt::DashLine),
                  QScatterSeries::MarkerShapeRectangle, x, meanAxis);
    return chart;
}

QChart *TrendCharts::subunits(const QString &unitName, const QString &periodCode,
                              const QVector<SubunitBar> &list)
{
    bool numeric = false;
    for (const SubunitBar &b : list)
        numeric = numeric || b.numeric;
    QChart *chart = newChart(tr("Sub-units of %1 compared, %2").arg(unitName, periodCode));
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(numeric ? tr("Mean score") : tr("Mean predikat level (0–4)"));
    set->setColor(QColor(0x15, 0x65, 0xc0));
    set->setBorderColor(Qt::black);
    QStringList names;
    // Best at the top: a horizontal bar axis lists its first category at the bottom.
    for (auto it = list.crbegin(); it != list.crend(); ++it) {
        names << tr("%1 (%2)").arg(it->name).arg(it->appraised);
        set->append(it->mean.value_or(0));
    }
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(names);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *v = new QValueAxis;
    v->setRange(0, numeric ? 120 : 4);
    chart->addAxis(v, Qt::AlignBottom);
    series->attachAxis(v);
    chart->legend()->setVisible(true);
    return chart;
}

} // namespace kinerja::ui
