#pragma once

// Internal: the snapshot of employees, raters and atasan raters as they were at a
// date, loaded set-based (one query per batch of people), and the prepared insert of
// new appraisals. Shared by AppraisalRepository::create and AppraisalBulk.

#include "appraisal/appraisal.h"

#include <QDate>
#include <QHash>
#include <QSqlQuery>

namespace kinerja {

class Database;

namespace detail {

struct PersonAt {
    PersonSnapshot person;
    bool hasPosition = false; // a riwayat entry on or before the date
    bool active = true;
    qint64 defaultRaterId = 0; // atasan, else the unit head, else the parent unit's head
};

class Snapshotter {
public:
    Snapshotter(Database &db, const QDate &at) : m_db(db), m_at(at) {}

    // Loads the people not loaded yet, with their position at the date.
    bool load(const QVector<qint64> &ids, QString *error);
    // Loads the employees, then their default raters, then the raters' raters.
    bool loadWithRaters(const QVector<qint64> &employeeIds, QString *error);
    const PersonAt *find(qint64 id) const;
    // The snapshot of `id`, or an empty one for 0 / unknown.
    PersonSnapshot person(qint64 id) const;
    // The default pejabat penilai of `employeeId`, never the employee.
    qint64 raterOf(qint64 employeeId) const;

private:
    Database &m_db;
    QDate m_at;
    QHash<qint64, PersonAt> m_people;
};

class AppraisalInserter {
public:
    AppraisalInserter(Database &db, qint64 periodId, qint64 schemeVersionId);
    bool insert(const PersonSnapshot &employee, const PersonSnapshot &rater,
                const PersonSnapshot &atasan, qint64 *id, QString *error);

private:
    QSqlQuery m_insert;
    qint64 m_periodId;
    qint64 m_schemeVersionId;
    QString m_now;
};

// Binds a person to the 8 columns *_id, *_name, *_nip, *_jabatan, *_status, *_grade,
// *_unit_id, *_unit_name (NULL ids and numbers for nobody).
void bindPerson(QSqlQuery &q, const PersonSnapshot &p);

} // namespace detail
} // namespace kinerja
