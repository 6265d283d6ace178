#include "ikmsurveyrepository.h"

#include "appraisalaccess.h"
#include "database.h"
#include "periodrepository.h"
#include "sqlutil.h"
#include "transaction.h"
#include "unitrepository.h"

#include "scoring/bands.h"

#include <QSqlQuery>
#include <QStringList>

namespace kinerja {

namespace {

// "u1_answered, u1_sum, …, u9_answered, u9_sum"
QString unsurColumns()
{
    QStringList columns;
    for (int u = 1; u <= IkmUnsurCount; ++u) {
        columns << QStringLiteral("u%1_answered").arg(u) << QStringLiteral("u%1_sum").arg(u);
    }
    return columns.join(QLatin1String(", "));
}

} // namespace

std::optional<double> IkmSurvey::nrr(int unsur) const
{
    if (unsur < 0 || unsur >= IkmUnsurCount || answered[unsur] <= 0)
        return std::nullopt;
    return static_cast<double>(sums[unsur]) / answered[unsur];
}

double IkmSurvey::roundedValue() const
{
    return roundHalfAwayFromZero(unitValue, 2);
}

std::optional<IkmSurvey> IkmSurveyRepository::find(qint64 periodId, qint64 unitId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, period_id, unit_id, respondents, unit_value, "
                             "source_name, imported_at, ") +
              unsurColumns() +
              QStringLiteral(" FROM ikm_survey WHERE period_id = ? AND unit_id = ?"));
    q.addBindValue(periodId);
    q.addBindValue(unitId);
    if (!sql::exec(q) || !q.next())
        return std::nullopt;
    IkmSurvey s;
    s.id = q.value(0).toLongLong();
    s.periodId = q.value(1).toLongLong();
    s.unitId = q.value(2).toLongLong();
    s.respondents = q.value(3).toInt();
    s.unitValue = q.value(4).toDouble();
    s.sourceName = q.value(5).toString();
    s.importedAt = detail::toDateTime(q.value(6));
    for (int u = 0; u < IkmUnsurCount; ++u) {
        s.answered[u] = q.value(7 + 2 * u).toInt();
        s.sums[u] = q.value(8 + 2 * u).toInt();
    }
    return s;
}

Status IkmSurveyRepository::save(IkmSurvey &survey)
{
    PeriodRepository periods(m_db);
    const std::optional<PeriodInfo> period = periods.find(survey.periodId);
    if (!period)
        return Status::error(tr("The period no longer exists."), QStringLiteral("period"));
    if (period->closed)
        return Status::error(tr("Period %1 is closed; its IKM cannot change. Reopen it first "
                                "(with a reason).")
                                 .arg(period->code()),
                             QStringLiteral("period"));
    if (!UnitRepository(m_db).find(survey.unitId))
        return Status::error(tr("The unit no longer exists."), QStringLiteral("unit"));
    if (survey.respondents <= 0)
        return Status::error(tr("A survey needs at least one respondent."),
                             QStringLiteral("respondents"));
    for (int u = 0; u < IkmUnsurCount; ++u) {
        const int n = survey.answered[u];
        if (n < 1 || n > survey.respondents || survey.sums[u] < n || survey.sums[u] > 4 * n) {
            return Status::error(
                tr("%1 (%2): %3 answers totalling %4 cannot come from %5 respondents "
                   "answering 1–4.")
                    .arg(Ikm::unsurCode(u), Ikm::unsurName(u))
                    .arg(n)
                    .arg(survey.sums[u])
                    .arg(survey.respondents),
                Ikm::unsurCode(u));
        }
    }
    if (!(survey.unitValue >= 0 && survey.unitValue <= 100))
        return Status::error(tr("The IKM must be 0–100, not %1.").arg(survey.unitValue),
                             QStringLiteral("ikm"));

    Transaction tx(m_db);
    if (!tx.isActive())
        return detail::dbError(tx.lastError());
    QString error;
    QSqlQuery del(m_db.connection());
    del.prepare(QStringLiteral("DELETE FROM ikm_survey WHERE period_id = ? AND unit_id = ?"));
    del.addBindValue(survey.periodId);
    del.addBindValue(survey.unitId);
    if (!sql::exec(del, &error))
        return detail::dbError(error);

    const QString now = detail::nowUtc();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO ikm_survey (period_id, unit_id, respondents, "
                             "unit_value, source_name, imported_at, ") +
              unsurColumns() + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?") +
              QStringLiteral(", ?").repeated(2 * IkmUnsurCount) + QStringLiteral(") RETURNING id"));
    q.addBindValue(survey.periodId);
    q.addBindValue(survey.unitId);
    q.addBindValue(survey.respondents);
    q.addBindValue(survey.unitValue);
    q.addBindValue(detail::text(survey.sourceName));
    q.addBindValue(now);
    for (int u = 0; u < IkmUnsurCount; ++u) {
        q.addBindValue(survey.answered[u]);
        q.addBindValue(survey.sums[u]);
    }
    if (!sql::exec(q, &error))
        return detail::dbError(error);
    const qint64 id = sql::insertedId(q);

    // The unit's capaian for the period: only the IKM changes.
    OrganisationAchievement achievement;
    if (const auto stored = periods.organisationAchievement(survey.periodId, survey.unitId)) {
        achievement = *stored;
    } else {
        achievement.periodId = survey.periodId;
        achievement.unitId = survey.unitId;
    }
    achievement.ikm = survey.roundedValue();
    if (Status s = periods.setOrganisationAchievement(achievement); !s)
        return s;

    if (!tx.commit())
        return detail::dbError(tx.lastError());
    survey.id = id;
    survey.importedAt = detail::toDateTime(now);
    return Status::ok();
}

} // namespace kinerja
