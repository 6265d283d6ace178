#include "sqlutil.h"

#include "database.h"
#include "refusal.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>

namespace kinerja::sql {

namespace {
Q_LOGGING_CATEGORY(lcSql, "kinerja.sql")

// Flags are integer columns. QSQLITE stores a bound bool as 0/1, but QPSQL writes it as
// the literal TRUE, which PostgreSQL will not put in an integer column.
QVariant flagAsInteger(const QVariant &v)
{
    return v.typeId() == QMetaType::Bool ? QVariant(v.toBool() ? 1 : 0) : v;
}

void bindFlagsAsIntegers(QSqlQuery &q)
{
    const QVariantList values = q.boundValues();
    for (int i = 0; i < values.size(); ++i) {
        if (values.at(i).typeId() == QMetaType::Bool)
            q.bindValue(i, flagAsInteger(values.at(i)));
    }
}
// `sql` with each ? outside quotes replaced by the next value as an SQL literal, in the
// driver's own quoting (PQescapeStringConn for QPSQL).
QString withLiterals(const QSqlDriver *driver, const QString &sql, const QVariantList &values)
{
    QString out;
    out.reserve(sql.size() + 16 * values.size());
    QChar quote;
    qsizetype next = 0;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('?') && next < values.size()) {
            const QVariant v = flagAsInteger(values.at(next++));
            QSqlField field(QString(), v.metaType());
            field.setValue(v);
            out += driver->formatValue(field);
            continue;
        }
        out += c;
    }
    return out;
}
} // namespace

bool exec(QSqlQuery &q, QString *error)
{
    bindFlagsAsIntegers(q);
    if (q.exec())
        return true;
    // The caller reports the failure to the user; the log keeps the statement for the
    // developer who reads the report.
    qCWarning(lcSql) << "statement failed:" << q.lastQuery() << q.lastError().text();
    if (error)
        *error = Refusal::is(q.lastError()) ? Refusal::message() : q.lastError().text();
    return false;
}

void forwardOnly(QSqlQuery &q, Rows rows)
{
    const bool server = q.driver() && q.driver()->dbmsType() == QSqlDriver::PostgreSQL;
    q.setForwardOnly(!server || rows == Rows::Streamed);
}

bool select(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error, Rows rows)
{
    forwardOnly(q, rows);
    const QSqlDriver *driver = q.driver();
    if (rows == Rows::Streamed && driver && driver->dbmsType() == QSqlDriver::PostgreSQL) {
        // QPSQL fetches a prepared statement's result whole, whatever forward-only says
        // (the first of 49,006 rows came after 150 ms); a plain statement streams.
        if (q.exec(withLiterals(driver, sql, values)))
            return true;
        qCWarning(lcSql) << "statement failed:" << q.lastQuery() << q.lastError().text();
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (!q.prepare(sql)) {
        qCWarning(lcSql) << "statement not prepared:" << sql << q.lastError().text();
        if (error)
            *error = q.lastError().text();
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    return exec(q, error);
}

QString orderedJoin(const Database &db)
{
    return db.engine() == Engine::Postgres ? QStringLiteral(" JOIN ")
                                           : QStringLiteral(" CROSS JOIN ");
}

qint64 insertedId(QSqlQuery &q)
{
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QString likePattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace kinerja::sql
