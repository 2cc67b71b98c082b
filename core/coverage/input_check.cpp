#include "core/coverage/input_check.h"

#include <cmath>
#include <cstdio>

namespace covplan::core {
namespace {

std::optional<std::string> out_of(const char* what, double v, double lo, double hi) {
    if (std::isfinite(v) && v >= lo && v <= hi) return std::nullopt;
    char buf[160];
    std::snprintf(buf, sizeof buf, "%s = %g is outside %g to %g", what, v, lo, hi);
    return std::string(buf);
}

}  // namespace

std::optional<std::string> engine_input_error(const GridSpec& grid, const CoverageOptions& o,
                                              const std::vector<Cell>& cells) {
    if (grid.cols <= 0 || grid.rows <= 0) return std::string("the grid has no pixels");
    for (auto e : {out_of("grid pixel size (m)", grid.pixel_size_m, 1e-3, 1e5),
                   out_of("grid origin x", grid.origin_x, -1e8, 1e8),
                   out_of("grid origin y", grid.origin_y, -1e8, 1e8),
                   out_of("receiver height (m)", o.receiver_height_m, 0.01, 1000),
                   out_of("noise figure (dB)", o.noise_figure_db, 0, 60),
                   out_of("interference load", o.interference_load, 0, 1),
                   out_of("RSRP floor (dBm)", o.rsrp_floor_dbm, -300, 0),
                   out_of("max radius (m)", o.max_radius_m, 1, 1e6)})
        if (e) return e;
    for (std::size_t k = 0; k < o.clutter_loss_db.size(); ++k)
        if (!std::isfinite(o.clutter_loss_db[k]) || o.clutter_loss_db[k] < 0)
            return "clutter loss of land-use class " + std::to_string(k) +
                   " is not finite and >= 0";
    for (const Cell& c : cells) {
        auto where = [&](std::optional<std::string> e) { return "cell " + c.id + ": " + *e; };
        for (auto e : {out_of("x (m)", c.x_m, -1e8, 1e8), out_of("y (m)", c.y_m, -1e8, 1e8),
                       out_of("antenna height (m)", c.antenna_height_m, 0, 1000),
                       out_of("ground (m)", c.ground_m, -1000, 10000),
                       out_of("frequency (MHz)", c.freq_mhz, 1, 1e5),
                       out_of("bandwidth (MHz)", c.bandwidth_mhz, 0.01, 1000),
                       out_of("RS power (dBm)", c.rs_power_dbm, -100, 100),
                       out_of("azimuth (deg)", c.azimuth_deg, -360, 720),
                       out_of("tilt (deg)", c.mech_tilt_deg + c.elec_tilt_deg, -90, 90),
                       out_of("radius (m)", c.radius_m, 0, 1e6)})
            if (e) return where(e);
        if (!c.antenna) return "cell " + c.id + ": no antenna pattern";
    }
    return std::nullopt;
}

}  // namespace covplan::core
