#pragma once

#include "domain/status.h"

#include <QDate>
#include <QDialog>
#include <functional>

class QDateEdit;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace kinerja {
class Database;
}

namespace kinerja::ui {

class FieldMessage;
class UnitTreeModel;

// Picks a unit from the tree (with a search box): the new parent of a moved
// unit, or the unit another one is merged into (with the date it takes effect).
class ChooseUnitDialog : public QDialog {
    Q_OBJECT
public:
    ChooseUnitDialog(Database &db, const QString &title, const QString &prompt,
                     QWidget *parent = nullptr);

    // Shows "Effective from" (for a merge).
    void setAskDate(bool ask, const QDate &initial = QDate::currentDate());
    // The unit that cannot be chosen (the one being moved or merged).
    void setExcluded(qint64 unitId);
    void setCurrentUnit(qint64 unitId);
    void setOkText(const QString &text);

    qint64 selectedId() const;
    QDate effectiveDate() const;
    // Shows a refusal from storage in the dialog.
    void showError(const QString &message);
    // Called on OK; a refusal is shown in the dialog, which stays open.
    using Apply = std::function<Status(qint64 unitId, const QDate &effective)>;
    void setApply(Apply apply) { m_apply = std::move(apply); }
    void accept() override;

private:
    void updateButtons();

    UnitTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_tree;
    QDateEdit *m_date;
    QWidget *m_dateRow;
    FieldMessage *m_error;
    QPushButton *m_ok;
    qint64 m_excluded = 0;
    Apply m_apply;
};

} // namespace kinerja::ui
