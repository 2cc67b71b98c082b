#pragma once
// One sample of a drive test or crowd measurement: what a phone measured at one
// place from its serving cell. Optional values are NaN (numbers) or empty (text):
// real exports leave most columns out.

#include <cmath>
#include <limits>
#include <optional>
#include <string>

#include "core/geometry.h"
#include "core/site.h"

namespace covplan::core {

inline constexpr double kNotMeasured = std::numeric_limits<double>::quiet_NaN();

struct Measurement {
    Point location;  //!< working CRS
    double rsrp_dbm = -140.0;
    double rsrq_db = kNotMeasured;
    double sinr_db = kNotMeasured;
    double throughput_mbps = kNotMeasured;  //!< downlink
    std::string time;                       //!< as the file gave it
    std::optional<Technology> technology;   //!< empty: not given (taken from the serving site)
    double freq_mhz = kNotMeasured;         //!< downlink carrier
    double arfcn = kNotMeasured;            //!< EARFCN / NR-ARFCN as given
    int pci = -1;
    std::string operator_name;
    //! The serving cell: a project site (or cell "SITE/n") id. Filled at import from
    //! the file's id, or by matching the serving position to the nearest site.
    std::string serving_site_id;
    //! The serving site's position as the file gave it, WGS 84 degrees (NaN: not given).
    double serving_lon = kNotMeasured, serving_lat = kNotMeasured;

    [[nodiscard]] bool has_serving_position() const {
        return std::isfinite(serving_lon) && std::isfinite(serving_lat);
    }
};

}  // namespace covplan::core
