#include "measurements.h"

#include "storage/database.h"
#include "storage/employeelistquery.h"
#include "storage/employeesearch.h"
#include "storage/unitrepository.h"

#include <QElapsedTimer>

namespace kinerja::bench {

namespace {

double elapsedMs(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

bool open(Database &db, const QString &path, QString *error)
{
    const Status s = db.open(path);
    if (!s)
        *error = s.message();
    return s.isOk();
}

} // namespace

bool measureColdOpen(const QString &path, ColdOpen *r, QString *error)
{
    QElapsedTimer total;
    total.start();
    QElapsedTimer step;
    step.start();
    Database db;
    if (!open(db, path, error))
        return false;
    r->openMs = elapsedMs(step);

    step.restart();
    const QVector<Unit> units = UnitRepository(db).all();
    r->unitsMs = elapsedMs(step);
    step.restart();
    const QHash<qint64, int> counts = UnitRepository(db).staffCounts(false);
    r->staffCountsMs = elapsedMs(step);

    EmployeeListQuery query(db);
    step.restart();
    const QVector<qint64> ids =
        query.ids(EmployeeFilter{}, EmployeeColumn::Name, Qt::AscendingOrder);
    r->idsMs = elapsedMs(step);
    step.restart();
    const QVector<EmployeeRow> rows = query.rows(ids.mid(0, kFirstScreenRows));
    r->rowsMs = elapsedMs(step);
    r->totalMs = elapsedMs(total);
    r->listed = static_cast<int>(ids.size());
    r->rowsLoaded = static_cast<int>(rows.size());
    Q_UNUSED(units);
    Q_UNUSED(counts);
    return true;
}

bool measureKeystrokes(const QString &path, const QStringList &words, Keystrokes *result,
                       QString *error)
{
    Database db;
    if (!open(db, path, error))
        return false;
    EmployeeListQuery query(db);
    EmployeeSearch search(db);
    search.run(EmployeeFilter{}, EmployeeColumn::Name, Qt::AscendingOrder); // as the list opens
    for (const QString &word : words) {
        for (qsizetype n = 1; n <= word.size(); ++n) {
            EmployeeFilter filter;
            filter.text = word.left(n);
            QElapsedTimer total;
            total.start();
            QElapsedTimer step;
            step.start();
            const EmployeeSearch::Result found =
                search.run(filter, EmployeeColumn::Name, Qt::AscendingOrder);
            result->ids.add(elapsedMs(step));
            step.restart();
            const QVector<EmployeeRow> rows = query.rows(found.ids.mid(0, kFirstScreenRows));
            result->rows.add(elapsedMs(step));
            result->total.add(elapsedMs(total));
            Q_UNUSED(rows);
        }
    }
    return true;
}

bool measureScrolling(const QString &path, Samples *result, int *pages, QString *error)
{
    Database db;
    if (!open(db, path, error))
        return false;
    EmployeeListQuery query(db);
    const QVector<qint64> ids =
        query.ids(EmployeeFilter{}, EmployeeColumn::Name, Qt::AscendingOrder);
    *pages = 0;
    for (qsizetype first = 0; first < ids.size(); first += kScrollPage) {
        QElapsedTimer t;
        t.start();
        const QVector<EmployeeRow> rows = query.rows(ids.mid(first, kScrollPage));
        result->add(elapsedMs(t));
        ++*pages;
        Q_UNUSED(rows);
    }
    return true;
}

} // namespace kinerja::bench
