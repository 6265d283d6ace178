#include "employeelistpanel.h"

#include "common/celltextdelegate.h"
#include "common/displaytext.h"
#include "common/icons.h"
#include "domain/employee.h"
#include "employees/employeetablemodel.h"

#include <QCheckBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace kinerja::ui {

EmployeeListPanel::EmployeeListPanel(QWidget *parent)
    : QWidget(parent), m_model(new EmployeeTableModel(this)), m_title(new QLabel(this)),
      m_filter(new QLineEdit(this)),
      m_includeSubunits(new QCheckBox(tr("Include sub-units"), this)),
      m_showInactive(new QCheckBox(tr("Show inactive"), this)), m_table(new QTableView(this)),
      m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("employeeListPanel"));
    m_title->setObjectName(QStringLiteral("unitTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);

    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter by name, NIP or jabatan (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(Icons::get(Icons::Find), QLineEdit::LeadingPosition);
    m_includeSubunits->setObjectName(QStringLiteral("includeSubunitsCheck"));
    m_includeSubunits->setChecked(true);
    m_includeSubunits->setToolTip(tr("Also list the staff of the units below the selected one"));
    m_showInactive->setObjectName(QStringLiteral("showInactiveCheck"));
    m_showInactive->setToolTip(tr("Also list retired, transferred and deceased staff"));
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_table->setObjectName(QStringLiteral("employeeTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new CellTextDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never asks a 50,000-row model for sizes.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setSortIndicator(EmployeeTableModel::NameColumn, Qt::AscendingOrder);
    header->setSortIndicatorShown(true);
    fitColumns(1000);
    m_table->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this] {
        // Only a drag by the user counts, not the stretching of the last column.
        if (!m_fitting && (QGuiApplication::mouseButtons() & Qt::LeftButton))
            m_columnsFitted = true;
    });
    m_table->setSortingEnabled(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_count);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addSpacing(8);
    filterRow->addWidget(m_includeSubunits);
    filterRow->addWidget(m_showInactive);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);

    // The filter follows every keystroke: ids() is fast and pages load lazily.
    connect(m_filter, &QLineEdit::textChanged, this, &EmployeeListPanel::applyFilter);
    connect(m_includeSubunits, &QCheckBox::toggled, this, [this](bool on) {
        applyFilter();
        emit includeSubunitsChanged(on);
    });
    connect(m_showInactive, &QCheckBox::toggled, this, [this](bool on) {
        applyFilter();
        emit showInactiveChanged(on);
    });
    connect(m_model, &EmployeeTableModel::reloaded, this, &EmployeeListPanel::afterReload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = m_model->employeeId(current.row());
                if (id == m_currentId)
                    return;
                m_currentId = id;
                emit currentEmployeeChanged(id);
            });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->employeeId(index.row()))
            emit employeeActivated(id);
    });
}

void EmployeeListPanel::setDatabase(Database *db)
{
    // The list stays empty until setUnit() says what to list: one query, not two.
    m_db = db;
    m_unitId = 0;
    m_subtree.clear();
    m_currentId = 0;
    m_model->setDatabase(nullptr);
    emit currentEmployeeChanged(0);
}

void EmployeeListPanel::setUnit(qint64 unitId, const QString &unitName,
                                const QVector<qint64> &subtreeIds, bool subtreeIsEverything)
{
    m_unitId = unitId;
    m_subtree = subtreeIds;
    m_subtreeIsEverything = subtreeIsEverything;
    m_title->setText(unitId == 0 ? tr("All units") : unitName);
    applyFilter();
}

void EmployeeListPanel::setShowInactive(bool on)
{
    m_showInactive->setChecked(on);
}

bool EmployeeListPanel::showInactive() const
{
    return m_showInactive->isChecked();
}

void EmployeeListPanel::setIncludeSubunits(bool on)
{
    m_includeSubunits->setChecked(on);
}

bool EmployeeListPanel::includeSubunits() const
{
    return m_includeSubunits->isChecked();
}

void EmployeeListPanel::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void EmployeeListPanel::applyFilter()
{
    EmployeeFilter f;
    f.text = m_filter->text();
    f.includeInactive = m_showInactive->isChecked();
    if (m_unitId != 0) {
        // A subtree that holds every unit needs no IN list at all.
        if (!m_includeSubunits->isChecked())
            f.unitIds = {m_unitId};
        else if (!m_subtreeIsEverything)
            f.unitIds = m_subtree.isEmpty() ? QVector<qint64>{m_unitId} : m_subtree;
    }
    if (m_model->database() != m_db)
        m_model->setDatabase(m_db, f);
    else
        m_model->setFilter(f);
}

void EmployeeListPanel::refresh()
{
    m_model->refresh();
}

void EmployeeListPanel::afterReload()
{
    // The model was reset: put the cursor back on the same employee if still listed.
    const int row = m_model->rowOfEmployee(m_currentId);
    if (row >= 0) {
        const QSignalBlocker block(m_table->selectionModel());
        m_table->setCurrentIndex(m_model->index(row, EmployeeTableModel::NameColumn));
        m_table->scrollTo(m_table->currentIndex());
    } else if (m_currentId != 0) {
        m_currentId = 0;
        emit currentEmployeeChanged(0);
    }
    updateCounts();
}

QString EmployeeListPanel::countText() const
{
    const int shown = m_model->rowCount();
    const auto counts = m_model->counts();
    if (m_showInactive->isChecked() || counts.inactive == 0)
        return DisplayText::employeeCount(shown, counts.inactive);
    return tr("%1 · %2 inactive not shown")
        .arg(DisplayText::employeeCount(shown, 0), DisplayText::number(counts.inactive));
}

void EmployeeListPanel::updateCounts()
{
    const QString text = countText();
    m_count->setText(text);
    emit countsChanged(text);
}

qint64 EmployeeListPanel::currentEmployeeId() const
{
    return m_currentId;
}

void EmployeeListPanel::selectEmployee(qint64 id)
{
    const int row = m_model->rowOfEmployee(id);
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_model->index(row, EmployeeTableModel::NameColumn));
    m_table->scrollTo(m_table->currentIndex());
}

void EmployeeListPanel::selectFirst()
{
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, EmployeeTableModel::NameColumn));
}

void EmployeeListPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void EmployeeListPanel::focusTable()
{
    m_table->setFocus();
}

QByteArray EmployeeListPanel::saveHeaderState() const
{
    return m_table->horizontalHeader()->saveState();
}

void EmployeeListPanel::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty() && m_table->horizontalHeader()->restoreState(state))
        m_columnsFitted = true;
}

void EmployeeListPanel::fitColumns(int width)
{
    // NIP and golongan by their content; the texts share the rest.
    const QFontMetrics fm = m_table->fontMetrics();
    const int nip = fm.horizontalAdvance(QStringLiteral("19930121 202012 1 001")) + 24;
    const int grade = fm.horizontalAdvance(QStringLiteral("XVII · PPPK")) + 20;
    const int state = qMax(fm.horizontalAdvance(employmentStateName(EmploymentState::Aktif)) + 40,
                           m_table->horizontalHeader()->defaultSectionSize()) +
                      2;
    const int rest = qMax(450, width - nip - grade - state);
    m_fitting = true;
    m_table->setColumnWidth(EmployeeTableModel::NipColumn, nip);
    m_table->setColumnWidth(EmployeeTableModel::NameColumn, rest * 34 / 100);
    m_table->setColumnWidth(EmployeeTableModel::JabatanColumn, rest * 33 / 100);
    m_table->setColumnWidth(EmployeeTableModel::GradeColumn, grade);
    m_table->setColumnWidth(EmployeeTableModel::UnitColumn, rest * 33 / 100);
    m_fitting = false;
}

bool EmployeeListPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Without remembered column widths, share the table's width among the
    // columns, until the user sizes one.
    if (watched == m_table->viewport() && event->type() == QEvent::Resize && !m_columnsFitted)
        fitColumns(m_table->viewport()->width());
    return QWidget::eventFilter(watched, event);
}

} // namespace kinerja::ui
