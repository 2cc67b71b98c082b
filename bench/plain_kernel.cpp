#include "plain_kernel.h"

#include <algorithm>
#include <cmath>

namespace covplan::bench {

void plain_cost231_sector_row(const PlainParams& p, float dy, const std::uint8_t* clutter,
                              const float* losses, int n, float* out) {
    constexpr float kDeg = 57.29577951f;
#pragma omp simd
    for (int i = 0; i < n; ++i) {
        const float dx = p.x0 + static_cast<float>(i) * p.px;
        const float d = std::sqrt(std::fmax(dx * dx + dy * dy, 1.0f));
        const float loss = p.a + p.b * std::log10(d);
        float phi = std::atan2(dx, dy) * kDeg - p.azimuth_deg;
        phi -= 360.0f * std::floor((phi + 180.0f) * (1.0f / 360.0f));
        const float theta = std::atan2(p.dh, d) * kDeg;
        const float ah = std::fmin(12.0f * (phi / 65.0f) * (phi / 65.0f), 30.0f);
        const float av = std::fmin(12.0f * (theta / 65.0f) * (theta / 65.0f), 30.0f);
        out[i] = p.eirp_re - std::fmin(ah + av, 30.0f) - loss - losses[clutter[i]];
    }
}

}  // namespace covplan::bench
