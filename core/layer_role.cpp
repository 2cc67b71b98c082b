#include "core/layer_role.h"

namespace covplan::core {

std::string_view role_name(LayerRole role) {
    switch (role) {
        case LayerRole::Ward:
            return "ward";
        case LayerRole::Hamlets:
            return "hamlets";
        case LayerRole::Sites:
            return "sites";
        case LayerRole::Fiber:
            return "fiber";
        case LayerRole::Poi:
            return "poi";
        case LayerRole::Roads:
            return "roads";
        case LayerRole::Waterways:
            return "waterways";
        case LayerRole::Measurements:
            return "measurements";
    }
    return "?";
}

std::optional<LayerRole> role_from_name(std::string_view name) {
    for (LayerRole role : kAllRoles)
        if (role_name(role) == name) return role;
    return std::nullopt;
}

GeometryKind expected_geometry(LayerRole role) {
    switch (role) {
        case LayerRole::Ward:
        case LayerRole::Hamlets:
            return GeometryKind::Polygon;
        case LayerRole::Sites:
        case LayerRole::Measurements:
            return GeometryKind::Point;
        case LayerRole::Fiber:
        case LayerRole::Roads:
        case LayerRole::Waterways:
            return GeometryKind::Line;
        case LayerRole::Poi:
            return GeometryKind::PointOrPolygon;
    }
    return GeometryKind::Point;
}

std::string_view geometry_kind_name(GeometryKind kind) {
    switch (kind) {
        case GeometryKind::Point:
            return "point";
        case GeometryKind::Line:
            return "line";
        case GeometryKind::Polygon:
            return "polygon";
        case GeometryKind::PointOrPolygon:
            return "point or polygon";
    }
    return "?";
}

}  // namespace covplan::core
