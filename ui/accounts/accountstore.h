#pragma once

#include "storage/accounts.h"

#include <memory>

namespace kinerja::ui {

// What the account dialogs need of AccountRepository, behind an interface so that the
// dialogs can be tried without a server's account functions.
class AccountStore {
public:
    virtual ~AccountStore() = default;
    virtual Status all(QList<Account> *out) = 0;
    virtual Status create(const QString &login, const QString &password, qint64 employeeId,
                          const QList<RoleGrant> &roles, qint64 *id) = 0;
    virtual Status link(qint64 accountId, qint64 employeeId) = 0;
    virtual Status setRoles(qint64 accountId, const QList<RoleGrant> &roles) = 0;
    virtual Status resetPassword(qint64 accountId, const QString &password) = 0;
    virtual Status setDisabled(qint64 accountId, bool disabled) = 0;

    // The server's accounts (AccountRepository on `db`).
    static std::unique_ptr<AccountStore> forDatabase(Database &db);
};

} // namespace kinerja::ui
