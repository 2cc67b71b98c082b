#include "core/propagation/tr38901.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "core/propagation/free_space.h"

namespace covplan::core {
namespace {

constexpr double kPi = std::numbers::pi;
constexpr double kHe_m = 1.0;

double d3d(double d2d, const Tr38901Params& p) { return std::hypot(d2d, p.hbs_m - p.hut_m); }

double rma_pl1(const Tr38901Params& p, double d3d_m) {
    const double fc = p.freq_mhz / 1000.0;
    const double h172 = std::pow(p.building_height_m, 1.72);
    return 20.0 * std::log10(40.0 * kPi * d3d_m * fc / 3.0) +
           std::min(0.03 * h172, 10.0) * std::log10(d3d_m) - std::min(0.044 * h172, 14.77) +
           0.002 * std::log10(p.building_height_m) * d3d_m;
}

double rma_los_loss(const Tr38901Params& p, double d2d) {
    const double dbp = rma_breakpoint_m(p.freq_mhz, p.hbs_m, p.hut_m);
    if (d2d <= dbp) return rma_pl1(p, d3d(d2d, p));
    // PL2 = PL1(dBP) + 40 log10(d3D / dBP).
    return rma_pl1(p, dbp) + 40.0 * std::log10(d3d(d2d, p) / dbp);
}

double urban_los_loss(Tr38901Scenario s, const Tr38901Params& p, double d2d) {
    const double fc = p.freq_mhz / 1000.0;
    const double dbp = urban_breakpoint_m(p.freq_mhz, p.hbs_m, p.hut_m);
    const double d = d3d(d2d, p);
    const double dh2 = (p.hbs_m - p.hut_m) * (p.hbs_m - p.hut_m);
    if (s == Tr38901Scenario::UMa) {
        if (d2d <= dbp) return 28.0 + 22.0 * std::log10(d) + 20.0 * std::log10(fc);
        return 28.0 + 40.0 * std::log10(d) + 20.0 * std::log10(fc) -
               9.0 * std::log10(dbp * dbp + dh2);
    }
    if (d2d <= dbp) return 32.4 + 21.0 * std::log10(d) + 20.0 * std::log10(fc);
    return 32.4 + 40.0 * std::log10(d) + 20.0 * std::log10(fc) - 9.5 * std::log10(dbp * dbp + dh2);
}

std::string join(std::initializer_list<std::string> parts) {
    std::string e;
    for (const auto& s : parts)
        if (!s.empty()) e += (e.empty() ? "" : "; ") + s;
    return e;
}

std::string range_errors(Tr38901Scenario s, const Tr38901Params& p, double d2d, bool los) {
    const double fc = p.freq_mhz;
    switch (s) {
        case Tr38901Scenario::RMa: {
            const char* m = los ? "TR 38.901 RMa LOS" : "TR 38.901 RMa NLOS";
            return join({range_error(m, "frequency", fc, 500.0, 30000.0, "MHz"),
                         range_error(m, "distance", d2d, 10.0, los ? 10000.0 : 5000.0, "m"),
                         range_error(m, "base station height", p.hbs_m, 10.0, 150.0, "m"),
                         range_error(m, "UT height", p.hut_m, 1.0, 10.0, "m"),
                         range_error(m, "building height", p.building_height_m, 5.0, 50.0, "m"),
                         range_error(m, "street width", p.street_width_m, 5.0, 50.0, "m")});
        }
        case Tr38901Scenario::UMa:
        case Tr38901Scenario::UMi: {
            const char* m = s == Tr38901Scenario::UMa
                                ? (los ? "TR 38.901 UMa LOS" : "TR 38.901 UMa NLOS")
                                : (los ? "TR 38.901 UMi LOS" : "TR 38.901 UMi NLOS");
            return join({range_error(m, "frequency", fc, 500.0, 100000.0, "MHz"),
                         range_error(m, "distance", d2d, 10.0, 5000.0, "m"),
                         range_error(m, "UT height", p.hut_m, 1.5, 22.5, "m"),
                         p.hbs_m > p.hut_m + kHe_m
                             ? std::string()
                             : std::string(m) + ": base station must be above the UT"});
        }
    }
    return {};
}

}  // namespace

double rma_breakpoint_m(double freq_mhz, double hbs_m, double hut_m) {
    return 2.0 * kPi * hbs_m * hut_m * freq_mhz * 1e6 / kSpeedOfLight_m_s;
}

double urban_breakpoint_m(double freq_mhz, double hbs_m, double hut_m) {
    return 4.0 * (hbs_m - kHe_m) * (hut_m - kHe_m) * freq_mhz * 1e6 / kSpeedOfLight_m_s;
}

PathLossResult tr38901_los(Tr38901Scenario s, const Tr38901Params& p, double d2d_m,
                           Extrapolation x) {
    if (!(p.freq_mhz > 0 && d2d_m > 0 && p.hbs_m > 0 && p.hut_m > 0))
        return std::unexpected(std::string("TR 38.901: inputs must be positive"));
    const double loss =
        s == Tr38901Scenario::RMa ? rma_los_loss(p, d2d_m) : urban_los_loss(s, p, d2d_m);
    return checked(loss, range_errors(s, p, d2d_m, true), x);
}

PathLossResult tr38901_nlos(Tr38901Scenario s, const Tr38901Params& p, double d2d_m,
                            Extrapolation x) {
    if (!(p.freq_mhz > 0 && d2d_m > 0 && p.hbs_m > 0 && p.hut_m > 0))
        return std::unexpected(std::string("TR 38.901: inputs must be positive"));
    const double fc = p.freq_mhz / 1000.0;
    const double d = d3d(d2d_m, p);
    double nlos = 0.0, los = 0.0;
    switch (s) {
        case Tr38901Scenario::RMa: {
            const double h = p.building_height_m, w = p.street_width_m, hbs = p.hbs_m;
            const double t = std::log10(11.75 * p.hut_m);
            nlos = 161.04 - 7.1 * std::log10(w) + 7.5 * std::log10(h) -
                   (24.37 - 3.7 * (h / hbs) * (h / hbs)) * std::log10(hbs) +
                   (43.42 - 3.1 * std::log10(hbs)) * (std::log10(d) - 3.0) + 20.0 * std::log10(fc) -
                   (3.2 * t * t - 4.97);
            los = rma_los_loss(p, d2d_m);
            break;
        }
        case Tr38901Scenario::UMa:
            nlos = 13.54 + 39.08 * std::log10(d) + 20.0 * std::log10(fc) - 0.6 * (p.hut_m - 1.5);
            los = urban_los_loss(s, p, d2d_m);
            break;
        case Tr38901Scenario::UMi:
            nlos = 35.3 * std::log10(d) + 22.4 + 21.3 * std::log10(fc) - 0.3 * (p.hut_m - 1.5);
            los = urban_los_loss(s, p, d2d_m);
            break;
    }
    return checked(std::max(los, nlos), range_errors(s, p, d2d_m, false), x);
}

double tr38901_los_probability(Tr38901Scenario s, double d2d_m, double hut_m) {
    switch (s) {
        case Tr38901Scenario::RMa:
            return d2d_m <= 10.0 ? 1.0 : std::exp(-(d2d_m - 10.0) / 1000.0);
        case Tr38901Scenario::UMi:
            return d2d_m <= 18.0 ? 1.0
                                 : 18.0 / d2d_m + std::exp(-d2d_m / 36.0) * (1.0 - 18.0 / d2d_m);
        case Tr38901Scenario::UMa: {
            if (d2d_m <= 18.0) return 1.0;
            const double c = hut_m <= 13.0 ? 0.0 : std::pow((hut_m - 13.0) / 10.0, 1.5);
            return (18.0 / d2d_m + std::exp(-d2d_m / 63.0) * (1.0 - 18.0 / d2d_m)) *
                   (1.0 + c * 1.25 * std::pow(d2d_m / 100.0, 3.0) * std::exp(-d2d_m / 150.0));
        }
    }
    return 0.0;
}

}  // namespace covplan::core
