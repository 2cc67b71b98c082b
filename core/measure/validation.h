#pragma once
// Predicted against measured at every sample: the prediction is what the coverage
// raster holds at the sample's pixel for its serving cell (the best of the serving
// site's sectors), or the best server's RSRP when the sample names no serving cell.
// Samples can first be averaged over squares of bin_m (per serving cell, power mean),
// which removes fast fading as Lee's local-mean method does.

#include <cstdint>
#include <string>
#include <vector>

#include "core/coverage/coverage_engine.h"
#include "core/measure/prediction_error.h"
#include "core/measurement.h"
#include "core/site.h"

namespace covplan::core {

struct ComparedSample {
    std::size_t sample = 0;    //!< index of the first raw sample it stands for
    std::size_t samples = 1;   //!< raw samples averaged into it
    Point location;            //!< working CRS (mean of the averaged samples)
    int site = -1;             //!< site of the serving (or best-server) cell, into the sites
    bool best_server = false;  //!< no serving cell known: compared with the best server
    std::string cell;          //!< serving site id, or the best server's cell id
    std::string site_id;       //!< id of `site`
    TechLayer layer = TechLayer::Lte4G;
    double distance_m = 0.0;  //!< ground distance to the cell's mast
    int clutter = -1;         //!< land-use class at the pixel; -1 without land use
    double measured_dbm = 0.0;
    double predicted_dbm = 0.0;
    [[nodiscard]] double error_db() const { return predicted_dbm - measured_dbm; }
};

struct GroupError {
    std::string key;  //!< cell id, distance bin ("0-250 m") or land-use class
    ErrorStats stats;
};

struct ValidationResult {
    std::vector<ComparedSample> compared;
    ErrorStats overall;
    std::vector<GroupError> by_cell, by_distance, by_clutter;
    std::size_t samples = 0;       //!< raw samples considered
    std::size_t outside_grid = 0;  //!< raw samples outside the computed grid
    std::size_t out_of_reach = 0;  //!< raw samples the cell's prediction does not reach
    std::size_t best_server = 0;   //!< raw samples compared with the best server
    double bin_m = 0.0;
};

struct ComparisonOptions {
    double bin_m = 20.0;  //!< 0: every sample on its own
};

//! `clutter`: land-use classes on the engine's grid (may be empty). `serving_site[i]`:
//! sample i's serving site index into `sites` (the ones the engine's cells were built
//! from), -1 for none.
[[nodiscard]] ValidationResult compare_with_prediction(const CoverageEngine& engine,
                                                       const std::vector<std::uint8_t>& clutter,
                                                       const std::vector<Site>& sites,
                                                       const std::vector<Measurement>& samples,
                                                       const std::vector<int>& serving_site,
                                                       const ComparisonOptions& options = {});

//! Overall and grouped statistics of compared samples (by cell, distance, clutter).
void summarize(ValidationResult& result);

//! The distance bins of the report: "0-250 m", "250-500 m", "0.5-1 km", "1-2 km",
//! "2-5 km", "> 5 km".
[[nodiscard]] std::string distance_bin(double distance_m);

}  // namespace covplan::core
