#pragma once

#include "domain/unit.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace kinerja {
class Database;
}

namespace kinerja::ui {

class FieldMessage;

// Creates a unit under `parentId` (0: the top of the tree, for an empty database).
class UnitDialog : public QDialog {
    Q_OBJECT
public:
    UnitDialog(Database &db, qint64 parentId, QWidget *parent = nullptr);
    qint64 createdId() const { return m_createdId; }
    // The kind a new child of a `parent` unit usually has.
    static UnitKind childKind(UnitKind parent);

private:
    void save();

    Database &m_db;
    qint64 m_parentId;
    qint64 m_createdId = 0;
    QLineEdit *m_name;
    QComboBox *m_kind;
    FieldMessage *m_nameError;
    FieldMessage *m_formError;
    QPushButton *m_save;
};

} // namespace kinerja::ui
