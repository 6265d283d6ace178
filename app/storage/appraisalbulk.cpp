#include "appraisalbulk.h"

#include "appraisalaccess.h"
#include "appraisalresults.h"
#include "appraisalsnapshot.h"
#include "appraisalworkflow.h"
#include "database.h"
#include "periodrepository.h"
#include "rowversion.h"
#include "schemerepository.h"
#include "sqlutil.h"
#include "transaction.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <vector>

namespace kinerja {

namespace {

constexpr int kChunk = 1000;

// The unit and, when asked, its sub-units, as a CTE named `scope(id)`.
QString scopeCte()
{
    return QStringLiteral(
        "WITH RECURSIVE scope(id) AS (SELECT CAST(? AS BIGINT) UNION ALL SELECT u.id FROM "
        "unit u JOIN scope s ON u.parent_id = s.id WHERE ? <> 0) ");
}

bool report(const ProgressCallback &progress, int done, int total)
{
    return !progress || progress(done, total);
}

// What rateMany checks before it writes anything.
struct RatingFacts {
    detail::AppraisalHead head;
    bool noRhkUtama = false;          // a draft whose SKP has no RHK Utama
    bool rhkWithoutIndicator = false; // a draft with an RHK that has no indicator
};

// The facts of the appraisals listed in rate_ids.
bool loadRatingFacts(Database &db, QHash<qint64, RatingFacts> *out, QString *error)
{
    QSqlQuery q(db.connection());
    sql::forwardOnly(q);
    q.prepare(QStringLiteral(
                  "SELECT a.id, a.employee_id, a.period_id, p.code, p.state, a.scheme_version_id, "
                  "s.kind, a.state, a.name, a.state = 0 AND NOT EXISTS (SELECT 1 FROM rhk WHERE "
                  "appraisal_id = a.id AND kind = 0), a.state = 0 AND EXISTS (SELECT 1 FROM rhk r "
                  "WHERE r.appraisal_id = a.id AND NOT EXISTS (SELECT 1 FROM rhk_indicator i "
                  "WHERE i.rhk_id = r.id)) FROM rate_ids t") +
              sql::orderedJoin(db) +
              QStringLiteral("appraisal a ON a.id = t.id JOIN period p ON p.id = a.period_id "
                             "JOIN scheme_version v ON v.id = a.scheme_version_id "
                             "JOIN scheme s ON s.id = v.scheme_id"));
    if (!sql::exec(q, error))
        return false;
    while (q.next()) {
        RatingFacts f;
        f.head.id = q.value(0).toLongLong();
        f.head.employeeId = q.value(1).toLongLong();
        f.head.periodId = q.value(2).toLongLong();
        f.head.periodCode = q.value(3).toString();
        f.head.periodClosed = q.value(4).toInt() == 1;
        f.head.schemeVersionId = q.value(5).toLongLong();
        f.head.kind = static_cast<SchemeKind>(q.value(6).toInt());
        f.head.state = static_cast<AppraisalState>(q.value(7).toInt());
        f.head.name = q.value(8).toString();
        f.noRhkUtama = q.value(9).toBool();
        f.rhkWithoutIndicator = q.value(10).toBool();
        out->insert(f.head.id, f);
    }
    return true;
}

// Why rateMany refuses this appraisal, or ok. The texts are those of the single steps.
Status ratingRefusal(const RatingFacts &f)
{
    if (Status s = detail::checkEditable(f.head); !s)
        return s;
    if (Status s = detail::checkKind(f.head, SchemeKind::PermenPan2022); !s)
        return s;
    const QString who = detail::describe(f.head);
    if (f.noRhkUtama)
        return Status::error(
            AppraisalWorkflow::tr("%1 cannot be submitted: the SKP has no RHK Utama.").arg(who),
            QStringLiteral("rhk"));
    if (f.rhkWithoutIndicator)
        return Status::error(AppraisalWorkflow::tr("%1 cannot be submitted: every RHK needs at "
                                                   "least one indicator.")
                                 .arg(who),
                             QStringLiteral("indikator"));
    return Status::ok();
}

} // namespace

Status AppraisalBulk::createForUnit(qint64 periodId, qint64 unitId, bool includeSubunits,
                                    BulkReport *out, const ProgressCallback &progress)
{
    BulkReport result;
    const std::optional<PeriodInfo> period = PeriodRepository(m_db).find(periodId);
    if (!period)
        return Status::error(tr("The period no longer exists."), QStringLiteral("period"));
    if (period->closed)
        return Status::error(
            tr("Period %1 is closed; no appraisal can be added to it.").arg(period->code()),
            QStringLiteral("period"));
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    sql::forwardOnly(q);
    q.prepare(scopeCte() +
              QStringLiteral("SELECT e.id FROM employee e JOIN scope ON scope.id = e.unit_id "
                             "WHERE e.state = 0 AND NOT EXISTS (SELECT 1 FROM appraisal a "
                             "WHERE a.employee_id = e.id AND a.period_id = ?) ORDER BY e.id"));
    q.addBindValue(unitId);
    q.addBindValue(includeSubunits ? 1 : 0);
    q.addBindValue(periodId);
    QString error;
    if (!sql::exec(q, &error))
        return detail::dbError(error);
    QVector<qint64> candidates;
    while (q.next())
        candidates << q.value(0).toLongLong();
    q.finish();

    const int total = static_cast<int>(candidates.size());
    if (!report(progress, 0, total)) {
        result.cancelled = true;
        *out = result;
        return Status::ok();
    }
    detail::Snapshotter people(m_db, period->period.end());
    detail::AppraisalInserter insert(m_db, periodId, period->schemeVersionId);
    for (int start = 0; start < total; start += kChunk) {
        const QVector<qint64> chunk = candidates.mid(start, kChunk);
        if (!people.loadWithRaters(chunk, &error))
            return detail::dbError(error);
        for (const qint64 id : chunk) {
            const detail::PersonAt *e = people.find(id);
            if (!e)
                continue;
            if (!e->hasPosition) {
                result.skipped << SkippedItem{
                    id, 0, e->person.name,
                    tr("no position recorded by the end of %1").arg(period->code()),
                    QStringLiteral("employee")};
                continue;
            }
            const qint64 rater = people.raterOf(id);
            const qint64 atasan = people.raterOf(rater);
            if (!insert.insert(e->person, people.person(rater),
                               atasan == id ? PersonSnapshot{} : people.person(atasan), nullptr,
                               &error))
                return detail::dbError(error);
            ++result.done;
        }
        if (!report(progress, static_cast<int>(qMin(start + kChunk, total)), total)) {
            tx.rollback();
            *out = BulkReport{};
            out->cancelled = true;
            return Status::ok();
        }
    }
    if (!tx.commit())
        return detail::dbError(tx.lastError());
    *out = result;
    return Status::ok();
}

Status AppraisalBulk::copyForward(qint64 fromPeriodId, qint64 toPeriodId, qint64 unitId,
                                  bool includeSubunits, BulkReport *out,
                                  const ProgressCallback &progress)
{
    PeriodRepository periods(m_db);
    const std::optional<PeriodInfo> from = periods.find(fromPeriodId);
    const std::optional<PeriodInfo> to = periods.find(toPeriodId);
    if (!from || !to)
        return Status::error(tr("The period no longer exists."), QStringLiteral("period"));
    if (fromPeriodId == toPeriodId)
        return Status::error(tr("Choose another period to copy to."), QStringLiteral("period"));
    if (to->closed)
        return Status::error(
            tr("Period %1 is closed; nothing can be copied into it.").arg(to->code()),
            QStringLiteral("period"));
    BulkReport result;
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    QString error;
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS copy_map (seq INTEGER PRIMARY "
                               "KEY, src INTEGER NOT NULL, dst INTEGER NOT NULL)")) ||
        !q.exec(QStringLiteral("DELETE FROM copy_map")))
        return detail::dbError(q.lastError().text());

    // Every source appraisal in scope, with its target and what stands in the way.
    sql::forwardOnly(q);
    q.prepare(
        scopeCte() +
        QStringLiteral(
            "SELECT f.id, f.employee_id, f.name, t.id, t.state, sf.kind, st.kind, "
            "EXISTS (SELECT 1 FROM rhk WHERE appraisal_id = t.id) OR EXISTS (SELECT 1 FROM "
            "kegiatan WHERE appraisal_id = t.id), EXISTS (SELECT 1 FROM rhk WHERE appraisal_id "
            "= f.id) OR EXISTS (SELECT 1 FROM kegiatan WHERE appraisal_id = f.id) "
            "FROM appraisal f JOIN scheme_version vf ON vf.id = f.scheme_version_id "
            "JOIN scheme sf ON sf.id = vf.scheme_id "
            "LEFT JOIN appraisal t ON t.employee_id = f.employee_id AND t.period_id = ? "
            "LEFT JOIN scheme_version vt ON vt.id = t.scheme_version_id "
            "LEFT JOIN scheme st ON st.id = vt.scheme_id "
            "WHERE f.period_id = ? AND (? = 0 OR COALESCE(t.unit_id, f.unit_id) IN "
            "(SELECT id FROM scope)) ORDER BY f.id"));
    q.addBindValue(unitId);
    q.addBindValue(includeSubunits ? 1 : 0);
    q.addBindValue(toPeriodId);
    q.addBindValue(fromPeriodId);
    q.addBindValue(unitId);
    if (!sql::exec(q, &error))
        return detail::dbError(error);
    QVector<QPair<qint64, qint64>> pairs;
    while (q.next()) {
        SkippedItem skip{
            q.value(1).toLongLong(), q.value(3).toLongLong(), q.value(2).toString(), {}, {}};
        if (q.value(3).isNull())
            skip.reason = tr("no appraisal for %1 yet; create it first").arg(to->code());
        else if (q.value(4).toInt() == static_cast<int>(AppraisalState::Final))
            skip.reason = tr("the appraisal for %1 is final").arg(to->code());
        else if (q.value(5).toInt() != q.value(6).toInt())
            skip.reason = tr("the two periods use different kinds of scheme");
        else if (q.value(7).toBool())
            skip.reason = tr("the appraisal for %1 has an SKP plan already").arg(to->code());
        else if (!q.value(8).toBool())
            skip.reason = tr("the appraisal for %1 has no plan to copy").arg(from->code());
        if (skip.reason.isEmpty())
            pairs << qMakePair(q.value(0).toLongLong(), q.value(3).toLongLong());
        else
            result.skipped << skip;
    }
    q.finish();
    QSqlQuery map(m_db.connection());
    map.prepare(QStringLiteral("INSERT INTO copy_map (seq, src, dst) VALUES (?, ?, ?)"));
    for (int i = 0; i < pairs.size(); ++i) {
        map.addBindValue(i);
        map.addBindValue(pairs.at(i).first);
        map.addBindValue(pairs.at(i).second);
        if (!sql::exec(map, &error))
            return detail::dbError(error);
    }

    // Set-based copies, a chunk of pairs at a time (copied_from maps old RHK to new).
    const char *const copies[] = {
        "INSERT INTO rhk (appraisal_id, position, kind, text, intervensi, perspektif, "
        "copied_from) SELECT m.dst, r.position, r.kind, r.text, r.intervensi, r.perspektif, r.id "
        "FROM copy_map m JOIN rhk r ON r.appraisal_id = m.src WHERE m.seq BETWEEN ? AND ?",
        "INSERT INTO rhk_indicator (rhk_id, position, aspek, indikator, target, satuan) "
        "SELECT n.id, i.position, i.aspek, i.indikator, i.target, i.satuan FROM copy_map m "
        "JOIN rhk n ON n.appraisal_id = m.dst JOIN rhk_indicator i ON i.rhk_id = n.copied_from "
        "WHERE m.seq BETWEEN ? AND ?",
        "INSERT INTO perilaku (appraisal_id, core_value, ekspektasi) SELECT m.dst, p.core_value, "
        "p.ekspektasi FROM copy_map m JOIN perilaku p ON p.appraisal_id = m.src "
        "WHERE m.seq BETWEEN ? AND ? AND p.ekspektasi <> '' ON CONFLICT (appraisal_id, "
        "core_value) DO UPDATE SET ekspektasi = excluded.ekspektasi WHERE perilaku.ekspektasi = ''",
        "INSERT INTO kegiatan (appraisal_id, position, name, target_kuantitas, "
        "satuan_kuantitas, target_kualitas, target_waktu, satuan_waktu, target_biaya, "
        "copied_from) SELECT m.dst, k.position, k.name, k.target_kuantitas, k.satuan_kuantitas, "
        "k.target_kualitas, k.target_waktu, k.satuan_waktu, k.target_biaya, k.id "
        "FROM copy_map m JOIN kegiatan k ON k.appraisal_id = m.src "
        "WHERE m.seq BETWEEN ? AND ?",
    };
    std::vector<QSqlQuery> statements;
    for (const char *sql : copies) {
        statements.emplace_back(m_db.connection());
        if (!statements.back().prepare(QLatin1String(sql)))
            return detail::dbError(statements.back().lastError().text());
    }
    const int total = static_cast<int>(pairs.size());
    if (!report(progress, 0, total)) {
        *out = BulkReport{};
        out->cancelled = true;
        return Status::ok();
    }
    for (int start = 0; start < total; start += kChunk) {
        const int last = qMin(start + kChunk, total) - 1;
        for (QSqlQuery &s : statements) {
            s.addBindValue(start);
            s.addBindValue(last);
            if (!sql::exec(s, &error))
                return detail::dbError(error);
        }
        result.done = last + 1;
        if (!report(progress, last + 1, total)) {
            tx.rollback();
            *out = BulkReport{};
            out->cancelled = true;
            return Status::ok();
        }
    }
    // Editors open on the targets learn that their copies are stale.
    q.prepare(QStringLiteral("UPDATE appraisal SET row_version = row_version + 1, changed_by = ?, "
                             "changed_at = ? WHERE id IN (SELECT dst FROM copy_map)"));
    q.addBindValue(RowVersion::changedBy(m_db));
    q.addBindValue(detail::nowUtc());
    if (!sql::exec(q, &error))
        return detail::dbError(error);
    q.exec(QStringLiteral("DELETE FROM copy_map"));
    if (!tx.commit())
        return detail::dbError(tx.lastError());
    *out = result;
    return Status::ok();
}

Status AppraisalBulk::rateMany(const QVector<BulkRating> &ratings, BulkReport *out,
                               const ProgressCallback &progress)
{
    BulkReport result;
    const int total = static_cast<int>(ratings.size());
    if (total == 0) {
        *out = result;
        return Status::ok();
    }
    if (m_user.trimmed().isEmpty())
        return Status::error(tr("Say who rates the appraisals."), QStringLiteral("user"));
    Transaction tx(m_db);
    const auto cancelled = [&](int done) {
        if (report(progress, done, total))
            return false;
        tx.rollback();
        *out = BulkReport{};
        out->cancelled = true;
        return true;
    };
    QSqlQuery q(m_db.connection());
    QString error;
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS rate_ids (id INTEGER PRIMARY "
                               "KEY)")) ||
        !q.exec(QStringLiteral("DELETE FROM rate_ids")))
        return detail::dbError(q.lastError().text());
    QSqlQuery add(m_db.connection());
    add.prepare(QStringLiteral("INSERT INTO rate_ids (id) VALUES (?) ON CONFLICT DO NOTHING"));
    QVector<qint64> ids;
    ids.reserve(total);
    for (const BulkRating &r : ratings) {
        add.bindValue(0, r.appraisalId);
        if (!sql::exec(add, &error))
            return detail::dbError(error);
        ids << r.appraisalId;
    }

    // Everything is checked before anything is written.
    QHash<qint64, RatingFacts> facts;
    if (!loadRatingFacts(m_db, &facts, &error))
        return detail::dbError(error);
    QSet<qint64> seen;
    for (const BulkRating &r : ratings) {
        const auto f = facts.constFind(r.appraisalId);
        if (f == facts.constEnd())
            return Status::error(tr("The appraisal no longer exists."));
        if (seen.contains(r.appraisalId))
            return Status::error(tr("%1 is listed twice.").arg(detail::describe(f->head)));
        seen.insert(r.appraisalId);
        if (Status s = ratingRefusal(*f); !s)
            return s;
    }
    if (cancelled(0))
        return Status::ok();

    // The ratings and the state, then the log: as setRatings, submit and markRated write
    // them (CASE reads the values before the update).
    const QString now = detail::nowUtc();
    QSqlQuery update(m_db.connection());
    update.prepare(QStringLiteral(
        "UPDATE appraisal SET rating_hasil = CASE WHEN ? <> 0 THEN ? ELSE rating_hasil END, "
        "rating_perilaku = CASE WHEN ? <> 0 THEN ? ELSE rating_perilaku END, "
        "self_hasil = CASE WHEN ? <> 0 THEN ? ELSE self_hasil END, "
        "self_perilaku = CASE WHEN ? <> 0 THEN ? ELSE self_perilaku END, state = 2, "
        "submitted_at = CASE WHEN state = 0 THEN ? ELSE submitted_at END, "
        "rated_at = CASE WHEN state < 2 THEN ? ELSE rated_at END, "
        "row_version = row_version + 1, changed_by = ?, changed_at = ? WHERE id = ?"));
    QSqlQuery log(m_db.connection());
    log.prepare(QStringLiteral("INSERT INTO appraisal_log (appraisal_id, at, user_name, action, "
                               "from_state, to_state, reason) VALUES (?, ?, ?, ?, ?, ?, '')"));
    const QString user = m_user.trimmed();
    const auto logStep = [&](qint64 id, const QString &who, const QString &action,
                             AppraisalState from, AppraisalState to) {
        log.bindValue(0, id);
        log.bindValue(1, now);
        log.bindValue(2, who.trimmed().isEmpty() ? user : who.trimmed());
        log.bindValue(3, action);
        log.bindValue(4, static_cast<int>(from));
        log.bindValue(5, static_cast<int>(to));
        return sql::exec(log, &error);
    };
    const auto bindRating = [&update](int at, const std::optional<Rating> &rating) {
        update.bindValue(at, rating.has_value() ? 1 : 0);
        update.bindValue(at + 1, detail::ratingValue(rating));
    };
    for (int i = 0; i < total; ++i) {
        const BulkRating &r = ratings.at(i);
        const AppraisalState state = facts.value(r.appraisalId).head.state;
        bindRating(0, r.hasil);
        bindRating(2, r.perilaku);
        bindRating(4, r.selfHasil);
        bindRating(6, r.selfPerilaku);
        update.bindValue(8, now);
        update.bindValue(9, now);
        update.bindValue(10, RowVersion::changedBy(m_db));
        update.bindValue(11, now);
        update.bindValue(12, r.appraisalId);
        if (!sql::exec(update, &error))
            return detail::dbError(error);
        if (state == AppraisalState::Draft &&
            !logStep(r.appraisalId, r.submittedBy, QStringLiteral("submit"), AppraisalState::Draft,
                     AppraisalState::Diajukan))
            return detail::dbError(error);
        if (state != AppraisalState::Dinilai &&
            !logStep(r.appraisalId, r.ratedBy, QStringLiteral("rate"), AppraisalState::Diajukan,
                     AppraisalState::Dinilai))
            return detail::dbError(error);
        if ((i + 1) % 1000 == 0 && i + 1 < total && cancelled(i + 1))
            return Status::ok();
    }

    // The results, by the scoring library; every one must be complete (as markRated).
    AppraisalResults results(m_db);
    if (Status s = results.recomputeMany(ids); !s)
        return s;
    sql::forwardOnly(q);
    if (!q.exec(QStringLiteral("SELECT t.id FROM rate_ids t") + sql::orderedJoin(m_db) +
                QStringLiteral("appraisal a ON a.id = t.id WHERE a.predikat IS NULL")))
        return detail::dbError(q.lastError().text());
    QSet<qint64> incomplete;
    while (q.next())
        incomplete.insert(q.value(0).toLongLong());
    q.finish();
    for (const BulkRating &r : ratings) {
        if (!incomplete.contains(r.appraisalId))
            continue;
        const AppraisalResult why = results.explain(r.appraisalId);
        const QStringList missing = why.explanation.missing() + why.explanation.errors();
        return Status::error(AppraisalWorkflow::tr("%1 cannot be marked as rated yet: %2")
                                 .arg(detail::describe(facts.value(r.appraisalId).head),
                                      missing.isEmpty()
                                          ? AppraisalWorkflow::tr("the result is incomplete.")
                                          : missing.join(QStringLiteral("; "))),
                             QStringLiteral("rating"));
    }
    if (!q.exec(QStringLiteral("DELETE FROM rate_ids")))
        return detail::dbError(q.lastError().text());
    if (cancelled(total))
        return Status::ok();
    if (!tx.commit())
        return detail::dbError(tx.lastError());
    result.done = total;
    *out = result;
    return Status::ok();
}

Status AppraisalBulk::finalizeMany(const QVector<qint64> &ids, BulkReport *out,
                                   const ProgressCallback &progress)
{
    return AppraisalWorkflow(m_db, m_user).finalizeMany(ids, out, progress);
}

Status AppraisalBulk::applyUnitIkm(qint64 periodId, qint64 unitId, bool includeSubunits,
                                   const QString &indicatorId, BulkReport *out)
{
    PeriodRepository periods(m_db);
    const std::optional<PeriodInfo> period = periods.find(periodId);
    if (!period)
        return Status::error(tr("The period no longer exists."), QStringLiteral("period"));
    if (period->closed)
        return Status::error(tr("Period %1 is closed and cannot change.").arg(period->code()),
                             QStringLiteral("period"));
    const std::optional<OrganisationAchievement> org =
        periods.organisationAchievement(periodId, unitId);
    if (!org || !org->ikm)
        return Status::error(tr("No IKM is recorded for this unit in %1.").arg(period->code()),
                             QStringLiteral("ikm"));
    BulkReport result;
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    sql::forwardOnly(q);
    q.prepare(scopeCte() + QStringLiteral("SELECT a.id, a.employee_id, a.name, a.state, "
                                          "a.scheme_version_id FROM appraisal a JOIN "
                                          "scheme_version v ON v.id = a.scheme_version_id "
                                          "JOIN scheme s ON s.id = v.scheme_id WHERE "
                                          "a.period_id = ? AND s.kind = 3 AND a.unit_id IN "
                                          "(SELECT id FROM scope) ORDER BY a.id"));
    q.addBindValue(unitId);
    q.addBindValue(includeSubunits ? 1 : 0);
    q.addBindValue(periodId);
    QString error;
    if (!sql::exec(q, &error))
        return detail::dbError(error);
    QSqlQuery write(m_db.connection());
    write.prepare(QStringLiteral(
        "INSERT INTO weighted_rating (appraisal_id, indicator, source, rater_id, value) "
        "VALUES (?, ?, 3, 0, ?) ON CONFLICT (appraisal_id, indicator, source, rater_id) "
        "DO UPDATE SET value = excluded.value"));
    QHash<qint64, bool> rated; // scheme version -> the public rates the indicator
    SchemeRepository schemes(m_db);
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        SkippedItem skip{q.value(1).toLongLong(), id, q.value(2).toString(), {}, {}};
        const qint64 version = q.value(4).toLongLong();
        if (!rated.contains(version)) {
            SchemeDefinition d;
            bool publicRates = false;
            if (schemes.load(version, &d))
                for (const WeightedIndicator &i : std::as_const(d.weighted.indicators))
                    publicRates = publicRates || (i.id == indicatorId &&
                                                  i.sourceWeightsBp.value(RaterSource::Public) > 0);
            rated.insert(version, publicRates);
        }
        if (q.value(3).toInt() == static_cast<int>(AppraisalState::Final))
            skip.reason = tr("final");
        else if (!rated.value(version))
            skip.reason =
                tr("its scheme has no indicator “%1” rated by the public").arg(indicatorId);
        if (!skip.reason.isEmpty()) {
            result.skipped << skip;
            continue;
        }
        write.addBindValue(id);
        write.addBindValue(indicatorId);
        write.addBindValue(*org->ikm);
        if (!sql::exec(write, &error) ||
            !RowVersion::touch(m_db, RowVersion::Record::Appraisal, id, &error))
            return detail::dbError(error);
        ++result.done;
    }
    if (Status s = AppraisalResults(m_db).recomputePeriod(periodId); !s)
        return s;
    if (!tx.commit())
        return detail::dbError(tx.lastError());
    *out = result;
    return Status::ok();
}

} // namespace kinerja
