// Single-value commands for checking the propagation models against published values.

#include <cmath>
#include <cstdio>
#include <iostream>

#include "cli/args.h"
#include "cli/commands.h"
#include "core/propagation/free_space.h"
#include "core/propagation/hata.h"
#include "core/propagation/knife_edge.h"
#include "core/propagation/tr38901.h"

namespace covplan::cli {
namespace {

constexpr const char* kPathlossHelp =
    R"(Usage: covplan pathloss --model M --variant V --freq-mhz F --distance-km D [options]

Prints one path loss in dB. Exit 1 with a message for input outside the model's
validity range, unless --allow-extrapolation (then a warning on stderr).

Models and variants:
  fspl                                  free space, ITU-R P.525 (no variant)
  hata     urban-small, urban-large, suburban, open      Okumura-Hata
  cost231  medium, metropolitan                          COST-231 Hata
  tr38901  rma-los, rma-nlos, uma-los, uma-nlos, umi-los, umi-nlos   3GPP TR 38.901
Options:
  --tx-height-m H         base station antenna height (default 30; TR 38.901 RMa 35, UMa 25, UMi 10)
  --rx-height-m h         receiver height (default 1.5)
  --building-height-m B   TR 38.901 RMa average building height (default 5)
  --street-width-m W      TR 38.901 RMa street width (default 20)
  --allow-extrapolation   evaluate outside the validity range
Distance is the 2-D ground distance.
)";

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
    std::printf("%.4f\n", r->loss_db);
    return kExitOk;
}

}  // namespace

int run_pathloss(int argc, char** argv) {
    Args a(argc, argv, 2, {"help", "allow-extrapolation"},
           {"model", "variant", "freq-mhz", "distance-km", "tx-height-m", "rx-height-m",
            "building-height-m", "street-width-m"});
    if (a.has("help")) {
        std::cout << kPathlossHelp;
        return kExitOk;
    }
    const std::string model = a.get("model").value_or("");
    const std::string variant = a.get("variant").value_or("");
    const double f = require(a, "freq-mhz"), d = require(a, "distance-km");
    const double hm = a.number("rx-height-m").value_or(1.5);
    const auto x =
        a.has("allow-extrapolation") ? core::Extrapolation::Allow : core::Extrapolation::Forbid;
    if (model == "fspl") return print_result(core::free_space_loss(f, d), "pathloss");
    if (model == "hata") {
        core::HataEnvironment env;
        if (variant == "urban-small")
            env = core::HataEnvironment::UrbanSmallMedium;
        else if (variant == "urban-large")
            env = core::HataEnvironment::UrbanLarge;
        else if (variant == "suburban")
            env = core::HataEnvironment::Suburban;
        else if (variant == "open")
            env = core::HataEnvironment::Open;
        else
            throw UsageError{"hata variants: urban-small, urban-large, suburban, open"};
        return print_result(
            core::okumura_hata(env, f, d, a.number("tx-height-m").value_or(30), hm, x), "pathloss");
    }
    if (model == "cost231") {
        core::Cost231Environment env;
        if (variant == "medium")
            env = core::Cost231Environment::MediumCitySuburban;
        else if (variant == "metropolitan")
            env = core::Cost231Environment::Metropolitan;
        else
            throw UsageError{"cost231 variants: medium, metropolitan"};
        return print_result(
            core::cost231_hata(env, f, d, a.number("tx-height-m").value_or(30), hm, x), "pathloss");
    }
    if (model == "tr38901") {
        const auto dash = variant.find('-');
        const std::string sc = variant.substr(0, dash),
                          cond = dash == std::string::npos ? "" : variant.substr(dash + 1);
        core::Tr38901Scenario s;
        double default_h = 35;
        if (sc == "rma")
            s = core::Tr38901Scenario::RMa;
        else if (sc == "uma")
            s = core::Tr38901Scenario::UMa, default_h = 25;
        else if (sc == "umi")
            s = core::Tr38901Scenario::UMi, default_h = 10;
        else
            throw UsageError{
                "tr38901 variants: rma-los, rma-nlos, uma-los, uma-nlos, umi-los, umi-nlos"};
        if (cond != "los" && cond != "nlos")
            throw UsageError{
                "tr38901 variants: rma-los, rma-nlos, uma-los, uma-nlos, umi-los, umi-nlos"};
        core::Tr38901Params p;
        p.freq_mhz = f;
        p.hbs_m = a.number("tx-height-m").value_or(default_h);
        p.hut_m = hm;
        p.building_height_m = a.number("building-height-m").value_or(5);
        p.street_width_m = a.number("street-width-m").value_or(20);
        return print_result(cond == "los" ? core::tr38901_los(s, p, d * 1000, x)
                                          : core::tr38901_nlos(s, p, d * 1000, x),
                            "pathloss");
    }
    throw UsageError{"--model must be fspl, hata, cost231 or tr38901"};
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
    std::printf("%.8f\n", core::tr38901_los_probability(s, d * 1000, h));
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
    std::printf("%.4f\n", a.has("approx") ? core::knife_edge_loss_approx_db(nu)
                                          : core::knife_edge_loss_exact_db(nu));
    return kExitOk;
}

}  // namespace covplan::cli
