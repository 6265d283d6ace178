#pragma once

#include <QCoreApplication>

class QWidget;

namespace kinerja {
class Database;
}

namespace kinerja::ui {

// What the Employee menu does: dialogs, confirmations and the repository
// calls. Each function returns true when something was changed.
class EmployeeActions {
    Q_DECLARE_TR_FUNCTIONS(kinerja::ui::EmployeeActions)
public:
    explicit EmployeeActions(QWidget *window) : m_window(window) {}
    void setDatabase(Database *db) { m_db = db; }

    // On success *changedId is the new or edited employee.
    bool create(qint64 defaultUnitId, qint64 *changedId);
    bool edit(qint64 id);
    bool changeState(qint64 id);
    // Asks first; a refusal (heads a unit, is someone's atasan) is shown.
    bool remove(qint64 id);

private:
    QWidget *m_window;
    Database *m_db = nullptr;
};

} // namespace kinerja::ui
