// The shared pipeline (issue 10), through the `covplan` command as a user runs it,
// on the second ward (Long Bình, tests/second_ward.h) and on hand-made projects whose
// answer is known.

#include <gdal_priv.h>
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "gis/analysis_tables.h"
#include "gis/kpi_tables.h"
#include "gis/project_file.h"
#include "gis/project_tables.h"
#include "tests/second_ward.h"
#include "tests/test_util.h"

using covplan::test::run_covplan;
using covplan::test::TempDir;
namespace fs = std::filesystem;

namespace {

std::string read_text(const std::string& path) {
    std::ifstream f(path);
    return {std::istreambuf_iterator<char>(f), {}};
}

//! Number after `"key": ` in a JSON text, from position `from`.
double json_number(const std::string& json, const std::string& key, std::size_t from = 0) {
    const auto k = json.find("\"" + key + "\": ", from);
    if (k == std::string::npos) return NAN;
    return std::strtod(json.c_str() + k + key.size() + 4, nullptr);
}

std::string json_string(const std::string& json, const std::string& key, std::size_t from = 0) {
    const auto k = json.find("\"" + key + "\": \"", from);
    if (k == std::string::npos) return {};
    const auto b = k + key.size() + 5;
    return json.substr(b, json.find('"', b) - b);
}

#define SECOND_WARD(dir, ward)                                                   \
    std::string why_;                                                            \
    auto ward = covplan::test::make_second_ward(dir, why_);                      \
    if (!ward && why_.find("absent") != std::string::npos) GTEST_SKIP() << why_; \
    ASSERT_TRUE(ward) << why_

}  // namespace

// Regression: a site with an MSI antenna file worked only in `covplan coverage`;
// every other command said "unknown antenna model 'panel.msi'".
TEST(Pipeline, MsiSiteWorksInEveryCommand) {
    TempDir dir;
    SECOND_WARD(dir, ward);
    const std::string p = ward->project;
    struct Case {
        std::vector<std::string> args;
    };
    const std::vector<Case> cases = {
        {{"coverage", p, "--out", dir.file("cov"), "--quiet"}},
        {{"analyze", p, "--out", dir.file("an")}},
        {{"report", p, "--out", dir.file("r.pdf")}},
        {{"map", p, "--out", dir.file("m.png"), "--width-px", "800", "--height-px", "600"}},
        {{"kmz", p, "--out", dir.file("k.kmz")}},
        {{"suggest", p, "--out", dir.file("sg"), "--dry-run", "--max-sites", "2"}},
        {{"point", p, "--lon", "105.5955", "--lat", "9.7330"}},
    };
    for (const Case& c : cases) {
        auto r = run_covplan(c.args);
        EXPECT_EQ(r.exit_code, 0) << c.args[0] << ": " << r.out << r.err;
        EXPECT_EQ(r.err.find("unknown antenna model"), std::string::npos) << c.args[0];
    }
    // The MSI site's cells carry the file's pattern (name from the file) in coverage.json.
    const std::string cov = read_text(dir.file("cov/coverage.json"));
    const auto at = cov.find("\"id\": \"LBH-VTL-02/1\"");
    ASSERT_NE(at, std::string::npos);
    EXPECT_EQ(json_string(cov, "antenna", at), "LB-PANEL-17");  // the file's NAME
    // The registry's names for the cell's model, and the rule below its minimum distance.
    EXPECT_EQ(json_string(cov, "model_id", at), "cost231");
    EXPECT_EQ(json_string(cov, "variant", at), "suburban");
    EXPECT_NE(json_string(cov, "below_min_distance", at).find("SEAMCAT"), std::string::npos);
}

// Regression: `analyze --resolution-m 0` aborted with std::length_error (exit 134);
// only `coverage` checked the bound. Every command that computes coverage refuses
// it with exit 1 and names the option.
TEST(Pipeline, OutOfRangeOptionsAreRejectedByEveryCommand) {
    TempDir dir;
    SECOND_WARD(dir, ward);
    const std::string p = ward->project;
    const std::vector<std::vector<std::string>> commands = {
        {"coverage", p, "--out", dir.file("c")},
        {"analyze", p, "--out", dir.file("a")},
        {"suggest", p, "--dry-run"},
        {"report", p, "--out", dir.file("r.pdf")},
        {"map", p, "--out", dir.file("m.png")},
        {"kmz", p, "--out", dir.file("k.kmz")},
        {"point", p, "--lon", "105.59", "--lat", "9.72"}};
    for (const auto& base : commands)
        for (const auto& [opt, value] :
             std::vector<std::pair<std::string, std::string>>{{"--resolution-m", "0"},
                                                              {"--resolution-m", "-5"},
                                                              {"--resolution-m", "5000"},
                                                              {"--threads", "-3"}}) {
            auto args = base;
            args.push_back(opt);
            args.push_back(value);
            auto r = run_covplan(args);
            EXPECT_EQ(r.exit_code, 1) << base[0] << " " << opt << " " << value << ": " << r.err;
            EXPECT_NE(r.err.find(opt), std::string::npos) << base[0] << ": " << r.err;
        }
    EXPECT_FALSE(fs::exists(dir.file("r.pdf")));
}

// One definition of a priority gap: priority_places.csv (ranked rows), the
// GeoPackage's priority_gaps layer, the KMZ's gap placemarks and the report's gap
// table list the same places.
TEST(Pipeline, CsvGeoPackageKmzAndReportListTheSameGaps) {
    TempDir dir;
    const std::string sample = std::string(COVPLAN_SOURCE_DATA_DIR) + "/longmy/longmy.covplan.gpkg";
    auto an = run_covplan({"analyze", sample, "--out", dir.file("an"), "--no-colocation"});
    ASSERT_EQ(an.exit_code, 0) << an.err;
    std::set<std::string> csv_gaps;
    {
        std::ifstream f(dir.file("an/priority_places.csv"));
        std::string line;
        std::getline(f, line);  // header
        while (std::getline(f, line)) {
            // rank,source,name,...: a gap has a rank.
            if (line.empty() || line[0] == ',') continue;
            std::stringstream ss(line);
            std::string rank, source, name;
            std::getline(ss, rank, ',');
            std::getline(ss, source, ',');
            std::getline(ss, name, ',');
            csv_gaps.insert(name);
        }
    }
    ASSERT_GE(csv_gaps.size(), 5u);
    std::set<std::string> gpkg_gaps;
    {
        GDALAllRegister();
        GDALDatasetUniquePtr ds(
            GDALDataset::Open(dir.file("an/analysis.gpkg").c_str(), GDAL_OF_VECTOR));
        ASSERT_TRUE(ds);
        OGRLayer* l = ds->GetLayerByName("priority_gaps");
        ASSERT_NE(l, nullptr);
        for (auto& f : *l) gpkg_gaps.insert(f->GetFieldAsString("name"));
        // Every table of the bundle is as its spec says (the plan layers as in the
        // project file).
        namespace T = covplan::gis::tables;
        std::vector<const covplan::gis::TableSpec*> specs = {
            &T::priority_places::all, &T::priority_places::gaps,
            &T::tower_upgrades::spec, &T::hamlet_kpis::spec,
            &T::kpis::spec,           &T::kpi_snapshots::in_analysis};
        for (const auto& [spec, role] : covplan::gis::plan_layer_tables())
            if (ds->GetLayerByName(spec->name)) specs.push_back(spec);
        for (const covplan::gis::TableSpec* spec : specs) {
            OGRLayer* t = ds->GetLayerByName(spec->name);
            ASSERT_NE(t, nullptr) << spec->name;
            EXPECT_EQ(covplan::gis::table_mismatches(*t, *spec), std::vector<std::string>{})
                << spec->name;
        }
        OGRLayer* proposed = ds->GetLayerByName(T::kProposedSitesTable);
        ASSERT_NE(proposed, nullptr);
        EXPECT_TRUE(covplan::gis::table_mismatches(*proposed, T::sites::spec).empty());
    }
    EXPECT_EQ(gpkg_gaps, csv_gaps);
    auto kmz = run_covplan({"kmz", sample, "--out", dir.file("k.kmz")});
    ASSERT_EQ(kmz.exit_code, 0) << kmz.err;
    std::smatch m;
    ASSERT_TRUE(std::regex_search(kmz.out, m, std::regex(R"((\d+) priority places lacking 5G)")));
    EXPECT_EQ(std::stoul(m[1]), csv_gaps.size());
    auto report = run_covplan({"report", sample, "--out", dir.file("r.pdf"), "--lang", "en"});
    ASSERT_EQ(report.exit_code, 0) << report.err;
    if (std::system(("pdftotext -layout " + dir.file("r.pdf") + " " + dir.file("r.txt")).c_str()) ==
        0) {
        const std::string text = read_text(dir.file("r.txt"));
        for (const std::string& g : csv_gaps) {
            if (g.size() > 3) {
                EXPECT_NE(text.find(g), std::string::npos) << g;
            }
        }
    }
}

// `covplan pathloss` with the cell's model, variant and environment prints what
// `covplan point` reports the engine applied, at 0.3, 1, 5 and 15 km (below 1 km
// the Hata family's short-range rule, which pathloss applies with
// --allow-extrapolation).
TEST(Pipeline, PathlossReproducesTheEngineAtEveryDistance) {
    TempDir dir;
    // A strip 17 km long so that the grid reaches 15 km east of the masts.
    ASSERT_TRUE(covplan::test::write_vector(
        dir.file("ward.geojson"), "GeoJSON", "ward", wkbPolygon, 4326,
        {{"POLYGON((105.50 9.700,105.66 9.700,105.66 9.712,105.50 9.712,105.50 9.700))",
          {{"name", "strip"}}}}));
    {
        std::ofstream f(dir.file("sites.csv"));
        f << "site_id,technology,band,lon,lat,height_m,azimuths_deg,antenna_model\n"
          << "A4,4G,B3,105.505,9.7045,30,90,panel\n"
          << "A5,5G,n78,105.505,9.7075,30,90,aau\n";
    }
    const std::string p = dir.file("strip.covplan.gpkg");
    ASSERT_EQ(run_covplan({"import", p, dir.file("ward.geojson"), "--role", "ward"}).exit_code, 0);
    auto imp = run_covplan({"import", p, dir.file("sites.csv"), "--role", "sites"});
    ASSERT_EQ(imp.exit_code, 0) << imp.err;
    ASSERT_EQ(run_covplan({"settings", p, "resolution_m=20", "environment=suburban"}).exit_code, 0);
    const double km_per_deg_lon = 111.32 * std::cos(9.705 * M_PI / 180);
    int checked = 0;
    for (const auto& [lat, tech] :
         std::vector<std::pair<double, std::string>>{{9.7045, "4G"}, {9.7075, "5G"}})
        for (double d_km : {0.3, 1.0, 5.0, 15.0}) {
            const double lon = 105.505 + d_km / km_per_deg_lon;
            char lon_s[32], lat_s[32];
            std::snprintf(lon_s, sizeof lon_s, "%.6f", lon);
            std::snprintf(lat_s, sizeof lat_s, "%.6f", lat);
            auto pt = run_covplan({"point", p, "--lon", lon_s, "--lat", lat_s, "--json"});
            ASSERT_EQ(pt.exit_code, 0) << pt.err;
            const std::string id = tech == "4G" ? "A4" : "A5";
            const auto at = pt.out.find("\"id\": \"" + id);
            ASSERT_NE(at, std::string::npos) << pt.out;
            const double dist = json_number(pt.out, "distance_m", at);
            const double loss = json_number(pt.out, "path_loss_db", at);
            const std::string model = json_string(pt.out, "model", at);
            const std::string variant = json_string(pt.out, "variant", at);
            const std::string env = json_string(pt.out, "environment", at);
            EXPECT_EQ(env, "suburban");
            EXPECT_EQ(model, tech == "4G" ? "cost231" : "tr38901");
            EXPECT_NEAR(dist / 1000, d_km, 0.03);
            char d_s[32];
            std::snprintf(d_s, sizeof d_s, "%.9g", dist / 1000);
            // By variant and by environment: the same number.
            for (const auto& how : {std::vector<std::string>{"--variant", variant},
                                    std::vector<std::string>{"--environment", env}}) {
                std::vector<std::string> args = {"pathloss",
                                                 "--model",
                                                 model,
                                                 how[0],
                                                 how[1],
                                                 "--freq-mhz",
                                                 tech == "4G" ? "1842.5" : "3550",
                                                 "--distance-km",
                                                 d_s,
                                                 "--tx-height-m",
                                                 "30",
                                                 "--rx-height-m",
                                                 "1.5",
                                                 "--allow-extrapolation"};
                auto pl = run_covplan(args);
                ASSERT_EQ(pl.exit_code, 0) << pl.err;
                EXPECT_NEAR(std::stod(pl.out), loss, 0.01) << tech << " at " << d_km << " km";
            }
            ++checked;
        }
    EXPECT_EQ(checked, 8);
}

// The point's best RSRP is the raster's value at that pixel.
TEST(Pipeline, PointBestRsrpEqualsTheRaster) {
    TempDir dir;
    SECOND_WARD(dir, ward);
    auto cov = run_covplan({"coverage", ward->project, "--out", dir.file("cov"), "--quiet"});
    ASSERT_EQ(cov.exit_code, 0) << cov.err;
    auto pt =
        run_covplan({"point", ward->project, "--lon", "105.5920", "--lat", "9.7200", "--json"});
    ASSERT_EQ(pt.exit_code, 0) << pt.err;
    const int col = static_cast<int>(json_number(pt.out, "col"));
    const int row = static_cast<int>(json_number(pt.out, "row"));
    GDALAllRegister();
    for (const char* layer : {"4G", "5G"}) {
        const auto at = pt.out.find(std::string("\"") + layer + "\": {");
        ASSERT_NE(at, std::string::npos) << pt.out;
        const double rsrp = json_number(pt.out, "rsrp_dbm", at);
        GDALDatasetUniquePtr ds(GDALDataset::Open(
            dir.file(std::string("cov/rsrp_") + (layer[0] == '4' ? "4g" : "5g") + ".tif").c_str(),
            GDAL_OF_RASTER));
        ASSERT_TRUE(ds);
        float v = 0;
        ASSERT_EQ(ds->GetRasterBand(1)->RasterIO(GF_Read, col, row, 1, 1, &v, 1, 1, GDT_Float32, 0,
                                                 0, nullptr),
                  CE_None);
        EXPECT_NEAR(rsrp, v, 1e-4) << layer;
    }
}

// Imported sites without antenna data get the template's radio, and say so once;
// an on-air 5G site is modelled like a proposed one; a site without azimuths gets
// the omni antenna; suggested 5G sites carry the template.
TEST(Pipeline, RadioTemplatesFillImportsAndSuggestions) {
    TempDir dir;
    SECOND_WARD(dir, ward);
    auto loaded = covplan::gis::load_project(ward->project);
    ASSERT_TRUE(loaded);
    std::map<std::string, covplan::core::Site> by_id;
    for (const auto& s : loaded->project.layers.sites) by_id[s.site_id] = s;
    ASSERT_EQ(by_id.size(), 6u);
    EXPECT_EQ(by_id["LBH-VTL-01"].antenna_model, "panel");
    EXPECT_DOUBLE_EQ(by_id["LBH-VTL-01"].power_dbm, 46.0);
    EXPECT_DOUBLE_EQ(by_id["LBH-VTL-01"].feeder_loss_db, 0.5);
    EXPECT_EQ(by_id["LBH-VTL-01-5G"].antenna_model, "aau");
    EXPECT_DOUBLE_EQ(by_id["LBH-VTL-01-5G"].power_dbm, 53.0);
    EXPECT_EQ(by_id["LBH-VTL-01-5G"].status, covplan::core::SiteStatus::Existing);
    EXPECT_EQ(by_id["LBH-MBF-01"].antenna_model, "omni-11");
    EXPECT_DOUBLE_EQ(by_id["LBH-MBF-01"].freq_mhz, 2140.0);     // band B1, not 1842.5
    EXPECT_DOUBLE_EQ(by_id["LBH-MBF-01"].bandwidth_mhz, 15.0);  // lte-b1 row
    EXPECT_EQ(by_id["LBH-VTL-02"].antenna_model, "panel.msi");
    // The import says once which template filled what.
    TempDir again;
    const std::string p2 = again.file("p.covplan.gpkg");
    ASSERT_EQ(run_covplan({"import", p2, ward->ward, "--role", "ward"}).exit_code, 0);
    // Antenna files are checked at import, next to the project they are imported into.
    auto without_msi = run_covplan({"import", p2, ward->sheet, "--role", "sites"});
    EXPECT_EQ(without_msi.exit_code, 1);
    EXPECT_NE(without_msi.err.find("panel.msi cannot be read"), std::string::npos)
        << without_msi.err;
    std::filesystem::copy_file(std::filesystem::path(ward->sheet).parent_path() / "panel.msi",
                               again.file("panel.msi"));
    auto imp = run_covplan({"import", p2, ward->sheet, "--role", "sites"});
    ASSERT_EQ(imp.exit_code, 0) << imp.err;
    const std::string all = imp.out + imp.err;
    EXPECT_NE(all.find("radio template lte-b3 filled"), std::string::npos) << all;
    EXPECT_NE(all.find("radio template nr-n78 filled"), std::string::npos) << all;
    std::size_t n = 0;
    for (auto at = all.find("radio template lte-b3 filled"); at != std::string::npos;
         at = all.find("radio template lte-b3 filled", at + 1))
        ++n;
    EXPECT_EQ(n, 1u);

    // A changed template reaches the suggested sites.
    ASSERT_EQ(run_covplan({"settings", ward->project, "radio.nr-n78.power_dbm=50",
                           "radio.nr-n78.elec_tilt_deg=6"})
                  .exit_code,
              0);
    auto sg = run_covplan({"suggest", ward->project, "--out", dir.file("sg"), "--max-sites", "3"});
    ASSERT_EQ(sg.exit_code, 0) << sg.err;
    auto after = covplan::gis::load_project(ward->project);
    ASSERT_TRUE(after);
    int proposed = 0;
    for (const auto& s : after->project.layers.sites) {
        if (s.status != covplan::core::SiteStatus::Proposed) continue;
        ++proposed;
        EXPECT_EQ(s.technology, covplan::core::Technology::Nr5G);
        EXPECT_DOUBLE_EQ(s.power_dbm, 50.0) << s.site_id;
        EXPECT_DOUBLE_EQ(s.elec_tilt_deg, 6.0) << s.site_id;
        EXPECT_EQ(s.band, "n78");
        EXPECT_EQ(s.antenna_model, s.azimuths_deg.empty() ? "omni-11" : "aau") << s.site_id;
        if (s.site_id.ends_with("-5G")) {  // an upgrade keeps its tower's height and azimuths
            bool found = false;
            for (const auto& [id, t] : by_id)
                if (t.tower_id + "-5G" == s.site_id) {
                    EXPECT_DOUBLE_EQ(s.height_m, t.height_m);
                    EXPECT_EQ(s.azimuths_deg, t.azimuths_deg);
                    found = true;
                }
            EXPECT_TRUE(found) << s.site_id;
        }
    }
    EXPECT_GE(proposed, 1);
    // `covplan settings` shows the table.
    auto shown = run_covplan({"settings", ward->project});
    EXPECT_NE(shown.out.find("radio.nr-n78.power_dbm=50"), std::string::npos);
    EXPECT_NE(shown.out.find("radio.lte-b3.antenna_model=panel"), std::string::npos);
    EXPECT_EQ(run_covplan({"settings", ward->project, "radio.nr-n78.power_dbm=500"}).exit_code, 1);
}

// Regression: the demo computed coverage three times (coverage, analyze, report).
TEST(Pipeline, DemoComputesCoverageOnce) {
    TempDir dir;
    auto r = run_covplan({"demo", "--out", dir.file("demo")});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("coverage computed once"), std::string::npos);
    std::size_t n = 0;
    for (auto at = r.out.find("coverage: "); at != std::string::npos;
         at = r.out.find("coverage: ", at + 1))
        ++n;
    EXPECT_EQ(n, 1u) << r.out;
}
