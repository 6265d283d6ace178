#include "periodrepository.h"

#include "appraisalaccess.h"
#include "database.h"
#include "schemerepository.h"
#include "sqlutil.h"
#include "transaction.h"

#include <QSqlQuery>

#include <algorithm>

namespace kinerja {

namespace {

const char *const kSelect = "SELECT id, code, state, scheme_version_id, created_at FROM period ";

std::optional<PeriodInfo> periodFrom(const QSqlQuery &q)
{
    PeriodInfo p;
    p.id = q.value(0).toLongLong();
    if (!Period::parse(q.value(1).toString(), &p.period))
        return std::nullopt;
    p.closed = q.value(2).toInt() == 1;
    p.schemeVersionId = q.value(3).toLongLong();
    p.createdAt = detail::toDateTime(q.value(4));
    return p;
}

OrganisationAchievement achievementFrom(const QSqlQuery &q)
{
    OrganisationAchievement a;
    a.periodId = q.value(0).toLongLong();
    a.unitId = q.value(1).toLongLong();
    if (!q.value(2).isNull())
        a.predikat = static_cast<OrganisationPredikat>(q.value(2).toInt());
    a.ikm = detail::toDouble(q.value(3));
    a.note = q.value(4).toString();
    return a;
}

} // namespace

QVector<PeriodInfo> PeriodRepository::all() const
{
    QSqlQuery q(m_db.connection());
    q.exec(QLatin1String(kSelect));
    QVector<PeriodInfo> list;
    while (q.next())
        if (const std::optional<PeriodInfo> p = periodFrom(q))
            list << *p;
    std::sort(list.begin(), list.end(),
              [](const PeriodInfo &a, const PeriodInfo &b) { return a.period < b.period; });
    return list;
}

std::optional<PeriodInfo> PeriodRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(kSelect) + QLatin1String("WHERE id = ?"));
    q.addBindValue(id);
    if (!sql::exec(q) || !q.next())
        return std::nullopt;
    return periodFrom(q);
}

std::optional<PeriodInfo> PeriodRepository::findByCode(const QString &code) const
{
    Period period;
    if (!Period::parse(code, &period))
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(kSelect) + QLatin1String("WHERE code = ?"));
    q.addBindValue(period.toString());
    if (!sql::exec(q) || !q.next())
        return std::nullopt;
    return periodFrom(q);
}

Status PeriodRepository::create(const Period &period, qint64 schemeVersionId, qint64 *id)
{
    if (!period.isValid())
        return Status::error(tr("The period is not valid."), QStringLiteral("period"));
    if (findByCode(period.toString()))
        return Status::error(tr("Period %1 already exists.").arg(period.toString()),
                             QStringLiteral("period"));
    SchemeRepository schemes(m_db);
    const qint64 version = schemeVersionId > 0 ? schemeVersionId : schemes.defaultVersionId();
    if (!schemes.version(version))
        return Status::error(tr("The chosen scheme version does not exist."),
                             QStringLiteral("scheme"));
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO period (code, kind, start_date, end_date, state, "
                             "scheme_version_id, created_at) VALUES (?, ?, ?, ?, 0, ?, ?) "
                             "RETURNING id"));
    q.addBindValue(period.toString());
    q.addBindValue(static_cast<int>(period.kind()));
    q.addBindValue(sql::dateValue(period.start()));
    q.addBindValue(sql::dateValue(period.end()));
    q.addBindValue(version);
    q.addBindValue(detail::nowUtc());
    QString error;
    if (!sql::exec(q, &error))
        return detail::dbError(error);
    const qint64 newId = sql::insertedId(q);
    if (!tx.commit())
        return detail::dbError(tx.lastError());
    if (id)
        *id = newId;
    return Status::ok();
}

Status PeriodRepository::checkOpen(qint64 periodId, PeriodInfo *out) const
{
    const std::optional<PeriodInfo> p = find(periodId);
    if (!p)
        return Status::error(tr("The period no longer exists."), QStringLiteral("period"));
    *out = *p;
    if (p->closed)
        return Status::error(tr("Period %1 is closed and cannot change. Reopen it first (with a "
                                "reason).")
                                 .arg(p->code()),
                             QStringLiteral("period"));
    return Status::ok();
}

Status PeriodRepository::setSchemeVersion(qint64 periodId, qint64 schemeVersionId)
{
    PeriodInfo p;
    if (Status s = checkOpen(periodId, &p); !s)
        return s;
    if (!SchemeRepository(m_db).version(schemeVersionId))
        return Status::error(tr("The chosen scheme version does not exist."),
                             QStringLiteral("scheme"));
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE period SET scheme_version_id = ? WHERE id = ?"));
    q.addBindValue(schemeVersionId);
    q.addBindValue(periodId);
    QString error;
    if (!sql::exec(q, &error))
        return detail::dbError(error);
    return tx.commit() ? Status::ok() : detail::dbError(tx.lastError());
}

Status PeriodRepository::setClosed(qint64 periodId, bool closed, const QString &user,
                                   const QString &reason)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE period SET state = ? WHERE id = ?"));
    q.addBindValue(closed ? 1 : 0);
    q.addBindValue(periodId);
    QString error;
    if (!sql::exec(q, &error))
        return detail::dbError(error);
    q.prepare(QStringLiteral("INSERT INTO period_log (period_id, at, user_name, action, reason) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(periodId);
    q.addBindValue(detail::nowUtc());
    q.addBindValue(detail::text(user));
    q.addBindValue(closed ? QStringLiteral("close") : QStringLiteral("reopen"));
    q.addBindValue(detail::text(reason));
    if (!sql::exec(q, &error))
        return detail::dbError(error);
    return tx.commit() ? Status::ok() : detail::dbError(tx.lastError());
}

Status PeriodRepository::close(qint64 periodId, const QString &user)
{
    PeriodInfo p;
    if (Status s = checkOpen(periodId, &p); !s)
        return s;
    if (user.trimmed().isEmpty())
        return Status::error(tr("Say who closes period %1.").arg(p.code()), QStringLiteral("user"));
    return setClosed(periodId, true, user, {});
}

Status PeriodRepository::reopen(qint64 periodId, const QString &user, const QString &reason)
{
    const std::optional<PeriodInfo> p = find(periodId);
    if (!p)
        return Status::error(tr("The period no longer exists."), QStringLiteral("period"));
    if (!p->closed)
        return Status::error(tr("Period %1 is open already.").arg(p->code()),
                             QStringLiteral("period"));
    if (user.trimmed().isEmpty())
        return Status::error(tr("Say who reopens period %1.").arg(p->code()),
                             QStringLiteral("user"));
    if (reason.trimmed().isEmpty())
        return Status::error(tr("Give the reason for reopening period %1.").arg(p->code()),
                             QStringLiteral("reason"));
    return setClosed(periodId, false, user, reason);
}

QVector<PeriodLogEntry> PeriodRepository::log(qint64 periodId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT at, user_name, action, reason FROM period_log "
                             "WHERE period_id = ? ORDER BY id"));
    q.addBindValue(periodId);
    QVector<PeriodLogEntry> list;
    if (sql::exec(q))
        while (q.next())
            list << PeriodLogEntry{detail::toDateTime(q.value(0)), q.value(1).toString(),
                                   q.value(2).toString(), q.value(3).toString()};
    return list;
}

Status PeriodRepository::remove(qint64 periodId)
{
    const std::optional<PeriodInfo> p = find(periodId);
    if (!p)
        return Status::error(tr("The period no longer exists."), QStringLiteral("period"));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM appraisal WHERE period_id = ?"));
    q.addBindValue(periodId);
    if (sql::exec(q) && q.next() && q.value(0).toInt() > 0)
        return Status::error(tr("Period %1 has %2 appraisal(s) and cannot be deleted.")
                                 .arg(p->code())
                                 .arg(q.value(0).toInt()),
                             QStringLiteral("period"));
    Transaction tx(m_db);
    q.prepare(QStringLiteral("DELETE FROM period WHERE id = ?"));
    q.addBindValue(periodId);
    QString error;
    if (!sql::exec(q, &error))
        return detail::dbError(error);
    return tx.commit() ? Status::ok() : detail::dbError(tx.lastError());
}

Status PeriodRepository::setOrganisationAchievement(const OrganisationAchievement &a)
{
    PeriodInfo p;
    if (Status s = checkOpen(a.periodId, &p); !s)
        return s;
    if (a.ikm && !(*a.ikm >= 0 && *a.ikm <= 100))
        return Status::error(tr("The IKM must be 0–100, not %1.").arg(*a.ikm),
                             QStringLiteral("ikm"));
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO org_achievement (period_id, unit_id, predikat, ikm, "
                             "note) VALUES (?, ?, ?, ?, ?) ON CONFLICT (period_id, unit_id) DO "
                             "UPDATE SET predikat = excluded.predikat, ikm = excluded.ikm, "
                             "note = excluded.note"));
    q.addBindValue(a.periodId);
    q.addBindValue(a.unitId);
    q.addBindValue(a.predikat ? QVariant(static_cast<int>(*a.predikat)) : QVariant());
    q.addBindValue(detail::doubleValue(a.ikm));
    q.addBindValue(detail::text(a.note));
    QString error;
    if (!sql::exec(q, &error))
        return detail::dbError(error);
    return tx.commit() ? Status::ok() : detail::dbError(tx.lastError());
}

std::optional<OrganisationAchievement>
PeriodRepository::organisationAchievement(qint64 periodId, qint64 unitId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT period_id, unit_id, predikat, ikm, note FROM "
                             "org_achievement WHERE period_id = ? AND unit_id = ?"));
    q.addBindValue(periodId);
    q.addBindValue(unitId);
    if (!sql::exec(q) || !q.next())
        return std::nullopt;
    return achievementFrom(q);
}

std::optional<OrganisationAchievement>
PeriodRepository::effectiveOrganisationAchievement(qint64 periodId, qint64 unitId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "WITH RECURSIVE up(id, depth) AS (SELECT CAST(? AS BIGINT), 0 UNION ALL SELECT "
        "u.parent_id, "
        "up.depth + 1 FROM unit u JOIN up ON u.id = up.id WHERE u.parent_id IS NOT NULL AND "
        "up.depth < 100) SELECT o.period_id, o.unit_id, o.predikat, o.ikm, o.note FROM up "
        "JOIN org_achievement o ON o.unit_id = up.id AND o.period_id = ? "
        "WHERE o.predikat IS NOT NULL ORDER BY up.depth LIMIT 1"));
    q.addBindValue(unitId);
    q.addBindValue(periodId);
    if (!sql::exec(q) || !q.next())
        return std::nullopt;
    return achievementFrom(q);
}

QVector<OrganisationAchievement> PeriodRepository::organisationAchievements(qint64 periodId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT period_id, unit_id, predikat, ikm, note FROM "
                             "org_achievement WHERE period_id = ? ORDER BY unit_id"));
    q.addBindValue(periodId);
    QVector<OrganisationAchievement> list;
    if (sql::exec(q))
        while (q.next())
            list << achievementFrom(q);
    return list;
}

} // namespace kinerja
