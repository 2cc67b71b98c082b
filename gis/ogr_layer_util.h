#pragma once
#include <ogrsf_frmts.h>

#include <optional>
#include <string>
#include <vector>

#include "core/layer_role.h"
#include "gis/crs.h"

namespace covplan::gis {

[[nodiscard]] std::vector<std::string> layer_field_names(OGRLayer& layer);
//! Fields with at least one non-empty value (reads the whole layer once).
[[nodiscard]] std::vector<std::string> non_empty_field_names(OGRLayer& layer);
//! nullopt if the layer declares no CRS (e.g. a Shapefile without .prj).
[[nodiscard]] std::optional<Crs> layer_crs(OGRLayer& layer);
//! For layers declared as "Unknown (any)" (GeoJSON, KML): the kind of the first geometry.
[[nodiscard]] std::optional<core::GeometryKind> sniff_geometry_kind(OGRLayer& layer);

}  // namespace covplan::gis
