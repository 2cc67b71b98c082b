#pragma once
#include <string>

#include "core/geometry.h"

namespace covplan::core {

//! An ấp or khu vực: the unit the plan's population figures are reported by.
struct Hamlet {
    std::string name;
    std::string code;
    double population = 0.0;
    double households = 0.0;
    MultiPolygon area;  //!< working CRS
};

//! The ward (phường/xã) boundary.
struct Ward {
    std::string name;
    std::string code;
    double population = 0.0;
    MultiPolygon area;
};

}  // namespace covplan::core
