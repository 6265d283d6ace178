#pragma once

#include "appraisal/appraisalscorer.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QTableWidget;

namespace kinerja::ui {

// The "Hasil & Penjelasan" tab: the predikat and score, and "explain this score":
// every step with its formula, value and the rule's source, and what is missing
// while the appraisal is incomplete (then no score at all, never a made-up one).
class ResultPanel : public QWidget {
    Q_OBJECT
public:
    explicit ResultPanel(QWidget *parent = nullptr);

    void setResult(const AppraisalResult &result, const QString &schemeText);
    // A note that unsaved edits are not in the result yet.
    void setStale(bool stale);

private:
    QLabel *m_predikat;
    QLabel *m_score;
    QLabel *m_scheme;
    QLabel *m_stale;
    QTableWidget *m_steps;
    QLabel *m_missingTitle;
    QListWidget *m_missing;
};

} // namespace kinerja::ui
