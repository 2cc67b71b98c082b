#pragma once
#include <string>

#include "core/geometry.h"

namespace covplan::core {

enum class CablePlacement { Unknown, Underground, Aerial };

//! A fiber route.
struct FiberRoute {
    std::string name;
    std::string operator_name;
    CablePlacement placement = CablePlacement::Unknown;
    MultiLineString path;
};

//! A road or a waterway.
struct LineFeature {
    std::string name;
    std::string line_class;  //!< e.g. "national", "provincial", "canal"; free text
    MultiLineString path;
};

[[nodiscard]] const char* placement_name(CablePlacement placement);

}  // namespace covplan::core
