// MainWindow: showing what other users (a server) or other windows (a file) changed.
#include "shell/mainwindow.h"

#include "appraisals/appraisalspage.h"
#include "charts/chartspage.h"
#include "employees/employeedetailpanel.h"
#include "employees/employeelistpanel.h"
#include "periods/periodspage.h"
#include "schemes/schemespage.h"
#include "storage/changewatch.h"
#include "storage/database.h"
#include "units/unittreepanel.h"

#include <QApplication>
#include <QEvent>
#include <QTabWidget>
#include <QTimer>

namespace kinerja::ui {

void MainWindow::watchChanges()
{
    if (!m_changeTimer) {
        m_changeTimer = new QTimer(this);
        m_changeTimer->setObjectName(QStringLiteral("changeTimer"));
        m_changeTimer->setSingleShot(true);
        m_changeTimer->setInterval(kChangeDelayMs);
        connect(m_changeTimer, &QTimer::timeout, this, &MainWindow::reloadShownPage);
        connect(m_pages, &QTabWidget::currentChanged, this, [this] {
            if (m_watch && m_watch->changedElsewhere())
                othersChanged();
            else if (m_stalePages.contains(m_pages->currentIndex()))
                m_changeTimer->start();
        });
    }
    m_stalePages.clear();
    m_watch.reset();
    if (!m_db)
        return;
    m_watch = std::make_unique<ChangeWatch>(*m_db);
    connect(m_watch.get(), &ChangeWatch::changed, this, &MainWindow::othersChanged);
}

void MainWindow::othersChanged()
{
    for (int page = EmployeesPage; page <= ChartsPageIndex; ++page)
        m_stalePages.insert(page);
    m_changeTimer->start(); // a burst of commits reloads once
}

void MainWindow::changeEvent(QEvent *event)
{
    // Two windows on one file: the other one's saves show when this one comes forward.
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_watch &&
        m_watch->changedElsewhere())
        othersChanged();
    QMainWindow::changeEvent(event);
}

void MainWindow::reloadShownPage()
{
    if (!m_db)
        return;
    // Never underneath an open editor: its caller reloads after it, or we try again.
    if (QApplication::activeModalWidget() || QApplication::activePopupWidget()) {
        m_changeTimer->start();
        return;
    }
    const int page = m_pages->currentIndex();
    if (!m_stalePages.remove(page))
        return;
    switch (static_cast<Page>(page)) {
    case EmployeesPage:
        m_units->reload();
        m_list->refresh();
        m_detail->refresh();
        updateActions();
        break;
    case PeriodsPageIndex:
        m_periods->reload();
        break;
    case AppraisalsPageIndex:
        m_appraisals->reloadPeriods(m_appraisals->periodId());
        break;
    case SchemesPageIndex:
        m_schemes->reload();
        break;
    case ChartsPageIndex:
        m_charts->reload();
        break;
    }
}

} // namespace kinerja::ui
