#pragma once

#include <QWidget>

class QChart;
class QChartView;

namespace kinerja {
class Database;
}

namespace kinerja::ui {

// The agency dashboard of one period: the predikat distribution, what is pending per
// organisation, rater leniency, the self-assessment gap and the organisations that
// changed most since the previous period of the same kind. Every bar leads somewhere:
// an organisation to its unit chart (pending ones to its appraisals), a rater to the
// employee. The chart last clicked is the current one (Save / Print act on it); each
// chart also has its own Save and Print in its context menu.
class DashboardView : public QWidget {
    Q_OBJECT
public:
    explicit DashboardView(QWidget *parent = nullptr);

    // Queries and draws everything for the period; periodId 0 clears the charts.
    void showPeriod(Database *db, qint64 periodId);
    QChartView *currentView() const { return m_current; }
    QList<QChartView *> views() const;

signals:
    void openUnit(qint64 unitId);
    void openPendingUnit(qint64 unitId); // the unit's appraisals of the period
    void openEmployee(qint64 employeeId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QChartView *addView(const char *objectName);
    void setChart(QChartView *view, QChart *chart, void (DashboardView::*drill)(qint64));
    void setCurrent(QChartView *view);

    QChartView *m_distribution;
    QChartView *m_pending;
    QChartView *m_leniency;
    QChartView *m_gap;
    QChartView *m_changes;
    QChartView *m_current;
};

} // namespace kinerja::ui
