#include "employeerepository.h"

#include "database.h"
#include "domain/nip.h"
#include "refusal.h"
#include "rowversion.h"
#include "sqlutil.h"
#include "transaction.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace kinerja {

namespace {

const char *const kColumns =
    "SELECT id, nip, name, gelar_depan, gelar_belakang, status, grade, jabatan, jabatan_kind, "
    "jenjang, unit_id, atasan_id, state, state_date, row_version FROM employee ";

Employee employeeFrom(const QSqlQuery &q)
{
    Employee e;
    e.id = q.value(0).toLongLong();
    e.nip = q.value(1).toString();
    e.name = q.value(2).toString();
    e.gelarDepan = q.value(3).toString();
    e.gelarBelakang = q.value(4).toString();
    e.status = static_cast<EmployeeStatus>(q.value(5).toInt());
    e.grade = q.value(6).toInt();
    e.jabatan = q.value(7).toString();
    e.jabatanKind = static_cast<JabatanKind>(q.value(8).toInt());
    e.jenjang = static_cast<Jenjang>(q.value(9).toInt());
    e.unitId = q.value(10).toLongLong();
    e.atasanId = q.value(11).toLongLong();
    e.state = static_cast<EmploymentState>(q.value(12).toInt());
    e.stateDate = sql::toDate(q.value(13));
    e.rowVersion = q.value(14).toInt();
    return e;
}

// The filter matches lower-case words against this text (see EmployeeListQuery).
QString searchText(const Employee &e)
{
    return QStringList{e.gelarDepan, e.name, e.gelarBelakang, e.nip, e.jabatan}
        .join(QLatin1Char(' '))
        .toLower();
}

// QSQLITE binds a null QString as NULL; these columns are NOT NULL text.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s.simplified();
}

bool samePosition(const Employee &a, const Employee &b)
{
    return a.unitId == b.unitId && a.jabatan == b.jabatan && a.jabatanKind == b.jabatanKind &&
           a.jenjang == b.jenjang && a.status == b.status && a.grade == b.grade;
}

void bindFields(QSqlQuery &q, const Employee &e)
{
    q.bindValue(QStringLiteral(":nip"), e.nip);
    q.bindValue(QStringLiteral(":name"), text(e.name));
    q.bindValue(QStringLiteral(":gd"), text(e.gelarDepan));
    q.bindValue(QStringLiteral(":gb"), text(e.gelarBelakang));
    q.bindValue(QStringLiteral(":status"), static_cast<int>(e.status));
    q.bindValue(QStringLiteral(":grade"), e.grade);
    q.bindValue(QStringLiteral(":jabatan"), text(e.jabatan));
    q.bindValue(QStringLiteral(":kind"), static_cast<int>(e.jabatanKind));
    q.bindValue(QStringLiteral(":jenjang"), static_cast<int>(e.jenjang));
    q.bindValue(QStringLiteral(":unit"), e.unitId);
    q.bindValue(QStringLiteral(":atasan"), sql::idOrNull(e.atasanId));
    q.bindValue(QStringLiteral(":state"), static_cast<int>(e.state));
    q.bindValue(QStringLiteral(":sdate"), e.isActive() ? QVariant() : sql::dateValue(e.stateDate));
    q.bindValue(QStringLiteral(":sort"), text(e.name).toLower());
    q.bindValue(QStringLiteral(":search"), searchText(e));
}

Status dbError(const QString &what)
{
    if (Refusal::isText(what)) // the server's rights said no: say so in words
        return Refusal::status();
    return Status::error(QCoreApplication::translate("kinerja::EmployeeRepository",
                                                     "The database refused the change: %1")
                             .arg(what));
}

} // namespace

std::optional<Employee> EmployeeRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(kColumns) + QLatin1String("WHERE id = ?"));
    q.addBindValue(id);
    if (!sql::exec(q) || !q.next())
        return std::nullopt;
    return employeeFrom(q);
}

std::optional<Employee> EmployeeRepository::findByNip(const QString &nip) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(kColumns) + QLatin1String("WHERE nip = ?"));
    q.addBindValue(Nip::normalize(nip));
    if (!sql::exec(q) || !q.next())
        return std::nullopt;
    return employeeFrom(q);
}

// Runs `select` + "IN (?, …)" over `keys` a few hundred at a time (well below SQLite's
// limit of bound parameters), calling `row` for each result.
template <typename Key, typename Row>
static void selectIn(const QSqlDatabase &db, const QString &select, const QVector<Key> &keys,
                     Row row)
{
    constexpr int chunk = 500;
    QSqlQuery q(db);
    sql::forwardOnly(q); // no cache of the rows read
    for (int from = 0; from < keys.size(); from += chunk) {
        const int n = std::min(chunk, int(keys.size()) - from);
        q.prepare(select + QStringLiteral(" IN (?") + QStringLiteral(",?").repeated(n - 1) +
                  QLatin1Char(')'));
        for (int i = 0; i < n; ++i)
            q.addBindValue(keys.at(from + i));
        if (sql::exec(q))
            while (q.next())
                row(q);
    }
}

QHash<QString, Employee> EmployeeRepository::findByNips(const QStringList &nips) const
{
    QSet<QString> wanted;
    for (const QString &nip : nips)
        wanted.insert(Nip::normalize(nip));
    QHash<QString, Employee> found;
    const auto keep = [&found](const QSqlQuery &q) {
        Employee e = employeeFrom(q);
        found.insert(e.nip, e);
    };
    if (wanted.size() <= 2000) { // a few rows: by the index
        selectIn(m_db.connection(), QLatin1String(kColumns) + QLatin1String("WHERE nip"),
                 QVector<QString>(wanted.cbegin(), wanted.cend()), keep);
        return found;
    }
    // Many (a whole agency's file): one pass over the table is faster than the lookups.
    QSqlQuery q(m_db.connection());
    sql::forwardOnly(q);
    if (q.exec(QLatin1String(kColumns))) {
        while (q.next()) {
            if (wanted.contains(q.value(1).toString()))
                keep(q);
        }
    }
    return found;
}

QHash<qint64, QString> EmployeeRepository::nipsOf(const QVector<qint64> &ids) const
{
    QHash<qint64, QString> nips;
    selectIn(m_db.connection(), QStringLiteral("SELECT id, nip FROM employee WHERE id"), ids,
             [&nips](const QSqlQuery &q) {
                 nips.insert(q.value(0).toLongLong(), q.value(1).toString());
             });
    return nips;
}

int EmployeeRepository::count() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM employee")) && q.next() ? q.value(0).toInt()
                                                                               : 0;
}

Status EmployeeRepository::checkAtasan(qint64 employeeId, qint64 atasanId) const
{
    if (atasanId == 0)
        return Status::ok();
    if (atasanId == employeeId)
        return Status::error(tr("An employee cannot be their own atasan."),
                             QStringLiteral("atasan"));
    QSqlQuery &exists = m_statements.get(QStringLiteral("SELECT 1 FROM employee WHERE id = ?"));
    exists.addBindValue(atasanId);
    const bool found = sql::exec(exists) && exists.next();
    exists.finish();
    if (!found)
        return Status::error(tr("The chosen atasan does not exist."), QStringLiteral("atasan"));
    if (employeeId == 0)
        return Status::ok(); // a new employee has no subordinates yet, so no cycle
    // Walk up from the proposed atasan; meeting the employee again means a cycle.
    QSqlQuery &q = m_statements.get(QStringLiteral(
        "WITH RECURSIVE chain(id, depth) AS (SELECT CAST(? AS BIGINT), 0 UNION ALL "
        "SELECT e.atasan_id, c.depth + 1 FROM employee e JOIN chain c ON e.id = c.id "
        "WHERE e.atasan_id IS NOT NULL AND c.depth < 200) "
        "SELECT c.id, e.name FROM chain c JOIN employee e ON e.id = c.id ORDER BY c.depth"));
    q.addBindValue(atasanId);
    sql::exec(q);
    QStringList names;
    bool loops = false;
    while (!loops && q.next()) {
        names << q.value(1).toString();
        loops = q.value(0).toLongLong() == employeeId;
    }
    q.finish();
    if (loops) {
        const std::optional<Employee> atasan = find(atasanId);
        return Status::error(tr("%1 cannot be the atasan: the chain of atasan would loop "
                                "back (%2).")
                                 .arg(atasan ? atasan->fullName() : names.first(),
                                      names.join(QStringLiteral(" → "))),
                             QStringLiteral("atasan"));
    }
    return Status::ok();
}

Status EmployeeRepository::validateForStore(const Employee &e) const
{
    if (Status s = EmployeeRules::validate(e); !s)
        return s;
    QSqlQuery &unit =
        m_statements.get(QStringLiteral("SELECT dissolved_on IS NULL FROM unit WHERE id = ?"));
    unit.addBindValue(e.unitId);
    const bool unitLive = sql::exec(unit) && unit.next() && unit.value(0).toBool();
    unit.finish();
    if (!unitLive)
        return Status::error(tr("The unit does not exist (any more)."), QStringLiteral("unit"));
    QSqlQuery &byNip = m_statements.get(QStringLiteral("SELECT id FROM employee WHERE nip = ?"));
    byNip.addBindValue(e.nip);
    const qint64 otherId = sql::exec(byNip) && byNip.next() ? byNip.value(0).toLongLong() : 0;
    byNip.finish();
    if (otherId != 0 && otherId != e.id) {
        const std::optional<Employee> other = find(otherId);
        return Status::error(tr("NIP %1 is already recorded for %2.")
                                 .arg(Nip::format(e.nip), other ? other->fullName() : QString()),
                             QStringLiteral("nip"));
    }
    return checkAtasan(e.id, e.atasanId);
}

Status EmployeeRepository::insertHistory(const Employee &e, const QDate &from, const QString &note)
{
    QSqlQuery &q = m_statements.get(QStringLiteral(
        "INSERT INTO position_history (employee_id, valid_from, unit_id, jabatan, jabatan_kind, "
        "jenjang, status, grade, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (employee_id, valid_from) DO UPDATE SET unit_id = excluded.unit_id, "
        "jabatan = excluded.jabatan, jabatan_kind = excluded.jabatan_kind, "
        "jenjang = excluded.jenjang, status = excluded.status, grade = excluded.grade, "
        "note = excluded.note"));
    q.addBindValue(e.id);
    q.addBindValue(sql::dateValue(from));
    q.addBindValue(e.unitId);
    q.addBindValue(text(e.jabatan));
    q.addBindValue(static_cast<int>(e.jabatanKind));
    q.addBindValue(static_cast<int>(e.jenjang));
    q.addBindValue(static_cast<int>(e.status));
    q.addBindValue(e.grade);
    q.addBindValue(text(note));
    QString error;
    return sql::exec(q, &error) ? Status::ok() : dbError(error);
}

Status EmployeeRepository::create(Employee &e, const QDate &effective)
{
    e.nip = Nip::normalize(e.nip);
    if (Status s = validateForStore(e); !s)
        return s;
    Transaction tx(m_db);
    QSqlQuery &q = m_statements.get(QStringLiteral(
        "INSERT INTO employee (nip, name, gelar_depan, gelar_belakang, status, grade, jabatan, "
        "jabatan_kind, jenjang, unit_id, atasan_id, state, state_date, sort_name, search_text) "
        "VALUES (:nip, :name, :gd, :gb, :status, :grade, :jabatan, :kind, :jenjang, :unit, "
        ":atasan, :state, :sdate, :sort, :search) RETURNING id"));
    bindFields(q, e);
    QString error;
    if (!sql::exec(q, &error))
        return dbError(error);
    e.id = sql::insertedId(q);
    e.rowVersion = 1;
    const QDate from = effective.isValid() ? effective : Nip::parse(e.nip).info.startDate;
    if (Status s = insertHistory(e, from, {}); !s) {
        e.id = 0;
        return s;
    }
    if (!tx.commit()) {
        e.id = 0;
        return dbError(tx.lastError());
    }
    return Status::ok();
}

Status EmployeeRepository::update(Employee &e, const QDate &effective, const QString &note)
{
    const std::optional<Employee> old = find(e.id);
    if (!old)
        return RowVersion::conflict(RowVersion::Record::Employee, {{}, {}, true});
    Employee stored = e;
    stored.nip = Nip::normalize(e.nip);
    if (Status s = validateForStore(stored); !s)
        return s;
    const QDate from = effective.isValid() ? effective : QDate::currentDate();
    const bool positionChanged = !samePosition(*old, stored);
    if (positionChanged) {
        const QVector<PositionRecord> past = history(e.id);
        if (!past.isEmpty() && from < past.last().validFrom)
            return Status::error(tr("The change must take effect on or after %1, the date of "
                                    "the last riwayat entry.")
                                     .arg(past.last().validFrom.toString(Qt::ISODate)),
                                 QStringLiteral("effective"));
    }

    Transaction tx(m_db);
    // First, so that a copy someone else saved meanwhile writes nothing.
    if (Status s = RowVersion::claim(m_db, RowVersion::Record::Employee, e.id, e.rowVersion); !s)
        return s;
    QSqlQuery &q = m_statements.get(QStringLiteral(
        "UPDATE employee SET nip = :nip, name = :name, gelar_depan = :gd, gelar_belakang = :gb, "
        "status = :status, grade = :grade, jabatan = :jabatan, jabatan_kind = :kind, "
        "jenjang = :jenjang, unit_id = :unit, atasan_id = :atasan, state = :state, "
        "state_date = :sdate, sort_name = :sort, search_text = :search WHERE id = :id"));
    bindFields(q, stored);
    q.bindValue(QStringLiteral(":id"), e.id);
    QString error;
    if (!sql::exec(q, &error))
        return dbError(error);
    if (positionChanged) {
        if (Status s = insertHistory(stored, from, note); !s)
            return s;
    }
    // A head who leaves the unit, or leaves service, leaves the unit without a head.
    if (old->unitId != stored.unitId || !stored.isActive()) {
        QSqlQuery vacate(m_db.connection());
        vacate.prepare(QStringLiteral("UPDATE unit SET head_id = NULL WHERE head_id = ? AND "
                                      "(id <> ? OR ? <> 0)"));
        vacate.addBindValue(e.id);
        vacate.addBindValue(stored.unitId);
        vacate.addBindValue(stored.isActive() ? 0 : 1);
        if (!sql::exec(vacate, &error))
            return dbError(error);
    }
    if (!tx.commit())
        return dbError(tx.lastError());
    ++e.rowVersion; // what the claim stored
    return Status::ok();
}

Status EmployeeRepository::setAtasan(qint64 employeeId, qint64 atasanId)
{
    if (Status s = checkAtasan(employeeId, atasanId); !s)
        return s;
    QSqlQuery &q =
        m_statements.get(QStringLiteral("UPDATE employee SET atasan_id = ? WHERE id = ?"));
    q.addBindValue(sql::idOrNull(atasanId));
    q.addBindValue(employeeId);
    QString error;
    if (!sql::exec(q, &error))
        return dbError(error);
    if (q.numRowsAffected() != 1)
        return Status::error(tr("The employee no longer exists."));
    if (!RowVersion::touch(m_db, RowVersion::Record::Employee, employeeId, &error))
        return dbError(error);
    return Status::ok();
}

QVector<qint64> EmployeeRepository::subordinateIds(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM employee WHERE atasan_id = ? ORDER BY sort_name"));
    q.addBindValue(id);
    QVector<qint64> ids;
    if (sql::exec(q))
        while (q.next())
            ids << q.value(0).toLongLong();
    return ids;
}

Status EmployeeRepository::remove(qint64 id)
{
    const std::optional<Employee> e = find(id);
    if (!e)
        return Status::error(tr("The employee no longer exists."));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name FROM unit WHERE head_id = ? AND dissolved_on IS NULL"));
    q.addBindValue(id);
    sql::exec(q);
    if (q.next())
        return Status::error(tr("%1 heads “%2”. Choose another head for the unit first.")
                                 .arg(e->fullName(), q.value(0).toString()));
    const QVector<qint64> subordinates = subordinateIds(id);
    if (!subordinates.isEmpty()) {
        QStringList names;
        for (int i = 0; i < subordinates.size() && i < 3; ++i)
            if (const std::optional<Employee> s = find(subordinates.at(i)))
                names << s->fullName();
        if (subordinates.size() > 3)
            names << QStringLiteral("…");
        return Status::error(tr("%1 is the atasan of %2 employee(s) (%3). Give them another "
                                "atasan first.")
                                 .arg(e->fullName())
                                 .arg(subordinates.size())
                                 .arg(names.join(QStringLiteral(", "))));
    }
    q.prepare(QStringLiteral("SELECT count(*) FROM appraisal WHERE employee_id = ?"));
    q.addBindValue(id);
    if (sql::exec(q) && q.next() && q.value(0).toInt() > 0)
        return Status::error(tr("%1 has %2 appraisal(s), which are kept, so the employee cannot "
                                "be deleted. Record that they left (an employment state) "
                                "instead.")
                                 .arg(e->fullName())
                                 .arg(q.value(0).toInt()));
    Transaction tx(m_db);
    q.prepare(QStringLiteral("DELETE FROM employee WHERE id = ?"));
    q.addBindValue(id);
    QString error;
    if (!sql::exec(q, &error))
        return dbError(error);
    if (!tx.commit())
        return dbError(tx.lastError());
    return Status::ok();
}

static PositionRecord recordFrom(const QSqlQuery &q)
{
    PositionRecord r;
    r.id = q.value(0).toLongLong();
    r.employeeId = q.value(1).toLongLong();
    r.validFrom = sql::toDate(q.value(2));
    r.unitId = q.value(3).toLongLong();
    r.unitName = q.value(4).toString();
    r.jabatan = q.value(5).toString();
    r.jabatanKind = static_cast<JabatanKind>(q.value(6).toInt());
    r.jenjang = static_cast<Jenjang>(q.value(7).toInt());
    r.status = static_cast<EmployeeStatus>(q.value(8).toInt());
    r.grade = q.value(9).toInt();
    r.note = q.value(10).toString();
    return r;
}

static const char *const kHistorySelect =
    "SELECT h.id, h.employee_id, h.valid_from, h.unit_id, u.name, h.jabatan, h.jabatan_kind, "
    "h.jenjang, h.status, h.grade, h.note FROM position_history h "
    "JOIN unit u ON u.id = h.unit_id WHERE h.employee_id = ? ";

QVector<PositionRecord> EmployeeRepository::history(qint64 employeeId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(kHistorySelect) + QLatin1String("ORDER BY h.valid_from"));
    q.addBindValue(employeeId);
    QVector<PositionRecord> records;
    if (sql::exec(q))
        while (q.next())
            records << recordFrom(q);
    return records;
}

std::optional<PositionRecord> EmployeeRepository::positionAt(qint64 employeeId,
                                                             const QDate &date) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(kHistorySelect) +
              QLatin1String("AND h.valid_from <= ? ORDER BY h.valid_from DESC LIMIT 1"));
    q.addBindValue(employeeId);
    q.addBindValue(sql::dateValue(date));
    if (!sql::exec(q) || !q.next())
        return std::nullopt;
    return recordFrom(q);
}

} // namespace kinerja
