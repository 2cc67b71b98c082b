// Issue 11: an operator's BTS sheet into a ward it was not made for — every mistake
// real sheets carry is named, nothing lands in the wrong place, twice, or with the
// wrong band or status. On the second ward (tests/second_ward.h), through the CLI.
#include <cpl_string.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <regex>

#include "core/text_fold.h"
#include "gis/open_data_import.h"
#include "gis/project_file.h"
#include "tests/second_ward.h"
#include "tests/test_util.h"

using covplan::test::run_covplan;
using covplan::test::TempDir;

namespace {

using Row = std::vector<std::string>;

// The operator's headers (issue 11), as an .xlsx through GDAL's XLSX driver.
const Row kHeaders = {"STT",      "Mã trạm",        "Mã cột",          "Tên trạm",
                      "Nhà mạng", "Công nghệ",      "Băng tần (MHz)",  "Kinh độ",
                      "Vĩ độ",    "Độ cao cột (m)", "Hướng phát (độ)", "Trạng thái",
                      "Ghi chú"};

bool write_sheet(const std::string& path, const std::vector<Row>& rows) {
    std::vector<covplan::test::TestFeature> features;
    for (const Row& r : rows) {
        covplan::test::TestFeature f;
        for (std::size_t i = 0; i < kHeaders.size(); ++i) f.fields.push_back({kHeaders[i], r[i]});
        features.push_back(std::move(f));
    }
    return covplan::test::write_vector(path, "XLSX", "Tram BTS", wkbNone, 0, features);
}

// A project with the ward alone (the second ward's boundary).
std::optional<std::string> ward_project(const TempDir& dir, std::string& why) {
    auto w = covplan::test::make_second_ward(dir, why);
    if (!w) return std::nullopt;
    const std::string p = dir.file("ward_only.covplan.gpkg");
    auto r = run_covplan({"import", p, w->ward, "--role", "ward"});
    if (r.exit_code != 0) {
        why = r.err;
        return std::nullopt;
    }
    return p;
}

const covplan::core::Site* find_site(const covplan::gis::Project& p, const std::string& id) {
    for (const auto& s : p.layers.sites)
        if (s.site_id == id) return &s;
    return nullptr;
}

}  // namespace

TEST(OperatorImport, SwappedRowAndDuplicateIdAreNamedAndNothingIsImported) {
    TempDir dir;
    std::string why;
    auto project = ward_project(dir, why);
    if (!project) GTEST_SKIP() << why;
    const std::string sheet = dir.file("tram_q3.xlsx");
    ASSERT_TRUE(write_sheet(
        sheet, {{"1", "LBH-VTL-01", "LBH-T01", "Viettel LB 1", "Viettel", "4G", "1800", "105.5870",
                 "9.7287", "36", "0;120;240", "Đang phát sóng", ""},
                {"2", "LBH-VNP-01", "LBH-T02", "VNPT BT", "VNPT", "4G", "2100", "9.7120",
                 "105.6010", "30", "60;180;300", "Đang hoạt động", "tọa độ nhập nhầm"},
                {"3", "LBH-MBF-01", "LBH-T03", "MobiFone VT", "MobiFone", "4G", "2100", "105.5750",
                 "9.7080", "30", "", "Hiện hữu", ""},
                {"4", "LBH-VTL-01", "LBH-T04", "Viettel LB 2", "Viettel", "4G", "1800", "105.5950",
                 "9.7330", "40", "90;210;330", "Đang phát sóng", "mã trùng"}}));
    auto r = run_covplan({"import", *project, sheet, "--role", "sites"});
    EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
    // One swapped row does not make the sheet "projected": that row is named.
    EXPECT_EQ(r.err.find("projected"), std::string::npos) << r.err;
    EXPECT_TRUE(std::regex_search(
        r.err,
        std::regex(R"(FID \d+ \(site_id LBH-VNP-01\): longitude and latitude look swapped)")))
        << r.err;
    EXPECT_TRUE(std::regex_search(
        r.err,
        std::regex(R"(site id 'LBH-VTL-01' is already used by FID \d+ \(site_id LBH-VTL-01\))")))
        << r.err;
    auto layers = run_covplan({"layers", *project});
    EXPECT_NE(layers.out.find("sites: 0 feature(s)"), std::string::npos) << layers.out;
}

TEST(OperatorImport, BandsStatusesQuarterlyUpdateAndLayers) {
    TempDir dir;
    std::string why;
    auto project = ward_project(dir, why);
    if (!project) GTEST_SKIP() << why;
    const std::string q3 = dir.file("tram_q3.xlsx");
    ASSERT_TRUE(write_sheet(
        q3, {{"1", "LBH-VTL-01", "LBH-T01", "Viettel LB 1", "Viettel", "4G", "1800", "105.5870",
              "9.7287", "36", "0;120;240", "Đang phát sóng", ""},
             {"2", "LBH-VTL-01-5G", "LBH-T01", "Viettel LB 1 5G", "Viettel", "5G", "3500",
              "105.5870", "9.7287", "36", "0;120;240", "Đang phát sóng", ""},
             {"3", "LBH-VNP-01", "LBH-T02", "VNPT BT", "VNPT", "4G", "2100", "105.6010", "9.7120",
              "30", "60;180;300", "Đang hoạt động", ""},
             {"4", "LBH-MBF-01", "LBH-T03", "MobiFone VT", "MobiFone", "4G", "2100", "105.5750",
              "9.7080", "30", "", "Hiện hữu", ""},
             {"5", "LBH-VTL-03", "LBH-T05", "Viettel LB 3", "Viettel", "4G", "900", "105.5800",
              "9.7000", "30", "30;150;270", "Ngừng phát sóng", "tháo dỡ 2025"}}));
    auto r = run_covplan({"import", *project, q3, "--role", "sites"});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("left out: status 'Ngừng phát sóng'"), std::string::npos) << r.out;
    {
        auto loaded = covplan::gis::load_project(*project);
        ASSERT_TRUE(loaded);
        const auto& p = loaded->project;
        ASSERT_EQ(p.layers.sites.size(), 4u);
        EXPECT_EQ(find_site(p, "LBH-VTL-03"), nullptr);
        // 3GPP TS 36.101 Table 5.5-1: "2100" is band 1, DL 2110-2170 MHz (centre 2140);
        // "1800" band 3 (1842.5); TS 38.104: "3500" is n78, 3300-3800 MHz (3550).
        const auto* mbf = find_site(p, "LBH-MBF-01");
        ASSERT_NE(mbf, nullptr);
        EXPECT_EQ(mbf->band, "B1");
        EXPECT_DOUBLE_EQ(mbf->freq_mhz, 2140.0);
        EXPECT_DOUBLE_EQ(find_site(p, "LBH-VTL-01")->freq_mhz, 1842.5);
        EXPECT_EQ(find_site(p, "LBH-VTL-01-5G")->band, "n78");
        EXPECT_DOUBLE_EQ(find_site(p, "LBH-VTL-01-5G")->freq_mhz, 3550.0);
        for (const auto& s : p.layers.sites)
            EXPECT_EQ(s.status, covplan::core::SiteStatus::Existing) << s.site_id;
    }
    // The same list again: refused, nothing doubles.
    auto again = run_covplan({"import", *project, q3, "--role", "sites"});
    EXPECT_EQ(again.exit_code, 1);
    EXPECT_NE(again.err.find("already has 4 feature(s) of role sites"), std::string::npos)
        << again.err;
    EXPECT_NE(again.err.find("--update"), std::string::npos);

    // The next quarter's list of Viettel and VNPT: a mast raised, a new VNPT site, a
    // VNPT site gone. MobiFone is not in it, so its site stays.
    const std::string q4 = dir.file("tram_q4.xlsx");
    ASSERT_TRUE(
        write_sheet(q4, {{"1", "LBH-VTL-01", "LBH-T01", "Viettel LB 1", "Viettel", "4G", "1800",
                          "105.5870", "9.7287", "40", "0;120;240", "Đang phát sóng", "nâng cột"},
                         {"2", "LBH-VTL-01-5G", "LBH-T01", "Viettel LB 1 5G", "Viettel", "5G",
                          "3500", "105.5870", "9.7287", "36", "0;120;240", "Đang phát sóng", ""},
                         {"3", "LBH-VNP-02", "LBH-T06", "VNPT LB", "VNPT", "4G", "1800", "105.5800",
                          "9.7000", "30", "30;150;270", "Đang phát sóng", "mới"}}));
    auto up = run_covplan({"import", *project, q4, "--role", "sites", "--update"});
    ASSERT_EQ(up.exit_code, 0) << up.out << up.err;
    EXPECT_NE(up.out.find("update: 1 added, 1 changed, 1 removed, 1 unchanged"), std::string::npos)
        << up.out;
    EXPECT_NE(up.out.find("+ site_id LBH-VNP-02"), std::string::npos) << up.out;
    EXPECT_NE(up.out.find("~ site_id LBH-VTL-01: height_m 36 -> 40"), std::string::npos) << up.out;
    EXPECT_NE(up.out.find("- site_id LBH-VNP-01"), std::string::npos) << up.out;
    auto layers = run_covplan({"layers", *project});
    ASSERT_EQ(layers.exit_code, 0);
    EXPECT_NE(layers.out.find("sites: 4 feature(s) (4 existing, 0 proposed)"), std::string::npos)
        << layers.out;
    EXPECT_NE(layers.out.find("tram_q4.xlsx"), std::string::npos);
    EXPECT_EQ(layers.out.find("tram_q3.xlsx"), std::string::npos) << layers.out;

    // A site 130 km away (a Hồ Chí Minh City row pasted in): refused, then kept on request.
    const std::string far = dir.file("far.xlsx");
    ASSERT_TRUE(write_sheet(far, {{"1", "HCM-01", "HCM-T1", "Q1", "Viettel", "4G", "1800",
                                   "106.7009", "10.7769", "30", "0", "Đang phát sóng", ""}}));
    auto refused = run_covplan({"import", *project, far, "--role", "sites", "--append"});
    EXPECT_EQ(refused.exit_code, 1);
    EXPECT_TRUE(std::regex_search(refused.err,
                                  std::regex(R"(site_id HCM-01: lies 1\d\d km from the ward)")))
        << refused.err;
    EXPECT_EQ(
        run_covplan({"import", *project, far, "--role", "sites", "--append", "--allow-outside"})
            .exit_code,
        0);
    auto removed = run_covplan({"remove-layer", *project, "sites"});
    ASSERT_EQ(removed.exit_code, 0) << removed.err;
    EXPECT_NE(removed.out.find("removed 5 feature(s) of role sites"), std::string::npos)
        << removed.out;
}

TEST(OperatorImport, Vn2000SurveyCoordinatesInTheRightZone) {
    TempDir dir;
    std::string why;
    auto project = ward_project(dir, why);
    if (!project) GTEST_SKIP() << why;
    // VN-2000 / TM-3 105°00' (EPSG:5897) of 105.5950 E, 9.7330 N, from `covplan
    // transform` (EPSG:6960 datum shift), written as surveyors do: X = northing.
    const std::string csv = dir.file("tram_vn2000.csv");
    {
        std::ofstream f(csv);
        f << "Mã trạm,Công nghệ,Băng tần (MHz),Độ cao cột (m),X (m),Y (m),Trạng thái\n"
             "LBH-VTL-02,4G,1800,40,1076384.177,565086.723,Đang phát sóng\n";
    }
    auto no_crs = run_covplan({"import", *project, csv, "--role", "sites"});
    EXPECT_EQ(no_crs.exit_code, 1);
    // The suggestion was tried: only the 105°00' zone puts the row in the ward.
    EXPECT_NE(no_crs.err.find("tried, these put the rows in the ward: --assign-crs EPSG:5897"),
              std::string::npos)
        << no_crs.err;
    EXPECT_EQ(no_crs.err.find("EPSG:9210"), std::string::npos) << no_crs.err;
    // Sóc Trăng's meridian (105°30') lands ~55 km east: refused by the distance check.
    auto wrong = run_covplan(
        {"import", *project, csv, "--role", "sites", "--assign-crs", "vn2000-tm3:soctrang"});
    EXPECT_EQ(wrong.exit_code, 1);
    EXPECT_TRUE(std::regex_search(wrong.err, std::regex(R"(lies [4-6]\d km from the ward)")))
        << wrong.err;
    auto ok = run_covplan(
        {"import", *project, csv, "--role", "sites", "--assign-crs", "vn2000-tm3:cantho"});
    ASSERT_EQ(ok.exit_code, 0) << ok.out << ok.err;
    EXPECT_NE(ok.out.find("'X (m)' taken as northing, 'Y (m)' as easting"), std::string::npos)
        << ok.out;
    // Back to WGS 84 through the project: the site is where the surveyor put it.
    auto loaded = covplan::gis::load_project(*project);
    ASSERT_TRUE(loaded);
    ASSERT_EQ(loaded->project.layers.sites.size(), 1u);
    const auto& loc = loaded->project.layers.sites[0].location;
    char x[32], y[32];
    std::snprintf(x, sizeof x, "%.4f", loc.x());
    std::snprintf(y, sizeof y, "%.4f", loc.y());
    // (in the project's working CRS: VN-2000 TM-3 for a ward in Vietnam)
    auto back = run_covplan({"transform", "--from", loaded->project.working_crs.authority_code(),
                             "--to", "EPSG:4326", x, y});
    ASSERT_EQ(back.exit_code, 0) << back.err;
    double lon = 0, lat = 0;
    ASSERT_EQ(std::sscanf(back.out.c_str(), "%lf %lf", &lon, &lat), 2);
    EXPECT_NEAR(lon, 105.5950, 1e-6);
    EXPECT_NEAR(lat, 9.7330, 1e-6);
}

TEST(OperatorImport, LegacyEncodingsAndKmlNamesArriveIntact) {
    TempDir dir;
    std::string why;
    auto project = ward_project(dir, why);
    if (!project) GTEST_SKIP() << why;
    // Excel on a Vietnamese Windows saves "CSV" in Windows-1258 (glibc's iconv writes
    // the tones as combining marks, as Windows does for most letters).
    const std::string utf8 =
        "Mã trạm,Tên trạm,Nhà mạng,Công nghệ,Băng tần,Kinh độ,Vĩ độ,Độ cao cột (m),Trạng thái\n"
        "LBH-VTL-01,Trạm Vĩnh Tường,Viettel,4G,1800,105.5870,9.7287,36,Đang phát sóng\n";
    char* cp1258 = CPLRecode(utf8.c_str(), CPL_ENC_UTF8, "CP1258");
    ASSERT_NE(cp1258, nullptr);
    const std::string csv = dir.file("tram_excel.csv");
    {
        std::ofstream f(csv, std::ios::binary);
        f << cp1258;
    }
    CPLFree(cp1258);
    auto r = run_covplan({"import", *project, csv, "--role", "sites"});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("not UTF-8: read as Windows-1258"), std::string::npos) << r.out;
    {
        auto loaded = covplan::gis::load_project(*project);
        ASSERT_TRUE(loaded);
        ASSERT_EQ(loaded->project.layers.sites.size(), 1u);
        const auto& s = loaded->project.layers.sites[0];
        // Compared after composing: CP1258 round trips "ờ" as "ơ" + combining grave.
        EXPECT_EQ(covplan::core::fold_key(s.name), "tram_vinh_tuong");
        EXPECT_TRUE(covplan::core::is_valid_utf8(s.name));
        EXPECT_EQ(s.status, covplan::core::SiteStatus::Existing);
        EXPECT_DOUBLE_EQ(s.height_m, 36.0);
    }
    // --encoding is honoured (the same bytes, said explicitly) ...
    auto explicit_enc = run_covplan(
        {"import", *project, csv, "--role", "sites", "--encoding", "CP1258", "--replace"});
    ASSERT_EQ(explicit_enc.exit_code, 0) << explicit_enc.err;
    EXPECT_NE(explicit_enc.out.find("text read as CP1258"), std::string::npos) << explicit_enc.out;
    // ... and refused where it would garble a UTF-8 file.
    const std::string good = dir.file("tram_utf8.csv");
    {
        std::ofstream f(good, std::ios::binary);
        f << utf8;
    }
    auto ignored = run_covplan(
        {"import", *project, good, "--role", "sites", "--encoding", "CP1258", "--replace"});
    ASSERT_EQ(ignored.exit_code, 0) << ignored.err;
    EXPECT_NE(ignored.out.find("--encoding CP1258 ignored"), std::string::npos) << ignored.out;
    {
        auto loaded = covplan::gis::load_project(*project);
        ASSERT_TRUE(loaded);
        EXPECT_EQ(loaded->project.layers.sites.at(0).name, "Trạm Vĩnh Tường");
    }

    // TCVN3 (ABC), as users call it; iconv calls it TCVN5712-1.
    char* tcvn = CPLRecode(utf8.c_str(), CPL_ENC_UTF8, "TCVN5712-1");
    ASSERT_NE(tcvn, nullptr);
    const std::string tcvn_csv = dir.file("tram_tcvn3.csv");
    {
        std::ofstream f(tcvn_csv, std::ios::binary);
        f << tcvn;
    }
    CPLFree(tcvn);
    auto tcvn_import = run_covplan(
        {"import", *project, tcvn_csv, "--role", "sites", "--encoding", "TCVN3", "--replace"});
    ASSERT_EQ(tcvn_import.exit_code, 0) << tcvn_import.err;
    {
        auto loaded = covplan::gis::load_project(*project);
        ASSERT_TRUE(loaded);
        EXPECT_EQ(covplan::core::fold_key(loaded->project.layers.sites.at(0).name),
                  "tram_vinh_tuong");
    }
    auto unknown = run_covplan({"info", csv, "--encoding", "VNI"});
    EXPECT_EQ(unknown.exit_code, 1);
    EXPECT_NE(unknown.out.find("save it as UTF-8"), std::string::npos) << unknown.out;

    // A fiber KML with untyped ExtendedData in Vietnamese (GDAL's LIBKML renames
    // <Data name="Nhà mạng"> to "Nh___m___ng"): operator and placement are read.
    const std::string kml = dir.file("cap_quang.kml");
    {
        std::ofstream f(kml);
        f << R"(<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Folder><name>cap_quang</name>
<Placemark><name>Tuyến Long Bình 1</name><ExtendedData>
<Data name="Nhà mạng"><value>VNPT</value></Data><Data name="Hình thức"><value>Cáp ngầm</value></Data>
</ExtendedData><LineString><coordinates>105.580,9.720 105.590,9.730</coordinates></LineString></Placemark>
<Placemark><name>Tuyến Long Bình 2</name><ExtendedData>
<Data name="Nhà mạng"><value>Viettel</value></Data><Data name="Hình thức"><value>Cáp treo</value></Data>
</ExtendedData><LineString><coordinates>105.580,9.720 105.585,9.725</coordinates></LineString></Placemark>
</Folder></Document></kml>)";
    }
    auto info = run_covplan({"info", kml});
    EXPECT_NE(info.out.find("operator=Nhà mạng;placement=Hình thức"), std::string::npos)
        << info.out;
    auto fiber = run_covplan({"import", *project, kml, "--role", "fiber"});
    ASSERT_EQ(fiber.exit_code, 0) << fiber.out << fiber.err;
    auto loaded = covplan::gis::load_project(*project);
    ASSERT_TRUE(loaded);
    ASSERT_EQ(loaded->project.layers.fiber.size(), 2u);
    EXPECT_EQ(loaded->project.layers.fiber[0].operator_name, "VNPT");
    EXPECT_EQ(loaded->project.layers.fiber[0].placement,
              covplan::core::CablePlacement::Underground);
    EXPECT_EQ(loaded->project.layers.fiber[1].operator_name, "Viettel");
    EXPECT_EQ(loaded->project.layers.fiber[1].placement, covplan::core::CablePlacement::Aerial);
}

namespace {
std::string shared_file(const std::string& rel) {
    const std::string dir = covplan::test::shared_data_dir();
    return dir.empty() ? std::string() : dir + "/" + rel;
}
}  // namespace

TEST(OpenData, OsmExtractGivesPriorityPlacesRoadsAndWaterways) {
    const std::string pbf = shared_file("formats/osm/liechtenstein-2013-08-03.osm.pbf");
    if (pbf.empty()) GTEST_SKIP() << "../shared/data is absent";
    TempDir dir;
    const std::string p = dir.file("li.covplan.gpkg");
    auto poi = run_covplan({"import", p, pbf, "--role", "poi"});
    ASSERT_EQ(poi.exit_code, 0) << poi.out << poi.err;
    auto roads = run_covplan({"import", p, pbf, "--role", "roads"});
    ASSERT_EQ(roads.exit_code, 0) << roads.err;
    auto water = run_covplan({"import", p, pbf, "--role", "waterways"});
    ASSERT_EQ(water.exit_code, 0) << water.err;
    auto loaded = covplan::gis::load_project(p);
    ASSERT_TRUE(loaded);
    const auto& L = loaded->project.layers;
    // ../shared/data/formats/PROVENANCE.md: 16 schools (6 points, 10 polygons), one
    // hospital, 2,751 highway lines, 76 waterway lines; no marketplace.
    int schools = 0, school_points = 0, health = 0;
    for (const auto& x : L.poi) {
        if (x.category_source == "amenity=school") {
            ++schools;
            school_points += !x.is_area;
        }
        health += x.category == covplan::core::PoiCategory::Health;
    }
    EXPECT_EQ(schools, 16);
    EXPECT_EQ(school_points, 6);
    EXPECT_EQ(health, 1);
    EXPECT_EQ(L.roads.size(), 2751u);
    EXPECT_EQ(L.waterways.size(), 76u);
    EXPECT_NE(poi.out.find("© OpenStreetMap contributors"), std::string::npos);
    auto no_role = run_covplan({"import", dir.file("x.covplan.gpkg"), pbf});
    EXPECT_EQ(no_role.exit_code, 1);
    EXPECT_NE(no_role.err.find("--role poi"), std::string::npos) << no_role.err;
}

TEST(OpenData, OpenCellIdCellsBecomeSitesByENodeB) {
    const std::string csv = shared_file("formats/opencellid/cell_towers_san_francisco.csv");
    if (csv.empty()) GTEST_SKIP() << "../shared/data is absent";
    TempDir dir;
    const std::string p = dir.file("sf.covplan.gpkg");
    auto r = run_covplan({"import", p, csv});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("positions are OpenCelliD's estimates"), std::string::npos) << r.out;
    auto loaded = covplan::gis::load_project(p);
    ASSERT_TRUE(loaded);
    const auto& sites = loaded->project.layers.sites;
    // 1,999 LTE cells of MCC 311 / MNC 480 with 549 distinct eNodeB ids (ECI >> 8,
    // TS 36.413), counted independently with Python's csv module.
    EXPECT_EQ(sites.size(), 549u);
    for (const auto& s : sites) {
        EXPECT_EQ(s.technology, covplan::core::Technology::Lte4G);
        EXPECT_EQ(s.operator_name, "MCC 311 / MNC 480");
        EXPECT_TRUE(s.azimuths_deg.empty());
    }
    EXPECT_EQ(covplan::gis::operator_of(452, 4), "Viettel");
    EXPECT_EQ(covplan::gis::operator_of(452, 2), "VinaPhone");
}
