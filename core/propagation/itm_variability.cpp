// ITM's statistics ("avar", [Algorithm] section 5): the all-year median correction
// and the time, location and situation spreads of each radio climate, combined by the
// mode of variability into the requested quantile.

#include <cmath>

#include "core/propagation/itm_detail.h"

namespace covplan::core::itm::detail {

namespace {

// [Algorithm] 5.5: a curve of effective distance with five climate constants.
double curve(double c1, double c2, double x1, double x2, double x3, double d_e) {
    const double r = d_e / x1;
    const double t = (d_e - x2) / x3;
    return (c1 + c2 / (1.0 + t * t)) * (r * r) / (1.0 + r * r);
}

// Climate constants, columns in ITM's climate order (1..7) ([Algorithm] Table 5.1).
struct ClimateCurve {
    double c1, c2, x1, x2, x3;
};
constexpr ClimateCurve kMedian[7] = {
    {-9.67, 12.7, 144.9e3, 190.3e3, 133.8e3}, {-0.62, 9.19, 228.9e3, 205.2e3, 143.6e3},
    {1.26, 15.5, 262.6e3, 185.2e3, 99.8e3},   {-9.21, 9.05, 84.1e3, 101.1e3, 98.6e3},
    {-0.62, 9.19, 228.9e3, 205.2e3, 143.6e3}, {-0.39, 2.86, 141.7e3, 315.9e3, 167.4e3},
    {3.15, 857.9, 2222.e3, 164.8e3, 116.3e3},
};
constexpr ClimateCurve kSigmaMinus[7] = {
    {2.13, 159.5, 762.2e3, 123.6e3, 94.5e3},  {2.66, 7.67, 100.4e3, 172.5e3, 136.4e3},
    {6.11, 6.65, 138.2e3, 242.2e3, 178.6e3},  {1.98, 13.11, 139.1e3, 132.7e3, 193.5e3},
    {2.68, 7.16, 93.7e3, 186.8e3, 133.5e3},   {6.86, 10.38, 187.8e3, 169.6e3, 108.9e3},
    {8.51, 169.8, 609.8e3, 119.9e3, 106.6e3},
};
constexpr ClimateCurve kSigmaPlus[7] = {
    {2.11, 102.3, 636.9e3, 134.8e3, 95.6e3},  {6.87, 15.53, 138.7e3, 143.7e3, 98.6e3},
    {10.08, 9.60, 165.3e3, 225.7e3, 129.7e3}, {3.68, 159.3, 464.4e3, 93.1e3, 94.2e3},
    {4.75, 8.12, 93.2e3, 135.9e3, 113.4e3},   {8.58, 13.97, 216.0e3, 152.0e3, 122.7e3},
    {8.43, 8.19, 136.2e3, 188.5e3, 122.9e3},
};
constexpr double kCd[7] = {1.224, 0.801, 1.380, 1.000, 1.224, 1.518, 1.518};
constexpr double kZd[7] = {1.282, 2.161, 1.282, 20.0, 1.282, 1.282, 1.282};
// Frequency factors g-(f), g+(f) ([Algorithm] 5.6).
constexpr double kGm[7][3] = {{1.0, 0.0, 0.0},    {1.0, 0.0, 0.0}, {1.0, 0.0, 0.0}, {1.0, 0.0, 0.0},
                              {0.92, 0.25, 1.77}, {1.0, 0.0, 0.0}, {1.0, 0.0, 0.0}};
constexpr double kGp[7][3] = {{1.0, 0.0, 0.0},    {0.93, 0.31, 2.00}, {1.0, 0.0, 0.0},
                              {0.93, 0.19, 1.79}, {0.93, 0.31, 2.00}, {1.0, 0.0, 0.0},
                              {1.0, 0.0, 0.0}};

double eval(const ClimateCurve& c, double d_e) { return curve(c.c1, c.c2, c.x1, c.x2, c.x3, d_e); }

}  // namespace

double inverse_ccdf(double q) {
    constexpr double c0 = 2.515516, c1 = 0.802853, c2 = 0.010328;
    constexpr double d1 = 1.432788, d2 = 0.189269, d3 = 0.001308;
    const double x = q > 0.5 ? 1.0 - q : q;
    const double t = std::sqrt(-2.0 * std::log(x));
    const double zeta = ((c2 * t + c1) * t + c0) / (((d3 * t + d2) * t + d1) * t + 1.0);
    return q > 0.5 ? -(t - zeta) : t - zeta;
}

double attenuation_with_variability(const Variability& v, Climate climate, const double h_e_m[2],
                                    double delta_h_m, double f_mhz, double d_m, double a_ref_db,
                                    std::uint32_t* warnings) {
    double z_t = inverse_ccdf(v.time_pct / 100.0);
    double z_l = inverse_ccdf(v.location_pct / 100.0);
    const double z_s = inverse_ccdf(v.situation_pct / 100.0);
    const int c = static_cast<int>(climate) - 1;
    const double wn = f_mhz / 47.7;

    // Effective distance ([Algorithm] 5.3), with Earth radius 9000 km.
    constexpr double kA9000_m = 9000e3;
    const double d_ex = std::sqrt(2.0 * kA9000_m * h_e_m[0]) +
                        std::sqrt(2.0 * kA9000_m * h_e_m[1]) + std::pow(575.7e12 / wn, 1.0 / 3.0);
    const double d_e = d_m < d_ex ? 130e3 * d_m / d_ex : 130e3 + d_m - d_ex;

    int mode = v.mdvar;
    const bool no_situation = mode >= 20;
    if (no_situation) mode -= 20;
    const double sigma_s = no_situation ? 0.0 : 5.0 + 3.0 * std::exp(-d_e / 100e3);  // 5.10
    const bool no_location = mode >= 10;
    if (no_location) mode -= 10;

    const double v_med = eval(kMedian[c], d_e);
    if (mode == 0) {
        z_t = z_s;
        z_l = z_s;
    } else if (mode == 1) {
        z_l = z_s;
    } else if (mode == 2) {
        z_l = z_t;
    }
    if (std::fabs(z_t) > 3.10 || std::fabs(z_l) > 3.10 || std::fabs(z_s) > 3.10)
        *warnings |= kWarnExtremeVariabilities;

    double sigma_l = 0.0;
    if (!no_location) {
        const double delta_h_d = delta_h_m * (1.0 - 0.8 * std::exp(-d_m / 50e3));
        sigma_l = 10.0 * wn * delta_h_d / (wn * delta_h_d + 13.0);  // 5.9
    }
    const double y_l = sigma_l * z_l;
    const double q = std::log(0.133 * wn);
    const double g_minus = kGm[c][0] + kGm[c][1] / (std::pow(kGm[c][2] * q, 2) + 1.0);
    const double g_plus = kGp[c][0] + kGp[c][1] / (std::pow(kGp[c][2] * q, 2) + 1.0);
    const double sigma_t_minus = eval(kSigmaMinus[c], d_e) * g_minus;
    const double sigma_t_plus = eval(kSigmaPlus[c], d_e) * g_plus;
    const double sigma_td = kCd[c] * sigma_t_plus;
    const double tgtd = (sigma_t_plus - sigma_td) * kZd[c];
    const double sigma_t = z_t < 0.0       ? sigma_t_minus
                           : z_t <= kZd[c] ? sigma_t_plus
                                           : sigma_td + tgtd / z_t;
    const double y_t = sigma_t * z_t;
    const double y_s_sq = sigma_s * sigma_s + y_t * y_t / (7.8 + z_s * z_s) +
                          y_l * y_l / (24.0 + z_s * z_s);  // part of 5.11
    double y_r, y_s;
    if (mode == 0) {
        y_r = 0.0;
        y_s = std::sqrt(sigma_t * sigma_t + sigma_l * sigma_l + y_s_sq) * z_s;
    } else if (mode == 1) {
        y_r = y_t;
        y_s = std::sqrt(sigma_l * sigma_l + y_s_sq) * z_s;
    } else if (mode == 2) {
        y_r = std::sqrt(sigma_t * sigma_t + sigma_l * sigma_l) * z_t;
        y_s = std::sqrt(y_s_sq) * z_s;
    } else {
        y_r = y_t + y_l;
        y_s = std::sqrt(y_s_sq) * z_s;
    }
    double result = a_ref_db - v_med - y_r - y_s;
    // Negative attenuation (gain over free space) is compressed ([Algorithm] 5.12).
    if (result < 0.0) result = result * (29.0 - result) / (29.0 - 10.0 * result);
    return result;
}

}  // namespace covplan::core::itm::detail
