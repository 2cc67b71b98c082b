// Measurements (issue 15): what an engineer waits for with a drive test. The public
// TU Dortmund LTE drive test (../shared/data/measurements, 23,408 samples) imported
// with its serving sites, compared with the model and calibrated; and a synthetic
// million-row drive test (the same rows repeated with 10 m jitter) imported and saved.
// Figures go to bench/README.md.

#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "gis/measurement_job.h"
#include "gis/project_file.h"
#include "gis/project_import.h"
#include "gis/project_lock.h"

using namespace covplan;
namespace fs = std::filesystem;

namespace {

const std::string kDrives = std::string(COVPLAN_SHARED_DATA_DIR) + "/measurements/dortmund_lte";
const char* kNames[] = {"urban", "campus", "suburban", "highway"};

std::optional<gis::Project> import_drives(benchmark::State& state) {
    gis::Project p;
    bool first = true;
    for (const char* n : kNames) {
        gis::LayerImportOptions o;
        o.path = kDrives + "/tmobile_" + n + ".csv";
        o.role = core::LayerRole::Measurements;
        gis::ProjectImportOptions policy;
        policy.add_serving_sites = true;
        policy.mode = first ? gis::ImportMode::Add : gis::ImportMode::Append;
        first = false;
        if (!gis::import_into_project(p, o, std::nullopt, policy)) {
            state.SkipWithError("cannot import the drive test (../shared absent?)");
            return std::nullopt;
        }
    }
    return p;
}

void BM_DriveTestImport(benchmark::State& state) {
    for (auto _ : state) {
        auto p = import_drives(state);
        if (!p) return;
        benchmark::DoNotOptimize(p);
    }
    state.SetItemsProcessed(state.iterations() * 23408);
}
BENCHMARK(BM_DriveTestImport)->Unit(benchmark::kMillisecond);

void BM_DriveTestValidate(benchmark::State& state) {
    auto p = import_drives(state);
    if (!p) return;
    for (auto _ : state) {
        auto c = gis::compare_measurements(*p, {});
        if (!c) state.SkipWithError(c.error().c_str());
        benchmark::DoNotOptimize(c);
    }
    state.SetItemsProcessed(state.iterations() * 23408);
}
BENCHMARK(BM_DriveTestValidate)->Unit(benchmark::kMillisecond);

void BM_DriveTestCalibrateByCell(benchmark::State& state) {
    auto p = import_drives(state);
    if (!p) return;
    core::CalibrationOptions o;
    o.scope = core::CalibrationScope::Cell;
    for (auto _ : state) {
        auto r = gis::calibrate_model(*p, {}, {}, o);
        if (!r) state.SkipWithError(r.error().c_str());
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_DriveTestCalibrateByCell)->Unit(benchmark::kMillisecond);

//! The budget as one run: import the four drives, validate, calibrate.
void BM_DriveTestImportValidateCalibrate(benchmark::State& state) {
    for (auto _ : state) {
        auto p = import_drives(state);
        if (!p) return;
        auto c = gis::compare_measurements(*p, {});
        auto r = gis::calibrate_model(*p, {}, {}, {});
        if (!c || !r) state.SkipWithError("validate / calibrate failed");
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_DriveTestImportValidateCalibrate)->Unit(benchmark::kMillisecond);

std::string million_row_csv(std::size_t rows) {
    const std::string path =
        (fs::temp_directory_path() / ("covplan-bench-drive-" + std::to_string(rows) + ".csv"))
            .string();
    if (fs::exists(path)) return path;
    std::vector<std::string> lines;
    for (const char* n : kNames) {
        std::ifstream in(kDrives + "/tmobile_" + n + ".csv");
        std::string line;
        std::getline(in, line);
        while (std::getline(in, line)) lines.push_back(line);
    }
    if (lines.empty()) return {};
    std::ofstream out(path);
    out << "index,lon,lat,alt,speed,sinr,rsrp,rsrq,cellLon,cellLat,cellFreq\n";
    std::mt19937 rng(1);
    std::uniform_real_distribution<double> jitter(-1e-4, 1e-4);
    out.precision(10);
    for (std::size_t i = 0; i < rows; ++i) {
        std::stringstream s(lines[i % lines.size()]);
        std::string cell;
        std::vector<std::string> c;
        while (std::getline(s, cell, ',')) c.push_back(cell);
        out << i << "," << std::stod(c[1]) + jitter(rng) << "," << std::stod(c[2]) + jitter(rng);
        for (std::size_t k = 3; k < c.size(); ++k) out << "," << c[k];
        out << "\n";
    }
    return path;
}

//! `covplan import` of a million-row drive test into a new project, saved.
void BM_ImportMillionSamples(benchmark::State& state) {
    const std::string csv = million_row_csv(static_cast<std::size_t>(state.range(0)));
    if (csv.empty()) {
        state.SkipWithError("../shared absent");
        return;
    }
    const std::string out =
        (fs::temp_directory_path() / "covplan-bench-drive.covplan.gpkg").string();
    for (auto _ : state) {
        fs::remove(out);
        gis::Project p;
        gis::LayerImportOptions o;
        o.path = csv;
        o.role = core::LayerRole::Measurements;
        gis::ProjectImportOptions policy;
        policy.add_serving_sites = true;
        if (!gis::import_into_project(p, o, std::nullopt, policy)) {
            state.SkipWithError("import failed");
            return;
        }
        if (!gis::save_project(p, out, *gis::ProjectLock::acquire(out)))
            state.SkipWithError("save failed");
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
    fs::remove(out);
}
BENCHMARK(BM_ImportMillionSamples)->Arg(1000000)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace

BENCHMARK_MAIN();
