#pragma once
// Conversions between OGR geometries and core's Boost.Geometry types.

#include <ogr_geometry.h>

#include <expected>
#include <memory>
#include <string>

#include "core/geometry.h"
#include "core/layer_role.h"

namespace covplan::gis {

//! Point, Line or Polygon family of an OGR type; nullopt for wkbNone/unknown/collections.
[[nodiscard]] std::optional<core::GeometryKind> geometry_kind_of(OGRwkbGeometryType type);

//! Polygon or MultiPolygon (curves linearised, Z dropped). Rings are oriented and
//! closed the way Boost.Geometry expects; validity is not checked here.
[[nodiscard]] std::expected<core::MultiPolygon, std::string> to_multipolygon(const OGRGeometry& g);
[[nodiscard]] std::expected<core::MultiLineString, std::string> to_multilinestring(
    const OGRGeometry& g);
//! Point, or a MultiPoint holding exactly one point.
[[nodiscard]] std::expected<core::Point, std::string> to_point(const OGRGeometry& g);

[[nodiscard]] std::unique_ptr<OGRGeometry> to_ogr(const core::MultiPolygon& g);
[[nodiscard]] std::unique_ptr<OGRGeometry> to_ogr(const core::MultiLineString& g);
[[nodiscard]] std::unique_ptr<OGRGeometry> to_ogr(const core::Point& p);

}  // namespace covplan::gis
