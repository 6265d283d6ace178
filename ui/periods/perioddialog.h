#pragma once

#include "scoring/period.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace kinerja {
class Database;
}

namespace kinerja::ui {

class FieldMessage;

// Creates an appraisal period: kind + year + number give the canonical code
// ("2026-Q1"), shown as it is typed; the scheme version its appraisals get.
class PeriodDialog : public QDialog {
    Q_OBJECT
public:
    explicit PeriodDialog(Database &db, QWidget *parent = nullptr);

    Period period() const;
    qint64 createdId() const { return m_createdId; }
    void accept() override;

private:
    void kindChanged();
    void updatePreview();

    Database &m_db;
    QComboBox *m_kind;
    QSpinBox *m_year;
    QSpinBox *m_number;
    QLabel *m_numberLabel;
    QLabel *m_code;
    FieldMessage *m_codeMessage;
    QComboBox *m_scheme;
    QDialogButtonBox *m_buttons;
    qint64 m_createdId = 0;
};

} // namespace kinerja::ui
