#include "core/analysis/hamlet_coverage.h"

#include <boost/geometry/index/rtree.hpp>
#include <cmath>
#include <limits>

namespace covplan::core {

namespace bgi = boost::geometry::index;
using Segment = bg::model::segment<Point>;

std::vector<float> fiber_distance_m(const std::vector<FiberRoute>& fiber, const GridSpec& g,
                                    const std::vector<float>& population) {
    std::vector<float> out(g.pixel_count(), std::numeric_limits<float>::infinity());
    std::vector<Segment> segments;
    for (const FiberRoute& r : fiber)
        for (const LineString& l : r.path)
            for (std::size_t i = 0; i + 1 < l.size(); ++i) segments.emplace_back(l[i], l[i + 1]);
    if (segments.empty()) return out;
    const bgi::rtree<Segment, bgi::quadratic<16>> tree(segments);
    for (int r = 0; r < g.rows; ++r)
        for (int c = 0; c < g.cols; ++c) {
            const std::size_t p = static_cast<std::size_t>(r) * g.cols + c;
            if (population[p] <= 0.0f) continue;
            const Point pt(g.centre_x(c), g.centre_y(r));
            for (auto it = tree.qbegin(bgi::nearest(pt, 1)); it != tree.qend(); ++it)
                out[p] = static_cast<float>(bg::distance(pt, *it));
        }
    return out;
}

AreaCoverage tally_coverage(const std::vector<Hamlet>& hamlets, const PopulationGrid& people,
                            const CoverageMaps& maps, const CoverageCriteria& criteria,
                            const std::vector<float>& fiber_d, double reach_m) {
    AreaCoverage out;
    out.hamlets.resize(hamlets.size());
    for (std::size_t h = 0; h < hamlets.size(); ++h) {
        out.hamlets[h].name = hamlets[h].name;
        out.hamlets[h].code = hamlets[h].code;
    }
    const double px_km2 = maps.grid.pixel_size_m * maps.grid.pixel_size_m / 1e6;
    // Maps built without throughput (coverage criteria only) give no speed.
    const bool has_throughput = maps.throughput_mbps.size() == people.hamlet.size();
    for (std::size_t p = 0; p < people.hamlet.size(); ++p) {
        const int h = people.hamlet[p];
        if (h < 0) continue;
        CoverageTally& t = out.hamlets[static_cast<std::size_t>(h)].tally;
        const double pop = people.population[p], hh = people.households[p];
        const bool g4 = criteria.has_4g(maps, p), g5 = criteria.has_5g(maps, p);
        t.population += pop;
        t.households += hh;
        t.area_km2 += px_km2;
        if (g4) {
            t.population_4g += pop;
            t.households_4g += hh;
            t.area_4g_km2 += px_km2;
        }
        if (g5) {
            t.population_5g += pop;
            t.households_5g += hh;
            t.area_5g_km2 += px_km2;
        }
        if ((g4 || g5) && has_throughput && maps.throughput_mbps[p] > 0.0f)
            t.population_mbps += pop * maps.throughput_mbps[p];
        if (!g4 && !g5) {
            t.population_none += pop;
            t.households_none += hh;
            t.area_none_km2 += px_km2;
        }
        if (fiber_d[p] <= reach_m) {
            t.population_fiber += pop;
            t.households_fiber += hh;
        }
    }
    for (const HamletCoverage& hc : out.hamlets) {
        const CoverageTally& t = hc.tally;
        CoverageTally& w = out.ward;
        w.population += t.population;
        w.households += t.households;
        w.area_km2 += t.area_km2;
        w.population_4g += t.population_4g;
        w.households_4g += t.households_4g;
        w.area_4g_km2 += t.area_4g_km2;
        w.population_5g += t.population_5g;
        w.households_5g += t.households_5g;
        w.area_5g_km2 += t.area_5g_km2;
        w.population_none += t.population_none;
        w.households_none += t.households_none;
        w.area_none_km2 += t.area_none_km2;
        w.population_fiber += t.population_fiber;
        w.households_fiber += t.households_fiber;
        w.population_mbps += t.population_mbps;
    }
    return out;
}

}  // namespace covplan::core
