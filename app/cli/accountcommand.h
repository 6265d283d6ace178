#pragma once

#include "command.h"
#include "domain/role.h"

#include <QCoreApplication>
#include <QList>

namespace kinerja {
class Database;
}

namespace kinerja::cli {

// kinerja-cli account create|list|link|roles|reset-password|disable|enable: the accounts
// of an office server (migration 12), through the server's account functions, so the
// caller must be an admin kepegawaian or the database owner.
class AccountCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(kinerja::cli::AccountCommand)
public:
    QString name() const override { return QStringLiteral("account"); }
    QString summary() const override;
    QString description() const override;
    bool takesArguments() const override { return true; }
    QString usage() const override;
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, Console &console) override;

private:
    // --role KEY[:UNIT] values as grants; false with *error naming the bad value.
    bool parseRoles(Database &db, const QStringList &values, QList<RoleGrant> *out,
                    QString *error) const;
    // The password from stdin (--password-stdin), or asked twice without echo on a
    // terminal; false with *error otherwise.
    bool readPassword(const QCommandLineParser &parser, Console &console, QString *password,
                      QString *error) const;
    int list(Database &db, Console &console);

    QCommandLineOption m_db{QStringLiteral("db")};
    QCommandLineOption m_employee{QStringLiteral("employee")};
    QCommandLineOption m_role{QStringLiteral("role")};
    QCommandLineOption m_passwordStdin{QStringLiteral("password-stdin")};
};

} // namespace kinerja::cli
