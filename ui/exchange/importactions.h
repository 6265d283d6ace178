#pragma once

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace kinerja {
class Database;
}

namespace kinerja::ui {

// What the three Import menu items do: the import dialog with its importer and
// the importer's options (effective date, period, surveyed unit). After each
// commit, while the dialog is still open, `imported` gets a sentence for the
// status bar, so the window behind can refresh.
class ImportActions {
    Q_DECLARE_TR_FUNCTIONS(kinerja::ui::ImportActions)
public:
    using Imported = std::function<void(const QString &statusMessage)>;

    ImportActions(QWidget *window, Imported imported)
        : m_window(window), m_imported(std::move(imported))
    {
    }
    void setDatabase(Database *db) { m_db = db; }

    void importEmployees();
    void importAppraisals();
    // The survey's period and unit start at `periodId` and `unitId` (0 = choose).
    void importIkm(qint64 periodId, qint64 unitId);

private:
    QWidget *m_window;
    Imported m_imported;
    Database *m_db = nullptr;
};

} // namespace kinerja::ui
