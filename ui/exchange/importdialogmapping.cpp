// ImportDialog: the mapping step (which column of the file holds which field).
#include "exchange/importdialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kinerja::ui {

namespace {
enum MappingColumn { FieldColumn, RequiredColumn, FileColumn, NamesColumn };
} // namespace

QWidget *ImportDialog::createMappingPage()
{
    auto *page = new QWidget(this);
    m_mapping->setObjectName(QStringLiteral("importMapping"));
    m_mapping->setColumnCount(4);
    m_mapping->setHorizontalHeaderLabels(
        {tr("Field"), tr("Required"), tr("Column in the file"), tr("Found by the headers")});
    m_mapping->verticalHeader()->hide();
    m_mapping->setWordWrap(false);
    m_mapping->setSelectionMode(QAbstractItemView::NoSelection);
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mapping->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_mapping->horizontalHeader()->setSectionResizeMode(RequiredColumn,
                                                        QHeaderView::ResizeToContents);
    m_mapping->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Interactive);
    m_mapping->horizontalHeader()->setSectionResizeMode(NamesColumn, QHeaderView::Stretch);
    m_mapping->setColumnWidth(FileColumn, 280);

    const QVector<exchange::ColumnSpec> specs = m_import->columnSpecs();
    m_mapping->setRowCount(int(specs.size()));
    for (int i = 0; i < specs.size(); ++i) {
        const exchange::ColumnSpec &spec = specs.at(i);
        m_mapping->setItem(i, FieldColumn, new QTableWidgetItem(spec.names.value(0, spec.key)));
        auto *names = new QTableWidgetItem(spec.names.join(QLatin1String(", ")));
        names->setForeground(palette().brush(QPalette::PlaceholderText));
        m_mapping->setItem(i, NamesColumn, names);
        m_mapping->setItem(i, RequiredColumn,
                           new QTableWidgetItem(spec.required ? tr("required") : QString()));
        auto *combo = new QComboBox(m_mapping);
        combo->setObjectName(QStringLiteral("importColumn_") + spec.key);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        m_mapping->setCellWidget(i, FileColumn, combo);
        m_columnCombos.append(combo);
    }
    m_mapping->resizeRowsToContents();

    connect(m_applyColumns, &QPushButton::clicked, this, &ImportDialog::applyColumns);
    connect(m_backToPreview, &QPushButton::clicked, this, &ImportDialog::showPreview);
    auto *hint = new QLabel(tr("Choose the column of the file that holds each field. Fields "
                               "marked “required” must be in the file."),
                            page);
    hint->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_backToPreview);
    row->addWidget(m_applyColumns);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(hint);
    layout->addWidget(m_mapping, 1);
    layout->addLayout(row);
    return page;
}

Status ImportDialog::applyColumns()
{
    if (!hasHeaderRow())
        return Status::error(tr("Choose a file first."));
    const QVector<exchange::ColumnSpec> specs = m_import->columnSpecs();
    for (int i = 0; i < specs.size(); ++i)
        m_choices.insert(specs.at(i).key, m_columnCombos.at(i)->currentData().toInt());
    return read([this] { return m_import->readTable(m_import->table(), m_choices); });
}

void ImportDialog::fillMapping()
{
    const exchange::SheetTable &table = m_import->table();
    const int header = m_import->headerRow();
    const exchange::ColumnMap &found = m_import->columns();
    const QVector<exchange::ColumnSpec> specs = m_import->columnSpecs();
    const QStringList missing = missingRequired();
    for (int i = 0; i < specs.size(); ++i) {
        const exchange::ColumnSpec &spec = specs.at(i);
        QComboBox *combo = m_columnCombos.at(i);
        combo->clear();
        combo->addItem(tr("(not in file)"), 0);
        for (int c = 1; c <= table.columnCount(); ++c) {
            const QString text = table.text(header, c);
            const QString letter = exchange::columnLetters(c);
            combo->addItem(text.isEmpty() ? letter : tr("%1: %2").arg(letter, text), c);
            const QString sample = table.text(header + 1, c);
            if (!sample.isEmpty())
                combo->setItemData(combo->count() - 1, tr("First row: %1").arg(sample),
                                   Qt::ToolTipRole);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(found.column(spec.key))));
        // The missing required fields stand out.
        const bool isMissing = missing.contains(spec.names.value(0, spec.key));
        QTableWidgetItem *name = m_mapping->item(i, FieldColumn);
        QFont f = name->font();
        f.setBold(isMissing);
        name->setFont(f);
        const QBrush background = isMissing ? QBrush(QColor(0xfd, 0xe4, 0xe4)) : QBrush();
        const QBrush foreground = isMissing ? QBrush(QColor(0x8a, 0x10, 0x10)) : QBrush();
        for (int col : {FieldColumn, RequiredColumn}) {
            m_mapping->item(i, col)->setBackground(background);
            m_mapping->item(i, col)->setForeground(foreground);
        }
        m_mapping->item(i, RequiredColumn)
            ->setText(isMissing ? tr("required, not found")
                                : (spec.required ? tr("required") : QString()));
    }
    int width = 200;
    for (const QComboBox *combo : std::as_const(m_columnCombos))
        width = std::max(width, combo->sizeHint().width());
    m_mapping->setColumnWidth(FileColumn, std::min(width + 8, 420));
    m_mapping->resizeRowsToContents();
}

QStringList ImportDialog::missingRequired() const
{
    QStringList missing;
    for (const exchange::ColumnSpec &spec : m_import->columnSpecs()) {
        if (spec.required && !m_import->columns().has(spec.key))
            missing << spec.names.value(0, spec.key);
    }
    return missing;
}

} // namespace kinerja::ui
