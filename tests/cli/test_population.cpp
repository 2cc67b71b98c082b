// Population for any ward (issue 13): most wards have no public khu vực polygons,
// only the ward's own figure (Long Bình: dan_so 26,378 in the city's 2025 layer,
// ../shared/data/longmy/PROVENANCE.md). The KPIs must come from that figure, not
// read 0 %; with no figure at all they are "not available", never 0 %.
#include <gtest/gtest.h>
#include <ogr_api.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "tests/second_ward.h"
#include "tests/test_util.h"

using covplan::test::run_covplan;
using covplan::test::TempDir;
namespace fs = std::filesystem;

namespace {

//! The "value" of KPI `id` in kpis.json, NAN when null, -1 when absent.
double kpi_value(const std::string& json, const std::string& id) {
    const auto at = json.find("\"id\": \"" + id + "\"");
    if (at == std::string::npos) return -1;
    const auto v = json.find("\"value\": ", at);
    const std::string rest = json.substr(v + 9, 12);
    if (rest.starts_with("null")) return NAN;
    return std::stod(rest);
}

//! The "(ward)" row of hamlets.csv: population, households.
std::pair<double, double> ward_row(const std::string& csv) {
    const auto at = csv.find("(ward),");
    if (at == std::string::npos) return {-1, -1};
    std::stringstream row(csv.substr(at, csv.find('\n', at) - at));
    std::string cell;
    std::vector<std::string> cells;
    while (std::getline(row, cell, ',')) cells.push_back(cell);
    return {std::stod(cells.at(2)), std::stod(cells.at(3))};
}

//! The project's Vietnamese report at 50 m as a reader reads its words (pdftotext; a
//! paragraph's line breaks fall where the page width puts them). "" on failure.
std::string vi_report_words(const TempDir& dir, const std::string& project,
                            const std::string& name) {
    const std::string pdf = dir.file(name + ".pdf"), txt = dir.file(name + ".txt");
    auto r = run_covplan({"report", project, "--out", pdf, "--lang", "vi", "--resolution-m", "50"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    if (r.exit_code != 0 || std::system(("pdftotext " + pdf + " " + txt).c_str()) != 0) return {};
    return std::regex_replace(covplan::test::read_file(txt), std::regex("\\s+"), " ");
}

}  // namespace

TEST(Population, AWardWithoutKhuVucUsesItsOwnFigure) {
    TempDir dir;
    std::string why;
    auto ward = covplan::test::make_second_ward(dir, why);
    if (!ward) GTEST_SKIP() << why;
    // The same ward and sheet, without the khu vực step: only the ward layer.
    const std::string project = covplan::test::ward_only_project(dir, *ward);
    ASSERT_FALSE(project.empty());
    auto a = run_covplan({"analyze", project, "--out", dir.file("a"), "--resolution-m", "50"});
    ASSERT_EQ(a.exit_code, 0) << a.err;
    EXPECT_NE(a.out.find("residents from the ward's own figure (26 378)"), std::string::npos)
        << a.out;
    const std::string json = covplan::test::read_file(dir.file("a/kpis.json"));
    const auto [population, households] =
        ward_row(covplan::test::read_file(dir.file("a/hamlets.csv")));
    EXPECT_NEAR(population, 26378, 1);
    // 2019 census: 3.5 persons per household (setting household_size).
    EXPECT_NEAR(households, 26378 / 3.5, 1);
    const double pop5g = kpi_value(json, "population_5g");
    const double pop4g = kpi_value(json, "population_4g");
    EXPECT_GT(pop4g, 0.05) << json;  // four 4G towers inside the ward reach people
    EXPECT_GT(pop5g, 0.0);
    EXPECT_LE(pop5g, pop4g + 1e-9);  // one 5G tower, four 4G towers
    // The same figures as when the ward polygon is imported as its own khu vực (the
    // workaround before): to 0.1 %.
    auto b =
        run_covplan({"analyze", ward->project, "--out", dir.file("b"), "--resolution-m", "50"});
    ASSERT_EQ(b.exit_code, 0) << b.err;
    const std::string json_b = covplan::test::read_file(dir.file("b/kpis.json"));
    EXPECT_NEAR(pop5g, kpi_value(json_b, "population_5g"), 0.001);
    EXPECT_NEAR(pop4g, kpi_value(json_b, "population_4g"), 0.001);
}

TEST(Population, NoFigureAnywhereIsNotAvailableNotZero) {
    TempDir dir;
    std::string why;
    auto ward = covplan::test::make_second_ward(dir, why);
    if (!ward) GTEST_SKIP() << why;
    // The ward layer without its dan_so column.
    const std::string project = covplan::test::ward_only_project(dir, *ward, true);
    ASSERT_FALSE(project.empty());
    auto a = run_covplan({"analyze", project, "--out", dir.file("a"), "--resolution-m", "50"});
    ASSERT_EQ(a.exit_code, 0) << a.err;
    EXPECT_NE(a.out.find("no population"), std::string::npos) << a.out;
    EXPECT_NE(a.out.find("n/a"), std::string::npos) << a.out;
    const std::string json = covplan::test::read_file(dir.file("a/kpis.json"));
    EXPECT_TRUE(std::isnan(kpi_value(json, "population_5g"))) << json;
    EXPECT_TRUE(std::isnan(kpi_value(json, "households_fiber"))) << json;
    EXPECT_NE(json.find("\"available\": false"), std::string::npos);
    const std::string csv = covplan::test::read_file(dir.file("a/kpis.csv"));
    EXPECT_NE(csv.find("not available: no population figure"), std::string::npos) << csv;
    EXPECT_EQ(csv.find("population_5g,Population covered by 5G,Tỷ lệ dân số được phủ sóng 5G,0.0%"),
              std::string::npos);
    // The site ratio is still computed: 1 5G of 5 4G stations inside the ward.
    EXPECT_NEAR(kpi_value(json, "ratio_5g_4g_sites"), 1.0 / 5.0, 1e-9) << json;
}

// issue 13: a site outside the ward, flagged as such, still counted in the ward's
// 5G:4G ratio. The ward's own stations are those inside its boundary.
TEST(Population, SitesOutsideTheWardServeItButAreNotItsStations) {
    TempDir dir;
    std::string why;
    auto ward = covplan::test::make_second_ward(dir, why);
    if (!ward) GTEST_SKIP() << why;
    const std::string outside = dir.file("outside.csv");
    std::ofstream(outside) << "site_id,operator,technology,band,lon,lat,height_m,azimuths_deg\n"
                              "OUT-4G-1,Viettel,4G,B3,105.700,9.720,30,0;120;240\n"
                              "OUT-4G-2,VNPT,4G,B3,105.700,9.725,30,0;120;240\n"
                              "OUT-FAR,VNPT,4G,B3,105.560,9.870,30,0;120;240\n";
    auto imp = run_covplan({"import", ward->project, outside, "--append", "--allow-outside"});
    ASSERT_EQ(imp.exit_code, 0) << imp.err;
    auto a =
        run_covplan({"analyze", ward->project, "--out", dir.file("a"), "--resolution-m", "50"});
    ASSERT_EQ(a.exit_code, 0) << a.err;
    const std::string json = covplan::test::read_file(dir.file("a/kpis.json"));
    // 1 5G and 5 4G stations inside; the three outside do not dilute the ratio.
    EXPECT_NEAR(kpi_value(json, "ratio_5g_4g_sites"), 1.0 / 5.0, 1e-9) << json;
    EXPECT_NE(json.find("\"outside_ward_existing\": 3"), std::string::npos) << json;
    // The one 14 km north is flagged; those a few km east are not.
    EXPECT_NE(a.out.find("warning: site OUT-FAR is"), std::string::npos) << a.out;
    EXPECT_EQ(a.out.find("warning: site OUT-4G-1"), std::string::npos) << a.out;
}

// issue 13: suggest said "target reached" next to a KPI that was short, and "reached"
// at 0.0 % on a ward without residents. Now it uses the project's target, says how
// far short it stays, and refuses to choose sites for nobody.
TEST(Population, SuggestSaysHowFarShortItStaysAndNeedsResidents) {
    TempDir dir;
    std::string why;
    auto ward = covplan::test::make_second_ward(dir, why);
    if (!ward) GTEST_SKIP() << why;
    const std::string project = covplan::test::ward_only_project(dir, *ward);
    ASSERT_FALSE(project.empty());
    auto s = run_covplan({"suggest", project, "--out", dir.file("s"), "--dry-run", "--max-sites",
                          "1", "--resolution-m", "50"});
    ASSERT_EQ(s.exit_code, 0) << s.err;
    // The project's target (100 % by 2030) cannot be met with one site on 40 km².
    EXPECT_NE(s.out.find("target 100.0% of residents with 5G: NOT reached"), std::string::npos)
        << s.out;
    EXPECT_NE(s.out.find("short by"), std::string::npos) << s.out;

    const std::string bare = dir.file("bare.covplan.gpkg");
    ASSERT_EQ(run_covplan({"import", bare, ward->ward, "--role", "ward", "--map", "population="})
                  .exit_code,
              0);
    ASSERT_EQ(run_covplan({"import", bare, ward->sheet, "--role", "sites"}).exit_code, 0);
    auto none =
        run_covplan({"suggest", bare, "--out", dir.file("n"), "--dry-run", "--resolution-m", "50"});
    EXPECT_EQ(none.exit_code, 1) << none.out;
    EXPECT_NE(none.err.find("no population figure"), std::string::npos) << none.err;
}

// issue 13: the report's method described land-use losses and population by
// residential land when neither was used. On a ward without land use or khu vực it
// says what was done; its KPI table shows both bases.
TEST(Population, TheReportSaysWhatThisRunUsed) {
    if (std::system("pdftotext -v >/dev/null 2>&1") != 0) GTEST_SKIP() << "no pdftotext";
    TempDir dir;
    std::string why;
    auto ward = covplan::test::make_second_ward(dir, why);
    if (!ward) GTEST_SKIP() << why;
    const std::string project = covplan::test::ward_only_project(dir, *ward);
    ASSERT_FALSE(project.empty());
    const std::string text = vi_report_words(dir, project, "r");
    ASSERT_FALSE(text.empty());
    EXPECT_NE(text.find("không có lớp sử dụng đất"), std::string::npos) << text;
    EXPECT_NE(text.find("số liệu của phường"), std::string::npos);
    EXPECT_EQ(text.find("phân bổ theo loại đất ở"), std::string::npos);
    EXPECT_EQ(text.find("môi trường suburban"), std::string::npos);
    // The empirical models' variant comes from the environment, which is named.
    EXPECT_NE(text.find("(môi trường ngoại ô)"), std::string::npos);
    EXPECT_NE(text.find("Đang phát sóng"), std::string::npos);
    EXPECT_NE(text.find("Có trạm đề xuất"), std::string::npos);
    EXPECT_NE(text.find("lưới 50 m"), std::string::npos);
    // The checks in the report's language: core words each note in both.
    EXPECT_NE(text.find("dân số lấy theo số của phường (26.378)"), std::string::npos) << text;
    EXPECT_EQ(text.find("residents from the ward's own figure"), std::string::npos);
}

// issue 16: with ITM the report's method named an environment ("(môi trường ngoại
// ô)") that only picks an empirical model's variant; ITM has none. (With the default
// models it is still named: TheReportSaysWhatThisRunUsed.)
TEST(Population, TheReportNamesAnEnvironmentOnlyForModelsThatUseIt) {
    if (std::system("pdftotext -v >/dev/null 2>&1") != 0) GTEST_SKIP() << "no pdftotext";
    TempDir dir;
    std::string why;
    auto ward = covplan::test::make_second_ward(dir, why);
    if (!ward) GTEST_SKIP() << why;
    const std::string project = covplan::test::ward_only_project(dir, *ward);
    ASSERT_FALSE(project.empty());
    ASSERT_EQ(run_covplan({"settings", project, "propagation_model=itm"}).exit_code, 0);
    const std::string itm = vi_report_words(dir, project, "itm");
    ASSERT_FALSE(itm.empty());
    EXPECT_NE(itm.find("ITM / Longley-Rice"), std::string::npos) << itm;
    EXPECT_EQ(itm.find("môi trường"), std::string::npos) << itm;
}

// issue 13: khu vực that overlap, or leave part of the ward outside all of them, are
// said with numbers (km², share), computed here with OGR on the real boundary.
TEST(Population, KhuVucThatOverlapOrLeaveAGapAreMeasured) {
    TempDir dir;
    std::string why;
    auto ward = covplan::test::make_second_ward(dir, why);
    if (!ward) GTEST_SKIP() << why;
    GDALAllRegister();
    GDALDatasetUniquePtr wds(GDALDataset::Open(ward->ward.c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(wds);
    std::unique_ptr<OGRFeature> wf(wds->GetLayer(0)->GetNextFeature());
    const OGRGeometry* boundary = wf->GetGeometryRef();
    // West: 105.55–105.59 E, middle: 105.58–105.60 E (overlapping 0.01°), east of
    // 105.60 E in none. Each carries a population.
    auto box = [](double w, double e) {
        OGRPolygon p;
        OGRLinearRing r;
        for (auto [x, y] : {std::pair{w, 9.6}, {e, 9.6}, {e, 9.8}, {w, 9.8}, {w, 9.6}})
            r.addPoint(x, y);
        p.addRing(&r);
        return p;
    };
    const OGRPolygon west_box = box(105.55, 105.59), middle_box = box(105.58, 105.60),
                     east_box = box(105.60, 105.70);
    std::unique_ptr<OGRGeometry> west(boundary->Intersection(&west_box));
    std::unique_ptr<OGRGeometry> middle(boundary->Intersection(&middle_box));
    std::unique_ptr<OGRGeometry> east(boundary->Intersection(&east_box));
    std::unique_ptr<OGRGeometry> overlap(west->Intersection(middle.get()));
    const std::string hamlets = dir.file("khu_vuc.geojson");
    ASSERT_TRUE(covplan::test::write_vector(
        hamlets, "GeoJSON", "khu_vuc", wkbMultiPolygon, 4326,
        {{west->exportToWkt(), {{"ten", "Khu vực Tây"}, {"dan_so", "12000"}}},
         {middle->exportToWkt(), {{"ten", "Khu vực Giữa"}, {"dan_so", "8000"}}}},
        {"dan_so"}));
    const std::string project = covplan::test::ward_only_project(dir, *ward);
    ASSERT_FALSE(project.empty());
    auto imp = run_covplan({"import", project, hamlets, "--role", "hamlets", "--map",
                            "population=dan_so", "--map", "name=ten"});
    ASSERT_EQ(imp.exit_code, 0) << imp.out << imp.err;
    auto a = run_covplan({"analyze", project, "--out", dir.file("a"), "--resolution-m", "25"});
    ASSERT_EQ(a.exit_code, 0) << a.err;
    // Areas on the ground (UTM 48N).
    OGRSpatialReference wgs84, utm;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    utm.importFromEPSG(32648);
    auto km2 = [&](const OGRGeometry& g) {
        std::unique_ptr<OGRGeometry> c(g.clone());
        c->assignSpatialReference(&wgs84);
        EXPECT_EQ(c->transformTo(&utm), OGRERR_NONE);
        return OGR_G_Area(OGRGeometry::ToHandle(c.get())) / 1e6;
    };
    const double overlap_km2 = km2(*overlap), gap_km2 = km2(*east);
    ASSERT_GT(overlap_km2, 1.0);
    ASSERT_GT(gap_km2, 1.0);
    auto number_after = [&](const std::string& text) {
        const auto at = a.out.find(text);
        return at == std::string::npos ? -1.0 : std::stod(a.out.substr(at + text.size()));
    };
    // To a 25 m grid's precision: 2 %.
    EXPECT_NEAR(number_after("khu vực overlap over "), overlap_km2, 0.02 * overlap_km2) << a.out;
    EXPECT_NEAR(number_after("the khu vực leave "), gap_km2, 0.02 * gap_km2) << a.out;
    // 20,000 in khu vực against the ward's 26,378: -24.2 %.
    EXPECT_NE(a.out.find("sum to 20 000 but the ward's figure is 26 378 (-24.2 %)"),
              std::string::npos)
        << a.out;
}

// issue 13: the report lists every site (the ward's own, and those outside apart),
// every proposal with its co-location options or "none within 500 m", the numbers
// behind each ratio, and no upgrade of a tower that has or is planned to get 5G.
TEST(Population, TheReportListsEverySiteAndEveryProposal) {
    if (std::system("pdftotext -v >/dev/null 2>&1") != 0) GTEST_SKIP() << "no pdftotext";
    TempDir dir;
    std::string why;
    auto ward = covplan::test::make_second_ward(dir, why);
    if (!ward) GTEST_SKIP() << why;
    const std::string project = covplan::test::ward_only_project(dir, *ward);
    ASSERT_FALSE(project.empty());
    // A 5G proposal put on tower LBH-T02 (its coordinates), one far from any tower,
    // and an operator's 4G site 2 km east of the ward.
    const std::string more = dir.file("more.csv");
    std::ofstream(more) << "site_id,operator,technology,band,lon,lat,height_m,azimuths_deg,status\n"
                           "NEW-ON-T02,VNPT,5G,n78,105.6010,9.7120,30,60;180;300,proposed\n"
                           "NEW-FAR,Viettel,5G,n78,105.5700,9.7400,30,0;120;240,proposed\n"
                           "OUT-EAST,MobiFone,4G,B3,105.6400,9.7200,30,0;120;240,existing\n";
    auto imp = run_covplan({"import", project, more, "--append", "--allow-outside"});
    ASSERT_EQ(imp.exit_code, 0) << imp.err;
    const std::string pdf = dir.file("r.pdf");
    auto r = run_covplan({"report", project, "--out", pdf, "--lang", "vi", "--resolution-m", "50"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    ASSERT_EQ(std::system(("pdftotext -layout " + pdf + " " + dir.file("r.txt")).c_str()), 0);
    const std::string text = covplan::test::read_file(dir.file("r.txt"));
    for (const char* id : {"LBH-VTL-01 ", "LBH-VTL-01-5G", "LBH-VNP-01", "LBH-MBF-01", "LBH-VTL-02",
                           "LBH-VNP-02", "NEW-ON-T02", "NEW-FAR", "OUT-EAST"})
        EXPECT_NE(text.find(id), std::string::npos) << id;
    // Both bases with their counts: 1 5G of 5 4G stations on air, 3 of 5 planned.
    EXPECT_NE(text.find("1 / 5 trạm"), std::string::npos) << text;
    EXPECT_NE(text.find("3 / 5 trạm"), std::string::npos);
    EXPECT_NE(text.find("26.378 người"), std::string::npos);
    // Every proposal in the co-location table; the far one has no tower near it.
    const auto colo = text.find("Trạm đề xuất và phương án dùng chung hạ tầng");
    ASSERT_NE(colo, std::string::npos);
    const auto far = text.find("NEW-FAR", colo);
    ASSERT_NE(far, std::string::npos);
    EXPECT_EQ(text.find("không có cột hiện có trong 500 m", far), text.find("không có cột", far));
    EXPECT_NE(text.find("không có cột hiện có trong 500 m", far), std::string::npos);
    // The site outside is listed apart, after the ward's own.
    const auto outside = text.find("Trạm ngoài phường");
    ASSERT_NE(outside, std::string::npos);
    EXPECT_GT(text.find("OUT-EAST", outside), outside);
    // Counts by operator: the ward's one MobiFone 4G station, not OUT-EAST too.
    EXPECT_TRUE(std::regex_search(text, std::regex("MobiFone\\s+1\\s+0\\s+0\\s+0\\s"))) << text;

    // Upgrades: not LBH-T01 (5G on air) nor LBH-T02 (a 5G proposal on it); a tower
    // outside only if it adds residents, marked.
    auto a = run_covplan({"analyze", project, "--out", dir.file("a"), "--resolution-m", "50"});
    ASSERT_EQ(a.exit_code, 0) << a.err;
    std::stringstream csv(covplan::test::read_file(dir.file("a/colocation.csv")));
    std::string line;
    int upgrades = 0;
    while (std::getline(csv, line)) {
        if (!line.starts_with("upgrade,")) continue;
        ++upgrades;
        EXPECT_EQ(line.find("LBH-T01"), std::string::npos) << line;
        EXPECT_EQ(line.find("LBH-T02"), std::string::npos) << line;
        if (line.find("OUT-EAST") != std::string::npos) EXPECT_TRUE(line.ends_with(",yes")) << line;
        // added_population_5g (6th column) > 0
        std::vector<std::string> cells;
        std::stringstream row(line);
        std::string cell;
        while (std::getline(row, cell, ',')) cells.push_back(cell);
        ASSERT_GT(cells.size(), 5u);
        EXPECT_GT(std::stod(cells[5]), 0.0) << line;
    }
    EXPECT_GT(upgrades, 0);
    EXPECT_NE(a.out.find("1 already carrying a proposed 5G site"), std::string::npos) << a.out;
}
