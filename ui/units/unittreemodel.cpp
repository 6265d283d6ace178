#include "unittreemodel.h"

#include "common/displaytext.h"
#include "common/icons.h"
#include "storage/database.h"
#include "storage/employeerepository.h"
#include "storage/unitrepository.h"

#include <QFont>
#include <algorithm>

namespace kinerja::ui {

UnitTreeModel::UnitTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void UnitTreeModel::setDatabase(Database *db)
{
    m_db = db;
    reload();
}

void UnitTreeModel::reload()
{
    beginResetModel();
    build();
    endResetModel();
}

void UnitTreeModel::setIncludeInactive(bool include)
{
    if (include == m_includeInactive)
        return;
    m_includeInactive = include;
    countStaff();
    emitStaffChanged();
}

void UnitTreeModel::setCountSubunits(bool on)
{
    if (on == m_countSubunits)
        return;
    m_countSubunits = on;
    emitStaffChanged();
}

void UnitTreeModel::emitStaffChanged()
{
    if (!m_roots.isEmpty())
        emit dataChanged(index(0, StaffColumn), index(rowCount() - 1, StaffColumn));
    for (int i = 0; i < m_nodes.size(); ++i) {
        const Node &n = m_nodes.at(i);
        if (n.children.isEmpty())
            continue;
        const QModelIndex parent = createIndex(n.row, 0, static_cast<quintptr>(i));
        emit dataChanged(index(0, StaffColumn, parent),
                         index(static_cast<int>(n.children.size()) - 1, StaffColumn, parent));
    }
}

void UnitTreeModel::build()
{
    m_nodes.clear();
    m_roots.clear();
    m_byId.clear();
    if (!m_db || !m_db->isOpen())
        return;
    const QVector<Unit> units = UnitRepository(*m_db).all();
    m_nodes.reserve(units.size());
    for (const Unit &u : units) {
        Node n;
        n.unit = u;
        m_byId.insert(u.id, static_cast<int>(m_nodes.size()));
        m_nodes << n;
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        const int p = m_byId.value(m_nodes.at(i).unit.parentId, -1);
        m_nodes[i].parent = p == i ? -1 : p;
        if (m_nodes[i].parent < 0)
            m_roots << i;
        else
            m_nodes[m_nodes[i].parent].children << i;
    }
    // Siblings by name, the way people look for them.
    const auto byName = [this](int a, int b) {
        return QString::localeAwareCompare(m_nodes.at(a).unit.name, m_nodes.at(b).unit.name) < 0;
    };
    std::sort(m_roots.begin(), m_roots.end(), byName);
    for (int i = 0; i < m_roots.size(); ++i)
        m_nodes[m_roots.at(i)].row = i;
    // Depth-first walk: sort children, number rows, set depths.
    QVector<int> stack = m_roots;
    while (!stack.isEmpty()) {
        const int i = stack.takeLast();
        Node &n = m_nodes[i];
        n.depth = n.parent < 0 ? 0 : m_nodes.at(n.parent).depth + 1;
        std::sort(n.children.begin(), n.children.end(), byName);
        for (int r = 0; r < n.children.size(); ++r) {
            m_nodes[n.children.at(r)].row = r;
            stack << n.children.at(r);
        }
    }
    countStaff();
}

void UnitTreeModel::countStaff()
{
    if (!m_db || !m_db->isOpen())
        return;
    const QHash<qint64, int> counts = UnitRepository(*m_db).staffCounts(m_includeInactive);
    for (Node &n : m_nodes) {
        n.ownStaff = counts.value(n.unit.id);
        n.totalStaff = 0;
    }
    // Children after their parents in flattened(): add up from the end.
    const QVector<QPair<Unit, int>> order = flattened();
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        Node &n = m_nodes[m_byId.value(it->first.id)];
        n.totalStaff += n.ownStaff;
        if (n.parent >= 0)
            m_nodes[n.parent].totalStaff += n.totalStaff;
    }
}

QVector<QPair<Unit, int>> UnitTreeModel::flattened() const
{
    QVector<QPair<Unit, int>> out;
    out.reserve(m_nodes.size());
    QVector<int> stack;
    for (auto it = m_roots.crbegin(); it != m_roots.crend(); ++it)
        stack << *it;
    while (!stack.isEmpty()) {
        const Node &n = m_nodes.at(stack.takeLast());
        out << qMakePair(n.unit, n.depth);
        for (auto it = n.children.crbegin(); it != n.children.crend(); ++it)
            stack << *it;
    }
    return out;
}

QVector<qint64> UnitTreeModel::subtreeIds(qint64 id) const
{
    QVector<qint64> out;
    const int start = m_byId.value(id, -1);
    if (start < 0)
        return out;
    QVector<int> stack{start};
    while (!stack.isEmpty()) {
        const Node &n = m_nodes.at(stack.takeLast());
        out << n.unit.id;
        stack << n.children;
    }
    return out;
}

const Unit *UnitTreeModel::unit(qint64 id) const
{
    const int i = m_byId.value(id, -1);
    return i < 0 ? nullptr : &m_nodes.at(i).unit;
}

int UnitTreeModel::ownStaff(qint64 id) const
{
    const int i = m_byId.value(id, -1);
    return i < 0 ? 0 : m_nodes.at(i).ownStaff;
}

int UnitTreeModel::totalStaff(qint64 id) const
{
    const int i = m_byId.value(id, -1);
    return i < 0 ? 0 : m_nodes.at(i).totalStaff;
}

QModelIndex UnitTreeModel::indexOfUnit(qint64 id, int column) const
{
    const int i = m_byId.value(id, -1);
    if (i < 0)
        return {};
    return createIndex(m_nodes.at(i).row, column, static_cast<quintptr>(i));
}

qint64 UnitTreeModel::unitId(const QModelIndex &index) const
{
    const int i = nodeIndex(index);
    return i < 0 ? 0 : m_nodes.at(i).unit.id;
}

int UnitTreeModel::nodeIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    const auto i = static_cast<int>(index.internalId());
    return i >= 0 && i < m_nodes.size() ? i : -1;
}

QModelIndex UnitTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount ||
        (parent.isValid() && parent.column() != 0))
        return {};
    const int p = nodeIndex(parent);
    const QVector<int> &list = p < 0 ? m_roots : m_nodes.at(p).children;
    if (parent.isValid() && p < 0)
        return {};
    if (row >= list.size())
        return {};
    return createIndex(row, column, static_cast<quintptr>(list.at(row)));
}

QModelIndex UnitTreeModel::parent(const QModelIndex &child) const
{
    const int i = nodeIndex(child);
    if (i < 0)
        return {};
    const int p = m_nodes.at(i).parent;
    if (p < 0)
        return {};
    return createIndex(m_nodes.at(p).row, 0, static_cast<quintptr>(p));
}

int UnitTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_roots.size());
    if (parent.column() != 0)
        return 0;
    const int p = nodeIndex(parent);
    return p < 0 ? 0 : static_cast<int>(m_nodes.at(p).children.size());
}

int UnitTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString UnitTreeModel::headName(qint64 employeeId) const
{
    if (employeeId == 0 || !m_db || !m_db->isOpen())
        return tr("vacant");
    const std::optional<Employee> e = EmployeeRepository(*m_db).find(employeeId);
    return e ? DisplayText::nameWithNip(e->fullName(), e->nip) : tr("vacant");
}

QVariant UnitTreeModel::data(const QModelIndex &index, int role) const
{
    const int i = nodeIndex(index);
    if (i < 0)
        return {};
    const Node &n = m_nodes.at(i);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return n.unit.name;
        return DisplayText::number(m_countSubunits ? n.totalStaff : n.ownStaff);
    case Qt::EditRole:
        return index.column() == NameColumn ? QVariant(n.unit.name) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == StaffColumn)
            return tr("%1 in the unit itself, %2 including its sub-units")
                .arg(DisplayText::number(n.ownStaff), DisplayText::number(n.totalStaff));
        return tr("<b>%1</b><br>%2<br>Head: %3")
            .arg(n.unit.name.toHtmlEscaped(), unitKindName(n.unit.kind).toHtmlEscaped(),
                 headName(n.unit.headId).toHtmlEscaped());
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(Icons::unitIcon(n.unit.kind)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == StaffColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant();
    case Qt::FontRole:
        if (n.parent < 0 && index.column() == NameColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case UnitIdRole:
        return n.unit.id;
    case UnitKindRole:
        return static_cast<int>(n.unit.kind);
    case OwnStaffRole:
        return n.ownStaff;
    case TotalStaffRole:
        return n.totalStaff;
    case HeadIdRole:
        return n.unit.headId;
    case DepthRole:
        return n.depth;
    default:
        return {};
    }
}

bool UnitTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const int i = nodeIndex(index);
    if (i < 0 || role != Qt::EditRole || index.column() != NameColumn || !m_db)
        return false;
    const QString name = value.toString().simplified();
    if (name == m_nodes.at(i).unit.name)
        return true;
    const Status s = UnitRepository(*m_db).rename(m_nodes.at(i).unit.id, name);
    if (!s) {
        emit renameFailed(s.message());
        return false;
    }
    m_nodes[i].unit.name = name;
    emit dataChanged(index, index);
    emit unitRenamed(m_nodes.at(i).unit.id);
    return true;
}

Qt::ItemFlags UnitTreeModel::flags(const QModelIndex &index) const
{
    if (nodeIndex(index) < 0)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == NameColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant UnitTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Unit") : tr("Staff");
}

} // namespace kinerja::ui
