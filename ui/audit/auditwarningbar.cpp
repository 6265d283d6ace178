#include "auditwarningbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace kinerja::ui {

AuditWarningBar::AuditWarningBar(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_detail(new QPushButton(tr("&Detail…"), this)),
      m_close(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("auditWarningBar"));
    m_text->setObjectName(QStringLiteral("auditWarningText"));
    m_detail->setObjectName(QStringLiteral("auditWarningDetail"));
    m_close->setObjectName(QStringLiteral("auditWarningDismiss"));
    setStyleSheet(QStringLiteral("#auditWarningBar { background: #fde7e9; border: 1px solid "
                                 "#d13438; border-radius: 3px; } #auditWarningText { color: "
                                 "#5c0000; }"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_detail);
    layout->addWidget(m_close);
    connect(m_detail, &QPushButton::clicked, this, &AuditWarningBar::detailRequested);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void AuditWarningBar::showResult(const AuditVerification &result)
{
    if (result.ok) {
        hide();
        return;
    }
    const QString advice = tr("Someone may have changed the data outside Kinerja. Run "
                              "“kinerja-cli audit verify” for the full check. You can keep "
                              "working.");
    // Entry 0: the trail itself is fine but something around it is not (a trigger dropped).
    m_text->setText(result.firstBrokenId != 0
                        ? tr("The audit trail of this database does not hold: entry %1 is the "
                             "first broken one (%2). %3")
                              .arg(result.firstBrokenId)
                              .arg(result.problem, advice)
                        : tr("The audit trail of this database does not hold: %1. %2")
                              .arg(result.problem, advice));
    show();
}

void AuditWarningBar::showError(const QString &message)
{
    m_text->setText(tr("The audit trail could not be checked: %1").arg(message));
    show();
}

QString AuditWarningBar::text() const
{
    return m_text->text();
}

void AuditWarningBar::setDetailAllowed(bool allowed)
{
    m_detail->setVisible(allowed);
}

} // namespace kinerja::ui
