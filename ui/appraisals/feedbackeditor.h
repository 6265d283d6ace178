#pragma once

#include "appraisal/appraisal.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace kinerja::ui {

// The "Umpan Balik" tab: the pejabat penilai's rating hasil kerja and rating
// perilaku (PermenPANRB; the predikat they give is previewed from the 3×3 matrix),
// the employee's self-assessment, the rekomendasi pengembangan kompetensi, and the
// keberatan (objection, explanation, the atasan's decision).
class FeedbackEditor : public QWidget {
    Q_OBJECT
public:
    explicit FeedbackEditor(QWidget *parent = nullptr);

    void setAppraisal(const Appraisal &a);
    void setObjection(const std::optional<Objection> &objection, bool canAct);
    void setReadOnly(bool on);
    // A unit head's rating hasil kerja follows the unit's capaian (SE MenPANRB 3/2023):
    // `text` explains it, "Use it" sets `rating`. Empty text hides the note.
    void setUnitHeadRule(const QString &text, std::optional<Rating> rating);

    std::optional<Rating> ratingHasil() const;
    std::optional<Rating> ratingPerilaku() const;
    std::optional<Rating> selfHasil() const;
    std::optional<Rating> selfPerilaku() const;
    QString rekomendasi() const;
    CompetencyCategory competency() const;

signals:
    void changed();
    void fileObjection(const QString &text);
    void explainObjection(const QString &text);
    void decideObjection(ObjectionDecision decision, const QString &text);

private:
    void updatePreview();
    void updateHeadRule();

    QGroupBox *m_ratingsBox;
    QComboBox *m_hasil;
    QComboBox *m_perilaku;
    QLabel *m_preview;
    QLabel *m_headRule;
    QPushButton *m_useHeadRule;
    std::optional<Rating> m_headRating;
    QGroupBox *m_selfBox;
    QComboBox *m_selfHasil;
    QComboBox *m_selfPerilaku;
    QPlainTextEdit *m_rekomendasi;
    QComboBox *m_competency;
    QLabel *m_objectionState;
    QPlainTextEdit *m_objection;
    QPlainTextEdit *m_explanation;
    QComboBox *m_decision;
    QPlainTextEdit *m_decisionText;
    QPushButton *m_file;
    QPushButton *m_explain;
    QPushButton *m_decide;
};

} // namespace kinerja::ui
