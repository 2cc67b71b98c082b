#include <gdal_priv.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "core/feedback.h"
#include "gis/crs_transform.h"
#include "gis/gdal_errors.h"
#include "gis/raster_io.h"
#include "tests/test_util.h"

using namespace covplan;

namespace {

core::GridSpec utm_grid(int cols, int rows, double px) {
    core::GridSpec g;
    g.origin_x = 566000;
    g.origin_y = 1071000;
    g.pixel_size_m = px;
    g.cols = cols;
    g.rows = rows;
    g.crs = gis::Crs::from_user_input("EPSG:32648")->wkt();
    return g;
}

GDALDatasetUniquePtr open(const std::string& path) {
    return GDALDatasetUniquePtr(GDALDataset::Open(path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY));
}

// A source raster in the grid's own CRS whose value is a linear ramp in x:
// bilinear resampling must reproduce it exactly.
std::string write_ramp(const test::TempDir& dir) {
    core::Raster<float> ramp;
    ramp.grid = utm_grid(100, 80, 30.0);
    ramp.values.resize(ramp.grid.pixel_count());
    for (int r = 0; r < 80; ++r)
        for (int c = 0; c < 100; ++c) ramp.values[r * 100 + c] = static_cast<float>(0.01 * c + 0.5);
    const std::string path = dir.file("ramp.tif");
    EXPECT_TRUE(gis::write_geotiff(path, ramp));
    return path;
}

}  // namespace

TEST(RasterIo, Float32GeoTiffReopensWithCrsNodataOverviews) {
    test::TempDir dir;
    core::Raster<float> r;
    r.grid = utm_grid(600, 400, 10.0);
    r.values.assign(r.grid.pixel_count(), 1.25f);
    r.values[0] = -9999.0f;
    r.nodata = -9999.0f;
    r.has_nodata = true;
    const std::string path = dir.file("dem.tif");
    ASSERT_TRUE(gis::write_geotiff(path, r));
    auto ds = open(path);
    ASSERT_TRUE(ds);
    EXPECT_EQ(ds->GetRasterXSize(), 600);
    EXPECT_EQ(ds->GetRasterYSize(), 400);
    EXPECT_STREQ(ds->GetSpatialRef()->GetAuthorityCode(nullptr), "32648");
    double gt[6];
    ds->GetGeoTransform(gt);
    EXPECT_DOUBLE_EQ(gt[0], 566000);
    EXPECT_DOUBLE_EQ(gt[3], 1071000);
    EXPECT_DOUBLE_EQ(gt[1], 10.0);
    EXPECT_DOUBLE_EQ(gt[5], -10.0);
    GDALRasterBand* b = ds->GetRasterBand(1);
    EXPECT_EQ(b->GetRasterDataType(), GDT_Float32);
    int has = 0;
    EXPECT_DOUBLE_EQ(b->GetNoDataValue(&has), -9999.0);
    EXPECT_TRUE(has);
    EXPECT_EQ(b->GetOverviewCount(), 2);  // 300x200, 150x100 (down to < 128 px... 2 levels)
    float v = 0;
    ASSERT_EQ(b->RasterIO(GF_Read, 5, 5, 1, 1, &v, 1, 1, GDT_Float32, 0, 0, nullptr), CE_None);
    EXPECT_FLOAT_EQ(v, 1.25f);
    // Nothing but the file itself is left behind.
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 1);
}

TEST(RasterIo, ByteClassRasterHasColourTableAndCategoryNames) {
    test::TempDir dir;
    core::Raster<std::uint8_t> r;
    r.grid = utm_grid(64, 64, 10.0);
    r.values.assign(r.grid.pixel_count(), 1);
    r.values[10] = 4;
    r.has_nodata = true;
    r.nodata = 0;
    gis::GeoTiffOptions o;
    o.classes = {{1, 217, 239, 139, "Lúa"}, {4, 69, 117, 180, "Mặt nước"}};
    const std::string path = dir.file("landuse.tif");
    ASSERT_TRUE(gis::write_geotiff(path, r, o));
    auto ds = open(path);
    GDALRasterBand* b = ds->GetRasterBand(1);
    EXPECT_EQ(b->GetRasterDataType(), GDT_Byte);
    EXPECT_EQ(b->GetColorInterpretation(), GCI_PaletteIndex);
    ASSERT_NE(b->GetColorTable(), nullptr);
    const GDALColorEntry* e = b->GetColorTable()->GetColorEntry(4);
    EXPECT_EQ(e->c1, 69);
    EXPECT_EQ(e->c2, 117);
    EXPECT_EQ(e->c3, 180);
    char** names = b->GetCategoryNames();
    ASSERT_NE(names, nullptr);
    EXPECT_STREQ(names[1], "Lúa");
    EXPECT_STREQ(names[4], "Mặt nước");
    ds.reset();
    // Overwriting with a class-less raster drops the old names with the old file.
    ASSERT_TRUE(gis::write_geotiff(path, r));
    EXPECT_EQ(open(path)->GetRasterBand(1)->GetCategoryNames(), nullptr);
}

TEST(RasterIo, Int16AndCloudOptimized) {
    test::TempDir dir;
    core::Raster<std::int16_t> r;
    r.grid = utm_grid(1500, 1200, 10.0);
    r.values.assign(r.grid.pixel_count(), -120);
    gis::GeoTiffOptions o;
    o.cloud_optimized = true;
    const std::string path = dir.file("cog.tif");
    ASSERT_TRUE(gis::write_geotiff(path, r, o));
    auto ds = open(path);
    EXPECT_EQ(ds->GetRasterBand(1)->GetRasterDataType(), GDT_Int16);
    EXPECT_STREQ(ds->GetMetadataItem("LAYOUT", "IMAGE_STRUCTURE"), "COG");
    EXPECT_GE(ds->GetRasterBand(1)->GetOverviewCount(), 1);
}

TEST(RasterIo, ColourTableNeedsByte) {
    test::TempDir dir;
    core::Raster<float> r;
    r.grid = utm_grid(4, 4, 10);
    r.values.assign(16, 1.0f);
    gis::GeoTiffOptions o;
    o.classes = {{1, 0, 0, 0, "x"}};
    auto res = gis::write_geotiff(dir.file("x.tif"), r, o);
    ASSERT_FALSE(res);
    EXPECT_NE(res.error().find("Byte"), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(dir.file("x.tif")));
}

TEST(RasterIo, BilinearReproducesALinearRamp) {
    test::TempDir dir;
    const std::string path = write_ramp(dir);
    // Target: 10 m grid inside the ramp, offset so samples fall between source centres.
    core::GridSpec g = utm_grid(200, 150, 10.0);
    g.origin_x += 45;  // away from the edges
    g.origin_y -= 45;
    auto r = gis::read_raster_onto_grid(path, g, gis::Resampling::Bilinear, -9999.0f);
    ASSERT_TRUE(r) << r.error();
    for (int c : {0, 17, 101, 199}) {
        const double x = g.centre_x(c);
        const double expected = 0.01 * ((x - 566000) / 30.0 - 0.5) + 0.5;
        EXPECT_NEAR(r->at(c, 75), expected, 1e-5) << "col " << c;
    }
    // Outside the source: nodata.
    core::GridSpec outside = utm_grid(4, 4, 10.0);
    outside.origin_x -= 1000;
    auto o = gis::read_raster_onto_grid(path, outside, gis::Resampling::Nearest, -1.0f);
    ASSERT_TRUE(o);
    EXPECT_EQ(o->at(0, 0), -1.0f);
}

TEST(RasterIo, ReprojectsFromGeographicSrtmHgt) {
    // SRTM .hgt: 1201x1201 Int16 (3 arc-second) tile named by its SW corner; GDAL's
    // SRTMHGT driver georeferences it from the name. Value = row index, so the
    // northing of each target pixel tells the expected value.
    test::TempDir dir;
    gis::ensure_gdal_registered();
    GDALDriver* mem = GetGDALDriverManager()->GetDriverByName("MEM");
    GDALDatasetUniquePtr src(mem->Create("", 1201, 1201, 1, GDT_Int16, nullptr));
    double gt[6] = {105.0 - 0.5 / 1200, 1.0 / 1200, 0, 10.0 + 0.5 / 1200, 0, -1.0 / 1200};
    src->SetGeoTransform(gt);
    OGRSpatialReference wgs;
    wgs.importFromEPSG(4326);
    src->SetSpatialRef(&wgs);
    std::vector<std::int16_t> rows(1201 * 1201);
    for (int r = 0; r < 1201; ++r)
        for (int c = 0; c < 1201; ++c) rows[r * 1201 + c] = static_cast<std::int16_t>(r);
    ASSERT_EQ(src->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, 1201, 1201, rows.data(), 1201, 1201,
                                              GDT_Int16, 0, 0, nullptr),
              CE_None);
    const std::string hgt = dir.file("N09E105.hgt");
    GDALDatasetUniquePtr out(GetGDALDriverManager()->GetDriverByName("SRTMHGT")->CreateCopy(
        hgt.c_str(), src.get(), FALSE, nullptr, nullptr, nullptr));
    ASSERT_TRUE(out);
    out.reset();

    auto info = gis::inspect_raster(hgt);
    ASSERT_TRUE(info);
    EXPECT_EQ(info->driver, "SRTMHGT");
    core::GridSpec g = utm_grid(10, 10, 30.0);  // near 105.6 E, 9.68 N
    auto r = gis::read_raster_onto_grid(hgt, g, gis::Resampling::Nearest, -1.0f);
    ASSERT_TRUE(r) << r.error();
    // Row r of the tile is centred on latitude 10 - r/1200.
    auto to_geo =
        gis::CrsTransform::create(*gis::Crs::from_user_input("EPSG:32648"), gis::Crs::wgs84());
    for (int row : {0, 9}) {
        double x = g.centre_x(5), y = g.centre_y(row);
        ASSERT_TRUE(to_geo->transform(x, y));
        EXPECT_EQ(r->at(5, row), std::round((10.0 - y) * 1200.0)) << "row " << row;
    }
}

TEST(RasterIo, RealDemFromSharedData) {
    const std::string shared = test::shared_data_dir();
    if (shared.empty()) GTEST_SKIP() << "../shared/data is absent";
    // terra's elev.tif (Luxembourg): 95x90 Int16, 0.008333 deg, nodata -32768,
    // values 141-547 m (PROVENANCE.md).
    const std::string path = shared + "/longmy/format_samples/terra_elev_luxembourg.tif";
    auto info = gis::inspect_raster(path);
    ASSERT_TRUE(info) << info.error();
    EXPECT_EQ(info->cols, 95);
    EXPECT_EQ(info->rows, 90);
    EXPECT_EQ(info->data_type, "Int16");
    EXPECT_EQ(info->nodata, -32768.0);
    core::GridSpec g;
    auto lux = gis::Crs::from_user_input("EPSG:2169");  // LUREF / Luxembourg TM
    ASSERT_TRUE(lux);
    g.crs = lux->wkt();
    g.pixel_size_m = 500;
    g.origin_x = 50000;
    g.origin_y = 140000;
    g.cols = 80;
    g.rows = 120;
    auto r = gis::read_raster_onto_grid(path, g, gis::Resampling::Bilinear, -9999.0f);
    ASSERT_TRUE(r) << r.error();
    float lo = 1e9f, hi = -1e9f;
    int valid = 0;
    for (float v : r->values)
        if (v != -9999.0f) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
            ++valid;
        }
    EXPECT_GT(valid, 1000);
    EXPECT_GE(lo, 141.0f);
    EXPECT_LE(hi, 547.0f);
}

TEST(RasterIo, CancelStopsReading) {
    test::TempDir dir;
    const std::string path = write_ramp(dir);
    core::Feedback fb;
    fb.cancel();
    auto r = gis::read_raster_onto_grid(path, utm_grid(100, 100, 10), gis::Resampling::Nearest,
                                        0.0f, std::nullopt, &fb);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error(), "canceled");
}

// Population rasters (WorldPop "ppp", 3 arc-seconds in WGS 84) onto a UTM grid:
// resampling by area keeps the total whether the working pixels are finer (10 m)
// or coarser (500 m) than the source's ~92 m, and people stay where they were.
TEST(RasterIo, AreaSumKeepsTheCountAcrossCrsAndResolutions) {
    test::TempDir dir;
    const std::string path = dir.file("ppp.tif");
    const double d = 3.0 / 3600.0;
    const int n = 20;
    double total = 0.0;
    {
        GDALAllRegister();
        std::unique_ptr<GDALDataset> ds(GetGDALDriverManager()->GetDriverByName("GTiff")->Create(
            path.c_str(), n, n, 1, GDT_Float32, nullptr));
        ASSERT_TRUE(ds);
        double gt[6] = {105.6110, d, 0, 9.6790, 0, -d};
        ds->SetGeoTransform(gt);
        OGRSpatialReference wgs84;
        wgs84.importFromEPSG(4326);
        ds->SetSpatialRef(&wgs84);
        std::vector<float> v(n * n);
        for (int i = 0; i < n * n; ++i) total += v[i] = static_cast<float>((i * 37) % 11);
        v[5] = -99999.0f;  // declared nodata: counts nobody
        total -= (5 * 37) % 11;
        ds->GetRasterBand(1)->SetNoDataValue(-99999.0);
        ASSERT_EQ(ds->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, n, n, v.data(), n, n, GDT_Float32,
                                                 0, 0, nullptr),
                  CE_None);
    }
    for (double px : {10.0, 500.0}) {
        const int cells = static_cast<int>(4000 / px);
        auto r = gis::read_raster_onto_grid(path, utm_grid(cells, cells, px),
                                            gis::Resampling::AreaSum, -1.0f);
        ASSERT_TRUE(r) << r.error();
        double sum = 0.0;
        std::size_t reached = 0;
        for (float v : r->values)
            if (v != -1.0f) {
                sum += v;
                ++reached;
            }
        EXPECT_NEAR(sum, total, 1e-4 * total) << px << " m";
        // 20 x 20 pixels of ~91 x 92 m: about 3.4 km², nothing outside it.
        const double area_km2 = reached * px * px / 1e6;
        if (px == 10.0) EXPECT_NEAR(area_km2, 20 * 91.3 * 20 * 92.1 / 1e6, 0.05);
    }
}

TEST(RasterIo, AreaSumRefusesNegativeCounts) {
    test::TempDir dir;
    const std::string path = write_ramp(dir);  // 0.5 .. 1.49, then one negative pixel
    {
        std::unique_ptr<GDALDataset> ds(GDALDataset::Open(path.c_str(), GDAL_OF_UPDATE));
        float neg = -3.0f;
        ASSERT_EQ(ds->GetRasterBand(1)->RasterIO(GF_Write, 10, 10, 1, 1, &neg, 1, 1, GDT_Float32, 0,
                                                 0, nullptr),
                  CE_None);
    }
    auto r =
        gis::read_raster_onto_grid(path, utm_grid(100, 100, 10), gis::Resampling::AreaSum, -1.0f);
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().find("1 pixel(s) over the working area hold negative counts"),
              std::string::npos)
        << r.error();
}
