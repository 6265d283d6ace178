#pragma once

#include "domain/employee.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace kinerja {
class EmployeeRepository;
}

namespace kinerja::exchange {

// The stored employees an import refers to, read in a few queries for the whole file
// instead of one per row; a NIP or id not asked for beforehand is read on its own.
class StoredEmployees {
public:
    explicit StoredEmployees(const EmployeeRepository &repo) : m_repo(repo) {}

    // Reads the employees with these NIPs, and the NIPs of their atasan.
    void preload(const QStringList &nips);
    // As EmployeeRepository::findByNip.
    std::optional<Employee> byNip(const QString &nip);
    // The NIP of the employee `id` (as EmployeeRepository::find(id)->nip), empty when unknown.
    QString nipOf(qint64 id);

private:
    const EmployeeRepository &m_repo;
    QHash<QString, Employee> m_byNip;
    QSet<QString> m_askedNips;
    QHash<qint64, QString> m_nipOfId;
    QSet<qint64> m_askedIds;
};

} // namespace kinerja::exchange
