#pragma once
// Managing a role's layer in a project: how many features it holds, removing it, and
// the difference between what it holds and a new list (an operator's quarterly BTS
// list): sites matched by site id, other features by name.

#include <string>
#include <vector>

#include "core/layer_role.h"
#include "core/plan_layers.h"

namespace covplan::gis {

[[nodiscard]] std::size_t feature_count(const core::PlanLayers& layers, core::LayerRole role);
void clear_role(core::PlanLayers& layers, core::LayerRole role);

struct LayerDiff {
    std::vector<std::string> added;    //!< "site_id LBH-VTL-07"
    std::vector<std::string> changed;  //!< "site_id LBH-VTL-01: height_m 36 -> 40"
    std::vector<std::string> removed;
    std::size_t unchanged = 0;
};

//! Merges `incoming` (features of `role` only) into `layers` by key. For sites, the
//! sites `incoming` would remove are only the on-air sites of the operators the new
//! list covers: another operator's sites and the planners' proposals stay.
[[nodiscard]] LayerDiff update_role(core::PlanLayers& layers, core::LayerRole role,
                                    core::PlanLayers&& incoming);

//! Site ids that occur more than once in `sites`, each once.
[[nodiscard]] std::vector<std::string> duplicate_site_ids(const std::vector<core::Site>& sites);

}  // namespace covplan::gis
