#pragma once
// Which grid pixels a polygon covers: pixel centres inside (even-odd rule, holes
// respected), as row spans. The analyses attribute pixels to hamlets, priority
// areas and the ward with it.

#include <vector>

#include "core/geometry.h"
#include "core/grid.h"

namespace covplan::core {

struct PixelSpan {
    int row;
    int col0;  //!< first column inside
    int col1;  //!< one past the last
};

[[nodiscard]] std::vector<PixelSpan> rasterize(const MultiPolygon& area, const GridSpec& grid);

//! Calls f(pixel index) for every pixel of the spans.
template <typename F>
void for_each_pixel(const std::vector<PixelSpan>& spans, const GridSpec& grid, F&& f) {
    for (const PixelSpan& s : spans)
        for (int c = s.col0; c < s.col1; ++c) f(static_cast<std::size_t>(s.row) * grid.cols + c);
}

}  // namespace covplan::core
