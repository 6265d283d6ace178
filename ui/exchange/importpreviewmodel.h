#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <QVector>

namespace kinerja::exchange {
class TableImport;
}

namespace kinerja::ui {

// The import dialog's preview: one line per record the importer would write, with
// the sheet's row number first and the importer's previewHeaders/previewCells after
// it. Rows with problems are marked and carry the problems as their tooltip.
class ImportPreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit ImportPreviewModel(QObject *parent = nullptr);

    // Copies the importer's preview (nullptr: empty); call again after every read.
    void setImport(const exchange::TableImport *import);
    // The model row showing the sheet's 1-based `sheetRow`, or -1.
    int rowOfSheetRow(int sheetRow) const;
    bool hasProblem(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QVector<int> m_sheetRows;
    QVector<QStringList> m_cells;
    QHash<int, QStringList> m_problems; // sheet row -> reasons
};

} // namespace kinerja::ui
