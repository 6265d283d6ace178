#include "printcommand.h"

#include "console.h"
#include "interrupt.h"
#include "lookup.h"
#include "reports/agencysettings.h"
#include "reports/batch.h"
#include "reports/recaps.h"
#include "storage/appraisalquery.h"
#include "storage/database.h"
#include "storage/periodrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <functional>
#include <optional>

namespace kinerja::cli {

namespace {

QString digits(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (c.isDigit())
            out += c;
    return out;
}

QString recapCodes()
{
    QStringList codes;
    for (const reports::RecapKind k : reports::allRecapKinds())
        codes << reports::recapCode(k);
    return codes.join(QLatin1String(", "));
}

QString documentCodes()
{
    QStringList codes;
    for (const reports::DocumentKind d : reports::allDocumentKinds())
        codes << reports::documentCode(d);
    return codes.join(QLatin1String(", "));
}

} // namespace

QString PrintCommand::summary() const
{
    return tr("Print appraisal sheets of a period to PDF, for a unit or for some employees.");
}

QString PrintCommand::description() const
{
    return tr("Prints the appraisal sheets of a period into one PDF (--out) or one PDF per "
              "employee named by NIP and name (--per-employee), for a unit with its sub-units, "
              "for the employees given by --nip, or for the whole agency. The agency header "
              "comes from the database's settings. Sheets with something missing (no pejabat "
              "penilai, no agency name, an appraisal not final) are printed with the gap "
              "marked and listed on stderr. The output appears only when complete; after an "
              "error or Ctrl-C nothing is left behind. Exit code 0 when every sheet was "
              "printed, 1 when something failed or was skipped, 2 for a wrong command line.");
}

void PrintCommand::addOptions(QCommandLineParser &parser)
{
    m_db.setValueName(tr("file"));
    m_db.setDescription(tr("The database to read (default: %1).")
                            .arg(QDir::toNativeSeparators(Database::defaultPath())));
    m_period.setValueName(tr("code"));
    m_period.setDescription(tr("The period: 2025-Q4, 2025-M03 or 2025 (required)."));
    m_unit.setValueName(tr("unit"));
    m_unit.setDescription(tr("The unit, by its exact name or its number (default: every "
                             "unit, unless --nip is given)."));
    m_noSubunits.setDescription(tr("Only the unit's own staff, not its sub-units'."));
    m_nip.setValueName(tr("nip"));
    m_nip.setDescription(tr("Only this employee's appraisal; may be repeated."));
    m_document.setValueName(tr("codes"));
    m_document.setDescription(tr("Comma-separated documents to print where they apply to the "
                                 "appraisal's scheme: %1 (default: every document of the "
                                 "scheme).")
                                  .arg(documentCodes()));
    m_paper.setValueName(tr("paper"));
    m_paper.setDescription(tr("a4 or f4 (215 × 330 mm); default a4."));
    m_paper.setDefaultValue(QStringLiteral("a4"));
    m_signDate.setValueName(tr("date"));
    m_signDate.setDescription(tr("The date by the signatures, YYYY-MM-DD (default: the date "
                                 "the appraisal was finalized or rated)."));
    m_out.setValueName(tr("file"));
    m_out.setDescription(tr("Write everything into this PDF file."));
    m_perEmployee.setValueName(tr("folder"));
    m_perEmployee.setDescription(tr("Write one PDF per employee into this folder."));
    m_recap.setValueName(tr("kind"));
    m_recap.setDescription(tr("Print a recap of the unit and period instead of the sheets: %1 "
                              "(predikat per employee and the distribution, pending "
                              "appraisals per unit, competency development needs). Needs --out.")
                               .arg(recapCodes()));
    m_lang.setValueName(QStringLiteral("id|en"));
    m_lang.setDescription(tr("The language of the sheets and of the messages: id (the "
                             "official forms, the default) or en."));
    m_lang.setDefaultValue(QStringLiteral("id"));
    for (const QCommandLineOption &o : {m_db, m_period, m_unit, m_noSubunits, m_nip, m_document,
                                        m_paper, m_signDate, m_recap, m_lang, m_out, m_perEmployee})
        parser.addOption(o);
}

int PrintCommand::run(const QCommandLineParser &parser, Console &console)
{
    const QString file = parser.isSet(m_db) ? parser.value(m_db) : Database::defaultPath();
    if (!parser.isSet(m_period))
        return console.usageError(tr("--period is required (e.g. --period 2025-Q4)."), name());
    if (parser.isSet(m_out) == parser.isSet(m_perEmployee))
        return console.usageError(tr("Give either --out FILE or --per-employee FOLDER."), name());

    reports::RecapKind recap = reports::RecapKind::Predikat;
    if (parser.isSet(m_recap)) {
        if (!reports::parseRecapCode(parser.value(m_recap), &recap))
            return console.usageError(
                tr("Unknown recap “%1”; known: %2.").arg(parser.value(m_recap), recapCodes()),
                name());
        if (parser.isSet(m_perEmployee) || parser.isSet(m_nip) || parser.isSet(m_document))
            return console.usageError(
                tr("--recap prints one file for the unit: use --out, without --per-employee, "
                   "--nip or --document."),
                name());
    }
    QString error;
    if (!Lookup::language(parser.value(m_lang), &error))
        return console.usageError(error, name());
    reports::BatchOptions options;
    if (!reports::parsePaper(parser.value(m_paper), &options.paper))
        return console.usageError(
            tr("--paper must be a4 or f4, not “%1”.").arg(parser.value(m_paper)), name());
    if (parser.isSet(m_document)) {
        for (const QString &code :
             parser.value(m_document).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            reports::DocumentKind d;
            if (!reports::parseDocumentCode(code.trimmed(), &d))
                return console.usageError(
                    tr("Unknown document “%1”; known: %2.").arg(code.trimmed(), documentCodes()),
                    name());
            options.documents << d;
        }
    }
    if (parser.isSet(m_signDate)) {
        const QDate date = QDate::fromString(parser.value(m_signDate), Qt::ISODate);
        if (!date.isValid())
            return console.usageError(tr("--sign-date must be a date as YYYY-MM-DD, not “%1”.")
                                          .arg(parser.value(m_signDate)),
                                      name());
        options.render.signDate = date;
    }
    options.mode =
        parser.isSet(m_out) ? reports::BatchMode::OnePdf : reports::BatchMode::PdfPerEmployee;
    options.output = parser.isSet(m_out) ? parser.value(m_out) : parser.value(m_perEmployee);

    const QString shown = QDir::toNativeSeparators(file);
    Database db;
    if (!Lookup::openDatabase(file, db, &error))
        return console.failure(shown, error);

    const std::optional<PeriodInfo> period = Lookup::period(db, parser.value(m_period), &error);
    if (!period)
        return console.failure(shown, error);

    AppraisalFilter filter;
    filter.periodId = period->id;
    filter.includeSubunits = !parser.isSet(m_noSubunits);
    if (parser.isSet(m_unit)) {
        filter.unitId = Lookup::unit(db, parser.value(m_unit), &error);
        if (filter.unitId == 0)
            return console.failure(shown, error);
    }

    if (parser.isSet(m_recap)) {
        reports::RecapScope scope;
        scope.periodId = filter.periodId;
        scope.unitId = filter.unitId;
        scope.includeSubunits = filter.includeSubunits;
        reports::RecapOptions recapOptions = reports::RecapSource::defaultOptions(db);
        recapOptions.signDate = options.render.signDate;
        if (!recapOptions.signDate)
            recapOptions.signDate = QDate::currentDate();
        int pages = 0;
        const Status s = reports::RecapPrinter::writePdf(db, recap, scope, recapOptions,
                                                         options.paper, options.output, &pages);
        if (!s)
            return console.failure(QDir::toNativeSeparators(options.output), s.message());
        console.out(tr("Printed %1, %2 pages: %3")
                        .arg(reports::recapName(recap), Console::count(pages),
                             QDir::toNativeSeparators(options.output)) +
                    QLatin1Char('\n'));
        return ExitSuccess;
    }

    const QVector<AppraisalRow> rows = AppraisalQuery(db).rows(filter);
    QVector<qint64> ids;
    if (parser.isSet(m_nip)) {
        for (const QString &nip : parser.values(m_nip)) {
            const QString wanted = digits(nip);
            const auto it = std::find_if(rows.cbegin(), rows.cend(), [&](const AppraisalRow &r) {
                return digits(r.nip) == wanted;
            });
            if (it == rows.cend())
                return console.failure(
                    shown, tr("NIP %1 has no appraisal for %2 here.").arg(nip, period->code()));
            if (!ids.contains(it->id)) // a NIP given twice prints once
                ids << it->id;
        }
    } else {
        for (const AppraisalRow &r : rows)
            ids << r.id;
    }
    if (ids.isEmpty())
        return console.failure(shown,
                               tr("There are no appraisals for %1 here.").arg(period->code()));

    options.render.agency = reports::agencyHeader(db);
    InterruptGuard guard;
    std::optional<ProgressLine> progress(std::in_place, console, tr("Printing: %1%"));
    reports::BatchReport report;
    const Status s = reports::BatchPrinter(db).run(ids, options, &report, std::ref(*progress));
    progress.reset(); // ends the progress line before the messages
    // A gap on every sheet (no agency name) is said once, not once per sheet.
    QHash<QString, int> sheetsWith;
    for (const reports::BatchItem &item : std::as_const(report.items))
        for (const reports::SheetWarning &w : item.warnings)
            ++sheetsWith[w.section + QLatin1Char('\n') + w.message];
    QSet<QString> said;
    for (const reports::BatchItem &item : std::as_const(report.items)) {
        const QString who = item.nip.isEmpty() ? tr("appraisal %1").arg(item.appraisalId)
                                               : QStringLiteral("%1 %2").arg(item.nip, item.name);
        if (!item.error.isEmpty())
            console.err(tr("%1: not printed: %2").arg(who, item.error) + QLatin1Char('\n'));
        for (const reports::SheetWarning &w : item.warnings) {
            const QString key = w.section + QLatin1Char('\n') + w.message;
            if (report.done > 1 && sheetsWith.value(key) == report.done) {
                if (!said.contains(key))
                    console.err(tr("every sheet: %1: %2").arg(w.section, w.message) +
                                QLatin1Char('\n'));
                said.insert(key);
                continue;
            }
            console.err(tr("%1: %2: %3").arg(who, w.section, w.message) + QLatin1Char('\n'));
        }
    }
    if (report.cancelled || InterruptGuard::interrupted())
        return console.failure(QDir::toNativeSeparators(options.output),
                               tr("Interrupted; nothing was written."));
    if (!s)
        return console.failure(QDir::toNativeSeparators(options.output), s.message());
    console.out(tr("Printed %1 of %2 appraisals, %3 pages: %4")
                    .arg(Console::count(report.done), Console::count(report.total),
                         Console::count(report.pages), QDir::toNativeSeparators(options.output)) +
                QLatin1Char('\n'));
    return report.skipped() > 0 ? ExitFailure : ExitSuccess;
}

} // namespace kinerja::cli
