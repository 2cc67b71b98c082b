#pragma once
// Planar geometry types shared by every module. Coordinates are in the
// project's working CRS (projected, metres) unless a function says otherwise.

#include <boost/geometry.hpp>
#include <boost/geometry/geometries/linestring.hpp>
#include <boost/geometry/geometries/multi_linestring.hpp>
#include <boost/geometry/geometries/multi_polygon.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/geometries/polygon.hpp>

namespace covplan::core {

namespace bg = boost::geometry;

//! Easting/northing (or lon/lat where a function documents it), in CRS units.
using Point = bg::model::d2::point_xy<double>;
//! Clockwise outer rings, counter-clockwise holes, closed (Boost.Geometry defaults).
using Polygon = bg::model::polygon<Point>;
using MultiPolygon = bg::model::multi_polygon<Polygon>;
using LineString = bg::model::linestring<Point>;
using MultiLineString = bg::model::multi_linestring<LineString>;
using Box = bg::model::box<Point>;

//! Axis-aligned bounds; empty when min > max.
struct Extent {
    double min_x = 1.0;
    double min_y = 1.0;
    double max_x = 0.0;
    double max_y = 0.0;

    [[nodiscard]] bool empty() const { return min_x > max_x || min_y > max_y; }
    void include(double x, double y) {
        if (empty()) {
            min_x = max_x = x;
            min_y = max_y = y;
            return;
        }
        min_x = std::min(min_x, x);
        min_y = std::min(min_y, y);
        max_x = std::max(max_x, x);
        max_y = std::max(max_y, y);
    }
    void include(const Extent& other) {
        if (other.empty()) return;
        include(other.min_x, other.min_y);
        include(other.max_x, other.max_y);
    }
    [[nodiscard]] double centre_x() const { return 0.5 * (min_x + max_x); }
    [[nodiscard]] double centre_y() const { return 0.5 * (min_y + max_y); }
};

//! Grows `e` by the bounding box of any Boost.Geometry geometry (empty ones add nothing).
template <class Geometry>
void include_geometry(Extent& e, const Geometry& g) {
    if (bg::is_empty(g)) return;
    Box box;
    bg::envelope(g, box);
    e.include(box.min_corner().x(), box.min_corner().y());
    e.include(box.max_corner().x(), box.max_corner().y());
}

}  // namespace covplan::core
