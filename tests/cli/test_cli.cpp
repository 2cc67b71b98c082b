// The `covplan` command as a user runs it: outputs, messages and exit codes.

#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <vector>

#include "gis/gdal_errors.h"
#include "tests/test_util.h"

using covplan::test::run_covplan;
namespace fs = std::filesystem;

namespace {
const std::string kSample = std::string(COVPLAN_SOURCE_DATA_DIR) + "/longmy/longmy.covplan.gpkg";

//! A copy of the sample project and its rasters, for commands that write into it.
std::string copy_sample(const covplan::test::TempDir& dir) {
    const std::string project = dir.file("longmy.covplan.gpkg");
    std::filesystem::copy_file(kSample, project);
    for (const char* tif : {"dem_1arcsec.tif", "landuse_10m.tif"})
        std::filesystem::copy_file(std::string(COVPLAN_SOURCE_DATA_DIR) + "/longmy/" + tif,
                                   dir.file(tif));
    return project;
}
}  // namespace

TEST(Cli, UsageAndExitCodes) {
    auto none = run_covplan({});
    EXPECT_EQ(none.exit_code, 2);
    EXPECT_NE(none.out.find("Usage: covplan"), std::string::npos);
    EXPECT_EQ(run_covplan({"--help"}).exit_code, 0);
    auto unknown = run_covplan({"frobnicate"});
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_NE(unknown.err.find("unknown command 'frobnicate'"), std::string::npos);
    auto bad_opt = run_covplan({"info", "--bogus", "x"});
    EXPECT_EQ(bad_opt.exit_code, 2);
    EXPECT_NE(bad_opt.err.find("unknown option --bogus"), std::string::npos);
    for (const char* cmd : {"info", "transform", "import", "add-raster", "demo"}) {
        auto h = run_covplan({cmd, "--help"});
        EXPECT_EQ(h.exit_code, 0) << cmd;
        EXPECT_NE(h.out.find("Usage: covplan"), std::string::npos) << cmd;
    }
}

TEST(Cli, TransformPrintsMillimetres) {
    // EPSG:6960 + EPSG:9210 reference (see tests/gis/test_crs_transform.cpp).
    auto r = run_covplan(
        {"transform", "--from", "EPSG:4326", "--to", "vn2000-tm3:105-45", "105.609", "9.6862"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, "484332.202 1071154.668\n");
    auto back = run_covplan(
        {"transform", "--from", "EPSG:9210", "--to", "EPSG:4326", "484332.2022", "1071154.6682"});
    ASSERT_EQ(back.exit_code, 0);
    double lon = 0, lat = 0;
    ASSERT_EQ(std::sscanf(back.out.c_str(), "%lf %lf", &lon, &lat), 2) << back.out;
    EXPECT_NEAR(lon, 105.609, 1e-8);
    EXPECT_NEAR(lat, 9.6862, 1e-8);
    auto bad_crs =
        run_covplan({"transform", "--from", "EPSG:4326", "--to", "EPSG:999999", "105", "9"});
    EXPECT_EQ(bad_crs.exit_code, 1);
    EXPECT_NE(bad_crs.err.find("EPSG:999999"), std::string::npos);
    auto swapped =
        run_covplan({"transform", "--from", "EPSG:4326", "--to", "EPSG:9210", "9.6862", "105.609"});
    EXPECT_EQ(swapped.exit_code, 1);
    EXPECT_NE(swapped.err.find("not a longitude/latitude"), std::string::npos);
    EXPECT_EQ(run_covplan({"transform", "--from", "EPSG:4326", "105", "9"}).exit_code, 2);
    EXPECT_EQ(run_covplan({"transform", "--from", "EPSG:4326", "--to", "EPSG:9210", "abc", "9"})
                  .exit_code,
              2);
}

TEST(Cli, InfoOnTheSampleProject) {
    auto r = run_covplan({"info", kSample});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("covplan project"), std::string::npos);
    EXPECT_NE(r.out.find("EPSG:32648"), std::string::npos);
    EXPECT_NE(r.out.find("population 35865"), std::string::npos);
    EXPECT_NE(r.out.find("problems: none"), std::string::npos);
}

TEST(Cli, InfoOnASourceFileShowsRoleMappingAndProblems) {
    const std::string shp = std::string(COVPLAN_SOURCE_DATA_DIR) + "/longmy/sources/khu_vuc.shp";
    auto r = run_covplan({"info", shp});
    ASSERT_EQ(r.exit_code, 0) << r.out;
    EXPECT_NE(r.out.find("ESRI Shapefile"), std::string::npos);
    EXPECT_NE(r.out.find("EPSG:9210 (VN-2000 / TM-3 105-45)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("role: hamlets (guessed)"), std::string::npos);
    EXPECT_NE(r.out.find("population=Dan_so"), std::string::npos);

    covplan::test::TempDir dir;
    const std::string csv = dir.file("tram.csv");
    {
        std::ofstream f(csv);
        f << "Mã trạm,Độ cao,Công nghệ,Kinh độ,Vĩ "
             "độ\nVT-01,35,4G,105.6,9.69\nVT-01,abc,4G,105.61,9.69\n";
    }
    auto bad = run_covplan({"info", csv});
    EXPECT_EQ(bad.exit_code, 1);
    EXPECT_NE(bad.out.find("FID 2 (site_id VT-01): antenna height 'abc' is not a number"),
              std::string::npos)
        << bad.out;
    auto missing = run_covplan({"info", dir.file("nothing.shp")});
    EXPECT_EQ(missing.exit_code, 1);
    EXPECT_NE(missing.out.find("file not found"), std::string::npos);
}

TEST(Cli, ImportBuildsAProjectAndRefusesBadLayers) {
    covplan::test::TempDir dir;
    const std::string project = dir.file("p.covplan.gpkg");
    const std::string src = std::string(COVPLAN_SOURCE_DATA_DIR) + "/longmy/sources/";
    auto a = run_covplan({"import", project, src + "ward.geojson", "--title", "Thử"});
    ASSERT_EQ(a.exit_code, 0) << a.err;
    EXPECT_NE(a.out.find("as ward"), std::string::npos);
    auto b = run_covplan(
        {"import", project, src + "tram_bts_hien_huu.csv", "--assign-crs", "EPSG:4326"});
    ASSERT_EQ(b.exit_code, 0) << b.err;
    EXPECT_NE(b.out.find("as sites"), std::string::npos);
    const std::string bad = dir.file("bad.csv");
    {
        std::ofstream f(bad);
        f << "site_id,height_m,technology,lon,lat\nX,tall,4G,105.6,9.69\n";
    }
    auto c = run_covplan({"import", project, bad});
    EXPECT_EQ(c.exit_code, 1);
    EXPECT_NE(c.err.find("was not imported"), std::string::npos);
    auto info = run_covplan({"info", project});
    EXPECT_EQ(info.exit_code, 0) << info.out;
    EXPECT_EQ(info.out.find("site_id X"), std::string::npos);  // nothing of the bad file got in
}

TEST(Cli, DemoWritesOutputsThatReopenInGdal) {
    covplan::test::TempDir dir;
    auto r = run_covplan({"demo", "--out", dir.path().string()});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("outputs:"), std::string::npos);
    covplan::gis::ensure_gdal_registered();
    for (const char* tif : {"dem.tif", "landuse.tif"}) {
        const std::string path = dir.file(tif);
        EXPECT_NE(r.out.find(path), std::string::npos) << "demo must print where " << tif << " is";
        GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_RASTER));
        ASSERT_TRUE(ds) << path;
        EXPECT_STREQ(ds->GetSpatialRef()->GetAuthorityCode(nullptr), "32648");
        double gt[6];
        ds->GetGeoTransform(gt);
        EXPECT_DOUBLE_EQ(gt[1], 10.0);
    }
    GDALDatasetUniquePtr gpkg(
        GDALDataset::Open(dir.file("longmy.covplan.gpkg").c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(gpkg);
    EXPECT_EQ(gpkg->GetLayerByName("hamlets")->GetFeatureCount(), 16);
    EXPECT_STREQ(gpkg->GetLayerByName("sites")->GetSpatialRef()->GetAuthorityCode(nullptr),
                 "32648");
    std::ifstream summary(dir.file("summary.json"));
    std::string json((std::istreambuf_iterator<char>(summary)), {});
    EXPECT_NE(json.find("\"population\": 35865"), std::string::npos) << json;
    EXPECT_TRUE(std::filesystem::exists(dir.file("coverage/rsrp_5g.tif")));
    EXPECT_TRUE(std::filesystem::exists(dir.file("analysis/kpis.csv")));
    EXPECT_NE(r.out.find("Population covered by 5G"), std::string::npos);
    EXPECT_NE(r.out.find(dir.file("report_vi.pdf")), std::string::npos) << r.out;
    EXPECT_GT(std::filesystem::file_size(dir.file("report_vi.pdf")), 10000u);
    EXPECT_GT(std::filesystem::file_size(dir.file("longmy.kmz")), 10000u);
}

namespace {
double number_out(const covplan::test::CommandResult& r) {
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return std::atof(r.out.c_str());
}
}  // namespace

TEST(Cli, PathlossCommands) {
    // ITU-R P.525: 900 MHz, 1 km.
    EXPECT_NEAR(number_out(run_covplan(
                    {"pathloss", "--model", "fspl", "--freq-mhz", "900", "--distance-km", "1"})),
                91.5326, 1e-4);
    // ns-3 okumura-hata suite: 869 MHz, 2 km, 30 m, 1 m, urban large city: 137.93 dB.
    EXPECT_NEAR(number_out(run_covplan({"pathloss", "--model", "hata", "--variant", "urban-large",
                                        "--freq-mhz", "869", "--distance-km", "2", "--tx-height-m",
                                        "30", "--rx-height-m", "1"})),
                137.93, 0.01);
    // ns-3 three-gpp suite: UMa NLOS, 5 GHz, 1 km, hBS 25 m: 144.7641 dB.
    EXPECT_NEAR(number_out(run_covplan({"pathloss", "--model", "tr38901", "--variant", "uma-nlos",
                                        "--freq-mhz", "5000", "--distance-km", "1"})),
                144.7641, 0.01);
    // Outside the range: exit 1 with the reason; allowed: a warning and the value.
    auto out = run_covplan({"pathloss", "--model", "cost231", "--variant", "medium", "--freq-mhz",
                            "2600", "--distance-km", "2"});
    EXPECT_EQ(out.exit_code, 1);
    EXPECT_NE(out.err.find("frequency 2600 MHz is outside 1500–2000 MHz of COST-231 Hata"),
              std::string::npos);
    auto ex = run_covplan({"pathloss", "--model", "cost231", "--variant", "medium", "--freq-mhz",
                           "2600", "--distance-km", "2", "--allow-extrapolation"});
    EXPECT_EQ(ex.exit_code, 0);
    EXPECT_NE(ex.err.find("warning: extrapolated"), std::string::npos);
    EXPECT_EQ(run_covplan({"pathloss", "--model", "hata", "--variant", "downtown", "--freq-mhz",
                           "900", "--distance-km", "2"})
                  .exit_code,
              2);
    EXPECT_EQ(run_covplan({"pathloss", "--model", "fspl", "--freq-mhz", "900"}).exit_code, 2);
}

TEST(Cli, LosProbabilityAndKnifeEdge) {
    EXPECT_NEAR(number_out(run_covplan({"los-probability", "--scenario", "uma", "--distance-km",
                                        "0.08", "--rx-height-m", "1.5"})),
                0.44267906, 1e-8);
    EXPECT_NEAR(number_out(run_covplan({"knife-edge", "--nu", "0"})), 6.0206, 1e-4);
    // ../shared reference: J_approx(-0.3) = 3.5122, J_exact(0.6) = 11.0167 (P.526 eqs. 31, 26).
    EXPECT_NEAR(number_out(run_covplan({"knife-edge", "--nu", "-0.3", "--approx"})), 3.5122, 1e-4);
    EXPECT_NEAR(number_out(run_covplan({"knife-edge", "--nu", "0.6"})), 11.0167, 1e-4);
    // Geometry form: nu = 1.5498 for a 10 m edge midway on 2 km at 1800 MHz.
    const double geo = number_out(run_covplan({"knife-edge", "--freq-mhz", "1800", "--d1-m", "1000",
                                               "--d2-m", "1000", "--height-m", "10"}));
    const double direct = number_out(run_covplan({"knife-edge", "--nu", "1.5498"}));
    EXPECT_NEAR(geo, direct, 1e-3);
    EXPECT_EQ(run_covplan({"knife-edge", "--freq-mhz", "1800", "--d1-m", "-5", "--d2-m", "1",
                           "--height-m", "1"})
                  .exit_code,
              1);
}

TEST(Cli, CoverageOfTheSampleWritesGeoTiffs) {
    covplan::test::TempDir dir;
    auto r = run_covplan(
        {"coverage", kSample, "--out", dir.path().string(), "--resolution-m", "50", "--quiet"});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    covplan::gis::ensure_gdal_registered();
    for (const char* name :
         {"rsrp_4g.tif", "rsrp_5g.tif", "best_server_4g.tif", "best_server_5g.tif", "sinr_4g.tif",
          "sinr_5g.tif", "throughput.tif", "los.tif"}) {
        GDALDatasetUniquePtr ds(GDALDataset::Open(dir.file(name).c_str(), GDAL_OF_RASTER));
        ASSERT_TRUE(ds) << name;
        EXPECT_STREQ(ds->GetSpatialRef()->GetAuthorityCode(nullptr), "32648") << name;
        double gt[6];
        ds->GetGeoTransform(gt);
        EXPECT_DOUBLE_EQ(gt[1], 50.0);
        int has = 0;
        ds->GetRasterBand(1)->GetNoDataValue(&has);
        EXPECT_TRUE(has) << name;
    }
    GDALDatasetUniquePtr best(
        GDALDataset::Open(dir.file("best_server_4g.tif").c_str(), GDAL_OF_RASTER));
    EXPECT_EQ(best->GetRasterBand(1)->GetRasterDataType(), GDT_Int16);
    EXPECT_STREQ(best->GetMetadataItem("LAYOUT", "IMAGE_STRUCTURE"), "COG");

    // The service class raster: Byte, Cloud-Optimized, colour table and category
    // names, and its 5G share of the ward matches the analysis (54 % of residents
    // is by population; by area it is lower, but some 5G pixels must exist).
    GDALDatasetUniquePtr cls(
        GDALDataset::Open(dir.file("service_class.tif").c_str(), GDAL_OF_RASTER));
    ASSERT_TRUE(cls);
    EXPECT_STREQ(cls->GetMetadataItem("LAYOUT", "IMAGE_STRUCTURE"), "COG");
    GDALRasterBand* band = cls->GetRasterBand(1);
    EXPECT_EQ(band->GetRasterDataType(), GDT_Byte);
    EXPECT_EQ(band->GetColorInterpretation(), GCI_PaletteIndex);
    const GDALColorTable* ct = band->GetColorTable();
    ASSERT_NE(ct, nullptr);
    EXPECT_EQ(ct->GetColorEntry(3)->c2, 150);  // 4G and 5G: green
    char** names = band->GetCategoryNames();
    ASSERT_NE(names, nullptr);
    ASSERT_GE(CSLCount(names), 4);
    EXPECT_STREQ(names[1], "4G only (chỉ 4G)");
    std::vector<std::uint8_t> v(static_cast<std::size_t>(cls->GetRasterXSize()) *
                                cls->GetRasterYSize());
    ASSERT_EQ(band->RasterIO(GF_Read, 0, 0, cls->GetRasterXSize(), cls->GetRasterYSize(), v.data(),
                             cls->GetRasterXSize(), cls->GetRasterYSize(), GDT_Byte, 0, 0, nullptr),
              CE_None);
    std::size_t counts[4] = {};
    for (std::uint8_t x : v) {
        ASSERT_LE(x, 3);
        ++counts[x];
    }
    for (int c = 0; c < 4; ++c) EXPECT_GT(counts[c], 0u) << c;  // the sample has all four
    std::ifstream json(dir.file("coverage.json"));
    std::string text((std::istreambuf_iterator<char>(json)), {});
    EXPECT_NE(text.find("\"cells\": ["), std::string::npos);
    EXPECT_NE(text.find("VTL-LMY-001/1"), std::string::npos);
    EXPECT_NE(text.find("\"propagation\":"), std::string::npos);
    EXPECT_NE(text.find("\"dem\": true"), std::string::npos);

    auto bad = run_covplan({"coverage", kSample});
    EXPECT_EQ(bad.exit_code, 2);
}

TEST(Cli, CoverageCompressionIsChosenAndTheValuesDoNotChange) {
    // ZSTD by default; DEFLATE on request for readers without ZSTD. Lossless both
    // ways: the RSRP pixels are bit for bit the same.
    covplan::test::TempDir zstd, deflate;
    auto a = run_covplan(
        {"coverage", kSample, "--out", zstd.path().string(), "--resolution-m", "60", "--quiet"});
    ASSERT_EQ(a.exit_code, 0) << a.err;
    auto b = run_covplan({"coverage", kSample, "--out", deflate.path().string(), "--resolution-m",
                          "60", "--quiet", "--compression", "deflate"});
    ASSERT_EQ(b.exit_code, 0) << b.err;
    covplan::gis::ensure_gdal_registered();
    auto read = [](const std::string& path, const char* expected_compression) {
        GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_RASTER));
        EXPECT_TRUE(ds) << path;
        if (!ds) return std::vector<float>{};
        EXPECT_STREQ(ds->GetMetadataItem("COMPRESSION", "IMAGE_STRUCTURE"), expected_compression);
        EXPECT_STREQ(ds->GetMetadataItem("LAYOUT", "IMAGE_STRUCTURE"), "COG");
        std::vector<float> v(static_cast<std::size_t>(ds->GetRasterXSize()) * ds->GetRasterYSize());
        EXPECT_EQ(ds->GetRasterBand(1)->RasterIO(
                      GF_Read, 0, 0, ds->GetRasterXSize(), ds->GetRasterYSize(), v.data(),
                      ds->GetRasterXSize(), ds->GetRasterYSize(), GDT_Float32, 0, 0, nullptr),
                  CE_None);
        return v;
    };
    const std::vector<float> z = read(zstd.file("rsrp_4g.tif"), "ZSTD");
    const std::vector<float> d = read(deflate.file("rsrp_4g.tif"), "DEFLATE");
    ASSERT_FALSE(z.empty());
    EXPECT_EQ(z, d);
    auto bad = run_covplan(
        {"coverage", kSample, "--out", zstd.path().string(), "--compression", "jpeg", "--quiet"});
    EXPECT_EQ(bad.exit_code, 1);
    EXPECT_NE(bad.err.find("--compression jpeg"), std::string::npos) << bad.err;
}

TEST(Cli, AnalyzeTheSample) {
    covplan::test::TempDir dir;
    auto r =
        run_covplan({"analyze", kSample, "--out", dir.path().string(), "--resolution-m", "20"});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("5G stations / 4G stations in the ward"), std::string::npos) << r.out;
    // 4 NR sites against 23 LTE sites on air in the sample: 0.17, short of 0.5.
    EXPECT_NE(r.out.find("0.17"), std::string::npos) << r.out;
    std::ifstream csv(dir.file("kpis.csv"), std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(csv)), {});
    ASSERT_GE(text.size(), 3u);
    EXPECT_EQ(text.substr(0, 3), "\xEF\xBB\xBF");  // BOM, so Excel reads UTF-8
    EXPECT_NE(text.find("Tỷ lệ dân số được phủ sóng"), std::string::npos);  // 5G wraps
    std::ifstream hamlets(dir.file("hamlets.csv"));
    std::string h((std::istreambuf_iterator<char>(hamlets)), {});
    EXPECT_NE(h.find("Khu vực 1"), std::string::npos);
    EXPECT_NE(h.find("(ward),,35865"), std::string::npos) << h.substr(0, 400);
    covplan::gis::ensure_gdal_registered();
    GDALDatasetUniquePtr gpkg(GDALDataset::Open(dir.file("analysis.gpkg").c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(gpkg);
    for (const char* layer : {"priority_places", "priority_gaps", "tower_upgrades", "hamlet_kpis",
                              "ward", "sites", "fiber", "poi", "roads", "waterways"}) {
        OGRLayer* l = gpkg->GetLayerByName(layer);
        ASSERT_NE(l, nullptr) << layer;
        EXPECT_GT(l->GetFeatureCount(), 0) << layer;
        EXPECT_STREQ(l->GetSpatialRef()->GetAuthorityCode(nullptr), "32648");
    }
    EXPECT_EQ(gpkg->GetLayerByName("hamlet_kpis")->GetFeatureCount(), 16);
    // The sample's inventory (data/longmy/README.md): 27 site rows, none proposed yet.
    EXPECT_EQ(gpkg->GetLayerByName("sites")->GetFeatureCount(), 27);
    ASSERT_NE(gpkg->GetLayerByName("proposed_sites"), nullptr);
    EXPECT_EQ(gpkg->GetLayerByName("proposed_sites")->GetFeatureCount(), 0);
    EXPECT_EQ(gpkg->GetLayerByName("ward")->GetFeatureCount(), 1);
    // The KPI table: attribute-only, with the 5G:4G site ratio 4/23 and its 2026 target.
    OGRLayer* kpis = gpkg->GetLayerByName("kpis");
    ASSERT_NE(kpis, nullptr);
    EXPECT_EQ(kpis->GetGeomType(), wkbNone);
    bool found = false;
    for (auto& f : *kpis)
        if (std::string(f->GetFieldAsString("kpi")) == "ratio_5g_4g_sites") {
            found = true;
            EXPECT_NEAR(f->GetFieldAsDouble("value"), 4.0 / 23.0, 1e-6);
            EXPECT_DOUBLE_EQ(f->GetFieldAsDouble("target"), 0.5);
            EXPECT_EQ(f->GetFieldAsInteger("target_year"), 2026);
            EXPECT_EQ(f->GetFieldAsInteger("met"), 0);
        }
    EXPECT_TRUE(found);
    ASSERT_NE(gpkg->GetLayerByName("kpi_snapshots"), nullptr);
}

TEST(Cli, SuggestAddsProposedSites) {
    covplan::test::TempDir dir;
    // Work on a copy: suggest writes into the project.
    const std::string project = copy_sample(dir);
    auto r = run_covplan({"suggest", project, "--out", dir.path().string(), "--resolution-m", "20",
                          "--grid-spacing-m", "1000"});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("of residents with 5G: reached"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("proposed site(s)"), std::string::npos);
    auto info = run_covplan({"info", project});
    EXPECT_NE(info.out.find("5G proposed"), std::string::npos) << info.out;
    std::ifstream json(dir.file("suggest.json"));
    std::string j((std::istreambuf_iterator<char>(json)), {});
    EXPECT_NE(j.find("\"curve\""), std::string::npos);
}

namespace {
//! The text of a PDF as pdftotext (poppler-utils) extracts it; empty if the tool is missing.
std::string pdf_text(const fs::path& pdf) {
    const fs::path txt = pdf.string() + ".txt";
    const std::string cmd = "pdftotext -layout '" + pdf.string() + "' '" + txt.string() + "'";
    if (std::system(cmd.c_str()) != 0) return {};
    std::ifstream in(txt);
    return std::string((std::istreambuf_iterator<char>(in)), {});
}

std::string read_all(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), {});
}
}  // namespace

TEST(Cli, ReportWritesAVietnamesePdfWithThePlanKpis) {
    covplan::test::TempDir dir;
    const std::string pdf = dir.file("bao_cao.pdf");
    auto r = run_covplan(
        {"report", kSample, "--out", pdf, "--lang", "vi", "--portrait", "--date", "2026-12-31"});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    const std::string bytes = read_all(pdf);
    ASSERT_EQ(bytes.substr(0, 5), "%PDF-");
    const std::string text = pdf_text(pdf);
    if (text.empty()) GTEST_SKIP() << "pdftotext (poppler-utils) not installed";
    // "Trang 1/N", N the document's pages (/Count in the page tree).
    std::smatch pages;
    ASSERT_TRUE(std::regex_search(bytes, pages, std::regex("/Count (\\d+)")));
    EXPECT_NE(text.find("Trang 1/" + pages[1].str()), std::string::npos);
    // The sample's KPIs (see AnalyzeTheSample and data/longmy/README.md): 5G covers
    // 54.3 % of residents, 5G:4G sites 0.17 against the plan's 0.50 by 2026, written
    // the Vietnamese way (decimal comma, dot between thousands).
    EXPECT_NE(text.find("Tỷ lệ dân số được phủ sóng"), std::string::npos);  // 5G wraps
    EXPECT_NE(text.find("54,3 %"), std::string::npos);
    EXPECT_NE(text.find("0,17"), std::string::npos);
    EXPECT_NE(text.find("còn thiếu 0,33"), std::string::npos);
    EXPECT_NE(text.find("Khu vực 16"), std::string::npos);
    EXPECT_NE(text.find("35.865"), std::string::npos);
    EXPECT_NE(text.find("ngày 31 tháng 12 năm 2026"), std::string::npos);
    EXPECT_NE(text.find("EPSG:32648"), std::string::npos);
    EXPECT_NE(text.find("CT-LMY-T14"), std::string::npos);  // the best upgrade
}

TEST(Cli, ReportRefusesBadInputAndKeepsTheOldFile) {
    covplan::test::TempDir dir;
    const std::string pdf = dir.file("report.pdf");
    {
        std::ofstream old(pdf);
        old << "previous report";
    }
    auto bad_lang = run_covplan({"report", kSample, "--out", pdf, "--lang", "fr"});
    EXPECT_NE(bad_lang.exit_code, 0);
    EXPECT_NE(bad_lang.err.find("--lang"), std::string::npos) << bad_lang.err;
    auto missing = run_covplan({"report", dir.file("nope.covplan.gpkg"), "--out", pdf});
    EXPECT_NE(missing.exit_code, 0);
    EXPECT_NE(missing.err.find("nope.covplan.gpkg"), std::string::npos) << missing.err;
    EXPECT_EQ(read_all(pdf), "previous report");
}

namespace {
//! Pixels of a PNG, read back through GDAL's PNG driver, equal to (r, g, b).
struct PngStats {
    int width = 0, height = 0;
    long exact = 0;      // pixels of (r, g, b), within 2 a channel (blending rounds)
    long non_white = 0;  // anything drawn
};
//! `x_min`: only columns from there (the legend panel of a sheet).
PngStats png_stats(const std::string& path, int r, int g, int b, int x_min = 0) {
    covplan::gis::ensure_gdal_registered();
    PngStats s;
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_RASTER));
    if (!ds || ds->GetRasterCount() < 3) return s;
    s.width = ds->GetRasterXSize();
    s.height = ds->GetRasterYSize();
    const std::size_t n = static_cast<std::size_t>(s.width) * static_cast<std::size_t>(s.height);
    std::vector<unsigned char> px(n * 3);
    int bands[3] = {1, 2, 3};
    if (ds->RasterIO(GF_Read, 0, 0, s.width, s.height, px.data(), s.width, s.height, GDT_Byte, 3,
                     bands, 3, 3 * s.width, 1, nullptr) != CE_None)
        return s;
    for (std::size_t i = 0; i < n; ++i) {
        const unsigned char* p = &px[3 * i];
        if (static_cast<int>(i % static_cast<std::size_t>(s.width)) >= x_min &&
            std::abs(p[0] - r) <= 2 && std::abs(p[1] - g) <= 2 && std::abs(p[2] - b) <= 2)
            ++s.exact;
        if (p[0] < 245 || p[1] < 245 || p[2] < 245) ++s.non_white;
    }
    return s;
}
}  // namespace

TEST(Cli, MapPngHasTheRequestedSizeAndTheLegend) {
    covplan::test::TempDir dir;
    const std::string with = dir.file("map.png");
    auto r = run_covplan({"map", kSample, "--out", with, "--width-px", "1600", "--height-px",
                          "1000", "--dpi", "150", "--lang", "vi", "--resolution-m", "20"});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    // The strongest RSRP class (>= threshold + 25 dB, #006837) as the map shows it:
    // 65 % over the map's paper (250, 250, 247). The legend swatch (6 x 4 mm = about
    // 35 x 24 px at 150 dpi) has that colour, never the unblended one, so a reader
    // matching colours finds the right class.
    auto shown = [](int c, int paper) { return static_cast<int>(0.65 * c + 0.35 * paper + 0.5); };
    const int sr = shown(0, 250), sg = shown(104, 250), sb = shown(55, 247);
    // The legend panel: 70 mm on the right, inside the 6 mm margin (at 150 dpi).
    const int panel = 1600 - static_cast<int>((70 + 6) * 150 / 25.4);
    const PngStats legend = png_stats(with, sr, sg, sb, panel);
    EXPECT_EQ(legend.width, 1600);
    EXPECT_EQ(legend.height, 1000);
    EXPECT_GT(legend.exact, 500);
    EXPECT_GT(legend.non_white, 1600L * 1000 / 5);  // drawn, not blank
    EXPECT_LT(png_stats(with, 0, 104, 55, panel).exact, 50) << "an unblended swatch";
    EXPECT_GT(png_stats(with, sr, sg, sb).exact, legend.exact) << "the class on the map too";

    const std::string without = dir.file("map_no_legend.png");
    r = run_covplan({"map", kSample, "--out", without, "--width-px", "800", "--height-px", "800",
                     "--dpi", "96", "--no-legend", "--resolution-m", "20"});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    const PngStats bare = png_stats(without, sr, sg, sb);
    EXPECT_EQ(bare.width, 800);
    EXPECT_EQ(bare.height, 800);
    EXPECT_GT(bare.exact, 50) << "the map draws the class as the legend shows it";
    EXPECT_GT(bare.non_white, 800L * 800 / 5);

    auto tiny = run_covplan({"map", kSample, "--out", dir.file("x.png"), "--width-px", "10"});
    EXPECT_EQ(tiny.exit_code, 1);
    EXPECT_NE(tiny.err.find("200 to 20000 px"), std::string::npos) << tiny.err;
    EXPECT_FALSE(fs::exists(dir.file("x.png")));
}

TEST(Cli, BasemapRasterIsDrawnUnderTheExportedMap) {
    // An orthophoto stand-in: one colour no symbol or ramp uses, in WGS 84 around
    // the ward (105.50–105.72 E, 9.58–9.76 N).
    covplan::test::TempDir dir;
    const std::string project = copy_sample(dir);
    const std::string tif = dir.file("ortho.tif");
    covplan::gis::ensure_gdal_registered();
    {
        GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GTiff")->Create(
            tif.c_str(), 220, 180, 3, GDT_Byte, nullptr));
        double gt[6] = {105.50, 0.001, 0, 9.76, 0, -0.001};
        ds->SetGeoTransform(gt);
        OGRSpatialReference srs;
        srs.importFromEPSG(4326);
        ds->SetSpatialRef(&srs);
        const int rgb[3] = {90, 30, 200};
        for (int b = 0; b < 3; ++b) ds->GetRasterBand(b + 1)->Fill(rgb[b]);
    }
    auto r = run_covplan({"add-raster", project, "--basemap", tif});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    // Adding the same file again replaces it; DEM and land use stay.
    r = run_covplan({"add-raster", project, "--basemap", tif});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    auto info = run_covplan({"info", project});
    std::size_t basemaps = 0;
    for (std::size_t at = info.out.find("raster basemap"); at != std::string::npos;
         at = info.out.find("raster basemap", at + 1))
        ++basemaps;
    EXPECT_EQ(basemaps, 1u) << info.out;
    EXPECT_NE(info.out.find("raster dem"), std::string::npos);
    const std::string png = dir.file("map.png");
    r = run_covplan({"map", project, "--out", png, "--width-px", "1200", "--height-px", "800",
                     "--dpi", "100", "--no-legend", "--resolution-m", "20"});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    // Outside the coverage the basemap shows as it is.
    EXPECT_GT(png_stats(png, 90, 30, 200).exact, 20000);
    r = run_covplan({"add-raster", project, "--basemap", dir.file("missing.tif")});
    EXPECT_NE(r.exit_code, 0);
    EXPECT_NE(r.err.find("missing.tif"), std::string::npos) << r.err;
}

TEST(Cli, KmzUnzipsToKmlThatGdalOpens) {
    covplan::test::TempDir dir;
    const std::string kmz = dir.file("plan.kmz");
    auto r = run_covplan({"kmz", kSample, "--out", kmz, "--lang", "vi", "--resolution-m", "20"});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    covplan::gis::ensure_gdal_registered();
    const std::string kml_path = "/vsizip/" + kmz + "/doc.kml";
    GDALDatasetUniquePtr kml(GDALDataset::Open(kml_path.c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(kml) << kml_path;
    // 27 site rows on 20 towers in the sample: one placemark a tower (stacked icons
    // cannot be told apart), each site named in it; the folder of gaps holds every
    // place not covered by 5G.
    OGRLayer* sites = kml->GetLayerByName("Trạm");
    ASSERT_NE(sites, nullptr);
    EXPECT_EQ(sites->GetFeatureCount(), 20);
    EXPECT_NE(r.out.find("27 sites on 20 placemarks"), std::string::npos) << r.out;
    // Ward and khu vực boundaries and the fiber routes, in their own folders.
    OGRLayer* bounds = kml->GetLayerByName("Ranh giới phường, khu vực");
    ASSERT_NE(bounds, nullptr);
    EXPECT_EQ(bounds->GetFeatureCount(), 1 + 16);
    OGRLayer* fiber = kml->GetLayerByName("Tuyến cáp quang");
    ASSERT_NE(fiber, nullptr);
    EXPECT_GT(fiber->GetFeatureCount(), 0);
    OGRLayer* gaps = kml->GetLayerByName("Điểm ưu tiên chưa có 5G");
    ASSERT_NE(gaps, nullptr);
    EXPECT_GT(gaps->GetFeatureCount(), 5);
    // Placemarks in WGS 84 inside Long Mỹ (about 105.54–105.67 E, 9.65–9.73 N).
    OGREnvelope env;
    ASSERT_EQ(sites->GetExtent(&env), OGRERR_NONE);
    EXPECT_GT(env.MinX, 105.5);
    EXPECT_LT(env.MaxX, 105.7);
    EXPECT_GT(env.MinY, 9.6);
    EXPECT_LT(env.MaxY, 9.8);
    // The ground overlay: a PNG with an alpha band that is partly opaque.
    const std::string png = "/vsizip/" + kmz + "/files/overlay_0.png";
    GDALDatasetUniquePtr overlay(GDALDataset::Open(png.c_str(), GDAL_OF_RASTER));
    ASSERT_TRUE(overlay) << png;
    ASSERT_EQ(overlay->GetRasterCount(), 4);
    EXPECT_EQ(overlay->GetRasterBand(4)->GetColorInterpretation(), GCI_AlphaBand);
    double minmax[2];
    ASSERT_EQ(overlay->GetRasterBand(4)->ComputeRasterMinMax(FALSE, minmax), CE_None);
    EXPECT_EQ(minmax[0], 0);
    EXPECT_EQ(minmax[1], 255);
    VSILFILE* f = VSIFOpenL(kml_path.c_str(), "rb");
    ASSERT_NE(f, nullptr);
    std::string text(200000, '\0');
    text.resize(VSIFReadL(text.data(), 1, text.size(), f));
    VSIFCloseL(f);
    EXPECT_NE(text.find("<LatLonBox><north>9.7"), std::string::npos);
    // The legend on screen and the map's own symbols as icons, all inside the KMZ.
    EXPECT_NE(text.find("<ScreenOverlay>"), std::string::npos);
    for (const char* file : {"files/legend.png", "files/icons/site5g.png", "files/icons/gap.png"}) {
        EXPECT_NE(text.find(file), std::string::npos) << file;
        GDALDatasetUniquePtr icon(
            GDALDataset::Open(("/vsizip/" + kmz + "/" + file).c_str(), GDAL_OF_RASTER));
        EXPECT_TRUE(icon) << file;
    }
    EXPECT_NE(text.find("<west>105.5"), std::string::npos);
    EXPECT_NE(text.find("Vùng phủ 5G (RSRP)"), std::string::npos);
}

TEST(Cli, SnapshotsFeedTheReportsProgressSection) {
    covplan::test::TempDir dir;
    // Work on a copy: snapshot writes into the project.
    const std::string project = copy_sample(dir);
    auto bad = run_covplan({"snapshot", project, "--date", "2026-02-29"});
    EXPECT_EQ(bad.exit_code, 2);
    EXPECT_NE(bad.err.find("YYYY-MM-DD"), std::string::npos) << bad.err;
    auto first = run_covplan({"snapshot", project, "--date", "2025-12-10"});
    ASSERT_EQ(first.exit_code, 0) << first.out << first.err;
    EXPECT_NE(first.out.find("(the first)"), std::string::npos) << first.out;
    auto second = run_covplan({"snapshot", project, "--date", "2026-12-10"});
    ASSERT_EQ(second.exit_code, 0) << second.out << second.err;
    EXPECT_NE(second.out.find("previous: 2025-12-10"), std::string::npos) << second.out;
    // Nothing changed between the two: every change is zero.
    EXPECT_NE(second.out.find("change +0.0 %"), std::string::npos) << second.out;
    auto list = run_covplan({"snapshot", project, "--list"});
    ASSERT_EQ(list.exit_code, 0);
    EXPECT_NE(list.out.find("2026-12-10  population_5g"), std::string::npos) << list.out;
    // 0.5425: the 54.3 % of residents with 5G that `covplan analyze` prints.
    EXPECT_NE(list.out.find("population_5g                    0.5425"), std::string::npos)
        << list.out;

    // A proposed 5G site (on tower T14, the best upgrade) is a plan, not progress:
    // the next snapshot still records the 54.3 % on air, while the plan's KPI rises.
    {
        std::ofstream csv(dir.file("proposed.csv"));
        csv << "Mã trạm,Mã cột,Nhà mạng,Công nghệ,Băng tần,Tần số (MHz),Độ cao anten (m),"
               "Hướng phát,Công suất (dBm),Anten,Kinh độ,Vĩ độ\n"
               "MBF-LMY-007-5G,CT-LMY-T14,MobiFone,5G NR,n78,3550,30,70;190;310,53,aau,"
               "105.638810,9.701876\n";
    }
    auto imported = run_covplan(
        {"import", project, dir.file("proposed.csv"), "--role", "sites", "--proposed", "--append"});
    ASSERT_EQ(imported.exit_code, 0) << imported.out << imported.err;
    auto third = run_covplan({"snapshot", project, "--date", "2027-12-10"});
    ASSERT_EQ(third.exit_code, 0) << third.out << third.err;
    list = run_covplan({"snapshot", project, "--list"});
    EXPECT_NE(list.out.find("2027-12-10  population_5g                    0.5425"),
              std::string::npos)
        << list.out;
    auto plan = run_covplan({"analyze", project, "--out", dir.file("analysis")});
    ASSERT_EQ(plan.exit_code, 0) << plan.err;
    {
        // One line, both bases: 54.3 % on air, more with the proposal.
        const auto at = plan.out.find("Population covered by 5G");
        ASSERT_NE(at, std::string::npos) << plan.out;
        const std::string line = plan.out.substr(at, plan.out.find('\n', at) - at);
        EXPECT_NE(line.find(" 54.3 % |"), std::string::npos) << line;
        EXPECT_EQ(line.find("|      54.3 % |"), std::string::npos) << line;
    }

    const std::string pdf = dir.file("report.pdf");
    auto r = run_covplan({"report", project, "--out", pdf, "--lang", "vi", "--date", "2027-12-10"});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    const std::string text = pdf_text(pdf);
    if (text.empty()) GTEST_SKIP() << "pdftotext (poppler-utils) not installed";
    EXPECT_NE(text.find("Tiến độ (các trạm đang phát sóng) so với lần ghi nhận trước (2026-12-10)"),
              std::string::npos)
        << text.substr(0, 3000);
    EXPECT_NE(text.find("Xu hướng so với mục tiêu 2030"), std::string::npos);
}
