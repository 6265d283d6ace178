#include "storedemployees.h"

#include "domain/nip.h"
#include "storage/employeerepository.h"

namespace kinerja::exchange {

void StoredEmployees::preload(const QStringList &nips)
{
    m_byNip = m_repo.findByNips(nips);
    for (const QString &nip : nips)
        m_askedNips.insert(Nip::normalize(nip));
    QVector<qint64> atasanIds;
    for (const Employee &e : std::as_const(m_byNip)) {
        if (e.atasanId != 0 && !m_askedIds.contains(e.atasanId)) {
            atasanIds.append(e.atasanId);
            m_askedIds.insert(e.atasanId);
        }
    }
    m_nipOfId = m_repo.nipsOf(atasanIds);
}

std::optional<Employee> StoredEmployees::byNip(const QString &nip)
{
    const QString digits = Nip::normalize(nip);
    if (!m_askedNips.contains(digits)) {
        m_askedNips.insert(digits);
        if (const std::optional<Employee> e = m_repo.findByNip(digits))
            m_byNip.insert(e->nip, *e);
    }
    const auto it = m_byNip.constFind(digits);
    return it == m_byNip.constEnd() ? std::nullopt : std::optional<Employee>(it.value());
}

QString StoredEmployees::nipOf(qint64 id)
{
    if (!m_askedIds.contains(id)) {
        m_askedIds.insert(id);
        if (const std::optional<Employee> e = m_repo.find(id))
            m_nipOfId.insert(id, e->nip);
    }
    return m_nipOfId.value(id);
}

} // namespace kinerja::exchange
