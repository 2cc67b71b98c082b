// RadialTerrain::build_itm: ITM point-to-point along the radials of one transmitter.

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numbers>
#include <vector>

#include "core/coverage/cell.h"
#include "core/coverage/radial_terrain.h"
#include "core/propagation/itm.h"

namespace covplan::core {

RadialTerrain RadialTerrain::build_itm(const GridSpec& g, const float* ground, double x0, double y0,
                                       double tx_h, double rx_h, double freq_mhz, double radius_m,
                                       const ItmSettings& settings,
                                       const DistanceLossLaw& flat_law) {
    RadialTerrain t = layout(g, x0, y0, radius_m);
    const int n = t.m_samples;
    t.m_loss.assign(t.m_codes.size(), 0.0f);
    std::vector<double> flat(static_cast<std::size_t>(n));
    for (int k = 0; k < n; ++k) flat[k] = flat_law.loss_db(std::max(1.0, k * t.m_step_m));
    std::vector<double> reciprocals(static_cast<std::size_t>(n), 0.0);
    for (int i = 1; i < n; ++i) reciprocals[i] = 1.0 / i;
    itm::PointToPointInput in;
    in.tx_height_m = tx_h;
    in.rx_height_m = rx_h;
    in.freq_mhz = freq_mhz;
    in.environment = settings.environment();
    in.variability = settings.variability();
    // Only the entries some pixel reads: near the mast there are several radials per
    // pixel, and ITM is too costly to evaluate where nothing looks. A pixel is mapped as
    // the kernel maps it (nearest radial, nearest sample); within 1 % of a rounding
    // boundary both neighbours are kept, for the kernel's float arithmetic.
    std::vector<std::uint8_t> needed(t.m_codes.size(), 0);
    {
        const double reach = (n - 1) * t.m_step_m;
        const int c0 =
            std::max(0, static_cast<int>(std::floor((x0 - reach - g.origin_x) / g.pixel_size_m)));
        const int c1 = std::min(
            g.cols - 1, static_cast<int>(std::ceil((x0 + reach - g.origin_x) / g.pixel_size_m)));
        const int r0 =
            std::max(0, static_cast<int>(std::floor((g.origin_y - y0 - reach) / g.pixel_size_m)));
        const int r1 = std::min(
            g.rows - 1, static_cast<int>(std::ceil((g.origin_y - y0 + reach) / g.pixel_size_m)));
        const auto candidates = [](double v, int count, bool wrap, int out[2]) {
            const double f = v - std::floor(v);
            out[0] = static_cast<int>(std::floor(v + 0.5));
            out[1] = std::abs(f - 0.5) < 0.01 ? static_cast<int>(std::floor(v)) + (f >= 0.5 ? 0 : 1)
                                              : out[0];
            for (int i = 0; i < 2; ++i)
                out[i] =
                    wrap ? ((out[i] % count) + count) % count : std::clamp(out[i], 0, count - 1);
        };
        for (int row = r0; row <= r1; ++row)
            for (int col = c0; col <= c1; ++col) {
                const double dx = g.centre_x(col) - x0, dy = g.centre_y(row) - y0;
                const double d = std::hypot(dx, dy);
                if (d > reach + g.pixel_size_m) continue;
                double az = std::atan2(dx, dy) * 180.0 / std::numbers::pi;
                if (az < 0) az += 360.0;
                int rs[2], ks[2];
                candidates(az * t.m_radials / 360.0, t.m_radials, true, rs);
                candidates(d / t.m_step_m, n, false, ks);
                for (int a : rs)
                    for (int b : ks) needed[static_cast<std::size_t>(a) * n + b] = 1;
            }
    }
    std::atomic<std::size_t> evaluations{0};
    tbb::parallel_for(
        tbb::blocked_range<int>(0, t.m_radials, 8), [&](const tbb::blocked_range<int>& range) {
            std::vector<double> z(static_cast<std::size_t>(n));
            std::size_t evaluated = 0;
            for (int r = range.begin(); r != range.end(); ++r) {
                const double a = (360.0 * r / t.m_radials) * std::numbers::pi / 180.0;
                const double sx = std::sin(a), sy = std::cos(a);
                for (int k = 0; k < n; ++k)
                    z[k] = ground ? ground_at(g, ground, x0 + sx * k * t.m_step_m,
                                              y0 + sy * k * t.m_step_m)
                                  : 0.0;
                std::uint8_t* codes = t.m_codes.data() + static_cast<std::size_t>(r) * n;
                float* loss = t.m_loss.data() + static_cast<std::size_t>(r) * n;
                // The first samples (a profile of fewer than two intervals) are the mast's
                // foot: no terrain between, the flat law holds.
                const std::uint8_t* want = needed.data() + static_cast<std::size_t>(r) * n;
                for (int k = 2; k < n; ++k) {
                    if (!want[k]) continue;
                    ++evaluated;
                    const auto res = itm::point_to_point(
                        in, itm::Profile{std::span<const double>(z.data(), k + 1), t.m_step_m,
                                         reciprocals.data()});
                    if (!res) continue;  // inputs are checked when the cell is built
                    const double delta = res->loss_db - flat[k];
                    loss[k] = static_cast<float>(delta);
                    const int q = std::clamp(static_cast<int>(std::lround(delta * 2.0)), 0, 127);
                    codes[k] = static_cast<std::uint8_t>(q | (res->values.terrain_los ? 0 : 0x80));
                }
            }
            evaluations += evaluated;
        });
    t.m_itm_evaluations = evaluations;
    return t;
}

}  // namespace covplan::core
