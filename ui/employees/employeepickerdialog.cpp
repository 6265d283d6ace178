#include "employeepickerdialog.h"

#include "common/icons.h"
#include "employees/employeetablemodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kinerja::ui {

EmployeePickerDialog::EmployeePickerDialog(Database &db, const QString &title, QWidget *parent)
    : QDialog(parent), m_model(new EmployeeTableModel(this)), m_prompt(new QLabel(this)),
      m_filter(new QLineEdit(this)), m_table(new QTableView(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("employeePickerDialog"));
    setWindowTitle(title);
    m_prompt->setWordWrap(true);
    m_prompt->hide();
    m_filter->setObjectName(QStringLiteral("pickerFilterEdit"));
    m_filter->setPlaceholderText(tr("Type part of a name, NIP or jabatan"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(Icons::get(Icons::Find), QLineEdit::LeadingPosition);

    m_model->setDatabase(&db);
    m_table->setObjectName(QStringLiteral("pickerTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setColumnHidden(EmployeeTableModel::StateColumn, true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(EmployeeTableModel::NipColumn, 170);
    m_table->setColumnWidth(EmployeeTableModel::NameColumn, 230);
    m_table->setColumnWidth(EmployeeTableModel::JabatanColumn, 220);
    m_table->setColumnWidth(EmployeeTableModel::GradeColumn, 70);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    resize(900, 520);

    connect(m_filter, &QLineEdit::textChanged, this, &EmployeePickerDialog::applyFilter);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableView::activated, this, [this] {
        if (selectedId() != 0)
            accept();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EmployeePickerDialog::updateButtons);
    connect(m_model, &EmployeeTableModel::modelReset, this, &EmployeePickerDialog::updateButtons);
    applyFilter();
}

void EmployeePickerDialog::setUnitIds(const QVector<qint64> &unitIds)
{
    m_base.unitIds = unitIds;
    applyFilter();
}

void EmployeePickerDialog::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void EmployeePickerDialog::setPrompt(const QString &text)
{
    m_prompt->setText(text);
    m_prompt->setVisible(!text.isEmpty());
}

void EmployeePickerDialog::applyFilter()
{
    EmployeeFilter f = m_base;
    f.text = m_filter->text();
    f.includeInactive = false;
    m_model->setFilter(f);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, EmployeeTableModel::NameColumn));
    updateButtons();
}

qint64 EmployeePickerDialog::selectedId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return 0;
    const qint64 id = m_model->employeeId(current.row());
    return id == m_excluded ? 0 : id;
}

QString EmployeePickerDialog::selectedName() const
{
    if (selectedId() == 0)
        return {};
    const QModelIndex current = m_table->currentIndex();
    return m_model->data(m_model->index(current.row(), EmployeeTableModel::NameColumn)).toString();
}

void EmployeePickerDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(selectedId() != 0);
}

} // namespace kinerja::ui
