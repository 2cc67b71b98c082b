#pragma once
// The plan's indicators from computed coverage: residents and households with 4G,
// 5G, neither and within fiber reach, priority places, site counts and the KPIs.
// One function, so the CLI's analysis and the desktop's live panel cannot differ.

#include <vector>

#include "core/analysis/coverage_maps.h"
#include "core/analysis/hamlet_coverage.h"
#include "core/analysis/plan_kpis.h"
#include "core/analysis/population_grid.h"
#include "core/analysis/priority_places.h"
#include "core/plan_layers.h"
#include "core/plan_settings.h"

namespace covplan::core {

struct PlanIndicators {
    AreaCoverage area;
    std::vector<PriorityPlace> places;
    std::vector<CategoryCoverage> categories;
    SiteCounts sites;
    std::vector<Kpi> kpis;
};

[[nodiscard]] PlanIndicators evaluate_plan(const PlanLayers& layers, const PlanSettings& settings,
                                           const CoverageMaps& maps, const PopulationGrid& people,
                                           const std::vector<float>& fiber_distance_m);

}  // namespace covplan::core
