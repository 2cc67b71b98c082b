#include "core/analysis/suggest.h"

#include <tbb/parallel_for.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <map>
#include <queue>

#include "core/analysis/polygon_raster.h"
#include "core/analysis/priority_places.h"
#include "core/coverage/cell_kernel.h"
#include "core/stopwatch.h"

namespace covplan::core {

std::vector<Candidate> make_candidates(const PlanLayers& plan, const GridSpec& g,
                                       const std::uint8_t* landuse,
                                       const std::array<bool, 256>& water,
                                       const SuggestOptions& o) {
    std::vector<Candidate> out;
    std::map<std::string, bool> tower_has_5g;
    for (const Site& s : plan.sites)
        if (s.technology == Technology::Nr5G) tower_has_5g[s.tower_id] = true;
    std::map<std::string, bool> taken;
    for (const Site& s : plan.sites) {
        if (s.status != SiteStatus::Existing || s.technology != Technology::Lte4G) continue;
        if (tower_has_5g[s.tower_id] || taken[s.tower_id]) continue;
        taken[s.tower_id] = true;
        out.push_back({upgrade_to_5g(s, o.nr), o.upgrade_cost, true});
    }
    MultiPolygon ward;
    for (const Ward& w : plan.ward)
        for (const Polygon& p : w.area) ward.push_back(p);
    if (ward.empty()) return out;
    Box box;
    bg::envelope(ward, box);
    int n = 0;
    for (double y = box.min_corner().y() + o.grid_spacing_m / 2; y < box.max_corner().y();
         y += o.grid_spacing_m)
        for (double x = box.min_corner().x() + o.grid_spacing_m / 2; x < box.max_corner().x();
             x += o.grid_spacing_m) {
            if (static_cast<int>(out.size()) >= o.max_candidates) return out;
            const Point p(x, y);
            if (!bg::within(p, ward)) continue;
            if (landuse) {
                const int c = static_cast<int>((x - g.origin_x) / g.pixel_size_m);
                const int r = static_cast<int>((g.origin_y - y) / g.pixel_size_m);
                if (c >= 0 && r >= 0 && c < g.cols && r < g.rows &&
                    water[landuse[static_cast<std::size_t>(r) * g.cols + c]])
                    continue;
            }
            out.push_back(
                {new_5g_site("NEW-" + std::to_string(++n), p, o.nr), o.new_site_cost, false});
        }
    return out;
}

namespace {

// A candidate's footprint: populated pixels it covers with 5G on its own, and the
// priority places (indices) it covers.
struct Footprint {
    std::vector<std::uint32_t> pixels;
    std::vector<std::uint32_t> places;
};

}  // namespace

std::expected<SuggestResult, std::string> suggest_sites(
    const PlanLayers& plan, std::vector<Candidate> candidates, const CoverageMaps& base,
    const PopulationGrid& people, const CoverageCriteria& k, const CoverageOptions& copt,
    const std::vector<float>& ground, const std::vector<std::uint8_t>& clutter,
    const SuggestOptions& o, Feedback* fb) {
    const double t0 = monotonic_seconds();
    SuggestResult out;
    const GridSpec& g = base.grid;
    const std::size_t n = g.pixel_count();
    // What is already served, and the priority places' pixels.
    std::vector<char> covered(n, 0);
    double total_pop = 0, covered_pop = 0;
    for (std::size_t p = 0; p < n; ++p) {
        total_pop += people.population[p];
        if (k.has_5g(base, p)) {
            covered[p] = 1;
            covered_pop += people.population[p];
        }
    }
    const auto places = evaluate_priority_places(plan, base, k, people);
    std::vector<std::vector<std::uint32_t>> place_pixels(places.size());
    std::vector<char> place_done(places.size(), 0);
    int places_5g = 0, poi_places = 0;
    for (std::size_t i = 0; i < places.size(); ++i) {
        if (places[i].source != PlaceSource::Poi) continue;
        ++poi_places;
        const int c =
            static_cast<int>((places[i].representative.x() - g.origin_x) / g.pixel_size_m);
        const int r =
            static_cast<int>((g.origin_y - places[i].representative.y()) / g.pixel_size_m);
        if (c >= 0 && r >= 0 && c < g.cols && r < g.rows)
            place_pixels[i].push_back(static_cast<std::uint32_t>(r * g.cols + c));
        if (places[i].status == PriorityStatus::Covered5G) {
            place_done[i] = 1;
            ++places_5g;
        }
    }

    // Footprints, in parallel: each candidate's best sector RSRP against the threshold.
    CoverageOptions fo = copt;
    fo.rsrp_floor_dbm = k.rsrp_5g_dbm;  // the radius where the threshold can still be met
    std::vector<Footprint> fp(candidates.size());
    std::atomic<std::size_t> built{0};
    std::atomic<bool> cancel{false};
    tbb::parallel_for(std::size_t{0}, candidates.size(), [&](std::size_t ci) {
        if (cancel || (fb && fb->is_canceled())) {
            cancel = true;
            return;
        }
        auto cells = build_cells({candidates[ci].site}, fo).cells;
        KernelInputs in;
        in.grid = &g;
        in.ground_m = ground.empty() ? nullptr : ground.data();
        in.clutter = clutter.empty() ? nullptr : clutter.data();
        in.clutter_loss_db = fo.clutter_loss_db.data();
        in.receiver_height_m = fo.receiver_height_m;
        std::vector<float> row(static_cast<std::size_t>(g.cols)),
            best(static_cast<std::size_t>(g.cols));
        if (cells.empty()) return;
        const double radius = cells[0].radius_m;
        const Cell& c0 = cells[0];
        const int r0 =
            std::max(0, static_cast<int>((g.origin_y - c0.y_m - radius) / g.pixel_size_m));
        const int r1 =
            std::min(g.rows, static_cast<int>((g.origin_y - c0.y_m + radius) / g.pixel_size_m) + 1);
        const int col0 =
            std::max(0, static_cast<int>((c0.x_m - radius - g.origin_x) / g.pixel_size_m));
        const int col1 =
            std::min(g.cols, static_cast<int>((c0.x_m + radius - g.origin_x) / g.pixel_size_m) + 1);
        for (int r = r0; r < r1; ++r) {
            std::fill(best.begin(), best.end(), kOutOfReach);
            for (const Cell& c : cells) {
                cell_rsrp_row(c, in, r, col0, col1, row.data());
                for (int i = 0; i < col1 - col0; ++i) best[i] = std::max(best[i], row[i]);
            }
            for (int i = 0; i < col1 - col0; ++i)
                if (best[i] >= k.rsrp_5g_dbm) {
                    const std::size_t p = static_cast<std::size_t>(r) * g.cols + col0 + i;
                    fp[ci].pixels.push_back(static_cast<std::uint32_t>(p));
                }
        }
        std::sort(fp[ci].pixels.begin(), fp[ci].pixels.end());
        for (std::size_t i = 0; i < places.size(); ++i)
            for (std::uint32_t p : place_pixels[i])
                if (std::binary_search(fp[ci].pixels.begin(), fp[ci].pixels.end(), p))
                    fp[ci].places.push_back(i);
        if (fb) fb->set_progress(0.8 * static_cast<double>(++built) / candidates.size());
    });
    if (cancel) return std::unexpected(std::string("canceled"));

    auto gain = [&](std::size_t ci) {
        double g_ = 0;
        for (std::uint32_t p : fp[ci].pixels)
            if (!covered[p]) g_ += people.population[p];
        if (o.cover_priority_places)
            for (std::uint32_t i : fp[ci].places)
                if (!place_done[i]) g_ += o.place_value;
        ++out.gain_evaluations;
        return g_;
    };
    auto targets_met = [&] {
        const bool pop_ok = total_pop <= 0 || covered_pop / total_pop >= o.target_population_5g;
        const bool places_ok = !o.cover_priority_places || places_5g >= poi_places;
        return pop_ok && places_ok;
    };
    out.curve.push_back({0, 0.0, total_pop > 0 ? covered_pop / total_pop : 0.0, places_5g, ""});
    // Lazy greedy: a max-heap of (upper bound of gain per cost, candidate).
    std::priority_queue<std::pair<double, std::size_t>> heap;
    for (std::size_t ci = 0; ci < candidates.size(); ++ci)
        heap.emplace(gain(ci) / candidates[ci].cost, ci);
    double cost = 0;
    while (!targets_met() && !heap.empty() && static_cast<int>(out.chosen.size()) < o.max_sites) {
        auto [bound, ci] = heap.top();
        heap.pop();
        const double ratio = gain(ci) / candidates[ci].cost;
        if (!heap.empty() && ratio < heap.top().first) {
            heap.emplace(ratio, ci);  // stale: its gain shrank; re-queue with the true value
            continue;
        }
        if (ratio <= 0) break;  // nothing left to gain anywhere
        for (std::uint32_t p : fp[ci].pixels)
            if (!covered[p]) {
                covered[p] = 1;
                covered_pop += people.population[p];
            }
        for (std::uint32_t i : fp[ci].places)
            if (!place_done[i]) {
                place_done[i] = 1;
                ++places_5g;
            }
        cost += candidates[ci].cost;
        out.chosen.push_back(candidates[ci]);
        out.curve.push_back({static_cast<int>(out.chosen.size()), cost,
                             total_pop > 0 ? covered_pop / total_pop : 0.0, places_5g,
                             candidates[ci].site.site_id});
    }
    out.target_reached = targets_met();
    out.candidates = std::move(candidates);
    out.seconds = monotonic_seconds() - t0;
    if (fb) fb->set_progress(1.0);
    return out;
}

}  // namespace covplan::core
