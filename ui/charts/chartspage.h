#pragma once

#include "scoring/period.h"

#include <QWidget>

class QChart;
class QCheckBox;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace kinerja {
class Database;
}

namespace kinerja::ui {

class DashboardView;
class UnitComboBox;

// The "Charts" page: the trend of one employee, the predikat distribution of a unit
// per period (with or without its sub-units), the comparison of its sub-units and its
// distribution against the pattern in one period, and the agency dashboard of one
// period. Every chart can be saved (PNG, SVG, PDF) and printed. Drill-down: a unit bar
// shows that unit, a rater opens the employee, a pending bar that unit's appraisals,
// an employee's point that appraisal.
class ChartsPage : public QWidget {
    Q_OBJECT
public:
    enum View { EmployeeView, UnitView, SubunitView, PatternView, AgencyView };

    explicit ChartsPage(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    // Periods, units or results changed; redrawn at once when shown, else on showing.
    void reload();
    void showView(View view);
    void setEmployee(qint64 employeeId);
    void setUnit(qint64 unitId);
    // The range by period names of the chosen kind; false when either is unknown.
    bool setRange(const QString &from, const QString &to);
    // The single chart of the trend views.
    QChartView *chartView() const { return m_view; }
    DashboardView *dashboard() const { return m_dashboard; }
    // What Save and Print act on: the chart shown, or the dashboard's current one.
    QChartView *currentChartView() const;

signals:
    void openAppraisal(qint64 appraisalId);
    void openEmployee(qint64 employeeId);
    // The appraisals of a unit (with its sub-units) in a period.
    void openAppraisals(qint64 periodId, qint64 unitId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillPeriods();
    void updateControls(); // which controls the current view uses
    void redraw();
    void chooseEmployee();
    QChart *employeeChart(QString *note);
    QChart *subunitChart(QString *note);
    QChart *patternChart(QString *note);
    View view() const;
    qint64 periodIdAt(QComboBox *combo) const;
    Period::Kind kind() const;
    Period periodAt(QComboBox *combo) const;

    Database *m_db = nullptr;
    qint64 m_employeeId = 0;
    QComboBox *m_viewCombo;
    QComboBox *m_kind;
    QLabel *m_fromLabel;
    QComboBox *m_from;
    QLabel *m_toLabel;
    QComboBox *m_to;
    UnitComboBox *m_unit;
    QCheckBox *m_subunits;
    QPushButton *m_employee;
    QPushButton *m_record; // the chosen employee's record
    QLabel *m_note;
    QStackedWidget *m_stack;
    QChartView *m_view;
    DashboardView *m_dashboard;
    QPushButton *m_save;
    QPushButton *m_print;
    bool m_filling = false;
    bool m_stale = true; // no queries for a hidden page (start-up, bulk actions)
};

} // namespace kinerja::ui
