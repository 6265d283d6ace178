#include "unitnames.h"

#include "storage/unitrepository.h"

namespace kinerja::exchange {

UnitNames::UnitNames(Database &db)
{
    for (const Unit &u : UnitRepository(db).all()) {
        m_byId.insert(u.id, u);
        m_byName[key(u.name)].append(u);
    }
    for (const Unit &u : std::as_const(m_byId))
        m_byLabel[key(label(u.id))].append(u);
}

QString UnitNames::label(qint64 unitId) const
{
    const auto it = m_byId.constFind(unitId);
    return it == m_byId.constEnd() ? QString() : label(unitId, it->name);
}

QString UnitNames::label(qint64 unitId, const QString &name) const
{
    const auto it = m_byId.constFind(unitId);
    if (it == m_byId.constEnd() || it->parentId == 0 || m_byName.value(key(name)).size() <= 1)
        return name;
    return QStringLiteral("%1 (%2)").arg(name, m_byId.value(it->parentId).name);
}

QVector<Unit> UnitNames::find(const QString &text) const
{
    const QVector<Unit> byName = m_byName.value(key(text));
    if (byName.size() == 1)
        return byName;
    const QVector<Unit> byLabel = m_byLabel.value(key(text));
    return byLabel.isEmpty() ? byName : byLabel;
}

} // namespace kinerja::exchange
