#pragma once
// What part of the working CRS a map image shows: a centre, a scale and a size.

#include <QPointF>
#include <QSize>
#include <algorithm>

#include "core/geometry.h"

namespace covplan::render {

struct MapView {
    double center_x = 0.0;  //!< working CRS, metres
    double center_y = 0.0;
    double meters_per_pixel = 10.0;
    QSize size{800, 600};

    [[nodiscard]] QPointF to_screen(double x, double y) const {
        return {size.width() / 2.0 + (x - center_x) / meters_per_pixel,
                size.height() / 2.0 - (y - center_y) / meters_per_pixel};
    }
    [[nodiscard]] core::Point to_world(QPointF p) const {
        return {center_x + (p.x() - size.width() / 2.0) * meters_per_pixel,
                center_y - (p.y() - size.height() / 2.0) * meters_per_pixel};
    }
    //! Zooms by `factor` (> 1 zooms in) keeping the world point under `anchor` fixed.
    void zoom_at(QPointF anchor, double factor) {
        const core::Point before = to_world(anchor);
        meters_per_pixel /= factor;
        const core::Point after = to_world(anchor);
        center_x += before.x() - after.x();
        center_y += before.y() - after.y();
    }
    //! Shows `extent` whole, with a margin of `margin` (share of the size).
    void fit(const core::Extent& extent, double margin = 0.05) {
        if (extent.empty()) return;
        center_x = extent.centre_x();
        center_y = extent.centre_y();
        const double w = (extent.max_x - extent.min_x) / (size.width() * (1.0 - 2 * margin));
        const double h = (extent.max_y - extent.min_y) / (size.height() * (1.0 - 2 * margin));
        meters_per_pixel = std::max({w, h, 0.1});
    }
};

}  // namespace covplan::render
