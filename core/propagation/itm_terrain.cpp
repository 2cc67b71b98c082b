// ITM's reading of the terrain: horizons, effective heights and Delta h from a
// profile (point-to-point) or from siting criteria (area). The index arithmetic
// (integer truncation, half weights at the ends of the least-squares sums, the
// resampling of the profile into at most 245 points for Delta h) is the model's own:
// published results depend on it at the 0.1 dB level.

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <vector>

#include "core/propagation/itm_detail.h"

namespace covplan::core::itm::detail {

namespace {

// z of a profile by index (PFL's pfl[i + 2]).
inline double z(const Profile& p, int i) { return p.elevations_m[static_cast<std::size_t>(i)]; }

constexpr double kH3_m = 5.0;  // [Algorithm] 3.x: minimum height in the horizon-distance rule

double horizon_distance_m(double h_e_m, double a_e_m, double delta_h_m) {
    return std::sqrt(2.0 * h_e_m * a_e_m) *
           std::exp(-0.07 * std::sqrt(delta_h_m / std::max(h_e_m, kH3_m)));
}

}  // namespace

Ground initialize_ground(double freq_mhz, double h_sys_m, const Environment& env) {
    constexpr double kGammaA = 157e-9;  // curvature of the actual Earth, 1/m
    Ground g;
    g.n_s = h_sys_m == 0.0 ? env.n0_n_units : env.n0_n_units * std::exp(-h_sys_m / 9460.0);
    g.gamma_e = kGammaA * (1.0 - 0.04665 * std::exp(g.n_s / 179.3));
    const std::complex<double> ep_r(env.epsilon, 18000.0 * env.sigma_s_per_m / freq_mhz);
    g.z_g = std::sqrt(ep_r - 1.0);
    if (env.polarization == Polarization::Vertical) g.z_g /= ep_r;
    return g;
}

double system_height_m(const Profile& profile) {
    const int np = profile.intervals();
    const int p10 = static_cast<int>(0.1 * np);
    double sum = 0.0;
    for (int i = p10; i <= np - p10; ++i) sum += z(profile, i);
    return sum / (np - 2 * p10 + 1);
}

void find_horizons(const Profile& profile, double a_e_m, const double h_m[2], double theta_hzn[2],
                   double d_hzn_m[2]) {
    const int np = profile.intervals();
    const double xi = profile.spacing_m;
    const double d = np * xi;
    const double z_tx = z(profile, 0) + h_m[0];
    const double z_rx = z(profile, np) + h_m[1];
    // Start from the line between the antennas; any terrain above it is a horizon.
    theta_hzn[0] = (z_rx - z_tx) / d - d / (2.0 * a_e_m);
    theta_hzn[1] = -(z_rx - z_tx) / d - d / (2.0 * a_e_m);
    d_hzn_m[0] = d;
    d_hzn_m[1] = d;
    // With the caller's table of 1/i, no division in the loop (the coverage engine runs
    // this on every sample of every radial).
    const double* inv = profile.reciprocals;
    const double inv_xi = 1.0 / xi;
    const double half_curvature = xi / (2.0 * a_e_m);
    double d_tx = 0.0;
    double d_rx = d;
    for (int i = 1; i < np; ++i) {
        d_tx += xi;
        d_rx -= xi;
        double theta_tx, theta_rx;
        if (inv) {
            theta_tx = (z(profile, i) - z_tx) * inv[i] * inv_xi - i * half_curvature;
            theta_rx = -(z_rx - z(profile, i)) * inv[np - i] * inv_xi - (np - i) * half_curvature;
        } else {
            theta_tx = (z(profile, i) - z_tx) / d_tx - d_tx / (2.0 * a_e_m);
            theta_rx = -(z_rx - z(profile, i)) / d_rx - d_rx / (2.0 * a_e_m);
        }
        if (theta_tx > theta_hzn[0]) {
            theta_hzn[0] = theta_tx;
            d_hzn_m[0] = d_tx;
        }
        if (theta_rx > theta_hzn[1]) {
            theta_hzn[1] = theta_rx;
            d_hzn_m[1] = d_rx;
        }
    }
}

void least_squares_fit(const Profile& profile, double d_start_m, double d_end_m, double* y_start,
                       double* y_end) {
    const int np = profile.intervals();
    const double xi = profile.spacing_m;
    int i_start = static_cast<int>(std::fdim(d_start_m / xi, 0.0));
    int i_end = np - static_cast<int>(std::fdim(np, d_end_m / xi));
    if (i_end <= i_start) {
        i_start = static_cast<int>(std::fdim(i_start, 1.0));
        i_end = np - static_cast<int>(std::fdim(np, i_end + 1.0));
    }
    const double n = i_end - i_start;
    // Sums centred on the middle of the window; the end points carry half weight.
    double x = -0.5 * n;
    const double x_end = i_end + x;
    double sum_z = 0.5 * (z(profile, i_start) + z(profile, i_end));
    double sum_xz = 0.5 * (z(profile, i_start) - z(profile, i_end)) * x;
    for (int k = 2; k <= n; ++k) {
        ++i_start;
        x += 1.0;
        sum_z += z(profile, i_start);
        sum_xz += z(profile, i_start) * x;
    }
    sum_z /= n;
    sum_xz = sum_xz * 12.0 / ((n * n + 2.0) * n);
    *y_start = sum_z - sum_xz * x_end;
    *y_end = sum_z + sum_xz * (np - x_end);
}

double delta_h_m(const Profile& profile, double d_start_m, double d_end_m) {
    const int np = profile.intervals();
    double x_start = d_start_m / profile.spacing_m;
    double x_end = d_end_m / profile.spacing_m;
    if (x_end - x_start < 2.0) return 0.0;
    int p10 = static_cast<int>(0.1 * (x_end - x_start + 8.0));
    p10 = std::min(std::max(4, p10), 25);
    const int n = 10 * p10 - 5;
    const int p90 = n - p10;
    const double last = n - 1;

    // Resample the window into n equally spaced points (linear interpolation); n <= 245,
    // so the points stay on the stack.
    std::array<double, 245> buffer;
    const std::span<double> s(buffer.data(), static_cast<std::size_t>(n));
    const double step = (x_end - x_start) / last;
    int i = static_cast<int>(x_start);
    x_start -= static_cast<double>(static_cast<float>(i + 1.0));
    for (int j = 0; j < n; ++j) {
        while (x_start > 0.0 && (i + 1) < np) {
            x_start -= 1.0;
            ++i;
        }
        s[static_cast<std::size_t>(j)] =
            z(profile, i + 1) + (z(profile, i + 1) - z(profile, i)) * x_start;
        x_start += step;
    }
    const Profile resampled{std::span<const double>(s.data(), s.size()), 1.0};
    double y1 = 0.0;
    double y2 = 0.0;
    least_squares_fit(resampled, 0.0, last, &y1, &y2);
    const double slope = (y2 - y1) / last;
    for (int j = 0; j < n; ++j) {
        s[static_cast<std::size_t>(j)] -= y1;
        y1 += slope;
    }
    // Interdecile range of the residuals: the p10-th largest minus the (p90+1)-th
    // largest, which is the p10-th smallest (p90 = n - p10). The second selection only
    // searches what the first left below its pick.
    std::nth_element(s.begin(), s.begin() + (p10 - 1), s.end(), std::greater<double>());
    const double q10 = s[static_cast<std::size_t>(p10 - 1)];
    std::nth_element(s.begin() + p10, s.begin() + p90, s.end(), std::greater<double>());
    const double q90 = s[static_cast<std::size_t>(p90)];
    return (q10 - q90) / (1.0 - 0.8 * std::exp(-(d_end_m - d_start_m) / 50e3));
}

PathGeometry quick_profile(const Profile& profile, double gamma_e, const double h_m[2]) {
    PathGeometry g;
    const int np = profile.intervals();
    g.d_m = profile.length_m();
    const double a_e = 1.0 / gamma_e;
    find_horizons(profile, a_e, h_m, g.theta_hzn, g.d_hzn_m);
    g.terrain_los = g.d_hzn_m[0] >= g.d_m;

    // Delta h from the part of the path away from the terminals' immediate foreground.
    const double d_start = std::min(15.0 * h_m[0], 0.1 * g.d_hzn_m[0]);
    const double d_end = g.d_m - std::min(15.0 * h_m[1], 0.1 * g.d_hzn_m[1]);
    g.delta_h_m = delta_h_m(profile, d_start, d_end);

    double fit_tx = 0.0;
    double fit_rx = 0.0;
    if (g.d_hzn_m[0] + g.d_hzn_m[1] > 1.5 * g.d_m) {
        // Line-of-sight path: effective heights over the straight-line fit of the whole
        // path; horizons from the smooth-Earth rule.
        least_squares_fit(profile, d_start, d_end, &fit_tx, &fit_rx);
        g.h_e_m[0] = h_m[0] + std::fdim(z(profile, 0), fit_tx);
        g.h_e_m[1] = h_m[1] + std::fdim(z(profile, np), fit_rx);
        for (int i = 0; i < 2; ++i) g.d_hzn_m[i] = horizon_distance_m(g.h_e_m[i], a_e, g.delta_h_m);
        const double d_ml = g.d_hzn_m[0] + g.d_hzn_m[1];
        if (d_ml <= g.d_m) {
            const double q = std::pow(g.d_m / d_ml, 2);
            for (int i = 0; i < 2; ++i) {
                g.h_e_m[i] *= q;
                g.d_hzn_m[i] = horizon_distance_m(g.h_e_m[i], a_e, g.delta_h_m);
            }
        }
        for (int i = 0; i < 2; ++i) {
            const double q = std::sqrt(2.0 * g.h_e_m[i] * a_e);
            g.theta_hzn[i] = (0.65 * g.delta_h_m * (q / g.d_hzn_m[i] - 1.0) - 2.0 * g.h_e_m[i]) / q;
        }
    } else {
        // Beyond the horizon: each terminal's effective height over the fit of its own
        // foreground, up to 90 % of its horizon distance.
        double unused = 0.0;
        least_squares_fit(profile, d_start, 0.9 * g.d_hzn_m[0], &fit_tx, &unused);
        g.h_e_m[0] = h_m[0] + std::fdim(z(profile, 0), fit_tx);
        least_squares_fit(profile, g.d_m - 0.9 * g.d_hzn_m[1], d_end, &unused, &fit_rx);
        g.h_e_m[1] = h_m[1] + std::fdim(z(profile, np), fit_rx);
    }
    return g;
}

PathGeometry area_geometry(const Siting siting[2], double gamma_e, double delta_h_m,
                           const double h_m[2], double d_m) {
    PathGeometry g;
    g.delta_h_m = delta_h_m;
    g.d_m = d_m;
    constexpr double kPi = 3.1415926535897932384;
    for (int i = 0; i < 2; ++i) {
        if (siting[i] == Siting::Random) {
            g.h_e_m[i] = h_m[i];
        } else {
            // Careful siting raises the effective height on rough terrain ([Algorithm] 3.2).
            double b = siting[i] == Siting::Careful ? 4.0 : 9.0;
            if (h_m[i] < 5.0) b *= std::sin(0.1 * kPi * h_m[i]);
            g.h_e_m[i] = h_m[i] + (1.0 + b) * std::exp(-std::min(
                                                  20.0, 2.0 * h_m[i] / std::max(1e-3, delta_h_m)));
        }
        const double d_ls = std::sqrt(2.0 * g.h_e_m[i] / gamma_e);
        g.d_hzn_m[i] = d_ls * std::exp(-0.07 * std::sqrt(delta_h_m / std::max(g.h_e_m[i], kH3_m)));
        g.theta_hzn[i] = (0.65 * delta_h_m * (d_ls / g.d_hzn_m[i] - 1.0) - 2.0 * g.h_e_m[i]) / d_ls;
    }
    return g;
}

}  // namespace covplan::core::itm::detail
