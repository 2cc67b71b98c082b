// Single-value commands for checking the propagation models against published values.

#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>

#include "cli/args.h"
#include "cli/commands.h"
#include "core/propagation/free_space.h"
#include "core/propagation/hata.h"
#include "core/propagation/knife_edge.h"
#include "core/propagation/model_registry.h"
#include "core/propagation/tr38901.h"

namespace covplan::cli {
namespace {

std::string pathloss_help() {
    std::string h =
        "Usage: covplan pathloss --model M (--variant V | --environment E) --freq-mhz F "
        "--distance-km D [options]\n\n"
        "Prints one basic transmission loss in dB, exactly as the coverage engine applies it\n"
        "for the same model, variant and heights (`covplan point` lists them per cell).\n"
        "Exit 1 with a message for input outside the model's validity range, unless\n"
        "--allow-extrapolation (then a warning on stderr, and below the model's minimum\n"
        "distance the engine's rule, given per model below).\n\nModels and variants:\n";
    for (const core::ModelInfo& m : core::propagation_models()) {
        h += "  " + std::string(m.id) + "  " + std::string(m.title) + "\n";
        for (const core::ModelVariantInfo& v : m.variants)
            if (!v.id.empty())
                h += "      " + std::string(v.id) +
                     std::string(14 - std::min<std::size_t>(13, v.id.size()), ' ') +
                     std::string(v.description) + "\n";
        char range[256];
        std::snprintf(range, sizeof range,
                      "      valid: %g-%g MHz, %g-%g km, base station %g-%g m\n", m.min_freq_mhz,
                      m.max_freq_mhz, m.min_distance_km, m.max_distance_km, m.min_tx_height_m,
                      m.max_tx_height_m);
        if (m.model != core::PropagationModel::FreeSpace) h += range;
        h += "      " + std::string(m.below_min_distance) + "\n";
    }
    h += "Environments (the project's setting `environment`; --environment picks the variant the\n"
         "engine uses for it): dense-urban, urban, suburban, rural.\n"
         "Options:\n"
         "  --tx-height-m H         base station antenna height (default 30; tr38901 rma 35, uma "
         "25, umi 10)\n"
         "  --rx-height-m h         receiver height (default 1.5)\n"
         "  --building-height-m B   TR 38.901 RMa average building height (default 5)\n"
         "  --street-width-m W      TR 38.901 RMa street width (default 20)\n"
         "  --allow-extrapolation   evaluate outside the validity range\n"
         "Distance is the 2-D ground distance, as in the engine.\n";
    return h;
}

constexpr const char* kLosHelp =
    R"(Usage: covplan los-probability --scenario rma|uma|umi --distance-km D --rx-height-m h

Prints the 3GPP TR 38.901 Table 7.4.2-1 LOS probability.
)";

constexpr const char* kKnifeHelp = R"(Usage: covplan knife-edge --nu V [--approx]
       covplan knife-edge --freq-mhz F --d1-m A --d2-m B --height-m H [--approx]

Prints the ITU-R P.526 single knife-edge diffraction loss J(nu) in dB: exact from the
Fresnel integrals (eq. 26), or the approximation (eq. 31) with --approx. The second
form derives nu from the edge height above the direct path and its distances.
)";

// Single values print with significant digits: a LOS probability of 2.08e-9 is
// not 0.00000000, and 124.2634 dB keeps its hundredths.
void print_value(double v) { std::printf("%.10g\n", v); }

double require(const Args& a, const char* name) {
    auto v = a.number(name);
    if (!v) throw UsageError{std::string("--") + name + " is required"};
    return *v;
}

int print_result(const core::PathLossResult& r, const char* cmd) {
    if (!r) {
        std::cerr << "covplan " << cmd << ": " << r.error()
                  << " (use --allow-extrapolation to evaluate anyway)\n";
        return kExitBadInput;
    }
    if (r->extrapolated) std::cerr << "warning: extrapolated: " << r->note << "\n";
    print_value(r->loss_db);
    return kExitOk;
}

}  // namespace

int run_pathloss(int argc, char** argv) {
    Args a(argc, argv, 2, {"help", "allow-extrapolation"},
           {"model", "variant", "environment", "freq-mhz", "distance-km", "tx-height-m",
            "rx-height-m", "building-height-m", "street-width-m"});
    if (a.has("help")) {
        std::cout << pathloss_help();
        return kExitOk;
    }
    const core::ModelInfo* info = core::find_model(a.get("model").value_or(""));
    if (!info) {
        std::string ids;
        for (const core::ModelInfo& m : core::propagation_models())
            ids += (ids.empty() ? "" : ", ") + std::string(m.id);
        throw UsageError{"--model must be one of " + ids};
    }
    core::ModelSelection sel{info->model, a.get("variant").value_or("")};
    if (auto env_name = a.get("environment")) {
        if (a.get("variant")) throw UsageError{"give --variant or --environment, not both"};
        auto env = core::parse_environment(*env_name);
        if (!env) throw UsageError{"--environment must be dense-urban, urban, suburban or rural"};
        sel.variant = core::variant_for(info->model, *env);
    }
    if (auto e = core::variant_error(sel)) throw UsageError{*e};
    core::PathGeometry p;
    p.freq_mhz = require(a, "freq-mhz");
    p.distance_m = require(a, "distance-km") * 1000.0;
    const double default_h = sel.variant.starts_with("rma")   ? 35.0
                             : sel.variant.starts_with("uma") ? 25.0
                             : sel.variant.starts_with("umi") ? 10.0
                                                              : 30.0;
    p.tx_height_m = a.number("tx-height-m").value_or(default_h);
    p.rx_height_m = a.number("rx-height-m").value_or(1.5);
    p.building_height_m = a.number("building-height-m").value_or(5.0);
    p.street_width_m = a.number("street-width-m").value_or(20.0);
    const auto x =
        a.has("allow-extrapolation") ? core::Extrapolation::Allow : core::Extrapolation::Forbid;
    return print_result(core::model_loss(sel, p, x), "pathloss");
}

int run_los_probability(int argc, char** argv) {
    Args a(argc, argv, 2, {"help"}, {"scenario", "distance-km", "rx-height-m"});
    if (a.has("help")) {
        std::cout << kLosHelp;
        return kExitOk;
    }
    const std::string sc = a.get("scenario").value_or("");
    core::Tr38901Scenario s;
    if (sc == "rma")
        s = core::Tr38901Scenario::RMa;
    else if (sc == "uma")
        s = core::Tr38901Scenario::UMa;
    else if (sc == "umi")
        s = core::Tr38901Scenario::UMi;
    else
        throw UsageError{"--scenario must be rma, uma or umi"};
    const double d = require(a, "distance-km"), h = a.number("rx-height-m").value_or(1.5);
    if (!(d > 0) || h < 1.0 || h > 22.5) {
        std::cerr << "covplan los-probability: distance must be positive and the receiver 1–22.5 m "
                     "high\n";
        return kExitBadInput;
    }
    print_value(core::tr38901_los_probability(s, d * 1000, h));
    return kExitOk;
}

int run_knife_edge(int argc, char** argv) {
    Args a(argc, argv, 2, {"help", "approx"}, {"nu", "freq-mhz", "d1-m", "d2-m", "height-m"});
    if (a.has("help")) {
        std::cout << kKnifeHelp;
        return kExitOk;
    }
    double nu = 0;
    if (auto v = a.number("nu")) {
        nu = *v;
    } else {
        const double f = require(a, "freq-mhz"), d1 = require(a, "d1-m"), d2 = require(a, "d2-m");
        const double h = require(a, "height-m");
        if (!(f > 0 && d1 > 0 && d2 > 0)) {
            std::cerr << "covplan knife-edge: frequency and distances must be positive\n";
            return kExitBadInput;
        }
        nu = core::fresnel_kirchhoff_nu(f, d1, d2, h);
    }
    print_value(a.has("approx") ? core::knife_edge_loss_approx_db(nu)
                                : core::knife_edge_loss_exact_db(nu));
    return kExitOk;
}

}  // namespace covplan::cli
