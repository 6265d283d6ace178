#include "accountcommand.h"

#include "console.h"
#include "lookup.h"
#include "storage/accounts.h"
#include "storage/database.h"
#include "storage/employeerepository.h"

#include <QDir>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace kinerja::cli {

namespace {

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(fileno(stdin)) != 0;
#endif
}

// One line from stdin, without the line end; echo off while typing when asked.
QString readLine(bool hidden)
{
#ifdef Q_OS_WIN
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    const bool restore = hidden && GetConsoleMode(in, &mode) &&
                         SetConsoleMode(in, mode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT));
#else
    termios saved{};
    const bool restore = hidden && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (restore) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#endif
    std::string line;
    std::getline(std::cin, line);
#ifdef Q_OS_WIN
    if (restore)
        SetConsoleMode(in, mode);
#else
    if (restore)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
#endif
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

const QStringList kActions = {QStringLiteral("create"),         QStringLiteral("list"),
                              QStringLiteral("link"),           QStringLiteral("roles"),
                              QStringLiteral("reset-password"), QStringLiteral("disable"),
                              QStringLiteral("enable")};

} // namespace

QString AccountCommand::summary() const
{
    return tr("Manage the accounts of an office server: logins, employees, roles.");
}

QString AccountCommand::usage() const
{
    return QStringLiteral("create|list|link|roles|reset-password|disable|enable [LOGIN] [NIP] "
                          "--db postgresql://user@host:port/dbname");
}

QString AccountCommand::description() const
{
    return tr("The admin kepegawaian's (or the database owner's) commands for the accounts of "
              "an office server; each person logs in with a server login of their own, and "
              "the server enforces what each role may see and change.\n"
              "  create LOGIN [--employee NIP] --role ROLE[:UNIT]...  creates the login and "
              "its account\n"
              "  list                          lists the accounts with employee and roles\n"
              "  link LOGIN NIP                links the account to an employee (NIP \"-\" "
              "unlinks)\n"
              "  roles LOGIN --role ROLE[:UNIT]...  replaces the account's roles\n"
              "  reset-password LOGIN          sets a new password\n"
              "  disable LOGIN | enable LOGIN  the login cannot connect while disabled\n"
              "Roles: admin, pengelola, penilai, atasan, pegawai, pimpinan. pengelola and "
              "pimpinan take a unit (its number or exact name; the unit and those below it), "
              "without one the whole agency. The password is asked twice without echo on a "
              "terminal, or read as one line from stdin with --password-stdin; it reaches "
              "the server only as a SCRAM-SHA-256 verifier. Exit code 0 on success, 1 on a "
              "failure, 2 for a wrong command line or a file instead of a server.");
}

void AccountCommand::addOptions(QCommandLineParser &parser)
{
    m_db.setValueName(QStringLiteral("postgresql://…"));
    m_db.setDescription(tr("The server database (required; accounts need an office server)."));
    m_employee.setValueName(QStringLiteral("NIP"));
    m_employee.setDescription(tr("create: the employee the account belongs to."));
    m_role.setValueName(tr("role[:unit]"));
    m_role.setDescription(tr("create, roles: a role, with a unit for pengelola and pimpinan "
                             "(repeat for more)."));
    m_passwordStdin.setDescription(tr("Read the password as one line from stdin."));
    parser.addOption(m_db);
    parser.addOption(m_employee);
    parser.addOption(m_role);
    parser.addOption(m_passwordStdin);
    parser.addPositionalArgument(QStringLiteral("action"), kActions.join(QLatin1Char('|')));
    parser.addPositionalArgument(QStringLiteral("LOGIN"), tr("The account's login."),
                                 QStringLiteral("[LOGIN]"));
    parser.addPositionalArgument(QStringLiteral("NIP"), tr("link: the employee's NIP."),
                                 QStringLiteral("[NIP]"));
}

bool AccountCommand::parseRoles(Database &db, const QStringList &values, QList<RoleGrant> *out,
                                QString *error) const
{
    out->clear();
    for (const QString &value : values) {
        const QString key = value.section(QLatin1Char(':'), 0, 0).trimmed();
        const QString unit = value.section(QLatin1Char(':'), 1).trimmed();
        RoleGrant g;
        if (!roleFromKey(key, &g.role)) {
            *error = tr("Unknown role “%1” in --role %2: use admin, pengelola, penilai, atasan, "
                        "pegawai or pimpinan.")
                         .arg(key, value);
            return false;
        }
        if (!unit.isEmpty()) {
            if (g.role != Role::PengelolaKinerja && g.role != Role::Pimpinan) {
                *error = tr("--role %1: only pengelola and pimpinan take a unit; the scope of "
                            "%2 follows from the account's employee.")
                             .arg(value, key);
                return false;
            }
            QString unitError;
            g.unitId = Lookup::unit(db, unit, &unitError);
            if (g.unitId == 0) {
                *error = QStringLiteral("--role %1: %2").arg(value, unitError);
                return false;
            }
        }
        if (!out->contains(g))
            out->append(g);
    }
    return true;
}

bool AccountCommand::readPassword(const QCommandLineParser &parser, Console &console,
                                  QString *password, QString *error) const
{
    if (parser.isSet(m_passwordStdin)) {
        *password = readLine(false);
    } else if (stdinIsTerminal()) {
        console.err(tr("Password: "));
        *password = readLine(true);
        console.err(QStringLiteral("\n") + tr("Again: "));
        const QString again = readLine(true);
        console.err(QStringLiteral("\n"));
        if (again != *password) {
            *error = tr("The two passwords differ; nothing was changed.");
            return false;
        }
    } else {
        *error = tr("No terminal to ask the password on: give it on stdin with "
                    "--password-stdin.");
        return false;
    }
    if (password->isEmpty()) {
        *error = tr("The password is empty; nothing was changed.");
        return false;
    }
    return true;
}

int AccountCommand::list(Database &db, Console &console)
{
    QList<Account> accounts;
    if (Status s = AccountRepository(db).all(&accounts); !s)
        return console.failure(db.displayName(), s.message());
    QString text;
    for (const Account &a : std::as_const(accounts)) {
        QStringList roles;
        for (const RoleGrant &g : a.roles)
            roles << (g.unitId ? QStringLiteral("%1:%2").arg(roleKey(g.role)).arg(g.unitId)
                               : roleKey(g.role));
        text += a.login + QLatin1Char('\t') +
                (a.employeeNip.isEmpty() ? QStringLiteral("-") : a.employeeNip) +
                QLatin1Char('\t') + a.employeeName + QLatin1Char('\t') +
                (roles.isEmpty() ? QStringLiteral("-") : roles.join(QLatin1Char(','))) +
                QLatin1Char('\t') + (a.disabled ? tr("disabled") : tr("enabled")) +
                QLatin1Char('\n');
    }
    console.out(text);
    console.err(tr("%n account(s).", nullptr, static_cast<int>(accounts.size())) +
                QLatin1Char('\n'));
    return ExitSuccess;
}

int AccountCommand::run(const QCommandLineParser &parser, Console &console)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action.isEmpty())
        return console.usageError(
            tr("Say what to do: %1.").arg(kActions.join(QStringLiteral(", "))), name());
    if (!kActions.contains(action))
        return console.usageError(
            tr("Unknown action “%1”: use %2.").arg(action, kActions.join(QStringLiteral(", "))),
            name());
    const qsizetype expected = action == QLatin1String("list")   ? 1
                               : action == QLatin1String("link") ? 3
                                                                 : 2;
    if (args.size() < expected)
        return console.usageError(action == QLatin1String("link")
                                      ? tr("account link needs the login and the NIP.")
                                      : tr("account %1 needs the login.").arg(action),
                                  name());
    if (args.size() > expected)
        return console.usageError(tr("Unexpected argument “%1”.").arg(args.at(expected)), name());
    const bool takesRoles = action == QLatin1String("create") || action == QLatin1String("roles");
    if (!takesRoles && parser.isSet(m_role))
        return console.usageError(tr("--role belongs to account create and account roles."),
                                  name());
    if (action != QLatin1String("create") && parser.isSet(m_employee))
        return console.usageError(tr("--employee belongs to account create; use account link."),
                                  name());
    if (action == QLatin1String("roles") && !parser.isSet(m_role))
        return console.usageError(tr("account roles needs at least one --role."), name());

    const QString location = parser.isSet(m_db) ? parser.value(m_db) : Database::defaultPath();
    if (!ServerAddress::isServerLocation(location))
        return console.usageError(
            tr("Accounts need an office server: --db postgresql://user@host:port/dbname, not "
               "the file “%1”. On a file the person working is the computer's user.")
                .arg(QDir::toNativeSeparators(location)),
            name());
    Database db;
    QString error;
    if (!Lookup::openDatabase(location, db, &error))
        return console.failure(location, error);
    if (action == QLatin1String("list"))
        return list(db, console);

    AccountRepository accounts(db);
    const QString &login = args.at(1);
    QList<RoleGrant> roles;
    if (takesRoles && !parseRoles(db, parser.values(m_role), &roles, &error))
        return console.usageError(error, name());

    if (action == QLatin1String("create")) {
        qint64 employeeId = 0;
        if (parser.isSet(m_employee)) {
            const QString nip = parser.value(m_employee).trimmed();
            const std::optional<Employee> e = EmployeeRepository(db).findByNip(nip);
            if (!e)
                return console.failure(db.displayName(),
                                       tr("There is no employee with NIP %1.").arg(nip));
            employeeId = e->id;
        }
        QString password;
        if (!readPassword(parser, console, &password, &error))
            return console.failure(login, error);
        qint64 id = 0;
        if (Status s = accounts.create(login, password, employeeId, roles, &id); !s)
            return console.failure(db.displayName(), s.message());
        console.out(tr("Created the account %1 with its server login.").arg(login) +
                    QLatin1Char('\n'));
        return ExitSuccess;
    }

    Account account;
    if (Status s = accounts.find(login, &account); !s)
        return console.failure(db.displayName(), s.message());
    Status s;
    QString done;
    if (action == QLatin1String("link")) {
        const QString nip = args.at(2).trimmed();
        qint64 employeeId = 0;
        if (nip != QLatin1String("-")) {
            const std::optional<Employee> e = EmployeeRepository(db).findByNip(nip);
            if (!e)
                return console.failure(db.displayName(),
                                       tr("There is no employee with NIP %1.").arg(nip));
            employeeId = e->id;
        }
        s = accounts.link(account.id, employeeId);
        done = employeeId ? tr("Linked %1 to the employee %2.").arg(login, nip)
                          : tr("Unlinked %1 from its employee.").arg(login);
    } else if (action == QLatin1String("roles")) {
        s = accounts.setRoles(account.id, roles);
        done = tr("Set the roles of %1.").arg(login);
    } else if (action == QLatin1String("reset-password")) {
        QString password;
        if (!readPassword(parser, console, &password, &error))
            return console.failure(login, error);
        s = accounts.resetPassword(account.id, password);
        done = tr("Set a new password for %1.").arg(login);
    } else {
        const bool disable = action == QLatin1String("disable");
        s = accounts.setDisabled(account.id, disable);
        done = disable ? tr("Disabled %1: the login cannot connect.").arg(login)
                       : tr("Enabled %1.").arg(login);
    }
    if (!s)
        return console.failure(db.displayName(), s.message());
    console.out(done + QLatin1Char('\n'));
    return ExitSuccess;
}

} // namespace kinerja::cli
