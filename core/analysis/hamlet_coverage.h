#pragma once
// Population, households and area with 4G, with 5G and with neither, per hamlet and
// for the ward; fiber reach (within the drop distance of a route) likewise.

#include <string>
#include <vector>

#include "core/analysis/coverage_maps.h"
#include "core/analysis/population_grid.h"
#include "core/plan_layers.h"

namespace covplan::core {

struct CoverageTally {
    double population = 0, households = 0, area_km2 = 0;
    double population_4g = 0, households_4g = 0, area_4g_km2 = 0;
    double population_5g = 0, households_5g = 0, area_5g_km2 = 0;
    double population_none = 0, households_none = 0, area_none_km2 = 0;
    double population_fiber = 0, households_fiber = 0;  //!< within the fiber drop reach
    //! Σ residents x modelled downlink throughput (Mbit/s) of the best layer where
    //! they have 4G or 5G (0 where neither): / population = the mean download speed.
    double population_mbps = 0;

    [[nodiscard]] static double share(double part, double whole) {
        return whole > 0 ? part / whole : 0.0;
    }
};

struct HamletCoverage {
    std::string name;
    std::string code;
    CoverageTally tally;
};

struct AreaCoverage {
    std::vector<HamletCoverage> hamlets;
    CoverageTally ward;  //!< sum over the hamlets
};

//! Distance (m) from every pixel with residents to the nearest fiber route; other
//! pixels get +infinity. Uses an R-tree of route segments.
[[nodiscard]] std::vector<float> fiber_distance_m(const std::vector<FiberRoute>& fiber,
                                                  const GridSpec& grid,
                                                  const std::vector<float>& population);

[[nodiscard]] AreaCoverage tally_coverage(const std::vector<Hamlet>& hamlets,
                                          const PopulationGrid& people, const CoverageMaps& maps,
                                          const CoverageCriteria& criteria,
                                          const std::vector<float>& fiber_distance_m,
                                          double fiber_reach_m);

}  // namespace covplan::core
