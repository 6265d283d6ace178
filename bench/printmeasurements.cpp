#include "printmeasurements.h"

#include "memory.h"

#include "reports/agencysettings.h"
#include "reports/batch.h"
#include "storage/appraisalquery.h"
#include "storage/database.h"
#include "storage/periodrepository.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace kinerja::bench {

namespace {

bool batch(Database &db, const QVector<qint64> &ids, const QString &file, int *pages,
           double *seconds, qint64 *growthKb, QString *error)
{
    reports::BatchOptions options;
    options.output = file;
    options.documents = {reports::DocumentKind::DokumenEvaluasi};
    options.render.agency = reports::agencyHeader(db);
    resetPeak();
    const qint64 before = peakKb();
    QElapsedTimer timer;
    timer.start();
    reports::BatchReport report;
    const Status s = reports::BatchPrinter(db).run(ids, options, &report);
    *seconds = timer.nsecsElapsed() / 1e9;
    *growthKb = peakKb() - before;
    *pages = report.pages;
    if (!s)
        *error = s.message();
    return s.isOk();
}

} // namespace

bool measurePrint(const QString &path, const QString &folder, int sheets, PrintFigures *result,
                  QString *error)
{
    Database db;
    if (const Status s = db.open(path); !s) {
        *error = s.message();
        return false;
    }
    const QVector<PeriodInfo> periods = PeriodRepository(db).all();
    qint64 periodId = 0;
    for (const PeriodInfo &p : periods) {
        if (p.period.kind() == Period::Kind::Quarterly) {
            periodId = p.id;
            result->period = p.code();
        }
    }
    if (periodId == 0) {
        *error = QStringLiteral("the database has no quarterly appraisals (use --years)");
        return false;
    }
    AppraisalFilter filter;
    filter.periodId = periodId;
    QVector<qint64> ids;
    for (const AppraisalRow &r : AppraisalQuery(db).rows(filter)) {
        ids << r.id;
        if (ids.size() == sheets)
            break;
    }
    result->sheets = static_cast<int>(ids.size());
    result->smallSheets = qMax(1, result->sheets / 10);
    int pages = 0;
    if (!batch(db, ids.mid(0, result->smallSheets), folder + QStringLiteral("/small.pdf"), &pages,
               &result->smallSeconds, &result->smallPeakGrowthKb, error))
        return false;
    const QString file = folder + QStringLiteral("/sheets.pdf");
    if (!batch(db, ids, file, &result->pages, &result->seconds, &result->peakGrowthKb, error))
        return false;
    result->pdfBytes = QFileInfo(file).size();
    return true;
}

} // namespace kinerja::bench
