#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace kinerja {
class Database;
}

namespace kinerja::ui {

// The "Periods" page: every appraisal period with its kind, dates, open/closed
// state, scheme and counts; create, close / reopen, capaian kinerja organisasi.
class PeriodsPage : public QWidget {
    Q_OBJECT
public:
    explicit PeriodsPage(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    void reload();
    qint64 currentPeriodId() const;
    void selectPeriod(qint64 id);

    void newPeriod();
    void closePeriod();
    void reopenPeriod();
    void editAchievements();

signals:
    void periodsChanged(qint64 focusId);
    void periodActivated(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateButtons();
    // The table is filled when the page is first shown or used, not when the window opens:
    // counting each period's appraisals is most of a cold start on a province's history.
    void ensureLoaded();

    Database *m_db = nullptr;
    bool m_stale = false;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_new;
    QPushButton *m_close;
    QPushButton *m_reopen;
    QPushButton *m_achievement;
    QPushButton *m_open;
};

} // namespace kinerja::ui
