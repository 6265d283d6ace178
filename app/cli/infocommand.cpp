#include "infocommand.h"

#include "console.h"
#include "lookup.h"
#include "storage/audittrail.h"
#include "storage/database.h"
#include "storage/employeelistquery.h"
#include "storage/unitrepository.h"

#include <QDir>
#include <QFileInfo>

namespace kinerja::cli {

QString InfoCommand::summary() const
{
    return tr("Show what a database holds: schema version, units and employees.");
}

void InfoCommand::addOptions(QCommandLineParser &parser)
{
    m_db.setValueName(tr("file"));
    m_db.setDescription(tr("The database to read (default: %1).")
                            .arg(QDir::toNativeSeparators(Database::defaultPath())));
    parser.addOption(m_db);
}

int InfoCommand::run(const QCommandLineParser &parser, Console &console)
{
    const QString file = parser.isSet(m_db) ? parser.value(m_db) : Database::defaultPath();
    if (file.trimmed().isEmpty())
        return console.usageError(tr("--db needs a file name."), name());
    const QString shown = QDir::toNativeSeparators(file);
    const QFileInfo info(file);
    Database db;
    QString error;
    if (!Lookup::openDatabase(file, db, &error))
        return console.failure(shown, error);

    const QVector<Unit> units = UnitRepository(db).all();
    EmployeeFilter everyone;
    everyone.includeInactive = true;
    const EmployeeListQuery::Counts counts = EmployeeListQuery(db).counts(everyone);

    QString text =
        (db.isServer() ? tr("Server: %1").arg(db.displayName())
                       : tr("File: %1").arg(QDir::toNativeSeparators(info.absoluteFilePath()))) +
        QLatin1Char('\n');
    text += tr("Schema version: %1 (this program: %2)")
                .arg(db.schemaVersion())
                .arg(Database::latestSchemaVersion()) +
            QLatin1Char('\n');
    if (!units.isEmpty())
        text += tr("Organisation: %1").arg(units.first().name) + QLatin1Char('\n');
    text += tr("Units: %1").arg(Console::count(units.size())) + QLatin1Char('\n');
    text += tr("Employees: %1 (active %2, inactive %3)")
                .arg(Console::count(counts.active + counts.inactive), Console::count(counts.active),
                     Console::count(counts.inactive)) +
            QLatin1Char('\n');
    // The quick check the program makes at open; `audit verify` walks the whole trail.
    AuditVerification audit;
    if (const Status s = AuditTrail(db).quickCheck(&audit); !s)
        text += tr("Audit trail: cannot be checked: %1").arg(s.message()) + QLatin1Char('\n');
    else if (audit.ok)
        text += tr("Audit trail: the newest %1 entries hold (kinerja-cli audit verify checks "
                   "them all)")
                    .arg(Console::count(audit.entries)) +
                QLatin1Char('\n');
    else
        text += tr("Audit trail: BROKEN: %1").arg(audit.problem) + QLatin1Char('\n');
    if (!db.backupPath().isEmpty()) {
        text += tr("The database was upgraded to the current schema; the previous version was "
                   "saved as %1.")
                    .arg(QDir::toNativeSeparators(db.backupPath())) +
                QLatin1Char('\n');
    }
    console.out(text);
    return ExitSuccess;
}

} // namespace kinerja::cli
