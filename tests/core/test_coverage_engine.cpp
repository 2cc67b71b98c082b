#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <random>

#include "core/coverage/coverage_engine.h"
#include "core/coverage/link_budget.h"
#include "core/coverage/server_ranking.h"
#include "core/coverage/work_estimate.h"
#include "core/propagation/free_space.h"

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

Site site(const std::string& id, double x, double y, Technology tech = Technology::Lte4G,
          std::vector<double> az = {}) {
    Site s;
    s.site_id = id;
    s.technology = tech;
    s.freq_mhz = tech == Technology::Nr5G ? 3550 : 1800;
    s.bandwidth_mhz = tech == Technology::Nr5G ? 100 : 20;
    s.power_dbm = 46;
    s.height_m = 30;
    s.azimuths_deg = std::move(az);
    s.antenna_model = s.azimuths_deg.empty() ? "omni" : "3gpp";
    s.location = Point(x, y);
    return s;
}

CoverageOptions fspl_options() {
    CoverageOptions o;
    o.model = ModelChoice::FreeSpace;
    o.rsrp_floor_dbm = -200;  // evaluate everywhere
    o.tile_size = 32;
    return o;
}

}  // namespace

TEST(LinkBudget, ResourceBlocksAndNoise) {
    // TS 36.101 Table 5.6-1: 20 MHz = 100 RB; TS 38.104 Table 5.3.2-1: 100 MHz at 30 kHz = 273 RB.
    EXPECT_EQ(resource_blocks(Technology::Lte4G, 20), 100);
    EXPECT_EQ(resource_blocks(Technology::Lte4G, 10), 50);
    EXPECT_EQ(resource_blocks(Technology::Nr5G, 100), 273);
    EXPECT_EQ(resource_blocks(Technology::Nr5G, 40), 106);
    // 46 dBm over 1200 REs: 46 - 10 log10(1200) = 15.2082 dBm per RE.
    EXPECT_NEAR(reference_signal_power_dbm(Technology::Lte4G, 46, 20), 15.2082, 1e-4);
    // kTB in 15 kHz + 7 dB NF: -174 + 41.7609 + 7 = -125.2391 dBm.
    EXPECT_NEAR(noise_per_re_dbm(Technology::Lte4G, 7), -125.2391, 1e-4);
    // TR 36.942 A.2: 0 below -10 dB, 0.6 log2(1+SINR), capped at 4.4 bps/Hz.
    const ShannonMapping m = shannon_mapping(Technology::Lte4G);
    EXPECT_DOUBLE_EQ(spectral_efficiency_bps_hz(m, -10.5), 0.0);
    EXPECT_NEAR(spectral_efficiency_bps_hz(m, 0.0), 0.6, 1e-12);
    EXPECT_DOUBLE_EQ(spectral_efficiency_bps_hz(m, 40.0), 4.4);
}

TEST(CoverageEngine, SingleCellHandComputedRsrp) {
    const GridSpec g = grid(201, 201);
    CoverageEngine engine(g, fspl_options());
    const std::vector<Site> sites = {site("A", 1005, 1005)};  // centre of pixel (100, 100)
    auto cells = build_cells(sites, fspl_options());
    ASSERT_TRUE(cells.errors.empty());
    ASSERT_EQ(cells.cells.size(), 1u);
    ASSERT_TRUE(engine.compute(cells.cells));
    // Pixel 60 columns east: 600 m ground distance. Omni 2.15 dBi with a flat vertical
    // pattern; free-space loss over the ground distance (as the Hata family, the laws
    // take d2D) at 1800 MHz.
    const double expected = 15.2082 + 2.15 - free_space_loss_db(1800, 600.0 / 1000.0);
    EXPECT_NEAR(engine.rsrp_at(TechLayer::Lte4G, 160, 100), expected, 0.01);
    EXPECT_EQ(engine.best_cell_at(TechLayer::Lte4G, 160, 100), 0);
    // Alone on its carrier: SINR = RSRP - noise.
    EXPECT_NEAR(engine.sinr_at(TechLayer::Lte4G, 160, 100),
                expected - noise_per_re_dbm(Technology::Lte4G, 7), 0.01);
    EXPECT_FALSE(engine.has_layer(TechLayer::Nr5G));
    EXPECT_EQ(engine.rsrp_at(TechLayer::Nr5G, 160, 100), CoverageEngine::kNoData);
}

TEST(CoverageEngine, TwoCellsBestServerAndSinrByConstruction) {
    const GridSpec g = grid(300, 100);
    CoverageEngine engine(g, fspl_options());
    // Two identical omni cells 2 km apart on the same carrier.
    auto cells = build_cells({site("W", 505, 505), site("E", 2505, 505)}, fspl_options()).cells;
    ASSERT_TRUE(engine.compute(cells));
    // Left of the midpoint W serves, right of it E.
    EXPECT_EQ(engine.best_cell_at(TechLayer::Lte4G, 60, 50), 0);
    EXPECT_EQ(engine.best_cell_at(TechLayer::Lte4G, 240, 50), 1);
    // Exactly between them (x = 1505): equal powers, SINR = S / (S + N) < 0 dB, -> 0 dB as N -> 0.
    const double s = engine.rsrp_at(TechLayer::Lte4G, 150, 50);
    const double n = noise_per_re_dbm(Technology::Lte4G, 7);
    const double sinr = -10 * std::log10(1 + std::pow(10, (n - s) / 10));
    EXPECT_NEAR(engine.sinr_at(TechLayer::Lte4G, 150, 50), sinr, 0.01);
    EXPECT_LT(engine.sinr_at(TechLayer::Lte4G, 150, 50), 0.0);
    // At a pixel near W: SINR = RSRP_W - RSRP_E (interference-limited) within noise.
    const double w = engine.rsrp_at(TechLayer::Lte4G, 60, 50);
    auto products = engine.products(TechLayer::Lte4G);
    const double e = products.second_rsrp_dbm.at(60, 50);
    EXPECT_EQ(products.second_cell.at(60, 50), 1);
    const double expect =
        10 * std::log10(std::pow(10, w / 10) / (std::pow(10, e / 10) + std::pow(10, n / 10)));
    EXPECT_NEAR(engine.sinr_at(TechLayer::Lte4G, 60, 50), expect, 0.01);
    // A 5G cell on another carrier does not interfere with 4G.
    auto with5g = build_cells({site("W", 505, 505), site("E", 2505, 505),
                               site("N", 1505, 505, Technology::Nr5G)},
                              fspl_options())
                      .cells;
    ASSERT_TRUE(engine.compute(with5g));
    EXPECT_NEAR(engine.sinr_at(TechLayer::Lte4G, 60, 50), expect, 0.01);
    EXPECT_TRUE(engine.has_layer(TechLayer::Nr5G));
    EXPECT_EQ(engine.best_cell_at(TechLayer::Nr5G, 150, 50), 2);
}

TEST(CoverageEngine, SectorServesItsDirection) {
    const GridSpec g = grid(200, 200);
    CoverageOptions o = fspl_options();
    CoverageEngine engine(g, o);
    auto cells = build_cells({site("S", 1005, 1005, Technology::Lte4G, {0, 120, 240})}, o).cells;
    ASSERT_EQ(cells.size(), 3u);
    ASSERT_TRUE(engine.compute(cells));
    EXPECT_EQ(engine.best_cell_at(TechLayer::Lte4G, 100, 20), 0);   // north: azimuth 0
    EXPECT_EQ(engine.best_cell_at(TechLayer::Lte4G, 180, 140), 1);  // south-east: 120
    EXPECT_EQ(engine.best_cell_at(TechLayer::Lte4G, 20, 140), 2);   // south-west: 240
}

TEST(CoverageEngine, ThreadsAndTilesDoNotChangeResults) {
    const GridSpec g = grid(257, 193);
    std::vector<Site> sites;
    for (int i = 0; i < 6; ++i)
        sites.push_back(site("S" + std::to_string(i), 200 + i * 380, 300 + (i % 3) * 600,
                             i % 2 ? Technology::Nr5G : Technology::Lte4G, {10.0 * i, 130, 250}));
    CoverageOptions a = fspl_options(), b = fspl_options();
    a.threads = 1;
    a.tile_size = 16;
    b.threads = 2;
    b.tile_size = 64;
    CoverageEngine ea(g, a), eb(g, b);
    ASSERT_TRUE(ea.compute(build_cells(sites, a).cells));
    ASSERT_TRUE(eb.compute(build_cells(sites, b).cells));
    for (int L = 0; L < 2; ++L) {
        const auto pa = ea.products(static_cast<TechLayer>(L)),
                   pb = eb.products(static_cast<TechLayer>(L));
        EXPECT_EQ(pa.rsrp_dbm.values, pb.rsrp_dbm.values);
        EXPECT_EQ(pa.best_cell.values, pb.best_cell.values);
        for (std::size_t i = 0; i < pa.sinr_db.values.size(); ++i)
            ASSERT_NEAR(pa.sinr_db.values[i], pb.sinr_db.values[i], 1e-4);
    }
}

TEST(CoverageEngine, IncrementalEqualsFullAfterRandomEdits) {
    const GridSpec g = grid(240, 180, 20.0);
    CoverageOptions o;
    o.model = ModelChoice::Cost231;
    o.rsrp_floor_dbm = -125;  // finite footprints, so edits touch only part of the grid
    o.tile_size = 32;
    std::mt19937 rng(31471);
    std::uniform_real_distribution<double> ux(0, 240 * 20.0), uy(0, 180 * 20.0), uaz(0, 360);
    std::vector<Site> sites;
    for (int i = 0; i < 12; ++i)
        sites.push_back(site("S" + std::to_string(i), ux(rng), uy(rng),
                             i % 3 ? Technology::Lte4G : Technology::Nr5G,
                             {uaz(rng), uaz(rng) + 120, uaz(rng) + 240}));
    for (auto& s : sites)
        for (auto& a : s.azimuths_deg) a = std::fmod(a, 360.0);
    CoverageEngine inc(g, o);
    ASSERT_TRUE(inc.compute(build_cells(sites, o).cells));
    std::size_t dirty = 0;
    for (int edit = 0; edit < 25; ++edit) {
        const std::size_t k = rng() % sites.size();
        switch (edit % 5) {
            case 0:
                sites[k].location = Point(ux(rng), uy(rng));
                break;  // move
            case 1:
                sites[k].azimuths_deg[0] = uaz(rng);
                break;  // re-point a sector
            case 2:
                sites[k].height_m = 20 + rng() % 30;
                break;  // raise / lower
            case 3:
                sites[k].technology =
                    sites[k].technology == Technology::Nr5G ? Technology::Lte4G : Technology::Nr5G;
                sites[k].freq_mhz = sites[k].technology == Technology::Nr5G ? 3550 : 1800;
                sites[k].bandwidth_mhz = sites[k].technology == Technology::Nr5G ? 100 : 20;
                break;
            case 4:  // remove one, add one
                sites.erase(sites.begin() + static_cast<long>(k));
                sites.push_back(site("N" + std::to_string(edit), ux(rng), uy(rng),
                                     Technology::Lte4G, {uaz(rng)}));
                break;
        }
        auto cells = build_cells(sites, o).cells;
        auto r = inc.update(cells);
        ASSERT_TRUE(r) << r.error();
        dirty += r->dirty_pixels;
        CoverageEngine full(g, o);
        ASSERT_TRUE(full.compute(cells));
        for (int L = 0; L < 2; ++L) {
            const auto a = inc.products(static_cast<TechLayer>(L)),
                       b = full.products(static_cast<TechLayer>(L));
            for (std::size_t p = 0; p < a.rsrp_dbm.values.size(); ++p) {
                ASSERT_NEAR(a.rsrp_dbm.values[p], b.rsrp_dbm.values[p], 0.01)
                    << "edit " << edit << " px " << p;
                ASSERT_EQ(a.best_cell.values[p], b.best_cell.values[p])
                    << "edit " << edit << " px " << p;
                ASSERT_NEAR(a.second_rsrp_dbm.values[p], b.second_rsrp_dbm.values[p], 0.01)
                    << "edit " << edit;
                ASSERT_NEAR(a.sinr_db.values[p], b.sinr_db.values[p], 0.01)
                    << "edit " << edit << " px " << p << " L" << L << " rsrp "
                    << a.rsrp_dbm.values[p] << " 2nd " << a.second_rsrp_dbm.values[p] << " best "
                    << a.best_cell.values[p];
                ASSERT_NEAR(a.throughput_mbps.values[p], b.throughput_mbps.values[p], 0.05)
                    << "edit " << edit;
            }
        }
    }
    EXPECT_GT(dirty, 0u);  // the fall-back path was exercised
}

TEST(CoverageEngine, CancelStopsTheRun) {
    CoverageEngine engine(grid(512, 512), fspl_options());
    Feedback fb;
    fb.cancel();
    auto r = engine.compute(build_cells({site("A", 100, 100)}, fspl_options()).cells, &fb);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error(), "canceled");
}

TEST(CoverageEngine, ClutterAndTerrainEnterTheBudget) {
    const GridSpec g = grid(100, 100);
    CoverageOptions o = fspl_options();
    o.clutter_loss_db[3] = 12.0f;
    std::vector<std::uint8_t> clutter(g.pixel_count(), 1);
    clutter[49 * 100 + 80] = 3;  // one settlement pixel
    CoverageEngine engine(g, o, {}, clutter);
    ASSERT_TRUE(engine.compute(build_cells({site("A", 505, 505)}, o).cells));
    // The mast is at the centre of pixel (50, 49). Same distance (300 m) north and east:
    // they differ by the clutter loss.
    EXPECT_NEAR(engine.rsrp_at(TechLayer::Lte4G, 50, 19) - engine.rsrp_at(TechLayer::Lte4G, 80, 49),
                12.0, 0.01);
}

// The ranking rule of servers, row by row: (rsrp, cell) against (other rsrp, other
// cell) -> ranks above. Stronger wins; a tie goes to the lower cell index; nothing
// ranks above an equal absent slot's -inf unless it is stronger.
TEST(ServerRanking, TableOfCases) {
    const float kAbsentDbm = -std::numeric_limits<float>::infinity();
    struct Row {
        float rsrp;
        std::int32_t cell;
        float other;
        std::int32_t other_cell;
        bool above;
    };
    const Row rows[] = {
        {-80, 5, -90, 1, true},           // stronger
        {-90, 1, -80, 5, false},          // weaker
        {-80, 1, -80, 5, true},           // tie: lower index wins
        {-80, 5, -80, 1, false},          // tie: higher index loses
        {-80, 3, -80, 3, false},          // the same server does not outrank itself
        {-140, 9, kAbsentDbm, -1, true},  // anything beats an empty slot
        {kAbsentDbm, 0, kAbsentDbm, -1, false},
    };
    for (const Row& r : rows)
        EXPECT_EQ(ranks_above(r.rsrp, r.cell, r.other, r.other_cell), r.above)
            << r.rsrp << "/" << r.cell << " vs " << r.other << "/" << r.other_cell;
    // Offered in any order, the top two come out the same.
    const std::pair<float, std::int32_t> offers[] = {{-85, 4}, {-80, 7}, {-80, 2}, {-95, 1}};
    std::array<int, 4> order = {0, 1, 2, 3};
    do {
        TopTwo t{kAbsentDbm, kAbsentDbm};
        for (int i : order) t.offer(offers[i].first, offers[i].second);
        EXPECT_EQ(t.cell1, 2);
        EXPECT_EQ(t.cell2, 7);
        EXPECT_EQ(t.rsrp1_dbm, -80.0f);
    } while (std::next_permutation(order.begin(), order.end()));
}

// "Stale after cancel" lives in the engine: an interrupted run leaves it invalid,
// and the next update() is a full computation equal to compute().
TEST(CoverageEngine, UpdateAfterACanceledRunRecomputesInFull) {
    const GridSpec g = grid(256, 256);
    const auto cells =
        build_cells({site("A", 500, 500), site("B", 2000, 1500)}, fspl_options()).cells;
    CoverageEngine engine(g, fspl_options()), reference(g, fspl_options());
    EXPECT_FALSE(engine.valid());
    ASSERT_TRUE(reference.compute(cells));
    Feedback fb;
    fb.cancel();
    ASSERT_FALSE(engine.compute(cells, &fb));
    EXPECT_FALSE(engine.valid());
    auto t = engine.update(cells);  // no prior state: the engine computes everything
    ASSERT_TRUE(t);
    EXPECT_TRUE(engine.valid());
    EXPECT_EQ(t->cell_pixel_evaluations, 2u * g.pixel_count());
    for (int r = 0; r < g.rows; r += 17)
        for (int c = 0; c < g.cols; c += 13)
            EXPECT_EQ(engine.rsrp_at(TechLayer::Lte4G, c, r),
                      reference.rsrp_at(TechLayer::Lte4G, c, r));
}

// A plan without 5G cells has no 5G layer: no arrays, no SINR pass, nodata products.
TEST(CoverageEngine, ALayerWithoutCellsCostsNothing) {
    const GridSpec g = grid(64, 64);
    CoverageEngine engine(g, fspl_options());
    ASSERT_TRUE(engine.compute(build_cells({site("A", 300, 300)}, fspl_options()).cells));
    EXPECT_TRUE(engine.has_layer(TechLayer::Lte4G));
    EXPECT_FALSE(engine.has_layer(TechLayer::Nr5G));
    EXPECT_EQ(engine.rsrp_at(TechLayer::Nr5G, 10, 10), CoverageEngine::kNoData);
    EXPECT_EQ(engine.best_cell_at(TechLayer::Nr5G, 10, 10), -1);
    const LayerProducts p = engine.products(TechLayer::Nr5G);
    ASSERT_EQ(p.rsrp_dbm.values.size(), g.pixel_count());
    EXPECT_EQ(p.rsrp_dbm.values[100], CoverageEngine::kNoData);
    // Adding a 5G cell later brings the layer in (a full computation).
    ASSERT_TRUE(engine.update(
        build_cells({site("A", 300, 300), site("N", 300, 300, Technology::Nr5G)}, fspl_options())
            .cells));
    EXPECT_TRUE(engine.has_layer(TechLayer::Nr5G));
    EXPECT_GT(engine.rsrp_at(TechLayer::Nr5G, 10, 10), -200.0f);
}

TEST(WorkEstimate, CountsEachCellsSquareClippedToTheGrid) {
    GridSpec g;
    g.origin_x = 0;
    g.origin_y = 1000;
    g.pixel_size_m = 10;
    g.cols = g.rows = 100;  // 1 km x 1 km
    Cell centre, corner;
    centre.x_m = 500, centre.y_m = 500, centre.radius_m = 200;  // 400 m square: 40 x 40 px
    corner.x_m = 0, corner.y_m = 0, corner.radius_m = 200;      // a quarter inside: 20 x 20
    const WorkEstimate e = estimate_work(g, {centre, corner});
    EXPECT_EQ(e.cells, 2u);
    EXPECT_EQ(e.pixels, 10000u);
    EXPECT_DOUBLE_EQ(e.cell_pixel_evaluations, 1600.0 + 400.0);
    EXPECT_FALSE(work_refusal(e));
    std::vector<Cell> many(kMaxCoverageCells + 1, centre);
    auto refusal = work_refusal(estimate_work(g, many));
    ASSERT_TRUE(refusal);
    EXPECT_NE(refusal->find("32768 cells"), std::string::npos) << *refusal;
}

// issue 12: receiver_height_m = nan reported 100 % 5G population coverage over a
// nodata raster; NaN interference load turned every SINR pixel NaN. The engine now
// refuses such inputs itself, whoever built them.
TEST(CoverageEngine, RefusesNonFiniteInputsWithTheirName) {
    const GridSpec g = grid(40, 40);
    CoverageOptions o = fspl_options();
    o.receiver_height_m = std::nan("");
    CoverageEngine bad_rx(g, o);
    auto cells = build_cells({site("A", 200, 200)}, fspl_options()).cells;
    ASSERT_EQ(cells.size(), 1u);
    auto r = bad_rx.compute(cells);
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().find("receiver height (m) = nan"), std::string::npos) << r.error();

    o = fspl_options();
    o.interference_load = std::numeric_limits<double>::infinity();
    CoverageEngine bad_load(g, o);
    auto r2 = bad_load.compute(cells);
    ASSERT_FALSE(r2);
    EXPECT_NE(r2.error().find("interference load"), std::string::npos);

    CoverageEngine ok(g, fspl_options());
    cells[0].rs_power_dbm = std::numeric_limits<double>::infinity();  // a GAIN of 1e308
    auto r3 = ok.compute(cells);
    ASSERT_FALSE(r3);
    EXPECT_NE(r3.error().find("cell " + cells[0].id + ": RS power (dBm) = inf"), std::string::npos)
        << r3.error();
    cells[0].rs_power_dbm = 15.0;
    EXPECT_TRUE(ok.compute(cells));
}

// issue 14's per-operator maps: the best RSRP over a subset of cells is what the
// engine's own layer holds where the subset holds the best server, never more than it
// anywhere, and kNoData beyond every subset cell's radius.
TEST(CoverageEngine, BestRsrpOfASubsetAgreesWithTheLayer) {
    const GridSpec g = grid(300, 100);
    CoverageOptions o = fspl_options();
    o.rsrp_floor_dbm = -75;  // short radii (about 1 km), so part of the grid is out of reach
    CoverageEngine engine(g, o);
    auto cells = build_cells({site("A", 505, 505, Technology::Nr5G, {90}),
                              site("B", 2505, 505, Technology::Nr5G, {270})},
                             o)
                     .cells;
    ASSERT_TRUE(engine.compute(cells));
    const LayerProducts p = engine.products(TechLayer::Nr5G);
    const std::vector<float> all = engine.best_rsrp_of({0, 1});
    const std::vector<float> only_a = engine.best_rsrp_of({0});
    int compared = 0, out_of_reach = 0;
    for (int r = 0; r < g.rows; ++r)
        for (int c = 0; c < g.cols; ++c) {
            const std::size_t i = static_cast<std::size_t>(r) * g.cols + c;
            if (p.best_cell.at(c, r) >= 0) {
                EXPECT_NEAR(all[i], p.rsrp_dbm.at(c, r), 1e-3) << c << "," << r;
                ++compared;
            }
            EXPECT_LE(only_a[i], all[i] + 1e-3f);
            if (p.best_cell.at(c, r) == 0) EXPECT_NEAR(only_a[i], all[i], 1e-3);
            out_of_reach += only_a[i] == CoverageEngine::kNoData;
        }
    EXPECT_GT(compared, 1000);
    EXPECT_GT(out_of_reach, 1000);
}
