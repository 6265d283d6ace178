#pragma once

#include "storage/accounts.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kinerja::ui {

class UnitComboBox;

// One account's login, employee, roles with their scope, or a new password: what the
// account dialog asks for a new account, for changing roles, or for a password reset.
class AccountEditor : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Create, Roles, Password };
    AccountEditor(Database &db, Mode mode, const Account &account, QWidget *parent = nullptr);

    QString login() const;
    QString password() const;
    qint64 employeeId() const { return m_employeeId; }
    QList<RoleGrant> roles() const;
    void setEmployee(qint64 id, const QString &text);

    // The first problem with the input, translated; empty when it may be saved.
    QString problem() const;
    void accept() override;

    // Roles whose scope is a unit; the others' follows from the account's employee.
    static bool hasUnitScope(Role role);

private:
    void chooseEmployee();

    Database &m_db;
    Mode m_mode;
    QLineEdit *m_login = nullptr;
    QLabel *m_employee = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error;
    QMap<Role, QCheckBox *> m_roleChecks;
    QMap<Role, UnitComboBox *> m_scopes;
    qint64 m_employeeId = 0;
};

} // namespace kinerja::ui
