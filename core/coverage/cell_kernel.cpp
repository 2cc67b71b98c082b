#include "core/coverage/cell_kernel.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <vector>

namespace covplan::core {
namespace {

constexpr float kRadToDeg = static_cast<float>(180.0 / std::numbers::pi);

// One instantiation per law kind and per input present keeps branches (and masked
// loads, which stop GCC's vectoriser) out of the loop.
template <bool kLogLaw, bool kGround, bool kClutter, bool kTerrain, bool kShortRange>
void kernel(const Cell& c, const KernelInputs& in, int row, int col0, int col1, float* out) {
    const GridSpec& g = *in.grid;
    const float px = static_cast<float>(g.pixel_size_m);
    const float x0 = static_cast<float>(g.origin_x + (col0 + 0.5) * g.pixel_size_m - c.x_m);
    const float dy = static_cast<float>(g.origin_y - (row + 0.5) * g.pixel_size_m - c.y_m);
    const float dy2 = dy * dy;
    const float r2 = static_cast<float>(c.radius_m * c.radius_m);
    const float tx_top = static_cast<float>(c.ground_m + c.antenna_height_m);
    const float rx_h = static_cast<float>(in.receiver_height_m);
    const float az0 = c.omni ? 0.0f : static_cast<float>(c.azimuth_deg);
    const float omni_mul = c.omni ? 0.0f : 1.0f;
    const float base = static_cast<float>(c.rs_power_dbm + c.antenna->max_gain_dbi());
    const float cap = static_cast<float>(
        c.antenna->max_attenuation_db() > 0 ? c.antenna->max_attenuation_db() : 1e9);
    const float elec = static_cast<float>(c.elec_tilt_deg),
                mech = static_cast<float>(c.mech_tilt_deg);
    const float a =
        static_cast<float>(c.law.a_db - 3.0 * c.law.b_db_per_decade);  // a + b (log10 d_m - 3)
    const float b = static_cast<float>(c.law.b_db_per_decade);
    const float short_ld = static_cast<float>(c.law.short_log10_m),
                free_ld = static_cast<float>(c.law.free_log10_m);
    const float mid_a = static_cast<float>(c.law.mid_a_db),
                mid_b = static_cast<float>(c.law.mid_b_db_per_decade);
    const float free_a = static_cast<float>(c.law.free_a_db);
    const float* H = c.antenna->horizontal_table().data();
    const float* V = c.antenna->vertical_table().data();
    const float* T = c.law.table.data();
    const float t0 = static_cast<float>(c.law.log_d0),
                tinv = static_cast<float>(1.0 / c.law.log_step);
    const int tmax = static_cast<int>(c.law.table.size()) - 2;
    const std::size_t rowoff = static_cast<std::size_t>(row) * static_cast<std::size_t>(g.cols);
    const float* ground = in.ground_m ? in.ground_m + rowoff : nullptr;
    const std::uint8_t* clutter = in.clutter ? in.clutter + rowoff : nullptr;
    const float* closs = in.clutter_loss_db;
    const int n = col1 - col0;
    const float* terrain = kTerrain ? c.terrain->losses_db() : nullptr;
    const int radials = kTerrain ? c.terrain->radials() : 1;
    const int samples = kTerrain ? c.terrain->samples() : 1;
    const float rad_per_deg = static_cast<float>(radials) / 360.0f;
    const float radials_f = static_cast<float>(radials), inv_radials = 1.0f / radials_f;
    const float last_sample = static_cast<float>(samples - 1);
    const float inv_step = kTerrain ? static_cast<float>(1.0 / c.terrain->step_m()) : 0.0f;

#pragma omp simd
    for (int i = 0; i < n; ++i) {
        const float dx = x0 + static_cast<float>(i) * px;
        const float d2 = std::fmax(dx * dx + dy2, 1.0f);
        const float d = std::sqrt(d2);
        float loss;
        if constexpr (kLogLaw) {
            // The short-range rule as selects (DistanceLossLaw::loss_db): no branch. Rows
            // farther from the mast than its reach skip them (kShortRange false).
            const float ld = std::log10(d);
            const float fs = free_a + 20.0f * ld;
            loss = a + b * ld;
            if constexpr (kShortRange)
                loss = ld < short_ld ? (ld < free_ld ? fs : mid_a + mid_b * ld) : loss;
            loss = std::fmax(loss, fs);
        } else {
            const float t =
                std::fmin(std::fmax((std::log10(d) - t0) * tinv, 0.0f), static_cast<float>(tmax));
            const int k = static_cast<int>(t);
            const float w = t - static_cast<float>(k);
            loss = T[k] + w * (T[k + 1] - T[k]);
        }
        // Bearing from the mast, clockwise from grid north, relative to the sector.
        const float bearing = std::atan2(dx, dy) * kRadToDeg;
        float rel = (bearing - az0) * omni_mul;
        float t10 = rel * 10.0f;
        t10 -= 3600.0f * std::floor(t10 * (1.0f / 3600.0f));
        int ih = static_cast<int>(t10 + 0.5f);
        ih = ih >= 3600 ? ih - 3600 : ih;
        float rx_top = rx_h;
        if constexpr (kGround) rx_top += ground[col0 + i];
        const float down = std::atan2(tx_top - rx_top, d) * kRadToDeg;
        // Mechanical tilt fades with the cosine of the bearing off boresight.
        const float cosrel = std::cos(rel * (1.0f / kRadToDeg));
        const float v = down - (elec + mech * cosrel);
        int iv = static_cast<int>((std::fmin(std::fmax(v, -90.0f), 90.0f) + 90.0f) * 10.0f + 0.5f);
        const float att = std::fmin(H[ih] + V[iv], cap);
        float rsrp = base - att - loss;
        if constexpr (kClutter) rsrp -= closs[clutter[col0 + i]];
        if constexpr (kTerrain) {
            // Float clamps instead of integer selects keep GCC vectorising this with
            // the table law too (the last half radial before north maps to the last radial).
            float tr = bearing * rad_per_deg;
            tr -= radials_f * std::floor(tr * inv_radials);
            const int ir = static_cast<int>(std::fmin(tr + 0.5f, radials_f - 0.5f));
            const int is = static_cast<int>(std::fmin(d * inv_step + 0.5f, last_sample));
            rsrp -= terrain[ir * samples + is];
        }
        out[i] = dx * dx + dy2 <= r2 ? rsrp : kOutOfReach;
    }
}

template <bool kLogLaw, bool kTerrain, bool kShortRange>
void dispatch_inputs(const Cell& c, const KernelInputs& in, int row, int col0, int col1,
                     float* out) {
    const bool g = in.ground_m != nullptr, k = in.clutter != nullptr;
    if (g && k)
        kernel<kLogLaw, true, true, kTerrain, kShortRange>(c, in, row, col0, col1, out);
    else if (g)
        kernel<kLogLaw, true, false, kTerrain, kShortRange>(c, in, row, col0, col1, out);
    else if (k)
        kernel<kLogLaw, false, true, kTerrain, kShortRange>(c, in, row, col0, col1, out);
    else
        kernel<kLogLaw, false, false, kTerrain, kShortRange>(c, in, row, col0, col1, out);
}

}  // namespace

void cell_rsrp_row(const Cell& c, const KernelInputs& in, int row, int col0, int col1, float* out) {
    const bool terrain = in.terrain_loss && c.terrain;
    if (c.law.log_law) {
        // Every pixel of a row at least |dy| from the mast: beyond the short-range
        // rule's reach, the plain law (and the free-space floor) is the whole law.
        const GridSpec& g = *in.grid;
        const double dy = g.origin_y - (row + 0.5) * g.pixel_size_m - c.y_m;
        const bool near = std::log10(std::max(std::abs(dy), 1e-9)) < c.law.short_log10_m;
        if (near)
            terrain ? dispatch_inputs<true, true, true>(c, in, row, col0, col1, out)
                    : dispatch_inputs<true, false, true>(c, in, row, col0, col1, out);
        else
            terrain ? dispatch_inputs<true, true, false>(c, in, row, col0, col1, out)
                    : dispatch_inputs<true, false, false>(c, in, row, col0, col1, out);
    } else {
        terrain ? dispatch_inputs<false, true, false>(c, in, row, col0, col1, out)
                : dispatch_inputs<false, false, false>(c, in, row, col0, col1, out);
    }
}

void dbm_to_mw_row(const float* dbm, float* mw, int n) {
    constexpr float kLn10Over10 = 0.23025850929940458f;
#pragma omp simd
    // The argument is clamped so that no lane underflows: libmvec leaves its vector
    // path for the scalar error handler on out-of-range lanes (kOutOfReach), which cost
    // a fifth of a one-cell computation. Below -300 dBm nothing is physical anyway.
    for (int i = 0; i < n; ++i) {
        const float e = std::exp(std::fmax(dbm[i], -300.0f) * kLn10Over10);
        mw[i] = dbm[i] > -1.0e29f ? e : 0.0f;
    }
}

void sinr_throughput_row(const float* signal_mw, const float* den_mw, const float* bw, int n,
                         float alpha, float sinr_min_db, float max_bps_hz, float nodata,
                         float* sinr_db, float* thr) {
#pragma omp simd
    for (int i = 0; i < n; ++i) {
        const bool served = bw[i] > 0.0f;
        // Unserved lanes get a harmless ratio: log10(0) would send the vector log to
        // its scalar error path.
        const float lin = served ? std::fmax(signal_mw[i] / den_mw[i], 1e-30f) : 1.0f;
        const float db = 10.0f * std::log10(lin);
        const float eff =
            db < sinr_min_db ? 0.0f : std::fmin(alpha * std::log2(1.0f + lin), max_bps_hz);
        sinr_db[i] = served ? db : nodata;
        thr[i] = served ? bw[i] * eff : nodata;
    }
}

}  // namespace covplan::core
