#include "exportmeasurements.h"

#include "memory.h"

#include "domain/grade.h"
#include "exchange/exports.h"
#include "storage/database.h"
#include "storage/exportquery.h"
#include "storage/periodrepository.h"

#include <QElapsedTimer>
#include <QFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <vector>

namespace kinerja::bench {

namespace {

constexpr int kRuns = 3;

// The recap's cells as libxlsxwriter takes them: UTF-8 strings and numbers.
struct Cells {
    QByteArray text[12];
    std::optional<double> score;
    double date = -1;
};

double baseline(const std::vector<Cells> &rows, const QString &file)
{
    QElapsedTimer timer;
    timer.start();
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    const QByteArray name = QFile::encodeName(file);
    lxw_workbook *wb = workbook_new_opt(name.constData(), &options);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "Rekap");
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    lxw_format *text = workbook_add_format(wb);
    format_set_num_format(text, "@");
    lxw_format *number = workbook_add_format(wb);
    format_set_num_format(number, "0.00");
    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "dd/mm/yyyy");
    for (lxw_col_t c = 0; c < 15; ++c)
        worksheet_write_string(ws, 0, c, "Header", bold);
    const lxw_col_t textColumn[12] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 14};
    lxw_row_t row = 1;
    for (const Cells &r : rows) {
        worksheet_write_number(ws, row, 0, row, nullptr);
        for (int i = 0; i < 12; ++i)
            if (!r.text[i].isEmpty())
                worksheet_write_string(ws, row, textColumn[i], r.text[i].constData(),
                                       i == 0 || i == 6 ? text : nullptr);
        if (r.score)
            worksheet_write_number(ws, row, 10, *r.score, number);
        if (r.date >= 0)
            worksheet_write_number(ws, row, 13, r.date, date);
        ++row;
    }
    worksheet_freeze_panes(ws, 1, 0);
    worksheet_autofilter(ws, 0, 0, row - 1, 14);
    workbook_close(wb);
    return timer.nsecsElapsed() / 1e9;
}

} // namespace

bool measureExport(const QString &path, const QString &folder, ExportFigures *result,
                   QString *error)
{
    Database db;
    if (const Status s = db.open(path); !s) {
        *error = s.message();
        return false;
    }
    RecapFilter filter;
    for (const PeriodInfo &p : PeriodRepository(db).all()) {
        if (p.period.kind() == Period::Kind::Quarterly) {
            filter.periodId = p.id;
            result->period = p.code();
        }
    }
    if (filter.periodId == 0) {
        *error = QStringLiteral("the database has no quarterly appraisals (use --years)");
        return false;
    }

    exchange::ExportOptions options;
    options.detailSheet = false; // the main table alone, as the baseline writes
    options.summarySheet = false;
    exchange::ExportResult exported;
    // Both sides take the best of kRuns, so that one run disturbed by the machine does not
    // decide the ratio; the memory figure is the first (cold) run's.
    Status s;
    QElapsedTimer timer;
    for (int run = 0; run < kRuns; ++run) {
        resetPeak();
        const qint64 before = peakKb();
        timer.start();
        s = exchange::exportRecap(db, filter, folder + QStringLiteral("/recap.xlsx"), options, {},
                                  &exported);
        const double seconds = timer.nsecsElapsed() / 1e9;
        if (!s) {
            *error = s.message();
            return false;
        }
        if (run == 0) {
            result->exportSeconds = seconds;
            result->exportPeakGrowthKb = peakKb() - before;
        }
        result->exportSeconds = std::min(result->exportSeconds, seconds);
    }
    result->rows = exported.rows;
    options.format = exchange::ExportFormat::Csv;
    timer.restart();
    s = exchange::exportRecap(db, filter, folder + QStringLiteral("/recap.csv"), options);
    result->csvSeconds = timer.nsecsElapsed() / 1e9;
    if (!s) {
        *error = s.message();
        return false;
    }

    std::vector<Cells> rows;
    rows.reserve(static_cast<size_t>(exported.rows));
    const QDate epoch(1899, 12, 30);
    s = ExportQuery(db).forEachRecapRow(filter, [&](const RecapExportRow &e) {
        Cells c;
        const QString texts[12] = {e.nip,
                                   e.name,
                                   e.jabatan,
                                   Grade::display(e.status, e.grade),
                                   e.unitName,
                                   e.raterName,
                                   e.raterNip,
                                   e.ratingHasil ? ratingName(*e.ratingHasil) : QString(),
                                   e.ratingPerilaku ? ratingName(*e.ratingPerilaku) : QString(),
                                   e.predikat,
                                   appraisalStateName(e.state),
                                   e.rekomendasi};
        for (int i = 0; i < 12; ++i)
            c.text[i] = texts[i].toUtf8();
        c.score = e.score;
        if (e.finalizedOn.isValid())
            c.date = static_cast<double>(epoch.daysTo(e.finalizedOn));
        rows.push_back(std::move(c));
        return true;
    });
    if (!s) {
        *error = s.message();
        return false;
    }
    result->baselineSeconds = baseline(rows, folder + QStringLiteral("/baseline.xlsx"));
    for (int run = 1; run < kRuns; ++run)
        result->baselineSeconds = std::min(
            result->baselineSeconds, baseline(rows, folder + QStringLiteral("/baseline.xlsx")));
    return true;
}

} // namespace kinerja::bench
