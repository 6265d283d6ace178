#pragma once

#include "reports/agency.h"

namespace kinerja {
class Database;
}

namespace kinerja::reports {

// The agency header as the database's settings have it (File ▸ Agency in the GUI).
AgencyHeader agencyHeader(Database &db);

} // namespace kinerja::reports
