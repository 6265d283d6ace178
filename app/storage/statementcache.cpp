#include "statementcache.h"

#include "database.h"

#include <QSqlQuery>

namespace kinerja {

QSqlQuery &StatementCache::get(const QString &sql)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        auto q = std::make_shared<QSqlQuery>(m_db.connection());
        q->prepare(sql);
        it = m_queries.insert(sql, q);
    } else {
        (*it)->finish();
    }
    return **it;
}

} // namespace kinerja
