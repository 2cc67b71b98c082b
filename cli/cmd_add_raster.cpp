#include <cstdio>
#include <filesystem>
#include <iostream>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/report.h"
#include "gis/project_file.h"
#include "gis/raster_io.h"
#include "gis/working_grid.h"

namespace covplan::cli {
namespace {

constexpr const char* kHelp =
    R"(Usage: covplan add-raster PROJECT (--dem FILE | --landuse FILE | --population FILE |
                                   --basemap FILE) [options]

References a raster from the project (it is not copied; the path is stored
relative to the project file). A DEM gives ground heights in metres; a land-use
raster gives integer classes (clutter). A basemap (an orthophoto or scanned map:
RGB, RGBA, paletted or grey) is drawn under the plan in the desktop app and the
exported maps; a plan may have several (adding the same file again replaces it).
A population raster counts people per pixel (WorldPop "ppp", GHSL POP; any CRS):
it is resampled onto the working grid by area, so totals are kept, and it decides
where residents live; inside each khu vực (or the ward) that carries a population
figure it is scaled to that figure, elsewhere its own count is used.

Options:
  --dem FILE              elevation raster (GeoTIFF, SRTM .hgt, ...)
  --landuse FILE          land-use / clutter class raster
  --population FILE       people-per-pixel raster (not people per km²)
  --basemap FILE          orthophoto / map raster shown under the plan
  --assign-crs CRS        CRS of a raster that declares none
  --class V:NAME:#RRGGBB[:LOSS_DB[:POP_WEIGHT]]
                          a land-use class: legend entry and the extra path loss
                          (clutter loss, dB) a receiver in it sees, and how densely
                          people live there relative to other classes; repeatable
)";

}  // namespace

int run_add_raster(int argc, char** argv) {
    Args args(argc, argv, 2, {"help"},
              {"dem", "landuse", "population", "basemap", "assign-crs", "class"});
    if (args.has("help")) {
        std::cout << kHelp;
        return kExitOk;
    }
    if (args.positionals().size() != 1) throw UsageError{"expected PROJECT"};
    if (int(args.has("dem")) + int(args.has("landuse")) + int(args.has("population")) +
            int(args.has("basemap")) !=
        1)
        throw UsageError{"give exactly one of --dem, --landuse, --population or --basemap"};
    const std::string project_path = args.positionals()[0];
    const gis::RasterKind kind = args.has("dem")          ? gis::RasterKind::Dem
                                 : args.has("landuse")    ? gis::RasterKind::LandUse
                                 : args.has("population") ? gis::RasterKind::Population
                                                          : gis::RasterKind::Basemap;
    const std::string file = *args.get(gis::raster_kind_name(kind));

    std::vector<gis::LandUseClass> classes;
    for (const std::string& c : args.all("class")) {
        int value = 0;
        unsigned r = 0, g = 0, b = 0;
        char name[256] = {};
        double loss = 0.0, weight = 0.0;
        const int n = std::sscanf(c.c_str(), "%d:%255[^:]:#%02x%02x%02x:%lf:%lf", &value, name, &r,
                                  &g, &b, &loss, &weight);
        if (n < 5 || value < 1 || value > 255 || loss < 0 || loss > 60 || weight < 0)
            throw UsageError{"--class '" + c +
                             "' is not V:NAME:#RRGGBB[:LOSS_DB[:POP_WEIGHT]] with V in 1..255, a "
                             "loss of 0..60 dB and a weight >= 0"};
        classes.push_back({{value, static_cast<std::uint8_t>(r), static_cast<std::uint8_t>(g),
                            static_cast<std::uint8_t>(b), name},
                           loss,
                           weight});
    }

    auto info = gis::inspect_raster(file);
    if (!info) {
        std::cerr << "covplan add-raster: " << info.error() << "\n";
        return kExitBadInput;
    }
    const std::string assigned = args.get("assign-crs").value_or("");
    if (!assigned.empty()) {
        if (auto c = gis::Crs::from_user_input(assigned); !c)
            throw UsageError{"--assign-crs: " + c.error()};
    } else if (!info->crs) {
        std::cerr << "covplan add-raster: " << file
                  << ": the raster has no coordinate reference system; give --assign-crs\n";
        return kExitBadInput;
    }
    auto lock = lock_project(project_path, "add-raster");
    if (!lock) return lock.error();
    auto loaded = gis::load_project(project_path);
    if (!loaded) {
        print_issues(std::cerr, loaded.error());
        return kExitBadInput;
    }
    if (core::has_errors(loaded->issues)) {
        // Saving now would drop the features that failed to load.
        std::cerr << "covplan add-raster: " << project_path << " has errors; fix them first:\n";
        print_issues(std::cerr, loaded->issues);
        return kExitBadInput;
    }
    gis::Project& project = loaded->project;
    const std::string absolute = std::filesystem::absolute(file).lexically_normal().string();
    std::erase_if(project.rasters, [&](const gis::RasterSource& r) {
        return r.kind == kind && (kind != gis::RasterKind::Basemap || r.path == absolute);
    });
    project.rasters.push_back({kind, absolute, assigned});
    if (!classes.empty()) project.landuse_classes = classes;
    // Read onto the working grid as coverage will: refused now, not at the next run.
    auto share = gis::check_project_raster(project, kind);
    if (!share) {
        std::cerr << "covplan add-raster: not added: " << share.error() << "\n";
        return kExitBadInput;
    }
    if (*share && **share < 0.99)
        std::printf("  note: %s covers %.1f %% of the working area\n", file.c_str(),
                    100.0 * **share);
    if (auto saved = gis::save_project(project, project_path, *lock); !saved) {
        std::cerr << "covplan add-raster: " << saved.error() << "\n";
        return kExitBadInput;
    }
    std::cout << "project " << project_path << " now uses " << file << " as its "
              << gis::raster_kind_name(kind) << " (" << info->cols << " x " << info->rows << " px, "
              << (info->crs ? info->crs->describe() : assigned) << ")\n";
    return kExitOk;
}

}  // namespace covplan::cli
