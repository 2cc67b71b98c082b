#include "render/map_renderer.h"

#include <QFont>
#include <QPainterPath>
#include <QPolygonF>
#include <QTransform>
#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace covplan::render {
namespace {

QPainterPath polygon_path(const core::MultiPolygon& mp, const MapView& v) {
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    auto ring = [&](const auto& r) {
        QPolygonF poly;
        poly.reserve(static_cast<int>(r.size()));
        for (const core::Point& p : r) poly << v.to_screen(p.x(), p.y());
        path.addPolygon(poly);
        path.closeSubpath();
    };
    for (const core::Polygon& p : mp) {
        ring(p.outer());
        for (const auto& inner : p.inners()) ring(inner);
    }
    return path;
}

void draw_lines(QPainter& g, const core::MultiLineString& ml, const MapView& v) {
    for (const core::LineString& l : ml) {
        QPolygonF poly;
        poly.reserve(static_cast<int>(l.size()));
        for (const core::Point& p : l) poly << v.to_screen(p.x(), p.y());
        g.drawPolyline(poly);
    }
}

QColor category_colour(core::PoiCategory c) {
    switch (c) {
        case core::PoiCategory::School:
            return {33, 102, 172};
        case core::PoiCategory::Health:
            return {215, 25, 28};
        case core::PoiCategory::Admin:
            return {90, 50, 140};
        case core::PoiCategory::Market:
            return {230, 145, 0};
        case core::PoiCategory::TransportHub:
            return {60, 60, 60};
        case core::PoiCategory::Industrial:
            return {120, 80, 40};
        case core::PoiCategory::HighTech:
            return {0, 150, 150};
        case core::PoiCategory::CultureTourism:
            return {200, 60, 150};
        case core::PoiCategory::Residential:
            return {150, 110, 80};
        case core::PoiCategory::Other:
            break;
    }
    return {120, 120, 120};
}

// A "nice" scale bar length: 1, 2 or 5 x 10^n metres, about a fifth of the width.
double nice_length(double target_m) {
    const double p = std::pow(10.0, std::floor(std::log10(target_m)));
    for (double m : {5.0, 2.0, 1.0})
        if (m * p <= target_m) return m * p;
    return p;
}

void draw_scale_bar(QPainter& g, const MapView& v) {
    const double len_m = nice_length(v.meters_per_pixel * v.size.width() / 5.0);
    const double len_px = len_m / v.meters_per_pixel;
    const QPointF origin(16, v.size.height() - 20);
    g.setPen(QPen(Qt::black, 2));
    g.setBrush(Qt::NoBrush);
    g.drawLine(origin, origin + QPointF(len_px, 0));
    g.drawLine(origin, origin + QPointF(0, -6));
    g.drawLine(origin + QPointF(len_px, 0), origin + QPointF(len_px, -6));
    QFont f = g.font();
    f.setPointSizeF(8.5);
    g.setFont(f);
    const QString text =
        len_m >= 1000 ? QString::number(len_m / 1000.0) + " km" : QString::number(len_m) + " m";
    g.drawText(origin + QPointF(4, -8), text);
}

void draw_north_arrow(QPainter& g, const MapView& v) {
    // Grid north of the working CRS (UTM): within 1 degree of true north in a ward.
    const QPointF tip(v.size.width() - 28, 18);
    QPolygonF arrow;
    arrow << tip << tip + QPointF(-8, 22) << tip + QPointF(0, 16) << tip + QPointF(8, 22);
    g.setPen(QPen(Qt::black, 1));
    g.setBrush(Qt::black);
    g.drawPolygon(arrow);
    g.drawText(QRectF(tip.x() - 10, tip.y() + 22, 20, 16), Qt::AlignCenter, "N");
}

}  // namespace

QColor rsrp_colour(double v, double t) {
    // Greens above the threshold, one warning band just below it; weaker is left
    // clear so the map shows where coverage is, not a sea of red.
    if (v <= -9000 || v < t - 6) return Qt::transparent;
    if (v >= t + 25) return {0, 104, 55};
    if (v >= t + 15) return {49, 163, 84};
    if (v >= t + 5) return {120, 198, 121};
    if (v >= t) return {217, 240, 163};
    return {253, 174, 97};
}

std::vector<LegendEntry> rsrp_legend(double t) {
    auto range = [](double lo, double hi) {
        return QString("%1 … %2 dBm").arg(lo, 0, 'f', 0).arg(hi, 0, 'f', 0);
    };
    return {{rsrp_colour(t + 30, t), QString("≥ %1 dBm").arg(t + 25, 0, 'f', 0)},
            {rsrp_colour(t + 20, t), range(t + 15, t + 25)},
            {rsrp_colour(t + 10, t), range(t + 5, t + 15)},
            {rsrp_colour(t + 1, t), range(t, t + 5)},
            {rsrp_colour(t - 3, t), range(t - 6, t)}};
}

QImage coverage_image(const core::CoverageMaps& m, CoverageLayer layer, double threshold) {
    const core::GridSpec& g = m.grid;
    QImage img(g.cols, g.rows, QImage::Format_ARGB32);
    img.fill(Qt::transparent);
    if (layer == CoverageLayer::None || g.pixel_count() == 0) return img;
    for (int r = 0; r < g.rows; ++r) {
        auto* line = reinterpret_cast<QRgb*>(img.scanLine(r));
        for (int c = 0; c < g.cols; ++c) {
            const std::size_t p = static_cast<std::size_t>(r) * g.cols + c;
            QColor col = Qt::transparent;
            if (layer == CoverageLayer::Rsrp4G)
                col = rsrp_colour(m.rsrp_4g[p], threshold);
            else if (layer == CoverageLayer::Rsrp5G)
                col = rsrp_colour(m.rsrp_5g[p], threshold);
            else if (m.best_5g[p] >= 0 && m.rsrp_5g[p] >= threshold) {
                // Best server: a stable colour per cell from its index.
                const int i = m.best_5g[p];
                col = QColor::fromHsv((i * 67) % 360, 160, 230);
            }
            line[c] = col.rgba();
        }
    }
    return img;
}

void render_map(QPainter& g, const RenderInput& in, const MapView& v) {
    g.setRenderHint(QPainter::Antialiasing, true);
    g.fillRect(QRect(QPoint(0, 0), v.size), QColor(250, 250, 247));
    for (const BasemapTile& t : in.basemap) {
        QPolygonF target;
        for (const core::Point& c : t.corners) target << v.to_screen(c.x(), c.y());
        // quadToQuad wants exactly four points (a QPolygonF from a QRectF has five).
        QPolygonF source;
        source << QPointF(0, 0) << QPointF(t.image.width(), 0)
               << QPointF(t.image.width(), t.image.height()) << QPointF(0, t.image.height());
        QTransform warp;
        if (!QTransform::quadToQuad(source, target, warp)) continue;
        g.save();
        g.setTransform(warp, true);
        g.setRenderHint(QPainter::SmoothPixmapTransform, true);
        g.drawImage(QPointF(0, 0), t.image);
        g.restore();
    }
    if (!in.project) return;
    const core::PlanLayers& L = in.project->layers;
    const LayerVisibility& vis = in.visibility;

    if (in.coverage && !in.coverage->isNull() && vis.coverage != CoverageLayer::None) {
        const core::GridSpec& cg = in.coverage_grid;
        const QPointF tl = v.to_screen(cg.origin_x, cg.origin_y);
        const QPointF br = v.to_screen(cg.origin_x + cg.cols * cg.pixel_size_m,
                                       cg.origin_y - cg.rows * cg.pixel_size_m);
        g.save();
        g.setOpacity(vis.coverage_opacity);
        // Nearest-neighbour when zoomed in: pixels are the model's resolution, not a blur.
        g.setRenderHint(QPainter::SmoothPixmapTransform, v.meters_per_pixel > cg.pixel_size_m);
        g.drawImage(QRectF(tl, br), *in.coverage);
        g.restore();
    }
    if (vis.hamlets) {
        g.setPen(QPen(QColor(110, 110, 110), 1.0, Qt::DashLine));
        g.setBrush(Qt::NoBrush);
        for (const core::Hamlet& h : L.hamlets) g.drawPath(polygon_path(h.area, v));
    }
    if (vis.waterways) {
        g.setPen(QPen(QColor(70, 130, 200), 2.0));
        for (const core::LineFeature& w : L.waterways) draw_lines(g, w.path, v);
    }
    if (vis.roads) {
        for (const core::LineFeature& r : L.roads) {
            const bool major = r.line_class == "national" || r.line_class == "provincial";
            g.setPen(QPen(major ? QColor(200, 80, 40) : QColor(150, 120, 90), major ? 3.0 : 1.6));
            draw_lines(g, r.path, v);
        }
    }
    if (vis.fiber) {
        g.setPen(QPen(QColor(130, 40, 170), 1.6, Qt::DotLine));
        for (const core::FiberRoute& f : L.fiber) draw_lines(g, f.path, v);
    }
    if (vis.ward) {
        g.setPen(QPen(QColor(30, 30, 30), 2.5));
        g.setBrush(Qt::NoBrush);
        for (const core::Ward& w : L.ward) g.drawPath(polygon_path(w.area, v));
    }
    if (vis.hamlets && vis.hamlet_labels) {
        QFont f = g.font();
        f.setPointSizeF(8);
        g.setFont(f);
        g.setPen(QColor(70, 70, 70));
        for (const core::Hamlet& h : L.hamlets) {
            if (h.area.empty()) continue;
            core::Point c;
            boost::geometry::centroid(h.area, c);
            const QPointF s = v.to_screen(c.x(), c.y());
            g.drawText(QRectF(s.x() - 60, s.y() - 8, 120, 16), Qt::AlignCenter,
                       QString::fromStdString(h.name));
        }
    }
    if (vis.poi) {
        for (const core::Poi& p : L.poi) {
            const QColor col = category_colour(p.category);
            if (p.is_area) {
                g.setPen(QPen(col, 1.5));
                QColor fill = col;
                fill.setAlpha(60);
                g.setBrush(fill);
                g.drawPath(polygon_path(p.area, v));
            } else {
                g.setPen(QPen(Qt::white, 1.2));
                g.setBrush(col);
                g.drawEllipse(v.to_screen(p.point.x(), p.point.y()), 4.5, 4.5);
            }
        }
    }
    if (vis.priority_gaps && in.places) {
        // Places without 5G: a red ring; roads and waterways: their stretches without 5G.
        for (const core::PriorityPlace& p : *in.places) {
            if (p.source != "poi") {
                g.setPen(QPen(QColor(220, 20, 60, 200), 4.0, Qt::SolidLine, Qt::RoundCap));
                draw_lines(g, p.gap_path, v);
            } else if (p.status != core::PriorityStatus::Covered5G) {
                g.setPen(QPen(QColor(220, 20, 60), 2.5));
                g.setBrush(Qt::NoBrush);
                g.drawEllipse(v.to_screen(p.representative.x(), p.representative.y()), 9.0, 9.0);
            }
        }
    }
    if (vis.sites) {
        for (std::size_t i = 0; i < L.sites.size(); ++i) {
            const core::Site& s = L.sites[i];
            const QPointF c = v.to_screen(s.location.x(), s.location.y());
            const bool nr = s.technology == core::Technology::Nr5G;
            const QColor col = nr ? QColor(200, 20, 60) : QColor(20, 80, 180);
            // Sector ticks: one short line per azimuth (grid north = up).
            g.setPen(QPen(col, 1.5));
            for (double az : s.azimuths_deg) {
                const double a = az * std::numbers::pi / 180.0;
                g.drawLine(c, c + QPointF(std::sin(a) * 12.0, -std::cos(a) * 12.0));
            }
            QPolygonF tri;
            const double r = nr ? 6.0 : 5.0;
            tri << c + QPointF(0, -r) << c + QPointF(r * 0.87, r * 0.5)
                << c + QPointF(-r * 0.87, r * 0.5);
            const bool proposed = s.status == core::SiteStatus::Proposed;
            g.setPen(QPen(proposed ? col : Qt::white, proposed ? 2.0 : 1.0));
            g.setBrush(proposed ? QBrush(Qt::white) : QBrush(col));
            g.drawPolygon(tri);
            if (static_cast<int>(i) == in.selected_site) {
                g.setPen(QPen(QColor(255, 140, 0), 2.0));
                g.setBrush(Qt::NoBrush);
                g.drawEllipse(c, 10.0, 10.0);
            }
        }
    }
    draw_scale_bar(g, v);
    draw_north_arrow(g, v);
    if (!in.basemap.empty() && !in.attribution.isEmpty()) {
        QFont f = g.font();
        f.setPointSizeF(7.5);
        g.setFont(f);
        const QRectF box(v.size.width() - 260, v.size.height() - 18, 256, 16);
        g.fillRect(box, QColor(255, 255, 255, 200));
        g.setPen(QColor(40, 40, 40));
        g.drawText(box, Qt::AlignRight | Qt::AlignVCenter, in.attribution);
    }
}

QImage render_map_image(const RenderInput& input, const MapView& view) {
    QImage img(view.size, QImage::Format_ARGB32_Premultiplied);
    QPainter g(&img);
    render_map(g, input, view);
    g.end();
    return img;
}

}  // namespace covplan::render
