#include "cli/coverage_run.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "cli/report.h"
#include "gis/project_file.h"

namespace covplan::cli {

int run_coverage_job(const std::string& project_path, const std::string& out_dir,
                     const gis::CoverageJobOptions& job, bool progress,
                     const gis::CoverageOutputOptions& output) {
    const auto t0 = std::chrono::steady_clock::now();
    auto project = load_valid_project(project_path, "coverage");
    if (!project) return project.error();
    const gis::Project& p = *project;
    if (p.layers.sites.empty()) {
        std::cerr << "covplan coverage: " << project_path << " has no sites\n";
        return kExitBadInput;
    }
    gis::CoverageJobOptions with_dir = job;
    with_dir.population = false;  // coverage alone needs no residents
    if (with_dir.project_dir.empty())
        with_dir.project_dir = std::filesystem::absolute(project_path).parent_path().string();
    auto in = gis::prepare_coverage(p, with_dir);
    if (!in) {
        std::cerr << "covplan coverage: " << in.error() << "\n";
        return kExitBadInput;
    }
    int last = -1;
    core::Feedback fb([&](double f) {
        const int pct = static_cast<int>(f * 100);
        if (progress && pct != last) {
            last = pct;
            std::fprintf(stderr, "\rcoverage: %3d%%", pct);
        }
    });
    core::CoverageEngine engine(in->grid, in->options, in->ground_m, in->clutter);
    auto timings = engine.compute(in->cells.cells, &fb);
    if (progress) std::fprintf(stderr, "\n");
    if (!timings) {
        std::cerr << "covplan coverage: " << timings.error() << "\n";
        return kExitBadInput;
    }
    const double total =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return write_coverage_files(out_dir, p, *in, engine, *timings, total, output);
}

int write_coverage_files(const std::string& out_dir, const gis::Project& p,
                         const gis::CoverageInputs& in, const core::CoverageEngine& engine,
                         const core::CoverageTimings& timings, double total_s,
                         const gis::CoverageOutputOptions& output) {
    auto out = gis::write_coverage_outputs(out_dir, p, in, engine, timings, total_s, output);
    if (!out) {
        std::cerr << "covplan coverage: " << out.error() << "\n";
        return kExitBadInput;
    }
    std::printf(
        "coverage: %zu cells, %d x %d px at %g m, propagation %.3f s (%zu cell-pixel "
        "evaluations)\n",
        engine.cells().size(), in.grid.cols, in.grid.rows, in.grid.pixel_size_m,
        timings.propagation_s, timings.cell_pixel_evaluations);
    for (const std::string& w : in.notes()) std::printf("  note: %s\n", w.c_str());
    std::printf("outputs:\n");
    for (const std::string& f : out->files) std::printf("  %s\n", f.c_str());
    return kExitOk;
}

}  // namespace covplan::cli
