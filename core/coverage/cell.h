#pragma once
// A cell: one sector of one site row on one carrier, the unit the engine evaluates.

#include <memory>
#include <string>
#include <vector>

#include "core/antenna/antenna_pattern.h"
#include "core/coverage/coverage_options.h"
#include "core/coverage/radial_terrain.h"
#include "core/propagation/model_registry.h"
#include "core/site.h"

namespace covplan::core {

//! Path loss as a function of ground distance, fixed per cell: either a log-distance
//! law (L = a + b log10 d_km, the Hata family and free space) or a table over
//! log10(d) for models with breakpoints (TR 38.901), interpolated linearly.
struct DistanceLossLaw {
    bool log_law = true;
    double a_db = 0.0;
    double b_db_per_decade = 20.0;
    // Log law only: below 10^short_log10_m metres the model's short-range rule
    // (model_registry.h): mid_a + mid_b log10(d_m) down to 10^free_log10_m, free space
    // (free_a_db + 20 log10 d_m) below; the result never drops under free space.
    double short_log10_m = -1e9;
    double free_log10_m = -1e9;
    double mid_a_db = 0.0, mid_b_db_per_decade = 0.0;
    double free_a_db = -1e9;
    // Table: loss at log10(d_m) = log_d0 + i * log_step.
    double log_d0 = 0.0;
    double log_step = 0.001;
    std::vector<float> table;
    bool extrapolated = false;  //!< some distances or inputs are outside the model's range
    std::string model_name;     //!< e.g. "COST-231 Hata (COST 231 final report, 4.4.1), suburban"
    ModelSelection selection;   //!< model and variant, as `covplan pathloss` names them
    //! What is done below the model's minimum distance (registry text), empty if nothing.
    std::string below_min_distance;

    [[nodiscard]] double loss_db(double d_m) const;
    //! Every parameter: equal laws give equal losses (the engine's incremental path).
    bool operator==(const DistanceLossLaw&) const = default;
};

struct Cell {
    std::size_t site_index = 0;  //!< into the site list the cells were built from
    std::string id;              //!< "<site_id>/<sector>"
    Technology technology = Technology::Lte4G;
    double x_m = 0.0, y_m = 0.0;
    double antenna_height_m = 30.0;  //!< above ground
    double ground_m = 0.0;           //!< terrain under the mast (from the DEM, else 0)
    bool omni = false;
    double azimuth_deg = 0.0;
    double mech_tilt_deg = 0.0, elec_tilt_deg = 0.0;
    double freq_mhz = 1800.0;
    double bandwidth_mhz = 20.0;
    double rs_power_dbm = 0.0;  //!< per RE, after the feeder
    std::shared_ptr<const AntennaPattern> antenna;
    DistanceLossLaw law;
    double radius_m = 0.0;  //!< evaluated within this ground distance
    int carrier = 0;        //!< index of (technology, frequency, bandwidth) for interference
    //! Terrain diffraction / LOS along radials; set by the engine when it has a DEM.
    std::shared_ptr<const RadialTerrain> terrain;
};

//! Antenna for a site's model name: "" or "3gpp" = TR 38.901 element (8 dBi, 65/65);
//! "panel" = 17 dBi 65 deg / 7 deg vertical macro panel; "aau" = 24 dBi 65/10
//! (massive-MIMO broadcast beam envelope); "omni" = 2.15 dBi dipole; "omni-11" =
//! 11 dBi collinear omni with a 7 deg vertical beam; "sector-envelope" = 13.6 dBi flat in
//! both planes, an unknown sector as seen by the phones it served (the sites covplan
//! builds from a drive test's serving positions). Unknown names: nullptr.
[[nodiscard]] std::shared_ptr<const AntennaPattern> builtin_antenna(const std::string& name);

//! A site's antenna: a loaded file from the options' library, else a built-in name.
[[nodiscard]] std::shared_ptr<const AntennaPattern> resolve_antenna(const std::string& name,
                                                                    const CoverageOptions& options);

//! One cell per azimuth of each site (one omni cell without azimuths; a directional
//! antenna on a site without azimuths is replaced by "omni-11" with a warning, since
//! its boresight gain would otherwise point everywhere). Sites whose antenna cannot be
//! resolved are reported in `errors` and skipped.
struct CellBuildResult {
    std::vector<Cell> cells;
    std::vector<std::string> errors;
    std::vector<std::string> warnings;  //!< model extrapolation etc.
};
[[nodiscard]] CellBuildResult build_cells(const std::vector<Site>& sites,
                                          const CoverageOptions& options);

//! The distance law the options select for one carrier (exposed for tests and `covplan pathloss`).
[[nodiscard]] DistanceLossLaw make_distance_law(const CoverageOptions& options, double freq_mhz,
                                                double antenna_height_m);

//! Assigns Cell::carrier so cells share an index iff they share technology, frequency
//! and bandwidth (same-carrier interference). Returns the number of carriers.
int assign_carriers(std::vector<Cell>& cells);

}  // namespace covplan::core
