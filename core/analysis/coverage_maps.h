#pragma once
// The coverage rasters the analyses read, and what "covered" means for the plan.

#include <cstdint>
#include <vector>

#include "core/coverage/coverage_engine.h"
#include "core/plan_settings.h"

namespace covplan::core {

struct CoverageMaps {
    GridSpec grid;
    std::vector<float> rsrp_4g, rsrp_5g, sinr_4g, sinr_5g;  //!< CoverageEngine::kNoData where none
    std::vector<std::int32_t> best_4g, best_5g;             //!< cell index, -1 where none
    std::vector<float> throughput_mbps;  //!< downlink, best of 4G and 5G; kNoData where none
    std::vector<Cell> cells;

    [[nodiscard]] static CoverageMaps from(const CoverageEngine& engine);
};

//! A pixel has a technology when its best server's RSRP reaches the threshold and,
//! if a floor is set, its SINR reaches the floor (plan settings).
struct CoverageCriteria {
    double rsrp_4g_dbm = -105.0;
    double rsrp_5g_dbm = -110.0;
    double sinr_floor_db = -1000.0;

    [[nodiscard]] static CoverageCriteria from(const PlanSettings& s) {
        return {s.rsrp_threshold_4g_dbm, s.rsrp_threshold_5g_dbm, s.sinr_floor_db};
    }
    [[nodiscard]] bool has_4g(const CoverageMaps& m, std::size_t p) const {
        return m.rsrp_4g[p] >= rsrp_4g_dbm && m.sinr_4g[p] >= sinr_floor_db;
    }
    [[nodiscard]] bool has_5g(const CoverageMaps& m, std::size_t p) const {
        return m.rsrp_5g[p] >= rsrp_5g_dbm && m.sinr_5g[p] >= sinr_floor_db;
    }
};

}  // namespace covplan::core
