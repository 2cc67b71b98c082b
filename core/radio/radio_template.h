#pragma once
// Radio templates: what a site of one technology and band carries when an
// inventory leaves values out, and what a new or upgraded 5G site gets. One table
// per project (PlanSettings::radio_templates), read by import, "Add 5G site",
// `suggest`, the upgrade ranking and co-location alike, so an imported on-air site
// and a proposal of the same band are modelled the same way.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/geometry.h"
#include "core/site.h"

namespace covplan::core {

struct RadioTemplate {
    std::string id;  //!< e.g. "lte-b3", "nr-n78"; the settings keys are radio.<id>.<field>
    Technology technology = Technology::Lte4G;
    std::string band;  //!< operator band label ("B3", "n78")
    double freq_mhz = 1842.5;
    double bandwidth_mhz = 20.0;
    //! Power the reference signal is spread from: per antenna port for LTE (RSRP is
    //! measured per port), the whole active antenna unit for NR (SSB EPRE).
    double power_dbm = 46.0;
    std::string antenna_model = "panel";         //!< for sectors (sites with azimuths)
    std::string omni_antenna_model = "omni-11";  //!< for sites without azimuths
    double feeder_loss_db = 0.5;
    double elec_tilt_deg = 4.0;
    double mech_tilt_deg = 0.0;
    double height_m = 30.0;  //!< new sites only (an upgrade keeps the tower's)
    std::vector<double> azimuths_deg = {0.0, 120.0, 240.0};  //!< new sites only
};

//! Vietnamese macro sites, 2024–2025 (see README "Radio templates" for sources):
//! LTE B3/B1/B8 2T2R RRU 2 x 40 W behind a 17 dBi 65° panel, 0.5 dB jumper; NR n78
//! and n41 64T64R AAU 200 W, 24 dBi broadcast-beam envelope, no feeder.
[[nodiscard]] std::vector<RadioTemplate> default_radio_templates();

//! The row for a site: same technology and band label, else same technology and the
//! nearest frequency, else the first row of the technology. Null if none.
[[nodiscard]] const RadioTemplate* find_radio_template(const std::vector<RadioTemplate>& rows,
                                                       Technology technology, std::string_view band,
                                                       std::optional<double> freq_mhz);
[[nodiscard]] const RadioTemplate* find_radio_template(const std::vector<RadioTemplate>& rows,
                                                       std::string_view id);

//! Range checks of one row ("radio template nr-n78: power_dbm 90 is outside 0–70 dBm").
[[nodiscard]] std::optional<std::string> radio_template_error(const RadioTemplate& t);

//! The 5G row an existing site's tower would carry: same place, height and azimuths
//! (an omni tower stays omni), the template's radio. Proposed; id "<tower>-5G".
[[nodiscard]] Site upgrade_to_5g(const Site& tower_site, const RadioTemplate& t);
//! A new 5G site at `location` with the template's height and azimuths.
[[nodiscard]] Site new_5g_site(const std::string& id, const Point& location,
                               const RadioTemplate& t);

}  // namespace covplan::core
