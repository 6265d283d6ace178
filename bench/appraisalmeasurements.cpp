#include "appraisalmeasurements.h"

#include "storage/appraisalbulk.h"
#include "storage/appraisalquery.h"
#include "storage/appraisalrepository.h"
#include "storage/appraisalresults.h"
#include "storage/database.h"
#include "storage/employeerepository.h"
#include "storage/periodrepository.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"

#include <QElapsedTimer>

namespace kinerja::bench {

namespace {

double elapsedMs(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

bool failed(const Status &s, QString *error)
{
    if (!s)
        *error = s.message();
    return !s;
}

// A spread of ratings, the same on every run: mostly Sesuai, some Di Atas, a few Di Bawah.
Rating ratingFor(qint64 id, int salt)
{
    const quint64 h = (static_cast<quint64>(id) * 0x9E3779B97F4A7C15ULL) >> (20 + salt);
    const int r = static_cast<int>(h % 100);
    return r < 5    ? Rating::DiBawahEkspektasi
           : r < 20 ? Rating::DiAtasEkspektasi
                    : Rating::SesuaiEkspektasi;
}

} // namespace

bool measureAppraisals(const QString &scratch, AppraisalFigures *r, QString *error)
{
    Database db;
    if (failed(db.open(scratch), error))
        return false;
    qint64 root = 0;
    for (const Unit &u : UnitRepository(db).all())
        if (u.parentId == 0)
            root = u.id;
    r->employees = EmployeeRepository(db).count();

    PeriodRepository periods(db);
    Period period = Period::quarter(2026, 1);
    while (periods.findByCode(period.toString()))
        period = period.next();
    qint64 periodId = 0;
    if (failed(periods.create(period, 0, &periodId), error))
        return false;
    r->period = period.toString();

    QElapsedTimer t;
    t.start();
    BulkReport report;
    if (failed(
            AppraisalBulk(db, QStringLiteral("bench")).createForUnit(periodId, root, true, &report),
            error))
        return false;
    r->createMs = elapsedMs(t);
    r->created = report.done;
    r->skipped = static_cast<int>(report.skipped.size());

    AppraisalFilter filter;
    filter.periodId = periodId;
    const QVector<AppraisalRow> rows = AppraisalQuery(db).rows(filter);
    t.restart();
    {
        Transaction tx(db);
        AppraisalRepository repo(db);
        for (const AppraisalRow &row : rows)
            if (failed(repo.setRatings(row.id, ratingFor(row.id, 0), ratingFor(row.id, 7)), error))
                return false;
        if (!tx.commit()) {
            *error = tx.lastError();
            return false;
        }
    }
    r->fillMs = elapsedMs(t);

    t.restart();
    RecomputeReport recompute;
    if (failed(AppraisalResults(db).recomputePeriod(periodId, &recompute), error))
        return false;
    r->recomputeMs = elapsedMs(t);
    r->recomputed = recompute.recomputed;
    r->complete = recompute.complete;
    r->changed = recompute.changed;
    return true;
}

} // namespace kinerja::bench
