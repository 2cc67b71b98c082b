#pragma once
#include <ostream>
#include <vector>

#include "core/issue.h"
#include "core/plan_layers.h"

namespace covplan::cli {

//! One line per issue; returns the number of error-level issues.
std::size_t print_issues(std::ostream& out, const std::vector<core::Issue>& issues);
//! Feature counts per role and the plan's totals.
void print_plan_summary(std::ostream& out, const core::PlanLayers& layers);

}  // namespace covplan::cli
