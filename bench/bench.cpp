// kinerja-bench: generates a demo database (or reuses one) and measures what the
// employee list does when it opens, filters and scrolls, the appraisals of a period
// and the charts, against the budgets.
// A developer tool: its output is not translated.
#include "appraisalmeasurements.h"
#include "chartmeasurements.h"
#include "demo/demogenerator.h"
#include "exportmeasurements.h"
#include "history.h"
#include "importmeasurements.h"
#include "measurements.h"
#include "printmeasurements.h"
#include "report.h"
#include "storage/database.h"
#include "storage/databasecopy.h"
#include "storage/employeerepository.h"
#include "storage/scratchcopy.h"
#include "storage/unitrepository.h"
#include "uimeasurements.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace kinerja;
using namespace kinerja::bench;

namespace {

constexpr double kColdOpenBudgetMs = 1000;
constexpr double kInteractionBudgetMs = 16;
constexpr double kCreateAppraisalsBudgetMs = 5000;
constexpr double kRecomputeBudgetMs = 1000;
constexpr double kUnitTrendBudgetMs = 50;
constexpr double kDashboardBudgetMs = 300;
constexpr int kHistoryLastYear = 2025; // the year before the demo's reference date

bool generate(const QString &path, int employees, quint64 seed, int years)
{
    Database db;
    Status s = db.open(path);
    if (s) {
        DemoGenerator::Options options;
        options.employees = employees;
        options.seed = seed;
        DemoGenerator generator(options);
        QElapsedTimer t;
        t.start();
        s = generator.run(db);
        if (s) {
            print(QStringLiteral("Generated %1 employees in %2 units (%3) in %4 s")
                      .arg(generator.summary().employees)
                      .arg(generator.summary().units)
                      .arg(generator.summary().government)
                      .arg(static_cast<double>(t.elapsed()) / 1000.0, 0, 'f', 2));
        }
    }
    if (s && years > 0) {
        print(QStringLiteral("Writing %1 years of appraisal history (%2–%3):")
                  .arg(years)
                  .arg(kHistoryLastYear - years + 1)
                  .arg(kHistoryLastYear));
        HistoryFigures history;
        QString error;
        if (writeHistory(db, years, kHistoryLastYear, seed, &history, &error)) {
            print(QStringLiteral("Generated %1 periods, %2 appraisals in %3 s")
                      .arg(history.periods)
                      .arg(history.appraisals)
                      .arg(history.seconds, 0, 'f', 1));
        } else {
            s = Status::error(error);
        }
    }
    if (!s)
        std::fprintf(stderr, "kinerja-bench: %s: %s\n", qPrintable(path), qPrintable(s.message()));
    return s.isOk();
}

// A server database holding employees is measured as it is. An empty one gets the
// schema, then the rows of `file` (generated there first unless it exists), as
// `kinerja-cli server init` and `server load` would set up an office's server.
bool prepareServer(const QString &location, const QString &file, int employees, quint64 seed,
                   int years)
{
    ServerAddress address;
    Status s = ServerAddress::parse(location, &address);
    Database server;
    // Initialise refuses a database that already has the schema: then it is used as it is.
    const bool initialised = s && server.openServer(address, Database::ServerSchema::Initialise);
    if (s && !initialised)
        s = server.openServer(address, Database::ServerSchema::Use);
    if (s && !initialised && EmployeeRepository(server).count() > 0) {
        print(QStringLiteral("Reusing %1").arg(server.displayName()));
        return true;
    }
    const QFileInfo existing(file);
    if (s && !(existing.exists() && existing.size() > 0) && !generate(file, employees, seed, years))
        return false;
    Database source;
    if (s)
        s = source.open(file);
    if (s) {
        print(QStringLiteral("Loading %1 into %2:").arg(file, server.displayName()));
        QString table;
        const auto progress = [&table](const DatabaseCopy::Step &step) {
            if (step.table != table) {
                table = step.table;
                print(QStringLiteral("  %1 (%2 rows), %3 of %4 rows copied")
                          .arg(table)
                          .arg(step.tableTotal)
                          .arg(step.done)
                          .arg(step.total));
            }
            return true;
        };
        QElapsedTimer t;
        t.start();
        DatabaseCopy::Report report;
        s = DatabaseCopy::copy(source, server, progress, nullptr, &report);
        if (s)
            print(QStringLiteral("Loaded %1 rows in %2 s (%3 rows/s; with ANALYZE %4 s)")
                      .arg(report.rows)
                      .arg(static_cast<double>(report.msecs) / 1000.0, 0, 'f', 1)
                      .arg(report.rows * 1000 / std::max<qint64>(report.msecs, 1))
                      .arg(static_cast<double>(t.elapsed()) / 1000.0, 0, 'f', 1));
    }
    if (!s)
        std::fprintf(stderr, "kinerja-bench: %s: %s\n", qPrintable(location),
                     qPrintable(s.message()));
    return s.isOk();
}

// Which engine every figure below is of.
bool printEngine(const QString &location)
{
    Database db;
    if (const Status s = db.open(location); !s) {
        std::fprintf(stderr, "kinerja-bench: %s: %s\n", qPrintable(location),
                     qPrintable(s.message()));
        return false;
    }
    print(QStringLiteral("Engine: %1, %2 (%3 employees)")
              .arg(db.isServer() ? QStringLiteral("PostgreSQL server (QPSQL)")
                                 : QStringLiteral("SQLite file (QSQLITE)"),
                   db.displayName())
              .arg(EmployeeRepository(db).count()));
    return true;
}

// A copy the mutating sections may write: a file next to the others, or a database
// cloned on the same server (ScratchCopy), so that the one measured stays as it was.
bool scratch(const QString &location, const QString &folder, const char *section, ScratchCopy *copy,
             QString *error)
{
    const QString name = QStringLiteral("kinerja_bench_%1_scratch").arg(QLatin1String(section));
    if (const Status s = copy->create(location, folder, name); !s) {
        *error = s.message();
        return false;
    }
    return true;
}

void printHeader()
{
    print(QString::asprintf("  %-46s %14s %12s", "measurement", "result", "budget"));
}

// The employee list: storage layer and the real widgets.
bool listSection(const QString &path, QString *error)
{
    ColdOpen cold;
    Keystrokes keys;
    Samples scroll;
    int pages = 0;
    const QStringList words = {QStringLiteral("sur"), QStringLiteral("wati"),
                               QStringLiteral("1985"), QStringLiteral("analis")};
    WindowOpen window;
    UiInteraction ui;
    if (!measureColdOpen(path, &cold, error) || !measureKeystrokes(path, words, &keys, error) ||
        !measureScrolling(path, &scroll, &pages, error) ||
        !measureWindowOpen(path, &window, error) ||
        !measureUiInteraction(path, words, &ui, error)) {
        return false;
    }

    printHeader();
    print(QStringLiteral("On the real widgets (what the user sees):"));
    print(row(QStringLiteral("open database + main window painted"), window.totalMs, "ms",
              kColdOpenBudgetMs));
    print(QStringLiteral("    (%1 employees listed; %2 display rows read for the first screen)")
              .arg(window.listed)
              .arg(window.rowsFetched));
    print(row(QStringLiteral("filter keystroke → table repainted, median"), ui.keystrokes.median(),
              "ms", kInteractionBudgetMs));
    print(row(QStringLiteral("filter keystroke → table repainted, max"), ui.keystrokes.max(), "ms",
              kInteractionBudgetMs));
    print(QStringLiteral("    (%1 keystrokes typing and deleting: %2)")
              .arg(ui.keystrokes.ms.size())
              .arg(words.join(QLatin1String(", "))));
    print(row(QStringLiteral("scroll one page → repainted, median"), ui.scrollSteps.median(), "ms",
              kInteractionBudgetMs));
    print(row(QStringLiteral("scroll one page → repainted, max"), ui.scrollSteps.max(), "ms",
              kInteractionBudgetMs));
    print(QStringLiteral("    (%1 page steps through the whole list, %2 pages fetched)")
              .arg(ui.scrollSteps.ms.size())
              .arg(ui.pagesFetchedWhileScrolling));
    print(QStringLiteral("Storage layer breakdown:"));
    print(row(QStringLiteral("cold open (total)"), cold.totalMs, "ms", kColdOpenBudgetMs));
    print(row(QStringLiteral("  Database::open"), cold.openMs, "ms", 0));
    print(row(QStringLiteral("  UnitRepository::all"), cold.unitsMs, "ms", 0));
    print(row(QStringLiteral("  UnitRepository::staffCounts"), cold.staffCountsMs, "ms", 0));
    print(row(QStringLiteral("  EmployeeListQuery::ids (all, by name)"), cold.idsMs, "ms", 0));
    print(row(QStringLiteral("  EmployeeListQuery::rows (first screen)"), cold.rowsMs, "ms", 0));
    const QString typed = QStringLiteral("(%1 keystrokes: %2)")
                              .arg(keys.total.ms.size())
                              .arg(words.join(QLatin1String(", ")));
    print(row(QStringLiteral("filter keystroke, median"), keys.total.median(), "ms",
              kInteractionBudgetMs));
    print(
        row(QStringLiteral("filter keystroke, max"), keys.total.max(), "ms", kInteractionBudgetMs));
    print(QStringLiteral("    ") + typed);
    print(row(QStringLiteral("  EmployeeSearch::run, median / max"), keys.ids.median(), "ms", 0) +
          QString::asprintf(" / %.2f ms", keys.ids.max()));
    print(row(QStringLiteral("  rows(first screen), median / max"), keys.rows.median(), "ms", 0) +
          QString::asprintf(" / %.2f ms", keys.rows.max()));
    print(row(QStringLiteral("scroll page of %1 rows, median").arg(kScrollPage), scroll.median(),
              "ms", kInteractionBudgetMs));
    print(row(QStringLiteral("scroll page of %1 rows, max").arg(kScrollPage), scroll.max(), "ms",
              kInteractionBudgetMs));
    print(QStringLiteral("    (%1 pages through the whole list)").arg(pages));
    print(QStringLiteral("rows loaded at first screen: %1 of %2")
              .arg(cold.rowsLoaded)
              .arg(cold.listed));
    return true;
}

// Issue 3, on a copy of the database.
bool appraisalSection(const QString &path, const QString &workDir, QString *error)
{
    AppraisalFigures appraisals;
    ScratchCopy copy;
    if (!scratch(path, workDir, "appraisals", &copy, error) ||
        !measureAppraisals(copy.location(), &appraisals, error))
        return false;
    printHeader();
    print(QStringLiteral("Appraisals, period %1, %2 employees:")
              .arg(appraisals.period)
              .arg(appraisals.employees));
    print(row(QStringLiteral("create appraisals of a period for all staff"), appraisals.createMs,
              "ms", kCreateAppraisalsBudgetMs));
    print(QStringLiteral("    (AppraisalBulk::createForUnit from the root: %1 created, %2 "
                         "without a position by the period's end)")
              .arg(appraisals.created)
              .arg(appraisals.skipped));
    print(row(QStringLiteral("recompute all scores of a period"), appraisals.recomputeMs, "ms",
              kRecomputeBudgetMs));
    print(QStringLiteral("    (AppraisalResults::recomputePeriod: %1 recomputed, %2 complete, "
                         "%3 rewritten)")
              .arg(appraisals.recomputed)
              .arg(appraisals.complete)
              .arg(appraisals.changed));
    print(row(QStringLiteral("  (setup) setRatings for everyone, one by one"), appraisals.fillMs,
              "ms", 0));
    return true;
}

void printTimed(const QString &what, const Timed &t, double budget)
{
    print(row(what + QStringLiteral(", median"), t.warm.median(), "ms", budget));
    print(row(what + QStringLiteral(", max"), t.warm.max(), "ms", budget));
    print(row(what + QStringLiteral(", cold (1st run)"), t.cold, "ms", budget));
}

void printPart(const QString &what, const Timed &t)
{
    print(row(what, t.warm.median(), "ms", 0) +
          QString::asprintf(" max %.2f, cold %.2f", t.warm.max(), t.cold));
}

// Issue 4: the unit trend chart and the agency dashboard.
bool chartSection(const QString &path, QString *error)
{
    ChartFigures c;
    if (!measureCharts(path, &c, error))
        return false;
    printHeader();
    print(QStringLiteral("Charts, %1 runs after a first (cold) one on a fresh "
                         "connection:")
              .arg(kChartRuns));
    for (const TrendFigures &t : std::as_const(c.trends)) {
        print(QStringLiteral("  Unit trend of %1 with sub-units (%2 appraised staff), %3 "
                             "quarters %4 – %5, chart 1200×700:")
                  .arg(t.unitName)
                  .arg(t.staff)
                  .arg(c.periods)
                  .arg(c.from, c.to));
        printTimed(QStringLiteral("unit trend: query+chart+render"), t.total, kUnitTrendBudgetMs);
        printPart(QStringLiteral("  TrendQuery::unit, median"), t.query);
        printPart(QStringLiteral("  TrendCharts::unit + view, median"), t.chartBuild);
        printPart(QStringLiteral("  render (QChartView::grab()), median"), t.chartRender);
    }
    print(QStringLiteral("  Dashboard: %1 (%2 appraisals), compared with %3; %4 organisations, "
                         "%5 raters listed")
              .arg(c.period)
              .arg(c.appraisals)
              .arg(c.previous.isEmpty() ? QStringLiteral("nothing") : c.previous)
              .arg(c.organisations)
              .arg(c.raters));
    printTimed(QStringLiteral("agency dashboard (all parts)"), c.dashboardTotal,
               kDashboardBudgetMs);
    printPart(QStringLiteral("  DashboardQuery::distribution, median"), c.distribution);
    printPart(QStringLiteral("  pendingByOrganisation, median"), c.pending);
    printPart(QStringLiteral("  raterLeniency, median"), c.leniency);
    printPart(QStringLiteral("  selfGap, median"), c.selfGap);
    printPart(QStringLiteral("  previousPeriodOfKind, median"), c.previousPeriod);
    printPart(QStringLiteral("  changes(previous, latest), median"), c.changes);
    printPart(QStringLiteral("  AppraisalQuery::distribution(root), med."), c.unitDistribution);
    return true;
}

constexpr double kPrintBudgetSeconds = 20;
constexpr int kPrintSheets = 1000;

// Issue 5: 1,000 Dokumen Evaluasi sheets into one PDF, with bounded memory.
bool printSection(const QString &path, const QString &folder, QString *error)
{
    PrintFigures p;
    if (!measurePrint(path, folder, kPrintSheets, &p, error))
        return false;
    printHeader();
    print(QStringLiteral("Printing: Dokumen Evaluasi sheets of %1 into one A4 PDF:").arg(p.period));
    print(row(QStringLiteral("%1 sheets (%2 pages, %3 MB)")
                  .arg(p.sheets)
                  .arg(p.pages)
                  .arg(p.pdfBytes / 1048576.0, 0, 'f', 1),
              p.seconds, "s", kPrintBudgetSeconds));
    print(row(QStringLiteral("  %1 sheets, for comparison").arg(p.smallSheets), p.smallSeconds, "s",
              0));
    print(QStringLiteral("  peak memory growth: %1 MB for %2 sheets, %3 MB for %4 (bounded when "
                         "about the same)")
              .arg(p.peakGrowthKb / 1024.0, 0, 'f', 1)
              .arg(p.sheets)
              .arg(p.smallPeakGrowthKb / 1024.0, 0, 'f', 1)
              .arg(p.smallSheets));
    return true;
}

constexpr double kExportRatioBudget = 1.5;

// Issue 6: the recap to XLSX against libxlsxwriter alone.
bool exportSection(const QString &path, const QString &folder, QString *error)
{
    ExportFigures e;
    if (!measureExport(path, folder, &e, error))
        return false;
    printHeader();
    print(QStringLiteral("Export: the recap of %1, %2 rows, main sheet (best of 3):")
              .arg(e.period)
              .arg(e.rows));
    print(row(QStringLiteral("exportRecap to XLSX (reading included)"), e.exportSeconds, "s", 0));
    print(row(QStringLiteral("libxlsxwriter alone, same cells in memory"), e.baselineSeconds, "s",
              0));
    print(
        row(QStringLiteral("ratio"), e.exportSeconds / e.baselineSeconds, "x", kExportRatioBudget));
    print(row(QStringLiteral("exportRecap to CSV"), e.csvSeconds, "s", 0));
    print(QStringLiteral("  peak memory growth of the XLSX export: %1 MB (budget 100 MB)")
              .arg(e.exportPeakGrowthKb / 1024.0, 0, 'f', 1));
    return true;
}

// Issue 6: the employee import of the whole agency, on a copy of the database.
bool importSection(const QString &path, const QString &folder, QString *error)
{
    ImportFigures figures;
    ScratchCopy copy;
    if (!scratch(path, folder, "import", &copy, error) ||
        !measureImport(copy.location(), folder, &figures, error))
        return false;
    printHeader();
    printImport(figures);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // The widget measurements need no screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kinerja-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures the employee list, the appraisals and the charts against "
                       "their time budgets."));
    parser.addHelpOption();
    const QCommandLineOption employeesOption(QStringLiteral("employees"),
                                             QStringLiteral("Employees to generate."),
                                             QStringLiteral("n"), QStringLiteral("50000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Demo seed."),
                                        QStringLiteral("number"), QStringLiteral("1"));
    const QCommandLineOption yearsOption(
        QStringLiteral("years"),
        QStringLiteral("Years of quarterly and annual appraisals to generate (0-10)."),
        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("Use <location>: a file, reused when it exists, else generated there; or "
                       "a server database postgresql://user@host:port/dbname, reused when it "
                       "holds employees, else initialised and loaded (see --from). Sections "
                       "that write (appraisals, import) work on a copy: a file, or a database "
                       "cloned on the same server, which needs the CREATEDB privilege."),
        QStringLiteral("location"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"),
        QStringLiteral("With a server --db that is empty: load <file> (generated there first "
                       "when it does not exist) instead of a temporary file."),
        QStringLiteral("file"));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QStringLiteral("Run only these sections (comma-separated): list, appraisals, charts, "
                       "print, export, import."),
        QStringLiteral("sections"), QStringLiteral("list,appraisals,charts,print,export,import"));
    parser.addOptions({employeesOption, seedOption, yearsOption, dbOption, fromOption, onlyOption});
    parser.process(app);

    bool ok = false;
    const int employees = parser.value(employeesOption).toInt(&ok);
    bool seedOk = false;
    const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
    bool yearsOk = false;
    const int years = parser.value(yearsOption).toInt(&yearsOk);
    if (!ok || employees < 1 || employees > DemoGenerator::kMaxEmployees || !seedOk || !yearsOk ||
        years < 0 || years > DemoGenerator::kMaxYears) {
        std::fputs("kinerja-bench: --employees, --seed and --years need whole numbers.\n", stderr);
        return 2;
    }
    const QStringList known = {QStringLiteral("list"),   QStringLiteral("appraisals"),
                               QStringLiteral("charts"), QStringLiteral("print"),
                               QStringLiteral("export"), QStringLiteral("import")};
    const QStringList sections =
        parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &section : sections) {
        if (!known.contains(section.trimmed())) {
            std::fprintf(stderr, "kinerja-bench: unknown section \"%s\" (known: %s).\n",
                         qPrintable(section), qPrintable(known.join(QLatin1String(", "))));
            return 2;
        }
    }
    const auto wanted = [&sections](const char *name) {
        for (const QString &s : sections)
            if (s.trimmed() == QLatin1String(name))
                return true;
        return false;
    };

    QTemporaryDir temp;
    QString path = temp.filePath(QStringLiteral("bench.sqlite"));
    if (parser.isSet(dbOption))
        path = parser.value(dbOption);
    if (ServerAddress::isServerLocation(path)) {
        const QString file = parser.isSet(fromOption)
                                 ? parser.value(fromOption)
                                 : temp.filePath(QStringLiteral("bench.sqlite"));
        if (!prepareServer(path, file, employees, seed, years))
            return 1;
    } else if (const QFileInfo existing(path); existing.exists() && existing.size() > 0) {
        print(QStringLiteral("Reusing %1").arg(path));
    } else if (!generate(path, employees, seed, years)) {
        return 1;
    }
    if (!printEngine(path))
        return 1;

    QString error;
    if (wanted("list") && !listSection(path, &error)) {
        std::fprintf(stderr, "kinerja-bench: %s: %s\n", qPrintable(path), qPrintable(error));
        return 1;
    }
    if (wanted("appraisals") && !appraisalSection(path, temp.path(), &error)) {
        std::fprintf(stderr, "kinerja-bench: appraisals: %s\n", qPrintable(error));
        return 1;
    }
    if (wanted("charts") && !chartSection(path, &error)) {
        std::fprintf(stderr, "kinerja-bench: charts: %s\n", qPrintable(error));
        return 1;
    }
    if (wanted("print") && !printSection(path, temp.path(), &error)) {
        std::fprintf(stderr, "kinerja-bench: print: %s\n", qPrintable(error));
        return 1;
    }
    if (wanted("export") && !exportSection(path, temp.path(), &error)) {
        std::fprintf(stderr, "kinerja-bench: export: %s\n", qPrintable(error));
        return 1;
    }
    if (wanted("import") && !importSection(path, temp.path(), &error)) {
        std::fprintf(stderr, "kinerja-bench: import: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
