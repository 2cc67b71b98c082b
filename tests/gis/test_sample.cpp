// The embedded Long Mỹ sample: what it must contain, checked against the published
// facts it was built from (data/longmy/README.md) and, when ../shared/data is
// present, against the real 2025 ward boundary.

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "core/plan_validation.h"
#include "gis/crs_transform.h"
#include "gis/layer_import.h"
#include "gis/project_file.h"
#include "gis/working_grid.h"
#include "tests/test_util.h"

using namespace covplan;
namespace bg = boost::geometry;

namespace {
const std::string kProject = std::string(COVPLAN_SOURCE_DATA_DIR) + "/longmy/longmy.covplan.gpkg";

const gis::Project& sample() {
    static const gis::Project p = [] {
        auto loaded = gis::load_project(kProject);
        if (!loaded) throw std::runtime_error(core::format_issue(loaded.error()[0]));
        return loaded->project;
    }();
    return p;
}
}  // namespace

TEST(Sample, LoadsWithoutProblems) {
    auto loaded = gis::load_project(kProject);
    ASSERT_TRUE(loaded);
    EXPECT_TRUE(loaded->issues.empty());
    EXPECT_TRUE(core::validate_plan(loaded->project.layers).empty());
    EXPECT_EQ(loaded->project.working_crs.authority_code(), "EPSG:32648");
}

TEST(Sample, WardMatchesPublishedFigures) {
    const auto& L = sample().layers;
    ASSERT_EQ(L.ward.size(), 1u);
    EXPECT_EQ(L.ward[0].code, "31471");
    // sapnhap.bando.com.vn (via the 2025 ward metadata): 51.4 km2, 35,865 people.
    EXPECT_DOUBLE_EQ(L.ward[0].population, 35865);
    EXPECT_NEAR(bg::area(L.ward[0].area) / 1e6, 51.4, 51.4 * 0.05);
    double pop = 0, area = 0;
    for (const auto& h : L.hamlets) {
        pop += h.population;
        area += bg::area(h.area);
        EXPECT_GT(h.households, 0);
        EXPECT_NEAR(h.population / h.households, 3.5, 0.1);
    }
    EXPECT_DOUBLE_EQ(pop, 35865);
    EXPECT_NEAR(area, bg::area(L.ward[0].area), 1e4);  // hamlets tile the ward
    EXPECT_GE(L.hamlets.size(), 10u);
}

TEST(Sample, SitesAreARealisticInventory) {
    const auto& L = sample().layers;
    int lte = 0, nr = 0;
    std::set<std::string> operators;
    std::map<std::string, std::set<std::string>> tower_operators;
    for (const auto& s : L.sites) {
        (s.technology == core::Technology::Nr5G ? nr : lte)++;
        operators.insert(s.operator_name);
        tower_operators[s.tower_id].insert(s.operator_name);
        EXPECT_GE(s.height_m, 30);
        EXPECT_LE(s.height_m, 45);
        EXPECT_EQ(s.azimuths_deg.size(), 3u);
        EXPECT_EQ(s.status, core::SiteStatus::Existing);
        if (s.technology == core::Technology::Nr5G)
            EXPECT_EQ(s.band, "n78");
        else
            EXPECT_TRUE(s.freq_mhz == 1842.5 || s.freq_mhz == 2140.0);
    }
    EXPECT_GE(lte, 15);
    EXPECT_LE(lte, 30);
    EXPECT_GE(nr, 2);
    EXPECT_LT(nr, lte / 2);  // the plan's 50% target is not met yet
    EXPECT_EQ(operators, (std::set<std::string>{"MobiFone", "VNPT", "Viettel"}));
    int shared = 0;
    for (const auto& [t, ops] : tower_operators) shared += ops.size() > 1;
    EXPECT_GE(shared, 2);  // some towers are already shared
}

TEST(Sample, PriorityPlacesAndNetworks) {
    const auto& L = sample().layers;
    std::map<core::PoiCategory, int> n;
    for (const auto& p : L.poi) ++n[p.category];
    EXPECT_GE(n[core::PoiCategory::School], 3);  // THCS Thuận An, Long Trị, Long Trị A
    EXPECT_GE(n[core::PoiCategory::Health], 3);
    EXPECT_GE(n[core::PoiCategory::Market], 2);
    EXPECT_GE(n[core::PoiCategory::Admin], 1);
    EXPECT_GE(n[core::PoiCategory::Industrial], 1);
    EXPECT_FALSE(L.fiber.empty());
    bool ql61b = false;
    for (const auto& r : L.roads) ql61b |= r.name == "Quốc lộ 61B";
    EXPECT_TRUE(ql61b);
    EXPECT_FALSE(L.waterways.empty());
}

TEST(Sample, RastersCoverTheWardAndAreFlatDelta) {
    const gis::Project& p = sample();
    auto grid = gis::project_grid(p);
    ASSERT_TRUE(grid);
    EXPECT_DOUBLE_EQ(grid->pixel_size_m, 10.0);
    auto dem = gis::project_dem(p, *grid);
    ASSERT_TRUE(dem) << dem.error();
    float lo = 1e9f, hi = -1e9f;
    for (float v : dem->values) {
        ASSERT_NE(v, dem->nodata);  // the DEM covers the whole grid
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    EXPECT_GE(lo, 0.0f);
    EXPECT_LE(hi, 3.0f);
    auto lu = gis::project_landuse(p, *grid);
    ASSERT_TRUE(lu);
    std::map<int, std::size_t> counts;
    for (auto v : lu->values) ++counts[v];
    EXPECT_EQ(counts[0], 0u);
    for (int cls : {1, 2, 3, 4}) EXPECT_GT(counts[cls], 1000u) << "class " << cls;
    EXPECT_GT(counts[1], counts[3]);  // mostly rice paddy
}

TEST(Sample, PlacedOnTheRealWard) {
    const std::string shared = test::shared_data_dir();
    if (shared.empty()) GTEST_SKIP() << "../shared/data is absent";
    gis::LayerImportOptions opts;
    opts.path = shared + "/longmy/longmy_ward_2025.geojson";
    opts.role = core::LayerRole::Ward;
    auto real = gis::import_layer(opts, sample().working_crs);
    ASSERT_TRUE(real);
    ASSERT_EQ(real->features.ward.size(), 1u);
    const auto& a = real->features.ward[0].area;
    const auto& b = sample().layers.ward.at(0).area;
    core::MultiPolygon inter, uni;
    bg::intersection(a, b, inter);
    bg::union_(a, b, uni);
    const double iou = bg::area(inter) / bg::area(uni);
    EXPECT_GT(iou, 0.9) << "the sample's outline must follow the real ward";
    // The admin centre (Thị ủy Long Mỹ, 105.609 E 9.6862 N) lies inside the sample ward.
    auto t = gis::CrsTransform::create(gis::Crs::wgs84(), sample().working_crs);
    double x = 105.609, y = 9.6862;
    ASSERT_TRUE(t->transform(x, y));
    EXPECT_TRUE(bg::within(core::Point(x, y), b));
}
