#pragma once
// The two plots of a prediction-accuracy report: predicted against measured RSRP
// (with the 1:1 line) and the histogram of the error. Drawn with QPainter onto any
// device, so the CLI's PNGs, the PDF report and the desktop show the same figure.

#include <QPainter>
#include <QRectF>
#include <cstdint>
#include <vector>

#include "core/measure/validation.h"

namespace covplan::render {

void draw_scatter(QPainter& g, const QRectF& box, const core::ValidationResult& v, bool vi,
                  double scale = 1.0);
void draw_error_histogram(QPainter& g, const QRectF& box, const core::ValidationResult& v, bool vi,
                          double scale = 1.0);

//! The plots as PNG files' bytes (width x height px): {"validation_scatter.png", …},
//! {"validation_histogram.png", …}.
[[nodiscard]] std::vector<std::pair<std::string, std::vector<std::uint8_t>>> validation_pngs(
    const core::ValidationResult& v, bool vi, int width_px = 900, int height_px = 700);

}  // namespace covplan::render
