#pragma once

#include "domain/role.h"

#include <QMainWindow>
#include <QSet>
#include <memory>

class QLabel;
class QSplitter;
class QTabWidget;
class QTimer;

namespace kinerja {
class ChangeWatch;
class Database;
} // namespace kinerja

namespace kinerja::ui {

class AppraisalsPage;
class AuditWarningBar;
class EmployeeActions;
class EmployeeDetailPanel;
class EmployeeListPanel;
class IdleLock;
class PeriodsPage;
class SchemesPage;
class ChartsPage;
class UnitActions;
class ImportActions;
class UnitTreePanel;

// The main window: menus, toolbar, status bar and the wiring between the
// unit tree, the employee list and the detail panel. The work itself is
// done by the panels and by EmployeeActions, UnitActions and ImportActions.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database *database() const { return m_db.get(); }
    // Switches to another open database (File → Open / New).
    void setDatabase(std::unique_ptr<Database> db);

    UnitTreePanel *unitPanel() const { return m_units; }
    EmployeeListPanel *listPanel() const { return m_list; }
    EmployeeDetailPanel *detailPanel() const { return m_detail; }
    PeriodsPage *periodsPage() const { return m_periods; }
    AppraisalsPage *appraisalsPage() const { return m_appraisals; }
    SchemesPage *schemesPage() const { return m_schemes; }
    // Who works now (mainwindowsession.cpp): read from the database by setDatabase; decides
    // which actions and buttons the window offers. Tests set it directly.
    const Session &session() const { return m_session; }
    void setSession(const Session &session);
    IdleLock *idleLock() const { return m_idleLock; }
    // Alat → Akun pengguna… (only with Session::mayManageAccounts).
    void showAccounts();
    ChartsPage *chartsPage() const { return m_charts; }
    // The pages of the tab bar "pageTabs", in order.
    enum Page {
        EmployeesPage,
        PeriodsPageIndex,
        AppraisalsPageIndex,
        SchemesPageIndex,
        ChartsPageIndex
    };
    void showPage(Page page);
    // An action by object name ("actionDeleteEmployee", ...).
    QAction *action(const QString &objectName) const;

    void refreshAll();
    void openDatabase();
    void newDatabase();
    // File → Connect to Office Server…
    void connectToServer();
    // Tools → Audit trail… (mainwindowaudit.cpp); `firstBrokenId` selects that entry.
    void showAuditTrail(qint64 firstBrokenId = 0);
    // Whether the person may read the audit trail (Session::mayReadAuditTrail(); on a file
    // everyone may): shows or hides Tools → Audit trail… and the warning bar's Detail.
    void setMayReadAuditTrail(bool allowed);
    // The bar over the pages that warns of a broken audit trail (hidden when it holds).
    AuditWarningBar *auditWarningBar() const { return m_auditWarning; }
    void showSettings();
    void showAgency();
    void showAbout();
    void newEmployee();
    void editEmployee();
    void changeEmployeeState();
    void deleteEmployee();
    void newUnit();
    void renameUnit();
    void moveUnit();
    void setUnitHead();
    void mergeUnit();
    void deleteUnit();

    // How long others' changes are gathered before the shown page reloads.
    static constexpr int kChangeDelayMs = 500;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QAction *makeAction(const QString &objectName, const QString &text, const QIcon &icon,
                        const QKeySequence &shortcut = {});
    void createActions();
    void createPages();            // mainwindowpages.cpp
    void createAppraisalActions(); // mainwindowpages.cpp
    void setPagesDatabase();       // mainwindowpages.cpp
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void restoreSettings();
    // The quick check of the audit trail when a database opens (mainwindowaudit.cpp).
    void checkAuditTrail();
    void saveSettings() const;
    void unitChanged(qint64 unitId);
    void employeeChanged(qint64 employeeId);
    void updateActions();
    // Hides what the session may not do (mainwindowsession.cpp); after updateActions.
    void applyRights();
    void loadSession();
    void updateTitle();
    void afterEmployeeChange(qint64 focusId);
    void afterUnitChange(qint64 focusUnitId);
    // The Employees page with the employee's unit and record (drill-down from charts).
    void showEmployeeRecord(qint64 employeeId); // mainwindowpages.cpp
    // Others' changes (mainwindowchanges.cpp): watching, marking every page stale and
    // reloading the shown one once no editor is open over the window.
    void watchChanges();
    void othersChanged();
    void reloadShownPage();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<EmployeeActions> m_employeeActions;
    std::unique_ptr<UnitActions> m_unitActions;
    std::unique_ptr<ImportActions> m_importActions;
    UnitTreePanel *m_units;
    EmployeeListPanel *m_list;
    EmployeeDetailPanel *m_detail;
    QSplitter *m_mainSplitter;
    QSplitter *m_rightSplitter;
    QTabWidget *m_pages = nullptr;
    PeriodsPage *m_periods = nullptr;
    AppraisalsPage *m_appraisals = nullptr;
    SchemesPage *m_schemes = nullptr;
    ChartsPage *m_charts = nullptr;
    AuditWarningBar *m_auditWarning = nullptr;
    bool m_mayReadAudit = true;
    qint64 m_firstBrokenId = 0;
    QLabel *m_dbLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    Session m_session;
    IdleLock *m_idleLock = nullptr;
    std::unique_ptr<ChangeWatch> m_watch;
    QTimer *m_changeTimer = nullptr;
    QSet<int> m_stalePages;
};

} // namespace kinerja::ui
