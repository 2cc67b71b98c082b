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
                        [--compression zstd|deflate|lzw|none]

Computes 4G and 5G coverage of the project's sites on the working grid (the ward
plus 500 m) and writes GeoTIFFs into DIR: rsrp_4g/5g (dBm per resource element),
best_server_4g/5g (cell index), sinr_4g/5g (dB), throughput (Mbit/s), los (when the
project has a DEM), and coverage.json (cells, grid, timings).

The GeoTIFFs are Cloud-Optimized, ZSTD-compressed by default (read by GDAL 2.3 and
later, so by every current QGIS); --compression deflate writes files that older
readers (ArcGIS before Pro, some web viewers) open too, about half as fast.
)";
}  // namespace

int run_coverage(int argc, char** argv) {
    Args a(argc, argv, 2, {"help", "quiet"}, {"out", "resolution-m", "threads", "compression"});
    if (a.has("help")) {
        std::cout << kHelp;
        return kExitOk;
    }
    if (a.positionals().size() != 1 || !a.get("out"))
        throw UsageError{"expected PROJECT --out DIR"};
    // Ranges are checked by the job itself (gis::validate_job_options), as for every
    // command that computes coverage.
    const gis::CoverageJobOptions job = job_options(a, a.positionals()[0]);
    gis::CoverageOutputOptions output;
    if (auto name = a.get("compression")) {
        auto c = gis::parse_raster_compression(*name);
        if (!c) {
            std::cerr << "covplan coverage: --compression " << *name
                      << " is not one of zstd, deflate, lzw, none\n";
            return kExitBadInput;
        }
        output.compression = *c;
    }
    return run_coverage_job(a.positionals()[0], *a.get("out"), job, !a.has("quiet"), output);
}

}  // namespace covplan::cli
