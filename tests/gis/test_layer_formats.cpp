// Every role from every vector format a planner receives: Shapefile, GeoPackage,
// GeoJSON, KML, and for point roles CSV and XLSX tables. Files are written with GDAL
// here, read back through covplan's importer, and checked attribute by attribute.

#include <gtest/gtest.h>

#include "core/plan_layers.h"
#include "gis/layer_import.h"
#include "tests/test_util.h"

using namespace covplan;
using core::LayerRole;
using test::TestFeature;

namespace {

struct Format {
    const char* driver;
    const char* extension;
    bool tables_only = false;  // CSV/XLSX: x/y columns, no geometry
};

constexpr Format kShp{"ESRI Shapefile", ".shp"};
constexpr Format kGpkg{"GPKG", ".gpkg"};
constexpr Format kGeoJson{"GeoJSON", ".geojson"};
constexpr Format kKml{"LIBKML", ".kml"};
constexpr Format kCsv{"CSV", ".csv", true};
constexpr Format kXlsx{"XLSX", ".xlsx", true};

// Shapefile field names are at most 10 characters, so the columns are short
// Vietnamese-style names that all formats can carry.
std::vector<TestFeature> features_for(LayerRole role, bool table) {
    auto pt = [&](double lon, double lat, std::vector<test::FieldValue> f) {
        if (table) {
            f.push_back({"Kinh_do", std::to_string(lon)});
            f.push_back({"Vi_do", std::to_string(lat)});
            return TestFeature{"", f};
        }
        return TestFeature{"POINT (" + std::to_string(lon) + " " + std::to_string(lat) + ")", f};
    };
    switch (role) {
        case LayerRole::Sites:
            return {pt(105.609, 9.6862,
                       {{"Ma_tram", "VTL-001"},
                        {"Nha_mang", "Viettel"},
                        {"Cong_nghe", "4G"},
                        {"Bang_tan", "B3"},
                        {"Do_cao", "35"},
                        {"Huong", "0;120;240"},
                        {"Ten", "Trạm Long Trị"},
                        {"Trang_thai", "Hiện hữu"}}),
                    pt(105.620, 9.7000,
                       {{"Ma_tram", "VNP-002"},
                        {"Nha_mang", "VNPT"},
                        {"Cong_nghe", "5G NR"},
                        {"Bang_tan", "n78"},
                        {"Do_cao", "40,5"},
                        {"Huong", "30/150/270"},
                        {"Ten", "Trạm Thuận An"},
                        {"Trang_thai", "Dự kiến"}})};
        case LayerRole::Poi:
            return {pt(105.6035, 9.6905, {{"Ten", "Trường THCS Thuận An"}, {"Loai", "Trường học"}}),
                    pt(105.6160, 9.7080, {{"Ten", "Trạm Y tế Long Trị"}, {"Loai", "Y tế"}})};
        case LayerRole::Ward:
            return {{"POLYGON ((105.55 9.65,105.66 9.65,105.66 9.72,105.55 9.72,105.55 9.65))",
                     {{"Ten", "Phường Long Mỹ"}, {"Ma_xa", "31471"}, {"Dan_so", "35865"}}}};
        case LayerRole::Hamlets:
            return {{"POLYGON ((105.60 9.68,105.61 9.68,105.61 9.69,105.60 9.69,105.60 9.68))",
                     {{"Ten_KV", "Khu vực 1"}, {"Dan_so", "2500"}, {"So_ho", "714"}}},
                    {"POLYGON ((105.61 9.68,105.62 9.68,105.62 9.69,105.61 9.69,105.61 9.68))",
                     {{"Ten_KV", "Khu vực 2"}, {"Dan_so", "1800"}, {"So_ho", "514"}}}};
        case LayerRole::Fiber:
            return {{"LINESTRING (105.59 9.687,105.62 9.688)",
                     {{"Ten", "Tuyến cáp nội ô"}, {"Nha_mang", "VNPT"}, {"Lap_dat", "Cáp ngầm"}}}};
        case LayerRole::Roads:
            return {{"LINESTRING (105.5757 9.7374,105.6022 9.69,105.624 9.651)",
                     {{"Ten", "Quốc lộ 61B"}, {"Cap", "national"}}}};
        case LayerRole::Waterways:
            return {{"LINESTRING (105.545 9.68,105.595 9.688,105.668 9.706)",
                     {{"Ten", "Kênh Long Mỹ"}, {"Loai", "canal"}}}};
        case LayerRole::Measurements:
            // G-NetTrack's names: Level (RSRP), Qual (RSRQ), SNR, DL_bitrate in kbit/s.
            return {pt(105.609, 9.6862,
                       {{"Level", "-87"},
                        {"Qual", "-9"},
                        {"SNR", "12,5"},
                        {"DL_bitrate", "21500"},
                        {"CellID", "VTL-001"}}),
                    pt(105.620, 9.7000, {{"Level", "-104"}, {"NetworkTe", "LTE"}})};
    }
    return {};
}

OGRwkbGeometryType geometry_type(LayerRole role, bool table) {
    if (table) return wkbNone;
    switch (core::expected_geometry(role)) {
        case core::GeometryKind::Polygon:
            return wkbPolygon;
        case core::GeometryKind::Line:
            return wkbLineString;
        default:
            return wkbPoint;
    }
}

void check_features(LayerRole role, const core::PlanLayers& L) {
    switch (role) {
        case LayerRole::Sites: {
            ASSERT_EQ(L.sites.size(), 2u);
            const core::Site& a = L.sites[0];
            EXPECT_EQ(a.site_id, "VTL-001");
            EXPECT_EQ(a.name, "Trạm Long Trị");
            EXPECT_EQ(a.operator_name, "Viettel");
            EXPECT_EQ(a.technology, core::Technology::Lte4G);
            EXPECT_DOUBLE_EQ(a.freq_mhz, 1842.5);  // from band B3
            EXPECT_DOUBLE_EQ(a.height_m, 35.0);
            EXPECT_EQ(a.azimuths_deg, (std::vector<double>{0, 120, 240}));
            EXPECT_EQ(a.status, core::SiteStatus::Existing);
            // WGS 84 UTM 48N of 105.609 E 9.6862 N (cct +proj=utm +zone=48): 566807.90, 1070777.72.
            EXPECT_NEAR(a.location.x(), 566807.90, 0.01);
            EXPECT_NEAR(a.location.y(), 1070777.72, 0.01);
            const core::Site& b = L.sites[1];
            EXPECT_EQ(b.technology, core::Technology::Nr5G);
            EXPECT_DOUBLE_EQ(b.height_m, 40.5);  // decimal comma
            EXPECT_EQ(b.status, core::SiteStatus::Proposed);
            break;
        }
        case LayerRole::Poi:
            ASSERT_EQ(L.poi.size(), 2u);
            EXPECT_EQ(L.poi[0].name, "Trường THCS Thuận An");
            EXPECT_EQ(L.poi[0].category, core::PoiCategory::School);
            EXPECT_EQ(L.poi[1].category, core::PoiCategory::Health);
            break;
        case LayerRole::Ward:
            ASSERT_EQ(L.ward.size(), 1u);
            EXPECT_EQ(L.ward[0].name, "Phường Long Mỹ");
            EXPECT_EQ(L.ward[0].code, "31471");
            EXPECT_DOUBLE_EQ(L.ward[0].population, 35865);
            // 0.11 deg x 0.07 deg at 9.7 N: about 12.06 km x 7.74 km.
            EXPECT_NEAR(boost::geometry::area(L.ward[0].area) / 1e6, 93.4, 1.0);
            break;
        case LayerRole::Hamlets:
            ASSERT_EQ(L.hamlets.size(), 2u);
            EXPECT_EQ(L.hamlets[0].name, "Khu vực 1");
            EXPECT_DOUBLE_EQ(L.hamlets[0].population, 2500);
            EXPECT_DOUBLE_EQ(L.hamlets[1].households, 514);
            break;
        case LayerRole::Measurements:
            ASSERT_EQ(L.measurements.size(), 2u);
            EXPECT_DOUBLE_EQ(L.measurements[0].rsrp_dbm, -87);
            EXPECT_DOUBLE_EQ(L.measurements[0].rsrq_db, -9);
            EXPECT_DOUBLE_EQ(L.measurements[0].sinr_db, 12.5);  // decimal comma
            EXPECT_DOUBLE_EQ(L.measurements[0].throughput_mbps, 21.5);
            EXPECT_EQ(L.measurements[0].serving_site_id, "VTL-001");
            EXPECT_NEAR(L.measurements[0].location.x(), 566807.90, 0.01);
            EXPECT_DOUBLE_EQ(L.measurements[1].rsrp_dbm, -104);
            break;
        case LayerRole::Fiber:
            ASSERT_EQ(L.fiber.size(), 1u);
            EXPECT_EQ(L.fiber[0].operator_name, "VNPT");
            EXPECT_EQ(L.fiber[0].placement, core::CablePlacement::Underground);
            EXPECT_NEAR(boost::geometry::length(L.fiber[0].path), 3290.0, 30.0);
            break;
        case LayerRole::Roads:
            ASSERT_EQ(L.roads.size(), 1u);
            EXPECT_EQ(L.roads[0].name, "Quốc lộ 61B");
            EXPECT_EQ(L.roads[0].line_class, "national");
            break;
        case LayerRole::Waterways:
            ASSERT_EQ(L.waterways.size(), 1u);
            EXPECT_EQ(L.waterways[0].name, "Kênh Long Mỹ");
            break;
    }
}

struct Case {
    LayerRole role;
    Format format;
};

class LayerFormats : public ::testing::TestWithParam<Case> {};

TEST_P(LayerFormats, ImportsWithGuessedMappingAndRole) {
    const Case c = GetParam();
    test::TempDir dir;
    const std::string path = dir.file(std::string(core::role_name(c.role)) + c.format.extension);
    std::vector<std::string> layer_opts;
    if (std::string(c.format.driver) == "ESRI Shapefile") layer_opts.push_back("ENCODING=UTF-8");
    ASSERT_TRUE(test::write_vector(path, c.format.driver, std::string(core::role_name(c.role)),
                                   geometry_type(c.role, c.format.tables_only),
                                   c.format.tables_only ? 0 : 4326,
                                   features_for(c.role, c.format.tables_only), {}, layer_opts));
    gis::LayerImportOptions opts;
    opts.path = path;
    opts.role = c.role;
    auto working = gis::Crs::from_user_input("EPSG:32648");
    auto r = gis::import_layer(opts, *working);
    ASSERT_TRUE(r) << core::format_issue(r.error().front());
    for (const auto& i : r->issues)
        EXPECT_NE(i.severity, core::Severity::Error) << core::format_issue(i);
    EXPECT_EQ(r->role, c.role);
    EXPECT_EQ(r->features_skipped, 0u);
    check_features(c.role, r->features);

    // Without --role, the layer's name (the role's own name here) gives it away.
    opts.role.reset();
    auto guessed = gis::import_layer(opts, *working);
    ASSERT_TRUE(guessed);
    EXPECT_EQ(guessed->role, c.role);
}

std::vector<Case> all_cases() {
    std::vector<Case> cases;
    for (LayerRole role : core::kAllRoles) {
        for (const Format& f : {kShp, kGpkg, kGeoJson, kKml}) cases.push_back({role, f});
        if (role == LayerRole::Sites || role == LayerRole::Poi || role == LayerRole::Measurements)
            cases.push_back({role, kCsv});
    }
    cases.push_back({LayerRole::Sites, kXlsx});
    return cases;
}

}  // namespace

namespace covplan::core {
// Readable parameter names in test output instead of raw bytes.
void PrintTo(LayerRole role, std::ostream* os) { *os << role_name(role); }
}  // namespace covplan::core

namespace {
void PrintTo(const Case& c, std::ostream* os) {
    *os << core::role_name(c.role) << " in " << c.format.driver;
}

std::string case_name(const ::testing::TestParamInfo<Case>& info) {
    std::string ext = info.param.format.extension + 1;
    return std::string(core::role_name(info.param.role)) + "_" + ext;
}

INSTANTIATE_TEST_SUITE_P(AllRoles, LayerFormats, ::testing::ValuesIn(all_cases()), case_name);

TEST(LayerImport, NumberedAzimuthColumnsAndPowerInWatts) {
    test::TempDir dir;
    const std::string path = dir.file("sites.geojson");
    ASSERT_TRUE(test::write_vector(path, "GeoJSON", "sites", wkbPoint, 4326,
                                   {{"POINT (105.6 9.69)",
                                     {{"site_id", "A"},
                                      {"technology", "LTE"},
                                      {"height_m", "30"},
                                      {"az1", "10"},
                                      {"az2", "130"},
                                      {"az3", "250"},
                                      {"power_w", "40"}}}}));
    gis::LayerImportOptions opts;
    opts.path = path;
    auto r = gis::import_layer(opts, *gis::Crs::from_user_input("EPSG:32648"));
    ASSERT_TRUE(r);
    ASSERT_EQ(r->features.sites.size(), 1u);
    EXPECT_EQ(r->features.sites[0].azimuths_deg, (std::vector<double>{10, 130, 250}));
    EXPECT_NEAR(r->features.sites[0].power_dbm, 46.02, 0.01);  // 40 W = 46.02 dBm
}

TEST(LayerImport, MappingOverrideForUnusualColumns) {
    test::TempDir dir;
    const std::string path = dir.file("bts.gpkg");
    ASSERT_TRUE(test::write_vector(
        path, "GPKG", "bts", wkbPoint, 4326,
        {{"POINT (105.6 9.69)", {{"ID_NE", "X1"}, {"HCOT", "42"}, {"RAT", "4G"}}}}));
    gis::LayerImportOptions opts;
    opts.path = path;
    opts.role = LayerRole::Sites;
    auto working = *gis::Crs::from_user_input("EPSG:32648");
    auto fails = gis::import_layer(opts, working);
    ASSERT_FALSE(fails);
    EXPECT_NE(fails.error()[0].message.find("no column found for"), std::string::npos);
    EXPECT_NE(fails.error()[0].message.find("site_id"), std::string::npos);
    opts.mapping_overrides = {"site_id=ID_NE", "height_m=HCOT"};
    auto r = gis::import_layer(opts, working);
    ASSERT_TRUE(r) << core::format_issue(r.error()[0]);
    EXPECT_EQ(r->features.sites.at(0).site_id, "X1");
    EXPECT_DOUBLE_EQ(r->features.sites.at(0).height_m, 42);
}

}  // namespace
