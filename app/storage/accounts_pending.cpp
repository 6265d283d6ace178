// Stand-in for AccountRepository until its implementation (accounts.cpp, branch
// accounts-rls) is merged: app/storage/CMakeLists.txt builds this file only while
// accounts.cpp does not exist. The session is the login with every right, as before
// accounts existed (the server enforces nothing more either); every other call says that
// accounts are not available yet.
#include "accounts.h"

#include "database.h"

namespace kinerja {

namespace {
Status pending()
{
    return Status::error(AccountRepository::tr("Accounts are not available in this build of "
                                               "Kinerja."),
                         QStringLiteral("accounts"));
}
} // namespace

Status AccountRepository::current(Session *out) const
{
    *out = Session();
    out->login = m_db.userName();
    out->superuser = true;
    return Status::ok();
}
Status AccountRepository::all(QList<Account> *) const
{
    return pending();
}
Status AccountRepository::find(const QString &, Account *) const
{
    return pending();
}
Status AccountRepository::create(const QString &, const QString &, qint64, const QList<RoleGrant> &,
                                 qint64 *)
{
    return pending();
}
Status AccountRepository::link(qint64, qint64)
{
    return pending();
}
Status AccountRepository::setRoles(qint64, const QList<RoleGrant> &)
{
    return pending();
}
Status AccountRepository::resetPassword(qint64, const QString &)
{
    return pending();
}
Status AccountRepository::setDisabled(qint64, bool)
{
    return pending();
}

} // namespace kinerja
