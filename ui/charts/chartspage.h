#pragma once

#include "scoring/period.h"

#include <QWidget>

class QCheckBox;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;

namespace kinerja {
class Database;
}

namespace kinerja::ui {

class UnitComboBox;

// The "Charts" page: the trend of one employee, the predikat distribution of a unit
// per period (with or without its sub-units) and the comparison of its sub-units in
// the last period of the range. Every chart can be saved (PNG, SVG, PDF) and printed;
// a sub-unit bar opens that unit, an employee's point opens that appraisal.
class ChartsPage : public QWidget {
    Q_OBJECT
public:
    enum View { EmployeeView, UnitView, SubunitView };

    explicit ChartsPage(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    // Periods, units or results changed; redrawn at once when shown, else on showing.
    void reload();
    void showView(View view);
    void setEmployee(qint64 employeeId);
    void setUnit(qint64 unitId);
    // The range by period names of the chosen kind; false when either is unknown.
    bool setRange(const QString &from, const QString &to);
    QChartView *chartView() const { return m_view; }

signals:
    void openAppraisal(qint64 appraisalId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillPeriods();
    void updateControls(); // which controls the current view uses
    void redraw();
    void chooseEmployee();
    Period::Kind kind() const;
    Period periodAt(QComboBox *combo) const;

    Database *m_db = nullptr;
    qint64 m_employeeId = 0;
    QComboBox *m_viewCombo;
    QComboBox *m_kind;
    QComboBox *m_from;
    QComboBox *m_to;
    UnitComboBox *m_unit;
    QCheckBox *m_subunits;
    QPushButton *m_employee;
    QLabel *m_note;
    QChartView *m_view;
    QPushButton *m_save;
    QPushButton *m_print;
    bool m_filling = false;
    bool m_stale = true; // no queries for a hidden page (start-up, bulk actions)
};

} // namespace kinerja::ui
