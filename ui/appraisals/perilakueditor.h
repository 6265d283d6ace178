#pragma once

#include "appraisal/appraisal.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace kinerja::ui {

// The "Perilaku" tab: the seven BerAKHLAK values with their official indicators,
// the ekspektasi khusus pimpinan and umpan balik of each, and the rater's optional
// view of each value (which feeds the suggested rating perilaku, never decides it).
class PerilakuEditor : public QWidget {
    Q_OBJECT
public:
    explicit PerilakuEditor(QWidget *parent = nullptr);

    void setEntries(const QVector<PerilakuEntry> &entries);
    QVector<PerilakuEntry> entries() const;
    void setReadOnly(bool on);
    // "Suggested rating perilaku: …" under the values, from their assessments.
    void setSuggestion(const QString &text);

signals:
    void changed();

private:
    struct Row {
        QLineEdit *ekspektasi;
        QLineEdit *umpanBalik;
        QComboBox *assessment;
    };
    QVector<Row> m_rows;
    QLabel *m_suggestion;
};

} // namespace kinerja::ui
