#include "transaction.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kinerja {

namespace {
bool run(Database &db, const QString &sql, QString *error)
{
    QSqlQuery q(db.connection());
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}
QString savepoint(int level)
{
    return QStringLiteral("sp_%1").arg(level);
}
} // namespace

Transaction::Transaction(Database &db) : m_db(db)
{
    m_level = m_db.transactionDepth();
    // IMMEDIATE: an SQLite writer takes the write lock at once, not on its first write.
    const QString begin = m_db.engine() == Engine::Postgres ? QStringLiteral("BEGIN")
                                                            : QStringLiteral("BEGIN IMMEDIATE");
    const QString sql = m_level == 0 ? begin : QStringLiteral("SAVEPOINT ") + savepoint(m_level);
    m_active = run(m_db, sql, &m_error);
    // A server connection lost since the last save is opened again when its BEGIN fails
    // (not probed before every transaction), so that saving works once the server is back;
    // while it is away the transaction does not begin.
    if (!m_active && m_level == 0 && m_db.isServer()) {
        bool reconnected = false;
        if (Status s = m_db.ensureConnected(&reconnected); !s)
            m_error = s.message();
        else if (reconnected)
            m_active = run(m_db, sql, &m_error);
    }
    if (m_active)
        ++m_db.transactionDepth();
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    const QString sql =
        m_level == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint(m_level);
    if (!run(m_db, sql, &m_error)) {
        rollback();
        return false;
    }
    m_active = false;
    --m_db.transactionDepth();
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QString ignored;
    if (m_level == 0) {
        run(m_db, QStringLiteral("ROLLBACK"), &ignored);
    } else {
        run(m_db, QStringLiteral("ROLLBACK TO ") + savepoint(m_level), &ignored);
        run(m_db, QStringLiteral("RELEASE ") + savepoint(m_level), &ignored);
    }
    m_active = false;
    --m_db.transactionDepth();
}

} // namespace kinerja
