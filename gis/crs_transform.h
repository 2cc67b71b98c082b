#pragma once
// Point transformation between two CRSs through PROJ, with the operation chosen
// once and kept: coordinates are always in east/north (lon/lat) order.
//
// VN-2000 <-> WGS 84 is pinned to EPSG:6960 ("VN-2000 to WGS 84 (2)", the
// parameters of Decision 05/2007/QĐ-BTNMT). PROJ would otherwise pick EPSG:5194
// (an industry transformation for the Mekong delta blocks) in the south, about
// 0.8 m away.
//
// Not thread-safe: a transform owns one PROJ context. Give each thread its own.

#include <expected>
#include <memory>
#include <span>
#include <string>

#include "core/geometry.h"
#include "gis/crs.h"

namespace covplan::gis {

class CrsTransform {
  public:
    [[nodiscard]] static std::expected<CrsTransform, std::string> create(const Crs& source,
                                                                         const Crs& target);

    //! Transforms in place; false if PROJ cannot transform the point (outside the domain).
    [[nodiscard]] bool transform(double& x, double& y) const;
    //! Transforms in place; returns the number of points that failed (set to HUGE_VAL).
    std::size_t transform(std::span<double> xs, std::span<double> ys) const;

    //! The operation used, e.g. "Inverse of VN-2000 / TM-3 105-45 + VN-2000 to WGS 84 (2)".
    [[nodiscard]] const std::string& operation_name() const { return m_operation_name; }
    //! The operation as a PROJ pipeline string (for logs and for reproducing results).
    [[nodiscard]] const std::string& proj_pipeline() const { return m_pipeline; }
    [[nodiscard]] bool is_identity() const { return m_identity; }

  private:
    struct State;
    std::shared_ptr<State> m_state;  // shared by copies; copies must stay on one thread
    std::string m_operation_name;
    std::string m_pipeline;
    bool m_identity = false;
};

//! Transforms every vertex of a Boost.Geometry geometry; false if any vertex failed.
template <typename Geometry>
bool transform_geometry(Geometry& g, const CrsTransform& t) {
    if (t.is_identity()) return true;
    bool ok = true;
    boost::geometry::for_each_point(g, [&](core::Point& p) {
        double x = p.x(), y = p.y();
        if (!t.transform(x, y)) ok = false;
        p.x(x);
        p.y(y);
    });
    return ok;
}

}  // namespace covplan::gis
