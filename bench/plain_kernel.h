#pragma once
// The comparison loop for the kernel benchmark: COST-231 + 3GPP sector pattern +
// clutter lookup written as plainly as possible (no tables, no tilt), compiled with
// the same flags as covplan's kernel.
#include <cstdint>

namespace covplan::bench {

struct PlainParams {
    float x0;       // x of the first pixel centre minus the site's x
    float px;       // pixel size
    float eirp_re;  // RS power + max gain
    float a;        // COST-231 intercept for d in metres
    float b;        // slope per decade
    float dh;       // mast top minus receiver
    float azimuth_deg;
};

void plain_cost231_sector_row(const PlainParams& p, float dy, const std::uint8_t* clutter,
                              const float* losses, int n, float* out);

}  // namespace covplan::bench
