#pragma once
// Model settings and the plan's targets. Defaults are the Long Mỹ ward plan
// 2025–2030; another ward changes them in its project.

#include <expected>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/document_heading.h"
#include "core/propagation/itm_settings.h"
#include "core/radio/radio_template.h"

namespace covplan::core {

struct PlanTargets {
    double ratio_5g_to_4g_sites = 0.5;  //!< 5G sites on air / 4G sites on air
    int ratio_target_year = 2026;
    double population_5g_share = 1.0;  //!< share of population covered by 5G
    int population_5g_target_year = 2030;
    double fiber_gigabit_share_interim = 0.5;  //!< users able to get > 1 Gb/s fixed
    int fiber_interim_year = 2026;
    double fiber_gigabit_share = 1.0;
    int fiber_target_year = 2030;
    //! The plan asks to double the average mobile download speed against 2024: the
    //! 2024 figure is the user's (a measurement campaign, Ookla/nPerf for the
    //! province); 0 = not entered, so the KPI is shown without a target.
    double download_baseline_2024_mbps = 0.0;
    double download_factor = 2.0;  //!< target = factor x baseline
    int download_target_year = 2030;
    //! The plan pushes tower sharing and underground cable without a number: 0 = no
    //! target (the share is shown alone) unless the user sets one.
    double shared_tower_share = 0.0;
    int shared_tower_target_year = 2030;
    double underground_fiber_share = 0.0;
    int underground_fiber_target_year = 2030;
};

struct PlanSettings {
    double resolution_m = 10.0;
    double rsrp_threshold_4g_dbm = -105.0;
    double rsrp_threshold_5g_dbm = -110.0;
    double sinr_floor_db = -1000.0;  //!< below any real value: no SINR floor by default
    double fiber_drop_reach_m = 200.0;
    double receiver_height_m = 1.5;
    //! auto (Okumura-Hata < 1500 MHz, COST-231 Hata to 2200 MHz, TR 38.901 above),
    //! fspl, hata, cost231, tr38901, itm (Longley-Rice over the DEM)
    std::string propagation_model = "auto";
    //! ITM's surface and statistics (itm.* keys); used by model itm and `covplan profile`.
    ItmSettings itm;
    double noise_figure_db = 7.0;
    //! With a DEM: Deygout knife-edge losses over terrain. Flat deltas (relief of a few
    //! metres, below the clutter) are better modelled without.
    bool terrain_diffraction = true;
    double interference_load = 1.0;
    std::string environment = "suburban";  //!< dense-urban, urban, suburban, rural
    //! Cells are evaluated only where they can reach this RSRP (below every threshold).
    double rsrp_floor_dbm = -140.0;
    double max_radius_m = 30000.0;  //!< hard cap on a cell's evaluation radius
    std::vector<RadioTemplate> radio_templates = default_radio_templates();
    std::string plan_5g_template = "nr-n78";  //!< the row new and upgraded 5G sites get
    //! The national CRS coordinates are read out in next to WGS 84 (status bar): the
    //! VN-2000 TM-3 zone of the province (gis/vn2000_zones.h); Cần Thơ and former Hậu
    //! Giang by default, "vn2000-tm3:soctrang" for former Sóc Trăng.
    std::string local_crs = "vn2000-tm3:cantho";
    //! Persons per household where a layer gives population but no households: 3.5,
    //! the national average of the 2019 Population and Housing Census (GSO, results
    //! released 11 July 2019: 96,208,984 persons in 26.9 million households).
    double household_size = 3.5;
    //! The language of reports, map sheets and KMZ when a command is not told one:
    //! "vi" (the plan's users; every project in Vietnam) or "en".
    std::string language = "vi";
    //! The Vietnamese report's heading and signature block (report.* keys).
    DocumentHeading document;
    PlanTargets targets;
};

using KeyValues = std::map<std::string, std::string>;

//! Flat key/value form for storage (project file, settings dialog).
[[nodiscard]] KeyValues settings_to_key_values(const PlanSettings& settings);
//! Unknown keys are ignored (newer files); a malformed number or a value out of its
//! range is an error naming the key. radio.<id>.<field> keys edit or add templates.
[[nodiscard]] std::expected<PlanSettings, std::string> settings_from_key_values(
    const KeyValues& values);

//! The fields of a radio template row as settings keys name them (radio.<id>.<field>).
[[nodiscard]] std::vector<std::string> radio_template_fields();

//! The range checks every front end applies (settings command, dialog, project load).
[[nodiscard]] std::optional<std::string> settings_error(const PlanSettings& settings);

//! The template new and upgraded 5G sites get (plan_5g_template; the first 5G row if
//! that id is missing; the built-in n78 row if the table has no 5G row).
[[nodiscard]] RadioTemplate plan_5g_template(const PlanSettings& settings);

}  // namespace covplan::core
