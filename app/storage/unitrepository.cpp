#include "unitrepository.h"

#include "database.h"
#include "employeerepository.h"
#include "refusal.h"
#include "sqlutil.h"
#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kinerja {

namespace {

Unit unitFrom(const QSqlQuery &q)
{
    Unit u;
    u.id = q.value(0).toLongLong();
    u.parentId = q.value(1).toLongLong();
    u.name = q.value(2).toString();
    u.kind = static_cast<UnitKind>(q.value(3).toInt());
    u.headId = q.value(4).toLongLong();
    return u;
}

const char *const kSelect = "SELECT id, parent_id, name, kind, head_id FROM unit ";

Status dbError(const QString &what)
{
    if (Refusal::isText(what)) // the server's rights said no: say so in words
        return Refusal::status();
    return Status::error(QCoreApplication::translate("kinerja::UnitRepository",
                                                     "The database refused the change: %1")
                             .arg(what));
}

} // namespace

QVector<Unit> UnitRepository::all() const
{
    QSqlQuery q(m_db.connection());
    q.exec(QLatin1String(kSelect) + QLatin1String("WHERE dissolved_on IS NULL ORDER BY id"));
    QVector<Unit> units;
    QHash<qint64, QVector<int>> children; // parent id -> indexes into units
    while (q.next()) {
        units << unitFrom(q);
        children[units.last().parentId] << static_cast<int>(units.size() - 1);
    }
    // Depth-first from the roots so that parents always precede children.
    QVector<Unit> ordered;
    ordered.reserve(units.size());
    QVector<int> stack;
    const QVector<int> roots = children.value(0);
    for (auto it = roots.crbegin(); it != roots.crend(); ++it)
        stack << *it;
    while (!stack.isEmpty()) {
        const Unit &u = units.at(stack.takeLast());
        ordered << u;
        const QVector<int> kids = children.value(u.id);
        for (auto it = kids.crbegin(); it != kids.crend(); ++it)
            stack << *it;
    }
    return ordered;
}

std::optional<Unit> UnitRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(kSelect) + QLatin1String("WHERE id = ?"));
    q.addBindValue(id);
    if (!sql::exec(q) || !q.next())
        return std::nullopt;
    return unitFrom(q);
}

QVector<qint64> UnitRepository::subtreeIds(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("WITH RECURSIVE sub(id) AS (SELECT CAST(? AS BIGINT) UNION ALL "
                             "SELECT u.id FROM unit u JOIN sub ON u.parent_id = sub.id "
                             "WHERE u.dissolved_on IS NULL) SELECT id FROM sub"));
    q.addBindValue(id);
    QVector<qint64> ids;
    if (sql::exec(q))
        while (q.next())
            ids << q.value(0).toLongLong();
    return ids;
}

QHash<qint64, int> UnitRepository::staffCounts(bool includeInactive) const
{
    // Both forms read only the (unit_id, state) index.
    QSqlQuery q(m_db.connection());
    q.exec(includeInactive
               ? QStringLiteral("SELECT unit_id, count(*) FROM employee GROUP BY unit_id")
               : QStringLiteral("SELECT unit_id, count(*) FILTER (WHERE state = 0) FROM employee "
                                "GROUP BY unit_id"));
    QHash<qint64, int> counts;
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return counts;
}

// Sibling names must differ so that the tree, exports and imports by unit name stay unambiguous.
static Status checkSiblingName(const QSqlDatabase &db, qint64 parentId, const QString &name,
                               qint64 selfId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT count(*) FROM unit WHERE dissolved_on IS NULL AND "
        "parent_id IS NOT DISTINCT FROM CAST(? AS BIGINT) AND lower(name) = lower(?) AND id <> ?"));
    q.addBindValue(sql::idOrNull(parentId));
    q.addBindValue(name);
    q.addBindValue(selfId);
    if (sql::exec(q) && q.next() && q.value(0).toInt() > 0)
        return Status::error(UnitRepository::tr("A unit named “%1” already exists at this place "
                                                "in the tree.")
                                 .arg(name),
                             QStringLiteral("name"));
    return Status::ok();
}

Status UnitRepository::create(Unit &unit)
{
    const QString name = unit.name.simplified();
    if (name.isEmpty())
        return Status::error(tr("The unit name is empty."), QStringLiteral("name"));
    if (unit.parentId == 0) {
        QSqlQuery q(m_db.connection());
        q.exec(QStringLiteral(
            "SELECT name FROM unit WHERE parent_id IS NULL AND dissolved_on IS NULL"));
        if (q.next())
            return Status::error(
                tr("“%1” is already the top of the unit tree; choose a parent unit "
                   "for “%2”.")
                    .arg(q.value(0).toString(), name),
                QStringLiteral("parent"));
    } else if (!find(unit.parentId)) {
        return Status::error(tr("The parent unit does not exist."), QStringLiteral("parent"));
    }
    if (Status s = checkSiblingName(m_db.connection(), unit.parentId, name, 0); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO unit (parent_id, name, kind) VALUES (?, ?, ?) "
                             "RETURNING id"));
    q.addBindValue(sql::idOrNull(unit.parentId));
    q.addBindValue(name);
    q.addBindValue(static_cast<int>(unit.kind));
    QString error;
    if (!sql::exec(q, &error))
        return dbError(error);
    unit.id = sql::insertedId(q);
    unit.name = name;
    unit.headId = 0;
    return Status::ok();
}

Status UnitRepository::rename(qint64 id, const QString &newName)
{
    const QString name = newName.simplified();
    const std::optional<Unit> unit = find(id);
    if (!unit)
        return Status::error(tr("The unit no longer exists."));
    if (name.isEmpty())
        return Status::error(tr("The unit name is empty."), QStringLiteral("name"));
    if (Status s = checkSiblingName(m_db.connection(), unit->parentId, name, id); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE unit SET name = ? WHERE id = ?"));
    q.addBindValue(name);
    q.addBindValue(id);
    QString error;
    return sql::exec(q, &error) ? Status::ok() : dbError(error);
}

Status UnitRepository::setKind(qint64 id, UnitKind kind)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE unit SET kind = ? WHERE id = ?"));
    q.addBindValue(static_cast<int>(kind));
    q.addBindValue(id);
    QString error;
    return sql::exec(q, &error) ? Status::ok() : dbError(error);
}

Status UnitRepository::setHead(qint64 id, qint64 employeeId)
{
    const std::optional<Unit> unit = find(id);
    if (!unit)
        return Status::error(tr("The unit no longer exists."));
    if (employeeId != 0) {
        const std::optional<Employee> head = EmployeeRepository(m_db).find(employeeId);
        if (!head)
            return Status::error(tr("The chosen head does not exist."), QStringLiteral("head"));
        if (head->unitId != id)
            return Status::error(tr("%1 does not work in “%2”; move them to the unit before "
                                    "making them its head.")
                                     .arg(head->fullName(), unit->name),
                                 QStringLiteral("head"));
        if (!head->isActive())
            return Status::error(
                tr("%1 is no longer active and cannot head a unit.").arg(head->fullName()),
                QStringLiteral("head"));
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE unit SET head_id = ? WHERE id = ?"));
    q.addBindValue(sql::idOrNull(employeeId));
    q.addBindValue(id);
    QString error;
    return sql::exec(q, &error) ? Status::ok() : dbError(error);
}

Status UnitRepository::move(qint64 id, qint64 newParentId)
{
    const std::optional<Unit> unit = find(id);
    if (!unit)
        return Status::error(tr("The unit no longer exists."));
    if (unit->parentId == 0)
        return Status::error(
            tr("“%1” is the top of the unit tree and cannot be moved.").arg(unit->name),
            QStringLiteral("parent"));
    const std::optional<Unit> parent = find(newParentId);
    if (!parent)
        return Status::error(tr("The new parent unit does not exist."), QStringLiteral("parent"));
    if (subtreeIds(id).contains(newParentId))
        return Status::error(tr("“%1” cannot be moved under “%2”: that unit is part of “%1” "
                                "itself.")
                                 .arg(unit->name, parent->name),
                             QStringLiteral("parent"));
    if (Status s = checkSiblingName(m_db.connection(), newParentId, unit->name, id); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE unit SET parent_id = ? WHERE id = ?"));
    q.addBindValue(newParentId);
    q.addBindValue(id);
    QString error;
    return sql::exec(q, &error) ? Status::ok() : dbError(error);
}

UnitUsage UnitRepository::usage(qint64 id) const
{
    UnitUsage usage;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM employee WHERE unit_id = :id AND state = 0), "
        "(SELECT count(*) FROM employee WHERE unit_id = :id AND state <> 0), "
        "(SELECT count(*) FROM unit WHERE parent_id = :id AND dissolved_on IS NULL), "
        "(SELECT count(*) FROM position_history WHERE unit_id = :id)"));
    q.bindValue(QStringLiteral(":id"), id);
    if (sql::exec(q) && q.next()) {
        usage.activeStaff = q.value(0).toInt();
        usage.inactiveStaff = q.value(1).toInt();
        usage.subUnits = q.value(2).toInt();
        usage.historyRecords = q.value(3).toInt();
    }
    return usage;
}

Status UnitRepository::remove(qint64 id)
{
    const std::optional<Unit> unit = find(id);
    if (!unit)
        return Status::error(tr("The unit no longer exists."));
    if (unit->parentId == 0)
        return Status::error(
            tr("“%1” is the top of the unit tree and cannot be deleted.").arg(unit->name));
    const UnitUsage u = usage(id);
    if (!u.isEmpty()) {
        const int staff = u.activeStaff + u.inactiveStaff;
        return Status::error(tr("“%1” cannot be deleted: it still has %2 staff member(s) "
                                "(%3 inactive) and %4 sub-unit(s). Move them to another unit, "
                                "or merge “%1” into another unit.")
                                 .arg(unit->name)
                                 .arg(staff)
                                 .arg(u.inactiveStaff)
                                 .arg(u.subUnits));
    }
    QSqlQuery q(m_db.connection());
    if (u.historyRecords > 0) {
        // Past appraisals and the riwayat still name this unit: keep it, hidden.
        q.prepare(QStringLiteral("UPDATE unit SET dissolved_on = ?, head_id = NULL WHERE id = ?"));
        q.addBindValue(sql::dateValue(QDate::currentDate()));
    } else {
        q.prepare(QStringLiteral("DELETE FROM unit WHERE id = ?"));
    }
    q.addBindValue(id);
    QString error;
    return sql::exec(q, &error) ? Status::ok() : dbError(error);
}

Status UnitRepository::merge(qint64 sourceId, qint64 targetId, const QDate &effective)
{
    const std::optional<Unit> source = find(sourceId);
    const std::optional<Unit> target = find(targetId);
    if (!source || !target)
        return Status::error(tr("The unit no longer exists."));
    if (subtreeIds(sourceId).contains(targetId))
        return Status::error(tr("“%1” cannot be merged into “%2”, which is part of it.")
                                 .arg(source->name, target->name),
                             QStringLiteral("target"));
    if (source->parentId == 0)
        return Status::error(
            tr("“%1” is the top of the unit tree and cannot be merged.").arg(source->name));

    Transaction tx(m_db);
    EmployeeRepository employees(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM employee WHERE unit_id = ?"));
    q.addBindValue(sourceId);
    sql::exec(q);
    QVector<qint64> staff;
    while (q.next())
        staff << q.value(0).toLongLong();
    const QString note = tr("Unit “%1” merged into “%2”").arg(source->name, target->name);
    for (qint64 employeeId : std::as_const(staff)) {
        std::optional<Employee> e = employees.find(employeeId);
        if (!e)
            continue;
        e->unitId = targetId;
        if (Status s = employees.update(*e, effective, note); !s)
            return Status::error(tr("%1 could not be moved: %2").arg(e->fullName(), s.message()));
    }
    QSqlQuery children(m_db.connection());
    children.prepare(QStringLiteral("UPDATE unit SET parent_id = ? WHERE parent_id = ?"));
    children.addBindValue(targetId);
    children.addBindValue(sourceId);
    QString error;
    if (!sql::exec(children, &error))
        return dbError(error);
    if (Status s = remove(sourceId); !s)
        return s;
    if (!tx.commit())
        return dbError(tx.lastError());
    return Status::ok();
}

} // namespace kinerja
