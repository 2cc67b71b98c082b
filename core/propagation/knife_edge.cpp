#include "core/propagation/knife_edge.h"

#include <cmath>
#include <numbers>
#include <vector>

#include "core/propagation/free_space.h"

namespace covplan::core {
namespace {

constexpr double kPi = std::numbers::pi;

Fresnel fresnel_series(double x) {
    // C = sum (-1)^n (pi/2)^(2n) x^(4n+1) / ((2n)! (4n+1)),
    // S = sum (-1)^n (pi/2)^(2n+1) x^(4n+3) / ((2n+1)! (4n+3)).
    const double z = kPi / 2.0 * x * x;  // argument of cos/sin
    double term = x;                     // z^(k) x / k! with k = 0, 1, 2, ...
    double c = 0.0, s = 0.0;
    for (int k = 0; k < 200; ++k) {
        const double contrib = term / (2.0 * k + 1.0);
        switch (k % 4) {
            case 0:
                c += contrib;
                break;
            case 1:
                s += contrib;
                break;
            case 2:
                c -= contrib;
                break;
            case 3:
                s -= contrib;
                break;
        }
        term *= z / (k + 1.0);
        if (std::abs(term) < 1e-17 * (std::abs(c) + std::abs(s) + 1e-300) && k > 4) break;
    }
    return {c, s};
}

Fresnel fresnel_asymptotic(double x) {
    // C = 1/2 + f sin(pi x^2/2) - g cos(pi x^2/2), S = 1/2 - f cos(..) - g sin(..),
    // f ~ 1/(pi x) sum (-1)^m (4m-1)!! / (pi x^2)^(2m), g ~ 1/(pi^2 x^3) sum (-1)^m (4m+1)!! / (pi
    // x^2)^(2m).
    const double u = kPi * x * x;
    double f = 0.0, g = 0.0, tf = 1.0, tg = 1.0;
    for (int m = 0; m < 30; ++m) {
        f += tf;
        g += tg;
        const double nf = -tf * (4.0 * m + 1.0) * (4.0 * m + 3.0) / (u * u);
        const double ng = -tg * (4.0 * m + 3.0) * (4.0 * m + 5.0) / (u * u);
        if (std::abs(nf) >= std::abs(tf)) break;  // asymptotic series: stop at the smallest term
        tf = nf;
        tg = ng;
    }
    f /= kPi * x;
    g /= kPi * kPi * x * x * x;
    const double a = kPi / 2.0 * x * x;
    return {0.5 + f * std::sin(a) - g * std::cos(a), 0.5 - f * std::cos(a) - g * std::sin(a)};
}

}  // namespace

Fresnel fresnel_integrals(double x) {
    const double ax = std::abs(x);
    Fresnel r = ax < 3.0 ? fresnel_series(ax) : fresnel_asymptotic(ax);
    if (x < 0) return {-r.c, -r.s};
    return r;
}

double knife_edge_loss_exact_db(double nu) {
    const Fresnel f = fresnel_integrals(nu);
    const double a = 1.0 - f.c - f.s, b = f.c - f.s;
    return -20.0 * std::log10(std::sqrt(a * a + b * b) / 2.0);
}

double knife_edge_loss_approx_db(double nu) {
    if (nu <= -0.78) return 0.0;
    const double t = nu - 0.1;
    return 6.9 + 20.0 * std::log10(std::sqrt(t * t + 1.0) + t);
}

double knife_edge_loss_fast_db(double nu) {
    constexpr double kLo = -0.78, kHi = 40.0, kStep = 0.001;
    static const std::vector<float> table = [] {
        const int n = static_cast<int>((kHi - kLo) / kStep) + 2;
        std::vector<float> t(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i)
            t[static_cast<std::size_t>(i)] =
                static_cast<float>(knife_edge_loss_exact_db(kLo + i * kStep));
        return t;
    }();
    if (nu <= kLo) return 0.0;
    // Beyond the table J approaches 12.953 + 20 log10(nu) (P.526-15 4.1, large nu).
    if (nu >= kHi) return 12.953 + 20.0 * std::log10(nu);
    const double f = (nu - kLo) / kStep;
    const auto i = static_cast<std::size_t>(f);
    const double w = f - static_cast<double>(i);
    return table[i] * (1.0 - w) + table[i + 1] * w;
}

double fresnel_kirchhoff_nu(double freq_mhz, double d1_m, double d2_m, double height_m) {
    const double lambda = kSpeedOfLight_m_s / (freq_mhz * 1e6);
    return height_m * std::sqrt(2.0 / lambda * (1.0 / d1_m + 1.0 / d2_m));
}

namespace {

struct Edge {
    int index = -1;
    double nu = -1e9;
};

// The sample between a and b (exclusive) with the largest nu relative to the line
// from (a, ha) to (b, hb), heights already including the Earth bulge.
Edge strongest_edge(const std::vector<double>& x, const std::vector<double>& h, int a, double ha,
                    int b, double hb, double freq_mhz) {
    Edge best;
    const double span = x[b] - x[a];
    for (int i = a + 1; i < b; ++i) {
        const double d1 = x[i] - x[a], d2 = x[b] - x[i];
        if (d1 <= 0 || d2 <= 0) continue;
        const double line = ha + (hb - ha) * d1 / span;
        const double nu = fresnel_kirchhoff_nu(freq_mhz, d1, d2, h[i] - line);
        if (nu > best.nu) best = {i, nu};
    }
    return best;
}

}  // namespace

DiffractionResult deygout_loss(const TerrainPath& path) {
    const int n = static_cast<int>(std::min(path.distance_m.size(), path.ground_m.size()));
    DiffractionResult out{0.0, 0, true};
    if (n < 3) return out;
    const double total = path.distance_m[n - 1];
    const double two_kr = 2.0 * path.k_factor * kEarthRadius_m;
    std::vector<double> x(path.distance_m.begin(), path.distance_m.begin() + n), h(n);
    for (int i = 0; i < n; ++i) h[i] = path.ground_m[i] + x[i] * (total - x[i]) / two_kr;
    const double ht = h[0] + path.tx_height_m, hr = h[n - 1] + path.rx_height_m;

    const Edge main = strongest_edge(x, h, 0, ht, n - 1, hr, path.freq_mhz);
    if (main.index < 0) return out;
    out.line_of_sight = main.nu <= 0.0;
    constexpr double kNoLossBelow = -0.78;  // P.526: J(nu) is taken as 0 below this
    if (main.nu <= kNoLossBelow) return out;
    out.loss_db = knife_edge_loss_exact_db(main.nu);
    out.edges = 1;
    const Edge left = strongest_edge(x, h, 0, ht, main.index, h[main.index], path.freq_mhz);
    const Edge right = strongest_edge(x, h, main.index, h[main.index], n - 1, hr, path.freq_mhz);
    for (const Edge& e : {left, right})
        if (e.index >= 0 && e.nu > kNoLossBelow) {
            out.loss_db += knife_edge_loss_exact_db(e.nu);
            ++out.edges;
        }
    return out;
}

}  // namespace covplan::core
