#include "appraisalsnapshot.h"

#include "appraisalaccess.h"
#include "database.h"
#include "sqlutil.h"

#include <QSqlError>

#include <algorithm>

namespace kinerja::detail {

bool Snapshotter::load(const QVector<qint64> &ids, QString *error)
{
    QStringList missing;
    for (const qint64 id : ids)
        if (id > 0 && !m_people.contains(id))
            missing << QString::number(id);
    if (missing.isEmpty())
        return true;
    missing.removeDuplicates();
    // Ids are integers, so the list is written into the statement.
    QSqlQuery q(m_db.connection());
    sql::forwardOnly(q);
    q.prepare(
        QStringLiteral("SELECT e.id, e.nip, e.name, e.gelar_depan, e.gelar_belakang, e.state, "
                       "h.id IS NOT NULL, COALESCE(h.jabatan, e.jabatan), "
                       "COALESCE(h.jabatan_kind, e.jabatan_kind), COALESCE(h.jenjang, e.jenjang), "
                       "COALESCE(h.status, e.status), COALESCE(h.grade, e.grade), u.id, u.name, "
                       "COALESCE(e.atasan_id, CASE WHEN u.head_id <> e.id THEN u.head_id END, "
                       "CASE WHEN pu.head_id <> e.id THEN pu.head_id END) "
                       "FROM employee e LEFT JOIN position_history h ON h.id = (SELECT x.id FROM "
                       "position_history x WHERE x.employee_id = e.id AND x.valid_from <= ? "
                       "ORDER BY x.valid_from DESC LIMIT 1) "
                       "JOIN unit u ON u.id = COALESCE(h.unit_id, e.unit_id) "
                       "LEFT JOIN unit pu ON pu.id = u.parent_id WHERE e.id IN (%1)")
            .arg(missing.join(QLatin1Char(','))));
    q.addBindValue(sql::dateValue(m_at));
    if (!sql::exec(q, error))
        return false;
    while (q.next()) {
        PersonAt p;
        Employee e;
        e.name = q.value(2).toString();
        e.gelarDepan = q.value(3).toString();
        e.gelarBelakang = q.value(4).toString();
        p.person.employeeId = q.value(0).toLongLong();
        p.person.nip = q.value(1).toString();
        p.person.name = e.fullName();
        p.active = q.value(5).toInt() == static_cast<int>(EmploymentState::Aktif);
        p.hasPosition = q.value(6).toBool();
        p.person.jabatan = q.value(7).toString();
        p.person.jabatanKind = static_cast<JabatanKind>(q.value(8).toInt());
        p.person.jenjang = static_cast<Jenjang>(q.value(9).toInt());
        p.person.status = static_cast<EmployeeStatus>(q.value(10).toInt());
        p.person.grade = q.value(11).toInt();
        p.person.unitId = q.value(12).toLongLong();
        p.person.unitName = q.value(13).toString();
        p.defaultRaterId = q.value(14).toLongLong();
        m_people.insert(p.person.employeeId, p);
    }
    return true;
}

bool Snapshotter::loadWithRaters(const QVector<qint64> &employeeIds, QString *error)
{
    if (!load(employeeIds, error))
        return false;
    QVector<qint64> raters;
    for (const qint64 id : employeeIds)
        raters << raterOf(id);
    if (!load(raters, error))
        return false;
    QVector<qint64> atasan;
    for (const qint64 id : std::as_const(raters))
        atasan << raterOf(id);
    return load(atasan, error);
}

const PersonAt *Snapshotter::find(qint64 id) const
{
    const auto it = m_people.constFind(id);
    return it == m_people.constEnd() ? nullptr : &*it;
}

PersonSnapshot Snapshotter::person(qint64 id) const
{
    const PersonAt *p = find(id);
    return p ? p->person : PersonSnapshot{};
}

qint64 Snapshotter::raterOf(qint64 employeeId) const
{
    const PersonAt *p = find(employeeId);
    return p && p->defaultRaterId != employeeId ? p->defaultRaterId : 0;
}

AppraisalInserter::AppraisalInserter(Database &db, qint64 periodId, qint64 schemeVersionId)
    : m_insert(db.connection()), m_periodId(periodId), m_schemeVersionId(schemeVersionId),
      m_now(nowUtc())
{
    m_insert.prepare(QStringLiteral(
        "INSERT INTO appraisal (employee_id, period_id, scheme_version_id, state, nip, name, "
        "jabatan, jabatan_kind, jenjang, status, grade, unit_id, unit_name, "
        "rater_id, rater_name, rater_nip, rater_jabatan, rater_status, rater_grade, "
        "rater_unit_id, rater_unit_name, atasan_id, atasan_name, atasan_nip, atasan_jabatan, "
        "atasan_status, atasan_grade, atasan_unit_id, atasan_unit_name, created_at) VALUES "
        "(?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?) RETURNING id"));
}

void bindPerson(QSqlQuery &q, const PersonSnapshot &p)
{
    const bool nobody = p.isEmpty();
    q.addBindValue(nobody ? QVariant() : QVariant(p.employeeId));
    q.addBindValue(text(p.name));
    q.addBindValue(text(p.nip));
    q.addBindValue(text(p.jabatan));
    q.addBindValue(nobody ? QVariant() : QVariant(static_cast<int>(p.status)));
    q.addBindValue(nobody ? QVariant() : QVariant(p.grade));
    q.addBindValue(nobody ? QVariant() : QVariant(p.unitId));
    q.addBindValue(text(p.unitName));
}

bool AppraisalInserter::insert(const PersonSnapshot &employee, const PersonSnapshot &rater,
                               const PersonSnapshot &atasan, qint64 *id, QString *error)
{
    QSqlQuery &q = m_insert;
    q.addBindValue(employee.employeeId);
    q.addBindValue(m_periodId);
    q.addBindValue(m_schemeVersionId);
    q.addBindValue(text(employee.nip));
    q.addBindValue(text(employee.name));
    q.addBindValue(text(employee.jabatan));
    q.addBindValue(static_cast<int>(employee.jabatanKind));
    q.addBindValue(static_cast<int>(employee.jenjang));
    q.addBindValue(static_cast<int>(employee.status));
    q.addBindValue(employee.grade);
    q.addBindValue(employee.unitId);
    q.addBindValue(text(employee.unitName));
    bindPerson(q, rater);
    bindPerson(q, atasan);
    q.addBindValue(m_now);
    if (!sql::exec(q, error))
        return false;
    if (id)
        *id = sql::insertedId(q);
    else
        q.finish();
    return true;
}

} // namespace kinerja::detail
