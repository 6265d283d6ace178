#pragma once

#include "domain/employee.h"

#include <QVector>
#include <Qt>

namespace kinerja {

class Database;

struct EmployeeFilter {
    QVector<qint64> unitIds; // empty = every unit
    QString text;            // each word must occur in name, NIP or jabatan
    bool includeInactive = false;
};

enum class EmployeeColumn { Nip = 0, Name, Jabatan, Grade, Unit, State };

// What the employee table shows of one row.
struct EmployeeRow {
    qint64 id = 0;
    QString nip;
    QString fullName; // with gelar
    QString name;     // without, and the gelar apart (exports that import again)
    QString gelarDepan;
    QString gelarBelakang;
    QString jabatan;
    EmployeeStatus status = EmployeeStatus::Pns;
    int grade = 0;
    JabatanKind jabatanKind = JabatanKind::Pelaksana;
    Jenjang jenjang = Jenjang::None;
    qint64 unitId = 0;
    QString unitName;
    QString atasanNip; // empty = no atasan
    EmploymentState state = EmploymentState::Aktif;
};

// Read side of the employee list, shaped for lazy views: ids() answers a
// filter with ids only; rows() fetches the display data of a few ids.
class EmployeeListQuery {
public:
    explicit EmployeeListQuery(Database &db) : m_db(db) {}

    QVector<qint64> ids(const EmployeeFilter &filter, EmployeeColumn sortBy,
                        Qt::SortOrder order) const;
    // Rows in the order of `ids`; ids no longer present are skipped.
    QVector<EmployeeRow> rows(const QVector<qint64> &ids) const;

    struct Counts {
        int active = 0;
        int inactive = 0;
    };
    Counts counts(const EmployeeFilter &filter) const;

    // What the live filter needs of each employee in scope (see EmployeeSearch).
    struct SearchEntry {
        qint64 id = 0;
        bool active = true;
        QString text; // lower-case name, gelar, NIP and jabatan
    };
    QVector<SearchEntry> searchEntries(const EmployeeFilter &scope, EmployeeColumn sortBy,
                                       Qt::SortOrder order) const;

private:
    Database &m_db;
};

} // namespace kinerja
