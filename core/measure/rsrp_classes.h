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

//! Prediction error classes of the residual layer (error = predicted - measured):
//! blue where the model under-predicts, red where it promises more than was measured.
struct ErrorClass {
    std::string_view key;  //!< legend variant, "error-1" ... "error-5"
    double min_db;         //!< lower bound (inclusive); the first class has none
    std::uint8_t r, g, b;
};

inline constexpr std::array<ErrorClass, 5> kErrorClasses{{
    {"error-1", -1e9, 30, 70, 190},
    {"error-2", -10.0, 120, 170, 230},
    {"error-3", -3.0, 150, 150, 150},
    {"error-4", 3.0, 245, 150, 70},
    {"error-5", 10.0, 200, 30, 30},
}};

[[nodiscard]] inline const ErrorClass& error_class(double error_db) {
    for (auto it = kErrorClasses.rbegin(); it != kErrorClasses.rend(); ++it)
        if (error_db >= it->min_db) return *it;
    return kErrorClasses.front();
}

}  // namespace covplan::core
