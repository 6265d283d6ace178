#pragma once

#include "employeelistquery.h"

#include <QString>
#include <QVector>

namespace kinerja {

class Database;

// The live filter of the employee list. Typing must answer within a frame
// (16 ms) at 50,000 employees, faster than SQLite can scan the table per
// keystroke, so the candidates of the current scope (unit set and sort order)
// are read once — id, state and search text only, not the display rows — and
// each keystroke filters them in memory. The candidates are read again when
// the scope changes or the database content changed.
class EmployeeSearch {
public:
    explicit EmployeeSearch(Database &db) : m_db(db) {}

    struct Result {
        QVector<qint64> ids;              // in sort order
        EmployeeListQuery::Counts counts; // matches, active and inactive
    };
    Result run(const EmployeeFilter &filter, EmployeeColumn sortBy, Qt::SortOrder order);
    // Forget the candidates (e.g. after another database was opened).
    void invalidate() { m_loaded = false; }
    // Told that the employees may have changed. A file's change stamp sees every change by
    // itself; a server has no such cheap stamp, so there the candidates are read anew.
    void changed();

private:
    struct Candidate {
        qint64 id;
        bool active;
        QString text;
    };
    qint64 changeStamp() const;
    void load(const EmployeeFilter &filter, EmployeeColumn sortBy, Qt::SortOrder order);

    Database &m_db;
    bool m_loaded = false;
    QVector<qint64> m_unitIds;
    EmployeeColumn m_sortBy = EmployeeColumn::Name;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    qint64 m_stamp = -1;
    QString m_connection; // a reopened Database gets a new connection
    QVector<Candidate> m_candidates;
};

} // namespace kinerja
