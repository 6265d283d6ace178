// MainWindow: the pages (Employees, Periods, Appraisals, Schemes) and the Appraisal menu.
#include "shell/mainwindow.h"

#include "appraisals/appraisaldialog.h"
#include "appraisals/appraisalspage.h"
#include "audit/auditwarningbar.h"
#include "charts/chartspage.h"
#include "employees/employeedetailpanel.h"
#include "employees/employeelistpanel.h"
#include "periods/periodspage.h"
#include "schemes/schemespage.h"
#include "storage/database.h"
#include "storage/employeerepository.h"
#include "units/unittreepanel.h"

#include <QAction>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace kinerja::ui {

void MainWindow::createPages()
{
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("pageTabs"));
    m_pages->setDocumentMode(true);
    m_periods = new PeriodsPage(this);
    m_appraisals = new AppraisalsPage(this);
    m_schemes = new SchemesPage(this);
    m_pages->addTab(m_mainSplitter, tr("Employees"));
    m_pages->addTab(m_periods, tr("Periods"));
    m_pages->addTab(m_appraisals, tr("Appraisals"));
    m_pages->addTab(m_schemes, tr("Schemes"));
    m_charts = new ChartsPage(this);
    m_pages->addTab(m_charts, tr("Charts"));
    // The audit trail's warning bar, when shown, sits over the pages.
    auto *central = new QWidget(this);
    m_auditWarning = new AuditWarningBar(central);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_auditWarning);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_auditWarning, &AuditWarningBar::detailRequested, this,
            [this] { showAuditTrail(m_firstBrokenId); });
    // The toolbar holds employee and unit actions: shown with the Employees page only.
    connect(m_pages, &QTabWidget::currentChanged, this, [this](int index) {
        if (auto *bar = findChild<QToolBar *>(QStringLiteral("mainToolBar")))
            bar->setVisible(index == EmployeesPage);
    });

    connect(m_periods, &PeriodsPage::periodsChanged, this, [this](qint64 focusId) {
        m_appraisals->reloadPeriods(focusId);
        m_schemes->reload();
    });
    connect(m_periods, &PeriodsPage::periodActivated, this, [this](qint64 id) {
        m_appraisals->setPeriod(id);
        showPage(AppraisalsPageIndex);
    });
    connect(m_appraisals, &AppraisalsPage::appraisalsChanged, this, [this] {
        m_periods->reload();
        m_schemes->reload();
        m_charts->reload();
    });
    connect(m_charts, &ChartsPage::openAppraisal, this, [this](qint64 id) {
        auto *dialog = new AppraisalDialog(*m_db, id, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &AppraisalDialog::changed, m_charts, &ChartsPage::reload);
        dialog->show();
    });
    connect(m_charts, &ChartsPage::openEmployee, this, &MainWindow::showEmployeeRecord);
    connect(m_charts, &ChartsPage::openAppraisals, this, [this](qint64 period, qint64 unit) {
        m_appraisals->setPeriod(period);
        m_appraisals->setUnit(unit);
        showPage(AppraisalsPageIndex);
    });
    connect(m_schemes, &SchemesPage::schemesChanged, this,
            [this] { statusBar()->showMessage(tr("Scheme saved."), 5000); });
}

void MainWindow::showEmployeeRecord(qint64 employeeId)
{
    const std::optional<Employee> employee =
        m_db ? EmployeeRepository(*m_db).find(employeeId) : std::nullopt;
    if (!employee)
        return;
    showPage(EmployeesPage);
    m_units->selectUnit(employee->unitId);
    m_list->selectEmployee(employeeId);
    if (m_list->currentEmployeeId() != employeeId) // filtered out of the list
        m_detail->showEmployee(employeeId);
}

void MainWindow::showPage(Page page)
{
    m_pages->setCurrentIndex(static_cast<int>(page));
}

void MainWindow::setPagesDatabase()
{
    m_periods->setDatabase(m_db.get());
    m_appraisals->setDatabase(m_db.get());
    m_schemes->setDatabase(m_db.get());
    m_charts->setDatabase(m_db.get());
}

void MainWindow::createAppraisalActions()
{
    const auto page = [this](const char *name, const QString &text, Page p, int key) {
        QAction *a = makeAction(QLatin1String(name), text, {}, QKeySequence(Qt::ALT | key));
        connect(a, &QAction::triggered, this, [this, p] { showPage(p); });
    };
    page("actionShowPeriods", tr("&Periods"), PeriodsPageIndex, Qt::Key_2);
    page("actionShowAppraisals", tr("&Appraisals of a period"), AppraisalsPageIndex, Qt::Key_3);
    page("actionShowSchemes", tr("&Schemes"), SchemesPageIndex, Qt::Key_4);
    page("actionShowCharts", tr("&Charts"), ChartsPageIndex, Qt::Key_5);
    const auto act = [this](const char *name, const QString &text, Page p, auto method,
                            auto *target) {
        QAction *a = makeAction(QLatin1String(name), text, {});
        connect(a, &QAction::triggered, this, [this, p, method, target] {
            showPage(p);
            (target->*method)();
        });
    };
    act("actionNewPeriod", tr("&New period…"), PeriodsPageIndex, &PeriodsPage::newPeriod,
        m_periods);
    act("actionClosePeriod", tr("&Close period…"), PeriodsPageIndex, &PeriodsPage::closePeriod,
        m_periods);
    act("actionAchievement", tr("Capaian kinerja &organisasi…"), PeriodsPageIndex,
        &PeriodsPage::editAchievements, m_periods);
    act("actionOpenAppraisal", tr("&Open appraisal"), AppraisalsPageIndex,
        &AppraisalsPage::openCurrent, m_appraisals);
    act("actionCreateAppraisals", tr("C&reate appraisals for unit…"), AppraisalsPageIndex,
        &AppraisalsPage::createForUnit, m_appraisals);
    act("actionCopyForward", tr("Copy last period's S&KP forward…"), AppraisalsPageIndex,
        &AppraisalsPage::copyForward, m_appraisals);
    act("actionFinalizeAppraisals", tr("&Finalize appraisals…"), AppraisalsPageIndex,
        &AppraisalsPage::finalizeSelected, m_appraisals);
    act("actionPrintAppraisals", tr("&Print sheets and recaps…"), AppraisalsPageIndex,
        &AppraisalsPage::printAppraisals, m_appraisals);
    act("actionExportAppraisals", tr("E&xport to a spreadsheet…"), AppraisalsPageIndex,
        &AppraisalsPage::exportAppraisals, m_appraisals);
}

} // namespace kinerja::ui
