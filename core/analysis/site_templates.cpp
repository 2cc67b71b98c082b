#include "core/analysis/site_templates.h"

namespace covplan::core {

namespace {
void apply_radio(Site& s, const Nr5GTemplate& t) {
    s.technology = Technology::Nr5G;
    s.band = t.band;
    s.freq_mhz = t.freq_mhz;
    s.bandwidth_mhz = t.bandwidth_mhz;
    s.power_dbm = t.power_dbm;
    s.antenna_model = t.antenna_model;
    s.mech_tilt_deg = 0.0;
    s.elec_tilt_deg = t.elec_tilt_deg;
    s.propagation_model.clear();
    s.status = SiteStatus::Proposed;
}
}  // namespace

Site upgrade_to_5g(const Site& s, const Nr5GTemplate& t) {
    Site u = s;
    u.site_id = s.tower_id + "-5G";
    apply_radio(u, t);
    return u;
}

Site new_5g_site(const std::string& id, const Point& location, const Nr5GTemplate& t) {
    Site s;
    s.site_id = id;
    s.tower_id = id;
    s.name = id;
    apply_radio(s, t);
    s.height_m = t.new_site_height_m;
    s.azimuths_deg = t.new_site_azimuths_deg;
    s.location = location;
    return s;
}

}  // namespace covplan::core
