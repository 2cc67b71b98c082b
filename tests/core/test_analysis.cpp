// Plan analysis on hand-built scenarios whose answers are known by construction.

#include <gtest/gtest.h>

#include <cmath>

#include "core/analysis/colocation.h"
#include "core/analysis/hamlet_coverage.h"
#include "core/analysis/plan_kpis.h"
#include "core/analysis/polygon_raster.h"
#include "core/analysis/priority_places.h"
#include "core/analysis/suggest.h"

using namespace covplan::core;

namespace {

GridSpec grid(int cols, int rows, double px = 10.0) {
    GridSpec g;
    g.origin_x = 0;
    g.origin_y = rows * px;
    g.pixel_size_m = px;
    g.cols = cols;
    g.rows = rows;
    return g;
}

MultiPolygon rect(double x0, double y0, double x1, double y1) {
    MultiPolygon mp;
    bg::read_wkt("MULTIPOLYGON(((" + std::to_string(x0) + " " + std::to_string(y0) + "," +
                     std::to_string(x0) + " " + std::to_string(y1) + "," + std::to_string(x1) +
                     " " + std::to_string(y1) + "," + std::to_string(x1) + " " +
                     std::to_string(y0) + "," + std::to_string(x0) + " " + std::to_string(y0) +
                     ")))",
                 mp);
    bg::correct(mp);
    return mp;
}

// Coverage maps with 5G (and 4G) wherever `covered(x, y)` says so.
template <typename F>
CoverageMaps maps_where(const GridSpec& g, F covered) {
    CoverageMaps m;
    m.grid = g;
    const std::size_t n = g.pixel_count();
    m.rsrp_4g.assign(n, -130);
    m.rsrp_5g.assign(n, -130);
    m.sinr_4g.assign(n, 10);
    m.sinr_5g.assign(n, 10);
    m.best_4g.assign(n, -1);
    m.best_5g.assign(n, -1);
    for (int r = 0; r < g.rows; ++r)
        for (int c = 0; c < g.cols; ++c)
            if (covered(g.centre_x(c), g.centre_y(r))) {
                const std::size_t p = static_cast<std::size_t>(r) * g.cols + c;
                m.rsrp_4g[p] = m.rsrp_5g[p] = -90;
            }
    return m;
}

}  // namespace

TEST(PolygonRaster, CountsPixelCentresAndHoles) {
    const GridSpec g = grid(100, 100);
    EXPECT_EQ(rasterize(rect(100, 100, 200, 200), g).size(), 10u);  // 10 rows of 10
    std::size_t n = 0;
    for_each_pixel(rasterize(rect(100, 100, 200, 200), g), g, [&](std::size_t) { ++n; });
    EXPECT_EQ(n, 100u);
    MultiPolygon holed;
    bg::read_wkt(
        "MULTIPOLYGON(((0 0,0 300,300 300,300 0,0 0),(100 100,200 100,200 200,100 200,100 100)))",
        holed);
    bg::correct(holed);
    n = 0;
    for_each_pixel(rasterize(holed, g), g, [&](std::size_t) { ++n; });
    EXPECT_EQ(n, 900u - 100u);
}

TEST(Analysis, HamletHalfInsideACoverageDisc) {
    const GridSpec g = grid(200, 100);
    // Hamlet: 1000 m x 500 m, 2,000 residents, 500 households. 5G where x < 500 m.
    std::vector<Hamlet> hamlets = {{"KV1", "1", 2000, 500, rect(0, 0, 1000, 500)}};
    const CoverageMaps m = maps_where(g, [](double x, double) { return x < 500; });
    std::array<float, 256> no_weights{};
    const PopulationGrid people = spread_population(hamlets, g, nullptr, no_weights);
    const std::vector<float> no_fiber(g.pixel_count(), INFINITY);
    const AreaCoverage a = tally_coverage(hamlets, people, m, CoverageCriteria{}, no_fiber, 200);
    EXPECT_NEAR(a.ward.population, 2000, 1e-3);
    EXPECT_NEAR(a.ward.population_5g, 1000, 1e-3);
    EXPECT_NEAR(a.ward.households_5g, 250, 1e-3);
    EXPECT_NEAR(a.ward.area_5g_km2, 0.25, 1e-9);
    EXPECT_NEAR(a.ward.population_none, 1000, 1e-3);

    // Weighted by land use: everybody lives in the settled (covered) western half.
    std::vector<std::uint8_t> landuse(g.pixel_count(), 1);
    for (int r = 0; r < g.rows; ++r)
        for (int c = 0; c < 50; ++c) landuse[static_cast<std::size_t>(r) * g.cols + c] = 3;
    std::array<float, 256> w{};
    w[3] = 1.0f;
    const PopulationGrid weighted = spread_population(hamlets, g, landuse.data(), w);
    EXPECT_TRUE(weighted.weighted);
    const AreaCoverage b = tally_coverage(hamlets, weighted, m, CoverageCriteria{}, no_fiber, 200);
    EXPECT_NEAR(b.ward.population_5g, 2000, 1e-2);
}

TEST(Analysis, FiberReachWithHouseholdsAtKnownDistances) {
    const GridSpec g = grid(10, 40);
    // Three one-pixel hamlets at 55, 155 and 255 m from a fiber route along y = 0.
    std::vector<Hamlet> hamlets;
    for (double y : {50.0, 150.0, 250.0})
        hamlets.push_back({"h", "", 10, 3, rect(50, y, 60, y + 10)});
    FiberRoute route{"f", "VNPT", CablePlacement::Underground, {}};
    bg::read_wkt("MULTILINESTRING((0 0,100 0))", route.path);
    std::array<float, 256> no_weights{};
    const PopulationGrid people = spread_population(hamlets, g, nullptr, no_weights);
    const auto d = fiber_distance_m({route}, g, people.population);
    const CoverageMaps m = maps_where(g, [](double, double) { return false; });
    const AreaCoverage a = tally_coverage(hamlets, people, m, CoverageCriteria{}, d, 200.0);
    EXPECT_NEAR(a.hamlets[0].tally.households_fiber, 3, 1e-6);
    EXPECT_NEAR(a.hamlets[1].tally.households_fiber, 3, 1e-6);
    EXPECT_NEAR(a.hamlets[2].tally.households_fiber, 0, 1e-6);  // 255 m > 200 m
    EXPECT_NEAR(CoverageTally::share(a.ward.households_fiber, a.ward.households), 2.0 / 3.0, 1e-9);
}

TEST(Analysis, RoadCrossingAGapAndPoiAtAKnownDistance) {
    const GridSpec g = grid(300, 50);
    PlanLayers plan;
    // A 3 km road along y = 250; 5G everywhere but 1000 m <= x < 1600 m.
    LineFeature road{"Quốc lộ 61B", "national", {}};
    bg::read_wkt("MULTILINESTRING((0 250,3000 250))", road.path);
    plan.roads.push_back(road);
    Poi school;
    school.name = "THCS";
    school.category = PoiCategory::School;
    school.point = Point(1300, 250);  // in the gap
    plan.poi.push_back(school);
    Site s;
    s.site_id = "S";
    s.location = Point(1300, 650);  // 400 m north of the school
    plan.sites.push_back(s);
    const CoverageMaps m = maps_where(g, [](double x, double) { return x < 1000 || x >= 1600; });
    std::array<float, 256> no_weights{};
    const PopulationGrid people = spread_population({}, g, nullptr, no_weights);
    const auto places = evaluate_priority_places(plan, m, CoverageCriteria{}, people);
    ASSERT_EQ(places.size(), 2u);
    const PriorityPlace& p = places[0];
    EXPECT_EQ(p.status, PriorityStatus::Uncovered);
    EXPECT_EQ(p.nearest_site, "S");
    EXPECT_NEAR(p.nearest_site_m, 400.0, 1e-9);
    const PriorityPlace& r = places[1];
    EXPECT_EQ(r.category, "road");
    EXPECT_NEAR(r.length_m, 3000.0, 1e-6);
    EXPECT_NEAR(r.length_without_5g_m, 600.0, 1e-6);
    EXPECT_NEAR(r.share_5g, 0.8, 1e-9);
    EXPECT_EQ(r.status, PriorityStatus::Covered5G);
    ASSERT_EQ(r.gap_path.size(), 1u);
    EXPECT_NEAR(bg::length(r.gap_path), 600.0 - 10.0,
                10.0);  // between the first and last gap samples
    const auto table = category_table(places);
    ASSERT_EQ(table.size(), 2u);
}

TEST(Analysis, OnlyTheWardsStretchOfARoadCounts) {
    // The same road and gap, but the ward ends at x = 2000: the 1000 m beyond it are
    // another ward's, neither counted in the length nor drawn as a gap (the grid has
    // no 5G there, which used to count as uncovered road).
    const GridSpec g = grid(300, 50);
    PlanLayers plan;
    LineFeature road{"Quốc lộ 61B", "national", {}};
    bg::read_wkt("MULTILINESTRING((0 250,3000 250))", road.path);
    plan.roads.push_back(road);
    Ward w;
    bg::read_wkt("MULTIPOLYGON(((-10 -10,-10 510,2000 510,2000 -10,-10 -10)))", w.area);
    bg::correct(w.area);
    plan.ward.push_back(w);
    const CoverageMaps m =
        maps_where(g, [](double x, double) { return x < 1000 || (x >= 1600 && x < 2000); });
    std::array<float, 256> no_weights{};
    const PopulationGrid people = spread_population({}, g, nullptr, no_weights);
    const auto places = evaluate_priority_places(plan, m, CoverageCriteria{}, people);
    ASSERT_EQ(places.size(), 1u);
    EXPECT_NEAR(places[0].length_m, 2000.0, 1e-6);
    EXPECT_NEAR(places[0].length_without_5g_m, 600.0, 1e-6);
    ASSERT_EQ(places[0].gap_path.size(), 1u);  // the gap inside only
    for (const Point& pt : places[0].gap_path[0]) EXPECT_LT(pt.x(), 1600);
}

TEST(Analysis, KpisAgainstTargets) {
    std::vector<Site> sites(7);
    for (int i = 0; i < 7; ++i) sites[i].technology = i < 5 ? Technology::Lte4G : Technology::Nr5G;
    sites[6].status = SiteStatus::Proposed;  // 5 x 4G, 1 x 5G existing, 1 x 5G proposed
    const SiteCounts n = count_sites(sites);
    EXPECT_EQ(n.existing_4g, 5);
    EXPECT_EQ(n.existing_5g, 1);
    EXPECT_EQ(n.proposed_5g, 1);
    AreaCoverage a;
    a.ward.population = 1000;
    a.ward.population_5g = 600;
    a.ward.households = 300;
    a.ward.households_fiber = 180;
    const auto kpis = plan_kpis(PlanSettings{}, n, a, {});
    auto find = [&](const std::string& id) {
        for (const Kpi& k : kpis)
            if (k.id == id) return k;
        return Kpi{};
    };
    // With the proposals (2 of 5 stations 5G); the on-air value comes from the same
    // function given the sites on air (1 of 5).
    EXPECT_NEAR(find("ratio_5g_4g_sites").value, 0.4, 1e-12);
    EXPECT_FALSE(find("ratio_5g_4g_sites").pass());
    EXPECT_NEAR(find("ratio_5g_4g_sites").short_by(), 0.1, 1e-12);
    SiteCounts on_air = n;
    on_air.proposed_4g = on_air.proposed_5g = 0;
    for (const Kpi& k : plan_kpis(PlanSettings{}, on_air, a, {})) {
        if (k.id == "ratio_5g_4g_sites") {
            EXPECT_NEAR(k.value, 0.2, 1e-12);
        }
    }
    EXPECT_EQ(find("ratio_5g_4g_sites").target_year, 2026);
    EXPECT_NEAR(find("population_5g").value, 0.6, 1e-12);
    EXPECT_EQ(find("population_5g").target_year, 2030);
    EXPECT_TRUE(find("households_fiber_interim").pass());  // 60% >= 50% (2026)
    EXPECT_FALSE(find("households_fiber").pass());         // 60% < 100% (2030)
}

namespace {

// West: an existing 4G+5G tower. East: an existing 4G-only tower over a hamlet.
struct TwoTowers {
    GridSpec g = grid(400, 100, 20.0);  // 8 km x 2 km
    PlanLayers plan;
    CoverageOptions o;
    TwoTowers() {
        o.model = ModelChoice::Cost231;
        o.environment = Environment::Suburban;
        o.rsrp_floor_dbm = -140;
        auto site = [](std::string id, double x, Technology t) {
            Site s;
            s.site_id = id;
            s.tower_id = id.substr(0, 1);
            s.operator_name = "Viettel";
            s.technology = t;
            s.freq_mhz = t == Technology::Nr5G ? 3550 : 1842.5;
            s.bandwidth_mhz = t == Technology::Nr5G ? 100 : 20;
            s.power_dbm = t == Technology::Nr5G ? 53 : 46;
            s.antenna_model = t == Technology::Nr5G ? "aau" : "panel";
            s.height_m = 30;
            s.azimuths_deg = {0, 120, 240};
            s.location = Point(x, 1000);
            return s;
        };
        plan.sites = {site("W4", 800, Technology::Lte4G), site("W5", 800, Technology::Nr5G),
                      site("E4", 7200, Technology::Lte4G)};
        plan.hamlets = {{"West", "", 1000, 250, rect(0, 0, 1600, 2000)},
                        {"East", "", 1000, 250, rect(6400, 0, 8000, 2000)}};
        plan.ward.push_back({"W", "", 2000, rect(0, 0, 8000, 2000)});
    }
};

}  // namespace

TEST(Analysis, TowerUpgradeCoversTheKnownGap) {
    TwoTowers t;
    CoverageEngine engine(t.g, t.o);
    ASSERT_TRUE(engine.compute(build_cells(t.plan.sites, t.o).cells));
    std::array<float, 256> no_weights{};
    const PopulationGrid people = spread_population(t.plan.hamlets, t.g, nullptr, no_weights);
    const CoverageCriteria k;
    const auto before = CoverageMaps::from(engine);
    const auto tally = tally_coverage(t.plan.hamlets, people, before, k,
                                      std::vector<float>(t.g.pixel_count(), INFINITY), 200);
    EXPECT_GT(tally.hamlets[0].tally.population_5g, 990);  // West has 5G already
    EXPECT_LT(tally.hamlets[1].tally.population_5g, 10);   // East has none
    auto r = analyze_colocation(t.plan, t.o, engine, people, k, ColocationOptions{});
    ASSERT_TRUE(r) << r.error();
    ASSERT_EQ(r->upgrades.size(), 1u);  // only E lacks 5G
    EXPECT_EQ(r->upgrades[0].tower_id, "E");
    EXPECT_NEAR(r->upgrades[0].added_population_5g, 1000, 10);
    // The engine is back to the plan as it was.
    const auto after = CoverageMaps::from(engine);
    EXPECT_EQ(after.rsrp_5g, before.rsrp_5g);
}

TEST(Analysis, ProposalNearATowerIsEvaluatedOnThatTower) {
    // A 5G proposal placed 400 m west of tower E (in the East hamlet's gap): sharing
    // tower E covers East as well; the alternatives report that, with fiber distance.
    TwoTowers t;
    Site prop = t.plan.sites[1];  // a 5G site like W5
    prop.site_id = "P1";
    prop.tower_id = "P1";
    prop.status = SiteStatus::Proposed;
    prop.location = Point(6800, 1000);
    t.plan.sites.push_back(prop);
    t.plan.fiber.push_back({"f", "", CablePlacement::Underground, {{{7200, 0}, {7200, 700}}}});
    CoverageEngine engine(t.g, t.o);
    ASSERT_TRUE(engine.compute(build_cells(t.plan.sites, t.o).cells));
    std::array<float, 256> no_weights{};
    const PopulationGrid people = spread_population(t.plan.hamlets, t.g, nullptr, no_weights);
    const auto before = CoverageMaps::from(engine);
    auto alts = colocation_alternatives(t.plan, t.o, engine, people, CoverageCriteria{},
                                        ColocationOptions{}, std::size_t{3});
    ASSERT_TRUE(alts) << alts.error();
    ASSERT_EQ(alts->size(), 1u);  // only tower E is within 500 m
    const ColocationAlternative& a = alts->front();
    EXPECT_EQ(a.proposed_site, "P1");
    EXPECT_EQ(a.tower_id, "E");
    EXPECT_NEAR(a.distance_m, 400, 1e-6);
    EXPECT_NEAR(a.fiber_distance_m, 300, 1e-6);  // tower at y = 1000, fiber ends at 700
    EXPECT_NEAR(a.difference, a.population_5g_on_tower - a.population_5g_at_proposal, 1e-9);
    EXPECT_GE(a.population_5g_on_tower, 1990);                      // both hamlets keep 5G
    EXPECT_EQ(CoverageMaps::from(engine).rsrp_5g, before.rsrp_5g);  // engine restored
    // Another index (an existing site) has no alternatives.
    auto none = colocation_alternatives(t.plan, t.o, engine, people, CoverageCriteria{},
                                        ColocationOptions{}, std::size_t{0});
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->empty());
}

TEST(Analysis, GapTowerOptionsUpgradeTheTowerThatCoversTheGap) {
    TwoTowers t;
    Poi school;
    school.name = "THCS East";
    school.category = PoiCategory::School;
    school.point = Point(7000, 1000);  // 200 m from tower E, 6.2 km from the 5G site
    t.plan.poi.push_back(school);
    CoverageEngine engine(t.g, t.o);
    ASSERT_TRUE(engine.compute(build_cells(t.plan.sites, t.o).cells));
    std::array<float, 256> no_weights{};
    const PopulationGrid people = spread_population(t.plan.hamlets, t.g, nullptr, no_weights);
    const CoverageCriteria k;
    const auto before = CoverageMaps::from(engine);
    const auto places = evaluate_priority_places(t.plan, before, k, people);
    ASSERT_EQ(places.size(), 1u);
    ASSERT_NE(places[0].status, PriorityStatus::Covered5G);
    auto opts = gap_tower_options(t.plan, t.o, engine, people, k, places[0], 2000.0,
                                  plan_5g_template(PlanSettings{}));
    ASSERT_TRUE(opts) << opts.error();
    ASSERT_EQ(opts->size(), 1u);  // W carries 5G already and is 6 km away
    const GapTowerOption& o = opts->front();
    EXPECT_EQ(o.tower_id, "E");
    EXPECT_NEAR(o.distance_m, 200, 1e-9);
    EXPECT_DOUBLE_EQ(o.place_share_5g, 1.0);
    EXPECT_NEAR(o.added_population_5g, 1000, 10);
    EXPECT_EQ(o.upgrade.technology, Technology::Nr5G);
    EXPECT_EQ(o.upgrade.status, SiteStatus::Proposed);
    EXPECT_EQ(o.upgrade.tower_id, "E");
    EXPECT_EQ(CoverageMaps::from(engine).rsrp_5g, before.rsrp_5g);
}

TEST(Analysis, SuggestPicksTheObviousUpgrade) {
    TwoTowers t;
    CoverageEngine engine(t.g, t.o);
    ASSERT_TRUE(engine.compute(build_cells(t.plan.sites, t.o).cells));
    std::array<float, 256> no_weights{};
    const PopulationGrid people = spread_population(t.plan.hamlets, t.g, nullptr, no_weights);
    SuggestOptions so;
    so.target_population_5g = 0.99;
    so.grid_spacing_m = 2000;  // a few new-site candidates, dearer than the upgrade
    const auto candidates = make_candidates(t.plan, t.g, nullptr, {}, so);
    ASSERT_GE(candidates.size(), 2u);
    EXPECT_TRUE(candidates[0].upgrade);
    auto r = suggest_sites(t.plan, candidates, CoverageMaps::from(engine), people,
                           CoverageCriteria{}, t.o, {}, {}, so);
    ASSERT_TRUE(r) << r.error();
    ASSERT_EQ(r->chosen.size(), 1u);
    EXPECT_EQ(r->chosen[0].site.site_id, "E-5G");
    EXPECT_TRUE(r->target_reached);
    ASSERT_EQ(r->curve.size(), 2u);
    EXPECT_NEAR(r->curve[0].population_5g_share, 0.5, 0.01);
    EXPECT_GT(r->curve[1].population_5g_share, 0.99);
}
