#include "cli/job_args.h"

#include <filesystem>

namespace covplan::cli {

gis::CoverageJobOptions job_options(const Args& a, const std::string& project_path) {
    gis::CoverageJobOptions job;
    job.resolution_m = a.number("resolution-m");
    // Out-of-int values become -1 so that the job's own check reports them.
    const double threads = a.number("threads").value_or(0);
    job.threads = threads >= -1 && threads <= 1e6 ? static_cast<int>(threads) : -1;
    job.project_dir = std::filesystem::absolute(project_path).parent_path().string();
    return job;
}

}  // namespace covplan::cli
