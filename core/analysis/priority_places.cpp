#include "core/analysis/priority_places.h"

#include <algorithm>
#include <cmath>

#include "core/analysis/polygon_raster.h"

namespace covplan::core {

const char* place_source_name(PlaceSource s) {
    switch (s) {
        case PlaceSource::Poi:
            return "poi";
        case PlaceSource::Roads:
            return "roads";
        case PlaceSource::Waterways:
            return "waterways";
    }
    return "poi";
}

bool is_priority_gap(const PriorityPlace& p) { return p.status != PriorityStatus::Covered5G; }

std::vector<const PriorityPlace*> rank_priority_places(const std::vector<PriorityPlace>& places) {
    std::vector<const PriorityPlace*> ranked;
    for (const auto& p : places) ranked.push_back(&p);
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const PriorityPlace* x, const PriorityPlace* y) {
                         const bool gx = is_priority_gap(*x), gy = is_priority_gap(*y);
                         if (gx != gy) return gx;
                         return gx && x->score > y->score;
                     });
    return ranked;
}

const char* priority_status_name(PriorityStatus s) {
    switch (s) {
        case PriorityStatus::Covered5G:
            return "5G";
        case PriorityStatus::Only4G:
            return "4G only";
        case PriorityStatus::Uncovered:
            break;
    }
    return "none";
}

double priority_radius_m(const std::string& c) {
    if (c == "transport_hub" || c == "industrial" || c == "high_tech" || c == "residential")
        return 150.0;
    if (c == "other") return 50.0;
    return 100.0;  // school, health, admin, market, culture_tourism
}

double priority_weight(const std::string& c) {
    if (c == "health" || c == "school") return 5.0;
    if (c == "admin" || c == "transport_hub" || c == "industrial" || c == "high_tech") return 4.0;
    if (c == "market" || c == "residential" || c == "road") return 3.0;
    if (c == "culture_tourism" || c == "waterway") return 2.0;
    return 1.0;
}

namespace {

struct Samples {
    std::vector<float> r5, r4;
    std::size_t n = 0, n5 = 0, n4 = 0;
    void add(const CoverageMaps& m, const CoverageCriteria& k, std::size_t p) {
        ++n;
        r5.push_back(m.rsrp_5g[p]);
        r4.push_back(m.rsrp_4g[p]);
        n5 += k.has_5g(m, p);
        n4 += k.has_4g(m, p);
    }
};

double median(std::vector<float> v) {
    if (v.empty()) return CoverageEngine::kNoData;
    std::nth_element(v.begin(), v.begin() + static_cast<long>(v.size() / 2), v.end());
    return v[v.size() / 2];
}
double worst(const std::vector<float>& v) {
    return v.empty() ? CoverageEngine::kNoData : *std::min_element(v.begin(), v.end());
}

int pixel_of(const GridSpec& g, const Point& p) {
    const int c = static_cast<int>(std::floor((p.x() - g.origin_x) / g.pixel_size_m));
    const int r = static_cast<int>(std::floor((g.origin_y - p.y()) / g.pixel_size_m));
    if (c < 0 || r < 0 || c >= g.cols || r >= g.rows) return -1;
    return r * g.cols + c;
}

void finish(PriorityPlace& out, const Samples& s, const CoverageMaps& m,
            const PopulationGrid& people, const PlanLayers& plan, const PriorityOptions& o) {
    out.share_5g = s.n ? static_cast<double>(s.n5) / s.n : 0.0;
    out.share_4g = s.n ? static_cast<double>(s.n4) / s.n : 0.0;
    out.status = out.share_5g >= 0.5   ? PriorityStatus::Covered5G
                 : out.share_4g >= 0.5 ? PriorityStatus::Only4G
                                       : PriorityStatus::Uncovered;
    out.worst_rsrp_5g_dbm = worst(s.r5);
    out.median_rsrp_5g_dbm = median(s.r5);
    out.worst_rsrp_4g_dbm = worst(s.r4);
    out.median_rsrp_4g_dbm = median(s.r4);
    const GridSpec& g = m.grid;
    const int p = pixel_of(g, out.representative);
    if (p >= 0) {
        if (m.best_5g[p] >= 0)
            out.best_server_5g = m.cells[static_cast<std::size_t>(m.best_5g[p])].id;
        if (m.best_4g[p] >= 0)
            out.best_server_4g = m.cells[static_cast<std::size_t>(m.best_4g[p])].id;
        if (people.hamlet[p] >= 0)
            out.hamlet = people.units[static_cast<std::size_t>(people.hamlet[p])].name;
    }
    for (const Site& site : plan.sites) {
        const double d = bg::distance(site.location, out.representative);
        if (out.nearest_site_m < 0 || d < out.nearest_site_m) {
            out.nearest_site_m = d;
            out.nearest_site = site.site_id;
        }
    }
    // Residents within the radius of the representative point.
    const int rad = static_cast<int>(std::ceil(o.nearby_radius_m / g.pixel_size_m));
    const int pc =
        static_cast<int>(std::floor((out.representative.x() - g.origin_x) / g.pixel_size_m));
    const int pr =
        static_cast<int>(std::floor((g.origin_y - out.representative.y()) / g.pixel_size_m));
    for (int r = std::max(0, pr - rad); r <= std::min(g.rows - 1, pr + rad); ++r)
        for (int c = std::max(0, pc - rad); c <= std::min(g.cols - 1, pc + rad); ++c)
            if (std::hypot(g.centre_x(c) - out.representative.x(),
                           g.centre_y(r) - out.representative.y()) <= o.nearby_radius_m)
                out.population_nearby +=
                    people.population[static_cast<std::size_t>(r) * g.cols + c];
    out.weight = priority_weight(out.category);
    out.score = out.weight * (out.population_nearby + 1.0);
}

}  // namespace

std::vector<PriorityPlace> evaluate_priority_places(const PlanLayers& plan, const CoverageMaps& m,
                                                    const CoverageCriteria& k,
                                                    const PopulationGrid& people,
                                                    const PriorityOptions& o) {
    std::vector<PriorityPlace> out;
    const GridSpec& g = m.grid;
    for (std::size_t i = 0; i < plan.poi.size(); ++i) {
        const Poi& poi = plan.poi[i];
        PriorityPlace pp;
        pp.source = PlaceSource::Poi;
        pp.index = i;
        pp.name = poi.name;
        pp.category = std::string(poi_category_name(poi.category));
        Samples s;
        if (poi.is_area) {
            bg::centroid(poi.area, pp.representative);
            for_each_pixel(rasterize(poi.area, g), g, [&](std::size_t p) { s.add(m, k, p); });
        } else {
            pp.representative = poi.point;
            const double radius = priority_radius_m(pp.category);
            const int rad = static_cast<int>(std::ceil(radius / g.pixel_size_m));
            const int pc =
                static_cast<int>(std::floor((poi.point.x() - g.origin_x) / g.pixel_size_m));
            const int pr =
                static_cast<int>(std::floor((g.origin_y - poi.point.y()) / g.pixel_size_m));
            for (int r = std::max(0, pr - rad); r <= std::min(g.rows - 1, pr + rad); ++r)
                for (int c = std::max(0, pc - rad); c <= std::min(g.cols - 1, pc + rad); ++c)
                    if (std::hypot(g.centre_x(c) - poi.point.x(), g.centre_y(r) - poi.point.y()) <=
                        radius)
                        s.add(m, k, static_cast<std::size_t>(r) * g.cols + c);
        }
        if (s.n == 0) {  // a place smaller than a pixel: its own pixel
            const int p = pixel_of(g, pp.representative);
            if (p >= 0) s.add(m, k, static_cast<std::size_t>(p));
        }
        finish(pp, s, m, people, plan, o);
        out.push_back(std::move(pp));
    }
    const double step = std::min(o.line_step_m, g.pixel_size_m);
    auto inside_ward = [&](const Point& pt) {
        if (plan.ward.empty()) return true;
        for (const Ward& w : plan.ward)
            if (bg::covered_by(pt, w.area)) return true;
        return false;
    };
    for (const auto& [source, lines] :
         {std::pair<PlaceSource, const std::vector<LineFeature>*>{PlaceSource::Roads, &plan.roads},
          {PlaceSource::Waterways, &plan.waterways}}) {
        for (std::size_t i = 0; i < lines->size(); ++i) {
            const LineFeature& lf = (*lines)[i];
            PriorityPlace pp;
            pp.source = source;
            pp.index = i;
            pp.name = lf.name;
            pp.category = source == PlaceSource::Roads ? "road" : "waterway";
            Samples s;
            LineString gap;
            double covered5 = 0, covered4 = 0, total = 0;
            for (const LineString& l : lf.path) {
                for (std::size_t j = 0; j + 1 < l.size(); ++j) {
                    const double len = bg::distance(l[j], l[j + 1]);
                    const int n = std::max(1, static_cast<int>(std::ceil(len / step)));
                    for (int t = 0; t < n; ++t) {
                        // Midpoint of each piece stands for its length.
                        const double f = (t + 0.5) / n;
                        const Point pt(l[j].x() + f * (l[j + 1].x() - l[j].x()),
                                       l[j].y() + f * (l[j + 1].y() - l[j].y()));
                        const double piece = len / n;
                        // The ward's plan covers the ward's stretch of a road or canal:
                        // parts outside it are neither counted nor drawn as gaps.
                        if (!inside_ward(pt)) {
                            if (gap.size() > 1) pp.gap_path.push_back(gap);
                            gap.clear();
                            continue;
                        }
                        total += piece;
                        const int p = pixel_of(g, pt);
                        const bool has5 = p >= 0 && k.has_5g(m, static_cast<std::size_t>(p));
                        if (p >= 0) {
                            s.add(m, k, static_cast<std::size_t>(p));
                            covered5 += has5 ? piece : 0.0;
                            covered4 += k.has_4g(m, static_cast<std::size_t>(p)) ? piece : 0.0;
                        }
                        if (!has5) {
                            gap.push_back(pt);
                        } else if (!gap.empty()) {
                            if (gap.size() > 1) pp.gap_path.push_back(gap);
                            gap.clear();
                        }
                    }
                }
                if (gap.size() > 1) pp.gap_path.push_back(gap);
                gap.clear();
            }
            pp.length_m = total;
            pp.length_without_5g_m = total - covered5;
            bg::centroid(lf.path, pp.representative);
            finish(pp, s, m, people, plan, o);
            // Lines: shares by length within the ward, stretches outside the grid uncovered.
            pp.share_5g = total > 0 ? covered5 / total : 0.0;
            pp.share_4g = total > 0 ? covered4 / total : 0.0;
            pp.status = pp.share_5g >= 0.5   ? PriorityStatus::Covered5G
                        : pp.share_4g >= 0.5 ? PriorityStatus::Only4G
                                             : PriorityStatus::Uncovered;
            out.push_back(std::move(pp));
        }
    }
    return out;
}

}  // namespace covplan::core
