#include <chrono>
#include <iostream>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/coverage_run.h"

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
    gis::CoverageJobOptions job;
    job.resolution_m = a.number("resolution-m");
    if (job.resolution_m && !(*job.resolution_m >= 1.0 && *job.resolution_m <= 1000.0))
        throw UsageError{"--resolution-m must be between 1 and 1000"};
    job.threads = static_cast<int>(a.number("threads").value_or(0));
    if (job.threads < 0) throw UsageError{"--threads must be 0 (all cores) or more"};
    return run_coverage_job(a.positionals()[0], *a.get("out"), job, !a.has("quiet"));
}

}  // namespace covplan::cli
