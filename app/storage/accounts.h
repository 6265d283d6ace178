#pragma once

#include "domain/role.h"
#include "domain/status.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace kinerja {

class Database;

// A person who logs in: on a server, a PostgreSQL login of their own (SCRAM-SHA-256)
// whose rights the server enforces (GRANTs and row-level security, migration 012).
struct Account {
    qint64 id = 0;
    QString login;         // the server login name
    qint64 employeeId = 0; // 0 = not linked to an employee
    QString employeeNip;   // filled by the queries, empty when not linked
    QString employeeName;
    bool disabled = false;
    QList<RoleGrant> roles;
};

// Account management through the server's own functions (SECURITY DEFINER, checking that
// the caller is an admin kepegawaian), so that an admin need not be a superuser.
// On a SQLite file every call but current() returns an error saying accounts need a server.
class AccountRepository {
    Q_DECLARE_TR_FUNCTIONS(kinerja::AccountRepository)
public:
    explicit AccountRepository(Database &db) : m_db(db) {}

    // The session of the connection's login; an error when it cannot be read.
    Status current(Session *out) const;
    Status all(QList<Account> *out) const;
    Status find(const QString &login, Account *out) const;
    // Creates the server login with `password` and the account; id in *id.
    Status create(const QString &login, const QString &password, qint64 employeeId,
                  const QList<RoleGrant> &roles, qint64 *id = nullptr);
    Status link(qint64 accountId, qint64 employeeId); // 0 unlinks
    Status setRoles(qint64 accountId, const QList<RoleGrant> &roles);
    Status resetPassword(qint64 accountId, const QString &password);
    // A disabled account's login cannot connect (NOLOGIN); enabling gives it back.
    Status setDisabled(qint64 accountId, bool disabled);

private:
    Database &m_db;
};

} // namespace kinerja
