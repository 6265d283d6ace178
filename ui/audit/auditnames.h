#pragma once

#include "reports/auditdescription.h"

namespace kinerja {
class Database;
}

namespace kinerja::ui {

// Names for the references an audit entry holds (units, employees), looked up once each
// and kept while the resolver lives.
reports::AuditDescription::Resolver auditNames(Database &db);

} // namespace kinerja::ui
