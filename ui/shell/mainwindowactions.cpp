// MainWindow: its actions, menus and toolbar.
#include "shell/mainwindow.h"

#include "appraisals/appraisalspage.h"
#include "charts/chartspage.h"
#include "common/icons.h"
#include "employees/employeelistpanel.h"
#include "exchange/importactions.h"
#include "units/unittreepanel.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>

namespace kinerja::ui {

QAction *MainWindow::makeAction(const QString &objectName, const QString &text, const QIcon &icon,
                                const QKeySequence &shortcut)
{
    auto *a = new QAction(icon, text, this);
    a->setObjectName(objectName);
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    return a;
}

void MainWindow::createActions()
{
    using I = Icons;
    connect(makeAction(QStringLiteral("actionNewDatabase"), tr("&New database…"),
                       I::get(I::NewDatabase)),
            &QAction::triggered, this, &MainWindow::newDatabase);
    connect(makeAction(QStringLiteral("actionOpenDatabase"), tr("&Open database…"),
                       I::get(I::OpenDatabase), QKeySequence::Open),
            &QAction::triggered, this, &MainWindow::openDatabase);
    connect(makeAction(QStringLiteral("actionConnectServer"), tr("Connect to Office &Server…"), {}),
            &QAction::triggered, this, &MainWindow::connectToServer);
    QAction *settings = makeAction(QStringLiteral("actionSettings"), tr("&Settings…"),
                                   I::get(I::Settings), QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(makeAction(QStringLiteral("actionAgency"), tr("&Agency (instansi)…"), {}),
            &QAction::triggered, this, &MainWindow::showAgency);
    connect(makeAction(QStringLiteral("actionAccounts"), tr("&User accounts…"), {}),
            &QAction::triggered, this, &MainWindow::showAccounts);
    QAction *quit = makeAction(QStringLiteral("actionQuit"), tr("&Quit"), I::get(I::Quit),
                               QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    connect(makeAction(QStringLiteral("actionNewEmployee"), tr("&New employee…"),
                       I::get(I::NewEmployee), QKeySequence::New),
            &QAction::triggered, this, &MainWindow::newEmployee);
    QAction *edit = makeAction(QStringLiteral("actionEditEmployee"), tr("&Edit employee…"),
                               I::get(I::EditEmployee), QKeySequence(Qt::Key_Return));
    edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(edit, &QAction::triggered, this, &MainWindow::editEmployee);
    connect(makeAction(QStringLiteral("actionEmployeeState"), tr("Change employment &state…"),
                       I::get(I::EmployeeState)),
            &QAction::triggered, this, &MainWindow::changeEmployeeState);
    QAction *del = makeAction(QStringLiteral("actionDeleteEmployee"), tr("&Delete employee…"),
                              I::get(I::DeleteEmployee), QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(del, &QAction::triggered, this, &MainWindow::deleteEmployee);
    connect(makeAction(QStringLiteral("actionImportEmployees"), tr("&Import employees…"), {}),
            &QAction::triggered, this, [this] { m_importActions->importEmployees(); });
    connect(makeAction(QStringLiteral("actionImportAppraisals"), tr("&Import appraisal data…"), {}),
            &QAction::triggered, this, [this] { m_importActions->importAppraisals(); });
    connect(makeAction(QStringLiteral("actionImportIkm"), tr("Import I&KM survey…"), {}),
            &QAction::triggered, this, [this] {
                m_importActions->importIkm(m_appraisals ? m_appraisals->periodId() : 0,
                                           m_appraisals ? m_appraisals->unitId() : 0);
            });
    // The charts of the selection: drill-down the other way round.
    connect(
        makeAction(QStringLiteral("actionEmployeeResults"), tr("Results &over the periods"), {}),
        &QAction::triggered, this, [this] {
            showPage(ChartsPageIndex);
            m_charts->showView(ChartsPage::EmployeeView);
            m_charts->setEmployee(m_list->currentEmployeeId());
        });
    connect(makeAction(QStringLiteral("actionUnitResults"), tr("Results &chart of the unit"), {}),
            &QAction::triggered, this, [this] {
                showPage(ChartsPageIndex);
                m_charts->setUnit(m_units->currentUnitId());
                m_charts->showView(ChartsPage::UnitView);
            });
    m_list->view()->addActions({edit, action(QStringLiteral("actionEmployeeState")),
                                action(QStringLiteral("actionEmployeeResults")), del});

    connect(makeAction(QStringLiteral("actionNewUnit"), tr("&New sub-unit…"), I::get(I::NewUnit)),
            &QAction::triggered, this, &MainWindow::newUnit);
    QAction *rename = makeAction(QStringLiteral("actionRenameUnit"), tr("&Rename"),
                                 I::get(I::RenameUnit), QKeySequence(Qt::Key_F2));
    rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(rename, &QAction::triggered, this, &MainWindow::renameUnit);
    connect(makeAction(QStringLiteral("actionMoveUnit"), tr("&Move to…"), I::get(I::MoveUnit)),
            &QAction::triggered, this, &MainWindow::moveUnit);
    connect(makeAction(QStringLiteral("actionSetUnitHead"), tr("Set &head…"), I::get(I::UnitHead)),
            &QAction::triggered, this, &MainWindow::setUnitHead);
    connect(makeAction(QStringLiteral("actionMergeUnit"), tr("Mer&ge into…"), I::get(I::MergeUnit)),
            &QAction::triggered, this, &MainWindow::mergeUnit);
    QAction *delUnit = makeAction(QStringLiteral("actionDeleteUnit"), tr("&Delete unit…"),
                                  I::get(I::DeleteUnit), QKeySequence::Delete);
    delUnit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(delUnit, &QAction::triggered, this, &MainWindow::deleteUnit);
    m_units->view()->addActions(
        {action(QStringLiteral("actionNewUnit")), rename, action(QStringLiteral("actionMoveUnit")),
         action(QStringLiteral("actionSetUnitHead")), action(QStringLiteral("actionMergeUnit")),
         action(QStringLiteral("actionUnitResults")), delUnit});

    connect(makeAction(QStringLiteral("actionFind"), tr("&Find employee"), I::get(I::Find),
                       QKeySequence::Find),
            &QAction::triggered, m_list, &EmployeeListPanel::focusFilter);
    connect(makeAction(QStringLiteral("actionRefresh"), tr("&Refresh"), I::get(I::Refresh),
                       QKeySequence::Refresh),
            &QAction::triggered, this, &MainWindow::refreshAll);
    QAction *inactive =
        makeAction(QStringLiteral("actionShowInactive"), tr("Show &inactive staff"), {});
    inactive->setCheckable(true);
    connect(inactive, &QAction::toggled, m_list, &EmployeeListPanel::setShowInactive);
    QAction *subunits =
        makeAction(QStringLiteral("actionIncludeSubunits"), tr("Include &sub-units"), {});
    subunits->setCheckable(true);
    subunits->setChecked(true);
    connect(subunits, &QAction::toggled, m_list, &EmployeeListPanel::setIncludeSubunits);

    connect(makeAction(QStringLiteral("actionAuditTrail"), tr("&Audit trail…"), {}),
            &QAction::triggered, this, [this] { showAuditTrail(); });

    connect(makeAction(QStringLiteral("actionAbout"), tr("&About Kinerja"), I::get(I::About)),
            &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = makeAction(QStringLiteral("actionAboutQt"), tr("About &Qt"), {});
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    const auto add = [this](QMenu *menu, std::initializer_list<const char *> names) {
        for (const char *name : names) {
            if (qstrcmp(name, "-") == 0)
                menu->addSeparator();
            else
                menu->addAction(action(QLatin1String(name)));
        }
    };
    add(menuBar()->addMenu(tr("&File")),
        {"actionNewDatabase", "actionOpenDatabase", "actionConnectServer", "-", "actionAgency",
         "actionAccounts", "actionSettings", "-", "actionQuit"});
    add(menuBar()->addMenu(tr("&Employee")),
        {"actionNewEmployee", "actionEditEmployee", "actionEmployeeState", "actionEmployeeResults",
         "-", "actionImportEmployees", "-", "actionDeleteEmployee"});
    add(menuBar()->addMenu(tr("&Unit")),
        {"actionNewUnit", "actionRenameUnit", "actionMoveUnit", "actionSetUnitHead",
         "actionMergeUnit", "actionUnitResults", "-", "actionDeleteUnit"});
    add(menuBar()->addMenu(tr("&Appraisal")),
        {"actionShowPeriods", "actionShowAppraisals", "actionShowSchemes", "actionShowCharts", "-",
         "actionNewPeriod", "actionClosePeriod", "actionAchievement", "-", "actionOpenAppraisal",
         "actionCreateAppraisals", "actionCopyForward", "actionFinalizeAppraisals", "-",
         "actionPrintAppraisals", "actionExportAppraisals", "actionImportAppraisals",
         "actionImportIkm"});
    QMenu *view = menuBar()->addMenu(tr("&View"));
    add(view,
        {"actionFind", "-", "actionShowInactive", "actionIncludeSubunits", "-", "actionRefresh"});
    add(menuBar()->addMenu(tr("&Tools")), {"actionAuditTrail"});
    add(menuBar()->addMenu(tr("&Help")), {"actionAbout", "actionAboutQt"});
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(20, 20));
    for (const char *name :
         {"actionNewEmployee", "actionEditEmployee", "actionEmployeeState", "actionDeleteEmployee",
          "-", "actionNewUnit", "actionSetUnitHead", "actionDeleteUnit", "-", "actionRefresh"}) {
        if (qstrcmp(name, "-") == 0)
            bar->addSeparator();
        else
            bar->addAction(action(QLatin1String(name)));
    }
    // Short labels on the toolbar; the menus keep the full text.
    const auto shortText = [this](const char *name, const QString &text) {
        action(QLatin1String(name))->setIconText(text);
    };
    shortText("actionNewEmployee", tr("New"));
    shortText("actionEditEmployee", tr("Edit"));
    shortText("actionEmployeeState", tr("State"));
    shortText("actionDeleteEmployee", tr("Delete"));
    shortText("actionNewUnit", tr("New unit"));
    shortText("actionSetUnitHead", tr("Head"));
    shortText("actionDeleteUnit", tr("Delete unit"));
    shortText("actionRefresh", tr("Refresh"));
    addToolBar(Qt::TopToolBarArea, bar);
}

} // namespace kinerja::ui
