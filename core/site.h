#pragma once
// One radio installation of one technology on one structure: what operators list
// as a "site" in their 4G or 5G inventories. Several rows may share a tower_id
// (co-location: other operators, or a 5G carrier added to a 4G tower).

#include <string>
#include <vector>

#include "core/geometry.h"

namespace covplan::core {

enum class Technology { Lte4G, Nr5G };
enum class SiteStatus { Existing, Proposed };

struct Site {
    std::string site_id;   //!< unique within the plan
    std::string tower_id;  //!< physical structure; equals site_id when not given
    std::string name;
    std::string operator_name;
    Technology technology = Technology::Lte4G;
    std::string band;  //!< operator band label, e.g. "B3", "n78"; may be empty
    double freq_mhz = 1800.0;
    double bandwidth_mhz = 20.0;
    double height_m = 30.0;            //!< antenna height above ground
    std::vector<double> azimuths_deg;  //!< one per sector, clockwise from grid north; empty = omni
    double mech_tilt_deg = 0.0;        //!< positive = down
    double elec_tilt_deg = 0.0;        //!< positive = down
    double power_dbm = 43.0;      //!< per port (LTE) / per AAU (NR); see RadioTemplate::power_dbm
    double feeder_loss_db = 0.0;  //!< between the radio and the antenna
    //! Built-in name (3gpp, panel, aau, omni) or an MSI/Planet file path relative to
    //! the project; empty = the TR 38.901 parametric element.
    std::string antenna_model;
    //! Overrides the project's propagation model for this site (auto, fspl, hata,
    //! cost231, tr38901); empty = the project's.
    std::string propagation_model;
    SiteStatus status = SiteStatus::Existing;
    Point location;  //!< working CRS
};

[[nodiscard]] const char* technology_name(Technology tech);  // "4G" / "5G"
[[nodiscard]] const char* status_name(SiteStatus status);    // "existing" / "proposed"

}  // namespace covplan::core
