#include "gis/ogr_geometry.h"

#include <array>
#include <cmath>
#include <cstdio>

namespace covplan::gis {
namespace bg = boost::geometry;
namespace {

void append_ring(const OGRLinearRing& ring, std::vector<core::Point>& out) {
    out.reserve(static_cast<std::size_t>(ring.getNumPoints()));
    for (int i = 0; i < ring.getNumPoints(); ++i) out.emplace_back(ring.getX(i), ring.getY(i));
}

core::Polygon convert_polygon(const OGRPolygon& poly) {
    core::Polygon out;
    if (const OGRLinearRing* ext = poly.getExteriorRing()) append_ring(*ext, out.outer());
    for (int i = 0; i < poly.getNumInteriorRings(); ++i) {
        out.inners().emplace_back();
        append_ring(*poly.getInteriorRing(i), out.inners().back());
    }
    return out;
}

core::LineString convert_line(const OGRLineString& line) {
    core::LineString out;
    out.reserve(static_cast<std::size_t>(line.getNumPoints()));
    for (int i = 0; i < line.getNumPoints(); ++i) out.emplace_back(line.getX(i), line.getY(i));
    return out;
}

std::unique_ptr<OGRGeometry> linear(const OGRGeometry& g) {
    return std::unique_ptr<OGRGeometry>(g.hasCurveGeometry() ? g.getLinearGeometry() : g.clone());
}

// Beyond any position on Earth in metres (2.5 x its circumference) or degrees: such a
// value is corruption, and Boost.Geometry's robust arithmetic overflows on it.
constexpr double kMaxCoordinate = 1e8;

bool plausible(double v) { return std::isfinite(v) && std::abs(v) <= kMaxCoordinate; }

template <typename Points>
std::optional<std::string> implausible_in(const Points& pts) {
    for (const core::Point& p : pts)
        if (!plausible(p.x()) || !plausible(p.y())) {
            char buf[128];
            std::snprintf(buf, sizeof buf,
                          "coordinate %g, %g is not a position (not finite, or beyond 100,000 km)",
                          p.x(), p.y());
            return std::string(buf);
        }
    return std::nullopt;
}

}  // namespace

std::optional<core::GeometryKind> geometry_kind_of(OGRwkbGeometryType type) {
    switch (OGR_GT_GetLinear(wkbFlatten(type))) {
        case wkbPoint:
        case wkbMultiPoint:
            return core::GeometryKind::Point;
        case wkbLineString:
        case wkbMultiLineString:
            return core::GeometryKind::Line;
        case wkbPolygon:
        case wkbMultiPolygon:
            return core::GeometryKind::Polygon;
        default:
            return std::nullopt;
    }
}

std::expected<core::MultiPolygon, std::string> to_multipolygon(const OGRGeometry& g) {
    auto lin = linear(g);
    core::MultiPolygon out;
    switch (wkbFlatten(lin->getGeometryType())) {
        case wkbPolygon:
            out.push_back(convert_polygon(*lin->toPolygon()));
            break;
        case wkbMultiPolygon:
            for (const OGRPolygon* p : *lin->toMultiPolygon()) out.push_back(convert_polygon(*p));
            break;
        default:
            return std::unexpected(std::string("geometry is ") + lin->getGeometryName() +
                                   ", a polygon was expected");
    }
    for (const core::Polygon& p : out) {
        if (auto bad = implausible_in(p.outer())) return std::unexpected(*bad);
        for (const auto& inner : p.inners())
            if (auto bad = implausible_in(inner)) return std::unexpected(*bad);
    }
    bg::correct(out);
    return out;
}

std::expected<core::MultiLineString, std::string> to_multilinestring(const OGRGeometry& g) {
    auto lin = linear(g);
    core::MultiLineString out;
    switch (wkbFlatten(lin->getGeometryType())) {
        case wkbLineString:
            out.push_back(convert_line(*lin->toLineString()));
            break;
        case wkbMultiLineString:
            for (const OGRLineString* l : *lin->toMultiLineString())
                out.push_back(convert_line(*l));
            break;
        default:
            return std::unexpected(std::string("geometry is ") + lin->getGeometryName() +
                                   ", a line was expected");
    }
    for (const core::LineString& l : out)
        if (auto bad = implausible_in(l)) return std::unexpected(*bad);
    return out;
}

std::expected<core::Point, std::string> to_point(const OGRGeometry& g) {
    auto checked = [](core::Point p) -> std::expected<core::Point, std::string> {
        if (auto bad = implausible_in(std::array{p})) return std::unexpected(*bad);
        return p;
    };
    switch (wkbFlatten(g.getGeometryType())) {
        case wkbPoint: {
            const OGRPoint* p = g.toPoint();
            return checked(core::Point(p->getX(), p->getY()));
        }
        case wkbMultiPoint: {
            const OGRMultiPoint* mp = g.toMultiPoint();
            if (mp->getNumGeometries() != 1)
                return std::unexpected("multipoint with " + std::to_string(mp->getNumGeometries()) +
                                       " points, a single point was expected");
            const OGRPoint* p = mp->getGeometryRef(0);
            return checked(core::Point(p->getX(), p->getY()));
        }
        default:
            return std::unexpected(std::string("geometry is ") + g.getGeometryName() +
                                   ", a point was expected");
    }
}

std::unique_ptr<OGRGeometry> to_ogr(const core::MultiPolygon& g) {
    auto mp = std::make_unique<OGRMultiPolygon>();
    for (const core::Polygon& poly : g) {
        auto p = std::make_unique<OGRPolygon>();
        auto add_ring = [&](const auto& ring) {
            auto r = std::make_unique<OGRLinearRing>();
            r->setNumPoints(static_cast<int>(ring.size()), FALSE);
            for (std::size_t i = 0; i < ring.size(); ++i)
                r->setPoint(static_cast<int>(i), ring[i].x(), ring[i].y());
            p->addRingDirectly(r.release());
        };
        add_ring(poly.outer());
        for (const auto& inner : poly.inners()) add_ring(inner);
        p->closeRings();
        mp->addGeometryDirectly(p.release());
    }
    mp->flattenTo2D();
    return mp;
}

std::unique_ptr<OGRGeometry> to_ogr(const core::MultiLineString& g) {
    auto ml = std::make_unique<OGRMultiLineString>();
    for (const core::LineString& line : g) {
        auto l = std::make_unique<OGRLineString>();
        l->setNumPoints(static_cast<int>(line.size()), FALSE);
        for (std::size_t i = 0; i < line.size(); ++i)
            l->setPoint(static_cast<int>(i), line[i].x(), line[i].y());
        ml->addGeometryDirectly(l.release());
    }
    return ml;
}

std::unique_ptr<OGRGeometry> to_ogr(const core::Point& p) {
    return std::make_unique<OGRPoint>(p.x(), p.y());
}

}  // namespace covplan::gis
