#pragma once

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace kinerja {
class Database;
}

namespace kinerja::sql {

// Runs a prepared statement; on failure fills *error with the driver text.
bool exec(QSqlQuery &q, QString *error = nullptr);
// Reading rows front to back. On SQLite forward-only spares a copy of each row. QPSQL
// streams a forward-only result (single-row mode), and then no other statement may run
// on the connection until its last row is read; so on PostgreSQL the result is fetched
// whole (Buffered), and a loop may write while it reads, unless the caller streams a
// large read on a connection of its own (Streamed).
enum class Rows { Buffered, Streamed };
void forwardOnly(QSqlQuery &q, Rows rows = Rows::Buffered);
// Prepares `sql` forward-only, binds `values` in order and runs it; on failure fills
// *error with the driver text. A Streamed read on PostgreSQL runs as a plain statement with
// the values written in as quoted literals, because QPSQL streams only those.
bool select(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error = nullptr,
            Rows rows = Rows::Buffered);
// The id an INSERT ... RETURNING id gave back (0 when none), read at once so the statement
// can run again. RETURNING rather than lastInsertId(): QPSQL's asks the server for
// lastval(), one more round trip that a trigger inserting elsewhere would also mislead.
qint64 insertedId(QSqlQuery &q);
// A join whose order the query fixes: SQLite's CROSS JOIN keeps the tables in the written
// order; PostgreSQL has no CROSS JOIN ... ON and plans a plain JOIN well.
QString orderedJoin(const Database &db);
// Dates are stored as ISO text (YYYY-MM-DD); null when invalid.
QVariant dateValue(const QDate &d);
QDate toDate(const QVariant &v);
// 0 means "none" for optional references: stored as NULL.
QVariant idOrNull(qint64 id);
// "%word%" for LIKE ... ESCAPE '\'
QString likePattern(const QString &word);

} // namespace kinerja::sql
