#pragma once
// The coverage job's options as every command reads them (--resolution-m,
// --threads, the project's folder); their ranges are checked by the job.

#include <string>

#include "cli/args.h"
#include "gis/coverage_job.h"

namespace covplan::cli {

[[nodiscard]] gis::CoverageJobOptions job_options(const Args& args,
                                                  const std::string& project_path);

}  // namespace covplan::cli
