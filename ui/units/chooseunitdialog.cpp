#include "chooseunitdialog.h"

#include "common/displaytext.h"
#include "common/fieldmessage.h"
#include "common/icons.h"
#include "units/unittreemodel.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace kinerja::ui {

ChooseUnitDialog::ChooseUnitDialog(Database &db, const QString &title, const QString &prompt,
                                   QWidget *parent)
    : QDialog(parent), m_model(new UnitTreeModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_tree(new QTreeView(this)), m_date(new QDateEdit(this)),
      m_dateRow(new QWidget(this)),
      m_error(new FieldMessage(QStringLiteral("chooseUnitError"), this))
{
    setObjectName(QStringLiteral("chooseUnitDialog"));
    setWindowTitle(title);
    m_model->setDatabase(&db);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(UnitTreeModel::NameColumn);

    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    m_filter->setObjectName(QStringLiteral("chooseUnitFilter"));
    m_filter->setPlaceholderText(tr("Find a unit"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(Icons::get(Icons::Find), QLineEdit::LeadingPosition);
    m_tree->setObjectName(QStringLiteral("chooseUnitTree"));
    m_tree->setModel(m_proxy);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(UnitTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(UnitTreeModel::StaffColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->expandToDepth(1);

    m_date->setObjectName(QStringLiteral("effectiveDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(DisplayText::dateFormat());
    m_date->setDate(QDate::currentDate());
    auto *dateLayout = new QHBoxLayout(m_dateRow);
    dateLayout->setContentsMargins(0, 0, 0, 0);
    dateLayout->addWidget(new QLabel(tr("Effective from (TMT):"), m_dateRow));
    dateLayout->addWidget(m_date);
    dateLayout->addStretch(1);
    m_dateRow->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ChooseUnitDialog::updateButtons);
    connect(m_tree, &QTreeView::doubleClicked, this, [this] {
        if (m_ok->isEnabled())
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_dateRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, 560);
    updateButtons();
}

void ChooseUnitDialog::setAskDate(bool ask, const QDate &initial)
{
    m_dateRow->setVisible(ask);
    m_date->setDate(initial);
}

void ChooseUnitDialog::setExcluded(qint64 unitId)
{
    m_excluded = unitId;
    updateButtons();
}

void ChooseUnitDialog::setCurrentUnit(qint64 unitId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfUnit(unitId));
    if (!index.isValid())
        return;
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
}

void ChooseUnitDialog::setOkText(const QString &text)
{
    m_ok->setText(text);
}

qint64 ChooseUnitDialog::selectedId() const
{
    return m_model->unitId(m_proxy->mapToSource(m_tree->currentIndex()));
}

QDate ChooseUnitDialog::effectiveDate() const
{
    return m_date->date();
}

void ChooseUnitDialog::showError(const QString &message)
{
    m_error->showError(message);
}

void ChooseUnitDialog::accept()
{
    if (!m_ok->isEnabled())
        return;
    if (m_apply) {
        const Status s = m_apply(selectedId(), effectiveDate());
        if (!s) {
            showError(s.message());
            return;
        }
    }
    QDialog::accept();
}

void ChooseUnitDialog::updateButtons()
{
    const qint64 id = selectedId();
    m_ok->setEnabled(id != 0 && id != m_excluded);
    m_error->clearMessage();
}

} // namespace kinerja::ui
