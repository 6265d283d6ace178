#include "audithistoryview.h"

#include "audit/auditnames.h"
#include "reports/auditdescription.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace kinerja::ui {

AuditHistoryView::AuditHistoryView(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_note(new QLabel(this)),
      m_more(new QPushButton(tr("Show &older changes"), this))
{
    setObjectName(QStringLiteral("auditHistoryView"));
    m_list->setObjectName(QStringLiteral("auditHistoryList"));
    m_note->setObjectName(QStringLiteral("auditHistoryNote"));
    m_more->setObjectName(QStringLiteral("auditHistoryMore"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_note->setWordWrap(true);
    m_note->hide();
    m_more->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_more, 0, Qt::AlignLeft);
    connect(m_more, &QPushButton::clicked, this, [this] { fetch(true); });
}

void AuditHistoryView::setSource(Database *db, const AuditFilter &filter)
{
    m_db = db;
    m_filter = filter;
    reload();
}

void AuditHistoryView::reload()
{
    fetch(false);
}

QStringList AuditHistoryView::lines() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}

void AuditHistoryView::fetch(bool more)
{
    if (!more) {
        m_list->clear();
        m_oldestId = 0;
    }
    m_note->hide();
    m_more->hide();
    if (!m_db)
        return;
    AuditFilter filter = m_filter;
    filter.limit = kPage;
    filter.beforeId = more ? m_oldestId : 0;
    QList<AuditEntry> entries;
    const Status s = AuditTrail(*m_db).entries(filter, &entries);
    if (!s) {
        m_note->setText(s.message());
        m_note->show();
        return;
    }
    const reports::AuditDescription describe(auditNames(*m_db));
    for (const AuditEntry &e : std::as_const(entries)) {
        for (const QString &line : describe.lines(e))
            m_list->addItem(line);
        m_oldestId = e.id;
    }
    if (!more && entries.isEmpty()) {
        m_note->setText(tr("No changes recorded yet."));
        m_note->show();
    }
    m_more->setVisible(entries.size() == kPage);
}

} // namespace kinerja::ui
