#pragma once
// Coverage of a project: the gis side of the engine. Reads the project's DEM and
// land use onto the working grid, turns sites into cells with the project's
// settings, and writes the products as GeoTIFFs and coverage.json. The CLI's
// `coverage` command and the desktop app both go through here.

#include <expected>
#include <optional>
#include <string>
#include <vector>

#include "core/coverage/coverage_engine.h"
#include "gis/project.h"

namespace covplan::gis {

struct CoverageJobOptions {
    std::optional<double> resolution_m;  //!< default: the project's setting
    int threads = 0;                     //!< 0 = all cores
    double margin_m = 500.0;             //!< grid beyond the ward's extent
    std::string project_dir;             //!< where antenna files named by sites are looked up
};

struct CoverageInputs {
    core::GridSpec grid;
    core::CoverageOptions options;
    std::vector<float> ground_m;        //!< empty without DEM
    std::vector<std::uint8_t> clutter;  //!< empty without land use
    core::CellBuildResult cells;
    double read_s = 0.0;  //!< time to read and resample the rasters
};

//! Engine options from the project's settings (model, environment, receiver, clutter losses).
[[nodiscard]] std::expected<core::CoverageOptions, std::string> coverage_options(
    const Project& project);

[[nodiscard]] std::expected<CoverageInputs, std::string> prepare_coverage(
    const Project& project, const CoverageJobOptions& job, core::Feedback* feedback = nullptr);

struct CoverageOutputs {
    std::vector<std::string> files;
};

//! Writes rsrp_4g/5g, best_server_4g/5g, sinr_4g/5g, throughput (Mbit/s, best of
//! both layers), los (when a DEM is used) and coverage.json into `dir`.
[[nodiscard]] std::expected<CoverageOutputs, std::string> write_coverage_outputs(
    const std::string& dir, const Project& project, const CoverageInputs& inputs,
    const core::CoverageEngine& engine, const core::CoverageTimings& timings, double total_s);

}  // namespace covplan::gis
