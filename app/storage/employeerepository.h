#pragma once

#include "domain/employee.h"
#include "domain/status.h"
#include "statementcache.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QStringList>
#include <QVector>
#include <optional>

namespace kinerja {

class Database;

class EmployeeRepository {
    Q_DECLARE_TR_FUNCTIONS(kinerja::EmployeeRepository)
public:
    explicit EmployeeRepository(Database &db) : m_db(db), m_statements(db) {}

    std::optional<Employee> find(qint64 id) const;
    std::optional<Employee> findByNip(const QString &nip) const;
    // Many at once (an import's rows): what findByNip finds for each NIP, keyed by the
    // stored NIP (the digits); NIPs not stored are absent. A query per few hundred NIPs.
    QHash<QString, Employee> findByNips(const QStringList &nips) const;
    // The stored NIP of each of these employees, keyed by id; unknown ids are absent.
    QHash<qint64, QString> nipsOf(const QVector<qint64> &ids) const;

    // Full validation (EmployeeRules, unique NIP, unit exists, atasan rules),
    // then insert with a first riwayat record valid from `effective`
    // (default: the start date in the NIP). Sets e.id.
    Status create(Employee &e, const QDate &effective = {});
    // Validates and stores. When unit, jabatan, jenis/jenjang, status or grade
    // changed, appends a riwayat record valid from `effective` (default today).
    // A conflict (RowVersion) when e.rowVersion is not the stored one: someone else saved
    // the employee since `e` was loaded. On success e.rowVersion is the stored one again.
    Status update(Employee &e, const QDate &effective = {}, const QString &note = {});
    // Refused while the employee heads a unit or is someone's atasan (the
    // message names them). Deleting is for records entered by mistake; people
    // who leave get an employment state instead.
    Status remove(qint64 id);

    // Self-atasan, unknown atasan, or a cycle in the atasan chain.
    Status checkAtasan(qint64 employeeId, qint64 atasanId) const;
    // Sets only the atasan (0: none) after checkAtasan; the riwayat does not record the
    // atasan, so nothing else changes. What the employee import's second pass needs.
    Status setAtasan(qint64 employeeId, qint64 atasanId);
    // Employees whose atasan is `id`.
    QVector<qint64> subordinateIds(qint64 id) const;

    QVector<PositionRecord> history(qint64 employeeId) const; // oldest first
    std::optional<PositionRecord> positionAt(qint64 employeeId, const QDate &date) const;
    int count() const;

private:
    Status validateForStore(const Employee &e) const;
    Status insertHistory(const Employee &e, const QDate &from, const QString &note);

    Database &m_db;
    mutable StatementCache m_statements; // a repository writing many rows prepares once
};

} // namespace kinerja
