// A population raster (people per pixel, WorldPop / GHSL style) decides where the
// ward's residents live (issue 13): resampled onto the working grid by area so
// totals are kept, scaled to the ward's figure when it has one. Tested on Long Bình
// (26,378 residents, ../shared/data/longmy/PROVENANCE.md) with a raster in WGS 84
// at 3 arc-seconds (WorldPop's grid) whose people sit in two clusters: one at the
// ward's only 5G tower, one where the coverage run shows no 5G. The 5G share is
// then the first cluster's share, by hand.
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <memory>
#include <optional>

#include "tests/second_ward.h"
#include "tests/test_util.h"

using covplan::test::kpi_field;
using covplan::test::run_covplan;
using covplan::test::TempDir;

namespace {

//! The "(ward)" row's population in hamlets.csv.
double ward_population(const std::string& csv) {
    const auto at = csv.find("(ward),");
    if (at == std::string::npos) return -1;
    const auto c1 = csv.find(',', at);
    const auto c2 = csv.find(',', c1 + 1);
    return std::stod(csv.substr(c2 + 1));
}

struct Cluster {
    double lon, lat, people;
};

constexpr double kArcSec = 1.0 / 3600.0;

//! A people-per-pixel raster over the ward's bounding box, 3" pixels, EPSG:4326,
//! nodata -99999 (WorldPop's) on one row, `clusters` spread evenly over the pixels
//! whose centres lie within `radius_m` of each centre.
bool write_population_raster(const std::string& path, const std::vector<Cluster>& clusters,
                             double radius_m, float value_scale = 1.0f) {
    const double west = 105.550, north = 9.780;
    const int cols = static_cast<int>(0.075 / (3 * kArcSec)),
              rows = static_cast<int>(0.105 / (3 * kArcSec));
    std::vector<float> v(static_cast<std::size_t>(cols) * rows, 0.0f);
    for (int c = 0; c < cols; ++c) v[c] = -99999.0f;  // a nodata row, as over water
    const double m_per_deg_lat = 110574.0, m_per_deg_lon = 111320.0 * std::cos(9.73 * M_PI / 180);
    for (const Cluster& k : clusters) {
        std::vector<std::size_t> in;
        for (int r = 1; r < rows; ++r)
            for (int c = 0; c < cols; ++c) {
                const double lon = west + (c + 0.5) * 3 * kArcSec;
                const double lat = north - (r + 0.5) * 3 * kArcSec;
                if (std::hypot((lon - k.lon) * m_per_deg_lon, (lat - k.lat) * m_per_deg_lat) <=
                    radius_m)
                    in.push_back(static_cast<std::size_t>(r) * cols + c);
            }
        if (in.empty()) return false;
        for (std::size_t p : in) v[p] += value_scale * static_cast<float>(k.people / in.size());
    }
    GDALAllRegister();
    GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("GTiff");
    std::unique_ptr<GDALDataset> ds(drv->Create(path.c_str(), cols, rows, 1, GDT_Float32, nullptr));
    if (!ds) return false;
    double gt[6] = {west, 3 * kArcSec, 0, north, 0, -3 * kArcSec};
    ds->SetGeoTransform(gt);
    OGRSpatialReference srs;
    srs.importFromEPSG(4326);
    ds->SetSpatialRef(&srs);
    GDALRasterBand* b = ds->GetRasterBand(1);
    b->SetNoDataValue(-99999.0);
    return b->RasterIO(GF_Write, 0, 0, cols, rows, v.data(), cols, rows, GDT_Float32, 0, 0,
                       nullptr) == CE_None;
}

//! service_class.tif of a coverage run: 0 none, 1 4G only, 2 5G only, 3 both.
struct ServiceMap {
    std::vector<std::uint8_t> v;
    int cols = 0, rows = 0;
    double gt[6] = {};
    OGRSpatialReference srs;

    bool open(const std::string& path) {
        std::unique_ptr<GDALDataset> ds(
            GDALDataset::Open(path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY));
        if (!ds) return false;
        cols = ds->GetRasterXSize();
        rows = ds->GetRasterYSize();
        ds->GetGeoTransform(gt);
        srs = *ds->GetSpatialRef();
        v.resize(static_cast<std::size_t>(cols) * rows);
        return ds->GetRasterBand(1)->RasterIO(GF_Read, 0, 0, cols, rows, v.data(), cols, rows,
                                              GDT_Byte, 0, 0, nullptr) == CE_None;
    }
    //! Whether every pixel within `radius_m` of (x, y) (map units) satisfies `pred`.
    template <typename Pred>
    bool all_within(double x, double y, double radius_m, Pred pred) const {
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c) {
                const double px = gt[0] + (c + 0.5) * gt[1], py = gt[3] + (r + 0.5) * gt[5];
                if (std::hypot(px - x, py - y) > radius_m) continue;
                if (!pred(v[static_cast<std::size_t>(r) * cols + c])) return false;
            }
        return true;
    }
};

}  // namespace

TEST(PopulationRaster, ResidentsFollowTheRasterAndKeepTheWardsFigure) {
    TempDir dir;
    std::string why;
    auto ward = covplan::test::make_second_ward(dir, why);
    if (!ward) GTEST_SKIP() << why;
    // Ward polygon and sheet only: the ward carries the figure (dan_so 26,378).
    const std::string project = covplan::test::ward_only_project(dir, *ward);
    ASSERT_FALSE(project.empty());
    auto cov = run_covplan({"coverage", project, "--out", dir.file("c"), "--resolution-m", "50"});
    ASSERT_EQ(cov.exit_code, 0) << cov.err;
    ServiceMap service;
    ASSERT_TRUE(service.open(dir.file("c/service_class.tif")));

    // The ward's polygon in the working CRS, to keep cluster B inside it.
    GDALDatasetUniquePtr wds(GDALDataset::Open(ward->ward.c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(wds);
    std::unique_ptr<OGRFeature> wf(wds->GetLayer(0)->GetNextFeature());
    std::unique_ptr<OGRGeometry> poly(wf->GetGeometryRef()->clone());
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    service.srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    poly->assignSpatialReference(&wgs84);
    ASSERT_EQ(poly->transformTo(&service.srs), OGRERR_NONE);
    std::unique_ptr<OGRCoordinateTransformation> to_map(
        OGRCreateCoordinateTransformation(&wgs84, &service.srs));
    std::unique_ptr<OGRCoordinateTransformation> to_lonlat(
        OGRCreateCoordinateTransformation(&service.srs, &wgs84));

    // A: the 5G tower LBH-T01 (105.5870 E, 9.7287 N); its 400 m around all has 5G.
    double ax = 105.5870, ay = 9.7287;
    ASSERT_TRUE(to_map->Transform(1, &ax, &ay));
    ASSERT_TRUE(service.all_within(ax, ay, 400, [](std::uint8_t s) { return s >= 2; }))
        << "the test's premise: 5G all around the 5G tower";
    // B: a place inside the ward whose 400 m around has no 5G.
    std::optional<std::pair<double, double>> b;
    for (int r = 0; r < service.rows && !b; r += 4)
        for (int c = 0; c < service.cols && !b; c += 4) {
            const double x = service.gt[0] + (c + 0.5) * service.gt[1];
            const double y = service.gt[3] + (r + 0.5) * service.gt[5];
            OGRPoint centre(x, y);
            std::unique_ptr<OGRGeometry> disk(centre.Buffer(500));
            if (!poly->Contains(disk.get())) continue;
            if (service.all_within(x, y, 400, [](std::uint8_t s) { return s < 2; })) b = {x, y};
        }
    ASSERT_TRUE(b) << "no place without 5G inside the ward";
    double blon = b->first, blat = b->second;
    ASSERT_TRUE(to_lonlat->Transform(1, &blon, &blat));

    auto a0 = run_covplan({"analyze", project, "--out", dir.file("a0"), "--resolution-m", "50"});
    ASSERT_EQ(a0.exit_code, 0) << a0.err;
    const double uniform_5g = kpi_field(covplan::test::read_file(dir.file("a0/kpis.json")),
                                        "population_5g", "value_on_air");

    // 700 people at the 5G tower, 300 where there is none: 70 % of residents with 5G.
    const std::string raster = dir.file("worldpop_ppp.tif");
    ASSERT_TRUE(write_population_raster(raster, {{105.5870, 9.7287, 700}, {blon, blat, 300}}, 150));
    auto add = run_covplan({"add-raster", project, "--population", raster});
    ASSERT_EQ(add.exit_code, 0) << add.out << add.err;
    auto a = run_covplan({"analyze", project, "--out", dir.file("a"), "--resolution-m", "50"});
    ASSERT_EQ(a.exit_code, 0) << a.err;
    EXPECT_NE(a.out.find("scaled inside 1 unit(s) to their figures (the raster counts 1 000 there, "
                         "the figures say 26 378"),
              std::string::npos)
        << a.out;
    const std::string json = covplan::test::read_file(dir.file("a/kpis.json"));
    EXPECT_NEAR(kpi_field(json, "population_5g", "value_on_air"), 0.700, 0.001) << json;
    EXPECT_NE(json.find("\"source\": \"raster\""), std::string::npos);
    EXPECT_NE(json.find("\"scaled_to\": \"ward\""), std::string::npos);
    // Scaled to the ward's figure, so the ward keeps its 26,378 residents.
    EXPECT_NEAR(ward_population(covplan::test::read_file(dir.file("a/hamlets.csv"))), 26378, 1);
    // Spread evenly over the ward (no raster), the share is another: the raster moved it.
    EXPECT_GT(std::abs(uniform_5g - 0.700), 0.05) << uniform_5g;
    auto r = run_covplan(
        {"report", project, "--out", dir.file("r.pdf"), "--lang", "vi", "--resolution-m", "50"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    if (std::system("pdftotext -v >/dev/null 2>&1") == 0) {
        ASSERT_EQ(std::system(
                      ("pdftotext -layout " + dir.file("r.pdf") + " " + dir.file("r.txt")).c_str()),
                  0);
        const std::string text = covplan::test::read_file(dir.file("r.txt"));
        EXPECT_NE(text.find("bản đồ dân số"), std::string::npos) << text;
        EXPECT_EQ(text.find("phân bổ đều"), std::string::npos) << "no claim of even spreading";
    }
}

TEST(PopulationRaster, WithoutAnyFigureTheRastersOwnCountIsUsed) {
    TempDir dir;
    std::string why;
    auto ward = covplan::test::make_second_ward(dir, why);
    if (!ward) GTEST_SKIP() << why;
    // The ward polygon without dan_so, so nothing to scale to.
    const std::string project = covplan::test::ward_only_project(dir, *ward, true);
    ASSERT_FALSE(project.empty());
    // 1,200 people around the ward's centre, all inside it.
    const std::string raster = dir.file("ppp.tif");
    ASSERT_TRUE(write_population_raster(raster, {{105.5886, 9.7184, 1200}}, 600));
    ASSERT_EQ(run_covplan({"add-raster", project, "--population", raster}).exit_code, 0);
    auto a = run_covplan({"analyze", project, "--out", dir.file("a"), "--resolution-m", "50"});
    ASSERT_EQ(a.exit_code, 0) << a.err;
    EXPECT_NE(a.out.find("the population raster's own count (1 200 inside the ward"),
              std::string::npos)
        << a.out;
    const std::string json = covplan::test::read_file(dir.file("a/kpis.json"));
    EXPECT_TRUE(std::isfinite(kpi_field(json, "population_5g", "value_on_air"))) << json;
    // Households from the 2019 census's 3.5 persons per household.
    const std::string csv = covplan::test::read_file(dir.file("a/hamlets.csv"));
    EXPECT_NEAR(ward_population(csv), 1200, 1);
}

TEST(PopulationRaster, DensitiesAndUndeclaredNodataAreRefusedAtAddRaster) {
    TempDir dir;
    std::string why;
    auto ward = covplan::test::make_second_ward(dir, why);
    if (!ward) GTEST_SKIP() << why;
    // People per km² given as people per pixel: millions per km² once read as counts.
    const std::string density = dir.file("density.tif");
    ASSERT_TRUE(write_population_raster(density, {{105.5886, 9.7184, 1}}, 600, 4e6f));
    auto a = run_covplan({"add-raster", ward->project, "--population", density});
    EXPECT_EQ(a.exit_code, 1) << a.out << a.err;
    EXPECT_NE(a.err.find("people per pixel"), std::string::npos) << a.err;
    EXPECT_NE(a.err.find("density.tif"), std::string::npos) << a.err;
    // -99999 without a declared nodata: negative counts.
    const std::string undeclared = dir.file("undeclared.tif");
    ASSERT_TRUE(write_population_raster(undeclared, {{105.5886, 9.7184, 500}}, 600));
    {
        std::unique_ptr<GDALDataset> ds(GDALDataset::Open(undeclared.c_str(), GDAL_OF_UPDATE));
        ASSERT_TRUE(ds);
        ds->GetRasterBand(1)->DeleteNoDataValue();
        // The nodata row must be over the ward for the grid to see it.
        std::vector<float> row(static_cast<std::size_t>(ds->GetRasterXSize()), -99999.0f);
        ASSERT_EQ(ds->GetRasterBand(1)->RasterIO(
                      GF_Write, 0, ds->GetRasterYSize() / 2, ds->GetRasterXSize(), 1, row.data(),
                      ds->GetRasterXSize(), 1, GDT_Float32, 0, 0, nullptr),
                  CE_None);
    }
    auto b = run_covplan({"add-raster", ward->project, "--population", undeclared});
    EXPECT_EQ(b.exit_code, 1) << b.out << b.err;
    EXPECT_NE(b.err.find("negative counts such as -99999"), std::string::npos) << b.err;
    // Nothing was added: the project still spreads the khu vực figures.
    auto c =
        run_covplan({"analyze", ward->project, "--out", dir.file("a"), "--resolution-m", "100"});
    ASSERT_EQ(c.exit_code, 0) << c.err;
    EXPECT_NE(covplan::test::read_file(dir.file("a/kpis.json")).find("\"source\": \"hamlets\""),
              std::string::npos);
}
