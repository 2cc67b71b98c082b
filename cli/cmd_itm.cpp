// `covplan itm`: NTIA's ITM driver inputs through covplan's ITM, for checking the model
// against NTIA's results and for engineers whose cases are already in that format.

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "cli/args.h"
#include "cli/commands.h"
#include "core/propagation/itm.h"
#include "core/propagation/itm_driver_input.h"

namespace covplan::cli {
namespace {

constexpr const char* kItmHelp =
    R"(Usage: covplan itm --mode area|p2p --input FILE [--terrain FILE] [--verbose]

Runs the Irregular Terrain Model (Longley-Rice, NTIA/ITS ITM v1.2.2) on the input files
of NTIA's command-line driver and prints the basic transmission loss in dB.

  --input FILE    key,value lines: h_tx__meter, h_rx__meter, climate (1-7), N_0, f__mhz,
                  pol (0 horizontal, 1 vertical), epsilon, sigma, mdvar (0-3, +10, +20),
                  and time, location, situation, or confidence, reliability (percent).
                  Area mode adds d__km (one distance, or D0,D1,S1,D2,S2), delta_h__meter,
                  tx_site_criteria, rx_site_criteria (0 random, 1 careful, 2 very careful).
                  situation, confidence and reliability may list several values.
  --terrain FILE  point-to-point: the PFL profile, one line
                  "intervals,spacing_m,z0,z1,...,zn" (metres, transmitter first).
  --verbose       after the loss, ITM's intermediate values and warnings.

One case prints one number. Several (lists, distance ranges) print CSV rows:
d__km,reliability,confidence,A__db or d__km,time,location,situation,A__db.
Warnings go to stderr. Exit 1 with ITM's error code and text on invalid input.
)";

std::string read_file(const std::string& path, const char* what) {
    std::ifstream f(path, std::ios::binary);
    if (!f) throw std::runtime_error(std::string("cannot open the ") + what + " file " + path);
    std::ostringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

void print_intermediate(const core::itm::Result& r) {
    const auto& v = r.values;
    std::printf("free_space_db            %.1f\n", v.a_fs_db);
    std::printf("d__km                    %.3f\n", v.d_km);
    std::printf("theta_hzn_tx__mrad       %.3f\n", v.theta_hzn_rad[0] * 1000.0);
    std::printf("theta_hzn_rx__mrad       %.3f\n", v.theta_hzn_rad[1] * 1000.0);
    std::printf("d_hzn_tx__meter          %.0f\n", v.d_hzn_m[0]);
    std::printf("d_hzn_rx__meter          %.0f\n", v.d_hzn_m[1]);
    std::printf("h_e_tx__meter            %.1f\n", v.h_e_m[0]);
    std::printf("h_e_rx__meter            %.1f\n", v.h_e_m[1]);
    std::printf("N_s                      %.1f\n", v.n_s_n_units);
    std::printf("delta_h__meter           %.1f\n", v.delta_h_m);
    std::printf("A_ref__db                %.1f\n", v.a_ref_db);
    std::printf("mode_of_propagation      %d (%s)\n", static_cast<int>(v.mode),
                std::string(core::itm::mode_name(v.mode)).c_str());
    std::printf("warning_flags            0x%04X\n", r.warnings);
    for (std::string_view w : core::itm::warning_texts(r.warnings))
        std::printf("warning                  %s\n", std::string(w).c_str());
}

}  // namespace

int run_itm(int argc, char** argv) {
    Args a(argc, argv, 2, {"help", "verbose"}, {"mode", "input", "terrain"});
    if (a.has("help")) {
        std::cout << kItmHelp;
        return kExitOk;
    }
    const std::string mode_text = a.get("mode").value_or("");
    if (mode_text != "area" && mode_text != "p2p") throw UsageError{"--mode must be area or p2p"};
    const auto mode =
        mode_text == "area" ? core::itm::DriverMode::Area : core::itm::DriverMode::PointToPoint;
    const auto input_path = a.get("input");
    if (!input_path) throw UsageError{"--input FILE is required"};
    if (mode == core::itm::DriverMode::PointToPoint && !a.get("terrain"))
        throw UsageError{"--mode p2p needs --terrain FILE (PFL)"};
    if (mode == core::itm::DriverMode::Area && a.get("terrain"))
        throw UsageError{"--terrain is for --mode p2p; area mode takes delta_h__meter"};

    auto input = core::itm::parse_driver_input(read_file(*input_path, "input"), mode);
    if (!input) {
        std::cerr << "covplan itm: " << *input_path << ": " << input.error() << "\n";
        return kExitBadInput;
    }
    core::itm::PflTerrain terrain;
    if (mode == core::itm::DriverMode::PointToPoint) {
        const std::string path = *a.get("terrain");
        auto t = core::itm::parse_pfl(read_file(path, "terrain"));
        if (!t) {
            std::cerr << "covplan itm: " << path << ": " << t.error() << "\n";
            return kExitBadInput;
        }
        terrain = std::move(*t);
    }

    const auto cases = core::itm::driver_cases(*input);
    const bool table = cases.size() > 1;
    if (table)
        std::printf(input->confidence_reliability ? "d__km,reliability,confidence,A__db\n"
                                                  : "d__km,time,location,situation,A__db\n");
    std::uint32_t all_warnings = 0;
    core::itm::Result last;
    for (const core::itm::DriverCase& c : cases) {
        std::expected<core::itm::Result, core::itm::Error> r;
        if (mode == core::itm::DriverMode::Area) {
            core::itm::AreaInput in;
            in.tx_height_m = input->tx_height_m;
            in.rx_height_m = input->rx_height_m;
            in.tx_siting = input->tx_siting;
            in.rx_siting = input->rx_siting;
            in.distance_km = c.distance_km;
            in.delta_h_m = input->delta_h_m;
            in.freq_mhz = input->freq_mhz;
            in.environment = input->environment;
            in.variability = c.variability;
            r = core::itm::area(in);
        } else {
            core::itm::PointToPointInput in;
            in.tx_height_m = input->tx_height_m;
            in.rx_height_m = input->rx_height_m;
            in.freq_mhz = input->freq_mhz;
            in.environment = input->environment;
            in.variability = c.variability;
            r = core::itm::point_to_point(in, terrain.profile());
        }
        if (!r) {
            std::cerr << "covplan itm: " << *input_path << ": ITM error " << r.error().code << ": "
                      << r.error().message << "\n";
            return kExitBadInput;
        }
        all_warnings |= r->warnings;
        last = *r;
        if (!table) {
            std::printf("%.2f\n", r->loss_db);
        } else if (input->confidence_reliability) {
            std::printf("%g,%g,%g,%.2f\n", r->values.d_km, c.reliability_pct, c.confidence_pct,
                        r->loss_db);
        } else {
            std::printf("%g,%g,%g,%g,%.2f\n", r->values.d_km, c.variability.time_pct,
                        c.variability.location_pct, c.variability.situation_pct, r->loss_db);
        }
    }
    for (std::string_view w : core::itm::warning_texts(all_warnings))
        std::cerr << "warning: " << w << "\n";
    if (a.has("verbose")) {
        if (table) std::printf("# intermediate values of the last case\n");
        print_intermediate(last);
    }
    return kExitOk;
}

}  // namespace covplan::cli
