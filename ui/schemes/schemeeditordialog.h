#pragma once

#include "appraisal/schemedefinition.h"

#include <QDialog>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace kinerja {
class Database;
}

namespace kinerja::ui {

class DistributionEditor;
class FieldMessage;

// Edits a scheme's definition. For PermenPANRB 6/2022: the perilaku suggestion and
// the distribution pattern's rules. For a weighted scheme: the indicators with their
// weights (in percent with up to 2 decimals, kept as basis points so 0.75% stays
// exact), scale, target, rater-source weights and the missing-part policy; the
// total is shown live and must be exactly 100% before Save is possible. Editing a
// version that appraisals already use (frozen) saves a new version, and says so.
class SchemeEditorDialog : public QDialog {
    Q_OBJECT
public:
    // The result when the user chose to reload after a conflict: the opener shows a new
    // editor on the scheme as it is now.
    static constexpr int ReloadRequested = 2;

    // schemeId 0: a new scheme from `definition`. `rowVersion`: SchemeInfo::rowVersion as
    // read before `definition` was loaded (a save is refused when the scheme moved on).
    SchemeEditorDialog(Database &db, qint64 schemeId, int rowVersion,
                       const SchemeDefinition &definition, QWidget *parent = nullptr);

    // The definition as typed; an error (naming the field) when it is not valid.
    Status definition(SchemeDefinition *out) const;
    qint64 savedVersionId() const { return m_savedVersionId; }
    qint64 savedSchemeId() const { return m_schemeId; }
    void accept() override;

private:
    void addIndicatorRow(const WeightedIndicator &ind);
    void revalidate();
    QLineEdit *cellEdit(int row, int column) const;

    Database &m_db;
    qint64 m_schemeId;
    int m_rowVersion;
    SchemeDefinition m_original;
    QLineEdit *m_name;
    QLabel *m_frozen;
    QSpinBox *m_minDiAtas = nullptr;
    DistributionEditor *m_distribution = nullptr;
    QComboBox *m_pp30Weighting = nullptr;
    QComboBox *m_policy = nullptr;
    QTableWidget *m_indicators = nullptr;
    QLabel *m_sum = nullptr;
    QTableWidget *m_bands;
    QLineEdit *m_note;
    FieldMessage *m_message;
    QPushButton *m_save;
    qint64 m_savedVersionId = 0;
};

} // namespace kinerja::ui
