#pragma once

#include "appraisal/appraisal.h"
#include "appraisal/schemedefinition.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace kinerja {
class Database;
}

namespace kinerja::ui {

class FieldMessage;

// Peer ratings of a weighted appraisal: one row per colleague, one column per
// indicator the peers rate, and "Hide name" per colleague (the name then never
// shows on the form, the explanation or the printouts). The HR officer types
// what each colleague gave; the scheme averages them.
class PeerRatingsTable : public QWidget {
    Q_OBJECT
public:
    explicit PeerRatingsTable(QWidget *parent = nullptr);

    // The picker of "Add colleague…" searches `db`, leaving out the appraised employee.
    void setDatabase(Database *db, qint64 employeeId);
    // `ratings` may hold any source; only peer ratings are shown. Hidden raters
    // must come with their id (loaded with revealHidden) so they can be edited.
    void setContent(const WeightedTemplate &weighted, const QVector<WeightedEntry> &ratings);
    void setReadOnly(bool on);
    bool hasPeerIndicators() const { return !m_indicators.isEmpty(); }

    // Adds a row for a colleague (no-op when present or the appraised employee).
    void addPeer(qint64 raterId, const QString &name);
    void removeCurrentPeer();

    QString validate() const;
    QVector<WeightedEntry> entries() const; // typed cells, with the row's Hide name
    QVector<WeightedEntry> cleared() const; // loaded ratings whose cell or row is gone

signals:
    void changed();

private:
    QString cellError(int row, int column) const;
    void updateNames();
    void choosePeer();

    Database *m_db = nullptr;
    qint64 m_employeeId = 0;
    QVector<WeightedIndicator> m_indicators; // those the peers rate
    QVector<WeightedEntry> m_loaded;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    FieldMessage *m_message;
    bool m_filling = false;
    bool m_readOnly = false;
};

} // namespace kinerja::ui
