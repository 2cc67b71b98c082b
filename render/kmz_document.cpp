#include "render/kmz_document.h"

#include <QImage>
#include <algorithm>
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

}  // namespace

gis::KmzDocument kmz_document(const gis::Project& p, const gis::PlanAnalysis& a, bool vi) {
    gis::KmzDocument doc;
    doc.title = p.title;
    const auto& s = p.settings;
    doc.overlays.push_back(overlay(a, CoverageLayer::Rsrp5G, s.rsrp_threshold_5g_dbm,
                                   vi ? "Vùng phủ 5G (RSRP)" : "5G coverage (RSRP)", true));
    doc.overlays.push_back(overlay(a, CoverageLayer::Rsrp4G, s.rsrp_threshold_4g_dbm,
                                   vi ? "Vùng phủ 4G (RSRP)" : "4G coverage (RSRP)", false));
    std::vector<gis::KmzPlacemark> sites;
    for (const core::Site& site : p.layers.sites) {
        std::ostringstream d;
        d << site.operator_name << ", " << core::technology_name(site.technology) << " "
          << site.band << " " << core::decimal_text(site.freq_mhz, 1, vi, false) << " MHz, "
          << core::decimal_text(site.height_m, 0, vi) << " m, " << (vi ? "cột " : "tower ")
          << site.tower_id << ", " << core::site_status_text(site.status, vi);
        const bool proposed = site.status != core::SiteStatus::Existing;
        sites.push_back({site.site_id + (site.name.empty() ? "" : " – " + site.name), d.str(),
                         proposed                                    ? "proposed"
                         : site.technology == core::Technology::Nr5G ? "site5g"
                                                                     : "site4g",
                         site.location});
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
    doc.folders.emplace_back(vi ? "Trạm" : "Sites", std::move(sites));
    doc.folders.emplace_back(vi ? "Điểm ưu tiên chưa có 5G" : "Priority places lacking 5G",
                             std::move(gaps));
    return doc;
}

}  // namespace covplan::render
