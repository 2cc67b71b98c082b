#pragma once
// What an upgrade or a new site puts on a tower: the 5G radio of the plan.

#include <string>
#include <vector>

#include "core/site.h"

namespace covplan::core {

struct Nr5GTemplate {
    std::string band = "n78";
    double freq_mhz = 3550.0;
    double bandwidth_mhz = 100.0;
    double power_dbm = 53.0;
    std::string antenna_model = "aau";
    double elec_tilt_deg = 3.0;
    double new_site_height_m = 30.0;
    std::vector<double> new_site_azimuths_deg = {0.0, 120.0, 240.0};
};

//! The 5G row an existing 4G site's tower would carry: same place, height and
//! azimuths, the template's radio. Proposed status; id "<tower>-5G".
[[nodiscard]] Site upgrade_to_5g(const Site& lte_site, const Nr5GTemplate& t);
//! A new 5G site at `location`.
[[nodiscard]] Site new_5g_site(const std::string& id, const Point& location, const Nr5GTemplate& t);

}  // namespace covplan::core
