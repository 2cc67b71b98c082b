#pragma once
// The path-profile drawing engineers expect (SPLAT!'s and Radio Mobile's): terrain
// raised by the Earth's bulge, the curved-Earth datum, the line of sight between the
// antennas, the first Fresnel zone and its 60 % line, obstructions marked, and the
// figures (clearance, loss by model) beside it. QPainter onto any device, so
// `covplan profile`'s PNG and the desktop's Profile tool show the same figure.

#include <QPainter>
#include <QRectF>
#include <cstdint>
#include <vector>

#include "gis/profile_job.h"

namespace covplan::render {

void draw_profile(QPainter& g, const QRectF& box, const gis::ProfileResult& result, bool vi,
                  double scale = 1.0);

//! The drawing as PNG bytes.
[[nodiscard]] std::vector<std::uint8_t> profile_png(const gis::ProfileResult& result, bool vi,
                                                    int width_px = 1400, int height_px = 800);

}  // namespace covplan::render
