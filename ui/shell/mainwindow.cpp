#include "mainwindow.h"

#include "appraisals/appraisalspage.h"
#include "charts/chartspage.h"
#include "common/icons.h"
#include "common/messagebox.h"
#include "employees/employeeactions.h"
#include "employees/employeedetailpanel.h"
#include "employees/employeelistpanel.h"
#include "exchange/importactions.h"
#include "periods/periodspage.h"
#include "schemes/schemespage.h"
#include "shell/aboutdialog.h"
#include "shell/agencydialog.h"
#include "shell/databasefiles.h"
#include "shell/idlelock.h"
#include "shell/serverconnect.h"
#include "shell/sessionsource.h"
#include "shell/settingsdialog.h"
#include "storage/changewatch.h"
#include "storage/database.h"
#include "units/unitactions.h"
#include "units/unittreemodel.h"
#include "units/unittreepanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>

namespace kinerja::ui {

namespace {
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kMainSplitter = QStringLiteral("mainWindow/mainSplitter");
const QString kRightSplitter = QStringLiteral("mainWindow/rightSplitter");
const QString kHeader = QStringLiteral("mainWindow/employeeHeader");
const QString kShowInactive = QStringLiteral("view/showInactive");
const QString kIncludeSubunits = QStringLiteral("view/includeSubunits");
} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget *parent)
    : QMainWindow(parent), m_employeeActions(std::make_unique<EmployeeActions>(this)),
      m_unitActions(std::make_unique<UnitActions>(this)),
      m_importActions(std::make_unique<ImportActions>(this,
                                                      [this](const QString &message) {
                                                          refreshAll();
                                                          statusBar()->showMessage(message, 8000);
                                                      })),
      m_units(new UnitTreePanel(this)), m_list(new EmployeeListPanel(this)),
      m_detail(new EmployeeDetailPanel(this)), m_mainSplitter(new QSplitter(Qt::Horizontal, this)),
      m_rightSplitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_rightSplitter->setObjectName(QStringLiteral("rightSplitter"));
    m_rightSplitter->addWidget(m_list);
    m_rightSplitter->addWidget(m_detail);
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 2);
    m_rightSplitter->setChildrenCollapsible(false);
    m_mainSplitter->addWidget(m_units);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setChildrenCollapsible(false);
    m_mainSplitter->setSizes({360, 1040});
    m_rightSplitter->setSizes({470, 330});
    m_mainSplitter->setContentsMargins(6, 6, 6, 0);
    createPages();
    m_idleLock = new IdleLock(this);

    createActions();
    createAppraisalActions();
    createMenus();
    createToolBar();
    createStatusBar();

    connect(m_units, &UnitTreePanel::currentUnitChanged, this, &MainWindow::unitChanged);
    connect(m_units->model(), &UnitTreeModel::renameFailed, this, [this](const QString &message) {
        MessageBox::warning(this, tr("Cannot rename unit"), message);
    });
    connect(m_units->model(), &UnitTreeModel::unitRenamed, this, [this] {
        m_list->refresh();
        m_detail->refresh();
    });
    connect(m_list, &EmployeeListPanel::currentEmployeeChanged, this, &MainWindow::employeeChanged);
    connect(m_list, &EmployeeListPanel::employeeActivated, this, &MainWindow::editEmployee);
    connect(m_list, &EmployeeListPanel::countsChanged, m_countLabel, &QLabel::setText);
    connect(m_list, &EmployeeListPanel::showInactiveChanged, this, [this](bool on) {
        action(QStringLiteral("actionShowInactive"))->setChecked(on);
        m_units->model()->setIncludeInactive(on);
    });
    connect(m_list, &EmployeeListPanel::includeSubunitsChanged, this, [this](bool on) {
        action(QStringLiteral("actionIncludeSubunits"))->setChecked(on);
        m_units->model()->setCountSubunits(on);
    });

    restoreSettings();
    setDatabase(std::move(db));
}

MainWindow::~MainWindow()
{
    // The panels let go of the database before it closes with m_db.
    m_watch.reset();
    disconnect(m_units, nullptr, this, nullptr);
    disconnect(m_list, nullptr, this, nullptr);
    m_detail->setDatabase(nullptr);
    m_list->setDatabase(nullptr);
    m_units->setDatabase(nullptr);
    m_periods->setDatabase(nullptr);
    m_appraisals->setDatabase(nullptr);
    m_schemes->setDatabase(nullptr);
    m_charts->setDatabase(nullptr);
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::createStatusBar()
{
    m_dbLabel = new QLabel(this);
    m_dbLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_dbLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("statusCountLabel"));
    m_countLabel->setContentsMargins(12, 0, 4, 0);
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_userLabel->setContentsMargins(12, 0, 4, 0);
    // Messages come and go on the left; the file and the counts stay on the right.
    statusBar()->addPermanentWidget(m_dbLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_userLabel);
}

void MainWindow::restoreSettings()
{
    const QSettings s;
    if (!restoreGeometry(s.value(kGeometry).toByteArray()))
        resize(1400, 900);
    restoreState(s.value(kState).toByteArray());
    m_mainSplitter->restoreState(s.value(kMainSplitter).toByteArray());
    m_rightSplitter->restoreState(s.value(kRightSplitter).toByteArray());
    m_list->restoreHeaderState(s.value(kHeader).toByteArray());
    m_list->setShowInactive(s.value(kShowInactive, false).toBool());
    m_list->setIncludeSubunits(s.value(kIncludeSubunits, true).toBool());
}

void MainWindow::saveSettings() const
{
    QSettings s;
    s.setValue(kGeometry, saveGeometry());
    s.setValue(kState, saveState());
    s.setValue(kMainSplitter, m_mainSplitter->saveState());
    s.setValue(kRightSplitter, m_rightSplitter->saveState());
    s.setValue(kHeader, m_list->saveHeaderState());
    s.setValue(kShowInactive, m_list->showInactive());
    s.setValue(kIncludeSubunits, m_list->includeSubunits());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

void MainWindow::setDatabase(std::unique_ptr<Database> db)
{
    // The old database closes only after the panels have let go of it.
    const std::unique_ptr<Database> old = std::move(m_db);
    m_db = std::move(db);
    m_employeeActions->setDatabase(m_db.get());
    m_unitActions->setDatabase(m_db.get());
    m_importActions->setDatabase(m_db.get());
    m_detail->setDatabase(m_db.get());
    m_list->setDatabase(m_db.get());
    m_units->setDatabase(m_db.get()); // selects the top unit: the list follows
    setPagesDatabase();
    watchChanges();
    loadSession(); // the title and the actions follow
    checkAuditTrail();
    if (m_db && m_units->model()->unitCount() == 0)
        statusBar()->showMessage(
            tr("This database has no units yet: start with Unit → New sub-unit."));
}

void MainWindow::updateTitle()
{
    if (!m_db) {
        setWindowTitle(tr("Kinerja"));
        m_dbLabel->clear();
        m_userLabel->clear();
        return;
    }
    // A file by its name, a server as "dbname on host (user)".
    const QString title =
        m_db->isServer() ? m_db->displayName() : QFileInfo(m_db->path()).fileName();
    const QString who = SessionSource::describe(m_session);
    setWindowTitle(tr("%1 — Kinerja").arg(title));
    m_dbLabel->setText(tr("Database: %1").arg(m_db->displayName()));
    m_userLabel->setText(tr("Working: %1").arg(who));
}

void MainWindow::unitChanged(qint64 unitId)
{
    const UnitTreeModel *model = m_units->model();
    const Unit *unit = model->unit(unitId);
    const QVector<qint64> subtree = model->subtreeIds(unitId);
    m_list->setUnit(unitId, unit ? unit->name : QString(), subtree,
                    subtree.size() == model->unitCount());
    updateActions();
}

void MainWindow::employeeChanged(qint64 employeeId)
{
    m_detail->showEmployee(employeeId);
    updateActions();
}

void MainWindow::updateActions()
{
    const bool open = m_db != nullptr;
    const bool employee = open && m_list->currentEmployeeId() != 0;
    const qint64 unitId = m_units->currentUnitId();
    const Unit *unit = m_units->model()->unit(unitId);
    const bool hasUnits = open && m_units->model()->unitCount() > 0;
    const auto enable = [this](const char *name, bool on) {
        action(QLatin1String(name))->setEnabled(on);
    };
    enable("actionNewEmployee", hasUnits);
    enable("actionImportEmployees", hasUnits);
    enable("actionImportAppraisals", hasUnits);
    enable("actionImportIkm", hasUnits);
    enable("actionEditEmployee", employee);
    enable("actionEmployeeState", employee);
    enable("actionDeleteEmployee", employee);
    enable("actionEmployeeResults", employee);
    enable("actionUnitResults", unit != nullptr);
    enable("actionNewUnit", open && (unit != nullptr || !hasUnits));
    enable("actionRenameUnit", unit != nullptr);
    enable("actionMoveUnit", unit != nullptr && unit->parentId != 0);
    enable("actionSetUnitHead", unit != nullptr);
    enable("actionMergeUnit", unit != nullptr && unit->parentId != 0);
    enable("actionDeleteUnit", unit != nullptr && unit->parentId != 0);
    enable("actionRefresh", open);
    enable("actionAuditTrail", open);
    applyRights();
}

void MainWindow::refreshAll()
{
    m_units->reload();
    m_list->refresh();
    m_detail->refresh();
    setPagesDatabase();
    updateActions();
}

void MainWindow::afterEmployeeChange(qint64 focusId)
{
    m_units->reload();
    m_list->refresh();
    if (focusId != 0)
        m_list->selectEmployee(focusId);
    m_detail->showEmployee(m_list->currentEmployeeId());
    updateActions();
}

void MainWindow::afterUnitChange(qint64 focusUnitId)
{
    m_units->reload();
    if (focusUnitId != 0)
        m_units->selectUnit(focusUnitId);
    m_list->refresh();
    m_detail->refresh();
    updateActions();
}

void MainWindow::openDatabase()
{
    const QString path = DatabaseFiles::askOpenPath(this);
    if (path.isEmpty())
        return;
    if (auto db = DatabaseFiles::openOrWarn(this, path))
        setDatabase(std::move(db));
}

void MainWindow::connectToServer()
{
    if (auto db = ServerConnect::askAndOpen(this))
        setDatabase(std::move(db));
}

void MainWindow::newDatabase()
{
    const QString path = DatabaseFiles::askNewPath(this);
    if (path.isEmpty())
        return;
    if (auto db = DatabaseFiles::openOrWarn(this, path))
        setDatabase(std::move(db));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_idleLock->setTimeoutMs(IdleLock::configuredMinutes() * 60 * 1000);
}

void MainWindow::showAgency()
{
    if (!m_db)
        return;
    AgencyDialog dialog(*m_db, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_db.get(), this);
    dialog.exec();
}

void MainWindow::newEmployee()
{
    qint64 id = 0;
    if (m_employeeActions->create(m_units->currentUnitId(), &id)) {
        statusBar()->showMessage(tr("Employee added."), 5000);
        afterEmployeeChange(id);
    }
}

void MainWindow::editEmployee()
{
    if (!m_session.mayEditEmployees()) // a double click in the list, for a read-only role
        return;
    const qint64 id = m_list->currentEmployeeId();
    if (m_employeeActions->edit(id)) {
        statusBar()->showMessage(tr("Employee saved."), 5000);
        afterEmployeeChange(id);
    }
}

void MainWindow::changeEmployeeState()
{
    const qint64 id = m_list->currentEmployeeId();
    if (m_employeeActions->changeState(id)) {
        statusBar()->showMessage(tr("Employment state changed."), 5000);
        afterEmployeeChange(id);
    }
}

void MainWindow::deleteEmployee()
{
    if (m_employeeActions->remove(m_list->currentEmployeeId())) {
        statusBar()->showMessage(tr("Employee deleted."), 5000);
        afterEmployeeChange(0);
    }
}

void MainWindow::newUnit()
{
    qint64 id = 0;
    if (m_unitActions->createSubUnit(m_units->currentUnitId(), &id))
        afterUnitChange(id);
}

void MainWindow::renameUnit()
{
    m_units->renameCurrent();
}

void MainWindow::moveUnit()
{
    const qint64 id = m_units->currentUnitId();
    if (m_unitActions->move(id))
        afterUnitChange(id);
}

void MainWindow::setUnitHead()
{
    const qint64 id = m_units->currentUnitId();
    if (m_unitActions->setHead(id))
        afterUnitChange(id);
}

void MainWindow::mergeUnit()
{
    qint64 target = 0;
    if (m_unitActions->merge(m_units->currentUnitId(), &target))
        afterUnitChange(target);
}

void MainWindow::deleteUnit()
{
    qint64 parentId = 0;
    if (m_unitActions->remove(m_units->currentUnitId(), &parentId))
        afterUnitChange(parentId);
}

} // namespace kinerja::ui
