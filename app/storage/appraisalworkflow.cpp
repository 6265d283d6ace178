#include "appraisalworkflow.h"

#include "appraisalaccess.h"
#include "appraisalresults.h"
#include "database.h"
#include "rowversion.h"
#include "sqlutil.h"
#include "transaction.h"

#include <QHash>
#include <QSqlQuery>

namespace kinerja {

namespace {

int count(Database &db, const QString &sql, qint64 id)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    q.addBindValue(id);
    return sql::exec(q) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace

Status AppraisalWorkflow::transition(qint64 id, AppraisalState from, AppraisalState to,
                                     const QString &action, const QString &reason,
                                     const QString &stamp)
{
    const std::optional<detail::AppraisalHead> head = detail::loadHead(m_db, id);
    if (!head)
        return Status::error(tr("The appraisal no longer exists."));
    if (head->periodClosed)
        return detail::checkEditable(*head);
    if (m_user.trimmed().isEmpty())
        return Status::error(tr("Say who takes this step on %1.").arg(detail::describe(*head)),
                             QStringLiteral("user"));
    if (head->state != from)
        return Status::error(tr("This step is for an appraisal that is %1, but %2 is %3.")
                                 .arg(appraisalStateName(from), detail::describe(*head),
                                      appraisalStateName(head->state)),
                             QStringLiteral("state"));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE appraisal SET state = ?%1 WHERE id = ?")
                  .arg(stamp.isEmpty() ? QString()
                                       : QStringLiteral(", ") + stamp + QStringLiteral(" = ?")));
    q.addBindValue(static_cast<int>(to));
    if (!stamp.isEmpty())
        q.addBindValue(detail::nowUtc());
    q.addBindValue(id);
    QString error;
    if (!sql::exec(q, &error) ||
        !RowVersion::touch(m_db, RowVersion::Record::Appraisal, id, &error))
        return detail::dbError(error);
    if (!detail::writeLog(m_db, id, m_user, action, from, to, reason, &error))
        return detail::dbError(error);
    return Status::ok();
}

Status AppraisalWorkflow::submit(qint64 id)
{
    Transaction tx(m_db);
    const std::optional<detail::AppraisalHead> head = detail::loadHead(m_db, id);
    if (head && head->state == AppraisalState::Draft && !head->periodClosed) {
        const QString who = detail::describe(*head);
        if (head->kind == SchemeKind::PermenPan2022) {
            if (count(m_db,
                      QStringLiteral("SELECT count(*) FROM rhk WHERE appraisal_id = ? "
                                     "AND kind = 0"),
                      id) == 0)
                return Status::error(
                    tr("%1 cannot be submitted: the SKP has no RHK Utama.").arg(who),
                    QStringLiteral("rhk"));
            if (count(m_db,
                      QStringLiteral("SELECT count(*) FROM rhk r WHERE r.appraisal_id = ? "
                                     "AND NOT EXISTS (SELECT 1 FROM rhk_indicator i "
                                     "WHERE i.rhk_id = r.id)"),
                      id) > 0)
                return Status::error(tr("%1 cannot be submitted: every RHK needs at least one "
                                        "indicator.")
                                         .arg(who),
                                     QStringLiteral("indikator"));
        } else if (head->kind == SchemeKind::Pp46 &&
                   count(m_db,
                         QStringLiteral("SELECT count(*) FROM kegiatan WHERE "
                                        "appraisal_id = ?"),
                         id) == 0) {
            return Status::error(tr("%1 cannot be submitted: the SKP has no kegiatan.").arg(who),
                                 QStringLiteral("kegiatan"));
        }
    }
    if (Status s = transition(id, AppraisalState::Draft, AppraisalState::Diajukan,
                              QStringLiteral("submit"), {}, QStringLiteral("submitted_at"));
        !s)
        return s;
    return tx.commit() ? Status::ok() : detail::dbError(tx.lastError());
}

Status AppraisalWorkflow::returnToDraft(qint64 id, const QString &reason)
{
    Transaction tx(m_db);
    if (Status s = transition(id, AppraisalState::Diajukan, AppraisalState::Draft,
                              QStringLiteral("return"), reason, {});
        !s)
        return s;
    return tx.commit() ? Status::ok() : detail::dbError(tx.lastError());
}

Status AppraisalWorkflow::markRated(qint64 id)
{
    Transaction tx(m_db);
    const std::optional<detail::AppraisalHead> head = detail::loadHead(m_db, id);
    if (head && head->state == AppraisalState::Diajukan && !head->periodClosed) {
        AppraisalResults results(m_db);
        if (Status s = results.recompute(id); !s)
            return s;
        const AppraisalResult r = results.explain(id);
        if (!r.isComplete()) {
            QStringList why = r.explanation.missing() + r.explanation.errors();
            return Status::error(
                tr("%1 cannot be marked as rated yet: %2")
                    .arg(detail::describe(*head), why.isEmpty() ? tr("the result is incomplete.")
                                                                : why.join(QStringLiteral("; "))),
                QStringLiteral("rating"));
        }
    }
    if (Status s = transition(id, AppraisalState::Diajukan, AppraisalState::Dinilai,
                              QStringLiteral("rate"), {}, QStringLiteral("rated_at"));
        !s)
        return s;
    return tx.commit() ? Status::ok() : detail::dbError(tx.lastError());
}

Status AppraisalWorkflow::returnToSubmitted(qint64 id, const QString &reason)
{
    Transaction tx(m_db);
    if (Status s = transition(id, AppraisalState::Dinilai, AppraisalState::Diajukan,
                              QStringLiteral("return"), reason, {});
        !s)
        return s;
    return tx.commit() ? Status::ok() : detail::dbError(tx.lastError());
}

namespace {

// What decides whether an appraisal can be made final.
struct FinalizeFacts {
    detail::AppraisalHead head;
    bool complete = false;
    bool objectionOpen = false;
};

// One query per 500 ids.
bool loadFacts(Database &db, const QVector<qint64> &ids, QHash<qint64, FinalizeFacts> *out,
               QString *error)
{
    for (int start = 0; start < ids.size(); start += 500) {
        QStringList list;
        for (const qint64 id : ids.mid(start, 500))
            list << QString::number(id);
        QSqlQuery q(db.connection());
        sql::forwardOnly(q);
        q.prepare(QStringLiteral(
                      "SELECT a.id, a.employee_id, a.period_id, p.code, p.state, a.state, a.name, "
                      "a.predikat IS NOT NULL, o.appraisal_id IS NOT NULL AND o.decision IS NULL "
                      "FROM appraisal a JOIN period p ON p.id = a.period_id LEFT JOIN objection "
                      "o ON o.appraisal_id = a.id WHERE a.id IN (%1)")
                      .arg(list.join(QLatin1Char(','))));
        if (!sql::exec(q, error))
            return false;
        while (q.next()) {
            FinalizeFacts f;
            f.head.id = q.value(0).toLongLong();
            f.head.employeeId = q.value(1).toLongLong();
            f.head.periodId = q.value(2).toLongLong();
            f.head.periodCode = q.value(3).toString();
            f.head.periodClosed = q.value(4).toInt() == 1;
            f.head.state = static_cast<AppraisalState>(q.value(5).toInt());
            f.head.name = q.value(6).toString();
            f.complete = q.value(7).toBool();
            f.objectionOpen = q.value(8).toBool();
            out->insert(f.head.id, f);
        }
    }
    return true;
}

} // namespace

// Why the appraisal cannot be made final now, or ok.
static Status refusal(Database &db, const FinalizeFacts &f)
{
    if (Status s = detail::checkEditable(f.head); !s)
        return s;
    const QString who = detail::describe(f.head);
    if (f.head.state != AppraisalState::Dinilai)
        return Status::error(
            AppraisalWorkflow::tr("%1 is %2; only a rated appraisal can be made final.")
                .arg(who, appraisalStateName(f.head.state)),
            QStringLiteral("state"));
    if (!f.complete) {
        const AppraisalResult r = AppraisalResults(db).explain(f.head.id);
        const QStringList why = r.explanation.missing() + r.explanation.errors();
        return Status::error(AppraisalWorkflow::tr("%1 is incomplete: %2")
                                 .arg(who, why.isEmpty() ? AppraisalWorkflow::tr("no result.")
                                                         : why.join(QStringLiteral("; "))),
                             QStringLiteral("result"));
    }
    if (f.objectionOpen)
        return Status::error(
            AppraisalWorkflow::tr("%1 has a keberatan that the atasan pejabat penilai has not "
                                  "decided yet.")
                .arg(who),
            QStringLiteral("objection"));
    return Status::ok();
}

Status AppraisalWorkflow::finalize(qint64 id)
{
    BulkReport report;
    if (Status s = finalizeMany({id}, &report, {}); !s)
        return s;
    if (!report.skipped.isEmpty())
        return Status::error(report.skipped.first().reason, report.skipped.first().field);
    return Status::ok();
}

Status AppraisalWorkflow::finalizeMany(const QVector<qint64> &ids, BulkReport *out,
                                       const ProgressCallback &progress)
{
    BulkReport result;
    const int total = static_cast<int>(ids.size());
    const auto cancelled = [&](int done) {
        if (!progress || progress(done, total))
            return false;
        *out = BulkReport{};
        out->cancelled = true;
        return true;
    };
    if (m_user.trimmed().isEmpty())
        return Status::error(tr("Say who makes the appraisals final."), QStringLiteral("user"));
    Transaction tx(m_db);
    QHash<qint64, FinalizeFacts> facts;
    QString error;
    if (!loadFacts(m_db, ids, &facts, &error))
        return detail::dbError(error);
    if (cancelled(0))
        return Status::ok(); // the transaction rolls back
    const QString now = detail::nowUtc();
    QSqlQuery update(m_db.connection());
    update.prepare(QStringLiteral("UPDATE appraisal SET state = 3, finalized_at = ?, "
                                  "row_version = row_version + 1, changed_by = ?, "
                                  "changed_at = ? WHERE id = ?"));
    QSqlQuery log(m_db.connection());
    log.prepare(QStringLiteral("INSERT INTO appraisal_log (appraisal_id, at, user_name, action, "
                               "from_state, to_state, reason) VALUES (?, ?, ?, 'finalize', 2, 3, "
                               "'')"));
    for (int i = 0; i < total; ++i) {
        const qint64 id = ids.at(i);
        const auto f = facts.constFind(id);
        Status s = f == facts.constEnd() ? Status::error(tr("The appraisal no longer exists."))
                                         : refusal(m_db, *f);
        if (s) {
            update.addBindValue(now);
            update.addBindValue(RowVersion::changedBy(m_db));
            update.addBindValue(now);
            update.addBindValue(id);
            log.addBindValue(id);
            log.addBindValue(now);
            log.addBindValue(m_user.trimmed());
            if (!sql::exec(update, &error) || !sql::exec(log, &error))
                return detail::dbError(error);
            ++result.done;
        } else {
            result.skipped << SkippedItem{f == facts.constEnd() ? 0 : f->head.employeeId, id,
                                          f == facts.constEnd() ? QString() : f->head.name,
                                          s.message(), s.field()};
        }
        if (((i + 1) % 500 == 0 || i + 1 == total) && cancelled(i + 1))
            return Status::ok();
    }
    if (!tx.commit())
        return detail::dbError(tx.lastError());
    *out = result;
    return Status::ok();
}

Status AppraisalWorkflow::reopen(qint64 id, const QString &reason)
{
    const std::optional<detail::AppraisalHead> head = detail::loadHead(m_db, id);
    if (head && reason.trimmed().isEmpty())
        return Status::error(tr("Give the reason for reopening %1; it is recorded with your "
                                "name.")
                                 .arg(detail::describe(*head)),
                             QStringLiteral("reason"));
    Transaction tx(m_db);
    if (Status s = transition(id, AppraisalState::Final, AppraisalState::Dinilai,
                              QStringLiteral("reopen"), reason.trimmed(), {});
        !s)
        return s;
    // Reopened: no longer final, so no finalisation moment.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE appraisal SET finalized_at = NULL WHERE id = ?"));
    q.addBindValue(id);
    QString error;
    if (!sql::exec(q, &error))
        return detail::dbError(error);
    return tx.commit() ? Status::ok() : detail::dbError(tx.lastError());
}

std::optional<Objection> AppraisalWorkflow::objection(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT filed_on, text, explanation, explained_on, decision, "
                             "decision_text, decided_on FROM objection WHERE appraisal_id = ?"));
    q.addBindValue(id);
    if (!sql::exec(q) || !q.next())
        return std::nullopt;
    Objection o;
    o.filedOn = sql::toDate(q.value(0));
    o.text = q.value(1).toString();
    o.explanation = q.value(2).toString();
    o.explainedOn = sql::toDate(q.value(3));
    if (!q.value(4).isNull())
        o.decision = static_cast<ObjectionDecision>(q.value(4).toInt());
    o.decisionText = q.value(5).toString();
    o.decidedOn = sql::toDate(q.value(6));
    return o;
}

Status AppraisalWorkflow::objectionStep(qint64 id, const QString &action, const QString &sql,
                                        const QVariantList &values, bool needsFiled)
{
    Transaction tx(m_db);
    detail::AppraisalHead head;
    if (Status s = detail::editableHead(m_db, id, &head); !s)
        return s;
    if (head.state != AppraisalState::Dinilai)
        return Status::error(tr("A keberatan is recorded while the appraisal is rated and not "
                                "final; %1 is %2.")
                                 .arg(detail::describe(head), appraisalStateName(head.state)),
                             QStringLiteral("state"));
    const std::optional<Objection> existing = objection(id);
    if (needsFiled && !existing)
        return Status::error(tr("%1 has no keberatan.").arg(detail::describe(head)),
                             QStringLiteral("objection"));
    if (!needsFiled && existing)
        return Status::error(
            tr("%1 already has a keberatan (filed %2).")
                .arg(detail::describe(head), existing->filedOn.toString(Qt::ISODate)),
            QStringLiteral("objection"));
    if (existing && existing->decision)
        return Status::error(
            tr("The keberatan on %1 is decided already.").arg(detail::describe(head)),
            QStringLiteral("objection"));
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(id);
    QString error;
    if (!sql::exec(q, &error))
        return detail::dbError(error);
    if (!detail::writeLog(m_db, id, m_user, action, head.state, head.state,
                          values.value(0).toString(), &error))
        return detail::dbError(error);
    return detail::commitChange(m_db, tx, id);
}

Status AppraisalWorkflow::fileObjection(qint64 id, const QString &text, const QDate &on)
{
    if (text.trimmed().isEmpty())
        return Status::error(tr("The keberatan needs its text."), QStringLiteral("text"));
    if (!on.isValid())
        return Status::error(tr("The keberatan needs the date it was filed."),
                             QStringLiteral("date"));
    return objectionStep(id, QStringLiteral("objection"),
                         QStringLiteral("INSERT INTO objection (text, filed_on, appraisal_id) "
                                        "VALUES (?, ?, ?)"),
                         {detail::text(text), sql::dateValue(on)}, false);
}

Status AppraisalWorkflow::explainObjection(qint64 id, const QString &explanation, const QDate &on)
{
    if (explanation.trimmed().isEmpty() || !on.isValid())
        return Status::error(tr("The explanation of the pejabat penilai needs its text and "
                                "date."),
                             QStringLiteral("explanation"));
    const std::optional<Objection> o = objection(id);
    if (o && on < o->filedOn)
        return Status::error(tr("The explanation cannot be dated before the keberatan (%1).")
                                 .arg(o->filedOn.toString(Qt::ISODate)),
                             QStringLiteral("date"));
    return objectionStep(id, QStringLiteral("objection-explained"),
                         QStringLiteral("UPDATE objection SET explanation = ?, explained_on = ? "
                                        "WHERE appraisal_id = ?"),
                         {detail::text(explanation), sql::dateValue(on)}, true);
}

Status AppraisalWorkflow::decideObjection(qint64 id, ObjectionDecision decision,
                                          const QString &text, const QDate &on)
{
    if (text.trimmed().isEmpty() || !on.isValid())
        return Status::error(tr("The decision of the atasan pejabat penilai needs its text and "
                                "date."),
                             QStringLiteral("decision"));
    const std::optional<Objection> o = objection(id);
    if (o && on < o->filedOn)
        return Status::error(tr("The decision cannot be dated before the keberatan (%1).")
                                 .arg(o->filedOn.toString(Qt::ISODate)),
                             QStringLiteral("date"));
    return objectionStep(id, QStringLiteral("objection-decided"),
                         QStringLiteral("UPDATE objection SET decision_text = ?, decided_on = ?, "
                                        "decision = ? WHERE appraisal_id = ?"),
                         {detail::text(text), sql::dateValue(on), static_cast<int>(decision)},
                         true);
}

} // namespace kinerja
