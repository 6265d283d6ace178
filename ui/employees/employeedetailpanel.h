#pragma once

#include <QDate>
#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QStackedWidget;
class QTableWidget;

namespace kinerja {
class Database;
}

namespace kinerja::ui {

// Everything about the selected employee: identity derived from the NIP,
// position, atasan, employment state, and the riwayat (position history).
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

    Database *m_db = nullptr;
    qint64 m_id = 0;
    QStackedWidget *m_stack;
    QLabel *m_name;
    QLabel *m_subtitle;
    QHash<QString, QLabel *> m_values;
    QLabel *m_historyTitle = nullptr;
    QTableWidget *m_history;
};

} // namespace kinerja::ui
