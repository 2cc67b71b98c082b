#pragma once
// The plan's priority places (5G first at offices, schools, health stations, markets,
// transport hubs, roads and waterways, ...): how each is served.
//
// Points count the pixels within a radius that depends on the category; areas their
// pixels; roads and waterways are sampled every <= 20 m along their length. A place
// is "5G" when at least half of it (pixels or length) has 5G, else "4G only" when
// half has 4G, else "none". Gaps are ranked by category weight x residents within
// 500 m.

#include <string>
#include <vector>

#include "core/analysis/coverage_maps.h"
#include "core/analysis/population_grid.h"
#include "core/plan_layers.h"

namespace covplan::core {

enum class PriorityStatus { Covered5G, Only4G, Uncovered };
[[nodiscard]] const char* priority_status_name(PriorityStatus s);  // "5G", "4G only", "none"

enum class PlaceSource { Poi, Roads, Waterways };
[[nodiscard]] const char* place_source_name(PlaceSource s);  // "poi", "roads", "waterways"

struct PriorityPlace {
    PlaceSource source = PlaceSource::Poi;
    std::size_t index = 0;  //!< into that layer
    std::string name;
    std::string category;  //!< poi category name, or "road" / "waterway"
    PriorityStatus status = PriorityStatus::Uncovered;
    double share_5g = 0, share_4g = 0;  //!< of pixels (places) or length (lines)
    double worst_rsrp_5g_dbm = CoverageEngine::kNoData,
           median_rsrp_5g_dbm = CoverageEngine::kNoData;
    double worst_rsrp_4g_dbm = CoverageEngine::kNoData,
           median_rsrp_4g_dbm = CoverageEngine::kNoData;
    std::string best_server_5g, best_server_4g;  //!< cell id at the representative point
    std::string nearest_site;
    double nearest_site_m = -1;
    std::string hamlet;
    double length_m = 0;             //!< lines
    double length_without_5g_m = 0;  //!< lines
    double population_nearby = 0;    //!< residents within 500 m
    double weight = 1;
    double score = 0;          //!< gap ranking: weight x (population nearby + 1)
    Point representative;      //!< working CRS
    MultiLineString gap_path;  //!< lines: the stretches without 5G
};

struct PriorityOptions {
    double line_step_m = 20.0;
    double nearby_radius_m = 500.0;
};

//! Buffer radius (m) and ranking weight of a category.
[[nodiscard]] double priority_radius_m(const std::string& category);
[[nodiscard]] double priority_weight(const std::string& category);

//! The one definition of a priority gap, used by every table, layer, map and file:
//! a place whose status is not 5G (less than half of it, by pixels or length, has 5G).
[[nodiscard]] bool is_priority_gap(const PriorityPlace& place);

//! Gaps first, highest score first, then the places with 5G in their order; the
//! order of every list of places (CSV, GeoPackage, report, KMZ, app).
[[nodiscard]] std::vector<const PriorityPlace*> rank_priority_places(
    const std::vector<PriorityPlace>& places);

[[nodiscard]] std::vector<PriorityPlace> evaluate_priority_places(
    const PlanLayers& plan, const CoverageMaps& maps, const CoverageCriteria& criteria,
    const PopulationGrid& people, const PriorityOptions& options = {});

}  // namespace covplan::core
