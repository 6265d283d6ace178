#include "servercommand.h"

#include "console.h"
#include "copyprogress.h"
#include "interrupt.h"
#include "lookup.h"
#include "storage/database.h"
#include "storage/databasecopy.h"

#include <QDir>

#include <functional>
#include <optional>

namespace kinerja::cli {

QString ServerCommand::summary() const
{
    return tr("Set up an office's PostgreSQL server database: create, upgrade or load it.");
}

QString ServerCommand::usage() const
{
    return QStringLiteral("init|upgrade|load [FILE] --db postgresql://user@host:port/dbname");
}

QString ServerCommand::description() const
{
    return tr("An administrator's commands for the office server:\n"
              "  init      creates the Kinerja schema in an empty PostgreSQL database.\n"
              "  upgrade   upgrades the schema to this Kinerja's version, each step in one "
              "transaction (run pg_dump first).\n"
              "  load FILE copies an office's Kinerja file (.sqlite) into a new server "
              "database that server init created: every table, the ids kept, in one "
              "transaction; after an error, a count that differs or Ctrl-C the server "
              "database is left empty. The file is upgraded to this Kinerja's version first "
              "(a backup copy is kept beside it).\n"
              "The password comes from libpq: PGPASSWORD or ~/.pgpass. Exit code 0 on "
              "success, 1 on a failure, 2 for a wrong command line.");
}

void ServerCommand::addOptions(QCommandLineParser &parser)
{
    m_db.setValueName(QStringLiteral("postgresql://…"));
    m_db.setDescription(tr("The server database: postgresql://user@host:port/dbname, or "
                           "postgresql://user@/dbname?host=/run/postgresql for a local "
                           "socket (required)."));
    parser.addOption(m_db);
    parser.addPositionalArgument(QStringLiteral("init|upgrade|load"), tr("What to do."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("load: the Kinerja file to copy."),
                                 QStringLiteral("[FILE]"));
}

int ServerCommand::run(const QCommandLineParser &parser, Console &console)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action.isEmpty())
        return console.usageError(tr("Say what to do: init, upgrade or load."), name());
    if (action != QLatin1String("init") && action != QLatin1String("upgrade") &&
        action != QLatin1String("load"))
        return console.usageError(tr("Unknown action “%1”: use init, upgrade or load.").arg(action),
                                  name());
    const qsizetype expected = action == QLatin1String("load") ? 2 : 1;
    if (args.size() < expected)
        return console.usageError(tr("server load needs the file to copy."), name());
    if (args.size() > expected)
        return console.usageError(tr("Unexpected argument “%1”.").arg(args.at(expected)), name());
    if (!parser.isSet(m_db))
        return console.usageError(
            tr("server %1 needs --db postgresql://user@host:port/dbname.").arg(action), name());
    const QString location = parser.value(m_db);
    if (!ServerAddress::isServerLocation(location))
        return console.usageError(
            tr("--db must be a server address (postgresql://user@host:port/dbname), not "
               "“%1”: a Kinerja file is created and upgraded when it is opened.")
                .arg(QDir::toNativeSeparators(location)),
            name());
    ServerAddress address;
    if (Status s = ServerAddress::parse(location, &address); !s)
        return console.usageError(s.message(), name());
    if (action == QLatin1String("load"))
        return load(args.at(1), location, console);

    const bool init = action == QLatin1String("init");
    Database db;
    const Status s = db.openServer(address, init ? Database::ServerSchema::Initialise
                                                 : Database::ServerSchema::Upgrade);
    if (!s)
        return console.failure(address.display(), s.message());
    const int now = db.schemaVersion();
    if (init)
        console.out(
            tr("Created the Kinerja schema, version %1, in %2.").arg(now).arg(address.display()) +
            QLatin1Char('\n'));
    else if (db.schemaVersionFound() == now)
        console.out(tr("%1 is already at version %2, this Kinerja's; nothing to upgrade.")
                        .arg(address.display())
                        .arg(now) +
                    QLatin1Char('\n'));
    else
        console.out(tr("Upgraded %1 from version %2 to version %3.")
                        .arg(address.display())
                        .arg(db.schemaVersionFound())
                        .arg(now) +
                    QLatin1Char('\n'));
    return ExitSuccess;
}

int ServerCommand::load(const QString &file, const QString &location, Console &console)
{
    const QString shown = QDir::toNativeSeparators(file);
    if (ServerAddress::isServerLocation(file))
        return console.usageError(
            tr("server load copies a Kinerja file (.sqlite), not “%1”.").arg(file), name());
    Database from;
    QString error;
    if (!Lookup::openDatabase(file, from, &error))
        return console.failure(shown, error);
    if (from.schemaVersionFound() < from.schemaVersion())
        console.out(tr("Upgraded %1 from version %2 to version %3 first; the previous version "
                       "was saved as %4.")
                        .arg(shown)
                        .arg(from.schemaVersionFound())
                        .arg(from.schemaVersion())
                        .arg(QDir::toNativeSeparators(from.backupPath())) +
                    QLatin1Char('\n'));
    Database to;
    if (Status s = to.open(location); !s)
        return console.failure(to.server().display(), s.message());

    InterruptGuard guard;
    DatabaseCopy::Report report;
    std::optional<CopyProgress> progress(std::in_place, console);
    const Status s = DatabaseCopy::copy(from, to, std::ref(*progress), nullptr, &report);
    progress.reset();
    if (!s && (s.field() == u"cancelled" || InterruptGuard::interrupted()))
        return console.failure(to.displayName(),
                               tr("Interrupted; the server database was not changed."));
    if (!s)
        return console.failure(to.displayName(), s.message());
    console.out(tr("Loaded %1 into %2:").arg(shown, to.displayName()) + QLatin1Char('\n') +
                copyReport(report));
    return ExitSuccess;
}

} // namespace kinerja::cli
