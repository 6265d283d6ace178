#include "unittreepanel.h"

#include "common/icons.h"
#include "units/unittreemodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace kinerja::ui {

UnitTreePanel::UnitTreePanel(QWidget *parent)
    : QWidget(parent), m_model(new UnitTreeModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_tree(new QTreeView(this))
{
    setObjectName(QStringLiteral("unitTreePanel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(UnitTreeModel::NameColumn);

    m_filter->setObjectName(QStringLiteral("unitFilterEdit"));
    m_filter->setPlaceholderText(tr("Find a unit"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(Icons::get(Icons::Find), QLineEdit::LeadingPosition);

    m_tree->setObjectName(QStringLiteral("unitTree"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(UnitTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(UnitTreeModel::StaffColumn, QHeaderView::Fixed);
    m_tree->header()->resizeSection(UnitTreeModel::StaffColumn, 56);
    m_tree->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        const qint64 current = currentUnitId();
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_tree->expandAll();
        if (current != 0)
            selectUnit(current);
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentUnitChanged(currentUnitId()); });
}

void UnitTreePanel::setDatabase(Database *db)
{
    {
        const QSignalBlocker block(m_tree->selectionModel());
        m_model->setDatabase(db);
        m_tree->expandToDepth(0);
        if (m_proxy->rowCount() > 0)
            m_tree->setCurrentIndex(m_proxy->index(0, 0));
    }
    emit currentUnitChanged(currentUnitId());
}

void UnitTreePanel::reload()
{
    const qint64 current = currentUnitId();
    QSet<qint64> expanded;
    const QVector<QPair<Unit, int>> units = m_model->flattened();
    for (const auto &entry : units) {
        const QModelIndex index = viewIndex(entry.first.id);
        if (index.isValid() && m_tree->isExpanded(index))
            expanded.insert(entry.first.id);
    }
    {
        const QSignalBlocker block(m_tree->selectionModel());
        m_model->reload();
        for (const qint64 id : std::as_const(expanded))
            m_tree->expand(viewIndex(id));
    }
    if (current != 0 && viewIndex(current).isValid()) {
        selectUnit(current);
    } else if (m_proxy->rowCount() > 0) {
        m_tree->expandToDepth(0);
        m_tree->setCurrentIndex(m_proxy->index(0, 0));
    }
    emit currentUnitChanged(currentUnitId());
}

QModelIndex UnitTreePanel::sourceIndex(const QModelIndex &index) const
{
    return m_proxy->mapToSource(index);
}

QModelIndex UnitTreePanel::viewIndex(qint64 unitId) const
{
    return m_proxy->mapFromSource(m_model->indexOfUnit(unitId));
}

qint64 UnitTreePanel::currentUnitId() const
{
    return m_model->unitId(sourceIndex(m_tree->currentIndex()));
}

void UnitTreePanel::selectUnit(qint64 id)
{
    const QModelIndex index = viewIndex(id);
    if (!index.isValid())
        return;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void UnitTreePanel::renameCurrent()
{
    const QModelIndex index = m_tree->currentIndex();
    if (!index.isValid())
        return;
    m_tree->setFocus();
    m_tree->edit(index.siblingAtColumn(UnitTreeModel::NameColumn));
}

void UnitTreePanel::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

} // namespace kinerja::ui
