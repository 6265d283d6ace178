// MainWindow: the audit trail — Tools → Audit trail… and the quick check when a database
// opens, whose failure shows a warning bar over the pages without blocking work.
#include "shell/mainwindow.h"

#include "audit/auditview.h"
#include "audit/auditwarningbar.h"
#include "storage/audittrail.h"
#include "storage/database.h"

#include <QAction>

namespace kinerja::ui {

void MainWindow::checkAuditTrail()
{
    m_firstBrokenId = 0;
    m_auditWarning->hide();
    if (!m_db)
        return;
    AuditVerification result;
    const Status s = AuditTrail(*m_db).quickCheck(&result);
    if (!s) {
        // Who may not read the trail cannot check it either: nothing to tell them.
        if (m_mayReadAudit)
            m_auditWarning->showError(s.message());
        return;
    }
    m_firstBrokenId = result.firstBrokenId;
    m_auditWarning->showResult(result);
}

void MainWindow::setMayReadAuditTrail(bool allowed)
{
    m_mayReadAudit = allowed;
    if (QAction *a = action(QStringLiteral("actionAuditTrail")))
        a->setVisible(allowed);
    m_auditWarning->setDetailAllowed(allowed);
    checkAuditTrail();
}

void MainWindow::showAuditTrail(qint64 firstBrokenId)
{
    if (!m_db || !m_mayReadAudit)
        return;
    auto *view = new AuditView(*m_db, this);
    view->setAttribute(Qt::WA_DeleteOnClose);
    if (firstBrokenId != 0)
        view->selectEntry(firstBrokenId);
    view->show();
}

} // namespace kinerja::ui
