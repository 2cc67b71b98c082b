#pragma once
// Figures an official would not sign without a second look, found from the figures
// themselves: `analyze` prints them, `kpis.json` and the report's method carry them.
// They are warnings, not errors: each can be true, none should pass unremarked.

#include <string>
#include <vector>

#include "core/analysis/hamlet_coverage.h"
#include "core/analysis/plan_kpis.h"
#include "core/note.h"
#include "core/plan_layers.h"

namespace covplan::core {

//! 5G population coverage above 4G by more than 10 points (5G from the same towers
//! reaching more people than 4G hints at a wrong band, power or antenna); a site
//! farther than 10 km from the ward; a population KPI at 0 % while stations stand
//! inside the ward.
[[nodiscard]] std::vector<Note> plausibility_warnings(const PlanLayers& layers,
                                                      const AreaCoverage& area,
                                                      const SiteCounts& sites);

}  // namespace covplan::core
