#include "core/measure/validation.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/coverage/cell_kernel.h"

namespace covplan::core {
namespace {

double mw(double dbm) { return std::pow(10.0, dbm / 10.0); }
double dbm(double mw) { return 10.0 * std::log10(mw); }

struct Accumulator {
    std::size_t first = 0, n = 0;
    double x = 0, y = 0, measured_mw = 0, predicted_mw = 0, distance_m = 0;
    ComparedSample proto;
};

template <typename Key>
std::vector<GroupError> grouped(const std::vector<ComparedSample>& c, Key key) {
    std::map<std::string, std::pair<std::vector<double>, std::vector<double>>> groups;
    for (const ComparedSample& s : c) {
        auto& [p, m] = groups[key(s)];
        p.push_back(s.predicted_dbm);
        m.push_back(s.measured_dbm);
    }
    std::vector<GroupError> out;
    for (auto& [k, pm] : groups) out.push_back({k, error_stats(pm.first, pm.second)});
    return out;
}

}  // namespace

std::string distance_bin(double d) {
    if (d < 250) return "0-250 m";
    if (d < 500) return "250-500 m";
    if (d < 1000) return "0.5-1 km";
    if (d < 2000) return "1-2 km";
    if (d < 5000) return "2-5 km";
    return "> 5 km";
}

void summarize(ValidationResult& r) {
    std::vector<double> p, m;
    p.reserve(r.compared.size());
    m.reserve(r.compared.size());
    for (const ComparedSample& s : r.compared) {
        p.push_back(s.predicted_dbm);
        m.push_back(s.measured_dbm);
    }
    r.overall = error_stats(p, m);
    r.by_cell = grouped(r.compared, [](const ComparedSample& s) { return s.cell; });
    r.by_distance =
        grouped(r.compared, [](const ComparedSample& s) { return distance_bin(s.distance_m); });
    // Bins in distance order, not text order.
    static const char* kOrder[] = {"0-250 m", "250-500 m", "0.5-1 km",
                                   "1-2 km",  "2-5 km",    "> 5 km"};
    std::stable_sort(r.by_distance.begin(), r.by_distance.end(),
                     [](const GroupError& a, const GroupError& b) {
                         auto rank = [](const std::string& k) {
                             return std::find_if(std::begin(kOrder), std::end(kOrder),
                                                 [&](const char* o) { return k == o; }) -
                                    std::begin(kOrder);
                         };
                         return rank(a.key) < rank(b.key);
                     });
    r.by_clutter.clear();
    if (std::any_of(r.compared.begin(), r.compared.end(),
                    [](const ComparedSample& s) { return s.clutter >= 0; }))
        r.by_clutter =
            grouped(r.compared, [](const ComparedSample& s) { return std::to_string(s.clutter); });
}

ValidationResult compare_with_prediction(const CoverageEngine& engine,
                                         const std::vector<std::uint8_t>& clutter,
                                         const std::vector<Site>& sites,
                                         const std::vector<Measurement>& samples,
                                         const std::vector<int>& serving_site,
                                         const ComparisonOptions& options) {
    ValidationResult r;
    r.samples = samples.size();
    r.bin_m = options.bin_m;
    const GridSpec& g = engine.grid();
    const auto& cells = engine.cells();
    std::vector<std::vector<std::size_t>> cells_of_site(sites.size());
    for (std::size_t c = 0; c < cells.size(); ++c)
        if (cells[c].site_index < sites.size()) cells_of_site[cells[c].site_index].push_back(c);

    // Bins keyed by (serving cell, square); raw samples when bin_m is 0.
    std::map<std::tuple<std::string, long long, long long>, Accumulator> bins;
    std::vector<Accumulator> singles;
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const Measurement& m = samples[i];
        const double x = m.location.x(), y = m.location.y();
        const int col = static_cast<int>(std::floor((x - g.origin_x) / g.pixel_size_m));
        const int row = static_cast<int>(std::floor((g.origin_y - y) / g.pixel_size_m));
        if (col < 0 || row < 0 || col >= g.cols || row >= g.rows) {
            ++r.outside_grid;
            continue;
        }
        ComparedSample c;
        c.sample = i;
        const int site = i < serving_site.size() ? serving_site[i] : -1;
        double predicted = CoverageEngine::kNoData;
        std::size_t cell_index = 0;
        if (site >= 0 && static_cast<std::size_t>(site) < sites.size()) {
            c.site = site;
            c.cell = sites[static_cast<std::size_t>(site)].site_id;
            c.layer = layer_of(sites[static_cast<std::size_t>(site)].technology);
            float best = kOutOfReach;
            for (std::size_t k : cells_of_site[static_cast<std::size_t>(site)]) {
                const float v = engine.cell_rsrp_at(k, col, row);
                if (v > best) {
                    best = v;
                    cell_index = k;
                }
            }
            if (best > kOutOfReach) predicted = best;
        } else {
            c.layer = m.technology                         ? layer_of(*m.technology)
                      : engine.has_layer(TechLayer::Lte4G) ? TechLayer::Lte4G
                                                           : TechLayer::Nr5G;
            const std::int32_t best =
                engine.has_layer(c.layer) ? engine.best_cell_at(c.layer, col, row) : -1;
            if (best >= 0) {
                cell_index = static_cast<std::size_t>(best);
                predicted = engine.rsrp_at(c.layer, col, row);
                c.cell = cells[cell_index].id;
                c.best_server = true;
                c.site = static_cast<int>(cells[cell_index].site_index);
                ++r.best_server;
            }
        }
        if (predicted == CoverageEngine::kNoData || cells.empty()) {
            ++r.out_of_reach;
            continue;
        }
        const Cell& cell = cells[cell_index];
        if (c.site >= 0 && static_cast<std::size_t>(c.site) < sites.size())
            c.site_id = sites[static_cast<std::size_t>(c.site)].site_id;
        c.distance_m = std::max(1.0, std::hypot(x - cell.x_m, y - cell.y_m));
        if (!clutter.empty())
            c.clutter = clutter[static_cast<std::size_t>(row) * static_cast<std::size_t>(g.cols) +
                                static_cast<std::size_t>(col)];
        c.measured_dbm = m.rsrp_dbm;
        c.predicted_dbm = predicted;
        c.location = m.location;
        Accumulator* a = nullptr;
        if (options.bin_m > 0) {
            const auto key = std::make_tuple(c.cell, std::llround(std::floor(x / options.bin_m)),
                                             std::llround(std::floor(y / options.bin_m)));
            a = &bins[key];
        } else {
            a = &singles.emplace_back();
        }
        if (a->n == 0) {
            a->first = i;
            a->proto = c;
        }
        ++a->n;
        a->x += x;
        a->y += y;
        a->measured_mw += mw(c.measured_dbm);
        a->predicted_mw += mw(c.predicted_dbm);
        a->distance_m += c.distance_m;
    }
    auto emit = [&](const Accumulator& a) {
        ComparedSample c = a.proto;
        const double n = static_cast<double>(a.n);
        c.sample = a.first;
        c.samples = a.n;
        c.location = Point(a.x / n, a.y / n);
        c.distance_m = a.distance_m / n;
        // The local mean of the power, not of the dB values (a Rayleigh-faded dB mean
        // is biased low by about 2.5 dB).
        c.measured_dbm = a.n == 1 ? a.proto.measured_dbm : dbm(a.measured_mw / n);
        c.predicted_dbm = a.n == 1 ? a.proto.predicted_dbm : dbm(a.predicted_mw / n);
        r.compared.push_back(std::move(c));
    };
    if (options.bin_m > 0) {
        std::vector<const Accumulator*> ordered;
        for (const auto& [k, a] : bins) ordered.push_back(&a);
        std::sort(ordered.begin(), ordered.end(),
                  [](const Accumulator* a, const Accumulator* b) { return a->first < b->first; });
        for (const Accumulator* a : ordered) emit(*a);
    } else {
        for (const Accumulator& a : singles) emit(a);
    }
    summarize(r);
    return r;
}

}  // namespace covplan::core
