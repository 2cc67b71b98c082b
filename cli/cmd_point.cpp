// `covplan point`: what the engine computes at one location (the desktop's Identify,
// headless), per cell within range and per technology layer.

#include <cstdio>
#include <filesystem>
#include <iostream>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/job_args.h"
#include "cli/report.h"
#include "core/coverage/point_evaluation.h"
#include "core/json_writer.h"
#include "gis/coverage_job.h"
#include "gis/crs_transform.h"
#include "gis/project_file.h"

namespace covplan::cli {
namespace fs = std::filesystem;
namespace {
constexpr const char* kHelp =
    R"(Usage: covplan point PROJECT --lon X --lat Y [--json] [--resolution-m R] [--threads N]

Computes the project's coverage and prints, at the pixel holding the WGS 84
location, every cell within range: id, ground distance, model, variant and
environment (the names `covplan pathloss` takes), path loss, antenna gain toward the
point, clutter and terrain losses and RSRP; then per layer (4G, 5G) the best server,
RSRP, SINR and throughput. The best RSRP equals the coverage raster's value there.
  --json   one JSON object {"cells": [...], "layers": {"4G": ..., "5G": ...}}
)";
}  // namespace

int run_point(int argc, char** argv) {
    Args a(argc, argv, 2, {"help", "json"}, {"lon", "lat", "resolution-m", "threads"});
    if (a.has("help")) {
        std::cout << kHelp;
        return kExitOk;
    }
    if (a.positionals().size() != 1 || !a.number("lon") || !a.number("lat"))
        throw UsageError{"expected PROJECT --lon X --lat Y"};
    const std::string path = a.positionals()[0];
    const double lon = *a.number("lon"), lat = *a.number("lat");
    if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
        std::cerr << "covplan point: --lon/--lat " << lon << ", " << lat
                  << " is not a WGS 84 longitude/latitude\n";
        return kExitBadInput;
    }
    auto project = load_valid_project(path, "point");
    if (!project) return project.error();
    const gis::Project& p = *project;
    gis::CoverageJobOptions job = job_options(a, path);
    job.population = false;
    auto in = gis::prepare_coverage(p, job);
    if (!in) {
        std::cerr << "covplan point: " << in.error() << "\n";
        return kExitBadInput;
    }
    core::CoverageEngine engine(in->grid, in->options, in->ground_m, in->clutter);
    if (auto t = engine.compute(in->cells.cells); !t) {
        std::cerr << "covplan point: " << t.error() << "\n";
        return kExitBadInput;
    }
    double x = lon, y = lat;
    auto to_work = gis::CrsTransform::create(gis::Crs::wgs84(), p.working_crs);
    if (!to_work || !to_work->transform(x, y)) {
        std::cerr << "covplan point: cannot transform " << lon << ", " << lat
                  << " to the working CRS\n";
        return kExitBadInput;
    }
    auto pe = core::evaluate_point(engine, x, y);
    if (!pe) {
        std::cerr << "covplan point: " << lon << ", " << lat
                  << " is outside the coverage grid (the ward plus 500 m)\n";
        return kExitBadInput;
    }
    const char* layer_name[core::kLayerCount] = {"4G", "5G"};
    if (a.has("json")) {
        core::JsonWriter j(std::cout);
        j.begin_object().field("lon", lon).field("lat", lat).field("x", x).field("y", y);
        j.key("pixel").begin_object().field("col", pe->col).field("row", pe->row);
        j.field("x", pe->pixel_x_m).field("y", pe->pixel_y_m).end_object();
        j.key("cells").begin_array();
        for (const core::CellAtPoint& c : pe->cells) {
            j.begin_object()
                .field("id", c.id)
                .field("technology", core::technology_name(c.technology));
            j.field("distance_m", c.distance_m).field("model", c.model.model_id());
            j.field("variant", c.model.variant).field("environment", c.environment);
            j.field("path_loss_db", c.path_loss_db)
                .field("below_min_distance", c.below_min_distance);
            j.field("antenna_gain_dbi", c.antenna_gain_dbi)
                .field("clutter_loss_db", c.clutter_loss_db);
            j.field("terrain_loss_db", c.terrain_loss_db).field("rsrp_dbm", c.rsrp_dbm);
            j.end_object();
        }
        j.end_array();
        j.key("layers").begin_object();
        for (std::size_t L = 0; L < core::kTechLayers.size(); ++L) {
            const core::LayerAtPoint& l = pe->layers[L];
            j.key(layer_name[L]);
            if (!l.served) {
                j.null();
                continue;
            }
            j.begin_object().field("best_server", l.best_cell).field("rsrp_dbm", l.rsrp_dbm);
            j.field("sinr_db", l.sinr_db).field("throughput_mbps", l.throughput_mbps).end_object();
        }
        j.end_object().end_object();
        std::cout << "\n";
        return kExitOk;
    }
    std::printf("point %.6f, %.6f -> pixel %d, %d (centre %.1f, %.1f in %s)\n", lon, lat, pe->col,
                pe->row, pe->pixel_x_m, pe->pixel_y_m, p.working_crs.describe().c_str());
    std::printf("  %-16s %3s %9s %-8s %-13s %-12s %9s %7s %7s %7s %9s\n", "cell", "", "dist_m",
                "model", "variant", "environment", "loss_dB", "gain", "clutter", "terrain",
                "rsrp_dBm");
    for (const core::CellAtPoint& c : pe->cells)
        std::printf("  %-16s %3s %9.1f %-8s %-13s %-12s %9.2f %7.2f %7.2f %7.2f %9.2f%s\n",
                    c.id.c_str(), core::technology_name(c.technology), c.distance_m,
                    std::string(c.model.model_id()).c_str(), c.model.variant.c_str(),
                    c.environment.c_str(), c.path_loss_db, c.antenna_gain_dbi, c.clutter_loss_db,
                    c.terrain_loss_db, c.rsrp_dbm, c.below_min_distance ? "  (short range)" : "");
    for (std::size_t L = 0; L < core::kTechLayers.size(); ++L) {
        const core::LayerAtPoint& l = pe->layers[L];
        if (!l.served)
            std::printf("%s: no signal\n", layer_name[L]);
        else
            std::printf("%s: best server %s, RSRP %.2f dBm, SINR %.2f dB, %.1f Mbit/s\n",
                        layer_name[L], l.best_cell.c_str(), l.rsrp_dbm, l.sinr_db,
                        l.throughput_mbps);
    }
    return kExitOk;
}

}  // namespace covplan::cli
