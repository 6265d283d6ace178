#pragma once

#include "domain/status.h"
#include "domain/unit.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QVector>
#include <optional>

namespace kinerja {

class Database;

// What keeps a unit from being deleted.
struct UnitUsage {
    int activeStaff = 0;
    int inactiveStaff = 0;
    int subUnits = 0;
    int historyRecords = 0; // riwayat entries that name the unit
    bool isEmpty() const { return activeStaff == 0 && inactiveStaff == 0 && subUnits == 0; }
};

class UnitRepository {
    Q_DECLARE_TR_FUNCTIONS(kinerja::UnitRepository)
public:
    explicit UnitRepository(Database &db) : m_db(db) {}

    // Units that are not dissolved, parents before children, siblings in creation order.
    QVector<Unit> all() const;
    std::optional<Unit> find(qint64 id) const;
    QVector<qint64> subtreeIds(qint64 id) const; // id and all its descendants
    // Staff per unit (own staff only, not sub-units).
    QHash<qint64, int> staffCounts(bool includeInactive) const;

    Status create(Unit &unit); // sets unit.id
    Status rename(qint64 id, const QString &name);
    Status setKind(qint64 id, UnitKind kind);
    Status setHead(qint64 id, qint64 employeeId); // 0 = vacant; head must belong to the unit
    // Refuses moving the root, or moving a unit under itself or a descendant.
    Status move(qint64 id, qint64 newParentId);
    UnitUsage usage(qint64 id) const;
    // Refused while the unit has staff or sub-units (the message says how many).
    // A unit named in the riwayat is kept as dissolved, not erased.
    Status remove(qint64 id);
    // Moves all staff (recording riwayat from `effective`) and sub-units of
    // `sourceId` into `targetId`, then removes the source. One transaction.
    Status merge(qint64 sourceId, qint64 targetId, const QDate &effective);

private:
    Database &m_db;
};

} // namespace kinerja
