#include "exportquery.h"

#include "appraisalrow.h"
#include "database.h"
#include "sqlutil.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

namespace kinerja {

namespace {

Status run(const QString &what, const QString &sql, const QVariantList &values, QSqlQuery *q)
{
    QString error;
    if (sql::select(*q, sql, values, &error, sql::Rows::Streamed))
        return Status::ok();
    return Status::error(
        ExportQuery::tr("The %1 cannot be read from the database: %2").arg(what, error),
        QStringLiteral("database"));
}

// Runs "<head> WHERE <the filter's period and units><tail>".
Status runFiltered(const QString &what, const QString &head, const RecapFilter &filter,
                   const QString &tail, QSqlQuery *q)
{
    QVariantList values{filter.periodId};
    const QString units = detail::recapUnitCondition(filter, "a.unit_id", &values);
    return run(what, head + QStringLiteral(" WHERE a.period_id = ? AND ") + units + tail, values,
               q);
}

Status count(Database &db, const QString &what, const QString &from, const RecapFilter &filter,
             int *out)
{
    *out = 0;
    QSqlQuery q(db.connection());
    const Status s =
        runFiltered(what, QStringLiteral("SELECT count(*) FROM ") + from, filter, {}, &q);
    if (!s)
        return s;
    if (q.next())
        *out = q.value(0).toInt();
    return Status::ok();
}

// Reads each row of the query into one Row with `read` and hands it to `each`, until
// `each` returns false (then *stopped is set).
template <typename Row, typename Read>
void forEachRow(QSqlQuery &q, Read read, const std::function<bool(const Row &)> &each,
                bool *stopped)
{
    Row r;
    while (q.next()) {
        read(&r);
        if (!each(r)) {
            if (stopped)
                *stopped = true;
            return;
        }
    }
}

// The local date of a stored UTC time ("2026-11-23T14:29:49Z"). Converting to local time
// looks up the time zone and costs about 5 µs; a period's appraisals are finalized in a
// few batches, so the date is kept per minute.
QDate localDate(const QVariant &v, QHash<QString, QDate> *cache)
{
    if (v.isNull())
        return {};
    const QString text = v.toString();
    const QString minute = text.left(16);
    const auto it = cache->constFind(minute);
    if (it != cache->constEnd())
        return it.value();
    const QDate date = QDateTime::fromString(text, Qt::ISODate).toLocalTime().date();
    cache->insert(minute, date);
    return date;
}

} // namespace

Status ExportQuery::recapCount(const RecapFilter &filter, int *out) const
{
    return count(m_db, tr("appraisals of the export"), QStringLiteral("appraisal a"), filter, out);
}

Status ExportQuery::detailCount(const RecapFilter &filter, int *out) const
{
    return count(m_db, tr("indicators of the export"),
                 QStringLiteral("rhk_indicator i JOIN rhk r ON r.id = i.rhk_id "
                                "JOIN appraisal a ON a.id = r.appraisal_id"),
                 filter, out);
}

Status ExportQuery::forEachRecapRow(const RecapFilter &filter,
                                    const std::function<bool(const RecapExportRow &)> &each,
                                    bool *stopped) const
{
    if (stopped)
        *stopped = false;
    QSqlQuery q(m_db.connection());
    const Status s =
        runFiltered(tr("appraisals of the export"),
                    detail::appraisalRowSelect(QLatin1String(
                        ", a.status, a.grade, a.rater_name, a.rater_nip, a.finalized_at")),
                    filter, detail::appraisalRowOrder(), &q);
    if (!s)
        return s;
    QHash<QString, QDate> localDates;
    forEachRow<RecapExportRow>(
        q,
        [&](RecapExportRow *r) {
            detail::readAppraisalRow(q, r);
            constexpr int c = detail::AppraisalRowColumns;
            r->status = static_cast<EmployeeStatus>(qBound(0, q.value(c).toInt(), 2));
            r->grade = q.value(c + 1).toInt();
            r->raterName = q.value(c + 2).toString();
            r->raterNip = q.value(c + 3).toString();
            r->finalizedOn = localDate(q.value(c + 4), &localDates);
        },
        each, stopped);
    return Status::ok();
}

Status ExportQuery::forEachDetailRow(const RecapFilter &filter,
                                     const std::function<bool(const RecapDetailRow &)> &each,
                                     bool *stopped) const
{
    if (stopped)
        *stopped = false;
    QSqlQuery q(m_db.connection());
    const Status s = runFiltered(
        tr("indicators of the export"),
        QStringLiteral("SELECT a.id, a.nip, a.name, a.unit_id, "
                       "(SELECT count(*) FROM rhk r2 WHERE r2.appraisal_id = r.appraisal_id AND "
                       "(r2.kind < r.kind OR (r2.kind = r.kind AND (r2.position < r.position OR "
                       "(r2.position = r.position AND r2.id <= r.id))))), "
                       "r.kind, r.text, i.aspek, i.indikator, i.target, i.satuan, i.realisasi, "
                       "i.umpan_balik FROM rhk_indicator i JOIN rhk r ON r.id = i.rhk_id "
                       "JOIN appraisal a ON a.id = r.appraisal_id"),
        filter,
        detail::appraisalRowOrder() +
            QStringLiteral(", r.kind, r.position, r.id, i.position, i.id"),
        &q);
    if (!s)
        return s;
    forEachRow<RecapDetailRow>(
        q,
        [&q](RecapDetailRow *r) {
            r->appraisalId = q.value(0).toLongLong();
            r->nip = q.value(1).toString();
            r->name = q.value(2).toString();
            r->unitId = q.value(3).toLongLong();
            r->rhkNumber = q.value(4).toInt();
            r->kind = q.value(5).toInt() == 1 ? RhkKind::Tambahan : RhkKind::Utama;
            r->rhk = q.value(6).toString();
            r->aspek = static_cast<IndicatorAspect>(qBound(0, q.value(7).toInt(), 2));
            r->indikator = q.value(8).toString();
            r->target = q.value(9).toString();
            r->satuan = q.value(10).toString();
            r->realisasi = q.value(11).toString();
            r->umpanBalik = q.value(12).toString();
        },
        each, stopped);
    return Status::ok();
}

} // namespace kinerja
