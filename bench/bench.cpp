// kinerja-bench: generates a demo database (or reuses one) and measures what the
// employee list does when it opens, filters and scrolls, against the budgets.
// A developer tool: its output is not translated.
#include "appraisalmeasurements.h"
#include "demo/demogenerator.h"
#include "measurements.h"
#include "storage/database.h"
#include "storage/employeerepository.h"
#include "storage/unitrepository.h"
#include "uimeasurements.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>

using namespace kinerja;
using namespace kinerja::bench;

namespace {

constexpr double kColdOpenBudgetMs = 1000;
constexpr double kInteractionBudgetMs = 16;
constexpr double kCreateAppraisalsBudgetMs = 5000; // issue 3
constexpr double kRecomputeBudgetMs = 1000;

void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

QString row(const QString &what, double value, const char *unit, double budget)
{
    QString line = QString::asprintf("  %-46s %10.2f %-3s", qPrintable(what), value, unit);
    if (budget > 0) {
        line += QString::asprintf(" %8.0f %-3s %s", budget, unit,
                                  value <= budget ? "ok" : "OVER BUDGET");
    }
    return line;
}

bool generate(const QString &path, int employees, quint64 seed)
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
    if (!s)
        std::fprintf(stderr, "kinerja-bench: %s: %s\n", qPrintable(path), qPrintable(s.message()));
    return s.isOk();
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
        QStringLiteral("Measures the employee list against its time budgets."));
    parser.addHelpOption();
    const QCommandLineOption employeesOption(QStringLiteral("employees"),
                                             QStringLiteral("Employees to generate."),
                                             QStringLiteral("n"), QStringLiteral("50000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Demo seed."),
                                        QStringLiteral("number"), QStringLiteral("1"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("Use <file>: reused when it exists, else generated there."),
        QStringLiteral("file"));
    parser.addOptions({employeesOption, seedOption, dbOption});
    parser.process(app);

    bool ok = false;
    const int employees = parser.value(employeesOption).toInt(&ok);
    bool seedOk = false;
    const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
    if (!ok || employees < 1 || employees > DemoGenerator::kMaxEmployees || !seedOk) {
        std::fputs("kinerja-bench: --employees and --seed need whole numbers.\n", stderr);
        return 2;
    }

    QTemporaryDir temp;
    QString path = temp.filePath(QStringLiteral("bench.sqlite"));
    if (parser.isSet(dbOption))
        path = parser.value(dbOption);
    const QFileInfo existing(path);
    if (existing.exists() && existing.size() > 0) {
        print(QStringLiteral("Reusing %1").arg(path));
    } else if (!generate(path, employees, seed)) {
        return 1;
    }

    QString error;
    ColdOpen cold;
    Keystrokes keys;
    Samples scroll;
    int pages = 0;
    const QStringList words = {QStringLiteral("sur"), QStringLiteral("wati"),
                               QStringLiteral("1985"), QStringLiteral("analis")};
    WindowOpen window;
    UiInteraction ui;
    if (!measureColdOpen(path, &cold, &error) || !measureKeystrokes(path, words, &keys, &error) ||
        !measureScrolling(path, &scroll, &pages, &error) ||
        !measureWindowOpen(path, &window, &error) ||
        !measureUiInteraction(path, words, &ui, &error)) {
        std::fprintf(stderr, "kinerja-bench: %s: %s\n", qPrintable(path), qPrintable(error));
        return 1;
    }

    AppraisalFigures appraisals;
    if (!measureAppraisals(path, temp.path(), &appraisals, &error)) {
        std::fprintf(stderr, "kinerja-bench: appraisals: %s\n", qPrintable(error));
        return 1;
    }

    print(QString::asprintf("  %-46s %14s %12s", "measurement", "result", "budget"));
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
    print(QStringLiteral("Appraisals (issue 3), period %1, %2 employees:")
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
    return 0;
}
