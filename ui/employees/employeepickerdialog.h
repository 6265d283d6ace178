#pragma once

#include "storage/employeelistquery.h"

#include <QDialog>

class QLineEdit;
class QTableView;
class QDialogButtonBox;
class QLabel;

namespace kinerja {
class Database;
}

namespace kinerja::ui {

class EmployeeTableModel;

// Finds one employee among many: a live filter over the lazy employee table.
// Used to choose an atasan or the head of a unit.
class EmployeePickerDialog : public QDialog {
    Q_OBJECT
public:
    EmployeePickerDialog(Database &db, const QString &title, QWidget *parent = nullptr);

    // Restricts the list (e.g. to the staff of one unit); empty = everyone.
    void setUnitIds(const QVector<qint64> &unitIds);
    void setExcluded(qint64 employeeId) { m_excluded = employeeId; }
    void setFilterText(const QString &text);
    void setPrompt(const QString &text);
    qint64 selectedId() const;
    QString selectedName() const; // as the list shows it

private:
    void applyFilter();
    void updateButtons();

    EmployeeTableModel *m_model;
    QLabel *m_prompt;
    QLineEdit *m_filter;
    QTableView *m_table;
    QDialogButtonBox *m_buttons;
    EmployeeFilter m_base;
    qint64 m_excluded = 0;
};

} // namespace kinerja::ui
