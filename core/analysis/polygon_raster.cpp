#include "core/analysis/polygon_raster.h"

#include <algorithm>
#include <cmath>

namespace covplan::core {

std::vector<PixelSpan> rasterize(const MultiPolygon& area, const GridSpec& g) {
    // Collect every ring edge once; per row, crossings of the row's centre line.
    struct Edge {
        double x0, y0, x1, y1;
    };
    std::vector<Edge> edges;
    double ymin = 1e300, ymax = -1e300;
    auto add_ring = [&](const auto& ring) {
        for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
            const Point& a = ring[i];
            const Point& b = ring[i + 1];
            if (a.y() == b.y()) continue;  // horizontal edges never cross a centre line
            edges.push_back({a.x(), a.y(), b.x(), b.y()});
            ymin = std::min({ymin, a.y(), b.y()});
            ymax = std::max({ymax, a.y(), b.y()});
        }
    };
    for (const Polygon& p : area) {
        add_ring(p.outer());
        for (const auto& inner : p.inners()) add_ring(inner);
    }
    std::vector<PixelSpan> spans;
    if (edges.empty()) return spans;
    const int r0 = std::max(0, static_cast<int>(std::floor((g.origin_y - ymax) / g.pixel_size_m)));
    const int r1 =
        std::min(g.rows - 1, static_cast<int>(std::ceil((g.origin_y - ymin) / g.pixel_size_m)));
    std::vector<double> xs;
    for (int r = r0; r <= r1; ++r) {
        const double y = g.centre_y(r);
        xs.clear();
        for (const Edge& e : edges) {
            // Half-open rule on y so a vertex shared by two edges counts once.
            if ((e.y0 <= y && e.y1 > y) || (e.y1 <= y && e.y0 > y))
                xs.push_back(e.x0 + (y - e.y0) * (e.x1 - e.x0) / (e.y1 - e.y0));
        }
        std::sort(xs.begin(), xs.end());
        for (std::size_t i = 0; i + 1 < xs.size(); i += 2) {
            // Pixels whose centre x lies in [xs[i], xs[i+1]).
            const int c0 = std::max(
                0, static_cast<int>(std::ceil((xs[i] - g.origin_x) / g.pixel_size_m - 0.5)));
            const int c1 = std::min(
                g.cols,
                static_cast<int>(std::ceil((xs[i + 1] - g.origin_x) / g.pixel_size_m - 0.5)));
            if (c1 > c0) spans.push_back({r, c0, c1});
        }
    }
    return spans;
}

}  // namespace covplan::core
