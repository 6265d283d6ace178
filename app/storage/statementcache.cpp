#include "statementcache.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kinerja {

QSqlQuery &StatementCache::get(const QString &sql)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        auto q = std::make_shared<QSqlQuery>(m_db.connection());
        // exec then says only "No query": the reason is in the prepare's error.
        if (!q->prepare(sql))
            qWarning("StatementCache: cannot prepare %s: %s", qPrintable(sql),
                     qPrintable(q->lastError().text()));
        it = m_queries.insert(sql, q);
    } else {
        (*it)->finish();
    }
    return **it;
}

} // namespace kinerja
