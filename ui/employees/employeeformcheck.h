#pragma once

#include "domain/employee.h"

#include <QHash>
#include <QString>

namespace kinerja::ui {

// Every field problem of an employee being edited, not just the first one:
// EmployeeRules::validate() stops at the first fault, so the check repeats it
// with each faulty field replaced by a harmless value. The messages are the
// domain's own, keyed by its field names ("nip", "name", "grade", ...).
class EmployeeFormCheck {
public:
    static QHash<QString, QString> fieldErrors(const Employee &e);
};

} // namespace kinerja::ui
