#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/geometry.h"

namespace covplan::core {

//! Place categories the plan names as 5G priorities.
enum class PoiCategory {
    School,
    Market,
    Health,
    Admin,
    CultureTourism,
    TransportHub,
    Industrial,
    HighTech,
    Residential,
    Other
};

struct Poi {
    std::string name;
    PoiCategory category = PoiCategory::Other;
    std::string category_source;  //!< the value as found in the source file
    //! Exactly one of point/area is meaningful; is_area says which.
    bool is_area = false;
    Point point;
    MultiPolygon area;
};

[[nodiscard]] std::string_view poi_category_name(PoiCategory category);
[[nodiscard]] std::optional<PoiCategory> poi_category_from_name(std::string_view name);

}  // namespace covplan::core
