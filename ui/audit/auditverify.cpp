// AuditView: the integrity check of the whole trail, behind a progress dialog.
#include "auditview.h"

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>

namespace kinerja::ui {

void AuditView::verifyIntegrity()
{
    QProgressDialog progress(tr("Checking the audit trail…"), tr("Cancel"), 0, 100, this);
    progress.setObjectName(QStringLiteral("auditVerifyProgress"));
    progress.setWindowTitle(tr("Check integrity"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setValue(0);
    m_verify->setEnabled(false);
    AuditVerification result;
    bool cancelled = false;
    const Status s =
        AuditTrail(m_db).verify(&result, [&progress, &cancelled](qint64 done, qint64 total) {
            progress.setMaximum(100);
            progress.setValue(total > 0 ? static_cast<int>(done * 100 / total) : 0);
            progress.setLabelText(tr("Checking the audit trail: %1 of %2 entries…")
                                      .arg(QLocale().toString(done), QLocale().toString(total)));
            QApplication::processEvents();
            cancelled = progress.wasCanceled();
            return !cancelled;
        });
    progress.reset();
    m_verify->setEnabled(true);
    QString text;
    QString style;
    if (cancelled) {
        text = tr("The check was cancelled; nothing was concluded.");
    } else if (!s) {
        text = tr("The check could not run: %1").arg(s.message());
        style = QStringLiteral("color: #a00000;");
    } else if (result.ok) {
        text = tr("The audit trail is intact: %1 entries checked.")
                   .arg(QLocale().toString(result.entries));
        if (!result.rowsChecked)
            text += QLatin1Char(' ') +
                    tr("The records themselves were not compared with it: only the database "
                       "owner sees them all (kinerja-cli audit verify as the owner).");
        style = QStringLiteral("color: #006000;");
    } else {
        text = result.firstBrokenId != 0
                   ? tr("The audit trail has been tampered with: entry %1 is the first broken "
                        "one (%2). Changes from there on cannot be trusted.")
                         .arg(result.firstBrokenId)
                         .arg(result.problem)
                   : tr("The audit trail has been tampered with: %1.").arg(result.problem);
        style = QStringLiteral("color: #a00000; font-weight: bold;");
        selectEntry(result.firstBrokenId);
    }
    m_verifyResult->setStyleSheet(style);
    m_verifyResult->setText(text);
    m_verifyResult->show();
}

} // namespace kinerja::ui
