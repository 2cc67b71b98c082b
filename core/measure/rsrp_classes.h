#pragma once
// The RSRP classes a drive-test map is coloured by (the usual five-step legend of
// drive-test tools: excellent >= -80 dBm ... poor < -110 dBm). One table for the
// map, its legend, the desktop and the KMZ.

#include <array>
#include <cstdint>
#include <string_view>

namespace covplan::core {

struct RsrpClass {
    std::string_view key;  //!< legend variant, "rsrp-1" (best) ... "rsrp-5"
    double min_dbm;        //!< lower bound (inclusive); the last class has none
    std::uint8_t r, g, b;
};

inline constexpr std::array<RsrpClass, 5> kRsrpClasses{{
    {"rsrp-1", -80.0, 0, 120, 50},
    {"rsrp-2", -90.0, 110, 190, 60},
    {"rsrp-3", -100.0, 240, 210, 40},
    {"rsrp-4", -110.0, 240, 130, 30},
    {"rsrp-5", -1e9, 210, 30, 30},
}};

[[nodiscard]] inline const RsrpClass& rsrp_class(double rsrp_dbm) {
    for (const RsrpClass& c : kRsrpClasses)
        if (rsrp_dbm >= c.min_dbm) return c;
    return kRsrpClasses.back();
}

}  // namespace covplan::core
