// Rasters a planner may be handed: all nodata, NaN, one pixel, zero pixel size, over
// another province, or with an undeclared -32768 nodata. The campaign of issue 12
// found each used without a word; `add-raster` must refuse them and leave the
// project as it was, on the second ward (Long Bình) as on the sample.
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogr_spatialref.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "tests/second_ward.h"
#include "tests/test_util.h"

using covplan::test::run_covplan;
using covplan::test::TempDir;
namespace fs = std::filesystem;

namespace {

struct RasterSpec {
    double west_deg, north_deg, pixel_deg;
    int cols, rows;
    std::function<float(int, int)> value;
    std::optional<double> nodata;
};

void write_wgs84_raster(const std::string& path, const RasterSpec& s) {
    GDALAllRegister();
    GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("GTiff");
    GDALDatasetUniquePtr ds(drv->Create(path.c_str(), s.cols, s.rows, 1, GDT_Float32, nullptr));
    ASSERT_TRUE(ds);
    double gt[6] = {s.west_deg, s.pixel_deg, 0, s.north_deg, 0, -s.pixel_deg};
    ds->SetGeoTransform(gt);
    OGRSpatialReference srs;
    srs.importFromEPSG(4326);
    ds->SetSpatialRef(&srs);
    std::vector<float> v(static_cast<std::size_t>(s.cols) * s.rows);
    for (int r = 0; r < s.rows; ++r)
        for (int c = 0; c < s.cols; ++c)
            v[static_cast<std::size_t>(r) * s.cols + c] = s.value(c, r);
    GDALRasterBand* b = ds->GetRasterBand(1);
    if (s.nodata) b->SetNoDataValue(*s.nodata);
    ASSERT_EQ(b->RasterIO(GF_Write, 0, 0, s.cols, s.rows, v.data(), s.cols, s.rows, GDT_Float32, 0,
                          0, nullptr),
              CE_None);
}

}  // namespace

TEST(BadRasters, AddRasterRefusesWhatCoverageCouldNotUseOnTheSecondWard) {
    TempDir dir;
    std::string why;
    auto ward = covplan::test::make_second_ward(dir, why);
    if (!ward) GTEST_SKIP() << why;
    using covplan::test::kLongBinhLat;
    using covplan::test::kLongBinhLon;
    // 0.12° x 0.12° at 3 arc-seconds around the ward centre: covers the whole ward.
    const double w = kLongBinhLon - 0.06, n = kLongBinhLat + 0.06, px = 1.0 / 1200;
    const int size = 144;
    auto flat = [](int, int) { return 1.5f; };
    struct Case {
        const char* name;
        RasterSpec spec;
        const char* message;
    };
    const Case cases[] = {
        {"all_nodata",
         {w, n, px, size, size, [](int, int) { return -9999.0f; }, -9999.0},
         "no valid height over the working area"},
        {"nan",
         {w, n, px, size, size, [](int, int) { return NAN; }, std::nullopt},
         "no valid height over the working area"},
        {"one_pixel", {w, n, px, 1, 1, flat, std::nullopt}, "1 x 1 pixel(s) cannot describe"},
        {"other_province",
         {w + 1.5, n + 1.0, px, size, size, flat, std::nullopt},
         "no valid height over the working area"},
        {"undeclared_nodata",
         {w, n, px, size, size, [](int c, int r) { return (c + r) % 5 ? 1.5f : -32768.0f; },
          std::nullopt},
         "an undeclared nodata value"},
    };
    const std::string before = covplan::test::read_file(ward->project);
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        const std::string tif = dir.file(std::string(c.name) + ".tif");
        write_wgs84_raster(tif, c.spec);
        auto r = run_covplan({"add-raster", ward->project, "--dem", tif});
        EXPECT_EQ(r.exit_code, 1) << r.out;
        EXPECT_NE(r.err.find(c.message), std::string::npos) << r.err;
        EXPECT_NE(r.err.find(tif), std::string::npos) << "the message names the file: " << r.err;
        EXPECT_EQ(covplan::test::read_file(ward->project), before)
            << "a refused raster changed the project";
    }
    // Land use over another province is refused the same way.
    const std::string lu = dir.file("landuse_elsewhere.tif");
    write_wgs84_raster(
        lu, {w + 1.5, n + 1.0, px, size, size, [](int, int) { return 3.0f; }, std::nullopt});
    auto r = run_covplan({"add-raster", ward->project, "--landuse", lu});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find("no land-use class over the working area"), std::string::npos) << r.err;
    // A valid DEM over half the ward is accepted with a note, and coverage says how
    // much of the area it covers instead of silently putting the rest at sea level.
    const std::string half = dir.file("half.tif");
    write_wgs84_raster(half, {kLongBinhLon, n, px, size / 2, size, flat, std::nullopt});
    auto ok = run_covplan({"add-raster", ward->project, "--dem", half});
    ASSERT_EQ(ok.exit_code, 0) << ok.err;
    EXPECT_NE(ok.out.find("% of the working area"), std::string::npos) << ok.out;
    auto cov =
        run_covplan({"coverage", ward->project, "--out", dir.file("cov"), "--resolution-m", "100"});
    ASSERT_EQ(cov.exit_code, 0) << cov.err;
    EXPECT_NE((cov.out + cov.err).find("the DEM covers"), std::string::npos) << cov.out;
}

TEST(BadRasters, AProjectWhoseWorkingCrsIsInDegreesDoesNotOpen) {
    TempDir dir;
    const std::string project = dir.file("p.covplan.gpkg");
    fs::copy_file(std::string(COVPLAN_SOURCE_DATA_DIR) + "/longmy/longmy.covplan.gpkg", project);
    // As the campaign did it: the meta row rewritten (sqlite3, QGIS) to EPSG:4326
    // over coordinates in metres.
    {
        GDALAllRegister();
        GDALDatasetUniquePtr ds(GDALDataset::Open(project.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE,
                                                  nullptr, nullptr, nullptr));
        ASSERT_TRUE(ds);
        ds->ExecuteSQL("UPDATE covplan_meta SET value = 'EPSG:4326' WHERE key = 'working_crs'",
                       nullptr, nullptr);
    }
    auto r = run_covplan({"coverage", project, "--out", dir.file("cov")});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find("EPSG:4326 (WGS 84) cannot be the working CRS: it is in degrees"),
              std::string::npos)
        << r.err;
    EXPECT_FALSE(fs::exists(dir.file("cov/coverage.json")));
    // A new project in degrees is refused at the first import.
    auto imp = run_covplan({"import", dir.file("new.covplan.gpkg"),
                            std::string(COVPLAN_SOURCE_DATA_DIR) + "/longmy/sources/khu_vuc.shp",
                            "--role", "hamlets", "--working-crs", "EPSG:4326"});
    EXPECT_EQ(imp.exit_code, 1);
    EXPECT_NE(imp.err.find("it is in degrees"), std::string::npos) << imp.err;
    EXPECT_FALSE(fs::exists(dir.file("new.covplan.gpkg")));
}

// A raster far larger than the ward (a country's WorldPop file, a 1° DEM tile for
// one ward) is read only where the working grid lies: a 25,000 x 20,000 DEM at 1″
// (500 million pixels, sparse on disk) used to be refused as more than covplan reads
// at once.
TEST(BadRasters, OnlyThePartUnderTheWardOfAHugeRasterIsRead) {
    TempDir dir;
    std::string why;
    auto ward = covplan::test::make_second_ward(dir, why);
    if (!ward) GTEST_SKIP() << why;
    const std::string dem = dir.file("region_dem.tif");
    {
        GDALAllRegister();
        const char* options[] = {"TILED=YES", "COMPRESS=DEFLATE", "SPARSE_OK=TRUE", nullptr};
        std::unique_ptr<GDALDataset> ds(GetGDALDriverManager()->GetDriverByName("GTiff")->Create(
            dem.c_str(), 25000, 20000, 1, GDT_Int16, const_cast<char**>(options)));
        ASSERT_TRUE(ds);
        const double d = 1.0 / 3600.0;
        double gt[6] = {103.0, d, 0, 12.0, 0, -d};  // 103–109.9 E, 6.4–12 N
        ds->SetGeoTransform(gt);
        OGRSpatialReference wgs84;
        wgs84.importFromEPSG(4326);
        ds->SetSpatialRef(&wgs84);
        // Heights of 2 m around Long Bình (105.59 E, 9.72 N), the rest left sparse (0 m).
        const int c0 = static_cast<int>((105.54 - 103.0) * 3600),
                  r0 = static_cast<int>((12.0 - 9.79) * 3600);
        std::vector<std::int16_t> block(400 * 450, 2);
        ASSERT_EQ(ds->GetRasterBand(1)->RasterIO(GF_Write, c0, r0, 400, 450, block.data(), 400, 450,
                                                 GDT_Int16, 0, 0, nullptr),
                  CE_None);
    }
    ASSERT_LT(fs::file_size(dem), 50u << 20);
    auto add = run_covplan({"add-raster", ward->project, "--dem", dem});
    ASSERT_EQ(add.exit_code, 0) << add.out << add.err;
    auto cov =
        run_covplan({"coverage", ward->project, "--out", dir.file("c"), "--resolution-m", "100"});
    ASSERT_EQ(cov.exit_code, 0) << cov.err;
    EXPECT_EQ(cov.out.find("the DEM covers"), std::string::npos) << cov.out;
}
