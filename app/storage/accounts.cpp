#include "accounts.h"

#include "database.h"
#include "refusal.h"
#include "scram.h"
#include "sqlutil.h"
#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kinerja {

namespace {

// Why the server refused: a missing right in the words of every refusal, the account
// functions' other refusals by their SQLSTATE, else the server's own message without the
// driver's decoration.
QString serverMessage(const QSqlQuery &q)
{
    const QSqlError error = q.lastError();
    if (Refusal::is(error))
        return Refusal::message();
    const QString state = error.nativeErrorCode();
    if (state == QLatin1String("42710"))
        return AccountRepository::tr("that login already exists on the server.");
    if (state == QLatin1String("22023"))
        return AccountRepository::tr(
            "a login is up to 63 lower-case letters, digits, “_” and “.”, starting with a "
            "letter, and not a name the server reserves.");
    if (state == QLatin1String("P0002"))
        return AccountRepository::tr("there is no such account.");
    QString text = q.lastError().databaseText().trimmed();
    if (text.startsWith(QLatin1String("ERROR:")))
        text = text.mid(6).trimmed();
    const qsizetype code = text.lastIndexOf(QLatin1String("\n("));
    if (code > 0)
        text = text.left(code).trimmed();
    return text.isEmpty() ? q.lastError().text() : text;
}

// Role keys and units as PostgreSQL array literals: "{pengelola,penilai}", "{12,0}".
void roleArrays(const QList<RoleGrant> &roles, QString *keys, QString *units)
{
    QStringList k;
    QStringList u;
    for (const RoleGrant &g : roles) {
        k << roleKey(g.role);
        u << QString::number(g.unitId);
    }
    *keys = QLatin1Char('{') + k.join(QLatin1Char(',')) + QLatin1Char('}');
    *units = QLatin1Char('{') + u.join(QLatin1Char(',')) + QLatin1Char('}');
}

// Replaces the roles of the account (and the login's group roles) with `q`.
Status runSetRoles(QSqlQuery &q, qint64 accountId, const QList<RoleGrant> &roles)
{
    QString keys;
    QString units;
    roleArrays(roles, &keys, &units);
    q.prepare(QStringLiteral("SELECT kinerja_account_set_roles(CAST(? AS BIGINT), "
                             "CAST(? AS TEXT[]), CAST(? AS BIGINT[]))"));
    q.addBindValue(accountId);
    q.addBindValue(keys);
    q.addBindValue(units);
    if (!q.exec())
        return Status::error(
            AccountRepository::tr("Cannot set the account's roles: %1").arg(serverMessage(q)),
            QStringLiteral("roles"));
    return Status::ok();
}

Status needServer(const Database &db)
{
    if (db.isServer())
        return Status::ok();
    return Status::error(AccountRepository::tr(
        "Accounts need an office server: on a file the person working is the computer's user."));
}

} // namespace

Status AccountRepository::current(Session *out) const
{
    *out = Session();
    if (!m_db.isServer()) {
        out->login = m_db.userName();
        out->osUser = true;
        return Status::ok();
    }
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT session_user, kinerja_is_owner(session_user)")) || !q.next())
        return Status::error(tr("Cannot read who is logged in: %1").arg(serverMessage(q)));
    out->login = q.value(0).toString();
    out->superuser = q.value(1).toBool();
    if (!q.exec(QStringLiteral(
            "SELECT id, employee_id, disabled, employee_active FROM kinerja_session_account()")))
        return Status::error(
            tr("Cannot read the account of %1: %2").arg(out->login, serverMessage(q)));
    if (q.next() && !q.value(0).isNull()) {
        out->accountId = q.value(0).toLongLong();
        out->employeeId = q.value(1).toLongLong();
    }
    // A disabled account or one whose employee left has no roles (the server gives none).
    if (!q.exec(QStringLiteral("SELECT role, unit_id FROM kinerja_session_roles()")))
        return Status::error(
            tr("Cannot read the roles of %1: %2").arg(out->login, serverMessage(q)));
    while (q.next()) {
        RoleGrant g;
        if (roleFromKey(q.value(0).toString(), &g.role)) {
            g.unitId = q.value(1).toLongLong();
            out->roles << g;
        }
    }
    return Status::ok();
}

Status AccountRepository::all(QList<Account> *out) const
{
    out->clear();
    if (Status s = needServer(m_db); !s)
        return s;
    QSqlQuery q(m_db.connection());
    if (!q.exec(
            QStringLiteral("SELECT a.id, a.login, coalesce(a.employee_id, 0), coalesce(e.nip, ''), "
                           "coalesce(e.name, ''), a.disabled FROM account a "
                           "LEFT JOIN employee e ON e.id = a.employee_id ORDER BY a.login")))
        return Status::error(tr("Cannot read the accounts: %1").arg(serverMessage(q)));
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        Account a;
        a.id = q.value(0).toLongLong();
        a.login = q.value(1).toString();
        a.employeeId = q.value(2).toLongLong();
        a.employeeNip = q.value(3).toString();
        a.employeeName = q.value(4).toString();
        a.disabled = q.value(5).toBool();
        index.insert(a.id, out->size());
        out->append(a);
    }
    if (!q.exec(QStringLiteral("SELECT account_id, role, coalesce(unit_id, 0) FROM account_role "
                               "ORDER BY account_id, role, unit_id")))
        return Status::error(tr("Cannot read the accounts' roles: %1").arg(serverMessage(q)));
    while (q.next()) {
        RoleGrant g;
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.constEnd() && roleFromKey(q.value(1).toString(), &g.role)) {
            g.unitId = q.value(2).toLongLong();
            (*out)[*it].roles << g;
        }
    }
    return Status::ok();
}

Status AccountRepository::find(const QString &login, Account *out) const
{
    QList<Account> accounts;
    if (Status s = all(&accounts); !s)
        return s;
    for (const Account &a : std::as_const(accounts)) {
        if (a.login == login) {
            *out = a;
            return Status::ok();
        }
    }
    return Status::error(tr("There is no account “%1”.").arg(login), QStringLiteral("login"));
}

Status AccountRepository::create(const QString &login, const QString &password, qint64 employeeId,
                                 const QList<RoleGrant> &roles, qint64 *id)
{
    if (Status s = needServer(m_db); !s)
        return s;
    if (password.isEmpty())
        return Status::error(tr("The new account needs a password."), QStringLiteral("password"));
    // The statements outlive the transaction: freeing one in an aborted transaction fails.
    QSqlQuery create(m_db.connection());
    QSqlQuery roleQuery(m_db.connection());
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::error(tr("Cannot create the account “%1”: %2").arg(login, tx.lastError()));
    create.prepare(QStringLiteral("SELECT kinerja_account_create(?, ?, CAST(? AS BIGINT))"));
    create.addBindValue(login);
    create.addBindValue(scramSha256Verifier(password));
    create.addBindValue(employeeId);
    if (!create.exec() || !create.next()) {
        const QString message = serverMessage(create);
        tx.rollback();
        return Status::error(tr("Cannot create the account “%1”: %2").arg(login, message),
                             QStringLiteral("login"));
    }
    const qint64 newId = create.value(0).toLongLong();
    if (Status s = runSetRoles(roleQuery, newId, roles); !s) {
        tx.rollback();
        return s;
    }
    if (!tx.commit())
        return Status::error(tr("Cannot create the account “%1”: %2").arg(login, tx.lastError()));
    if (id)
        *id = newId;
    return Status::ok();
}

Status AccountRepository::link(qint64 accountId, qint64 employeeId)
{
    if (Status s = needServer(m_db); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT kinerja_account_link(CAST(? AS BIGINT), CAST(? AS BIGINT))"));
    q.addBindValue(accountId);
    q.addBindValue(employeeId);
    if (!q.exec())
        return Status::error(
            tr("Cannot link the account to the employee: %1").arg(serverMessage(q)),
            QStringLiteral("employee"));
    return Status::ok();
}

Status AccountRepository::setRoles(qint64 accountId, const QList<RoleGrant> &roles)
{
    if (Status s = needServer(m_db); !s)
        return s;
    QSqlQuery q(m_db.connection());
    return runSetRoles(q, accountId, roles);
}

Status AccountRepository::resetPassword(qint64 accountId, const QString &password)
{
    if (Status s = needServer(m_db); !s)
        return s;
    if (password.isEmpty())
        return Status::error(tr("The new password is empty."), QStringLiteral("password"));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT kinerja_account_password(CAST(? AS BIGINT), ?)"));
    q.addBindValue(accountId);
    q.addBindValue(scramSha256Verifier(password));
    if (!q.exec())
        return Status::error(tr("Cannot set the password: %1").arg(serverMessage(q)),
                             QStringLiteral("password"));
    return Status::ok();
}

Status AccountRepository::setDisabled(qint64 accountId, bool disabled)
{
    if (Status s = needServer(m_db); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT kinerja_account_disable(CAST(? AS BIGINT), CAST(? AS BOOLEAN))"));
    q.addBindValue(accountId);
    q.addBindValue(disabled);
    if (!q.exec())
        return Status::error(
            (disabled ? tr("Cannot disable the account: %1") : tr("Cannot enable the account: %1"))
                .arg(serverMessage(q)));
    return Status::ok();
}

} // namespace kinerja
