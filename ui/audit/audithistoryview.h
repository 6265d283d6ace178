#pragma once

#include "storage/audittrail.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace kinerja::ui {

// The history of one appraisal or one employee from the audit trail ("Riwayat
// perubahan"): one line per change, newest first, in the UI language. Shows the newest
// kPage entries; "Show older" fetches the next page.
class AuditHistoryView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kPage = 200;

    explicit AuditHistoryView(QWidget *parent = nullptr);

    // `filter` names the appraisal (appraisalId) or the employee (employeeId); db may be
    // null (nothing shown).
    void setSource(Database *db, const AuditFilter &filter);
    // Reads the newest entries again (after a save).
    void reload();
    // The lines shown, for tests.
    QStringList lines() const;

private:
    void fetch(bool more);

    Database *m_db = nullptr;
    AuditFilter m_filter;
    qint64 m_oldestId = 0;
    QListWidget *m_list;
    QLabel *m_note;
    QPushButton *m_more;
};

} // namespace kinerja::ui
