#include "audittablemodel.h"

#include "audit/auditnames.h"

namespace kinerja::ui {

AuditTableModel::AuditTableModel(QObject *parent) : QAbstractTableModel(parent) {}

Status AuditTableModel::setSource(Database *db, const AuditFilter &filter)
{
    beginResetModel();
    m_db = db;
    m_filter = filter;
    m_filter.limit = kPage;
    m_filter.beforeId = 0;
    m_entries.clear();
    m_atEnd = true;
    m_describe = db ? reports::AuditDescription(auditNames(*db)) : reports::AuditDescription();
    Status s;
    if (db) {
        s = fetchPage(&m_entries);
        m_atEnd = !s || m_entries.size() < kPage;
    }
    endResetModel();
    return s;
}

Status AuditTableModel::fetchPage(QList<AuditEntry> *page) const
{
    AuditFilter filter = m_filter;
    filter.beforeId = m_entries.isEmpty() ? 0 : m_entries.constLast().id;
    return AuditTrail(*m_db).entries(filter, page);
}

const AuditEntry *AuditTableModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

QString AuditTableModel::summary(const AuditEntry &entry) const
{
    return m_describe.summary(entry);
}

QStringList AuditTableModel::lines(const AuditEntry &entry) const
{
    return m_describe.lines(entry);
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    const AuditEntry *e = entry(index.row());
    if (!e || !index.isValid())
        return {};
    if (role == Qt::UserRole)
        return e->id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return reports::AuditDescription::time(e->at);
    case LoginColumn:
        return e->login;
    case WhatColumn:
        switch (e->action) {
        case AuditEntry::Action::Insert:
            return tr("Added: %1").arg(reports::AuditDescription::tableName(e->table));
        case AuditEntry::Action::Update:
            return tr("Changed: %1").arg(reports::AuditDescription::tableName(e->table));
        case AuditEntry::Action::Delete:
            return tr("Deleted: %1").arg(reports::AuditDescription::tableName(e->table));
        }
        return {};
    case RowColumn:
        return e->rowId;
    case SummaryColumn:
        return m_describe.summary(*e);
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LoginColumn:
        return tr("Person");
    case WhatColumn:
        return tr("What");
    case RowColumn:
        return tr("Row");
    case SummaryColumn:
        return tr("Change");
    default:
        return {};
    }
}

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_db && !m_atEnd;
}

void AuditTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<AuditEntry> page;
    if (!fetchPage(&page)) {
        m_atEnd = true;
        return;
    }
    m_atEnd = page.size() < kPage;
    if (page.isEmpty())
        return;
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    m_entries.append(page);
    endInsertRows();
}

} // namespace kinerja::ui
