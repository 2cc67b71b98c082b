#pragma once
// Coverage of a project: the gis side of the engine. Reads the project's DEM and
// land use onto the working grid, turns sites into cells with the project's
// settings, and writes the products as GeoTIFFs and coverage.json. The CLI's
// `coverage` command and the desktop app both go through here.

#include <array>
#include <expected>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/analysis/population_grid.h"
#include "core/coverage/coverage_engine.h"
#include "gis/project.h"
#include "gis/raster_io.h"

namespace covplan::gis {

//! What every job that computes coverage takes besides the project. Ranges are
//! checked in one place (validate_job_options), whichever front end filled them.
struct CoverageJobOptions {
    std::optional<double> resolution_m;  //!< default: the project's setting
    int threads = 0;                     //!< 0 = all cores
    double margin_m = 500.0;             //!< grid beyond the ward's extent
    std::string project_dir;             //!< where antenna files named by sites are looked up
    bool population = true;              //!< also spread residents and fiber distances
};

//! Error text for an option out of range ("--resolution-m / resolution_m 0 is outside 1–1000 m").
[[nodiscard]] std::optional<std::string> validate_job_options(const CoverageJobOptions& job);

//! A project's derived inputs, built once per run by prepare_coverage and used by
//! every job: the working grid, DEM and land use on it, engine options with the
//! loaded antenna files, the cells, and (optionally) residents and fiber distances.
struct CoverageInputs {
    core::GridSpec grid;
    core::CoverageOptions options;
    std::vector<float> ground_m;        //!< empty without DEM
    std::vector<std::uint8_t> clutter;  //!< empty without land use
    core::CellBuildResult cells;
    //! Notes on the inputs rather than the cells: a DEM covering part of the area,
    //! what an antenna file's reader assumed, the size of the run.
    std::vector<std::string> input_notes;
    core::PopulationGrid people;          //!< empty unless job.population
    std::vector<float> fiber_distance_m;  //!< per pixel; empty unless job.population
    double read_s = 0.0;                  //!< time to read and resample the rasters

    //! Every note of the run, the cells' first, as `covplan coverage` prints them.
    [[nodiscard]] std::vector<std::string> notes() const { return notes_with(cells); }
    //! The same with the notes of `other` cells (the desktop's, rebuilt at each edit).
    [[nodiscard]] std::vector<std::string> notes_with(const core::CellBuildResult& other) const;
};

//! Engine options from the project's settings (model, environment, receiver, clutter
//! losses, floor, radius); without antenna files (prepare_coverage loads those).
[[nodiscard]] std::expected<core::CoverageOptions, std::string> coverage_options(
    const Project& project);

//! Population spreading weights from the project's land-use classes.
[[nodiscard]] std::array<float, 256> population_weights(const Project& project);

//! Pattern files named by the sites (every format gis/antenna_files.h reads), read
//! relative to `project_dir`. What a reader assumed (a SPLAT! rotation not applied, a
//! gain taken as the directivity) is appended to `notes`, once per file.
[[nodiscard]] std::expected<std::shared_ptr<const core::AntennaLibrary>, std::string>
load_antenna_files(const std::vector<core::Site>& sites, const std::string& project_dir,
                   std::vector<std::string>* notes = nullptr);

[[nodiscard]] std::expected<CoverageInputs, std::string> prepare_coverage(
    const Project& project, const CoverageJobOptions& job, core::Feedback* feedback = nullptr);

struct CoverageOutputs {
    std::vector<std::string> files;
};

//! How the coverage products are written (not what they hold: that is the project's).
struct CoverageOutputOptions {
    RasterCompression compression = RasterCompression::Zstd;
};

//! Writes rsrp_4g/5g, best_server_4g/5g, sinr_4g/5g, throughput (Mbit/s, best of
//! both layers), los (when a DEM is used) and coverage.json into `dir`.
[[nodiscard]] std::expected<CoverageOutputs, std::string> write_coverage_outputs(
    const std::string& dir, const Project& project, const CoverageInputs& inputs,
    const core::CoverageEngine& engine, const core::CoverageTimings& timings, double total_s,
    const CoverageOutputOptions& output = {});

}  // namespace covplan::gis
