#pragma once

#include "accounts/accountstore.h"

#include <QDialog>
#include <QHash>
#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace kinerja::ui {

// Alat → Akun pengguna: the server's accounts, and creating, linking, changing roles,
// resetting passwords and disabling them. Every refusal is shown as the store says it.
class AccountsDialog : public QDialog {
    Q_OBJECT
public:
    AccountsDialog(Database &db, std::unique_ptr<AccountStore> store, QWidget *parent = nullptr);
    ~AccountsDialog() override;

    void reload();
    void selectLogin(const QString &login);
    const Account *current() const;

    void createAccount();
    void linkEmployee();
    void changeRoles();
    void resetPassword();
    void toggleDisabled();

private:
    QString rolesText(const Account &account) const;
    void updateButtons();
    // Shows a failure; true when `s` is ok.
    bool check(const Status &s, const QString &what);

    Database &m_db;
    std::unique_ptr<AccountStore> m_store;
    QList<Account> m_accounts;
    QHash<qint64, QString> m_unitNames;
    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_create;
    QPushButton *m_link;
    QPushButton *m_roles;
    QPushButton *m_password;
    QPushButton *m_disable;
};

} // namespace kinerja::ui
