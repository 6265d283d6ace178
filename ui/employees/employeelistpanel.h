#pragma once

#include <QVector>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace kinerja {
class Database;
}

namespace kinerja::ui {

class EmployeeTableModel;

// The employee table with its live filter, the "show inactive" and "include
// sub-units" toggles and the counts. The unit scope comes from the unit tree.
class EmployeeListPanel : public QWidget {
    Q_OBJECT
public:
    explicit EmployeeListPanel(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    // The unit whose staff is listed (0: everyone), its name and its sub-units
    // (used while "include sub-units" is on); `subtreeIsEverything` when the
    // subtree holds every unit (the root), which needs no unit condition.
    void setUnit(qint64 unitId, const QString &unitName, const QVector<qint64> &subtreeIds,
                 bool subtreeIsEverything = false);
    void setShowInactive(bool on);
    bool showInactive() const;
    void setIncludeSubunits(bool on);
    bool includeSubunits() const;
    void setFilterText(const QString &text);

    // Re-queries (after a change), keeping the selected employee if still listed.
    void refresh();
    qint64 currentEmployeeId() const;
    void selectEmployee(qint64 id);
    void selectFirst();
    void focusFilter();
    void focusTable();

    EmployeeTableModel *model() const { return m_model; }
    QTableView *view() const { return m_table; }
    QString countText() const;

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void currentEmployeeChanged(qint64 id);
    void employeeActivated(qint64 id);
    void showInactiveChanged(bool on);
    void includeSubunitsChanged(bool on);
    void countsChanged(const QString &text);

private:
    void applyFilter();
    void afterReload();
    void updateCounts();
    void fitColumns(int width);

    Database *m_db = nullptr;
    EmployeeTableModel *m_model;
    QLabel *m_title;
    QLineEdit *m_filter;
    QCheckBox *m_includeSubunits;
    QCheckBox *m_showInactive;
    QTableView *m_table;
    QLabel *m_count;
    qint64 m_unitId = 0;
    QVector<qint64> m_subtree;
    bool m_subtreeIsEverything = false;
    qint64 m_currentId = 0;
    bool m_columnsFitted = false; // the user sized a column, or widths were restored
    bool m_fitting = false;
};

} // namespace kinerja::ui
