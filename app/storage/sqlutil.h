#pragma once

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace kinerja::sql {

// Runs a prepared statement; on failure fills *error with the driver text.
bool exec(QSqlQuery &q, QString *error = nullptr);
// Prepares `sql` forward-only, binds `values` in order and runs it; on failure fills
// *error with the driver text.
bool select(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error = nullptr);
// Dates are stored as ISO text (YYYY-MM-DD); null when invalid.
QVariant dateValue(const QDate &d);
QDate toDate(const QVariant &v);
// 0 means "none" for optional references: stored as NULL.
QVariant idOrNull(qint64 id);
// "%word%" for LIKE ... ESCAPE '\'
QString likePattern(const QString &word);

} // namespace kinerja::sql
