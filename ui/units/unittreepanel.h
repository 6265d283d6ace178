#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace kinerja {
class Database;
}

namespace kinerja::ui {

class UnitTreeModel;

// Left side of the main window: the unit tree with a search box.
class UnitTreePanel : public QWidget {
    Q_OBJECT
public:
    explicit UnitTreePanel(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    // Reads units and counts again, keeping the selection and expanded units.
    void reload();
    UnitTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_tree; }

    qint64 currentUnitId() const;
    void selectUnit(qint64 id);
    // Starts editing the name of the selected unit (F2).
    void renameCurrent();
    void focusFilter();

signals:
    void currentUnitChanged(qint64 id);

private:
    QModelIndex sourceIndex(const QModelIndex &viewIndex) const;
    QModelIndex viewIndex(qint64 unitId) const;

    UnitTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_tree;
};

} // namespace kinerja::ui
