#pragma once

#include "orgplan.h"
#include "people.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace kinerja::demo {

// The later riwayat entry a person gets, if any.
enum class Change {
    None,
    Promotion,   // kenaikan pangkat (and jenjang, when the grade crosses into the next)
    Appointment, // CPNS appointed PNS after the probation year
    Transfer,    // mutasi from another unit of the same kind
};

struct Draft {
    Person person; // the position today; unit and atasan ids are set when writing
    int unit = -1; // index into OrgPlan::units
    bool head = false;
    Change change = Change::None;
    Employee initial; // the first riwayat position, when change != None
    int initialUnit = -1;
    QDate effective; // date of the change
    QString note;
};

// Everything the demo will write, decided in memory first so that the same seed
// always gives the same content. Heads come first (in unit order, parents
// before children), then the staff.
struct DemoDraft {
    OrgPlan plan;
    QVector<Draft> people;
    int changes = 0;
};

DemoDraft draftDemo(quint64 seed, int employees, const QDate &reference);

} // namespace kinerja::demo
