#pragma once
// Checks that span features or layers (duplicate ids, sites outside the ward, totals
// that disagree). Per-feature attribute problems are reported by the readers.

#include <vector>

#include "core/issue.h"
#include "core/plan_layers.h"

namespace covplan::core {

struct ValidationOptions {
    //! Sites this far outside the ward are reported; towers just across the
    //! boundary still serve the ward, so they are a warning, not an error.
    double site_outside_tolerance_m = 0.0;
    //! Hamlet populations must add up to the ward's within this share.
    double population_sum_tolerance = 0.01;
};

[[nodiscard]] std::vector<Issue> validate_plan(const PlanLayers& plan,
                                               const ValidationOptions& options = {});

}  // namespace covplan::core
