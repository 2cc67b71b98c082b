#pragma once
// A north-up raster grid in a projected CRS, and a raster on it.

#include <cmath>
#include <cstddef>
#include <string>
#include <vector>

#include "core/geometry.h"

namespace covplan::core {

struct GridSpec {
    double origin_x = 0.0;  //!< west edge of column 0
    double origin_y = 0.0;  //!< north edge of row 0
    double pixel_size_m = 10.0;
    int cols = 0;
    int rows = 0;
    std::string crs;  //!< WKT (or authority code) of the CRS; opaque to core

    [[nodiscard]] std::size_t pixel_count() const {
        return static_cast<std::size_t>(cols) * static_cast<std::size_t>(rows);
    }
    [[nodiscard]] double centre_x(int col) const { return origin_x + (col + 0.5) * pixel_size_m; }
    [[nodiscard]] double centre_y(int row) const { return origin_y - (row + 0.5) * pixel_size_m; }
    [[nodiscard]] Extent extent() const {
        Extent e;
        e.include(origin_x, origin_y - rows * pixel_size_m);
        e.include(origin_x + cols * pixel_size_m, origin_y);
        return e;
    }

    //! Smallest grid aligned to multiples of `pixel_size_m` that covers `area`.
    static GridSpec covering(const Extent& area, double pixel_size_m, std::string crs) {
        GridSpec g;
        g.pixel_size_m = pixel_size_m;
        g.origin_x = std::floor(area.min_x / pixel_size_m) * pixel_size_m;
        g.origin_y = std::ceil(area.max_y / pixel_size_m) * pixel_size_m;
        g.cols = static_cast<int>(std::ceil((area.max_x - g.origin_x) / pixel_size_m));
        g.rows = static_cast<int>(std::ceil((g.origin_y - area.min_y) / pixel_size_m));
        g.crs = std::move(crs);
        return g;
    }
};

template <typename T>
struct Raster {
    GridSpec grid;
    std::vector<T> values;  //!< row-major, row 0 north
    T nodata{};
    bool has_nodata = false;

    [[nodiscard]] T at(int col, int row) const {
        return values[static_cast<std::size_t>(row) * static_cast<std::size_t>(grid.cols) +
                      static_cast<std::size_t>(col)];
    }
};

}  // namespace covplan::core
