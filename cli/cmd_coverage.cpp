#include <chrono>
#include <iostream>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/coverage_run.h"
#include "cli/job_args.h"

namespace covplan::cli {
namespace {
constexpr const char* kHelp =
    R"(Usage: covplan coverage PROJECT --out DIR [--resolution-m 10] [--threads N]

Computes 4G and 5G coverage of the project's sites on the working grid (the ward
plus 500 m) and writes GeoTIFFs into DIR: rsrp_4g/5g (dBm per resource element),
best_server_4g/5g (cell index), sinr_4g/5g (dB), throughput (Mbit/s), los (when the
project has a DEM), and coverage.json (cells, grid, timings).
)";
}  // namespace

int run_coverage(int argc, char** argv) {
    Args a(argc, argv, 2, {"help", "quiet"}, {"out", "resolution-m", "threads"});
    if (a.has("help")) {
        std::cout << kHelp;
        return kExitOk;
    }
    if (a.positionals().size() != 1 || !a.get("out"))
        throw UsageError{"expected PROJECT --out DIR"};
    // Ranges are checked by the job itself (gis::validate_job_options), as for every
    // command that computes coverage.
    const gis::CoverageJobOptions job = job_options(a, a.positionals()[0]);
    return run_coverage_job(a.positionals()[0], *a.get("out"), job, !a.has("quiet"));
}

}  // namespace covplan::cli
