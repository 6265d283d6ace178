#include "employeetablemodel.h"

#include "domain/grade.h"
#include "domain/nip.h"
#include "storage/database.h"

#include <QBrush>
#include <QElapsedTimer>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace kinerja::ui {

EmployeeTableModel::EmployeeTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void EmployeeTableModel::setDatabase(Database *db)
{
    m_db = db;
    m_search = db ? std::make_unique<EmployeeSearch>(*db) : nullptr;
    reload();
}

void EmployeeTableModel::setDatabase(Database *db, const EmployeeFilter &filter)
{
    m_db = db;
    m_search = db ? std::make_unique<EmployeeSearch>(*db) : nullptr;
    m_filter = filter;
    reload();
}

void EmployeeTableModel::setFilter(const EmployeeFilter &filter)
{
    m_filter = filter;
    reload();
}

void EmployeeTableModel::refresh()
{
    if (m_search)
        m_search->changed(); // a refresh is asked for after a change
    reload();
}

void EmployeeTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder && !m_ids.isEmpty())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    // Sorting keeps the rows, only their order changes: a layout change keeps
    // the view's current row on the same employee.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QVector<qint64> beforeIds;
    beforeIds.reserve(before.size());
    for (const QModelIndex &index : before)
        beforeIds << employeeId(index.row());
    m_pages.clear();
    m_recentPages.clear();
    queryIds();
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i) {
        const int row = rowOfEmployee(beforeIds.at(i));
        after << (row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    emit reloaded();
}

void EmployeeTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_recentPages.clear();
    m_ids.clear();
    m_counts = {};
    queryIds();
    endResetModel();
    emit reloaded();
}

void EmployeeTableModel::queryIds()
{
    m_ids.clear();
    m_lastIdQueryNs = 0;
    if (!m_db || !m_db->isOpen())
        return;
    QElapsedTimer timer;
    timer.start();
    EmployeeSearch::Result result =
        m_search->run(m_filter, static_cast<EmployeeColumn>(m_sortColumn), m_sortOrder);
    m_ids = std::move(result.ids);
    m_counts = result.counts;
    m_lastIdQueryNs = timer.nsecsElapsed();
}

void EmployeeTableModel::setPaging(int pageSize, int pageLimit)
{
    beginResetModel();
    m_pageSize = qMax(1, pageSize);
    m_pageLimit = qMax(1, pageLimit);
    m_pages.clear();
    m_recentPages.clear();
    endResetModel();
}

qint64 EmployeeTableModel::employeeId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int EmployeeTableModel::rowOfEmployee(qint64 id) const
{
    if (id == 0)
        return -1;
    return static_cast<int>(m_ids.indexOf(id));
}

bool EmployeeTableModel::isRowCached(int row) const
{
    return m_pages.contains(row / m_pageSize);
}

int EmployeeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int EmployeeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void EmployeeTableModel::fetchPage(int page) const
{
    const int first = page * m_pageSize;
    const QVector<qint64> pageIds = m_ids.mid(first, m_pageSize);
    const QVector<EmployeeRow> fetched = EmployeeListQuery(*m_db).rows(pageIds);
    // rows() skips ids that vanished meanwhile: line the rows up with the ids again.
    QVector<EmployeeRow> aligned(pageIds.size());
    int next = 0;
    for (int i = 0; i < pageIds.size(); ++i) {
        if (next < fetched.size() && fetched.at(next).id == pageIds.at(i))
            aligned[i] = fetched.at(next++);
    }
    ++m_fetchCount;
    m_pages.insert(page, aligned);
    m_recentPages.append(page);
    while (m_recentPages.size() > m_pageLimit)
        m_pages.remove(m_recentPages.takeFirst());
}

const EmployeeRow *EmployeeTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_ids.size() || !m_db || !m_db->isOpen())
        return nullptr;
    const int page = row / m_pageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        fetchPage(page);
        it = m_pages.constFind(page);
        if (it == m_pages.constEnd())
            return nullptr;
    } else if (m_recentPages.last() != page) {
        m_recentPages.removeOne(page);
        m_recentPages.append(page);
    }
    const EmployeeRow &r = it->at(row - page * m_pageSize);
    return r.id == 0 ? nullptr : &r;
}

namespace {

QString gradeText(const EmployeeRow &r)
{
    const QString label = Grade::golonganLabel(r.status, r.grade);
    if (r.status == EmployeeStatus::Pns)
        return label;
    return EmployeeTableModel::tr("%1 · %2").arg(label, statusName(r.status));
}

} // namespace

QVariant EmployeeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    if (role == EmployeeIdRole)
        return m_ids.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole &&
        role != ActiveRole && role != Qt::TextAlignmentRole)
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == GradeColumn ? QVariant(Qt::AlignCenter)
                                             : QVariant(Qt::AlignLeft | Qt::AlignVCenter);

    const EmployeeRow *r = rowAt(index.row());
    if (!r) {
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return tr("(removed)");
        return {};
    }
    if (role == ActiveRole)
        return r->state == EmploymentState::Aktif;
    if (role == Qt::ForegroundRole) {
        if (r->state == EmploymentState::Aktif)
            return {};
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case GradeColumn:
            return Grade::display(r->status, r->grade);
        case NameColumn:
        case JabatanColumn:
        case UnitColumn:
            return data(index, Qt::DisplayRole);
        default:
            return {};
        }
    }
    switch (index.column()) {
    case NipColumn:
        return Nip::format(r->nip);
    case NameColumn:
        return r->fullName;
    case JabatanColumn:
        return r->jabatan;
    case GradeColumn:
        return gradeText(*r);
    case UnitColumn:
        return r->unitName;
    case StateColumn:
        return employmentStateName(r->state);
    default:
        return {};
    }
}

QVariant EmployeeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NipColumn:
        return tr("NIP");
    case NameColumn:
        return tr("Name");
    case JabatanColumn:
        return tr("Jabatan");
    case GradeColumn:
        return tr("Gol.");
    case UnitColumn:
        return tr("Unit");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace kinerja::ui
