#include "core/analysis/plan_evaluation.h"

namespace covplan::core {

PlanIndicators evaluate_plan(const PlanLayers& layers, const PlanSettings& settings,
                             const CoverageMaps& maps, const PopulationGrid& people,
                             const std::vector<float>& fiber_distance_m) {
    PlanIndicators out;
    const CoverageCriteria criteria = CoverageCriteria::from(settings);
    out.area = tally_coverage(people.units, people, maps, criteria, fiber_distance_m,
                              settings.fiber_drop_reach_m);
    out.places = evaluate_priority_places(layers, maps, criteria, people);
    out.categories = category_table(out.places);
    out.sites = count_sites(layers.sites, layers.ward);
    out.kpis = plan_kpis(settings, out.sites, out.area, out.categories,
                         fiber_lengths(layers.fiber, layers.ward));
    return out;
}

}  // namespace covplan::core
