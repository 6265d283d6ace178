#include "dashboardview.h"

#include "charts/chartexport.h"
#include "charts/dashboardcharts.h"
#include "common/displaytext.h"
#include "storage/dashboardquery.h"
#include "storage/database.h"
#include "storage/periodrepository.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QToolTip>

namespace kinerja::ui {

DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent), m_distribution(addView("dashboardDistribution")),
      m_pending(addView("dashboardPending")), m_leniency(addView("dashboardLeniency")),
      m_gap(addView("dashboardSelfGap")), m_changes(addView("dashboardChanges")),
      m_current(m_distribution)
{
    setObjectName(QStringLiteral("dashboardView"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_distribution, 0, 0);
    grid->addWidget(m_pending, 0, 1);
    grid->addWidget(m_leniency, 1, 0);
    grid->addWidget(m_gap, 1, 1);
    grid->addWidget(m_changes, 2, 0, 1, 2);
    setCurrent(m_distribution);
}

QList<QChartView *> DashboardView::views() const
{
    return {m_distribution, m_pending, m_leniency, m_gap, m_changes};
}

QChartView *DashboardView::addView(const char *objectName)
{
    auto *view = new QChartView(this);
    view->setObjectName(QLatin1String(objectName));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(480, 500); // room for eight bars named on two lines
    view->viewport()->installEventFilter(this);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *save = new QAction(tr("Save this chart…"), view);
    auto *print = new QAction(tr("Print this chart…"), view);
    connect(save, &QAction::triggered, this,
            [this, view] { ChartExport::saveAs(this, view, view->chart()->title()); });
    connect(print, &QAction::triggered, this, [this, view] { ChartExport::print(this, view); });
    view->addActions({save, print});
    return view;
}

bool DashboardView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress)
        for (QChartView *view : views())
            if (view->viewport() == watched)
                setCurrent(view);
    return QWidget::eventFilter(watched, event);
}

void DashboardView::setCurrent(QChartView *view)
{
    m_current = view;
    for (QChartView *v : views())
        v->setStyleSheet(v == view ? QStringLiteral("QChartView { border: 2px solid #1565c0; }")
                                   : QStringLiteral("QChartView { border: 2px solid "
                                                    "transparent; }"));
}

void DashboardView::showPeriod(Database *db, qint64 periodId)
{
    const std::optional<PeriodInfo> period =
        db && periodId ? PeriodRepository(*db).find(periodId) : std::nullopt;
    if (!period) {
        for (QChartView *view : views())
            setChart(view, new QChart, nullptr);
        return;
    }
    const DashboardQuery query(*db);
    const QString code = period->code();
    setChart(m_distribution, DashboardCharts::distribution(query.distribution(periodId), code),
             nullptr);
    setChart(m_pending, DashboardCharts::pending(query.pendingByOrganisation(periodId), code),
             &DashboardView::openPendingUnit);
    setChart(m_leniency, DashboardCharts::leniency(query.raterLeniency(periodId), code),
             &DashboardView::openEmployee);
    setChart(m_gap, DashboardCharts::selfGap(query.selfGap(periodId), code),
             &DashboardView::openUnit);
    const qint64 before = query.previousPeriodOfKind(periodId);
    const std::optional<PeriodInfo> previous =
        before ? PeriodRepository(*db).find(before) : std::nullopt;
    setChart(
        m_changes,
        DashboardCharts::changes(before ? query.changes(before, periodId) : QVector<UnitChange>(),
                                 previous ? previous->code() : QString(), code),
        &DashboardView::openUnit);
}

void DashboardView::setChart(QChartView *view, QChart *chart, void (DashboardView::*drill)(qint64))
{
    const auto series = chart->series();
    for (QAbstractSeries *s : series) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(s);
        if (!bars)
            continue;
        const QVariantList ids = bars->property(DashboardCharts::IdsProperty).toList();
        if (drill && !ids.isEmpty()) {
            // Queued: drilling down may redraw, deleting the chart that sends the click.
            connect(
                bars, &QAbstractBarSeries::clicked, this,
                [this, ids, drill](int index) {
                    if (index >= 0 && index < ids.size())
                        emit(this->*drill)(ids.at(index).toLongLong());
                },
                Qt::QueuedConnection);
        }
        // The bar's class, category and value: the axis labels may be cut short.
        connect(bars, &QAbstractBarSeries::hovered, this,
                [chart](bool on, int index, QBarSet *set) {
                    if (!on)
                        return QToolTip::hideText();
                    QString category;
                    const auto axes = chart->axes();
                    for (QAbstractAxis *a : axes)
                        if (auto *c = qobject_cast<QBarCategoryAxis *>(a))
                            category = c->at(index);
                    QToolTip::showText(
                        QCursor::pos(),
                        tr("%1\n%2: %3")
                            .arg(category, set->label(), DisplayText::decimal(set->at(index), 2)));
                });
    }
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace kinerja::ui
