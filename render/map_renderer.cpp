#include "render/map_renderer.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainterPath>
#include <QPolygonF>
#include <QTransform>
#include <algorithm>
#include <cmath>
#include <numbers>
#include <optional>
#include <vector>

#include "core/measure/rsrp_classes.h"
#include "gis/basemap_raster.h"

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

void draw_scale_bar(QPainter& g, const MapView& v, double k) {
    const double len_m = nice_length(v.meters_per_pixel * v.size.width() / 5.0);
    const double len_px = len_m / v.meters_per_pixel;
    const QPointF origin(16 * k, v.size.height() - 20 * k);
    g.setPen(QPen(Qt::black, 2 * k));
    g.setBrush(Qt::NoBrush);
    g.drawLine(origin, origin + QPointF(len_px, 0));
    g.drawLine(origin, origin + QPointF(0, -6 * k));
    g.drawLine(origin + QPointF(len_px, 0), origin + QPointF(len_px, -6 * k));
    QFont f = g.font();
    f.setPointSizeF(8.5);
    g.setFont(f);
    const QString text =
        len_m >= 1000 ? QString::number(len_m / 1000.0) + " km" : QString::number(len_m) + " m";
    g.drawText(origin + QPointF(4 * k, -8 * k), text);
}

void draw_north_arrow(QPainter& g, const MapView& v, double k) {
    // Grid north of the working CRS (UTM): within 1 degree of true north in a ward.
    const QPointF tip(v.size.width() - 28 * k, 18 * k);
    QPolygonF arrow;
    arrow << tip << tip + QPointF(-8, 22) * k << tip + QPointF(0, 16) * k
          << tip + QPointF(8, 22) * k;
    g.setPen(QPen(Qt::black, 1 * k));
    g.setBrush(Qt::black);
    g.drawPolygon(arrow);
    QFont f = g.font();
    f.setPointSizeF(9);
    g.setFont(f);
    g.drawText(QRectF(tip.x() - 10 * k, tip.y() + 22 * k, 20 * k, 16 * k), Qt::AlignCenter, "N");
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

QColor sinr_colour(double v) {
    if (v <= -9000) return Qt::transparent;
    if (v >= 20) return {0, 104, 55};
    if (v >= 13) return {49, 163, 84};
    if (v >= 5) return {173, 221, 142};
    if (v >= 0) return {254, 224, 139};
    return {215, 48, 39};
}

std::vector<LegendEntry> sinr_legend() {
    return {{sinr_colour(25), "≥ 20 dB"},
            {sinr_colour(15), "13 … 20 dB"},
            {sinr_colour(8), "5 … 13 dB"},
            {sinr_colour(2), "0 … 5 dB"},
            {sinr_colour(-5), "< 0 dB"}};
}

QColor throughput_colour(double v) {
    if (v <= 0 || v <= -9000) return Qt::transparent;
    if (v >= 1000) return {84, 39, 143};
    if (v >= 300) return {117, 107, 177};
    if (v >= 100) return {158, 154, 200};
    if (v >= 20) return {203, 201, 226};
    return {242, 240, 247};
}

std::vector<LegendEntry> throughput_legend() {
    return {{throughput_colour(1200), "≥ 1000 Mbit/s"},
            {throughput_colour(500), "300 … 1000 Mbit/s"},
            {throughput_colour(150), "100 … 300 Mbit/s"},
            {throughput_colour(50), "20 … 100 Mbit/s"},
            {throughput_colour(5), "< 20 Mbit/s"}};
}

QColor as_drawn(const QColor& c, double opacity) {
    const double a = std::clamp(opacity * c.alphaF(), 0.0, 1.0);
    auto mix = [&](double fg, double bg) { return a * fg + (1 - a) * bg; };
    return QColor::fromRgbF(static_cast<float>(mix(c.redF(), kMapBackground.redF())),
                            static_cast<float>(mix(c.greenF(), kMapBackground.greenF())),
                            static_cast<float>(mix(c.blueF(), kMapBackground.blueF())));
}

QColor service_class_colour(ServiceClass c) {
    // Red for no service, amber for 4G alone, blue for 5G alone, green for both: the
    // order a reader expects from a traffic light, and distinct for red-green colour
    // blindness by lightness (ColorBrewer RdYlBu / Greens endpoints).
    switch (c) {
        case ServiceClass::None:
            return QColor(215, 48, 39);
        case ServiceClass::Only4G:
            return QColor(253, 174, 97);
        case ServiceClass::Only5G:
            return QColor(116, 173, 209);
        case ServiceClass::Both:
            return QColor(26, 152, 80);
    }
    return Qt::transparent;
}

std::vector<LegendEntry> service_class_legend(bool vi) {
    auto t = [vi](const char* en, const char* v) { return QString::fromUtf8(vi ? v : en); };
    return {{service_class_colour(ServiceClass::Both), t("4G and 5G", "Có cả 4G và 5G")},
            {service_class_colour(ServiceClass::Only5G), t("5G only", "Chỉ có 5G")},
            {service_class_colour(ServiceClass::Only4G), t("4G only", "Chỉ có 4G")},
            {service_class_colour(ServiceClass::None), t("Neither 4G nor 5G", "Không có 4G, 5G")}};
}

QImage coverage_image(const core::CoverageMaps& m, CoverageLayer layer, double threshold,
                      double threshold_4g) {
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
            else if (layer == CoverageLayer::Sinr4G)
                col = sinr_colour(m.sinr_4g[p]);
            else if (layer == CoverageLayer::Sinr5G)
                col = sinr_colour(m.sinr_5g[p]);
            else if (layer == CoverageLayer::ServiceClass) {
                const bool has4 = m.rsrp_4g[p] >= threshold_4g, has5 = m.rsrp_5g[p] >= threshold;
                col = service_class_colour(has4 && has5 ? ServiceClass::Both
                                           : has5       ? ServiceClass::Only5G
                                           : has4       ? ServiceClass::Only4G
                                                        : ServiceClass::None);
            } else if (layer == CoverageLayer::Throughput)
                col = p < m.throughput_mbps.size() ? throughput_colour(m.throughput_mbps[p])
                                                   : QColor(Qt::transparent);
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

namespace {

QColor qcolour(const core::Rgba& c) { return QColor(c.r, c.g, c.b, c.a); }

QColor site_colour(bool nr) { return nr ? QColor(200, 20, 60) : QColor(20, 80, 180); }

bool major_road(const core::LineFeature& r) {
    return r.line_class == "national" || r.line_class == "provincial";
}

// Minor roads: thinner and paler than the style's (major road) colour.
QPen minor_road_pen(const core::LayerStyle& st, double scale) {
    QColor c = qcolour(st.colour);
    c = QColor::fromRgbF(0.5 * c.redF() + 0.5 * 0.59, 0.5 * c.greenF() + 0.5 * 0.47,
                         0.5 * c.blueF() + 0.5 * 0.35);
    return QPen(c, std::max(1.0, 0.55 * st.width_px) * scale);
}

void draw_site_symbol(QPainter& g, QPointF c, const core::Site& s, const core::LayerStyle& st,
                      double scale, bool ticks) {
    const bool nr = s.technology == core::Technology::Nr5G;
    const QColor col = site_colour(nr);
    if (ticks) {
        // Sector ticks: one short line per azimuth (grid north = up).
        g.setPen(QPen(col, st.width_px * scale));
        for (double az : s.azimuths_deg) {
            const double a = az * std::numbers::pi / 180.0;
            const double len = 1.1 * st.symbol_px * scale;
            g.drawLine(c, c + QPointF(std::sin(a) * len, -std::cos(a) * len));
        }
    }
    QPolygonF tri;
    const double r = st.symbol_px * scale * (nr ? 0.55 : 0.46);
    tri << c + QPointF(0, -r) << c + QPointF(r * 0.87, r * 0.5) << c + QPointF(-r * 0.87, r * 0.5);
    const bool proposed = s.status == core::SiteStatus::Proposed;
    g.setPen(QPen(proposed ? col : Qt::white, (proposed ? 2.0 : 1.0) * scale));
    g.setBrush(proposed ? QBrush(Qt::white) : QBrush(col));
    g.drawPolygon(tri);
}

// Labels are placed in layer order and skipped where they would overlap one
// already placed (QGIS's default collision rule); a white halo keeps them legible
// over coverage colours.
class LabelPlacer {
  public:
    LabelPlacer(QPainter& g, double scale) : m_g(g), m_scale(scale) {}
    void place(QPointF anchor, const QString& text, QPointF offset, Qt::Alignment align,
               const QColor& colour, double point_size) {
        if (text.isEmpty()) return;
        QFont f = m_g.font();
        f.setPointSizeF(point_size);
        const QFontMetricsF fm(f, m_g.device());
        const double w = fm.horizontalAdvance(text) + 2, h = fm.height();
        QRectF box(0, 0, w, h);
        const QPointF p = anchor + offset * m_scale;
        if (align & Qt::AlignHCenter)
            box.moveCenter(QPointF(p.x(), p.y()));
        else
            box.moveTopLeft(QPointF(p.x(), p.y() - h / 2));
        for (const QRectF& r : m_placed)
            if (r.intersects(box)) return;
        m_placed.push_back(box);
        QPainterPath path;
        path.addText(box.left() + 1, box.top() + fm.ascent(), f, text);
        m_g.save();
        m_g.setPen(QPen(QColor(255, 255, 255, 220), 3.0 * m_scale, Qt::SolidLine, Qt::RoundCap,
                        Qt::RoundJoin));
        m_g.setBrush(Qt::NoBrush);
        m_g.drawPath(path);
        m_g.setPen(Qt::NoPen);
        m_g.setBrush(colour);
        m_g.drawPath(path);
        m_g.restore();
    }

  private:
    QPainter& m_g;
    double m_scale;
    std::vector<QRectF> m_placed;
};

// Where a line's label goes: the middle vertex of its longest part.
std::optional<core::Point> line_anchor(const core::MultiLineString& ml) {
    const core::LineString* best = nullptr;
    double best_len = -1;
    for (const core::LineString& l : ml) {
        const double len = boost::geometry::length(l);
        if (len > best_len && !l.empty()) {
            best_len = len;
            best = &l;
        }
    }
    if (!best) return std::nullopt;
    return (*best)[best->size() / 2];
}

void draw_layer(QPainter& g, const RenderInput& in, const MapView& v, core::MapLayerId id,
                const core::LayerStyle& st) {
    const core::PlanLayers& L = in.project->layers;
    const double k = in.scale;
    const QColor col = qcolour(st.colour);
    switch (id) {
        case core::MapLayerId::Ward:
            g.setPen(QPen(col, st.width_px * k));
            g.setBrush(Qt::NoBrush);
            for (const core::Ward& w : L.ward) g.drawPath(polygon_path(w.area, v));
            break;
        case core::MapLayerId::Hamlets:
            g.setPen(QPen(col, st.width_px * k, Qt::DashLine));
            g.setBrush(Qt::NoBrush);
            for (const core::Hamlet& h : L.hamlets) g.drawPath(polygon_path(h.area, v));
            break;
        case core::MapLayerId::Waterways:
            g.setPen(QPen(col, st.width_px * k));
            for (const core::LineFeature& w : L.waterways) draw_lines(g, w.path, v);
            break;
        case core::MapLayerId::Residuals: {
            if (!in.residuals) break;
            const double r = std::max(1.5, 0.5 * st.symbol_px * k);
            g.setPen(QPen(QColor(255, 255, 255, 200), 0.6 * k));
            for (const core::ComparedSample& c : in.residuals->compared) {
                const core::ErrorClass& e = core::error_class(c.error_db());
                g.setBrush(QColor(e.r, e.g, e.b));
                g.drawEllipse(v.to_screen(c.location.x(), c.location.y()), r, r);
            }
            break;
        }
        case core::MapLayerId::Measurements: {
            // Dots coloured by RSRP class, weakest last so that holes in coverage show.
            const double r = std::max(1.0, 0.5 * st.symbol_px * k);
            g.setPen(Qt::NoPen);
            for (auto it = core::kRsrpClasses.begin(); it != core::kRsrpClasses.end(); ++it) {
                g.setBrush(QColor(it->r, it->g, it->b));
                for (const core::Measurement& m : L.measurements) {
                    if (&core::rsrp_class(m.rsrp_dbm) != &*it) continue;
                    const QPointF p = v.to_screen(m.location.x(), m.location.y());
                    g.drawEllipse(p, r, r);
                }
            }
            break;
        }
        case core::MapLayerId::Roads:
            // Minor roads first so that junctions show the major road on top.
            g.setPen(minor_road_pen(st, k));
            for (const core::LineFeature& r : L.roads)
                if (!major_road(r)) draw_lines(g, r.path, v);
            g.setPen(QPen(col, st.width_px * k));
            for (const core::LineFeature& r : L.roads)
                if (major_road(r)) draw_lines(g, r.path, v);
            break;
        case core::MapLayerId::Fiber:
            g.setPen(QPen(col, st.width_px * k, Qt::DotLine));
            for (const core::FiberRoute& f : L.fiber) draw_lines(g, f.path, v);
            break;
        case core::MapLayerId::Poi:
            for (const core::Poi& p : L.poi) {
                const QColor c = category_colour(p.category);
                if (p.is_area) {
                    g.setPen(QPen(c, 1.5 * k));
                    QColor fill = c;
                    fill.setAlpha(60);
                    g.setBrush(fill);
                    g.drawPath(polygon_path(p.area, v));
                } else {
                    g.setPen(QPen(Qt::white, 1.2 * k));
                    g.setBrush(c);
                    const double r = st.symbol_px * k / 2;
                    g.drawEllipse(v.to_screen(p.point.x(), p.point.y()), r, r);
                }
            }
            break;
        case core::MapLayerId::PriorityGaps:
            if (!in.places) break;
            // Places without 5G: a ring; roads and waterways: their stretches without 5G.
            for (const core::PriorityPlace& p : *in.places) {
                if (!core::is_priority_gap(p)) continue;
                if (p.source != core::PlaceSource::Poi) {
                    QColor c = col;
                    c.setAlpha(200);
                    g.setPen(QPen(c, st.width_px * k, Qt::SolidLine, Qt::RoundCap));
                    draw_lines(g, p.gap_path, v);
                } else {
                    g.setPen(QPen(col, 2.5 * k));
                    g.setBrush(Qt::NoBrush);
                    const double r = st.symbol_px * k / 2;
                    g.drawEllipse(v.to_screen(p.representative.x(), p.representative.y()), r, r);
                }
            }
            break;
        case core::MapLayerId::TowerUpgrades: {
            if (!in.upgrades || in.upgrades->empty()) break;
            // Area of the disc ∝ residents the upgrade brings 5G to.
            double most = 1;
            for (const core::TowerUpgrade& u : *in.upgrades)
                most = std::max(most, u.added_population_5g);
            for (const core::TowerUpgrade& u : *in.upgrades) {
                const double r =
                    st.symbol_px * k / 2 * (0.45 + 0.55 * std::sqrt(u.added_population_5g / most));
                QColor fill = col;
                fill.setAlpha(70);
                g.setPen(QPen(col, st.width_px * k));
                g.setBrush(fill);
                g.drawEllipse(v.to_screen(u.location.x(), u.location.y()), r, r);
            }
            break;
        }
        case core::MapLayerId::Sites:
            for (std::size_t i = 0; i < L.sites.size(); ++i) {
                const core::Site& s = L.sites[i];
                const QPointF c = v.to_screen(s.location.x(), s.location.y());
                draw_site_symbol(g, c, s, st, k, true);
                if (static_cast<int>(i) == in.selected_site) {
                    g.setPen(QPen(QColor(255, 140, 0), 2.0 * k));
                    g.setBrush(Qt::NoBrush);
                    g.drawEllipse(c, st.symbol_px * k, st.symbol_px * k);
                }
            }
            break;
    }
}

void draw_labels(LabelPlacer& labels, const RenderInput& in, const MapView& v, core::MapLayerId id,
                 const core::LayerStyle& st) {
    if (st.label_field.empty()) return;
    const core::PlanLayers& L = in.project->layers;
    auto text = [&](std::size_t i) {
        return QString::fromStdString(core::feature_label(L, id, i, st.label_field));
    };
    const QColor dark(40, 40, 40);
    const double pt = 8.0;
    auto area_label = [&](const core::MultiPolygon& mp, std::size_t i, double size) {
        if (mp.empty()) return;
        core::Point c;
        boost::geometry::centroid(mp, c);
        labels.place(v.to_screen(c.x(), c.y()), text(i), {}, Qt::AlignHCenter, dark, size);
    };
    auto line_label = [&](const core::MultiLineString& ml, std::size_t i, const QColor& c) {
        if (auto a = line_anchor(ml))
            labels.place(v.to_screen(a->x(), a->y()), text(i), {0, -8}, Qt::AlignHCenter, c, pt);
    };
    const QPointF beside(0.6 * st.symbol_px + 3, 0);
    switch (id) {
        case core::MapLayerId::Ward:
            for (std::size_t i = 0; i < L.ward.size(); ++i) area_label(L.ward[i].area, i, 10);
            break;
        case core::MapLayerId::Hamlets:
            for (std::size_t i = 0; i < L.hamlets.size(); ++i) area_label(L.hamlets[i].area, i, pt);
            break;
        case core::MapLayerId::Roads:
            for (std::size_t i = 0; i < L.roads.size(); ++i)
                line_label(L.roads[i].path, i, QColor(120, 50, 20));
            break;
        case core::MapLayerId::Waterways:
            for (std::size_t i = 0; i < L.waterways.size(); ++i)
                line_label(L.waterways[i].path, i, QColor(30, 80, 160));
            break;
        case core::MapLayerId::Fiber:
            for (std::size_t i = 0; i < L.fiber.size(); ++i)
                line_label(L.fiber[i].path, i, QColor(100, 30, 130));
            break;
        case core::MapLayerId::Poi:
            for (std::size_t i = 0; i < L.poi.size(); ++i) {
                const core::Poi& p = L.poi[i];
                if (p.is_area)
                    area_label(p.area, i, pt);
                else
                    labels.place(v.to_screen(p.point.x(), p.point.y()), text(i), beside,
                                 Qt::AlignLeft, dark, pt);
            }
            break;
        case core::MapLayerId::Sites:
            for (std::size_t i = 0; i < L.sites.size(); ++i) {
                const core::Site& s = L.sites[i];
                labels.place(v.to_screen(s.location.x(), s.location.y()), text(i), beside,
                             Qt::AlignLeft,
                             site_colour(s.technology == core::Technology::Nr5G).darker(130), pt);
            }
            break;
        case core::MapLayerId::TowerUpgrades:
            if (!in.upgrades) break;
            for (const core::TowerUpgrade& u : *in.upgrades) {
                QString t;
                if (st.label_field == "rank") t = "#" + QString::number(u.rank);
                if (st.label_field == "tower_id") t = QString::fromStdString(u.tower_id);
                if (st.label_field == "operators") t = QString::fromStdString(u.operators);
                if (st.label_field == "added_population")
                    t = "+" + QString::number(u.added_population_5g, 'f', 0);
                labels.place(v.to_screen(u.location.x(), u.location.y()), t,
                             {0, -0.5 * st.symbol_px - 7}, Qt::AlignHCenter,
                             qcolour(st.colour).darker(150), pt);
            }
            break;
        case core::MapLayerId::Residuals:
            if (!in.residuals) break;
            for (const core::ComparedSample& c : in.residuals->compared) {
                const QString t = st.label_field == "cell"
                                      ? QString::fromStdString(c.cell)
                                      : QString::number(c.error_db(), 'f', 1) + " dB";
                labels.place(v.to_screen(c.location.x(), c.location.y()), t, beside, Qt::AlignLeft,
                             dark, pt);
            }
            break;
        case core::MapLayerId::Measurements:
            for (std::size_t i = 0; i < L.measurements.size(); ++i) {
                const core::Measurement& m = L.measurements[i];
                labels.place(v.to_screen(m.location.x(), m.location.y()), text(i), beside,
                             Qt::AlignLeft, dark, pt);
            }
            break;
        case core::MapLayerId::PriorityGaps:
            if (!in.places) break;
            for (const core::PriorityPlace& p : *in.places) {
                if (!core::is_priority_gap(p)) continue;
                const QString t = st.label_field == "name" ? QString::fromStdString(p.name)
                                                           : QString::fromStdString(p.category);
                labels.place(v.to_screen(p.representative.x(), p.representative.y()), t,
                             {0, 0.5 * st.symbol_px + 7}, Qt::AlignHCenter,
                             qcolour(st.colour).darker(140), pt);
            }
            break;
    }
}

}  // namespace

std::vector<std::string> legend_variants(core::MapLayerId id, const core::PlanLayers* plan) {
    switch (id) {
        case core::MapLayerId::Sites: {
            // One symbol per meaning: a proposal is hollow in its technology's colour,
            // so a 4G and a 5G proposal are two legend rows (shown when present).
            std::vector<std::string> out{"4g", "5g"};
            for (const auto& [tech, key] : {std::pair{core::Technology::Lte4G, "proposed-4g"},
                                            std::pair{core::Technology::Nr5G, "proposed-5g"}}) {
                const bool present =
                    !plan ? tech == core::Technology::Nr5G
                          : std::any_of(plan->sites.begin(), plan->sites.end(),
                                        [&](const core::Site& s) {
                                            return s.status == core::SiteStatus::Proposed &&
                                                   s.technology == tech;
                                        });
                if (present) out.emplace_back(key);
            }
            return out;
        }
        case core::MapLayerId::Roads:
            return {"major", "minor"};
        case core::MapLayerId::Measurements: {
            std::vector<std::string> out;
            for (const core::RsrpClass& c : core::kRsrpClasses) out.emplace_back(c.key);
            return out;
        }
        case core::MapLayerId::Residuals: {
            std::vector<std::string> out;
            for (const core::ErrorClass& c : core::kErrorClasses) out.emplace_back(c.key);
            return out;
        }
        case core::MapLayerId::Poi: {
            // Only the categories the plan has (all when no plan is given).
            std::vector<std::string> out;
            for (int c = 0; c <= static_cast<int>(core::PoiCategory::Other); ++c) {
                const auto cat = static_cast<core::PoiCategory>(c);
                const bool present =
                    !plan || std::any_of(plan->poi.begin(), plan->poi.end(),
                                         [&](const core::Poi& p) { return p.category == cat; });
                if (present) out.emplace_back(core::poi_category_name(cat));
            }
            return out;
        }
        default:
            return {""};
    }
}

void draw_legend_symbol(QPainter& g, const QRectF& box, core::MapLayerId id,
                        const core::LayerStyle& st, std::string_view variant, double k) {
    g.save();
    g.setRenderHint(QPainter::Antialiasing, true);
    const QColor col = qcolour(st.colour);
    const QPointF c = box.center();
    const double x0 = box.left() + 1, x1 = box.right() - 1;
    // Symbols are clamped to the box so that a large symbol still fits its legend row.
    const double fit = std::min(1.0, 0.9 * box.height() / std::max(1.0, st.symbol_px * k));
    switch (id) {
        case core::MapLayerId::Ward:
        case core::MapLayerId::Hamlets: {
            g.setPen(QPen(col, std::min(st.width_px * k, box.height() / 3),
                          id == core::MapLayerId::Hamlets ? Qt::DashLine : Qt::SolidLine));
            g.setBrush(Qt::NoBrush);
            g.drawRect(box.adjusted(2, 2, -2, -2));
            break;
        }
        case core::MapLayerId::Roads:
            g.setPen(variant == "minor" ? minor_road_pen(st, k) : QPen(col, st.width_px * k));
            g.drawLine(QPointF(x0, c.y()), QPointF(x1, c.y()));
            break;
        case core::MapLayerId::Waterways:
            g.setPen(QPen(col, st.width_px * k));
            g.drawLine(QPointF(x0, c.y()), QPointF(x1, c.y()));
            break;
        case core::MapLayerId::Fiber:
            g.setPen(QPen(col, st.width_px * k, Qt::DotLine));
            g.drawLine(QPointF(x0, c.y()), QPointF(x1, c.y()));
            break;
        case core::MapLayerId::Poi: {
            const auto cat =
                core::poi_category_from_name(variant).value_or(core::PoiCategory::Other);
            g.setPen(QPen(Qt::white, 1.2 * k));
            g.setBrush(category_colour(cat));
            const double r = st.symbol_px * k * fit / 2;
            g.drawEllipse(c, r, r);
            break;
        }
        case core::MapLayerId::PriorityGaps: {
            g.setPen(QPen(col, 2.5 * k));
            g.setBrush(Qt::NoBrush);
            const double r = st.symbol_px * k * fit / 2;
            g.drawEllipse(c, r, r);
            break;
        }
        case core::MapLayerId::TowerUpgrades: {
            QColor fill = col;
            fill.setAlpha(70);
            g.setPen(QPen(col, st.width_px * k));
            g.setBrush(fill);
            const double r = st.symbol_px * k * fit / 2;
            g.drawEllipse(c, r, r);
            break;
        }
        case core::MapLayerId::Residuals: {
            QColor fill(150, 150, 150);
            for (const core::ErrorClass& ec : core::kErrorClasses)
                if (ec.key == variant) fill = QColor(ec.r, ec.g, ec.b);
            g.setPen(QPen(Qt::white, 0.6 * k));
            g.setBrush(fill);
            const double r = std::max(2.5 * k, st.symbol_px * k * fit / 2);
            g.drawEllipse(c, r, r);
            break;
        }
        case core::MapLayerId::Measurements: {
            QColor fill(60, 60, 60);
            for (const core::RsrpClass& rc : core::kRsrpClasses)
                if (rc.key == variant) fill = QColor(rc.r, rc.g, rc.b);
            g.setPen(Qt::NoPen);
            g.setBrush(fill);
            const double r = std::max(2.5 * k, st.symbol_px * k * fit / 2);
            g.drawEllipse(c, r, r);
            break;
        }
        case core::MapLayerId::Sites: {
            core::Site s;
            s.technology = variant == "5g" || variant == "proposed-5g" || variant == "proposed"
                               ? core::Technology::Nr5G
                               : core::Technology::Lte4G;
            s.status = variant.starts_with("proposed") ? core::SiteStatus::Proposed
                                                       : core::SiteStatus::Existing;
            core::LayerStyle fitted = st;
            fitted.symbol_px = st.symbol_px * fit;
            draw_site_symbol(g, c + QPointF(0, 1), s, fitted, k, false);
            break;
        }
    }
    g.restore();
}

std::vector<RasterBasemap> load_raster_basemaps(const gis::Project& project,
                                                const core::Extent& area, int max_px,
                                                std::vector<std::string>* errors) {
    std::vector<RasterBasemap> out;
    for (const gis::RasterSource& r : project.rasters) {
        if (r.kind != gis::RasterKind::Basemap) continue;
        std::optional<gis::Crs> assigned;
        if (!r.assigned_crs.empty())
            if (auto c = gis::Crs::from_user_input(r.assigned_crs)) assigned = *c;
        auto img = gis::read_basemap(r.path, project.working_crs, area, max_px, assigned);
        if (!img) {
            if (errors) errors->push_back(img.error());
            continue;
        }
        QImage q(img->cols, img->rows, QImage::Format_ARGB32);
        for (int row = 0; row < img->rows; ++row)
            std::copy_n(img->argb.data() + static_cast<std::size_t>(row) * img->cols, img->cols,
                        reinterpret_cast<QRgb*>(q.scanLine(row)));
        out.push_back({std::move(q), img->extent, 1.0});
    }
    return out;
}

void render_map(QPainter& g, const RenderInput& in, const MapView& v) {
    g.setRenderHint(QPainter::Antialiasing, true);
    g.fillRect(QRect(QPoint(0, 0), v.size), kMapBackground);
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
    for (const RasterBasemap& r : in.rasters) {
        if (r.image.isNull() || r.extent.empty()) continue;
        g.save();
        g.setOpacity(r.opacity);
        g.setRenderHint(QPainter::SmoothPixmapTransform, true);
        g.drawImage(QRectF(v.to_screen(r.extent.min_x, r.extent.max_y),
                           v.to_screen(r.extent.max_x, r.extent.min_y)),
                    r.image);
        g.restore();
    }
    if (!in.project) return;
    const CoverageDisplay& d = in.display;

    if (in.coverage && !in.coverage->isNull() && d.coverage != CoverageLayer::None) {
        const core::GridSpec& cg = in.coverage_grid;
        const QPointF tl = v.to_screen(cg.origin_x, cg.origin_y);
        const QPointF br = v.to_screen(cg.origin_x + cg.cols * cg.pixel_size_m,
                                       cg.origin_y - cg.rows * cg.pixel_size_m);
        g.save();
        if (d.clip_to_ward && !in.project->layers.ward.empty()) {
            QPainterPath ward;
            for (const core::Ward& w : in.project->layers.ward)
                ward.addPath(polygon_path(w.area, v));
            g.setClipPath(ward);
        }
        g.setOpacity(d.coverage_opacity);
        // Nearest-neighbour when zoomed in: pixels are the model's resolution, not a blur.
        g.setRenderHint(QPainter::SmoothPixmapTransform, v.meters_per_pixel > cg.pixel_size_m);
        g.drawImage(QRectF(tl, br), *in.coverage);
        g.restore();
    }
    const core::MapStyle& style = in.project->style;
    for (const core::StyledLayer& l : style.layers)
        if (l.style.visible) draw_layer(g, in, v, l.id, l.style);
    g.save();  // the numbers' bold font must not leak into the labels
    for (std::size_t i = 0; i < in.candidates.size(); ++i) {
        const QPointF c = v.to_screen(in.candidates[i].x(), in.candidates[i].y());
        const double r = 11 * in.scale;
        g.setPen(QPen(QColor(255, 140, 0), 3 * in.scale));
        g.setBrush(QColor(255, 255, 255, 200));
        g.drawEllipse(c, r, r);
        QFont f = g.font();
        f.setPointSizeF(8);
        f.setBold(true);
        g.setFont(f);
        g.setPen(QColor(150, 70, 0));
        g.drawText(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), Qt::AlignCenter,
                   QString::number(i + 1));
    }
    g.restore();
    // Labels above every layer, the top layer's first so that it wins collisions.
    LabelPlacer labels(g, in.scale);
    for (auto it = style.layers.rbegin(); it != style.layers.rend(); ++it)
        if (it->style.visible) draw_labels(labels, in, v, it->id, it->style);
    draw_scale_bar(g, v, in.scale);
    draw_north_arrow(g, v, in.scale);
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

QImage render_map_image(const RenderInput& input, const MapView& view, double dpi) {
    QImage img(view.size, QImage::Format_ARGB32_Premultiplied);
    // Point sizes (labels, scale bar) follow the image's resolution.
    const int dots_per_m = static_cast<int>(std::lround(dpi / 0.0254));
    img.setDotsPerMeterX(dots_per_m);
    img.setDotsPerMeterY(dots_per_m);
    QPainter g(&img);
    render_map(g, input, view);
    g.end();
    return img;
}

}  // namespace covplan::render
