#include "agencysettings.h"

#include "storage/settingrepository.h"

namespace kinerja::reports {

AgencyHeader agencyHeader(Database &db)
{
    const AgencySettings s = SettingRepository(db).agency();
    AgencyHeader h;
    h.name = s.name;
    h.parent = s.parent;
    h.place = s.place;
    h.logo = s.logo;
    return h;
}

} // namespace kinerja::reports
