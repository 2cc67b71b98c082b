#include "core/coverage/radial_terrain.h"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numbers>

#include "core/propagation/knife_edge.h"

namespace covplan::core {
namespace {

constexpr double kNoLossBelow = -0.78;

std::uint8_t encode(double loss_db, bool los) {
    const int q = std::clamp(static_cast<int>(std::lround(loss_db * 2.0)), 0, 127);
    return static_cast<std::uint8_t>(q | (los ? 0 : 0x80));
}

}  // namespace

namespace {

struct ProfileSolver {
    double tx_top, rx_h, lambda;
    [[nodiscard]] double nu(double h, double d1, double d2) const {
        return h * std::sqrt(2.0 / lambda * (1.0 / d1 + 1.0 / d2));
    }
    //! Deygout loss and line of sight for a receiver at every sample of one profile
    //! (x distances, z heights in the bent frame), carrying the horizons along.
    void solve(const double* x, const double* z, int n, double* loss_out, bool* los_out) const {
        int main_edge = -1;          // transmitter horizon before the current sample
        double main_slope = -1e300;  // its elevation (slope) from the mast top
        int rx_edge = -1;            // greatest slope from the main edge's top beyond it
        double rx_slope = -1e300;
        int prev_edge = -1;    // the horizon before the current main edge
        int tx_side_for = -1;  // main edge the cached transmitter-side loss belongs to
        double tx_side_loss = 0.0;
        loss_out[0] = 0.0;
        los_out[0] = true;
        for (int k = 1; k < n; ++k) {
            const double d = x[k];
            const double rx_top = z[k] + rx_h;
            double loss = 0.0;
            bool los = true;
            if (main_edge > 0) {
                los = main_slope <= (rx_top - tx_top) / d;
                const double xe = x[main_edge], ze = z[main_edge];
                const double line_e = tx_top + (rx_top - tx_top) * xe / d;
                const double nu_e = nu(ze - line_e, xe, d - xe);
                if (nu_e > kNoLossBelow) {
                    loss = knife_edge_loss_fast_db(nu_e);
                    if (rx_edge > main_edge) {
                        const double xf = x[rx_edge];
                        const double line_f = ze + (rx_top - ze) * (xf - xe) / (d - xe);
                        const double nu_f = nu(z[rx_edge] - line_f, xf - xe, d - xf);
                        if (nu_f > kNoLossBelow) loss += knife_edge_loss_fast_db(nu_f);
                    }
                    if (tx_side_for != main_edge) {  // once per obstructing main edge
                        // The transmitter-side edge is the previous horizon: the highest
                        // elevation before the main edge (O(1), where a scan of all
                        // samples would make long rising radials quadratic).
                        tx_side_for = main_edge;
                        tx_side_loss = 0.0;
                        if (prev_edge > 0) {
                            const double line_p = tx_top + (ze - tx_top) * x[prev_edge] / xe;
                            const double nu_p =
                                nu(z[prev_edge] - line_p, x[prev_edge], xe - x[prev_edge]);
                            if (nu_p > kNoLossBelow) tx_side_loss = knife_edge_loss_fast_db(nu_p);
                        }
                    }
                    loss += tx_side_loss;
                }
            }
            loss_out[k] = loss;
            los_out[k] = los;
            // Sample k becomes a candidate edge for the receivers beyond it.
            const double slope = (z[k] - tx_top) / d;
            if (slope > main_slope) {
                main_slope = slope;
                prev_edge = main_edge;
                main_edge = k;
                rx_edge = -1;
                rx_slope = -1e300;
            } else {
                const double s2 = (z[k] - z[main_edge]) / (d - x[main_edge]);
                if (s2 > rx_slope) {
                    rx_slope = s2;
                    rx_edge = k;
                }
            }
        }
    }
};

}  // namespace

RadialTerrain RadialTerrain::layout(const GridSpec& g, double x0, double y0, double radius_m) {
    RadialTerrain t;
    // Profiles end where the grid does: beyond its farthest corner no pixel reads them.
    double corner_m = 0.0;
    for (double cx : {g.origin_x, g.origin_x + g.cols * g.pixel_size_m})
        for (double cy : {g.origin_y, g.origin_y - g.rows * g.pixel_size_m})
            corner_m = std::max(corner_m, std::hypot(cx - x0, cy - y0));
    radius_m = std::min(radius_m, corner_m + g.pixel_size_m);
    // Profiles sampled every pixel, but at most ~600 samples: beyond ~10 km a 30 m DEM
    // (SRTM, Copernicus) has no finer detail to offer than that.
    t.m_step_m = std::max(g.pixel_size_m, radius_m / 600.0);
    t.m_samples = std::max(2, static_cast<int>(std::ceil(radius_m / t.m_step_m)) + 2);
    // Arc spacing at the edge no coarser than two samples, at most 0.1 degree.
    t.m_radials = std::clamp(
        static_cast<int>(std::ceil(2.0 * std::numbers::pi * radius_m / (2.0 * t.m_step_m))), 360,
        3600);
    t.m_codes.assign(static_cast<std::size_t>(t.m_radials) * t.m_samples, 0);
    return t;
}

double RadialTerrain::ground_at(const GridSpec& g, const float* ground, double x, double y) {
    const int c = static_cast<int>(std::floor((x - g.origin_x) / g.pixel_size_m));
    const int r = static_cast<int>(std::floor((g.origin_y - y) / g.pixel_size_m));
    if (c < 0 || r < 0 || c >= g.cols || r >= g.rows) return 0.0;
    return ground[static_cast<std::size_t>(r) * g.cols + c];
}

RadialTerrain RadialTerrain::build(const GridSpec& g, const float* ground, double x0, double y0,
                                   double tx_h, double rx_h, double freq_mhz, double radius_m) {
    RadialTerrain t = layout(g, x0, y0, radius_m);
    const double two_kr = 2.0 * kStandardKFactor * kEarthRadius_m;
    auto ground_at = [&](double x, double y) { return RadialTerrain::ground_at(g, ground, x, y); };
    const double ground0 = ground_at(x0, y0);
    const ProfileSolver solver{ground0 + tx_h, rx_h, 299792458.0 / (freq_mhz * 1e6)};
    const int n = t.m_samples;
    // The smooth Earth through the mast's foot, solved once: the path-loss models
    // (Hata, TR 38.901) already hold the loss of a smooth Earth, so terrain adds only
    // what the real profile loses beyond it (the idea of P.526's delta-Bullington
    // method: actual minus smooth). On a flat DEM that is zero at every distance,
    // whatever the sampling step.
    std::vector<double> xs(static_cast<std::size_t>(n)), zs(static_cast<std::size_t>(n)),
        smooth_loss(static_cast<std::size_t>(n));
    {
        std::unique_ptr<bool[]> los(new bool[static_cast<std::size_t>(n)]);
        for (int k = 0; k < n; ++k) {
            xs[k] = k * t.m_step_m;
            zs[k] = ground0 - xs[k] * xs[k] / two_kr;
        }
        solver.solve(xs.data(), zs.data(), n, smooth_loss.data(), los.get());
    }
    // Radials are independent: split them over the cores (nested in the engine's
    // parallel loop over transmitters, which TBB balances).
    tbb::parallel_for(
        tbb::blocked_range<int>(0, t.m_radials, 16), [&](const tbb::blocked_range<int>& range) {
            std::vector<double> z(static_cast<std::size_t>(n)), loss(static_cast<std::size_t>(n));
            std::unique_ptr<bool[]> los(new bool[static_cast<std::size_t>(n)]);
            for (int r = range.begin(); r != range.end(); ++r) {
                const double a = (360.0 * r / t.m_radials) * std::numbers::pi / 180.0;
                const double sx = std::sin(a), sy = std::cos(a);
                for (int k = 0; k < n; ++k)
                    z[k] = ground_at(x0 + sx * xs[k], y0 + sy * xs[k]) - xs[k] * xs[k] / two_kr;
                solver.solve(xs.data(), z.data(), n, loss.data(), los.get());
                std::uint8_t* out = t.m_codes.data() + static_cast<std::size_t>(r) * n;
                for (int k = 0; k < n; ++k)
                    out[k] = encode(std::max(0.0, loss[k] - smooth_loss[k]), los[k]);
            }
        });
    t.m_loss.resize(t.m_codes.size());
    for (std::size_t i = 0; i < t.m_codes.size(); ++i)
        t.m_loss[i] = static_cast<float>(loss_db(t.m_codes[i]));
    return t;
}

std::uint8_t RadialTerrain::code_at(double dx, double dy) const {
    double az = std::atan2(dx, dy) * 180.0 / std::numbers::pi;
    if (az < 0) az += 360.0;
    int r = static_cast<int>(std::lround(az * m_radials / 360.0));
    if (r >= m_radials) r -= m_radials;
    const int k =
        std::min(static_cast<int>(std::lround(std::hypot(dx, dy) / m_step_m)), m_samples - 1);
    return m_codes[static_cast<std::size_t>(r) * m_samples + k];
}

}  // namespace covplan::core
