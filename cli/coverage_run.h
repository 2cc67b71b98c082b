#pragma once
#include <string>

#include "gis/coverage_job.h"

namespace covplan::cli {

//! Loads the project, computes coverage with a progress bar on stderr, writes the
//! outputs and prints their paths. Shared by `coverage` and `demo`.
int run_coverage_job(const std::string& project_path, const std::string& out_dir,
                     const gis::CoverageJobOptions& job, bool progress);

}  // namespace covplan::cli
