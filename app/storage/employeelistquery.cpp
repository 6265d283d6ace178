#include "employeelistquery.h"

#include "database.h"

#include "sqlutil.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>

namespace kinerja {

namespace {

// WHERE clause and its bound words. Unit ids are integers from the database,
// written inline so one statement serves any number of them.
QString whereClause(const EmployeeFilter &filter, bool stateFilter, QStringList *words)
{
    QStringList terms;
    if (stateFilter && !filter.includeInactive)
        terms << QStringLiteral("e.state = 0");
    if (!filter.unitIds.isEmpty()) {
        QStringList ids;
        ids.reserve(filter.unitIds.size());
        for (qint64 id : filter.unitIds)
            ids << QString::number(id);
        terms << QStringLiteral("e.unit_id IN (%1)").arg(ids.join(QLatin1Char(',')));
    }
    const QStringList parts = filter.text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        *words << part;
        terms << QStringLiteral("instr(e.search_text, ?) > 0");
    }
    return terms.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

QString orderBy(EmployeeColumn column, Qt::SortOrder order)
{
    const QString dir =
        order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    switch (column) {
    case EmployeeColumn::Nip:
        return QStringLiteral("e.nip") + dir;
    case EmployeeColumn::Name:
        return QStringLiteral("e.sort_name") + dir + QStringLiteral(", e.id");
    case EmployeeColumn::Jabatan:
        return QStringLiteral("lower(e.jabatan)") + dir + QStringLiteral(", e.sort_name");
    case EmployeeColumn::Grade:
        // PNS golongan first, then PPPK: the two scales are not comparable.
        return QStringLiteral("(e.status = 2)") + dir + QStringLiteral(", e.grade") + dir +
               QStringLiteral(", e.sort_name");
    case EmployeeColumn::Unit:
        return QStringLiteral("lower(u.name)") + dir + QStringLiteral(", e.sort_name");
    case EmployeeColumn::State:
        return QStringLiteral("e.state") + dir + QStringLiteral(", e.sort_name");
    }
    return QStringLiteral("e.sort_name");
}

} // namespace

// SELECT <columns> over the filter, in the requested order.
static QString selectSorted(Engine engine, const QString &columns, const EmployeeFilter &filter,
                            EmployeeColumn sortBy, Qt::SortOrder order, QStringList *words)
{
    const QString join = sortBy == EmployeeColumn::Unit
                             ? QStringLiteral(" JOIN unit u ON u.id = e.unit_id")
                             : QString();
    QString sort = orderBy(sortBy, order);
    // With a text filter, scanning the table and sorting the few matches beats
    // walking the sort index and visiting every row ("+" disables SQLite's use of the index;
    // PostgreSQL's planner weighs the two plans itself).
    if (!filter.text.trimmed().isEmpty() && engine == Engine::Sqlite)
        sort.prepend(QLatin1Char('+'));
    return QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM employee e") + join +
           whereClause(filter, true, words) + QStringLiteral(" ORDER BY ") + sort;
}

QVector<qint64> EmployeeListQuery::ids(const EmployeeFilter &filter, EmployeeColumn sortBy,
                                       Qt::SortOrder order) const
{
    QStringList words;
    QSqlQuery q(m_db.connection());
    sql::forwardOnly(q);
    q.prepare(selectSorted(m_db.engine(), QStringLiteral("e.id"), filter, sortBy, order, &words));
    for (const QString &w : std::as_const(words))
        q.addBindValue(w);
    QVector<qint64> result;
    if (sql::exec(q))
        while (q.next())
            result << q.value(0).toLongLong();
    return result;
}

QVector<EmployeeListQuery::SearchEntry>
EmployeeListQuery::searchEntries(const EmployeeFilter &scope, EmployeeColumn sortBy,
                                 Qt::SortOrder order) const
{
    QStringList words;
    QSqlQuery q(m_db.connection());
    sql::forwardOnly(q);
    q.prepare(selectSorted(m_db.engine(), QStringLiteral("e.id, e.state = 0, e.search_text"), scope,
                           sortBy, order, &words));
    for (const QString &w : std::as_const(words))
        q.addBindValue(w);
    QVector<SearchEntry> result;
    if (sql::exec(q))
        while (q.next())
            result.push_back({q.value(0).toLongLong(), q.value(1).toBool(), q.value(2).toString()});
    return result;
}

QVector<EmployeeRow> EmployeeListQuery::rows(const QVector<qint64> &ids) const
{
    if (ids.isEmpty())
        return {};
    QStringList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list << QString::number(id);
    QSqlQuery q(m_db.connection());
    sql::forwardOnly(q);
    q.exec(QStringLiteral("SELECT e.id, e.nip, e.gelar_depan, e.name, e.gelar_belakang, e.jabatan, "
                          "e.status, e.grade, e.unit_id, u.name, e.state, e.jabatan_kind, "
                          "e.jenjang, a.nip FROM employee e JOIN unit u ON u.id = e.unit_id "
                          "LEFT JOIN employee a ON a.id = e.atasan_id WHERE e.id IN (%1)")
               .arg(list.join(QLatin1Char(','))));
    QHash<qint64, EmployeeRow> byId;
    byId.reserve(ids.size());
    while (q.next()) {
        EmployeeRow r;
        r.id = q.value(0).toLongLong();
        r.nip = q.value(1).toString();
        Employee name;
        name.gelarDepan = q.value(2).toString();
        name.name = q.value(3).toString();
        name.gelarBelakang = q.value(4).toString();
        r.fullName = name.fullName();
        r.name = name.name;
        r.gelarDepan = name.gelarDepan;
        r.gelarBelakang = name.gelarBelakang;
        r.jabatan = q.value(5).toString();
        r.status = static_cast<EmployeeStatus>(q.value(6).toInt());
        r.grade = q.value(7).toInt();
        r.unitId = q.value(8).toLongLong();
        r.unitName = q.value(9).toString();
        r.state = static_cast<EmploymentState>(q.value(10).toInt());
        r.jabatanKind = static_cast<JabatanKind>(q.value(11).toInt());
        r.jenjang = static_cast<Jenjang>(q.value(12).toInt());
        r.atasanNip = q.value(13).toString();
        byId.insert(r.id, r);
    }
    QVector<EmployeeRow> ordered;
    ordered.reserve(ids.size());
    for (qint64 id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.constEnd())
            ordered << *it;
    }
    return ordered;
}

EmployeeListQuery::Counts EmployeeListQuery::counts(const EmployeeFilter &filter) const
{
    QStringList words;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FILTER (WHERE e.state = 0), count(*) FILTER (WHERE "
                             "e.state <> 0) FROM employee e") +
              whereClause(filter, false, &words));
    for (const QString &w : std::as_const(words))
        q.addBindValue(w);
    Counts c;
    if (sql::exec(q) && q.next()) {
        c.active = q.value(0).toInt();
        c.inactive = q.value(1).toInt();
    }
    return c;
}

} // namespace kinerja
