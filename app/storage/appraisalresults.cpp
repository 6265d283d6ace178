#include "appraisalresults.h"

#include "appraisalaccess.h"
#include "database.h"
#include "schemerepository.h"
#include "sqlutil.h"
#include "transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace kinerja {

namespace {

struct Loaded {
    qint64 id = 0;
    qint64 versionId = 0;
    AppraisalState state = AppraisalState::Draft;
    bool periodClosed = false;
    ScoringInput input;
    std::optional<double> score;
    QString predikat;
    std::optional<int> level;
};

struct LoadedSet {
    QVector<Loaded> rows;
    QHash<qint64, int> index; // appraisal id -> row
    QHash<qint64, SchemeDefinition> definitions;
    QHash<qint64, QString> definitionErrors;
};

// Runs `sql` (with `where` filled in on appraisal a) and calls `row` for each result.
template <typename F>
bool forEach(Database &db, const QString &sql, const QVariantList &binds, QString *error, F row)
{
    QSqlQuery q(db.connection());
    sql::forwardOnly(q);
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return false;
    }
    for (const QVariant &bind : binds)
        q.addBindValue(bind);
    if (!sql::exec(q, error))
        return false;
    while (q.next())
        row(q);
    return true;
}

// Loads what the scoring of the appraisals matching `where` (on alias a) needs.
bool load(Database &db, const QString &where, const QVariantList &binds, bool detailed,
          LoadedSet *set, QString *error)
{
    QHash<QString, Period> periods;
    bool anyRollup = false;
    const QString main =
        QStringLiteral(
            "SELECT a.id, a.scheme_version_id, a.state, p.code, p.state, a.rating_hasil, "
            "a.rating_perilaku, a.jabatan_kind, a.capaian_skp, a.new_idea, a.tugas_tambahan, "
            "a.kreativitas, a.rollup_policy, a.rollup_missing, a.rollup_kind, a.score, a.predikat, "
            "a.predikat_level FROM appraisal a JOIN period p ON p.id = a.period_id WHERE %1 "
            "ORDER BY a.id")
            .arg(where);
    const bool ok = forEach(db, main, binds, error, [&](const QSqlQuery &q) {
        Loaded l;
        l.id = q.value(0).toLongLong();
        l.versionId = q.value(1).toLongLong();
        l.state = static_cast<AppraisalState>(q.value(2).toInt());
        const QString code = q.value(3).toString();
        auto it = periods.find(code);
        if (it == periods.end()) {
            Period p;
            Period::parse(code, &p);
            it = periods.insert(code, p);
        }
        l.input.period = *it;
        l.periodClosed = q.value(4).toInt() == 1;
        l.input.ratingHasil = detail::toRating(q.value(5));
        l.input.ratingPerilaku = detail::toRating(q.value(6));
        const int kind = q.value(7).toInt();
        l.input.structural = kind == static_cast<int>(JabatanKind::Jpt) ||
                             kind == static_cast<int>(JabatanKind::Administrator) ||
                             kind == static_cast<int>(JabatanKind::Pengawas);
        l.input.capaianSkp = detail::toDouble(q.value(8));
        l.input.newIdea = q.value(9).toBool();
        l.input.tugasTambahan = q.value(10).toDouble();
        l.input.kreativitas = q.value(11).toDouble();
        l.input.rollup.policy = static_cast<RollupPolicy>(q.value(12).toInt());
        l.input.rollup.missing = static_cast<MissingPeriodPolicy>(q.value(13).toInt());
        l.input.rollup.from = static_cast<Period::Kind>(q.value(14).toInt());
        anyRollup = anyRollup || l.input.rollup.policy != RollupPolicy::RatedAfresh;
        l.score = detail::toDouble(q.value(15));
        l.predikat = q.value(16).toString();
        if (!q.value(17).isNull())
            l.level = q.value(17).toInt();
        set->index.insert(l.id, static_cast<int>(set->rows.size()));
        set->rows.append(std::move(l));
    });
    if (!ok)
        return false;

    SchemeRepository schemes(db);
    bool pp46 = false, aspects = false, weighted = false;
    for (const Loaded &l : std::as_const(set->rows)) {
        if (set->definitions.contains(l.versionId) || set->definitionErrors.contains(l.versionId))
            continue;
        SchemeDefinition d;
        const Status s = schemes.load(l.versionId, &d);
        if (!s) {
            set->definitionErrors.insert(l.versionId, s.message());
            continue;
        }
        set->definitions.insert(l.versionId, d);
        pp46 = pp46 || d.kind == SchemeKind::Pp46;
        aspects = aspects || d.kind == SchemeKind::Pp46 || d.kind == SchemeKind::Pp30;
        weighted = weighted || d.kind == SchemeKind::Weighted;
    }
    const auto target = [set](const QSqlQuery &q) -> Loaded * {
        const int i = set->index.value(q.value(0).toLongLong(), -1);
        return i < 0 ? nullptr : &set->rows[i];
    };
    if (pp46) {
        // Only the order within an appraisal matters (rows find their appraisal by id).
        // Ordered as the indexes are walked (appraisal_period_unit, then kegiatan_appraisal),
        // so SQLite needs no temporary B-tree to sort a whole period's kegiatan.
        const QString sql =
            QStringLiteral(
                "SELECT k.appraisal_id, k.name, k.target_kuantitas, k.real_kuantitas, "
                "k.target_kualitas, k.real_kualitas, k.target_waktu, k.real_waktu, k.target_biaya, "
                "k.real_biaya FROM kegiatan k JOIN appraisal a ON a.id = k.appraisal_id WHERE %1 "
                "ORDER BY a.unit_id, a.id, k.position")
                .arg(where);
        if (!forEach(db, sql, binds, error, [&](const QSqlQuery &q) {
                if (Loaded *l = target(q)) {
                    Kegiatan k;
                    k.name = q.value(1).toString();
                    k.targetKuantitas = q.value(2).toDouble();
                    k.realKuantitas = detail::toDouble(q.value(3));
                    k.targetKualitas = q.value(4).toDouble();
                    k.realKualitas = detail::toDouble(q.value(5));
                    k.targetWaktu = q.value(6).toDouble();
                    k.realWaktu = detail::toDouble(q.value(7));
                    k.targetBiaya = detail::toDouble(q.value(8));
                    k.realBiaya = detail::toDouble(q.value(9));
                    l->input.kegiatan.append(k);
                }
            }))
            return false;
    }
    if (aspects) {
        const QString sql =
            QStringLiteral("SELECT x.appraisal_id, x.aspect, x.value FROM aspect_score x "
                           "JOIN appraisal a ON a.id = x.appraisal_id WHERE %1")
                .arg(where);
        if (!forEach(db, sql, binds, error, [&](const QSqlQuery &q) {
                if (Loaded *l = target(q))
                    l->input.aspects.insert(q.value(1).toInt(), q.value(2).toDouble());
            }))
            return false;
    }
    if (weighted) {
        const QString sql =
            QStringLiteral(
                "SELECT w.appraisal_id, w.indicator, w.source, w.value FROM weighted_rating w "
                "JOIN appraisal a ON a.id = w.appraisal_id WHERE %1 ORDER BY w.id")
                .arg(where);
        if (!forEach(db, sql, binds, error, [&](const QSqlQuery &q) {
                Loaded *l = target(q);
                if (!l)
                    return;
                IndicatorRatings &r = l->input.weighted[q.value(1).toString()];
                const double value = q.value(3).toDouble();
                switch (static_cast<RaterSource>(q.value(2).toInt())) {
                case RaterSource::Self:
                    r.self = value;
                    break;
                case RaterSource::Supervisor:
                    r.supervisor = value;
                    break;
                case RaterSource::Peers:
                    r.peers.append(value);
                    break;
                case RaterSource::Public:
                    r.publicScore = value;
                    break;
                }
            }))
            return false;
    }
    if (detailed) {
        const QString sql =
            QStringLiteral(
                "SELECT b.appraisal_id, b.core_value, b.assessment FROM perilaku b "
                "JOIN appraisal a ON a.id = b.appraisal_id WHERE %1 AND b.assessment IS NOT NULL")
                .arg(where);
        if (!forEach(db, sql, binds, error, [&](const QSqlQuery &q) {
                if (Loaded *l = target(q))
                    if (const std::optional<Rating> r = detail::toRating(q.value(2)))
                        l->input.perilakuAssessments.insert(
                            static_cast<CoreValue>(q.value(1).toInt()), *r);
            }))
            return false;
    }
    if (anyRollup) {
        const QString sql =
            QStringLiteral(
                "SELECT a.id, s.id, sp.code, sc.kind, s.state, s.score, s.predikat, "
                "s.rating_hasil, "
                "s.rating_perilaku FROM appraisal a JOIN period ap ON ap.id = a.period_id "
                "JOIN appraisal s ON s.employee_id = a.employee_id AND s.id <> a.id "
                "JOIN period sp ON sp.id = s.period_id AND sp.kind = a.rollup_kind "
                "AND sp.start_date >= ap.start_date AND sp.end_date <= ap.end_date "
                "JOIN scheme_version sv ON sv.id = s.scheme_version_id "
                "JOIN scheme sc ON sc.id = sv.scheme_id WHERE %1 AND a.rollup_policy <> 0")
                .arg(where);
        if (!forEach(db, sql, binds, error, [&](const QSqlQuery &q) {
                Loaded *l = target(q);
                if (!l)
                    return;
                PeriodicResult r;
                r.appraisalId = q.value(1).toLongLong();
                Period::parse(q.value(2).toString(), &r.period);
                r.kind = static_cast<SchemeKind>(q.value(3).toInt());
                r.state = static_cast<AppraisalState>(q.value(4).toInt());
                r.score = detail::toDouble(q.value(5));
                r.predikat = q.value(6).toString();
                r.hasil = detail::toRating(q.value(7));
                r.perilaku = detail::toRating(q.value(8));
                l->input.subResults.append(r);
            }))
            return false;
    }
    return true;
}

AppraisalResult scoreLoaded(const LoadedSet &set, const Loaded &l, bool detailed)
{
    const auto it = set.definitions.constFind(l.versionId);
    if (it == set.definitions.constEnd()) {
        AppraisalResult r;
        r.explanation.addError(set.definitionErrors.value(l.versionId));
        return r;
    }
    return AppraisalScorer::score(*it, l.input, detailed);
}

bool sameResult(const Loaded &l, const AppraisalResult &r)
{
    return l.score == r.score && l.predikat == r.predikat && l.level == r.level;
}

// Scores the rows that are not Final, keeping the result without its explanation (a
// period's worth of explanations would not fit in memory).
QVector<AppraisalResult> scoreAll(const LoadedSet &set)
{
    QVector<AppraisalResult> results(set.rows.size());
    for (int i = 0; i < set.rows.size(); ++i) {
        const Loaded &l = set.rows.at(i);
        if (l.state == AppraisalState::Final)
            continue;
        AppraisalResult r = scoreLoaded(set, l, false);
        r.explanation = Explanation();
        results[i] = std::move(r);
    }
    return results;
}

// Writes the computed results of the rows that are not Final, where they changed, with
// one prepared statement; counts into `r`. Rows of a closed period are left alone.
bool writeResults(Database &db, const LoadedSet &set, const QVector<AppraisalResult> &computed,
                  RecomputeReport *r, QString *error)
{
    QSqlQuery write(db.connection());
    write.prepare(QStringLiteral("UPDATE appraisal SET score = ?, predikat = ?, "
                                 "predikat_level = ? WHERE id = ?"));
    for (int i = 0; i < set.rows.size(); ++i) {
        const Loaded &l = set.rows.at(i);
        if (l.state == AppraisalState::Final || l.periodClosed) {
            ++r->finalKept;
            r->complete += l.predikat.isEmpty() ? 0 : 1;
            continue;
        }
        ++r->recomputed;
        const AppraisalResult &result = computed.at(i);
        r->complete += result.isComplete() ? 1 : 0;
        if (sameResult(l, result))
            continue;
        write.bindValue(0, detail::doubleValue(result.score));
        write.bindValue(1, result.isComplete() ? QVariant(result.predikat) : QVariant());
        write.bindValue(2, result.level ? QVariant(*result.level) : QVariant());
        write.bindValue(3, l.id);
        if (!sql::exec(write, error))
            return false;
        ++r->changed;
    }
    return true;
}

} // namespace

Status AppraisalResults::recomputePeriod(qint64 periodId, RecomputeReport *report)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT code, state FROM period WHERE id = ?"));
    q.addBindValue(periodId);
    if (!sql::exec(q) || !q.next())
        return Status::error(tr("The period no longer exists."), QStringLiteral("period"));
    if (q.value(1).toInt() == 1)
        return Status::error(
            tr("Period %1 is closed; its results cannot change.").arg(q.value(0).toString()),
            QStringLiteral("period"));
    Transaction tx(m_db);
    LoadedSet set;
    QString error;
    if (!load(m_db, QStringLiteral("a.period_id = ?"), {periodId}, false, &set, &error))
        return detail::dbError(error);
    RecomputeReport r;
    r.total = static_cast<int>(set.rows.size());
    if (!writeResults(m_db, set, scoreAll(set), &r, &error))
        return detail::dbError(error);
    if (!tx.commit())
        return detail::dbError(tx.lastError());
    if (report)
        *report = r;
    return Status::ok();
}

Status AppraisalResults::recomputeMany(const QVector<qint64> &ids, RecomputeReport *report)
{
    RecomputeReport r;
    if (ids.isEmpty()) {
        if (report)
            *report = r;
        return Status::ok();
    }
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS recompute_ids "
                               "(id INTEGER PRIMARY KEY)")))
        return detail::dbError(q.lastError().text());
    QSqlQuery clear(m_db.connection());
    clear.prepare(QStringLiteral("DELETE FROM recompute_ids"));
    QSqlQuery add(m_db.connection());
    add.prepare(QStringLiteral("INSERT INTO recompute_ids (id) VALUES (?) ON CONFLICT DO NOTHING"));
    // The open, not final roll-ups reading any of the listed appraisals (as rollupsReading).
    QSqlQuery dependents(m_db.connection());
    sql::forwardOnly(dependents);
    dependents.prepare(
        QStringLiteral("SELECT DISTINCT r.id FROM recompute_ids t") + sql::orderedJoin(m_db) +
        QStringLiteral(
            "appraisal s ON s.id = t.id "
            "JOIN period sp ON sp.id = s.period_id "
            "JOIN appraisal r ON r.employee_id = s.employee_id AND r.id <> s.id "
            "AND r.rollup_policy <> 0 AND r.state <> 3 AND r.rollup_kind = sp.kind "
            "JOIN period rp ON rp.id = r.period_id AND rp.state = 0 "
            "AND sp.start_date >= rp.start_date AND sp.end_date <= rp.end_date ORDER BY r.id"));
    QString error;
    QVector<qint64> round = ids;
    // The listed appraisals, then up to three levels of roll-ups (as recompute()).
    for (int depth = 0; depth <= 3 && !round.isEmpty(); ++depth) {
        if (!sql::exec(clear, &error))
            return detail::dbError(error);
        for (const qint64 id : std::as_const(round)) {
            add.bindValue(0, id);
            if (!sql::exec(add, &error))
                return detail::dbError(error);
        }
        LoadedSet set;
        if (!load(m_db, QStringLiteral("a.id IN (SELECT id FROM recompute_ids)"), {}, false, &set,
                  &error))
            return detail::dbError(error);
        if (depth == 0)
            r.total = static_cast<int>(set.rows.size());
        if (!writeResults(m_db, set, scoreAll(set), &r, &error))
            return detail::dbError(error);
        round.clear();
        if (depth < 3) {
            if (!sql::exec(dependents, &error))
                return detail::dbError(error);
            while (dependents.next())
                round << dependents.value(0).toLongLong();
            dependents.finish();
        }
    }
    if (!sql::exec(clear, &error))
        return detail::dbError(error);
    if (!tx.commit())
        return detail::dbError(tx.lastError());
    if (report)
        *report = r;
    return Status::ok();
}

Status AppraisalResults::recompute(qint64 appraisalId)
{
    Transaction tx(m_db);
    if (Status s = recomputeOne(appraisalId, 0); !s)
        return s;
    return tx.commit() ? Status::ok() : detail::dbError(tx.lastError());
}

Status AppraisalResults::recomputeOne(qint64 appraisalId, int depth)
{
    LoadedSet set;
    QString error;
    if (!load(m_db, QStringLiteral("a.id = ?"), {appraisalId}, false, &set, &error))
        return detail::dbError(error);
    if (set.rows.isEmpty())
        return Status::ok();
    const Loaded &l = set.rows.first();
    if (l.state == AppraisalState::Final || l.periodClosed)
        return Status::ok();
    const AppraisalResult result = scoreLoaded(set, l, false);
    if (!sameResult(l, result)) {
        QSqlQuery write(m_db.connection());
        write.prepare(QStringLiteral("UPDATE appraisal SET score = ?, predikat = ?, "
                                     "predikat_level = ? WHERE id = ?"));
        write.addBindValue(detail::doubleValue(result.score));
        write.addBindValue(result.isComplete() ? QVariant(result.predikat) : QVariant());
        write.addBindValue(result.level ? QVariant(*result.level) : QVariant());
        write.addBindValue(appraisalId);
        if (!sql::exec(write, &error))
            return detail::dbError(error);
    }
    if (depth >= 3)
        return Status::ok();
    const QVector<qint64> dependents = rollupsReading(appraisalId);
    for (const qint64 id : std::as_const(dependents))
        if (Status s = recomputeOne(id, depth + 1); !s)
            return s;
    return Status::ok();
}

QVector<qint64> AppraisalResults::rollupsReading(qint64 appraisalId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT r.id FROM appraisal s JOIN period sp ON sp.id = s.period_id "
        "JOIN appraisal r ON r.employee_id = s.employee_id AND r.id <> s.id "
        "AND r.rollup_policy <> 0 AND r.state <> 3 AND r.rollup_kind = sp.kind "
        "JOIN period rp ON rp.id = r.period_id AND rp.state = 0 "
        "AND sp.start_date >= rp.start_date AND sp.end_date <= rp.end_date WHERE s.id = ?"));
    q.addBindValue(appraisalId);
    QVector<qint64> ids;
    if (sql::exec(q))
        while (q.next())
            ids << q.value(0).toLongLong();
    return ids;
}

AppraisalResult AppraisalResults::explain(qint64 appraisalId) const
{
    AppraisalResult result;
    LoadedSet set;
    QString error;
    if (!load(m_db, QStringLiteral("a.id = ?"), {appraisalId}, true, &set, &error) ||
        set.rows.isEmpty()) {
        result.explanation.addError(tr("The appraisal no longer exists."));
        return result;
    }
    const Loaded &l = set.rows.first();
    Explanation head;
    if (const std::optional<SchemeVersionInfo> v = SchemeRepository(m_db).version(l.versionId)) {
        const auto d = set.definitions.constFind(l.versionId);
        if (d != set.definitions.constEnd())
            head.addStep(tr("Scheme"), tr("%1, version %2").arg(d->name).arg(v->version),
                         SchemeDefinition::kindName(d->kind),
                         SchemeDefinition::ruleSource(d->kind));
    }
    result = scoreLoaded(set, l, true);
    head.append(result.explanation);
    result.explanation = head;
    if (l.state == AppraisalState::Final && !sameResult(l, result)) {
        result.explanation.addStep(
            tr("Stored final result"),
            tr("differs from today's computation (%1); the final result stands")
                .arg(result.isComplete() ? result.predikat : tr("incomplete")),
            l.predikat.isEmpty() ? tr("incomplete") : l.predikat);
        result.score = l.score;
        result.predikat = l.predikat;
        result.level = l.level;
    }
    return result;
}

} // namespace kinerja
