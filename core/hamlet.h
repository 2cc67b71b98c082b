#pragma once
#include <string>
#include <vector>

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

//! Whether `p` lies in (or on the boundary of) the ward's polygons; true when there
//! is no ward. The one test for "the ward's own stations" (site ratios, the report's
//! site list, which towers an upgrade list may show).
[[nodiscard]] bool inside_ward(const Point& p, const std::vector<Ward>& ward);

}  // namespace covplan::core
