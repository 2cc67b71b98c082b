#include "core/propagation/model_calibration.h"

#include <cstdio>

#include "core/coverage/cell.h"

namespace covplan::core {

const CalibrationTerm& ModelCalibration::term_for(std::string_view site_id) const {
    if (auto it = by_site.find(site_id); it != by_site.end()) return it->second;
    return global;
}

DistanceLossLaw calibrated(DistanceLossLaw law, const CalibrationTerm& t) {
    if (t.offset_db == 0.0 && t.slope_db_per_decade == 0.0) return law;
    if (law.log_law) {
        // a_db is the loss at 1 km and b the slope per decade: the correction is linear
        // in log10(d / 1 km) as they are. The short-range line is a + b log10(d_m).
        law.a_db += t.offset_db;
        law.b_db_per_decade += t.slope_db_per_decade;
        law.mid_a_db += t.offset_db - 3.0 * t.slope_db_per_decade;
        law.mid_b_db_per_decade += t.slope_db_per_decade;
    } else {
        for (std::size_t i = 0; i < law.table.size(); ++i) {
            const double log_km = law.log_d0 + static_cast<double>(i) * law.log_step - 3.0;
            law.table[i] += static_cast<float>(t.offset_db + t.slope_db_per_decade * log_km);
        }
    }
    char buf[96];
    std::snprintf(buf, sizeof buf, ", calibrated (%+.1f dB, %+.1f dB/decade)", t.offset_db,
                  t.slope_db_per_decade);
    law.model_name += buf;
    return law;
}

}  // namespace covplan::core
