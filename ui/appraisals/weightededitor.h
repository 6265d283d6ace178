#pragma once

#include "appraisal/appraisal.h"
#include "appraisal/schemedefinition.h"

#include <QWidget>

class QTableWidget;

namespace kinerja {
class Database;
}

namespace kinerja::ui {

class FieldMessage;
class PeerRatingsTable;

// The content editor of a custom weighted scheme: one row per indicator and rater
// source (self, supervisor, public) with the raw value on the indicator's scale,
// and below it the peer ratings, one row per colleague.
class WeightedEditor : public QWidget {
    Q_OBJECT
public:
    explicit WeightedEditor(QWidget *parent = nullptr);

    // For choosing peers: the database and the appraised employee.
    void setDatabase(Database *db, qint64 employeeId);

    void setContent(const WeightedTemplate &weighted, const QVector<WeightedEntry> &ratings);
    void setReadOnly(bool on);
    QString validate() const;
    // The values typed (rows left empty are not in the list) and the rows cleared.
    QVector<WeightedEntry> entries() const;
    QVector<WeightedEntry> cleared() const;

signals:
    void changed();

private:
    QString rowError(int row) const;

    QTableWidget *m_table;
    PeerRatingsTable *m_peers;
    FieldMessage *m_message;
    QVector<WeightedEntry> m_loaded;
    bool m_filling = false;
};

} // namespace kinerja::ui
