#include "appraisaltablemodel.h"

#include "common/appraisaltext.h"
#include "domain/nip.h"
#include "storage/appraisalrepository.h"

#include <QBrush>

namespace kinerja::ui {

AppraisalTableModel::AppraisalTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void AppraisalTableModel::setDatabase(Database *db)
{
    m_db = db;
    setRows({});
}

void AppraisalTableModel::setRows(QVector<AppraisalRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_ratings.clear();
    endResetModel();
}

const AppraisalRow *AppraisalTableModel::row(int r) const
{
    return r >= 0 && r < m_rows.size() ? &m_rows.at(r) : nullptr;
}

int AppraisalTableModel::rowOfAppraisal(qint64 id) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).id == id)
            return r;
    }
    return -1;
}

int AppraisalTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AppraisalTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const AppraisalTableModel::Ratings &AppraisalTableModel::ratings(const AppraisalRow &row) const
{
    auto it = m_ratings.find(row.id);
    if (it != m_ratings.end())
        return *it;
    Ratings r;
    if (m_db && row.schemeKind == SchemeKind::PermenPan2022) {
        if (const auto a = AppraisalRepository(*m_db).find(row.id)) {
            r.hasil = a->ratingHasil;
            r.perilaku = a->ratingPerilaku;
        }
    }
    return *m_ratings.insert(row.id, r);
}

QVariant AppraisalTableModel::data(const QModelIndex &index, int role) const
{
    const AppraisalRow *r = row(index.row());
    if (!r || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == IdRole)
        return r->id;
    if (role == StateRole)
        return static_cast<int>(r->state);
    if (role == Qt::BackgroundRole && index.column() == PredikatColumn)
        return r->predikatLevel ? QVariant(QBrush(AppraisalText::predikatColor(r->predikatLevel)))
                                : QVariant();
    if (role == Qt::TextAlignmentRole && index.column() == ScoreColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == PredikatColumn && r->predikat.isEmpty())
        return tr("Incomplete: open the appraisal to see what is missing.");
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case NipColumn:
        return Nip::format(r->nip);
    case NameColumn:
        return r->name;
    case JabatanColumn:
        return r->jabatan;
    case UnitColumn:
        return r->unitName;
    case RaterColumn:
        return r->raterName.isEmpty() ? tr("(none)") : r->raterName;
    case StateColumn:
        return appraisalStateName(r->state);
    case HasilColumn:
        return r->schemeKind == SchemeKind::PermenPan2022
                   ? AppraisalText::ratingText(ratings(*r).hasil)
                   : QString();
    case PerilakuColumn:
        return r->schemeKind == SchemeKind::PermenPan2022
                   ? AppraisalText::ratingText(ratings(*r).perilaku)
                   : QString();
    case PredikatColumn:
        return r->predikat.isEmpty() ? tr("incomplete") : r->predikat;
    case ScoreColumn:
        return r->score ? AppraisalText::score(r->score) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AppraisalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case NipColumn:
        return tr("NIP");
    case NameColumn:
        return tr("Name");
    case JabatanColumn:
        return tr("Jabatan");
    case UnitColumn:
        return tr("Unit");
    case RaterColumn:
        return tr("Pejabat penilai");
    case StateColumn:
        return tr("State");
    case HasilColumn:
        return tr("Rating hasil kerja");
    case PerilakuColumn:
        return tr("Rating perilaku");
    case PredikatColumn:
        return tr("Predikat");
    case ScoreColumn:
        return tr("Score");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kinerja::ui
