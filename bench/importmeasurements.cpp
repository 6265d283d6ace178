#include "importmeasurements.h"

#include "memory.h"

#include "domain/nip.h"
#include "exchange/employeeimport.h"
#include "exchange/exports.h"
#include "exchange/tablecolumns.h"
#include "exchange/xlsxfilewriter.h"
#include "exchange/xlsxreader.h"
#include "report.h"
#include "storage/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <ctime>

namespace kinerja::bench {

namespace {

using exchange::EmployeeImport;

double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

double seconds(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

constexpr double kImportBudgetSeconds = 3;

QString load()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly)
               ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2)
               : QStringLiteral("?");
}

void printRun(const QString &what, const ImportRun &run)
{
    print(row(what + QStringLiteral(": read + validate"), run.readSeconds, "s",
              kImportBudgetSeconds));
    print(QStringLiteral("    (XLSX read, full validation, preview; CPU %1 s; load %2; peak "
                         "memory growth %3 MB)")
              .arg(run.readCpuSeconds, 0, 'f', 2)
              .arg(run.readLoad)
              .arg(run.readPeakGrowthKb / 1024.0, 0, 'f', 1));
    print(row(QStringLiteral("  of which validation + preview (readTable)"), run.validateSeconds,
              "s", 0));
    if (run.problems > 0) {
        print(QStringLiteral("    %1 problem(s), nothing committed; first: %2")
                  .arg(run.problems)
                  .arg(run.firstProblem));
        return;
    }
    print(row(what + QStringLiteral(": commit"), run.commitSeconds, "s", 0));
    print(QStringLiteral("    (%1 new, %2 changed, %3 unchanged; load %4; peak memory growth "
                         "%5 MB)")
              .arg(run.created)
              .arg(run.changed)
              .arg(run.unchanged)
              .arg(run.commitLoad)
              .arg(run.commitPeakGrowthKb / 1024.0, 0, 'f', 1));
}

bool failed(const Status &s, QString *error)
{
    if (!s)
        *error = s.message();
    return !s;
}

// Gives every NIP another serial (digits 16-18, 001-999) that no employee has, the same
// one each time it is asked: birth date, TMT and gender stay, so the NIP stays valid.
class NipChanger {
public:
    explicit NipChanger(Database &db)
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT nip FROM employee"));
        while (q.next())
            m_taken.insert(q.value(0).toString());
    }

    QString change(const QString &nip)
    {
        if (nip.size() != 18)
            return nip;
        if (const auto it = m_changed.constFind(nip); it != m_changed.constEnd())
            return it.value();
        const QString prefix = nip.left(15);
        const int serial = nip.right(3).toInt();
        for (int k = 1; k < 999; ++k) {
            const int s = (serial - 1 + k) % 999 + 1;
            const QString candidate = prefix + QStringLiteral("%1").arg(s, 3, 10, QLatin1Char('0'));
            if (!m_taken.contains(candidate)) {
                m_taken.insert(candidate);
                m_changed.insert(nip, candidate);
                return candidate;
            }
        }
        return nip; // all 999 serials taken: left as is (the import then says so)
    }

private:
    QSet<QString> m_taken;
    QHash<QString, QString> m_changed;
};

// The same rows as `table` with every NIP and NIP Atasan changed, written as the
// export writes (same columns, cell kinds and formats).
Status writeAllNew(Database &db, const exchange::SheetTable &table, const exchange::ColumnMap &map,
                   const QString &file)
{
    NipChanger nips(db);
    const QVector<exchange::ExportColumn> columns = exchange::employeeColumns();
    const int nipColumn = map.column(QStringLiteral("nip"));
    const int atasanColumn = map.column(QStringLiteral("atasan"));
    exchange::XlsxWriter writer(file);
    exchange::XlsxProperties properties;
    properties.title = QStringLiteral("Employees (all new)");
    Status s = writer.open(properties);
    int sheet = 0;
    if (s)
        s = writer.addSheet(QStringLiteral("Pegawai"), columns, &sheet);
    exchange::ExportRow row(columns.size());
    for (int r = map.headerRow + 1; s && r <= table.rowCount(); ++r) {
        if (table.isRowEmpty(r))
            continue;
        for (int c = 1; c <= columns.size(); ++c) {
            const exchange::Cell cell = table.cell(r, c);
            exchange::ExportCell &out = row[c - 1];
            switch (cell.type) {
            case exchange::CellType::String:
                out.setText(c == nipColumn || c == atasanColumn ? nips.change(cell.text)
                                                                : cell.text);
                break;
            case exchange::CellType::Number:
                out.setNumber(cell.number);
                break;
            case exchange::CellType::Date:
                out.setDate(cell.dateTime.date());
                break;
            default:
                out.clear();
                break;
            }
        }
        s = writer.writeRow(sheet, row);
    }
    if (s)
        s = writer.finish();
    return s;
}

// Reads `file` into the preview (the budgeted part), then commits when there is no problem.
bool importFile(Database &db, const QString &file, const exchange::ColumnChoices &choices,
                ImportRun *run, QString *error)
{
    EmployeeImport import(db);
    resetPeak();
    qint64 before = peakKb();
    QElapsedTimer timer;
    const double cpu = cpuSeconds();
    timer.start();
    if (failed(import.read(file, {}, choices), error))
        return false;
    run->readSeconds = seconds(timer);
    run->readCpuSeconds = cpuSeconds() - cpu;
    run->readPeakGrowthKb = peakKb() - before;
    run->readLoad = load();
    timer.restart();
    if (failed(import.readTable(import.table(), choices), error))
        return false;
    run->validateSeconds = seconds(timer);
    run->problems = int(import.problems().size());
    if (run->problems > 0) {
        run->firstProblem = import.problems().first().text();
        return true;
    }
    exchange::ImportSummary summary;
    resetPeak();
    before = peakKb();
    timer.restart();
    if (failed(import.commit(QDate::currentDate(), &summary), error))
        return false;
    run->commitSeconds = seconds(timer);
    run->commitPeakGrowthKb = peakKb() - before;
    run->commitLoad = load();
    run->created = summary.created;
    run->changed = summary.changed;
    run->unchanged = summary.unchanged;
    return true;
}

} // namespace

bool measureImport(const QString &scratch, const QString &folder, ImportFigures *result,
                   QString *error)
{
    const QDir dir(folder);
    Database db;
    if (failed(db.open(scratch), error))
        return false;

    // 1. The input: every employee, inactive ones included, as the export writes them.
    const QString file = dir.filePath(QStringLiteral("employees.xlsx"));
    EmployeeFilter all;
    all.includeInactive = true;
    exchange::ExportResult exported;
    QElapsedTimer timer;
    timer.start();
    if (failed(exchange::exportEmployees(db, all, file, exchange::ExportOptions(), {}, &exported),
               error))
        return false;
    result->exportSeconds = seconds(timer);
    result->employees = exported.rows;

    // 2. XLSX reading alone, for reference.
    exchange::ColumnChoices choices;
    {
        exchange::SheetTable table;
        table.sourceName = QFileInfo(file).fileName();
        resetPeak();
        const qint64 before = peakKb();
        const double cpu = cpuSeconds();
        timer.restart();
        exchange::XlsxReader reader;
        Status s = reader.open(file);
        if (s)
            s = reader.readSheet({}, table);
        if (failed(s, error))
            return false;
        result->xlsxReadSeconds = seconds(timer);
        result->xlsxReadCpuSeconds = cpuSeconds() - cpu;
        result->xlsxReadPeakGrowthKb = peakKb() - before;
        result->xlsxReadLoad = load();

        // The export's headers are translated; one the importer does not know by name
        // is chosen as the import dialog's mapping step lets the user do.
        exchange::ColumnMap map;
        if (failed(exchange::TableColumns::find(table, 1, EmployeeImport::employeeColumns(), map),
                   error))
            return false;
        if (!map.has(QStringLiteral("grade"))) {
            const QString header = exchange::employeeColumns().at(8).header;
            for (int c = 1; c <= table.columnCount(); ++c) {
                if (table.text(1, c) == header) {
                    choices.insert(QStringLiteral("grade"), c);
                    map.columns.insert(QStringLiteral("grade"), c);
                    result->gradeNote =
                        QStringLiteral("the header “%1” (column %2) is not one of the "
                                       "importer's names for the golongan; chosen as in the "
                                       "mapping step")
                            .arg(header, exchange::columnLetters(c));
                }
            }
        }

        // The all-new variant, from the same cells.
        timer.restart();
        if (failed(writeAllNew(db, table, map, dir.filePath(QStringLiteral("new.xlsx"))), error))
            return false;
        result->writeNewSeconds = seconds(timer);
    }

    // 3. The same file into the same database: everything unchanged, nothing to write.
    if (!importFile(db, file, choices, &result->reimport, error))
        return false;
    // 4. Every NIP new: 50,000 creates with their atasan.
    return importFile(db, dir.filePath(QStringLiteral("new.xlsx")), choices, &result->allNew,
                      error);
}

void printImport(const ImportFigures &f)
{
    print(QStringLiteral("Employee import: %1 employees (inactive included), XLSX, "
                         "on a copy of the database:")
              .arg(f.employees));
    print(row(QStringLiteral("exportEmployees to XLSX (the input)"), f.exportSeconds, "s", 0));
    print(row(QStringLiteral("XlsxReader alone into a SheetTable"), f.xlsxReadSeconds, "s", 0));
    print(QStringLiteral("    (CPU %1 s; load %2; peak memory growth %3 MB)")
              .arg(f.xlsxReadCpuSeconds, 0, 'f', 2)
              .arg(f.xlsxReadLoad)
              .arg(f.xlsxReadPeakGrowthKb / 1024.0, 0, 'f', 1));
    if (!f.gradeNote.isEmpty())
        print(QStringLiteral("    note: ") + f.gradeNote);
    printRun(QStringLiteral("re-import, all unchanged"), f.reimport);
    print(row(QStringLiteral("(setup) write the all-new file"), f.writeNewSeconds, "s", 0));
    printRun(QStringLiteral("all-new NIPs"), f.allNew);
}

} // namespace kinerja::bench
