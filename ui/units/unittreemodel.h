#pragma once

#include "domain/status.h"
#include "domain/unit.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QVector>

namespace kinerja {
class Database;
}

namespace kinerja::ui {

// The unit tree (UnitRepository::all) with staff counts. Column 0 is the unit
// name (editable: renames the unit), column 1 the staff count: the unit's own
// staff, or with sub-units when countSubunits is on.
class UnitTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn = 0, StaffColumn, ColumnCount };
    enum Role {
        UnitIdRole = Qt::UserRole + 1,
        UnitKindRole,
        OwnStaffRole,
        TotalStaffRole,
        HeadIdRole,
        DepthRole
    };

    explicit UnitTreeModel(QObject *parent = nullptr);

    void setDatabase(Database *db);
    // Reads the units and counts again.
    void reload();
    void setIncludeInactive(bool include);
    bool includeInactive() const { return m_includeInactive; }
    void setCountSubunits(bool on);
    bool countSubunits() const { return m_countSubunits; }

    QModelIndex indexOfUnit(qint64 id, int column = NameColumn) const;
    qint64 unitId(const QModelIndex &index) const;
    const Unit *unit(qint64 id) const;
    // id and every descendant, from the loaded tree (no SQL).
    QVector<qint64> subtreeIds(qint64 id) const;
    // Units in tree order with their depth (0 = root), for indented lists.
    QVector<QPair<Unit, int>> flattened() const;
    int unitCount() const { return static_cast<int>(m_nodes.size()); }
    int ownStaff(qint64 id) const;
    int totalStaff(qint64 id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // A rename typed into the tree was refused; `message` says why.
    void renameFailed(const QString &message);
    void unitRenamed(qint64 id);

private:
    struct Node {
        Unit unit;
        int parent = -1; // index into m_nodes, -1 for a top-level unit
        int row = 0;     // row under its parent
        int depth = 0;
        QVector<int> children;
        int ownStaff = 0;
        int totalStaff = 0;
    };
    int nodeIndex(const QModelIndex &index) const;
    void build();
    void countStaff();
    void emitStaffChanged();
    QString headName(qint64 employeeId) const;

    Database *m_db = nullptr;
    bool m_includeInactive = false;
    bool m_countSubunits = true;
    QVector<Node> m_nodes;
    QVector<int> m_roots;
    QHash<qint64, int> m_byId;
};

} // namespace kinerja::ui
