#include "employeesearch.h"

#include "database.h"

#include <QSqlQuery>

namespace kinerja {

void EmployeeSearch::changed()
{
    if (m_db.isServer())
        m_loaded = false;
}

// Changes made through this connection (total_changes) or by another process
// (data_version) since it opened; equal stamps mean the table is unchanged. A server has
// no stamp as cheap (its table statistics lag seconds behind other sessions): there the
// candidates stay until changed() is called, with no round trip per keystroke.
qint64 EmployeeSearch::changeStamp() const
{
    if (m_db.isServer())
        return 0;
    QSqlQuery q(m_db.connection());
    qint64 stamp = 0;
    if (q.exec(QStringLiteral("SELECT total_changes()")) && q.next())
        stamp = q.value(0).toLongLong();
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        stamp += q.value(0).toLongLong() << 40;
    return stamp;
}

void EmployeeSearch::load(const EmployeeFilter &filter, EmployeeColumn sortBy, Qt::SortOrder order)
{
    EmployeeFilter scope;
    scope.unitIds = filter.unitIds;
    scope.includeInactive = true; // the inactive toggle is applied in memory
    const EmployeeListQuery query(m_db);
    m_candidates.clear();
    const QVector<EmployeeListQuery::SearchEntry> entries =
        query.searchEntries(scope, sortBy, order);
    m_candidates.reserve(entries.size());
    for (const EmployeeListQuery::SearchEntry &e : entries)
        m_candidates.push_back({e.id, e.active, e.text});
    m_unitIds = filter.unitIds;
    m_sortBy = sortBy;
    m_order = order;
    m_loaded = true;
}

EmployeeSearch::Result EmployeeSearch::run(const EmployeeFilter &filter, EmployeeColumn sortBy,
                                           Qt::SortOrder order)
{
    const qint64 stamp = changeStamp();
    const QString connection = m_db.connection().connectionName();
    if (!m_loaded || stamp != m_stamp || connection != m_connection ||
        filter.unitIds != m_unitIds || sortBy != m_sortBy || order != m_order)
        load(filter, sortBy, order);
    m_stamp = stamp;
    m_connection = connection;

    const QStringList words = filter.text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    Result result;
    result.ids.reserve(m_candidates.size());
    for (const Candidate &c : std::as_const(m_candidates)) {
        bool match = true;
        for (const QString &w : words) {
            if (!c.text.contains(w)) {
                match = false;
                break;
            }
        }
        if (!match)
            continue;
        if (c.active)
            ++result.counts.active;
        else
            ++result.counts.inactive;
        if (c.active || filter.includeInactive)
            result.ids.push_back(c.id);
    }
    return result;
}

} // namespace kinerja
