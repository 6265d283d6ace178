// MainWindow: who works, and what the window offers them. The server enforces the same
// rights itself (GRANTs, row-level security); hiding is for the person, not for safety.
#include "shell/mainwindow.h"

#include "accounts/accountsdialog.h"
#include "audit/auditwarningbar.h"
#include "common/messagebox.h"
#include "shell/idlelock.h"
#include "shell/sessionsource.h"
#include "storage/database.h"

#include <QAction>
#include <QPushButton>
#include <QStatusBar>

namespace kinerja::ui {

void MainWindow::loadSession()
{
    Session session;
    if (m_db) {
        if (const Status s = SessionSource::load(*m_db, &session); !s)
            statusBar()->showMessage(
                tr("Your account could not be read, so Kinerja offers reading only: %1")
                    .arg(s.message()));
    }
    setSession(session);
}

void MainWindow::setSession(const Session &session)
{
    m_session = session;
    m_mayReadAudit = session.mayReadAuditTrail();
    m_auditWarning->setDetailAllowed(m_mayReadAudit);
    m_idleLock->setDatabase(m_db.get(), m_session.login);
    updateTitle();
    updateActions(); // ends with applyRights()
}

void MainWindow::applyRights()
{
    const Session &s = m_session;
    const bool open = m_db != nullptr;
    const bool employees = s.mayEditEmployees();
    const bool periods = s.mayManagePeriods();
    const bool exchange = s.mayImportExport();
    const bool rate = s.mayRate();
    // Actions and the pages' own buttons, by what allows them.
    const struct {
        const char *name;
        bool allowed;
    } rights[] = {
        {"actionNewEmployee", employees},
        {"actionEditEmployee", employees},
        {"actionEmployeeState", employees},
        {"actionDeleteEmployee", employees},
        {"actionNewUnit", employees},
        {"actionRenameUnit", employees},
        {"actionMoveUnit", employees},
        {"actionSetUnitHead", employees},
        {"actionMergeUnit", employees},
        {"actionDeleteUnit", employees},
        {"actionImportEmployees", employees && exchange},
        {"actionImportAppraisals", exchange},
        {"actionImportIkm", exchange},
        {"actionExportAppraisals", exchange},
        {"actionNewPeriod", periods},
        {"actionClosePeriod", periods},
        {"actionAchievement", periods},
        {"actionCreateAppraisals", periods},
        {"actionCopyForward", rate},
        {"actionFinalizeAppraisals", rate},
        {"actionAgency", s.mayEditAgency()},
        {"actionAccounts", s.mayManageAccounts()},
        {"actionAuditTrail", m_mayReadAudit},
        {"newPeriodButton", periods},
        {"closePeriodButton", periods},
        {"reopenPeriodButton", periods},
        {"achievementButton", periods},
        {"newSchemeButton", s.mayEditSchemes()},
        {"editSchemeButton", s.mayEditSchemes()},
        {"createAppraisalsButton", periods},
        {"copyForwardButton", rate},
        {"finalizeManyButton", rate},
        {"exportAppraisalsButton", exchange},
    };
    // updateActions() enables these by the selection just before; the others only by right.
    static const QStringList contextual = {
        QStringLiteral("actionNewEmployee"),     QStringLiteral("actionEditEmployee"),
        QStringLiteral("actionEmployeeState"),   QStringLiteral("actionDeleteEmployee"),
        QStringLiteral("actionNewUnit"),         QStringLiteral("actionRenameUnit"),
        QStringLiteral("actionMoveUnit"),        QStringLiteral("actionSetUnitHead"),
        QStringLiteral("actionMergeUnit"),       QStringLiteral("actionDeleteUnit"),
        QStringLiteral("actionImportEmployees"), QStringLiteral("actionImportAppraisals"),
        QStringLiteral("actionImportIkm")};
    for (const auto &r : rights) {
        const QString name = QLatin1String(r.name);
        if (QAction *a = action(name)) {
            a->setVisible(r.allowed);
            // Disabled too, so that no shortcut reaches a hidden action.
            a->setEnabled(r.allowed && (contextual.contains(name) ? a->isEnabled() : open));
        } else if (auto *b = findChild<QPushButton *>(name)) {
            b->setVisible(r.allowed);
        }
    }
}

void MainWindow::showAccounts()
{
    if (!m_db || !m_session.mayManageAccounts())
        return;
    AccountsDialog dialog(*m_db, AccountStore::forDatabase(*m_db), this);
    dialog.exec();
}

} // namespace kinerja::ui
