#pragma once

#include "scoring/distribution.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace kinerja::ui {

// Edits the distribution patterns of SE MenPANRB 3/2023 as data (they change by
// circular): one row per rule — the organisation's predikat it belongs to, the
// employee predikats it counts together, "at least %", "at most %" and whether
// some must be present. "Restore the circular" brings back the defaults.
class DistributionEditor : public QWidget {
    Q_OBJECT
public:
    explicit DistributionEditor(QWidget *parent = nullptr);

    void setPatterns(const QVector<DistributionPattern> &patterns);
    // The rules as typed, grouped by organisation predikat (best first); *error set
    // (naming the row) when a cell is not a whole percentage or the rules conflict.
    QVector<DistributionPattern> patterns(QString *error) const;

signals:
    void changed();

private:
    void addRow(OrganisationPredikat organisation, const DistributionQuota &quota);

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_restore;
    bool m_filling = false;
};

} // namespace kinerja::ui
