#include "importcommand.h"

#include "console.h"
#include "exchange/appraisalimport.h"
#include "exchange/employeeimport.h"
#include "exchange/ikmimport.h"
#include "interrupt.h"
#include "lookup.h"
#include "storage/database.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

namespace kinerja::cli {

QString ImportCommand::summary() const
{
    return tr("Import employees, appraisal data or IKM survey responses from an XLSX or CSV "
              "file, checking every row first.");
}

QString ImportCommand::description() const
{
    return tr("Reads the employees of an XLSX or CSV file, finding the columns by their "
              "Indonesian or English names (NIP, Nama, Gelar Depan, Gelar Belakang, Status, "
              "Pangkat/Golongan, Jabatan, Jenis Jabatan, Jenjang, Unit Kerja, NIP Atasan; NIP, "
              "Nama, Jabatan and Unit Kerja are required). Every problem is listed with its "
              "row and column, and then nothing is written. A file without problems is "
              "imported in one step: employees are added or updated by NIP, and the changes "
              "take effect on --effective (default: today).\n\n"
              "--appraisals reads appraisal data by NIP and period: a filled entry template "
              "(kinerja-cli export --template), or a sheet with the columns NIP, Periode and "
              "any of Rating Hasil Kerja, Rating Perilaku Kerja, Capaian SKP, Rekomendasi; "
              "or NIP, Periode, No. Indikator and Target, Realisasi, Bukti Dukung, Umpan "
              "Balik; or NIP, Periode, No. Kegiatan and the targets and realisations of a "
              "PP 46/2011 SKP. Without a Periode column, --period gives the period.\n\n"
              "--ikm reads the answers of an IKM survey, one row per respondent with the "
              "columns U1 to U9 (answers 1 to 4), for --unit and --period, and records the "
              "unit's IKM, replacing an earlier survey of that unit and period.\n\n"
              "Exit code 0 when imported (or, with --dry-run, when the file has no "
              "problem), 1 when it has problems or cannot be read, 2 for a wrong command "
              "line.");
}

void ImportCommand::addOptions(QCommandLineParser &parser)
{
    m_db.setValueName(tr("file"));
    m_db.setDescription(tr("The database to write (default: %1).")
                            .arg(QDir::toNativeSeparators(Database::defaultPath())));
    m_employees.setValueName(tr("file"));
    m_employees.setDescription(tr("The employees to import: an .xlsx or .csv file."));
    m_appraisals.setValueName(tr("file"));
    m_appraisals.setDescription(tr("Appraisal data to import (a filled entry template, or "
                                   "ratings, targets and realisations by NIP and period)."));
    m_ikm.setValueName(tr("file"));
    m_ikm.setDescription(tr("IKM survey responses to import (U1–U9, one row per "
                            "respondent), for --unit and --period."));
    m_period.setValueName(tr("code"));
    m_period.setDescription(tr("The period, e.g. 2025-Q4: of --ikm, or of --appraisals rows "
                               "without a Periode column."));
    m_unit.setValueName(tr("unit"));
    m_unit.setDescription(tr("--ikm: the surveyed unit, by name or number."));
    m_sheet.setValueName(tr("name"));
    m_sheet.setDescription(tr("XLSX: the sheet to read (default: the first)."));
    m_effective.setValueName(tr("date"));
    m_effective.setDescription(tr("When the changes take effect in the riwayat, YYYY-MM-DD "
                                  "(default: today)."));
    m_dryRun.setDescription(tr("Check the file and say what would change; write nothing."));
    m_lang.setValueName(QStringLiteral("id|en"));
    m_lang.setDescription(tr("The language of the messages: id (the default) or en."));
    m_lang.setDefaultValue(QStringLiteral("id"));
    for (const QCommandLineOption &o : {m_db, m_employees, m_appraisals, m_ikm, m_sheet, m_period,
                                        m_unit, m_effective, m_dryRun, m_lang})
        parser.addOption(o);
}

int ImportCommand::run(const QCommandLineParser &parser, Console &console)
{
    QString error;
    if (!Lookup::language(parser.value(m_lang), &error))
        return console.usageError(error, name());
    const QVector<QCommandLineOption> kinds{m_employees, m_appraisals, m_ikm};
    const auto chosen = std::count_if(kinds.cbegin(), kinds.cend(),
                                      [&](const QCommandLineOption &o) { return parser.isSet(o); });
    if (chosen != 1)
        return console.usageError(tr("Give one of --employees, --appraisals and --ikm."), name());
    if (parser.isSet(m_ikm) && (!parser.isSet(m_unit) || !parser.isSet(m_period)))
        return console.usageError(tr("--ikm needs --unit and --period."), name());
    QDate effective = QDate::currentDate();
    if (parser.isSet(m_effective)) {
        effective = QDate::fromString(parser.value(m_effective), Qt::ISODate);
        if (!effective.isValid())
            return console.usageError(tr("--effective must be a date as YYYY-MM-DD, not “%1”.")
                                          .arg(parser.value(m_effective)),
                                      name());
    }
    const QCommandLineOption &kind = parser.isSet(m_employees)    ? m_employees
                                     : parser.isSet(m_appraisals) ? m_appraisals
                                                                  : m_ikm;
    const QString input = parser.value(kind);
    const QString shownInput = QDir::toNativeSeparators(input);
    if (!QFileInfo::exists(input))
        return console.failure(shownInput, tr("No such file."));

    const QString file = parser.isSet(m_db) ? parser.value(m_db) : Database::defaultPath();
    const QString shown = QDir::toNativeSeparators(file);
    Database db;
    if (!Lookup::openDatabase(file, db, &error))
        return console.failure(shown, error);

    std::optional<PeriodInfo> period;
    if (parser.isSet(m_period)) {
        period = Lookup::period(db, parser.value(m_period), &error);
        if (!period)
            return console.failure(shown, error);
    }
    std::unique_ptr<exchange::TableImport> import;
    if (parser.isSet(m_employees)) {
        auto employees = std::make_unique<exchange::EmployeeImport>(db);
        employees->setEffective(effective);
        import = std::move(employees);
    } else if (parser.isSet(m_appraisals)) {
        auto appraisals = std::make_unique<exchange::AppraisalImport>(db);
        if (period)
            appraisals->setDefaultPeriod(period->id);
        import = std::move(appraisals);
    } else {
        const qint64 unitId = Lookup::unit(db, parser.value(m_unit), &error);
        if (unitId == 0)
            return console.failure(shown, error);
        auto ikm = std::make_unique<exchange::IkmImport>(db);
        ikm->setTarget(period->id, unitId);
        import = std::move(ikm);
    }

    const Status read = import->read(input, parser.value(m_sheet));
    if (import->hasProblems()) {
        for (const exchange::ImportProblem &p : import->problems())
            console.err(shownInput + QStringLiteral(": ") + p.text() + QLatin1Char('\n'));
        return console.failure(shownInput, tr("%n problem(s); nothing was imported.", nullptr,
                                              static_cast<int>(import->problems().size())));
    }
    if (!read)
        return console.failure(shownInput, read.message());
    if (parser.isSet(m_dryRun)) {
        console.out(tr("No problems; importing would give: %1").arg(import->previewSummary()) +
                    QLatin1Char('\n'));
        return ExitSuccess;
    }

    InterruptGuard guard;
    QString summary;
    Status s;
    {
        ProgressLine progress(console, tr("Importing: %1%"));
        s = import->commitAll(std::ref(progress), &summary);
    }
    if (InterruptGuard::interrupted())
        return console.failure(shown, tr("Interrupted; nothing was imported."));
    if (!s)
        return console.failure(shown, s.message());
    console.out(tr("Imported: %1").arg(summary) + QLatin1Char('\n'));
    return ExitSuccess;
}

} // namespace kinerja::cli
