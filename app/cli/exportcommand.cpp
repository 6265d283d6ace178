#include "exportcommand.h"

#include "console.h"
#include "copyprogress.h"
#include "dbfiles.h"
#include "exchange/appraisaltemplate.h"
#include "exchange/exports.h"
#include "files/replacefile.h"
#include "interrupt.h"
#include "lookup.h"
#include "storage/database.h"
#include "storage/databasecopy.h"
#include "storage/unitrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <functional>
#include <optional>

namespace kinerja::cli {

QString ExportCommand::summary() const
{
    return tr("Export the appraisal recap of a period, the employees, or an entry template, to "
              "XLSX or CSV.");
}

QString ExportCommand::description() const
{
    return tr("Writes the appraisal recap of a period (--recap: one row per appraisal; in XLSX "
              "also the RHK details, a summary per unit and optionally a sheet per unit) or the "
              "employees (--employees) of a unit with its sub-units, or of the whole agency, "
              "to an XLSX or CSV file chosen by the extension of --out. CSV is UTF-8 with a "
              "BOM and commas, or with --delimiter semicolon and a decimal comma as "
              "Indonesian Excel expects. --template writes an XLSX entry workbook for "
              "--period (and --unit) that staff and supervisors fill in: identity columns "
              "locked, the ratings as dropdowns, an instructions sheet; kinerja-cli import "
              "--appraisals reads it back. The file appears only when complete; after an error "
              "or Ctrl-C nothing is left behind. --sqlite writes a consistent copy of the whole "
              "database, a server's too, to a new Kinerja file (an archive, or a copy for a "
              "laptop), readable by its owner only. Exit code 0 on success, 1 on a failure, 2 "
              "for a wrong command line.");
}

void ExportCommand::addOptions(QCommandLineParser &parser)
{
    m_db.setValueName(tr("file"));
    m_db.setDescription(tr("The database to read: a file or a server address "
                           "postgresql://user@host:port/dbname (default: %1).")
                            .arg(QDir::toNativeSeparators(Database::defaultPath())));
    m_recap.setDescription(tr("Export the appraisal recap of --period."));
    m_employees.setDescription(tr("Export the employees."));
    m_template.setDescription(tr("Write the entry template of --period (XLSX)."));
    m_period.setValueName(tr("code"));
    m_period.setDescription(tr("The period of the recap: 2025-Q4, 2025-M03 or 2025."));
    m_unit.setValueName(tr("unit"));
    m_unit.setDescription(tr("Only this unit, by its exact name or its number (default: "
                             "every unit)."));
    m_noSubunits.setDescription(tr("Only the unit's own staff, not its sub-units'."));
    m_inactive.setDescription(tr("Employees: include those no longer active."));
    m_delimiter.setValueName(QStringLiteral("comma|semicolon"));
    m_delimiter.setDescription(tr("CSV: the delimiter; semicolon also writes decimal commas "
                                  "(default: comma)."));
    m_delimiter.setDefaultValue(QStringLiteral("comma"));
    m_noBom.setDescription(tr("CSV: without the UTF-8 byte order mark."));
    m_sheetPerUnit.setDescription(tr("XLSX recap: one more sheet per unit."));
    m_noDetail.setDescription(tr("XLSX recap: without the RHK detail sheet."));
    m_noSummary.setDescription(tr("XLSX recap: without the summary per unit."));
    m_out.setValueName(tr("file"));
    m_out.setDescription(tr("The file to write: .xlsx or .csv (required)."));
    m_lang.setValueName(QStringLiteral("id|en"));
    m_lang.setDescription(tr("The language of the headers, sheet names and messages: id (the "
                             "default) or en."));
    m_lang.setDefaultValue(QStringLiteral("id"));
    m_sqlite.setValueName(tr("file"));
    m_sqlite.setDescription(tr("Write the whole database, read in one snapshot, to a new "
                               "Kinerja file (.sqlite)."));
    m_force.setDescription(tr("--sqlite: replace the file if it already exists."));
    for (const QCommandLineOption &o :
         {m_db, m_recap, m_employees, m_template, m_period, m_unit, m_noSubunits, m_inactive,
          m_delimiter, m_noBom, m_sheetPerUnit, m_noDetail, m_noSummary, m_lang, m_out, m_sqlite,
          m_force})
        parser.addOption(o);
}

int ExportCommand::run(const QCommandLineParser &parser, Console &console)
{
    QString error;
    if (!Lookup::language(parser.value(m_lang), &error))
        return console.usageError(error, name());
    if (parser.isSet(m_sqlite))
        return snapshot(parser, console);
    if (int(parser.isSet(m_recap)) + int(parser.isSet(m_employees)) +
            int(parser.isSet(m_template)) !=
        1)
        return console.usageError(tr("Give one of --recap, --employees and --template."), name());
    if (parser.isSet(m_recap) && !parser.isSet(m_period))
        return console.usageError(tr("--recap needs --period (e.g. --period 2025-Q4)."), name());
    if (parser.isSet(m_template) && !parser.isSet(m_period))
        return console.usageError(tr("--template needs --period (e.g. --period 2025-Q4)."), name());
    if (!parser.isSet(m_out))
        return console.usageError(tr("--out is required (a .xlsx or .csv file)."), name());
    const QString out = parser.value(m_out);
    const QString suffix = QFileInfo(out).suffix().toLower();
    exchange::ExportOptions options;
    if (suffix == QLatin1String("xlsx"))
        options.format = exchange::ExportFormat::Xlsx;
    else if (suffix == QLatin1String("csv"))
        options.format = exchange::ExportFormat::Csv;
    else
        return console.usageError(
            tr("--out must end in .xlsx or .csv, not “%1”.").arg(QFileInfo(out).fileName()),
            name());
    if (parser.isSet(m_template) && options.format != exchange::ExportFormat::Xlsx)
        return console.usageError(tr("--template writes .xlsx only."), name());
    const QString delimiter = parser.value(m_delimiter);
    if (delimiter == QLatin1String("semicolon"))
        options.csv.delimiter = ';';
    else if (delimiter != QLatin1String("comma"))
        return console.usageError(
            tr("--delimiter must be comma or semicolon, not “%1”.").arg(delimiter), name());
    options.csv.bom = !parser.isSet(m_noBom);
    options.sheetPerUnit = parser.isSet(m_sheetPerUnit);
    options.detailSheet = !parser.isSet(m_noDetail);
    options.summarySheet = !parser.isSet(m_noSummary);

    const QString file = parser.isSet(m_db) ? parser.value(m_db) : Database::defaultPath();
    const QString shown = QDir::toNativeSeparators(file);
    Database db;
    if (!Lookup::openDatabase(file, db, &error))
        return console.failure(shown, error);
    qint64 unitId = 0;
    if (parser.isSet(m_unit)) {
        unitId = Lookup::unit(db, parser.value(m_unit), &error);
        if (unitId == 0)
            return console.failure(shown, error);
    }

    InterruptGuard guard;
    std::optional<ProgressLine> progress(std::in_place, console, tr("Exporting: %1%"));
    exchange::ExportResult result;
    Status s;
    std::optional<exchange::TemplateReport> templateReport;
    if (parser.isSet(m_template)) {
        const std::optional<PeriodInfo> period = Lookup::period(db, parser.value(m_period), &error);
        if (!period)
            return console.failure(shown, error);
        exchange::TemplateReport report;
        s = exchange::AppraisalTemplate::write(db,
                                               {period->id, unitId, !parser.isSet(m_noSubunits)},
                                               out, &report, std::ref(*progress));
        result.rows = report.appraisals;
        result.cancelled = s.field() == u"cancelled";
        templateReport = report;
    } else if (parser.isSet(m_recap)) {
        const std::optional<PeriodInfo> period = Lookup::period(db, parser.value(m_period), &error);
        if (!period)
            return console.failure(shown, error);
        RecapFilter filter;
        filter.periodId = period->id;
        filter.unitId = unitId;
        filter.includeSubunits = !parser.isSet(m_noSubunits);
        s = exchange::exportRecap(db, filter, out, options, std::ref(*progress), &result);
    } else {
        EmployeeFilter filter;
        if (unitId != 0)
            filter.unitIds = parser.isSet(m_noSubunits) ? QVector<qint64>{unitId}
                                                        : UnitRepository(db).subtreeIds(unitId);
        filter.includeInactive = parser.isSet(m_inactive);
        s = exchange::exportEmployees(db, filter, out, options, std::ref(*progress), &result);
    }
    progress.reset(); // ends the progress line before the messages
    const QString target = QDir::toNativeSeparators(out);
    if (result.cancelled || InterruptGuard::interrupted())
        return console.failure(target, tr("Interrupted; nothing was written."));
    if (!s)
        return console.failure(target, s.message());
    if (templateReport) {
        // Rows of a template are appraisals to fill in, not exported records.
        console.out(tr("Wrote the entry template for %n appraisal(s), %1 of them locked "
                       "(final, or the period is closed): %2",
                       nullptr, templateReport->appraisals)
                        .arg(Console::count(templateReport->locked))
                        .arg(target) +
                    QLatin1Char('\n'));
    } else {
        console.out(tr("Exported %1 rows: %2").arg(Console::count(result.rows), target) +
                    QLatin1Char('\n'));
    }
    return ExitSuccess;
}

// The copy is written beside its target, readable by its owner only from the start (it
// holds personal data), and renamed into place when complete.
int ExportCommand::snapshot(const QCommandLineParser &parser, Console &console)
{
    for (const QCommandLineOption &o :
         {m_recap, m_employees, m_template, m_out, m_period, m_unit, m_delimiter})
        if (parser.isSet(o))
            return console.usageError(
                tr("--sqlite writes the whole database; it takes no --%1.").arg(o.names().first()),
                name());
    const QString out = parser.value(m_sqlite);
    if (out.trimmed().isEmpty())
        return console.usageError(tr("--sqlite needs a file name."), name());
    const QString target = QDir::toNativeSeparators(out);
    const QFileInfo info(out);
    if (info.isDir())
        return console.failure(target, tr("This is a folder, not a file."));
    if (info.exists() && !parser.isSet(m_force))
        return console.failure(target, tr("The file already exists. Use --force to replace it."));

    const QString file = parser.isSet(m_db) ? parser.value(m_db) : Database::defaultPath();
    const QString shown = QDir::toNativeSeparators(file);
    if (!ServerAddress::isServerLocation(file) &&
        QFileInfo(file).absoluteFilePath() == info.absoluteFilePath())
        return console.failure(target, tr("This is the database being copied."));
    Database from;
    QString error;
    if (!Lookup::openDatabase(file, from, &error))
        return console.failure(shown, error);

    const QString partial = out + QLatin1String(".partial");
    if (!removeDatabaseFiles(partial))
        return console.failure(QDir::toNativeSeparators(partial),
                               tr("Cannot remove this unfinished file of an earlier run."));
    QFile create(partial);
    if (!create.open(QIODevice::WriteOnly) ||
        !create.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
        return console.failure(QDir::toNativeSeparators(partial), create.errorString());
    create.close();

    InterruptGuard guard;
    DatabaseCopy::Report report;
    Status s;
    {
        Database to;
        s = to.open(partial);
        if (s) {
            CopyProgress progress(console);
            s = DatabaseCopy::copy(from, to, std::ref(progress), nullptr, &report);
        }
        to.close();
    }
    if (s && QFile::exists(partial + QLatin1String("-wal")))
        s = Status::error(tr("The new database was not closed cleanly."));
    if (s) {
        // A -wal or -shm file of the replaced database would be applied to the new one.
        QFile::remove(out + QLatin1String("-wal"));
        QFile::remove(out + QLatin1String("-shm"));
        if (!files::replaceFile(partial, out, &error))
            s = Status::error(tr("Cannot put the new database in place: %1").arg(error));
    }
    if (!s) {
        removeDatabaseFiles(partial);
        if (s.field() == u"cancelled" || InterruptGuard::interrupted())
            return console.failure(target, tr("Interrupted; nothing was written."));
        return console.failure(target, s.message());
    }
    console.out(tr("Wrote a copy of %1: %2").arg(from.displayName(), target) + QLatin1Char('\n') +
                copyReport(report));
    return ExitSuccess;
}

} // namespace kinerja::cli
