#include "democommand.h"

#include "console.h"
#include "dbfiles.h"
#include "demo/demogenerator.h"
#include "files/replacefile.h"
#include "interrupt.h"
#include "storage/database.h"
#include "storage/databasecopy.h"
#include "storage/serveraddress.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <functional>

namespace kinerja::cli {

namespace {

constexpr int kDefaultEmployees = 2000;
constexpr int kDefaultSeed = 1;
constexpr int kDefaultYears = 0;

// Generates into `path` (a fresh file) and closes it again.
Status generate(const QString &path, const DemoGenerator::Options &options, Console &console,
                DemoGenerator::Summary *summary)
{
    Database db;
    Status s = db.open(path);
    if (!s)
        return s;
    ProgressLine progress(console, QCoreApplication::translate("kinerja::cli::DemoCommand",
                                                               "Creating demo data: %1%"));
    DemoGenerator generator(options);
    s = generator.run(db, std::ref(progress));
    db.close();
    *summary = generator.summary();
    if (s && QFile::exists(path + QLatin1String("-wal"))) {
        return Status::error(QCoreApplication::translate(
            "kinerja::cli::DemoCommand", "The new database was not closed cleanly."));
    }
    return s;
}

} // namespace

QString DemoCommand::summary() const
{
    return tr("Create a database with demo data: a made-up district government.");
}

QString DemoCommand::description() const
{
    return tr("Creates a database filled with a believable, made-up district government: units, "
              "heads and staff with valid NIPs, atasan chains and riwayat. The same seed always "
              "gives the same data. The file appears only when it is complete: after an error "
              "or Ctrl-C no half-written database is left behind.");
}

void DemoCommand::addOptions(QCommandLineParser &parser)
{
    m_db.setValueName(tr("file"));
    m_db.setDescription(tr("Write the database to <file> (default: %1).")
                            .arg(QDir::toNativeSeparators(Database::defaultPath())));
    m_employees.setValueName(tr("n"));
    m_employees.setDescription(tr("Number of employees, from 1 to %1 (default: %2).")
                                   .arg(DemoGenerator::kMaxEmployees)
                                   .arg(kDefaultEmployees));
    m_employees.setDefaultValue(QString::number(kDefaultEmployees));
    m_seed.setValueName(tr("number"));
    m_seed.setDescription(
        tr("Seed of the generator; the same seed gives the same data (default: %1).")
            .arg(kDefaultSeed));
    m_seed.setDefaultValue(QString::number(kDefaultSeed));
    m_years.setValueName(tr("y"));
    m_years.setDescription(
        tr("Also create <y> years of appraisal history under PermenPANRB 6/2022, ending with "
           "%1: the quarters and the year, every appraisal final and every period closed; "
           "from 0 to %2 (default: %3).")
            .arg(DemoGenerator::Options().referenceDate.year() - 1)
            .arg(DemoGenerator::kMaxYears)
            .arg(kDefaultYears));
    m_years.setDefaultValue(QString::number(kDefaultYears));
    m_force.setDescription(tr("Replace <file> if it already exists."));
    parser.addOption(m_db);
    parser.addOption(m_employees);
    parser.addOption(m_seed);
    parser.addOption(m_years);
    parser.addOption(m_force);
}

int DemoCommand::run(const QCommandLineParser &parser, Console &console)
{
    const QString file = parser.isSet(m_db) ? parser.value(m_db) : Database::defaultPath();
    if (file.trimmed().isEmpty())
        return console.usageError(tr("--db needs a file name."), name());
    bool ok = false;
    const QString employeesText = parser.value(m_employees);
    const int employees = employeesText.toInt(&ok);
    if (!ok || employees < 1 || employees > DemoGenerator::kMaxEmployees) {
        return console.usageError(tr("--employees must be a whole number from 1 to %1, not “%2”.")
                                      .arg(DemoGenerator::kMaxEmployees)
                                      .arg(employeesText),
                                  name());
    }
    const QString seedText = parser.value(m_seed);
    const quint64 seed = seedText.toULongLong(&ok);
    if (!ok) {
        return console.usageError(
            tr("--seed must be a whole number from 0 to 18446744073709551615, not “%1”.")
                .arg(seedText),
            name());
    }
    const QString yearsText = parser.value(m_years);
    const int years = yearsText.toInt(&ok);
    if (!ok || years < 0 || years > DemoGenerator::kMaxYears) {
        return console.usageError(tr("--years must be a whole number from 0 to %1, not “%2”.")
                                      .arg(DemoGenerator::kMaxYears)
                                      .arg(yearsText),
                                  name());
    }

    InterruptGuard guard;
    DemoGenerator::Options options;
    options.employees = employees;
    options.seed = seed;
    options.years = years;
    if (ServerAddress::isServerLocation(file))
        return runOnServer(file, options, parser.isSet(m_force), console);

    const QString shown = QDir::toNativeSeparators(file);
    const QFileInfo info(file);
    if (info.isDir())
        return console.failure(shown, tr("This is a folder, not a file."));
    if (info.exists() && info.size() > 0 && !parser.isSet(m_force))
        return console.failure(shown, tr("The file already exists. Use --force to replace it."));

    const QString partial = file + QLatin1String(".partial");
    if (!removeDatabaseFiles(partial)) {
        return console.failure(QDir::toNativeSeparators(partial),
                               tr("Cannot remove this unfinished file of an earlier run."));
    }

    DemoGenerator::Summary summary;
    const Status s = generate(partial, options, console, &summary);
    if (!s || InterruptGuard::interrupted()) {
        removeDatabaseFiles(partial);
        if (InterruptGuard::interrupted())
            return console.failure(shown, tr("Interrupted; no database was written."));
        return console.failure(shown, s.message());
    }

    // A -wal or -shm file of the replaced database would be applied to the new one.
    QFile::remove(file + QLatin1String("-wal"));
    QFile::remove(file + QLatin1String("-shm"));
    QString error;
    if (!files::replaceFile(partial, file, &error)) {
        removeDatabaseFiles(partial);
        return console.failure(shown, tr("Cannot put the new database in place: %1").arg(error));
    }
    printSummary(summary, shown, console);
    return ExitSuccess;
}

// A server database gets the demo as an office's file would be loaded: generated into a
// temporary file, then copied in with every table in one transaction (DatabaseCopy), so
// the server holds all of it or, after an error or Ctrl-C, none.
int DemoCommand::runOnServer(const QString &location, const DemoGenerator::Options &options,
                             bool force, Console &console)
{
    if (force)
        return console.usageError(tr("--force replaces a file; a server database is never "
                                     "replaced. Use an empty database (kinerja-cli server init)."),
                                  name());
    Database server;
    if (Status s = server.open(location); !s)
        return console.failure(location, s.message());
    const QString shown = server.displayName();
    QTemporaryDir temp;
    if (!temp.isValid())
        return console.failure(shown,
                               tr("Cannot create a temporary folder: %1").arg(temp.errorString()));
    const QString file = temp.filePath(QStringLiteral("demo.sqlite"));
    DemoGenerator::Summary summary;
    Status s = generate(file, options, console, &summary);
    if (s && !InterruptGuard::interrupted()) {
        Database from;
        s = from.open(file);
        if (s)
            s = DatabaseCopy::copy(from, server, [](const DatabaseCopy::Step &) {
                return !InterruptGuard::interrupted();
            });
    }
    if (InterruptGuard::interrupted())
        return console.failure(shown, tr("Interrupted; nothing was written to the server."));
    if (!s)
        return console.failure(shown, s.message());
    printSummary(summary, shown, console);
    return ExitSuccess;
}

void DemoCommand::printSummary(const DemoGenerator::Summary &summary, const QString &shown,
                               Console &console) const
{
    console.out(tr("Created %1 employees in %2 units: %3")
                    .arg(Console::count(summary.employees), Console::count(summary.units))
                    .arg(shown) +
                QLatin1Char('\n'));
    if (summary.appraisals > 0) {
        const QString span =
            summary.firstYear == summary.lastYear
                ? QString::number(summary.lastYear)
                : QStringLiteral("%1–%2").arg(summary.firstYear).arg(summary.lastYear);
        console.out(tr("Appraisal history %1: %2 appraisals in %3 periods, all final and closed.")
                        .arg(span)
                        .arg(Console::count(summary.appraisals), Console::count(summary.periods)) +
                    QLatin1Char('\n'));
    }
}

} // namespace kinerja::cli
