#include "importcommand.h"

#include "console.h"
#include "exchange/employeeimport.h"
#include "interrupt.h"
#include "lookup.h"
#include "storage/database.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>

#include <functional>
#include <optional>

namespace kinerja::cli {

QString ImportCommand::summary() const
{
    return tr("Import employees from an XLSX or CSV file, checking every row first.");
}

QString ImportCommand::description() const
{
    return tr("Reads the employees of an XLSX or CSV file, finding the columns by their "
              "Indonesian or English names (NIP, Nama, Gelar Depan, Gelar Belakang, Status, "
              "Pangkat/Golongan, Jabatan, Jenis Jabatan, Jenjang, Unit Kerja, NIP Atasan; NIP, "
              "Nama, Jabatan and Unit Kerja are required). Every problem is listed with its "
              "row and column, and then nothing is written. A file without problems is "
              "imported in one step: employees are added or updated by NIP, and the changes "
              "take effect on --effective (default: today). Exit code 0 when imported (or, "
              "with --dry-run, when the file has no problem), 1 when it has problems or "
              "cannot be read, 2 for a wrong command line.");
}

void ImportCommand::addOptions(QCommandLineParser &parser)
{
    m_db.setValueName(tr("file"));
    m_db.setDescription(tr("The database to write (default: %1).")
                            .arg(QDir::toNativeSeparators(Database::defaultPath())));
    m_employees.setValueName(tr("file"));
    m_employees.setDescription(tr("The employees to import: an .xlsx or .csv file."));
    m_sheet.setValueName(tr("name"));
    m_sheet.setDescription(tr("XLSX: the sheet to read (default: the first)."));
    m_effective.setValueName(tr("date"));
    m_effective.setDescription(tr("When the changes take effect in the riwayat, YYYY-MM-DD "
                                  "(default: today)."));
    m_dryRun.setDescription(tr("Check the file and say what would change; write nothing."));
    m_lang.setValueName(QStringLiteral("id|en"));
    m_lang.setDescription(tr("The language of the messages: id (the default) or en."));
    m_lang.setDefaultValue(QStringLiteral("id"));
    for (const QCommandLineOption &o : {m_db, m_employees, m_sheet, m_effective, m_dryRun, m_lang})
        parser.addOption(o);
}

int ImportCommand::run(const QCommandLineParser &parser, Console &console)
{
    QString error;
    if (!Lookup::language(parser.value(m_lang), &error))
        return console.usageError(error, name());
    if (!parser.isSet(m_employees))
        return console.usageError(tr("--employees FILE is required."), name());
    QDate effective = QDate::currentDate();
    if (parser.isSet(m_effective)) {
        effective = QDate::fromString(parser.value(m_effective), Qt::ISODate);
        if (!effective.isValid())
            return console.usageError(tr("--effective must be a date as YYYY-MM-DD, not “%1”.")
                                          .arg(parser.value(m_effective)),
                                      name());
    }
    const QString input = parser.value(m_employees);
    const QString shownInput = QDir::toNativeSeparators(input);
    if (!QFileInfo::exists(input))
        return console.failure(shownInput, tr("No such file."));

    const QString file = parser.isSet(m_db) ? parser.value(m_db) : Database::defaultPath();
    const QString shown = QDir::toNativeSeparators(file);
    Database db;
    if (!Lookup::openDatabase(file, db, &error))
        return console.failure(shown, error);

    exchange::EmployeeImport import(db);
    const Status read = import.read(input, parser.value(m_sheet));
    const exchange::ImportPreview &preview = import.preview();
    if (import.hasProblems()) {
        for (const exchange::ImportProblem &p : import.problems())
            console.err(shownInput + QStringLiteral(": ") + p.text() + QLatin1Char('\n'));
        return console.failure(shownInput, tr("%n problem(s); nothing was imported.", nullptr,
                                              static_cast<int>(import.problems().size())));
    }
    if (!read)
        return console.failure(shownInput, read.message());
    using exchange::ImportAction;
    const QString counts = tr("%1 new, %2 changed, %3 unchanged")
                               .arg(preview.count(ImportAction::New))
                               .arg(preview.count(ImportAction::Changed))
                               .arg(preview.count(ImportAction::Unchanged));
    if (parser.isSet(m_dryRun)) {
        console.out(tr("No problems; importing would give: %1").arg(counts) + QLatin1Char('\n'));
        return ExitSuccess;
    }

    InterruptGuard guard;
    exchange::ImportSummary summary;
    Status s;
    {
        ProgressLine progress(console, tr("Importing: %1%"));
        s = import.commit(effective, &summary, std::ref(progress));
    }
    if (InterruptGuard::interrupted())
        return console.failure(shown, tr("Interrupted; nothing was imported."));
    if (!s)
        return console.failure(shown, s.message());
    console.out(tr("Imported: %1").arg(summary.text()) + QLatin1Char('\n'));
    return ExitSuccess;
}

} // namespace kinerja::cli
