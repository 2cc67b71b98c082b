// covplan: headless planning of 4G/5G coverage and fiber reach.

#include <cstring>
#include <exception>
#include <iostream>
#include <string_view>

#include "cli/args.h"
#include "cli/commands.h"

namespace {

constexpr const char* kUsage =
    R"(covplan - 4G/5G coverage and fiber-reach planning for a ward, district or city

Usage: covplan <command> [options]

Commands:
  demo [--out DIR]              Run the main job on the embedded Long My sample and
                                print where its outputs are.
  info FILE                     List layers, CRS, extent, feature counts, detected roles,
                                field mapping and every validation problem of a vector
                                file, raster or covplan project.
  import PROJECT FILE           Add a layer to a project (created if missing);
                                --replace / --update for a layer it already has.
  layers PROJECT                List the project's layers, counts and sources.
  remove-layer PROJECT ROLE     Remove one layer (ward, hamlets, sites, ...).
  add-raster PROJECT            Reference a DEM, land-use, population or basemap raster.
  transform --from CRS --to CRS X Y
                                Convert one coordinate, e.g. WGS 84 lon/lat to VN-2000 TM-3.
  coverage PROJECT --out DIR    4G/5G RSRP, best server, SINR, throughput, LOS as GeoTIFF.
  settings PROJECT [K=V ...]    Show or change the project's settings and targets.
  analyze PROJECT --out DIR     Plan KPIs, population coverage, priority places, co-location.
  suggest PROJECT               Cheapest 5G sites reaching the plan's targets (lazy greedy).
  report PROJECT --out FILE.pdf The PDF report (map, indicators, khu vực, gaps, co-location).
  map PROJECT --out FILE.png    The map sheet as PNG (size, dpi, with or without legend).
  kmz PROJECT --out FILE.kmz    Google Earth: coverage overlays, sites, gaps.
  snapshot PROJECT [--date D]   Store the plan KPIs under a date (yearly progress).
  validate PROJECT --out DIR    The model against the project's measurements: error
                                statistics, residual layer, plots.
  calibrate PROJECT --out DIR   Fit the model to the measurements (cross-validated)
                                and store the calibration in the project.
  point PROJECT --lon X --lat Y What the engine computes at one place, per cell and layer.
  pathloss --model M ...        One path loss (fspl, hata, cost231, tr38901), in dB.
  los-probability ...           TR 38.901 LOS probability.
  knife-edge --nu V             ITU-R P.526 knife-edge diffraction loss J(nu), in dB.
  itm --mode area|p2p --input F The Irregular Terrain Model (Longley-Rice) on NTIA's
                                driver input files; basic transmission loss in dB.
  profile PROJECT --from A --to B
                                Path profile between two places: terrain, Earth bulge,
                                line of sight, Fresnel clearance, loss by each model.

Run 'covplan <command> --help' for a command's options.
Exit codes: 0 ok, 1 bad input, 2 usage error.
)";

}  // namespace

int main(int argc, char** argv) {
    using namespace covplan::cli;
    if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0 ||
        std::strcmp(argv[1], "help") == 0) {
        std::cout << kUsage;
        return argc < 2 ? kExitUsage : kExitOk;
    }
    if (std::strcmp(argv[1], "--version") == 0) {
        std::cout << "covplan " << COVPLAN_VERSION << "\n";
        return kExitOk;
    }
    const std::string_view cmd = argv[1];
    try {
        if (cmd == "info") return run_info(argc, argv);
        if (cmd == "transform") return run_transform(argc, argv);
        if (cmd == "import") return run_import(argc, argv);
        if (cmd == "layers") return run_layers(argc, argv);
        if (cmd == "remove-layer") return run_remove_layer(argc, argv);
        if (cmd == "add-raster") return run_add_raster(argc, argv);
        if (cmd == "demo") return run_demo(argc, argv);
        if (cmd == "coverage") return run_coverage(argc, argv);
        if (cmd == "settings") return run_settings(argc, argv);
        if (cmd == "analyze") return run_analyze(argc, argv);
        if (cmd == "suggest") return run_suggest(argc, argv);
        if (cmd == "report") return run_report(argc, argv);
        if (cmd == "map") return run_map(argc, argv);
        if (cmd == "kmz") return run_kmz(argc, argv);
        if (cmd == "snapshot") return run_snapshot(argc, argv);
        if (cmd == "validate") return run_validate(argc, argv);
        if (cmd == "calibrate") return run_calibrate(argc, argv);
        if (cmd == "pathloss") return run_pathloss(argc, argv);
        if (cmd == "point") return run_point(argc, argv);
        if (cmd == "los-probability") return run_los_probability(argc, argv);
        if (cmd == "knife-edge") return run_knife_edge(argc, argv);
        if (cmd == "itm") return run_itm(argc, argv);
        if (cmd == "profile") return run_profile(argc, argv);
    } catch (const UsageError& e) {
        std::cerr << "covplan " << cmd << ": " << e.message << "\n(see 'covplan " << cmd
                  << " --help')\n";
        return kExitUsage;
    } catch (const std::exception& e) {
        // The last line of defence: readers turn what they know into located errors;
        // anything else still ends in a message and exit 1, never an abort.
        std::cerr << "covplan " << cmd << ": " << e.what() << "\n";
        return kExitBadInput;
    }
    std::cerr << "covplan: unknown command '" << cmd << "'\n\n" << kUsage;
    return kExitUsage;
}
