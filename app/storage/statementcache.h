#pragma once

#include <QHash>
#include <QString>
#include <memory>

class QSqlQuery;

namespace kinerja {

class Database;

// Prepared statements kept for the life of a repository object: a bulk job (an import
// of 50,000 employees) would otherwise parse the same SQL a few hundred thousand times.
// A statement is reset before each use; finish() a SELECT once read, so that no
// half-read statement keeps the connection's read snapshot open.
class StatementCache {
public:
    explicit StatementCache(Database &db) : m_db(db) {}
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    // `sql` prepared on its first use; a failed prepare is logged with its reason and
    // the statement fails at exec.
    QSqlQuery &get(const QString &sql);

private:
    Database &m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
};

} // namespace kinerja
