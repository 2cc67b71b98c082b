#include "render/kmz_document.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <algorithm>
#include <cstdio>
#include <map>
#include <sstream>

#include "core/category_text.h"
#include "core/locale_text.h"
#include "render/legend_text.h"
#include "render/map_renderer.h"

namespace covplan::render {
namespace {

gis::KmzOverlay overlay(const gis::PlanAnalysis& a, CoverageLayer layer, double threshold_dbm,
                        std::string name, bool visible) {
    const QImage img =
        coverage_image(a.maps, layer, threshold_dbm).convertToFormat(QImage::Format_RGBA8888);
    gis::KmzOverlay o;
    o.name = std::move(name);
    o.grid = a.maps.grid;
    o.visible = visible;
    o.rgba.resize(o.grid.pixel_count() * 4);
    const std::size_t row_bytes = static_cast<std::size_t>(o.grid.cols) * 4;
    for (int r = 0; r < o.grid.rows; ++r)
        std::copy_n(img.constScanLine(r), row_bytes, o.rgba.data() + r * row_bytes);
    return o;
}

//! `image` as PNG bytes.
std::vector<std::uint8_t> png_bytes(const QImage& image) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return {bytes.begin(), bytes.end()};
}

//! The map's symbol of a layer (and variant) as an icon: what the legend, the PDF and
//! the PNG draw, so one meaning has one symbol everywhere.
std::vector<std::uint8_t> symbol_icon(const gis::Project& p, core::MapLayerId id,
                                      std::string_view variant) {
    QImage img(48, 48, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter g(&img);
    draw_legend_symbol(g, QRectF(0, 0, 48, 48), id, p.style.style(id), variant, 2.0);
    g.end();
    return png_bytes(img);
}

//! KML's aabbggrr for an RGBA colour.
std::string kml_colour(const core::Rgba& c) {
    char buf[12];
    std::snprintf(buf, sizeof buf, "%02x%02x%02x%02x", c.a, c.b, c.g, c.r);
    return buf;
}

//! The legend pinned to the screen: the coverage bands as the overlay shows them
//! (70 % over what lies beneath; drawn here over white), then the symbols.
std::vector<std::uint8_t> legend_image(const gis::Project& p, bool vi) {
    const double threshold = p.settings.rsrp_threshold_5g_dbm;
    const std::vector<LegendEntry> bands = rsrp_legend(threshold);
    struct Row {
        core::MapLayerId id;
        std::string variant;
    };
    std::vector<Row> rows;
    for (const std::string& v : legend_variants(core::MapLayerId::Sites, &p.layers))
        rows.push_back({core::MapLayerId::Sites, v});
    rows.push_back({core::MapLayerId::PriorityGaps, ""});
    if (!p.layers.ward.empty()) rows.push_back({core::MapLayerId::Ward, ""});
    if (!p.layers.hamlets.empty()) rows.push_back({core::MapLayerId::Hamlets, ""});
    if (!p.layers.fiber.empty()) rows.push_back({core::MapLayerId::Fiber, ""});
    const int row_h = 22, width = 300;
    const int height = 34 + row_h * static_cast<int>(bands.size() + rows.size()) + 10;
    QImage img(width, height, QImage::Format_ARGB32_Premultiplied);
    img.fill(QColor(255, 255, 255, 235));
    QPainter g(&img);
    g.setRenderHint(QPainter::Antialiasing);
    g.setRenderHint(QPainter::TextAntialiasing);
    QFont bold("Noto Sans");
    bold.setPixelSize(14);
    bold.setBold(true);
    QFont plain("Noto Sans");
    plain.setPixelSize(13);
    g.setFont(bold);
    g.setPen(Qt::black);
    g.drawText(QRect(10, 6, width - 20, 22), Qt::AlignVCenter,
               vi ? QString::fromUtf8("RSRP 5G (ngưỡng %1 dBm)").arg(threshold, 0, 'f', 0)
                  : QString("5G RSRP (threshold %1 dBm)").arg(threshold, 0, 'f', 0));
    int y = 34;
    g.setFont(plain);
    for (const LegendEntry& e : bands) {
        QColor c = e.colour;
        c.setAlphaF(0.7f * c.alphaF());
        g.fillRect(QRect(10, y + 3, 30, 16), Qt::white);
        g.fillRect(QRect(10, y + 3, 30, 16), c);
        g.setPen(QColor(120, 120, 120));
        g.drawRect(QRect(10, y + 3, 30, 16));
        g.setPen(Qt::black);
        g.drawText(QRect(50, y, width - 60, row_h), Qt::AlignVCenter, e.text);
        y += row_h;
    }
    for (const Row& r : rows) {
        draw_legend_symbol(g, QRectF(10, y + 1, 30, 20), r.id, p.style.style(r.id), r.variant, 1.0);
        g.setPen(Qt::black);
        g.drawText(QRect(50, y, width - 60, row_h), Qt::AlignVCenter,
                   legend_text(r.id, r.variant, vi));
        y += row_h;
    }
    g.end();
    return png_bytes(img);
}

}  // namespace

gis::KmzDocument kmz_document(const gis::Project& p, const gis::PlanAnalysis& a, bool vi) {
    gis::KmzDocument doc;
    doc.title = p.title;
    const auto& s = p.settings;
    doc.overlays.push_back(overlay(a, CoverageLayer::Rsrp5G, s.rsrp_threshold_5g_dbm,
                                   vi ? "Vùng phủ 5G (RSRP)" : "5G coverage (RSRP)", true));
    doc.overlays.push_back(overlay(a, CoverageLayer::Rsrp4G, s.rsrp_threshold_4g_dbm,
                                   vi ? "Vùng phủ 4G (RSRP)" : "4G coverage (RSRP)", false));
    // Sites sharing a tower are one placemark: stacked icons on one point cannot be
    // told apart or clicked in Google Earth. The description lists each.
    std::vector<gis::KmzPlacemark> sites;
    std::map<std::string, std::size_t> by_tower;
    std::vector<std::vector<const core::Site*>> groups;
    for (const core::Site& site : p.layers.sites) {
        char where[64];
        std::snprintf(where, sizeof where, "@%.1f,%.1f", site.location.x(), site.location.y());
        const std::string key = site.tower_id.empty() ? std::string(where) : site.tower_id;
        auto [it, added] = by_tower.emplace(key, groups.size());
        if (added) groups.emplace_back();
        groups[it->second].push_back(&site);
    }
    for (const auto& group : groups) {
        std::ostringstream d;
        std::string name;
        bool proposed_5g = false, proposed_4g = false, has_5g = false;
        for (const core::Site* site : group) {
            if (!d.str().empty()) d << "\n";
            d << site->site_id << ": " << site->operator_name << ", "
              << core::technology_name(site->technology) << " " << site->band << " "
              << core::decimal_text(site->freq_mhz, 1, vi, false) << " MHz, "
              << core::decimal_text(site->height_m, 0, vi) << " m, "
              << core::site_status_text(site->status, vi);
            const bool nr = site->technology == core::Technology::Nr5G;
            if (site->status == core::SiteStatus::Proposed) (nr ? proposed_5g : proposed_4g) = true;
            has_5g = has_5g || nr;
            name += (name.empty() ? "" : ", ") + site->site_id;
        }
        const std::string& tower = group.front()->tower_id;
        if (!tower.empty()) name = (vi ? "Cột " : "Tower ") + tower + ": " + name;
        sites.push_back({name, d.str(),
                         proposed_5g   ? "proposed5g"
                         : proposed_4g ? "proposed4g"
                         : has_5g      ? "site5g"
                                       : "site4g",
                         group.front()->location});
    }
    std::vector<gis::KmzPlacemark> gaps;
    for (const core::PriorityPlace& g : a.places) {
        if (!core::is_priority_gap(g)) continue;
        std::ostringstream d;
        d.precision(0);
        d << core::category_text(g.category, vi) << "; " << (vi ? "có 5G " : "with 5G ")
          << core::percent_text(g.share_5g, vi) << "; " << g.hamlet << "; "
          << (vi ? "trạm gần nhất " : "nearest site ") << g.nearest_site << " ("
          << core::count_text(g.nearest_site_m, vi) << " m)";
        gaps.push_back({g.name, d.str(), "gap", g.representative});
    }
    // Boundaries and fiber in the map's colours and widths.
    auto line_style = [&](const char* id, core::MapLayerId layer) {
        const core::LayerStyle& st = p.style.style(layer);
        doc.line_styles.push_back({id, kml_colour(st.colour), std::max(1.0, st.width_px)});
    };
    line_style("ward", core::MapLayerId::Ward);
    line_style("hamlet", core::MapLayerId::Hamlets);
    line_style("fiber", core::MapLayerId::Fiber);
    std::vector<gis::KmzShape> bounds;
    for (const core::Ward& w : p.layers.ward) bounds.push_back({w.name, "", "ward", w.area, {}});
    for (const core::Hamlet& h : p.layers.hamlets)
        bounds.push_back({h.name,
                          h.population > 0 ? (vi ? "Dân số " : "Population ") +
                                                 core::count_text(h.population, vi)
                                           : std::string(),
                          "hamlet",
                          h.area,
                          {}});
    if (!bounds.empty())
        doc.shape_folders.emplace_back(vi ? "Ranh giới phường, khu vực" : "Ward and khu vực",
                                       std::move(bounds));
    std::vector<gis::KmzShape> routes;
    for (const core::FiberRoute& f : p.layers.fiber)
        routes.push_back({f.name.empty() ? (vi ? "Tuyến cáp quang" : "Fiber route") : f.name,
                          f.operator_name,
                          "fiber",
                          {},
                          f.path});
    if (!routes.empty())
        doc.shape_folders.emplace_back(vi ? "Tuyến cáp quang" : "Fiber routes", std::move(routes));
    // The map's own symbols as icons, and the legend.
    doc.icons.push_back({"site4g", symbol_icon(p, core::MapLayerId::Sites, "4g"), 0.9});
    doc.icons.push_back({"site5g", symbol_icon(p, core::MapLayerId::Sites, "5g"), 0.9});
    doc.icons.push_back(
        {"proposed4g", symbol_icon(p, core::MapLayerId::Sites, "proposed-4g"), 0.9});
    doc.icons.push_back(
        {"proposed5g", symbol_icon(p, core::MapLayerId::Sites, "proposed-5g"), 0.9});
    doc.icons.push_back({"gap", symbol_icon(p, core::MapLayerId::PriorityGaps, ""), 0.9});
    doc.legend_png = legend_image(p, vi);
    doc.legend_name = vi ? "Chú giải" : "Legend";
    doc.folders.emplace_back(vi ? "Trạm" : "Sites", std::move(sites));
    doc.folders.emplace_back(vi ? "Điểm ưu tiên chưa có 5G" : "Priority places lacking 5G",
                             std::move(gaps));
    return doc;
}

}  // namespace covplan::render
