#include "exportquery.h"

#include "appraisalaccess.h"
#include "database.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace kinerja {

namespace {

// As in recapquery.cpp: the appraisal's unit is the filter's unit or (optionally) below it.
QString unitCondition(const RecapFilter &filter, QVariantList *values)
{
    if (filter.unitId <= 0)
        return QStringLiteral("1");
    *values << filter.unitId << (filter.includeSubunits ? 1 : 0);
    return QStringLiteral(
        "a.unit_id IN (WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT u.id FROM "
        "unit u JOIN sub ON u.parent_id = sub.id WHERE ?) SELECT id FROM sub)");
}

constexpr char kOrder[] = " ORDER BY a.unit_name, a.unit_id, lower(a.name), a.id";

std::optional<Rating> toRating(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return static_cast<Rating>(qBound(0, v.toInt(), 2));
}

Status run(const QString &what, const QString &sql, const QVariantList &values, QSqlQuery *q)
{
    q->setForwardOnly(true);
    bool ok = q->prepare(sql);
    if (ok) {
        for (const QVariant &v : values)
            q->addBindValue(v);
        ok = q->exec();
    }
    if (!ok)
        return Status::error(ExportQuery::tr("The %1 cannot be read from the database: %2")
                                 .arg(what, q->lastError().text()),
                             QStringLiteral("database"));
    return Status::ok();
}

Status count(Database &db, const QString &what, const QString &from, const RecapFilter &filter,
             int *out)
{
    *out = 0;
    QVariantList values{filter.periodId};
    const QString units = unitCondition(filter, &values);
    QSqlQuery q(db.connection());
    const Status s = run(what,
                         QStringLiteral("SELECT count(*) FROM ") + from +
                             QStringLiteral(" WHERE a.period_id = ? AND ") + units,
                         values, &q);
    if (!s)
        return s;
    if (q.next())
        *out = q.value(0).toInt();
    return Status::ok();
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
    QVariantList values{filter.periodId};
    const QString units = unitCondition(filter, &values);
    QSqlQuery q(m_db.connection());
    const Status s = run(
        tr("appraisals of the export"),
        QStringLiteral("SELECT a.id, a.employee_id, a.nip, a.name, a.jabatan, a.status, a.grade, "
                       "a.unit_id, a.unit_name, a.rater_name, a.rater_nip, a.state, s.kind, "
                       "a.rating_hasil, a.rating_perilaku, a.score, a.predikat, a.predikat_level, "
                       "a.rekomendasi, a.finalized_at FROM appraisal a "
                       "JOIN scheme_version v ON v.id = a.scheme_version_id "
                       "JOIN scheme s ON s.id = v.scheme_id WHERE a.period_id = ? AND ") +
            units + QLatin1String(kOrder),
        values, &q);
    if (!s)
        return s;
    RecapExportRow r;
    QHash<QString, QDate> localDates;
    while (q.next()) {
        r.id = q.value(0).toLongLong();
        r.employeeId = q.value(1).toLongLong();
        r.nip = q.value(2).toString();
        r.name = q.value(3).toString();
        r.jabatan = q.value(4).toString();
        r.status = static_cast<EmployeeStatus>(qBound(0, q.value(5).toInt(), 2));
        r.grade = q.value(6).toInt();
        r.unitId = q.value(7).toLongLong();
        r.unitName = q.value(8).toString();
        r.raterName = q.value(9).toString();
        r.raterNip = q.value(10).toString();
        r.state = static_cast<AppraisalState>(qBound(0, q.value(11).toInt(), 3));
        r.schemeKind = static_cast<SchemeKind>(q.value(12).toInt());
        r.ratingHasil = toRating(q.value(13));
        r.ratingPerilaku = toRating(q.value(14));
        r.score = detail::toDouble(q.value(15));
        r.predikat = q.value(16).toString();
        r.predikatLevel.reset();
        if (!q.value(17).isNull())
            r.predikatLevel = q.value(17).toInt();
        r.rekomendasi = q.value(18).toString();
        r.finalizedOn = localDate(q.value(19), &localDates);
        if (!each(r)) {
            if (stopped)
                *stopped = true;
            break;
        }
    }
    return Status::ok();
}

Status ExportQuery::forEachDetailRow(const RecapFilter &filter,
                                     const std::function<bool(const RecapDetailRow &)> &each,
                                     bool *stopped) const
{
    if (stopped)
        *stopped = false;
    QVariantList values{filter.periodId};
    const QString units = unitCondition(filter, &values);
    QSqlQuery q(m_db.connection());
    const Status s = run(
        tr("indicators of the export"),
        QStringLiteral("SELECT a.id, a.nip, a.name, a.unit_id, "
                       "(SELECT count(*) FROM rhk r2 WHERE r2.appraisal_id = r.appraisal_id AND "
                       "(r2.kind < r.kind OR (r2.kind = r.kind AND (r2.position < r.position OR "
                       "(r2.position = r.position AND r2.id <= r.id))))), "
                       "r.kind, r.text, i.aspek, i.indikator, i.target, i.satuan, i.realisasi, "
                       "i.umpan_balik FROM rhk_indicator i JOIN rhk r ON r.id = i.rhk_id "
                       "JOIN appraisal a ON a.id = r.appraisal_id WHERE a.period_id = ? AND ") +
            units + QLatin1String(kOrder) +
            QStringLiteral(", r.kind, r.position, r.id, i.position, i.id"),
        values, &q);
    if (!s)
        return s;
    RecapDetailRow r;
    while (q.next()) {
        r.appraisalId = q.value(0).toLongLong();
        r.nip = q.value(1).toString();
        r.name = q.value(2).toString();
        r.unitId = q.value(3).toLongLong();
        r.rhkNumber = q.value(4).toInt();
        r.kind = q.value(5).toInt() == 1 ? RhkKind::Tambahan : RhkKind::Utama;
        r.rhk = q.value(6).toString();
        r.aspek = static_cast<IndicatorAspect>(qBound(0, q.value(7).toInt(), 2));
        r.indikator = q.value(8).toString();
        r.target = q.value(9).toString();
        r.satuan = q.value(10).toString();
        r.realisasi = q.value(11).toString();
        r.umpanBalik = q.value(12).toString();
        if (!each(r)) {
            if (stopped)
                *stopped = true;
            break;
        }
    }
    return Status::ok();
}

} // namespace kinerja
