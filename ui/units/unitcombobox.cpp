#include "unitcombobox.h"

#include "common/icons.h"
#include "units/unittreemodel.h"

#include <QPainter>
#include <QStyledItemDelegate>

namespace kinerja::ui {

namespace {

constexpr int DepthRole = Qt::UserRole + 2;
constexpr int IndentPerLevel = 18;

// Shifts each popup item right by its depth in the unit tree.
class IndentDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        const int indent = index.data(DepthRole).toInt() * IndentPerLevel;
        // Draw the selection across the full width, then the indented item.
        if (indent > 0 && (opt.state & QStyle::State_Selected))
            painter->fillRect(opt.rect, opt.palette.highlight());
        opt.rect.adjust(indent, 0, 0, 0);
        QStyledItemDelegate::paint(painter, opt, index);
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        s.rwidth() += index.data(DepthRole).toInt() * IndentPerLevel;
        return s;
    }
};

} // namespace

UnitComboBox::UnitComboBox(QWidget *parent) : QComboBox(parent)
{
    setItemDelegate(new IndentDelegate(this));
    setMaxVisibleItems(20);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(28);
    connect(this, &QComboBox::currentIndexChanged, this, [this] { emit unitChanged(unitId()); });
}

void UnitComboBox::setDatabase(Database *db)
{
    m_db = db;
    reload();
}

void UnitComboBox::setPlaceholderItem(const QString &text)
{
    m_placeholder = text;
    reload();
}

void UnitComboBox::reload()
{
    const qint64 current = unitId();
    const QSignalBlocker block(this);
    clear();
    if (!m_placeholder.isEmpty())
        addItem(m_placeholder, qint64(0));
    UnitTreeModel tree;
    tree.setDatabase(m_db);
    const QVector<QPair<Unit, int>> units = tree.flattened();
    for (const auto &entry : units) {
        addItem(Icons::unitIcon(entry.first.kind), entry.first.name, entry.first.id);
        setItemData(count() - 1, entry.second, DepthRole);
        setItemData(count() - 1, unitKindName(entry.first.kind), Qt::ToolTipRole);
    }
    const int i = findData(current);
    setCurrentIndex(i >= 0 ? i : (count() > 0 ? 0 : -1));
}

qint64 UnitComboBox::unitId() const
{
    return currentIndex() < 0 ? 0 : currentData().toLongLong();
}

void UnitComboBox::setUnitId(qint64 id)
{
    const int i = findData(id);
    if (i >= 0)
        setCurrentIndex(i);
    else if (!m_placeholder.isEmpty())
        setCurrentIndex(0);
}

} // namespace kinerja::ui
