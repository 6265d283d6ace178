#include "importpreviewmodel.h"

#include "exchange/tableimport.h"

#include <QBrush>
#include <QColor>

namespace kinerja::ui {

ImportPreviewModel::ImportPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportPreviewModel::setImport(const exchange::TableImport *import)
{
    beginResetModel();
    m_headers.clear();
    m_sheetRows.clear();
    m_cells.clear();
    m_problems.clear();
    if (import) {
        m_headers = import->previewHeaders();
        const int n = import->previewCount();
        m_sheetRows.reserve(n);
        m_cells.reserve(n);
        for (int i = 0; i < n; ++i) {
            m_sheetRows.append(import->previewSourceRow(i));
            m_cells.append(import->previewCells(i));
        }
        for (const exchange::ImportProblem &p : import->problems()) {
            if (p.row > 0 && p.sheet.isEmpty()) // rows of another sheet are not previewed
                m_problems[p.row].append(p.text());
        }
    }
    endResetModel();
}

int ImportPreviewModel::rowOfSheetRow(int sheetRow) const
{
    return int(m_sheetRows.indexOf(sheetRow));
}

bool ImportPreviewModel::hasProblem(int row) const
{
    return row >= 0 && row < m_sheetRows.size() && m_problems.contains(m_sheetRows.at(row));
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sheetRows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_headers.isEmpty() ? 0 : int(m_headers.size()) + 1;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int sheetRow = m_sheetRows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 0)
            return sheetRow;
        return m_cells.at(index.row()).value(index.column() - 1);
    case Qt::TextAlignmentRole:
        if (index.column() == 0)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (m_problems.contains(sheetRow))
            return m_problems.value(sheetRow).join(QLatin1Char('\n'));
        return {};
    case Qt::BackgroundRole:
        if (m_problems.contains(sheetRow))
            return QBrush(QColor(0xfd, 0xe4, 0xe4));
        return {};
    case Qt::ForegroundRole:
        if (m_problems.contains(sheetRow))
            return QBrush(QColor(0x8a, 0x10, 0x10));
        return {};
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Row");
    return m_headers.value(section - 1);
}

} // namespace kinerja::ui
