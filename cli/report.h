#pragma once
#include <expected>
#include <ostream>
#include <string>
#include <vector>

#include "core/issue.h"
#include "core/plan_layers.h"
#include "gis/project.h"
#include "gis/project_lock.h"

namespace covplan::cli {

//! Loads a project for `command`; a project that does not open, or loaded with
//! errors (saving it would drop what failed), is reported on stderr: exit code 1.
[[nodiscard]] std::expected<gis::Project, int> load_valid_project(const std::string& path,
                                                                  const char* command);

//! The project's write lock for `command`, taken before the project is read;
//! a refusal (another covplan is saving, read-only) is reported on stderr: exit code 1.
[[nodiscard]] std::expected<gis::ProjectLock, int> lock_project(const std::string& path,
                                                                const char* command);

//! One line per issue; returns the number of error-level issues.
std::size_t print_issues(std::ostream& out, const std::vector<core::Issue>& issues);
//! Feature counts per role and the plan's totals.
void print_plan_summary(std::ostream& out, const core::PlanLayers& layers);

}  // namespace covplan::cli
