#include <gtest/gtest.h>

#include <cmath>

#include "core/coverage/coverage_engine.h"
#include "core/coverage/line_of_sight.h"
#include "core/coverage/point_evaluation.h"
#include "core/coverage/radial_terrain.h"
#include "core/propagation/itm.h"
#include "core/propagation/knife_edge.h"

using namespace covplan::core;

namespace {

// 4 km x 2 km at 10 m, flat at 0 m but for a 40 m wall running north-south at x = 1005 m.
struct Ridge {
    GridSpec grid;
    std::vector<float> ground;
    Ridge() {
        grid.origin_x = -2000;
        grid.origin_y = 1000;
        grid.pixel_size_m = 10;
        grid.cols = 400;
        grid.rows = 200;
        ground.assign(grid.pixel_count(), 0.0f);
        for (int r = 0; r < grid.rows; ++r)
            ground[static_cast<std::size_t>(r) * grid.cols + 300] = 40.0f;
    }
};

}  // namespace

TEST(RadialTerrain, SingleRidgeMatchesDeygoutOnTheProfile) {
    const Ridge ridge;
    // Mast at (5, 5): pixel centre, 30 m antenna, 1800 MHz.
    const RadialTerrain t =
        RadialTerrain::build(ridge.grid, ridge.ground.data(), 5, 5, 30, 1.5, 1800, 1950);
    // Receiver 1.8 km east, behind the wall.
    const std::uint8_t code = t.code_at(1800, 0);
    EXPECT_FALSE(RadialTerrain::line_of_sight(code));
    // The same profile through Deygout (ITU-R P.526 construction), sampled every 10 m.
    std::vector<double> x, h;
    for (int k = 0; k <= 180; ++k) {
        x.push_back(k * 10.0);
        h.push_back(k == 100 ? 40.0 : 0.0);
    }
    const DiffractionResult d = deygout_loss({x, h, 30.0, 1.5, 1800.0, kStandardKFactor});
    EXPECT_EQ(d.edges, 1);
    EXPECT_NEAR(RadialTerrain::loss_db(code), d.loss_db, 0.26);  // 0.5 dB quantisation
    EXPECT_GT(RadialTerrain::loss_db(code), 10.0);
    // In front of the wall, and on the open western side: line of sight, no loss.
    EXPECT_TRUE(RadialTerrain::line_of_sight(t.code_at(800, 0)));
    EXPECT_EQ(RadialTerrain::loss_db(t.code_at(-1800, 0)), 0.0);
    EXPECT_TRUE(RadialTerrain::line_of_sight(t.code_at(-1800, 0)));
}

TEST(RadialTerrain, FlatEarthBulgeBlocksVeryLongLowPaths) {
    // Flat ground, 10 m mast, 1.5 m receiver: the radio horizon with k = 4/3 is
    // sqrt(2kR)(sqrt(10) + sqrt(1.5)) = 13.04 km + 5.05 km = 18.1 km.
    GridSpec g;
    g.origin_x = -100;
    g.origin_y = 100;
    g.pixel_size_m = 50;
    g.cols = 500;
    g.rows = 4;
    std::vector<float> ground(g.pixel_count(), 0.0f);
    const RadialTerrain t = RadialTerrain::build(g, ground.data(), 25, 25, 10, 1.5, 900, 24000);
    EXPECT_TRUE(RadialTerrain::line_of_sight(t.code_at(16000, 0)));
    EXPECT_FALSE(RadialTerrain::line_of_sight(t.code_at(20000, 0)));
}

TEST(RadialTerrain, EngineAppliesItAndLosRasterFollows) {
    const Ridge ridge;
    CoverageOptions o;
    o.model = ModelChoice::FreeSpace;
    o.rsrp_floor_dbm = -200;
    Site s;
    s.site_id = "A";
    s.freq_mhz = 1800;
    s.bandwidth_mhz = 20;
    s.power_dbm = 46;
    s.height_m = 30;
    s.antenna_model = "omni";
    s.location = Point(5, 5);
    const auto cells = build_cells({s}, o).cells;
    CoverageEngine engine(ridge.grid, o, ridge.ground);
    ASSERT_TRUE(engine.compute(cells));
    ASSERT_TRUE(engine.cells()[0].terrain);
    // Row 99 holds y = 5. East (behind the wall) vs west at the same distance.
    const float east = engine.rsrp_at(TechLayer::Lte4G, 380, 99),
                west = engine.rsrp_at(TechLayer::Lte4G, 20, 99);
    const double expected = RadialTerrain::loss_db(engine.cells()[0].terrain->code_at(1800, 0));
    // Receiver ground: 0 m both sides, so the only difference is the diffraction loss
    // (the receiver's elevation angle is the same on both sides).
    EXPECT_NEAR(west - east, expected, 0.01);
    const auto los = line_of_sight_raster(engine.grid(), ridge.ground, engine.cells(),
                                          engine.products(TechLayer::Lte4G).best_cell.values, 1.5);
    EXPECT_EQ(los.at(380, 99), 2);
    EXPECT_EQ(los.at(20, 99), 1);
    EXPECT_EQ(los.at(250, 99), 1);

    // Terrain off: no diffraction loss, LOS still known (tables built on demand).
    CoverageOptions off = o;
    off.terrain_diffraction = false;
    CoverageEngine flat(ridge.grid, off, ridge.ground);
    ASSERT_TRUE(flat.compute(cells));
    EXPECT_FALSE(flat.cells()[0].terrain);
    EXPECT_NEAR(flat.rsrp_at(TechLayer::Lte4G, 20, 99) - flat.rsrp_at(TechLayer::Lte4G, 380, 99),
                0.0, 0.01);
    const auto los_off =
        line_of_sight_raster(flat.grid(), ridge.ground, flat.cells(),
                             flat.products(TechLayer::Lte4G).best_cell.values, 1.5);
    EXPECT_EQ(los_off.values, los.values);
}

TEST(RadialTerrain, IncrementalWithTerrainEqualsFull) {
    const Ridge ridge;
    CoverageOptions o;
    o.model = ModelChoice::Cost231;
    o.rsrp_floor_dbm = -130;
    auto site = [](const std::string& id, double x, double y) {
        Site s;
        s.site_id = id;
        s.freq_mhz = 1800;
        s.bandwidth_mhz = 20;
        s.power_dbm = 46;
        s.height_m = 30;
        s.azimuths_deg = {0, 120, 240};
        s.antenna_model = "panel";
        s.location = Point(x, y);
        return s;
    };
    std::vector<Site> sites = {site("A", -1500, 0), site("B", 500, 300), site("C", 1500, -500)};
    CoverageEngine inc(ridge.grid, o, ridge.ground);
    ASSERT_TRUE(inc.compute(build_cells(sites, o).cells));
    sites[1].location = Point(1200, 200);  // move B over the wall
    const auto cells = build_cells(sites, o).cells;
    ASSERT_TRUE(inc.update(cells));
    CoverageEngine full(ridge.grid, o, ridge.ground);
    ASSERT_TRUE(full.compute(cells));
    const auto a = inc.products(TechLayer::Lte4G), b = full.products(TechLayer::Lte4G);
    for (std::size_t p = 0; p < a.rsrp_dbm.values.size(); ++p) {
        ASSERT_NEAR(a.rsrp_dbm.values[p], b.rsrp_dbm.values[p], 0.01) << p;
        ASSERT_EQ(a.best_cell.values[p], b.best_cell.values[p]) << p;
        ASSERT_NEAR(a.sinr_db.values[p], b.sinr_db.values[p], 0.01) << p;
    }
}

// Regression (issue 10): on a perfectly flat DEM a rural cell reaching 30 km lost
// 5.5 dB from 11.6 km and 9.5 dB from 22.7 km with terrain diffraction on, and the
// step moved with the radial sampling. The models already hold the smooth Earth:
// with and without diffraction the RSRP must agree within 0.5 dB out to 25 km,
// whatever the pixel size (and so the radial step).
TEST(RadialTerrain, FlatDemAddsNoLossOutTo25Km) {
    for (double pixel_m : {30.0, 50.0}) {
        GridSpec g;
        g.pixel_size_m = pixel_m;
        g.cols = static_cast<int>(std::ceil(27000 / pixel_m));
        g.rows = 3;
        g.origin_x = -pixel_m / 2;
        g.origin_y = 1.5 * pixel_m;
        const std::vector<float> flat(g.pixel_count(), 3.0f);
        Site s;
        s.site_id = "R";
        s.technology = Technology::Lte4G;
        s.freq_mhz = 900;
        s.bandwidth_mhz = 10;
        s.height_m = 40;
        s.power_dbm = 46;
        s.antenna_model = "omni-11";
        s.location = Point(0, 0);
        CoverageOptions o;
        o.model = ModelChoice::Hata;
        o.environment = Environment::Rural;
        o.rsrp_floor_dbm = -200;
        o.max_radius_m = 30000;
        const auto cells = build_cells({s}, o).cells;
        ASSERT_NEAR(cells[0].radius_m, 30000, 1);
        CoverageOptions with = o, without = o;
        with.terrain_diffraction = true;
        without.terrain_diffraction = false;
        CoverageEngine a(g, with, flat), b(g, without, flat);
        ASSERT_TRUE(a.compute(cells));
        ASSERT_TRUE(b.compute(cells));
        double worst = 0;
        for (int c = 0; c < g.cols; ++c) {
            const double x = (c + 0.5) * pixel_m - pixel_m / 2;
            if (x < 100 || x > 25000) continue;
            worst =
                std::max(worst, static_cast<double>(std::abs(a.rsrp_at(TechLayer::Lte4G, c, 1) -
                                                             b.rsrp_at(TechLayer::Lte4G, c, 1))));
        }
        EXPECT_LT(worst, 0.5) << "pixel " << pixel_m << " m";
    }
}

// A real obstacle still costs what Deygout says beyond the smooth Earth: a 40 m wall
// 1 km out (the SingleRidge case) keeps its loss when the site stands 1 m higher.
TEST(RadialTerrain, ObstacleLossSurvivesTheSmoothEarthSubtraction) {
    const Ridge ridge;
    const RadialTerrain t =
        RadialTerrain::build(ridge.grid, ridge.ground.data(), 5, 5, 30, 1.5, 1800, 1950);
    EXPECT_GT(RadialTerrain::loss_db(t.code_at(1800, 0)), 10.0);
    EXPECT_EQ(RadialTerrain::loss_db(t.code_at(1800, 900)),
              RadialTerrain::loss_db(t.code_at(1800, 0)))
        << "the wall runs north-south: a point further north behind it loses about as much";
}

// ITM as a coverage model: the law is ITM over flat ground (= `covplan pathloss --model
// itm`), and over a DEM law + radial table is ITM point-to-point on the pixel's own
// profile (NTIA's algorithm, core/propagation/itm.h, checked against NTIA's values).
TEST(RadialTerrain, ItmCoverageIsItmOnThePixelsProfile) {
    GridSpec grid;
    grid.origin_x = -2000;
    grid.origin_y = 1000;
    grid.pixel_size_m = 10;
    grid.cols = 400;
    grid.rows = 200;
    std::vector<float> ground(grid.pixel_count(), 3.0f);
    for (int c = 0; c < grid.cols; ++c) {
        ground[static_cast<std::size_t>(40) * grid.cols + c] =
            25.0f;  // an east-west dyke, 590 m north
        ground[static_cast<std::size_t>(20) * grid.cols + c] = 8.0f;
    }
    CoverageOptions o;
    o.model = ModelChoice::Itm;
    o.rsrp_floor_dbm = -200;
    Site s;
    s.site_id = "A";
    s.freq_mhz = 1800;
    s.bandwidth_mhz = 20;
    s.power_dbm = 46;
    s.height_m = 30;
    s.antenna_model = "omni";
    s.location = Point(5, 5);  // centre of pixel (200, 99)
    const auto cells = build_cells({s}, o).cells;
    ASSERT_EQ(cells.size(), 1u);
    EXPECT_EQ(cells[0].law.selection.model, PropagationModel::Itm);

    CoverageEngine engine(grid, o, ground);
    ASSERT_TRUE(engine.compute(cells));
    ASSERT_TRUE(engine.cells()[0].terrain);
    // Pixels straight north (radial 0), 200 m to 940 m: ITM on the nearest-pixel profile.
    for (int row : {79, 60, 39, 30, 5}) {
        const double d = (99 - row) * 10.0;
        const int k = 99 - row;
        std::vector<double> z;
        for (int i = 0; i <= k; ++i)
            z.push_back(ground[static_cast<std::size_t>(99 - i) * grid.cols + 200]);
        itm::PointToPointInput in;
        in.tx_height_m = 30;
        in.rx_height_m = o.receiver_height_m;
        in.freq_mhz = 1800;
        in.environment = o.itm.environment();
        in.variability = o.itm.variability();
        const auto expected = itm::point_to_point(in, itm::Profile{z, 10.0});
        ASSERT_TRUE(expected);
        const auto pe = evaluate_point(engine, 5.0, 5.0 + d);
        ASSERT_TRUE(pe);
        ASSERT_FALSE(pe->cells.empty());
        const CellAtPoint& a = pe->cells[0];
        EXPECT_NEAR(a.distance_m, d, 1e-6);
        // The table's residual is read back from an RSRP stored as float.
        EXPECT_NEAR(a.path_loss_db + a.terrain_loss_db, expected->loss_db, 0.05)
            << "at " << d << " m";
    }
    // Without a DEM: the law alone, ITM over flat ground, as `covplan pathloss` gives it.
    CoverageEngine flat(grid, o);
    ASSERT_TRUE(flat.compute(cells));
    EXPECT_FALSE(flat.cells()[0].terrain);
    ModelSelection sel{PropagationModel::Itm, ""};
    PathGeometry p;
    p.freq_mhz = 1800;
    p.distance_m = 2000;
    p.tx_height_m = 30;
    p.rx_height_m = 1.5;
    const auto pl = model_loss(sel, p, Extrapolation::Forbid);
    ASSERT_TRUE(pl) << pl.error();
    EXPECT_NEAR(cells[0].law.loss_db(2000), pl->loss_db, 0.02);
}
