#include "core/coverage/line_of_sight.h"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

#include <memory>

namespace covplan::core {

Raster<std::uint8_t> line_of_sight_raster(const GridSpec& g, const std::vector<float>& ground,
                                          const std::vector<Cell>& cells,
                                          const std::vector<std::int32_t>& best, double rx_h) {
    // Serving cells without terrain tables (diffraction off) get them now.
    std::vector<std::shared_ptr<const RadialTerrain>> terrain(cells.size());
    std::vector<char> serving(cells.size(), 0);
    for (std::int32_t b : best)
        if (b >= 0) serving[static_cast<std::size_t>(b)] = 1;
    tbb::parallel_for(std::size_t{0}, cells.size(), [&](std::size_t i) {
        if (!serving[i]) return;
        const Cell& c = cells[i];
        terrain[i] = c.terrain ? c.terrain
                               : std::make_shared<const RadialTerrain>(RadialTerrain::build(
                                     g, ground.data(), c.x_m, c.y_m, c.antenna_height_m, rx_h,
                                     c.freq_mhz, c.radius_m));
    });
    Raster<std::uint8_t> out;
    out.grid = g;
    out.nodata = 0;
    out.has_nodata = true;
    out.values.assign(g.pixel_count(), 0);
    tbb::parallel_for(tbb::blocked_range<int>(0, g.rows), [&](const tbb::blocked_range<int>& rows) {
        for (int row = rows.begin(); row != rows.end(); ++row)
            for (int col = 0; col < g.cols; ++col) {
                const std::size_t p = static_cast<std::size_t>(row) * g.cols + col;
                if (best[p] < 0) continue;
                const Cell& c = cells[static_cast<std::size_t>(best[p])];
                const auto& t = terrain[static_cast<std::size_t>(best[p])];
                if (!t) continue;
                const std::uint8_t code =
                    t->code_at(g.centre_x(col) - c.x_m, g.centre_y(row) - c.y_m);
                out.values[p] = RadialTerrain::line_of_sight(code) ? 1 : 2;
            }
    });
    return out;
}

}  // namespace covplan::core
