#pragma once
// What a layer means to the plan. Each role expects one geometry kind.

#include <optional>
#include <string>
#include <string_view>

namespace covplan::core {

enum class LayerRole { Ward, Hamlets, Sites, Fiber, Poi, Roads, Waterways, Measurements };
enum class GeometryKind { Point, Line, Polygon, PointOrPolygon };

inline constexpr LayerRole kAllRoles[] = {
    LayerRole::Ward, LayerRole::Hamlets, LayerRole::Sites,     LayerRole::Fiber,
    LayerRole::Poi,  LayerRole::Roads,   LayerRole::Waterways, LayerRole::Measurements};

//! Stable lower-case name used in project files and on the command line ("ward", "sites", ...).
[[nodiscard]] std::string_view role_name(LayerRole role);
[[nodiscard]] std::optional<LayerRole> role_from_name(std::string_view name);
[[nodiscard]] GeometryKind expected_geometry(LayerRole role);
[[nodiscard]] std::string_view geometry_kind_name(GeometryKind kind);

}  // namespace covplan::core
