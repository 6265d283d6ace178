#pragma once

#include <QDialog>
#include <QHash>

class QTableWidget;

namespace kinerja {
class Database;
}

namespace kinerja::ui {

// Capaian kinerja organisasi per unit for one period (SE MenPANRB 3/2023, step 1):
// the predikat of each unit's organisation and its IKM, which set the
// distribution pattern its employees' predikat is checked against.
class AchievementDialog : public QDialog {
    Q_OBJECT
public:
    AchievementDialog(Database &db, qint64 periodId, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void accept() override;

private:
    void load();

    Database &m_db;
    qint64 m_periodId;
    QTableWidget *m_table;
    QHash<int, qint64> m_unitOfRow;
};

} // namespace kinerja::ui
