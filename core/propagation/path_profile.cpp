#include "core/propagation/path_profile.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/propagation/knife_edge.h"

namespace covplan::core {

double earth_bulge_m(double d1_m, double d2_m, double k_factor) {
    return d1_m * d2_m / (2.0 * k_factor * kEarthRadius_m);
}

double first_fresnel_radius_m(double freq_mhz, double d1_m, double d2_m) {
    const double d = d1_m + d2_m;
    if (d <= 0.0) return 0.0;
    const double lambda_m = 299.792458 / freq_mhz;
    return std::sqrt(lambda_m * d1_m * d2_m / d);
}

PathProfile analyse_path_profile(const PathProfileInput& in) {
    PathProfile out;
    const std::size_t n = std::min(in.distance_m.size(), in.ground_m.size());
    if (n < 2) return out;
    const double length = in.distance_m[n - 1];
    out.length_m = length;
    const double z_tx = in.ground_m[0] + in.tx_height_m;
    const double z_rx = in.ground_m[n - 1] + in.rx_height_m;
    out.rows.reserve(n);
    out.min_f1_ratio = std::numeric_limits<double>::infinity();
    out.min_clearance_m = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < n; ++i) {
        ProfileRow r;
        r.distance_m = in.distance_m[i];
        const double d1 = r.distance_m, d2 = std::max(0.0, length - d1);
        r.ground_m = in.ground_m[i];
        r.curved_ground_m = r.ground_m + earth_bulge_m(d1, d2, in.k_factor);
        r.los_m = z_tx + (z_rx - z_tx) * (length > 0 ? d1 / length : 0.0);
        r.fresnel_radius_m = first_fresnel_radius_m(in.freq_mhz, d1, d2);
        r.clearance_m = r.los_m - r.curved_ground_m;
        out.rows.push_back(r);
        if (i == 0 || i == n - 1) continue;  // the antennas' own feet
        if (r.clearance_m < out.min_clearance_m) {
            out.min_clearance_m = r.clearance_m;
            out.min_clearance_distance_m = d1;
        }
        if (r.fresnel_radius_m > 0) {
            const double ratio = r.clearance_m / r.fresnel_radius_m;
            if (ratio < out.min_f1_ratio) {
                out.min_f1_ratio = ratio;
                out.min_f1_ratio_distance_m = d1;
                out.min_f1_ratio_clearance_m = r.clearance_m;
            }
        }
    }
    if (n == 2) {  // no interior sample: the straight line between the antennas
        out.min_f1_ratio = std::numeric_limits<double>::infinity();
        out.min_clearance_m = std::min(in.tx_height_m, in.rx_height_m);
    }

    // Runs of samples inside 60 % of F1.
    Obstruction current;
    bool open = false;
    for (std::size_t i = 1; i + 1 < n; ++i) {
        const ProfileRow& r = out.rows[i];
        const double ratio = r.fresnel_radius_m > 0 ? r.clearance_m / r.fresnel_radius_m : 1e9;
        const bool inside = ratio < 0.6;
        if (inside) {
            if (!open) {
                current = Obstruction{};
                current.start_m = r.distance_m;
                current.f1_ratio = std::numeric_limits<double>::infinity();
                open = true;
            }
            current.end_m = r.distance_m;
            if (ratio < current.f1_ratio) {
                current.f1_ratio = ratio;
                current.peak_distance_m = r.distance_m;
                current.clearance_m = r.clearance_m;
            }
            if (r.clearance_m < 0) current.blocks_line_of_sight = true;
        }
        if (open && (!inside || i + 2 == n)) {
            out.obstructions.push_back(current);
            open = false;
        }
    }
    return out;
}

}  // namespace covplan::core
