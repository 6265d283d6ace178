#pragma once

#include "storage/appraisalquery.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace kinerja {
class Database;
}

namespace kinerja::ui {

// The appraisals of a period as AppraisalQuery lists them, one per row.
class AppraisalTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NipColumn,
        NameColumn,
        JabatanColumn,
        UnitColumn,
        RaterColumn,
        StateColumn,
        HasilColumn,
        PerilakuColumn,
        PredikatColumn,
        ScoreColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int StateRole = Qt::UserRole + 2;

    explicit AppraisalTableModel(QObject *parent = nullptr);

    void setDatabase(Database *db);
    void setRows(QVector<AppraisalRow> rows);
    const AppraisalRow *row(int r) const;
    int rowOfAppraisal(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Ratings {
        std::optional<Rating> hasil;
        std::optional<Rating> perilaku;
    };
    // AppraisalRow has no ratings: read per visible row, once.
    const Ratings &ratings(const AppraisalRow &row) const;

    Database *m_db = nullptr;
    QVector<AppraisalRow> m_rows;
    mutable QHash<qint64, Ratings> m_ratings;
};

} // namespace kinerja::ui
