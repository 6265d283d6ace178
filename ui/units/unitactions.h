#pragma once

#include <QCoreApplication>

class QWidget;

namespace kinerja {
class Database;
}

namespace kinerja::ui {

// What the Unit menu does. Each function returns true when the tree changed;
// *focusId is the unit to select afterwards.
class UnitActions {
    Q_DECLARE_TR_FUNCTIONS(kinerja::ui::UnitActions)
public:
    explicit UnitActions(QWidget *window) : m_window(window) {}
    void setDatabase(Database *db) { m_db = db; }

    bool createSubUnit(qint64 parentId, qint64 *focusId);
    bool move(qint64 id);
    bool setHead(qint64 id);
    bool merge(qint64 id, qint64 *focusId);
    // Asks first; when staff or sub-units block it, says so instead.
    bool remove(qint64 id, qint64 *focusId);

private:
    QWidget *m_window;
    Database *m_db = nullptr;
};

} // namespace kinerja::ui
