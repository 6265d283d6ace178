#pragma once

#include <QDate>
#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableWidget;

namespace kinerja {
class Database;
}

namespace kinerja::ui {

class AuditHistoryView;

// Everything about the selected employee: identity derived from the NIP,
// position, atasan, employment state, the riwayat (position history) and, on a second
// tab, the changes to the record from the audit trail (read when that tab is shown).
class EmployeeDetailPanel : public QWidget {
    Q_OBJECT
public:
    explicit EmployeeDetailPanel(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    void showEmployee(qint64 id); // 0 shows the placeholder
    void refresh();
    qint64 employeeId() const { return m_id; }
    // The text of a value label by key ("nip", "birth", "atasan", ...), for tests.
    QString valueText(const QString &key) const;

private:
    QLabel *addValue(QFormLayout *form, const QString &key, const QString &label);
    // `leftOn`: when the employee left service (ends the last entry), or invalid.
    void fillHistory(const QDate &leftOn);
    // The audit trail's changes to the record, when their tab is shown.
    void fillChanges();

    Database *m_db = nullptr;
    qint64 m_id = 0;
    QStackedWidget *m_stack;
    QLabel *m_name;
    QLabel *m_subtitle;
    QHash<QString, QLabel *> m_values;
    QLabel *m_historyTitle = nullptr;
    QTableWidget *m_history;
    QTabWidget *m_historyTabs;
    AuditHistoryView *m_changes;
};

} // namespace kinerja::ui
