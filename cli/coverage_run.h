#pragma once
#include <string>

#include "gis/coverage_job.h"

namespace covplan::cli {

//! Loads the project, computes coverage with a progress bar on stderr, writes the
//! outputs and prints their paths. Shared by `coverage` and `demo`.
int run_coverage_job(const std::string& project_path, const std::string& out_dir,
                     const gis::CoverageJobOptions& job, bool progress,
                     const gis::CoverageOutputOptions& output = {});

//! Writes the coverage products of a computed engine and prints what was written.
int write_coverage_files(const std::string& out_dir, const gis::Project& project,
                         const gis::CoverageInputs& inputs, const core::CoverageEngine& engine,
                         const core::CoverageTimings& timings, double total_s,
                         const gis::CoverageOutputOptions& output = {});

}  // namespace covplan::cli
