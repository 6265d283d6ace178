#include "auditcommand.h"

#include "console.h"
#include "interrupt.h"
#include "lookup.h"
#include "storage/audittrail.h"
#include "storage/database.h"

#include <QDir>

namespace kinerja::cli {

QString AuditCommand::summary() const
{
    return tr("Check the audit trail: that no entry was changed or removed and that no row "
              "was changed outside Kinerja.");
}

QString AuditCommand::description() const
{
    return tr("verify  walks the whole audit trail the database keeps of every change: each "
              "entry's hash and its link to the entry before it, the triggers that write it, "
              "and every employee, unit, period, scheme and appraisal row against its last "
              "entry. Prints the number of entries and OK, or the first broken entry and what "
              "is wrong there.\n"
              "Exit code 0 when the trail holds, 1 when it is broken, 2 for a wrong command "
              "line or a database that cannot be opened.");
}

void AuditCommand::addOptions(QCommandLineParser &parser)
{
    m_db.setValueName(tr("file"));
    m_db.setDescription(tr("The database: a file or postgresql://user@host:port/dbname "
                           "(default: %1).")
                            .arg(QDir::toNativeSeparators(Database::defaultPath())));
    parser.addOption(m_db);
    parser.addPositionalArgument(QStringLiteral("verify"), tr("What to do."));
}

int AuditCommand::run(const QCommandLineParser &parser, Console &console)
{
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return console.usageError(tr("Say what to do: verify."), name());
    if (args.first() != QLatin1String("verify"))
        return console.usageError(tr("Unknown action “%1”: use verify.").arg(args.first()), name());
    if (args.size() > 1)
        return console.usageError(tr("Unexpected argument “%1”.").arg(args.at(1)), name());
    const QString location = parser.isSet(m_db) ? parser.value(m_db) : Database::defaultPath();
    if (location.trimmed().isEmpty())
        return console.usageError(tr("--db needs a file name or a server address."), name());

    Database db;
    QString error;
    if (!Lookup::openDatabase(location, db, &error)) {
        console.failure(QDir::toNativeSeparators(location), error);
        return ExitUsage;
    }
    AuditVerification result;
    Status s;
    {
        InterruptGuard guard;
        ProgressLine progress(console, tr("Verifying the audit trail: %1%"));
        // ProgressLine counts in int: per mille of the work.
        s = AuditTrail(db).verify(&result, [&progress](qint64 done, qint64 total) {
            return progress(int(total > 0 ? done * 1000 / total : 0), 1000);
        });
    }
    if (!s)
        return console.failure(db.displayName(), s.field() == u"cancelled"
                                                     ? tr("Interrupted; nothing was changed.")
                                                     : s.message());
    if (!result.ok) {
        QString text = tr("Audit trail of %1: BROKEN after checking %2 entries.")
                           .arg(db.displayName(), Console::count(result.entries)) +
                       QLatin1Char('\n');
        if (result.firstBrokenId > 0)
            text += tr("First broken entry: %1").arg(result.firstBrokenId) + QLatin1Char('\n');
        text += result.problem + QLatin1Char('\n');
        console.out(text);
        return ExitFailure;
    }
    console.out(tr("Audit trail of %1: %2 entries, OK.")
                    .arg(db.displayName(), Console::count(result.entries)) +
                QLatin1Char('\n'));
    if (!result.rowsChecked)
        console.out(tr("The records were not compared with their entries: this login sees only "
                       "part of them. Run the check as the database owner.") +
                    QLatin1Char('\n'));
    return ExitSuccess;
}

} // namespace kinerja::cli
