#pragma once

#include "storage/audittrail.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace kinerja::ui {

// A bar at the top of the main window when the audit trail's quick check at open failed:
// names the first broken entry and what is wrong, suggests `kinerja-cli audit verify`,
// and offers the audit view (Detail). It never blocks work: it can be closed.
class AuditWarningBar : public QFrame {
    Q_OBJECT
public:
    explicit AuditWarningBar(QWidget *parent = nullptr);

    // Shows the bar for a failed check (hidden when `result.ok`).
    void showResult(const AuditVerification &result);
    // Shows the bar for a check that could not run.
    void showError(const QString &message);
    QString text() const;
    // Whether Detail opens the audit view (only for who may read it).
    void setDetailAllowed(bool allowed);

signals:
    void detailRequested();

private:
    QLabel *m_text;
    QPushButton *m_detail;
    QPushButton *m_close;
};

} // namespace kinerja::ui
