#include "chartmeasurements.h"

#include "charts/trendcharts.h"
#include "storage/appraisalquery.h"
#include "storage/dashboardquery.h"
#include "storage/database.h"
#include "storage/periodrepository.h"
#include "storage/trendquery.h"
#include "storage/unitrepository.h"

#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QHash>
#include <QPixmap>

#include <algorithm>
#include <cstdlib>
#include <memory>

namespace kinerja::bench {

namespace {

constexpr int kTargetStaff = 2000;
constexpr int kTrendPeriods = 20;

double elapsedMs(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

void add(Timed *timed, int run, double ms)
{
    if (run == 0)
        timed->cold = ms;
    else
        timed->warm.add(ms);
}

bool open(Database &db, const QString &path, QString *error)
{
    const Status s = db.open(path);
    if (!s)
        *error = s.message();
    return s.isOk();
}

// The units whose subtrees have the most appraisals with a result in the period up to
// kTargetStaff and the fewest from kTargetStaff up (own connection: the measured ones
// start cold). Ties go to the lower id.
bool chooseUnits(const QString &path, qint64 periodId, QVector<QPair<qint64, int>> *units,
                 QString *error)
{
    Database db;
    if (!open(db, path, error))
        return false;
    AppraisalFilter filter;
    filter.periodId = periodId;
    QHash<qint64, int> own;
    for (const AppraisalRow &a : AppraisalQuery(db).rows(filter))
        if (a.predikatLevel)
            ++own[a.unitId];
    QHash<qint64, qint64> parent;
    for (const Unit &u : UnitRepository(db).all())
        parent.insert(u.id, u.parentId);
    QHash<qint64, int> subtree;
    for (auto it = own.cbegin(); it != own.cend(); ++it)
        for (qint64 u = it.key(); u != 0; u = parent.value(u))
            subtree[u] += it.value();
    QPair<qint64, int> below{0, 0}, above{0, 0};
    for (auto it = subtree.cbegin(); it != subtree.cend(); ++it) {
        const int n = it.value();
        if (n <= kTargetStaff &&
            (below.first == 0 || n > below.second || (n == below.second && it.key() < below.first)))
            below = {it.key(), n};
        if (n >= kTargetStaff &&
            (above.first == 0 || n < above.second || (n == above.second && it.key() < above.first)))
            above = {it.key(), n};
    }
    units->clear();
    for (const QPair<qint64, int> &u : {below, above})
        if (u.first != 0 && !units->contains(u))
            *units << u;
    // The closer one first.
    std::sort(units->begin(), units->end(), [](const auto &x, const auto &y) {
        return std::abs(x.second - kTargetStaff) < std::abs(y.second - kTargetStaff);
    });
    if (units->isEmpty())
        *error = QStringLiteral("no appraisal has a result in the chosen quarter");
    return !units->isEmpty();
}

// Query, chart and pixels of one unit's trend, on a fresh connection.
bool measureTrend(const QString &path, qint64 unitId, const Period &from, const Period &to,
                  TrendFigures *r, int *periods, QString *error)
{
    Database db;
    if (!open(db, path, error))
        return false;
    for (int run = 0; run <= kChartRuns; ++run) {
        QElapsedTimer total;
        total.start();
        QElapsedTimer step;
        step.start();
        const UnitTrend trend = TrendQuery(db).unit(unitId, true, from, to);
        add(&r->query, run, elapsedMs(step));
        step.restart();
        auto view = std::make_unique<QChartView>(ui::TrendCharts::unit(trend));
        view->resize(1200, 700);
        add(&r->chartBuild, run, elapsedMs(step));
        step.restart();
        const QPixmap pixels = view->grab();
        add(&r->chartRender, run, elapsedMs(step));
        add(&r->total, run, elapsedMs(total));
        if (pixels.isNull()) {
            *error = QStringLiteral("the trend chart rendered nothing");
            return false;
        }
        r->unitName = trend.unitName;
        *periods = static_cast<int>(trend.periods.size());
        const QString png = qEnvironmentVariable("KINERJA_BENCH_CHART_PNG");
        if (run == 0 && !png.isEmpty())
            pixels.save(png.arg(unitId));
    }
    return true;
}

} // namespace

bool measureCharts(const QString &path, ChartFigures *r, QString *error)
{
    QVector<PeriodInfo> quarters;
    {
        Database db;
        if (!open(db, path, error))
            return false;
        for (const PeriodInfo &p : PeriodRepository(db).all())
            if (p.period.kind() == Period::Kind::Quarterly)
                quarters << p;
    }
    if (quarters.isEmpty()) {
        *error = QStringLiteral("the database has no quarterly appraisals (generate it with "
                                "--years)");
        return false;
    }
    const PeriodInfo latest = quarters.last();
    const Period from = quarters.at(qMax(0, quarters.size() - kTrendPeriods)).period;
    r->from = from.toString();
    r->to = latest.code();
    r->period = latest.code();
    // The unit is chosen by the last closed quarter (the latest is still in progress).
    qint64 chosenPeriod = latest.id;
    for (const PeriodInfo &p : std::as_const(quarters))
        if (p.closed)
            chosenPeriod = p.id;
    QVector<QPair<qint64, int>> units;
    if (!chooseUnits(path, chosenPeriod, &units, error))
        return false;
    for (const QPair<qint64, int> &unit : std::as_const(units)) {
        TrendFigures trend;
        trend.staff = unit.second;
        if (!measureTrend(path, unit.first, from, latest.period, &trend, &r->periods, error))
            return false;
        r->trends << trend;
    }

    // The dashboard of the latest quarter.
    Database db;
    if (!open(db, path, error))
        return false;
    qint64 root = 0;
    for (const Unit &u : UnitRepository(db).all())
        if (u.parentId == 0)
            root = u.id;
    for (int run = 0; run <= kChartRuns; ++run) {
        const DashboardQuery query(db);
        QElapsedTimer total;
        total.start();
        QElapsedTimer step;
        step.start();
        const PredikatShare share = query.distribution(latest.id);
        add(&r->distribution, run, elapsedMs(step));
        step.restart();
        const QVector<UnitPendingCounts> pending = query.pendingByOrganisation(latest.id);
        add(&r->pending, run, elapsedMs(step));
        step.restart();
        const QVector<RaterLeniency> leniency = query.raterLeniency(latest.id);
        add(&r->leniency, run, elapsedMs(step));
        step.restart();
        const QVector<SelfGap> gaps = query.selfGap(latest.id);
        add(&r->selfGap, run, elapsedMs(step));
        step.restart();
        const qint64 before = query.previousPeriodOfKind(latest.id);
        add(&r->previousPeriod, run, elapsedMs(step));
        step.restart();
        const QVector<UnitChange> changes =
            before ? query.changes(before, latest.id) : QVector<UnitChange>();
        add(&r->changes, run, elapsedMs(step));
        step.restart();
        const UnitDistribution pattern = AppraisalQuery(db).distribution(latest.id, root, true);
        add(&r->unitDistribution, run, elapsedMs(step));
        add(&r->dashboardTotal, run, elapsedMs(total));
        r->appraisals = share.total();
        r->organisations = static_cast<int>(pending.size());
        r->raters = static_cast<int>(leniency.size());
        if (before)
            if (const std::optional<PeriodInfo> p = PeriodRepository(db).find(before))
                r->previous = p->code();
        Q_UNUSED(gaps);
        Q_UNUSED(changes);
        Q_UNUSED(pattern);
    }
    return true;
}

} // namespace kinerja::bench
