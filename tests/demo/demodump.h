#pragma once

#include "storage/employeelistquery.h"
#include "storage/employeerepository.h"
#include "storage/unitrepository.h"

#include <QHash>
#include <QStringList>

// A canonical text dump of a database's units and employees (with riwayat),
// free of row ids, so that two databases can be compared for equal content.
class DemoDump {
public:
    explicit DemoDump(kinerja::Database &db) : m_db(db)
    {
        for (const kinerja::Unit &u : kinerja::UnitRepository(db).all())
            m_units.insert(u.id, u);
    }

    QString unitPath(qint64 id) const
    {
        QStringList parts;
        for (qint64 at = id; at != 0 && m_units.contains(at); at = m_units.value(at).parentId)
            parts.prepend(m_units.value(at).name);
        return parts.join(QLatin1String(" / "));
    }

    QStringList lines() const
    {
        using namespace kinerja;
        EmployeeRepository repo(m_db);
        QHash<qint64, QString> nips;
        QVector<Employee> people;
        kinerja::EmployeeFilter everyone;
        everyone.includeInactive = true;
        const QVector<qint64> ids =
            EmployeeListQuery(m_db).ids(everyone, EmployeeColumn::Nip, Qt::AscendingOrder);
        for (const qint64 id : ids) {
            const Employee e = *repo.find(id);
            nips.insert(id, e.nip);
            people.append(e);
        }
        QStringList out;
        for (const Unit &u : m_units) {
            out << QStringLiteral("unit|%1|%2|%3")
                       .arg(unitPath(u.id))
                       .arg(static_cast<int>(u.kind))
                       .arg(nips.value(u.headId));
        }
        out.sort(); // QHash order is arbitrary
        for (const Employee &e : people) {
            out << QStringLiteral("emp|%1|%2|%3|%4|%5|%6|%7|%8|%9")
                           .arg(e.nip, e.name, e.gelarDepan, e.gelarBelakang)
                           .arg(static_cast<int>(e.status))
                           .arg(e.grade)
                           .arg(e.jabatan)
                           .arg(static_cast<int>(e.jabatanKind))
                           .arg(static_cast<int>(e.jenjang)) +
                       QStringLiteral("|%1|%2|%3|%4")
                           .arg(unitPath(e.unitId), nips.value(e.atasanId))
                           .arg(static_cast<int>(e.state))
                           .arg(e.stateDate.toString(Qt::ISODate));
            for (const PositionRecord &r : repo.history(e.id)) {
                out << QStringLiteral("  riwayat|%1|%2|%3|%4|%5|%6|%7|%8")
                           .arg(r.validFrom.toString(Qt::ISODate), unitPath(r.unitId), r.jabatan)
                           .arg(static_cast<int>(r.jabatanKind))
                           .arg(static_cast<int>(r.jenjang))
                           .arg(static_cast<int>(r.status))
                           .arg(r.grade)
                           .arg(r.note);
            }
        }
        return out;
    }

private:
    kinerja::Database &m_db;
    QHash<qint64, kinerja::Unit> m_units;
};
