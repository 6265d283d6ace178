#pragma once

#include <QString>

namespace kinerja {

class Database;

// RAII transaction: BEGIN IMMEDIATE at the outermost level, a SAVEPOINT when
// nested. Rolls back unless commit() succeeded, so an early return or an error
// never leaves half a change behind. On a server, an outermost BEGIN that fails
// reconnects a lost connection (Database::ensureConnected) and begins again.
class Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();
    QString lastError() const { return m_error; }

private:
    Database &m_db;
    int m_level = 0;
    bool m_active = false;
    QString m_error;
};

} // namespace kinerja
