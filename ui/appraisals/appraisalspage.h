#pragma once

#include <QVector>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace kinerja {
class Database;
}

namespace kinerja::ui {

class AppraisalTableModel;
class UnitComboBox;

// The "Appraisals" page: the appraisals of one period, filtered by unit subtree,
// workflow state, predikat and text; what is pending per unit; the unit's predikat
// distribution against its organisation's pattern; the bulk actions (create for a
// unit, copy last period's SKP forward, finalize many) and the appraisal form.
class AppraisalsPage : public QWidget {
    Q_OBJECT
public:
    explicit AppraisalsPage(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    // Reloads the periods (after one was created or closed), keeping the choice.
    void reloadPeriods(qint64 focusPeriodId = 0);
    void refresh();
    void setPeriod(qint64 periodId);
    qint64 periodId() const;
    void setUnit(qint64 unitId);
    qint64 unitId() const;

    AppraisalTableModel *model() const { return m_model; }
    QTableView *view() const { return m_table; }
    QVector<qint64> selectedIds() const;
    qint64 currentAppraisalId() const;

    // The actions (appraisalbulkactions.cpp).
    void createForUnit();
    void copyForward();
    void finalizeSelected();
    void openCurrent();
    void openAppraisal(qint64 id);
    // Sheets of the selected or listed appraisals, or a recap of the unit and period.
    void printAppraisals();
    // The recap of the period and unit, or the unit's employees, to XLSX or CSV.
    void exportAppraisals();

signals:
    void appraisalsChanged();

private:
    void updateDistribution();
    void updatePending();
    void updateButtons();
    QString unitDescription() const;

    Database *m_db = nullptr;
    QComboBox *m_period;
    UnitComboBox *m_unit;
    QCheckBox *m_subunits;
    QComboBox *m_state;
    QComboBox *m_predikat;
    QLineEdit *m_filter;
    QLabel *m_periodInfo;
    QPushButton *m_create;
    QPushButton *m_copy;
    QPushButton *m_finalize;
    QPushButton *m_open;
    QPushButton *m_print;
    QPushButton *m_export;
    QTableView *m_table;
    AppraisalTableModel *m_model;
    QLabel *m_count;
    QLabel *m_distribution;
    QTableWidget *m_pending;
    bool m_loading = false;
};

} // namespace kinerja::ui
