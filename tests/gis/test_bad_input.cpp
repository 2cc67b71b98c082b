// Bad input gets a clear message naming the file, the layer and the feature.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/plan_validation.h"
#include "gis/layer_import.h"
#include "tests/test_util.h"

using namespace covplan;
using core::LayerRole;
using core::Severity;
namespace fs = std::filesystem;

namespace {

gis::Crs utm48() { return *gis::Crs::from_user_input("EPSG:32648"); }

std::string all_messages(const std::vector<core::Issue>& issues) {
    std::string s;
    for (const auto& i : issues) s += core::format_issue(i) + "\n";
    return s;
}

std::string write_hamlets_shp(const test::TempDir& dir, int epsg = 4326) {
    const std::string path = dir.file("khu_vuc.shp");
    EXPECT_TRUE(test::write_vector(
        path, "ESRI Shapefile", "khu_vuc", wkbPolygon, epsg,
        {{"POLYGON ((105.60 9.68,105.61 9.68,105.61 9.69,105.60 9.69,105.60 9.68))",
          {{"Ten_KV", "Khu vực 1"}, {"Dan_so", "2500"}}}},
        {}, {"ENCODING=UTF-8"}));
    return path;
}

auto import_hamlets(const std::string& path, std::optional<gis::Crs> assign = std::nullopt) {
    gis::LayerImportOptions opts;
    opts.path = path;
    opts.role = LayerRole::Hamlets;
    opts.assign_crs = assign;
    return gis::import_layer(opts, utm48());
}

}  // namespace

TEST(BadInput, MissingDbf) {
    test::TempDir dir;
    const std::string path = write_hamlets_shp(dir);
    fs::remove(dir.file("khu_vuc.dbf"));
    auto r = import_hamlets(path);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error()[0].file, path);
    EXPECT_NE(r.error()[0].message.find("(.dbf) is missing"), std::string::npos)
        << all_messages(r.error());
}

TEST(BadInput, MissingShx) {
    test::TempDir dir;
    const std::string path = write_hamlets_shp(dir);
    fs::remove(dir.file("khu_vuc.shx"));
    auto r = import_hamlets(path);
    ASSERT_FALSE(r);
    EXPECT_NE(r.error()[0].message.find("(.shx) is missing"), std::string::npos)
        << all_messages(r.error());
}

TEST(BadInput, CorruptDbf) {
    test::TempDir dir;
    const std::string path = write_hamlets_shp(dir);
    {
        std::ofstream dbf(dir.file("khu_vuc.dbf"), std::ios::binary | std::ios::trunc);
        dbf << "this is not a dBase file";
    }
    auto r = import_hamlets(path);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error()[0].file, path);
    EXPECT_FALSE(r.error()[0].message.empty());
    EXPECT_NE(all_messages(r.error()).find("khu_vuc.shp"), std::string::npos);
}

TEST(BadInput, MissingPrjIsReportedNotAssumed) {
    test::TempDir dir;
    const std::string path = write_hamlets_shp(dir, 0);
    ASSERT_FALSE(fs::exists(dir.file("khu_vuc.prj")));
    auto r = import_hamlets(path);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error()[0].layer, "khu_vuc");
    EXPECT_NE(r.error()[0].message.find("no coordinate reference system"), std::string::npos);
    // The user assigns one; then it imports.
    auto fixed = import_hamlets(path, gis::Crs::wgs84());
    ASSERT_TRUE(fixed);
    EXPECT_EQ(fixed->features.hamlets.size(), 1u);
}

TEST(BadInput, UnknownCrsInPrj) {
    test::TempDir dir;
    const std::string path = write_hamlets_shp(dir);
    {
        std::ofstream prj(dir.file("khu_vuc.prj"), std::ios::trunc);
        prj << "GARBAGE[\"nothing\"]";
    }
    auto r = import_hamlets(path);
    ASSERT_FALSE(r);
    EXPECT_NE(r.error()[0].message.find("no coordinate reference system"), std::string::npos)
        << all_messages(r.error());
}

TEST(BadInput, WrongGeometryTypeForRole) {
    test::TempDir dir;
    const std::string path = dir.file("roads.geojson");
    ASSERT_TRUE(test::write_vector(
        path, "GeoJSON", "roads", wkbLineString, 4326,
        {{"LINESTRING (105.6 9.68,105.61 9.69)", {{"Ten_KV", "x"}, {"Dan_so", "1"}}}}));
    auto r = import_hamlets(path);
    ASSERT_FALSE(r);
    EXPECT_NE(r.error()[0].message.find("holds line geometries, but role 'hamlets' needs polygons"),
              std::string::npos)
        << all_messages(r.error());
}

TEST(BadInput, SelfIntersectingPolygonIsRepairedAndReported) {
    test::TempDir dir;
    const std::string path = dir.file("hamlets.gpkg");
    // A bow-tie: two triangles of 0.005 x 0.005 deg crossing at (105.605, 9.685).
    ASSERT_TRUE(test::write_vector(
        path, "GPKG", "hamlets", wkbPolygon, 4326,
        {{"POLYGON ((105.60 9.68,105.61 9.69,105.61 9.68,105.60 9.69,105.60 9.68))",
          {{"name", "Khu vực 3"}, {"population", "900"}}}}));
    auto r = import_hamlets(path);
    ASSERT_TRUE(r) << all_messages(r.error());
    ASSERT_EQ(r->features.hamlets.size(), 1u);
    ASSERT_EQ(r->issues.size(), 1u) << all_messages(r->issues);
    EXPECT_EQ(r->issues[0].severity, Severity::Warning);
    EXPECT_EQ(r->issues[0].feature, "FID 1 (name Khu vực 3)");
    EXPECT_NE(r->issues[0].message.find("invalid polygon repaired"), std::string::npos);
    const auto& area = r->features.hamlets[0].area;
    EXPECT_TRUE(boost::geometry::is_valid(area));
    EXPECT_EQ(area.size(), 2u);  // the two triangles
    // Each triangle: half of 0.005 deg x 0.01 deg... total = half the 0.01 x 0.01 deg square.
    EXPECT_NEAR(boost::geometry::area(area), 0.5 * 1097.4 * 1105.6, 2000.0);
}

TEST(BadInput, EmptyLayer) {
    test::TempDir dir;
    const std::string path = dir.file("hamlets.gpkg");
    ASSERT_TRUE(test::write_vector(path, "GPKG", "hamlets", wkbPolygon, 4326, {}));
    auto r = import_hamlets(path);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error()[0].layer, "hamlets");
    EXPECT_NE(r.error()[0].message.find("empty"), std::string::npos) << r.error()[0].message;
}

TEST(BadInput, NonNumericHeightNamesFeatureAndColumn) {
    test::TempDir dir;
    const std::string path = dir.file("tram.csv");
    ASSERT_TRUE(test::write_vector(path, "CSV", "tram", wkbNone, 0,
                                   {{"",
                                     {{"Mã trạm", "VT-01"},
                                      {"Độ cao", "35"},
                                      {"Công nghệ", "4G"},
                                      {"Kinh độ", "105.6"},
                                      {"Vĩ độ", "9.69"}}},
                                    {"",
                                     {{"Mã trạm", "VT-02"},
                                      {"Độ cao", "ba mươi"},
                                      {"Công nghệ", "4G"},
                                      {"Kinh độ", "105.61"},
                                      {"Vĩ độ", "9.69"}}}}));
    gis::LayerImportOptions opts;
    opts.path = path;
    opts.role = LayerRole::Sites;
    auto r = gis::import_layer(opts, utm48());
    ASSERT_TRUE(r);
    EXPECT_EQ(r->features.sites.size(), 1u);
    EXPECT_EQ(r->features_skipped, 1u);
    const std::string msgs = all_messages(r->issues);
    EXPECT_NE(msgs.find("error: " + path +
                        ", layer 'tram', FID 2 (site_id VT-02): antenna height 'ba mươi' is "
                        "not a number (column 'Độ cao')"),
              std::string::npos)
        << msgs;
    // Lon/lat columns without a declared CRS: WGS 84, and the user is told.
    EXPECT_NE(msgs.find("taken as WGS 84"), std::string::npos) << msgs;
}

TEST(BadInput, ProjectedTableWithoutCrsIsAnError) {
    test::TempDir dir;
    const std::string path = dir.file("tram.csv");
    ASSERT_TRUE(test::write_vector(path, "CSV", "tram", wkbNone, 0,
                                   {{"",
                                     {{"site_id", "A"},
                                      {"height_m", "30"},
                                      {"technology", "4G"},
                                      {"x", "566807.9"},
                                      {"y", "1070777.7"}}}}));
    gis::LayerImportOptions opts;
    opts.path = path;
    auto r = gis::import_layer(opts, utm48());
    ASSERT_FALSE(r);
    EXPECT_NE(r.error()[0].message.find("projected"), std::string::npos);
}

TEST(BadInput, SitesOutsideWardAndDuplicateIds) {
    test::TempDir dir;
    const std::string path = dir.file("sites.geojson");
    ASSERT_TRUE(test::write_vector(
        path, "GeoJSON", "sites", wkbPoint, 4326,
        {{"POINT (105.605 9.685)", {{"site_id", "A"}, {"height_m", "30"}, {"band", "B3"}}},
         {"POINT (105.606 9.686)", {{"site_id", "A"}, {"height_m", "30"}, {"band", "B3"}}},
         {"POINT (105.700 9.685)", {{"site_id", "B"}, {"height_m", "30"}, {"band", "B3"}}}}));
    const std::string ward = dir.file("ward.geojson");
    ASSERT_TRUE(test::write_vector(
        ward, "GeoJSON", "ward", wkbPolygon, 4326,
        {{"POLYGON ((105.60 9.68,105.61 9.68,105.61 9.69,105.60 9.69,105.60 9.68))",
          {{"name", "W"}}}}));
    core::PlanLayers plan;
    for (auto [p, role] : {std::pair{path, LayerRole::Sites}, std::pair{ward, LayerRole::Ward}}) {
        gis::LayerImportOptions opts;
        opts.path = p;
        opts.role = role;
        auto r = gis::import_layer(opts, utm48());
        ASSERT_TRUE(r);
        if (role == LayerRole::Sites) {
            // The second row with id A is refused, naming both rows.
            const std::string read = all_messages(r->issues);
            EXPECT_NE(read.find("FID 1 (site_id A): site id 'A' is already used by FID 0 "
                                "(site_id A)"),
                      std::string::npos)
                << read;
            EXPECT_EQ(r->features.sites.size(), 2u);
            // A plan put together otherwise (by hand, in QGIS) is still checked.
            r->features.sites.push_back(r->features.sites.front());
        }
        plan.append(std::move(r->features));
    }
    const std::string msgs = all_messages(core::validate_plan(plan));
    EXPECT_NE(msgs.find("error: layer 'sites', site_id A: duplicate site id"), std::string::npos)
        << msgs;
    // B is 0.09 deg of longitude east of the ward's edge: about 9.87 km at 9.685 N.
    EXPECT_NE(msgs.find("warning: layer 'sites', site_id B: site lies 98"), std::string::npos)
        << msgs;
}

TEST(BadInput, LegacyEncodedShapefileIsFlaggedAndRecoverable) {
    test::TempDir dir;
    const std::string path = write_hamlets_shp(dir);
    // Rewrite the .dbf's name value in Windows-1258 and drop the .cpg, as old
    // MapInfo/ArcView exports from Vietnamese offices arrive.
    fs::remove(dir.file("khu_vuc.cpg"));
    std::string dbf;
    {
        std::ifstream in(dir.file("khu_vuc.dbf"), std::ios::binary);
        dbf.assign(std::istreambuf_iterator<char>(in), {});
    }
    const std::string utf8 =
        "Khu v\xE1\xBB\xB1"
        "c 1";  // "Khu vực 1"
    // CP1258: ư = 0xFD, combining dot below = 0xF2; pad to the same byte length.
    const std::string cp1258 = std::string("Khu v\xFD\xF2") + "c 1 ";
    auto pos = dbf.find(utf8);
    ASSERT_NE(pos, std::string::npos);
    dbf.replace(pos, utf8.size(), cp1258.substr(0, utf8.size()));
    dbf[29] = 0;  // language driver id: unknown
    {
        std::ofstream out(dir.file("khu_vuc.dbf"), std::ios::binary | std::ios::trunc);
        out << dbf;
    }
    auto r = import_hamlets(path);
    ASSERT_TRUE(r);
    const std::string msgs = all_messages(r->issues);
    EXPECT_NE(msgs.find("look legacy-encoded"), std::string::npos) << msgs;
    EXPECT_NE(msgs.find("--encoding CP1258"), std::string::npos) << msgs;

    gis::LayerImportOptions opts;
    opts.path = path;
    opts.role = LayerRole::Hamlets;
    opts.encoding = "CP1258";
    auto fixed = gis::import_layer(opts, utm48());
    ASSERT_TRUE(fixed) << all_messages(fixed.error());
    EXPECT_TRUE(fixed->issues.empty()) << all_messages(fixed->issues);
    // iconv composes "ư" + combining dot below into "ự", and the last character
    // survives the recoding.
    EXPECT_EQ(fixed->features.hamlets.at(0).name, "Khu vực 1");
}

TEST(BadInput, MissingFileAndLayer) {
    auto r = import_hamlets("/nonexistent/khu_vuc.shp");
    ASSERT_FALSE(r);
    EXPECT_NE(r.error()[0].message.find("file not found"), std::string::npos);
    test::TempDir dir;
    const std::string path = write_hamlets_shp(dir);
    gis::LayerImportOptions opts;
    opts.path = path;
    opts.layer = "ap";
    auto r2 = gis::import_layer(opts, utm48());
    ASSERT_FALSE(r2);
    EXPECT_NE(r2.error()[0].message.find("no such layer (the file has: khu_vuc)"),
              std::string::npos);
}
