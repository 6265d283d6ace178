#pragma once

#include "appraisal/appraisal.h"
#include "appraisal/schemedefinition.h"

#include <QDialog>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace kinerja {
class Database;
}

namespace kinerja::ui {

class AuditHistoryView;
class FeedbackEditor;
class HasilKerjaEditor;
class NumericEditor;
class PerilakuEditor;
class ResultPanel;
class WeightedEditor;

// The appraisal form of one employee for one period, with tabs by scheme:
// PermenPANRB 6/2022 "Hasil Kerja", "Perilaku", "Umpan Balik"; PP 46 / PP 30
// their kegiatan / capaian and perilaku aspects; weighted schemes their ratings;
// always "Hasil & Penjelasan" (explain this score), "Riwayat" (the workflow log) and
// "Riwayat perubahan" (every change, from the audit trail).
// Workflow buttons: Submit (Diajukan), Rate (Dinilai), Finalize (Final, asks),
// Reopen (asks for a reason). A Final appraisal or one of a closed period opens
// read-only with a banner saying why.
class AppraisalDialog : public QDialog {
    Q_OBJECT
public:
    AppraisalDialog(Database &db, qint64 appraisalId, QWidget *parent = nullptr);

    qint64 appraisalId() const { return m_id; }
    bool isReadOnly() const { return m_readOnly; }
    bool isDirty() const { return m_dirty; }
    const Appraisal &appraisal() const { return m_appraisal; }

    // Stores every tab; false (with the reason shown) when refused or invalid.
    bool save();
    void submit();
    void rate();
    void finalize();
    void reopen();

signals:
    // Something was stored: the list behind the dialog should refresh.
    void changed();

protected:
    void reject() override;

private:
    void buildTabs();
    void load();
    void loadResult();
    void setDirty(bool dirty);
    void updateWorkflow();
    Status saveContent();
    // Someone else saved (or deleted) the appraisal first: reload, or keep the edits.
    void resolveConflict(const QString &message);
    // Saves when needed, then runs `step`; reloads and reports.
    void runStep(const QString &title, const std::function<Status()> &step, bool saveFirst);
    void objectionStep(const QString &title, const std::function<Status()> &step);

    Database &m_db;
    qint64 m_id;
    Appraisal m_appraisal;
    SchemeDefinition m_scheme;
    bool m_readOnly = false;
    bool m_dirty = false;
    bool m_loading = false;

    QLabel *m_header;
    QLabel *m_banner;
    QTabWidget *m_tabs;
    HasilKerjaEditor *m_hasil = nullptr;
    PerilakuEditor *m_perilaku = nullptr;
    NumericEditor *m_numeric = nullptr;
    WeightedEditor *m_weighted = nullptr;
    FeedbackEditor *m_feedback = nullptr;
    ResultPanel *m_result = nullptr;
    QListWidget *m_log = nullptr;
    AuditHistoryView *m_changes = nullptr;
    QLabel *m_state;
    QPushButton *m_save;
    QPushButton *m_submit;
    QPushButton *m_rate;
    QPushButton *m_finalize;
    QPushButton *m_reopen;
    QPushButton *m_close;
};

} // namespace kinerja::ui
