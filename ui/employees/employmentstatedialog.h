#pragma once

#include "domain/employee.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QPushButton;

namespace kinerja {
class Database;
}

namespace kinerja::ui {

class FieldMessage;

// Changes an employee's employment state (pensiun, mutasi keluar, meninggal,
// or back to active) and the date it began.
class EmploymentStateDialog : public QDialog {
    Q_OBJECT
public:
    EmploymentStateDialog(Database &db, const Employee &employee, QWidget *parent = nullptr);

private:
    void updateState();
    void save();

    Database &m_db;
    Employee m_employee;
    QComboBox *m_state;
    QDateEdit *m_date;
    FieldMessage *m_error;
    QPushButton *m_save;
};

} // namespace kinerja::ui
