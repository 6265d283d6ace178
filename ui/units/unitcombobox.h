#pragma once

#include <QComboBox>

namespace kinerja {
class Database;
}

namespace kinerja::ui {

// A unit chooser: every unit in tree order, indented by depth in the popup;
// typing jumps to a unit by the start of its name.
class UnitComboBox : public QComboBox {
    Q_OBJECT
public:
    explicit UnitComboBox(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    void reload();
    qint64 unitId() const;
    void setUnitId(qint64 id);
    // Adds a first "(choose a unit)" entry with id 0.
    void setPlaceholderItem(const QString &text);

signals:
    void unitChanged(qint64 id);

private:
    Database *m_db = nullptr;
    QString m_placeholder;
};

} // namespace kinerja::ui
