#include "appraisalrepository.h"

#include "appraisalaccess.h"
#include "appraisalresults.h"
#include "appraisalsnapshot.h"
#include "database.h"
#include "periodrepository.h"
#include "sqlutil.h"
#include "transaction.h"

#include <QSqlQuery>

namespace kinerja {

namespace {

const char *const kSelect =
    "SELECT a.id, a.employee_id, a.period_id, p.code, p.state, a.scheme_version_id, s.kind, "
    "s.name, v.version, a.state, "
    "a.employee_id, a.name, a.nip, a.jabatan, a.jabatan_kind, a.jenjang, a.status, a.grade, "
    "a.unit_id, a.unit_name, " // 10..19
    "a.rater_id, a.rater_name, a.rater_nip, a.rater_jabatan, a.rater_status, a.rater_grade, "
    "a.rater_unit_id, a.rater_unit_name, " // 20..27
    "a.atasan_id, a.atasan_name, a.atasan_nip, a.atasan_jabatan, a.atasan_status, "
    "a.atasan_grade, a.atasan_unit_id, a.atasan_unit_name, " // 28..35
    "a.self_hasil, a.self_perilaku, a.rating_hasil, a.rating_perilaku, a.capaian_skp, "
    "a.new_idea, a.tugas_tambahan, a.kreativitas, a.rekomendasi, a.competency, " // 36..45
    "a.rollup_policy, a.rollup_missing, a.rollup_kind, a.score, a.predikat, a.predikat_level, "
    "a.created_at, a.submitted_at, a.rated_at, a.finalized_at, a.row_version " // 46..56
    "FROM appraisal a JOIN period p ON p.id = a.period_id "
    "JOIN scheme_version v ON v.id = a.scheme_version_id JOIN scheme s ON s.id = v.scheme_id ";

// Reads the 8 person columns from `at` (the employee has 10, see below).
PersonSnapshot personFrom(const QSqlQuery &q, int at)
{
    PersonSnapshot p;
    if (q.value(at).isNull())
        return p;
    p.employeeId = q.value(at).toLongLong();
    p.name = q.value(at + 1).toString();
    p.nip = q.value(at + 2).toString();
    p.jabatan = q.value(at + 3).toString();
    p.status = static_cast<EmployeeStatus>(q.value(at + 4).toInt());
    p.grade = q.value(at + 5).toInt();
    p.unitId = q.value(at + 6).toLongLong();
    p.unitName = q.value(at + 7).toString();
    return p;
}

Appraisal appraisalFrom(const QSqlQuery &q)
{
    Appraisal a;
    a.id = q.value(0).toLongLong();
    a.employeeId = q.value(1).toLongLong();
    a.periodId = q.value(2).toLongLong();
    Period::parse(q.value(3).toString(), &a.period);
    a.periodClosed = q.value(4).toInt() == 1;
    a.schemeVersionId = q.value(5).toLongLong();
    a.schemeKind = static_cast<SchemeKind>(q.value(6).toInt());
    a.schemeName = q.value(7).toString();
    a.schemeVersion = q.value(8).toInt();
    a.state = static_cast<AppraisalState>(q.value(9).toInt());

    PersonSnapshot &e = a.employee;
    e.employeeId = q.value(10).toLongLong();
    e.name = q.value(11).toString();
    e.nip = q.value(12).toString();
    e.jabatan = q.value(13).toString();
    e.jabatanKind = static_cast<JabatanKind>(q.value(14).toInt());
    e.jenjang = static_cast<Jenjang>(q.value(15).toInt());
    e.status = static_cast<EmployeeStatus>(q.value(16).toInt());
    e.grade = q.value(17).toInt();
    e.unitId = q.value(18).toLongLong();
    e.unitName = q.value(19).toString();
    a.rater = personFrom(q, 20);
    a.atasan = personFrom(q, 28);

    a.selfHasil = detail::toRating(q.value(36));
    a.selfPerilaku = detail::toRating(q.value(37));
    a.ratingHasil = detail::toRating(q.value(38));
    a.ratingPerilaku = detail::toRating(q.value(39));
    a.capaianSkp = detail::toDouble(q.value(40));
    a.newIdea = q.value(41).toBool();
    a.tugasTambahan = q.value(42).toDouble();
    a.kreativitas = q.value(43).toDouble();
    a.rekomendasi = q.value(44).toString();
    a.competency = static_cast<CompetencyCategory>(q.value(45).toInt());
    a.rollup.policy = static_cast<RollupPolicy>(q.value(46).toInt());
    a.rollup.missing = static_cast<MissingPeriodPolicy>(q.value(47).toInt());
    a.rollup.from = static_cast<Period::Kind>(q.value(48).toInt());
    a.score = detail::toDouble(q.value(49));
    a.predikat = q.value(50).toString();
    if (!q.value(51).isNull())
        a.predikatLevel = q.value(51).toInt();
    a.createdAt = detail::toDateTime(q.value(52));
    a.submittedAt = detail::toDateTime(q.value(53));
    a.ratedAt = detail::toDateTime(q.value(54));
    a.finalizedAt = detail::toDateTime(q.value(55));
    a.rowVersion = q.value(56).toInt();
    return a;
}

} // namespace

std::optional<Appraisal> AppraisalRepository::findWhere(const QString &where,
                                                        const QVariantList &values) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(kSelect) + where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!sql::exec(q) || !q.next())
        return std::nullopt;
    return appraisalFrom(q);
}

std::optional<Appraisal> AppraisalRepository::find(qint64 id) const
{
    return findWhere(QStringLiteral("WHERE a.id = ?"), {id});
}

std::optional<Appraisal> AppraisalRepository::findFor(qint64 employeeId, qint64 periodId) const
{
    return findWhere(QStringLiteral("WHERE a.employee_id = ? AND a.period_id = ?"),
                     {employeeId, periodId});
}

Status AppraisalRepository::create(qint64 employeeId, qint64 periodId, qint64 *id,
                                   qint64 schemeVersionId)
{
    const std::optional<PeriodInfo> period = PeriodRepository(m_db).find(periodId);
    if (!period)
        return Status::error(tr("The period no longer exists."), QStringLiteral("period"));
    if (period->closed)
        return Status::error(
            tr("Period %1 is closed; no appraisal can be added to it.").arg(period->code()),
            QStringLiteral("period"));
    detail::Snapshotter people(m_db, period->period.end());
    QString error;
    if (!people.loadWithRaters({employeeId}, &error))
        return detail::dbError(error);
    const detail::PersonAt *employee = people.find(employeeId);
    if (!employee)
        return Status::error(tr("The employee no longer exists."), QStringLiteral("employee"));
    if (const std::optional<Appraisal> existing = findFor(employeeId, periodId))
        return Status::error(
            tr("%1 already has an appraisal for %2 (%3). There is one "
               "appraisal per employee and period.")
                .arg(employee->person.name, period->code(), appraisalStateName(existing->state)),
            QStringLiteral("employee"));
    if (!employee->hasPosition)
        return Status::error(tr("%1 has no position recorded by the end of %2 (see the "
                                "riwayat), so there is nothing to appraise in that period.")
                                 .arg(employee->person.name, period->code()),
                             QStringLiteral("employee"));
    const qint64 rater = people.raterOf(employeeId);
    const qint64 atasan = people.raterOf(rater);

    Transaction tx(m_db);
    detail::AppraisalInserter insert(
        m_db, periodId, schemeVersionId > 0 ? schemeVersionId : period->schemeVersionId);
    qint64 newId = 0;
    if (!insert.insert(employee->person, people.person(rater),
                       atasan == employeeId ? PersonSnapshot{} : people.person(atasan), &newId,
                       &error))
        return detail::dbError(error);
    if (!tx.commit())
        return detail::dbError(tx.lastError());
    if (id)
        *id = newId;
    return Status::ok();
}

Status AppraisalRepository::remove(qint64 id)
{
    detail::AppraisalHead head;
    if (Status s = detail::editableHead(m_db, id, &head); !s)
        return s;
    if (head.state != AppraisalState::Draft)
        return Status::error(tr("Only a draft can be deleted; %1 is %2 and is kept.")
                                 .arg(detail::describe(head), appraisalStateName(head.state)),
                             QStringLiteral("state"));
    Transaction tx(m_db);
    AppraisalResults results(m_db);
    const QVector<qint64> rollups = results.rollupsReading(id);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM appraisal WHERE id = ?"));
    q.addBindValue(id);
    QString error;
    if (!sql::exec(q, &error))
        return detail::dbError(error);
    for (const qint64 rollup : rollups)
        if (Status s = results.recompute(rollup); !s)
            return s;
    return tx.commit() ? Status::ok() : detail::dbError(tx.lastError());
}

Status AppraisalRepository::update(qint64 id, const QString &assignments,
                                   const QVariantList &values,
                                   std::optional<SchemeKind> requiredKind)
{
    Transaction tx(m_db);
    detail::AppraisalHead head;
    if (Status s = detail::editableHead(m_db, id, &head); !s)
        return s;
    if (requiredKind)
        if (Status s = detail::checkKind(head, *requiredKind); !s)
            return s;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE appraisal SET %1 WHERE id = ?").arg(assignments));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(id);
    QString error;
    if (!sql::exec(q, &error))
        return detail::dbError(error);
    if (Status s = AppraisalResults(m_db).recompute(id); !s)
        return s;
    return detail::commitChange(m_db, tx, id);
}

Status AppraisalRepository::setRater(qint64 id, qint64 raterId)
{
    const std::optional<Appraisal> a = find(id);
    if (!a)
        return Status::error(tr("The appraisal no longer exists."));
    if (raterId == a->employeeId)
        return Status::error(tr("%1 cannot be their own pejabat penilai.").arg(a->employee.name),
                             QStringLiteral("rater"));
    detail::Snapshotter people(m_db, a->period.end());
    QString error;
    if (!people.loadWithRaters({a->employeeId}, &error) || !people.load({raterId}, &error))
        return detail::dbError(error);
    const qint64 rater = raterId > 0 ? raterId : people.raterOf(a->employeeId);
    if (raterId > 0 && !people.find(raterId))
        return Status::error(tr("The chosen pejabat penilai does not exist."),
                             QStringLiteral("rater"));
    if (!people.load({people.raterOf(rater)}, &error))
        return detail::dbError(error);
    qint64 atasan = people.raterOf(rater);
    if (atasan == a->employeeId)
        atasan = 0;
    const PersonSnapshot r = people.person(rater);
    const PersonSnapshot t = people.person(atasan);
    QVariantList values;
    const auto add = [&values](const PersonSnapshot &p) {
        const bool nobody = p.isEmpty();
        values << (nobody ? QVariant() : QVariant(p.employeeId)) << detail::text(p.name)
               << detail::text(p.nip) << detail::text(p.jabatan)
               << (nobody ? QVariant() : QVariant(static_cast<int>(p.status)))
               << (nobody ? QVariant() : QVariant(p.grade))
               << (nobody ? QVariant() : QVariant(p.unitId)) << detail::text(p.unitName);
    };
    add(r);
    add(t);
    return update(id,
                  QStringLiteral("rater_id = ?, rater_name = ?, rater_nip = ?, rater_jabatan = ?, "
                                 "rater_status = ?, rater_grade = ?, rater_unit_id = ?, "
                                 "rater_unit_name = ?, atasan_id = ?, atasan_name = ?, "
                                 "atasan_nip = ?, atasan_jabatan = ?, atasan_status = ?, "
                                 "atasan_grade = ?, atasan_unit_id = ?, atasan_unit_name = ?"),
                  values, std::nullopt);
}

Status AppraisalRepository::setRatings(qint64 id, std::optional<Rating> hasil,
                                       std::optional<Rating> perilaku)
{
    return update(id, QStringLiteral("rating_hasil = ?, rating_perilaku = ?"),
                  {detail::ratingValue(hasil), detail::ratingValue(perilaku)},
                  SchemeKind::PermenPan2022);
}

Status AppraisalRepository::setSelfRatings(qint64 id, std::optional<Rating> hasil,
                                           std::optional<Rating> perilaku)
{
    return update(id, QStringLiteral("self_hasil = ?, self_perilaku = ?"),
                  {detail::ratingValue(hasil), detail::ratingValue(perilaku)},
                  SchemeKind::PermenPan2022);
}

Status AppraisalRepository::setPp30(qint64 id, std::optional<double> capaianSkp, bool newIdea)
{
    if (capaianSkp && !(*capaianSkp >= 0 && *capaianSkp <= 120))
        return Status::error(tr("Capaian SKP must be a number from 0 to 120, not %1.")
                                 .arg(Explanation::number(*capaianSkp)),
                             QStringLiteral("capaianSkp"));
    return update(id, QStringLiteral("capaian_skp = ?, new_idea = ?"),
                  {detail::doubleValue(capaianSkp), newIdea ? 1 : 0}, SchemeKind::Pp30);
}

Status AppraisalRepository::setPp46Extras(qint64 id, double tugasTambahan, double kreativitas)
{
    if (!(tugasTambahan >= 0))
        return Status::error(tr("Tugas tambahan points cannot be negative or empty (%1).")
                                 .arg(Explanation::number(tugasTambahan)),
                             QStringLiteral("tugasTambahan"));
    if (!(kreativitas >= 0))
        return Status::error(tr("Kreativitas points cannot be negative or empty (%1).")
                                 .arg(Explanation::number(kreativitas)),
                             QStringLiteral("kreativitas"));
    return update(id, QStringLiteral("tugas_tambahan = ?, kreativitas = ?"),
                  {tugasTambahan, kreativitas}, SchemeKind::Pp46);
}

Status AppraisalRepository::setRekomendasi(qint64 id, const QString &text,
                                           CompetencyCategory category)
{
    return update(id, QStringLiteral("rekomendasi = ?, competency = ?"),
                  {detail::text(text), static_cast<int>(category)}, std::nullopt);
}

Status AppraisalRepository::setRollup(qint64 id, const RollupSetting &rollup)
{
    const std::optional<Appraisal> a = find(id);
    if (!a)
        return Status::error(tr("The appraisal no longer exists."));
    if (rollup.policy != RollupPolicy::RatedAfresh &&
        (rollup.from >= a->period.kind() || rollup.from == Period::Kind::Annual))
        return Status::error(tr("%1 cannot be rolled up from %2 periods: they are not shorter "
                                "than %1.")
                                 .arg(a->period.toString(), Period::kindName(rollup.from)),
                             QStringLiteral("rollup"));
    return update(id, QStringLiteral("rollup_policy = ?, rollup_missing = ?, rollup_kind = ?"),
                  {static_cast<int>(rollup.policy), static_cast<int>(rollup.missing),
                   static_cast<int>(rollup.from)},
                  std::nullopt);
}

QVector<AppraisalLogEntry> AppraisalRepository::log(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT at, user_name, action, from_state, to_state, reason "
                             "FROM appraisal_log WHERE appraisal_id = ? ORDER BY id"));
    q.addBindValue(id);
    QVector<AppraisalLogEntry> list;
    if (!sql::exec(q))
        return list;
    while (q.next()) {
        AppraisalLogEntry e;
        e.at = detail::toDateTime(q.value(0));
        e.user = q.value(1).toString();
        e.action = q.value(2).toString();
        if (!q.value(3).isNull())
            e.from = static_cast<AppraisalState>(q.value(3).toInt());
        if (!q.value(4).isNull())
            e.to = static_cast<AppraisalState>(q.value(4).toInt());
        e.reason = q.value(5).toString();
        list << e;
    }
    return list;
}

} // namespace kinerja
