#include "core/analysis/colocation.h"

#include <algorithm>
#include <boost/geometry/index/rtree.hpp>
#include <map>
#include <set>

namespace covplan::core {
namespace {

double population_5g(const CoverageMaps& m, const PopulationGrid& people,
                     const CoverageCriteria& k) {
    double total = 0;
    for (std::size_t p = 0; p < people.population.size(); ++p)
        if (people.population[p] > 0 && k.has_5g(m, p)) total += people.population[p];
    return total;
}

double nearest_fiber_m(const std::vector<FiberRoute>& fiber, const Point& p) {
    double best = -1;
    for (const FiberRoute& r : fiber) {
        const double d = bg::distance(p, r.path);
        if (best < 0 || d < best) best = d;
    }
    return best;
}

std::string join(const std::set<std::string>& s) {
    std::string out;
    for (const std::string& x : s) out += (out.empty() ? "" : "; ") + x;
    return out;
}

struct TowerIndex {
    std::map<std::string, std::set<std::string>> operators;
    std::map<std::string, bool> has_5g;
    std::map<std::string, const Site*> template_site;  //!< a 4G site on the tower
};

TowerIndex index_towers(const PlanLayers& plan) {
    TowerIndex t;
    for (const Site& s : plan.sites) {
        if (s.status != SiteStatus::Existing) continue;
        t.operators[s.tower_id].insert(s.operator_name);
        if (s.technology == Technology::Nr5G)
            t.has_5g[s.tower_id] = true;
        else if (!t.template_site.contains(s.tower_id))
            t.template_site[s.tower_id] = &s;
    }
    return t;
}

}  // namespace

std::expected<std::vector<ColocationAlternative>, std::string> colocation_alternatives(
    const PlanLayers& plan, const CoverageOptions& copt, CoverageEngine& engine,
    const PopulationGrid& people, const CoverageCriteria& k, const ColocationOptions& o,
    std::optional<std::size_t> only_site, Feedback* fb) {
    std::vector<ColocationAlternative> out;
    const TowerIndex towers = index_towers(plan);
    const std::vector<Cell> base_cells = engine.cells();
    const double base_pop = population_5g(CoverageMaps::from(engine), people, k);
    for (std::size_t si = 0; si < plan.sites.size(); ++si) {
        if (only_site && si != *only_site) continue;
        const Site& prop = plan.sites[si];
        if (prop.status != SiteStatus::Proposed) continue;
        for (const auto& [tower, lte] : towers.template_site) {
            const double d = bg::distance(prop.location, lte->location);
            if (d > o.search_radius_m || d < 1e-6) continue;
            if (fb && fb->is_canceled()) return std::unexpected(std::string("canceled"));
            std::vector<Site> sites = plan.sites;
            sites[si].location = lte->location;
            sites[si].height_m = std::max(prop.height_m, lte->height_m);
            auto built = build_cells(sites, copt);
            if (!built.errors.empty()) return std::unexpected(built.errors.front());
            if (auto r = engine.update(built.cells); !r) return std::unexpected(r.error());
            const CoverageMaps moved = CoverageMaps::from(engine);
            ColocationAlternative alt;
            alt.proposed_site = prop.site_id;
            alt.tower_id = tower;
            alt.operators = join(towers.operators.at(tower));
            alt.location = lte->location;
            alt.distance_m = d;
            alt.population_5g_at_proposal = base_pop;
            alt.population_5g_on_tower = population_5g(moved, people, k);
            alt.difference = alt.population_5g_on_tower - base_pop;
            alt.fiber_distance_m = nearest_fiber_m(plan.fiber, lte->location);
            out.push_back(alt);
            if (auto r = engine.update(base_cells); !r) return std::unexpected(r.error());
        }
        if (fb && !only_site) fb->set_progress(static_cast<double>(si + 1) / plan.sites.size());
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return a.proposed_site != b.proposed_site ? a.proposed_site < b.proposed_site
                                                  : a.difference > b.difference;
    });
    return out;
}

std::expected<std::vector<GapTowerOption>, std::string> gap_tower_options(
    const PlanLayers& plan, const CoverageOptions& copt, CoverageEngine& engine,
    const PopulationGrid& people, const CoverageCriteria& k, const PriorityPlace& gap,
    double radius_m, const RadioTemplate& nr, Feedback* fb) {
    std::vector<GapTowerOption> out;
    TowerIndex towers = index_towers(plan);
    const std::vector<Cell> base_cells = engine.cells();
    const CoverageMaps base = CoverageMaps::from(engine);
    auto same_place = [&](const PriorityPlace& p) {
        return p.source == gap.source && p.index == gap.index;
    };
    for (const auto& [tower, lte] : towers.template_site) {
        if (towers.has_5g[tower]) continue;
        const double d = bg::distance(gap.representative, lte->location);
        if (d > radius_m) continue;
        if (fb && fb->is_canceled()) return std::unexpected(std::string("canceled"));
        GapTowerOption o;
        o.tower_id = tower;
        o.operators = join(towers.operators.at(tower));
        o.upgrade = upgrade_to_5g(*lte, nr);
        o.upgrade.status = SiteStatus::Proposed;
        o.distance_m = d;
        o.fiber_distance_m = nearest_fiber_m(plan.fiber, lte->location);
        std::vector<Site> sites = plan.sites;
        sites.push_back(o.upgrade);
        auto built = build_cells(sites, copt);
        if (!built.errors.empty()) return std::unexpected(built.errors.front());
        if (auto r = engine.update(built.cells); !r) return std::unexpected(r.error());
        const CoverageMaps with = CoverageMaps::from(engine);
        for (std::size_t p = 0; p < people.population.size(); ++p)
            if (people.population[p] > 0 && k.has_5g(with, p) && !k.has_5g(base, p))
                o.added_population_5g += people.population[p];
        for (const PriorityPlace& p : evaluate_priority_places(plan, with, k, people))
            if (same_place(p)) o.place_share_5g = p.share_5g;
        out.push_back(std::move(o));
        if (auto r = engine.update(base_cells); !r) return std::unexpected(r.error());
    }
    std::sort(out.begin(), out.end(), [](const GapTowerOption& a, const GapTowerOption& b) {
        if (a.place_share_5g != b.place_share_5g) return a.place_share_5g > b.place_share_5g;
        return a.added_population_5g > b.added_population_5g;
    });
    return out;
}

std::expected<ColocationResult, std::string> analyze_colocation(
    const PlanLayers& plan, const CoverageOptions& copt, CoverageEngine& engine,
    const PopulationGrid& people, const CoverageCriteria& k, const ColocationOptions& o,
    Feedback* fb) {
    ColocationResult out;
    const std::vector<Cell> base_cells = engine.cells();
    const CoverageMaps base = CoverageMaps::from(engine);
    const auto base_places = evaluate_priority_places(plan, base, k, people);

    // Towers: operators on each, which already have 5G, and a 4G site to copy.
    TowerIndex index = index_towers(plan);
    auto& operators = index.operators;
    auto& template_site = index.template_site;
    // A tower already carrying a proposed 5G site (by its id, or moved onto it) is
    // planned: upgrading it again would count its residents twice.
    auto planned_5g = [&](const std::string& tower, const Point& at) {
        return std::any_of(plan.sites.begin(), plan.sites.end(), [&](const Site& s) {
            return s.status == SiteStatus::Proposed && s.technology == Technology::Nr5G &&
                   ((!s.tower_id.empty() && s.tower_id == tower) ||
                    bg::distance(s.location, at) < 5.0);
        });
    };
    std::vector<std::string> towers;
    for (const auto& [t, s] : template_site) {
        if (index.has_5g[t]) continue;
        if (planned_5g(t, s->location)) {
            ++out.towers_with_5g_planned;
            continue;
        }
        towers.push_back(t);
    }
    const std::size_t steps = towers.size() + 1;
    std::size_t done = 0;
    auto restore = [&]() -> std::expected<void, std::string> {
        auto r = engine.update(base_cells);
        if (!r) return std::unexpected(r.error());
        return {};
    };

    for (const std::string& tower : towers) {
        if (fb && fb->is_canceled()) return std::unexpected(std::string("canceled"));
        const Site& lte = *template_site[tower];
        std::vector<Site> sites = plan.sites;
        sites.push_back(upgrade_to_5g(lte, o.nr));
        auto built = build_cells(sites, copt);
        if (!built.errors.empty()) return std::unexpected(built.errors.front());
        if (auto r = engine.update(built.cells); !r) return std::unexpected(r.error());
        const CoverageMaps with = CoverageMaps::from(engine);
        TowerUpgrade u;
        u.tower_id = tower;
        u.template_site = lte.site_id;
        u.operators = join(operators[tower]);
        u.location = lte.location;
        for (std::size_t p = 0; p < people.population.size(); ++p)
            if (people.population[p] > 0 && k.has_5g(with, p) && !k.has_5g(base, p)) {
                u.added_population_5g += people.population[p];
                u.added_households_5g += people.households[p];
            }
        const auto places = evaluate_priority_places(plan, with, k, people);
        for (std::size_t i = 0; i < places.size(); ++i) {
            const PriorityPlace& a = base_places[i];
            const PriorityPlace& b = places[i];
            if (a.source == PlaceSource::Poi && is_priority_gap(a) &&
                b.status == PriorityStatus::Covered5G)
                ++u.added_priority_places;
            const double gained = a.length_without_5g_m - b.length_without_5g_m;
            if (a.source == PlaceSource::Roads) u.added_road_m += gained;
            if (a.source == PlaceSource::Waterways) u.added_waterway_m += gained;
        }
        u.fiber_distance_m = nearest_fiber_m(plan.fiber, lte.location);
        u.outside_ward = !inside_ward(lte.location, plan.ward);
        const bool adds = u.added_population_5g > 0.5 || u.added_priority_places > 0 ||
                          u.added_road_m > 1.0 || u.added_waterway_m > 1.0;
        if (adds)
            out.upgrades.push_back(u);
        else
            ++out.towers_adding_nothing;
        if (auto r = restore(); !r) return std::unexpected(r.error());
        if (fb) fb->set_progress(static_cast<double>(++done) / steps);
    }
    std::sort(out.upgrades.begin(), out.upgrades.end(),
              [](const TowerUpgrade& a, const TowerUpgrade& b) {
                  if (a.added_population_5g != b.added_population_5g)
                      return a.added_population_5g > b.added_population_5g;
                  return a.added_priority_places > b.added_priority_places;
              });
    for (std::size_t i = 0; i < out.upgrades.size(); ++i)
        out.upgrades[i].rank = static_cast<int>(i + 1);

    // Proposed sites: towers within the radius that could carry them instead.
    auto alternatives =
        colocation_alternatives(plan, copt, engine, people, k, o, std::nullopt, nullptr);
    if (!alternatives) return std::unexpected(alternatives.error());
    out.alternatives = std::move(*alternatives);
    if (fb) fb->set_progress(1.0);
    return out;
}

}  // namespace covplan::core
