// Local raster basemaps: an orthophoto in another CRS lands on the working grid
// with its colours where they belong, nodata transparent, palettes applied.

#include <gdal_priv.h>
#include <gtest/gtest.h>

#include <fstream>

#include "gis/basemap_raster.h"
#include "gis/crs_transform.h"
#include "tests/test_util.h"

using namespace covplan;

namespace {

// A 200 x 100 px raster in WGS 84 over Long Mỹ (105.5–105.6 E, 9.65–9.70 N):
// west half red, east half blue, the north-east corner 20 x 20 px nodata (0,0,0).
std::string write_rgb(const test::TempDir& dir) {
    const std::string path = dir.file("ortho.tif");
    GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("GTiff");
    GDALDatasetUniquePtr ds(drv->Create(path.c_str(), 200, 100, 3, GDT_Byte, nullptr));
    double gt[6] = {105.5, 0.0005, 0, 9.70, 0, -0.0005};
    ds->SetGeoTransform(gt);
    OGRSpatialReference srs;
    srs.importFromEPSG(4326);
    ds->SetSpatialRef(&srs);
    std::vector<std::uint8_t> r(200 * 100), g(r.size()), b(r.size());
    for (int y = 0; y < 100; ++y)
        for (int x = 0; x < 200; ++x) {
            const std::size_t i = static_cast<std::size_t>(y) * 200 + x;
            const bool corner = x >= 180 && y < 20;
            r[i] = corner ? 0 : (x < 100 ? 255 : 0);
            b[i] = corner ? 0 : (x < 100 ? 0 : 255);
        }
    for (int k = 0; k < 3; ++k) {
        GDALRasterBand* band = ds->GetRasterBand(k + 1);
        band->SetNoDataValue(0);
        auto& v = k == 0 ? r : k == 1 ? g : b;
        EXPECT_EQ(
            band->RasterIO(GF_Write, 0, 0, 200, 100, v.data(), 200, 100, GDT_Byte, 0, 0, nullptr),
            CE_None);
    }
    return path;
}

std::uint32_t at_lonlat(const gis::BasemapImage& img, const gis::Crs& utm, double lon, double lat) {
    auto t = gis::CrsTransform::create(gis::Crs::wgs84(), utm);
    double x = lon, y = lat;
    EXPECT_TRUE(t && t->transform(x, y));
    const double px = (img.extent.max_x - img.extent.min_x) / img.cols;
    const int c = static_cast<int>((x - img.extent.min_x) / px);
    const int r = static_cast<int>((img.extent.max_y - y) / px);
    EXPECT_TRUE(c >= 0 && c < img.cols && r >= 0 && r < img.rows) << c << "," << r;
    return img.argb[static_cast<std::size_t>(r) * img.cols + c];
}

}  // namespace

TEST(BasemapRaster, RgbOrthophotoIsReprojectedWithNodataTransparent) {
    GDALAllRegister();
    test::TempDir dir;
    const std::string path = write_rgb(dir);
    auto utm = gis::Crs::from_user_input("EPSG:32648");
    ASSERT_TRUE(utm);
    // The plan's area: a UTM box around the raster (larger, so it is clipped).
    core::Extent area{540000, 1060000, 580000, 1080000};
    auto img = gis::read_basemap(path, *utm, area, 1000);
    ASSERT_TRUE(img) << img.error();
    EXPECT_LE(std::max(img->cols, img->rows), 1000);
    EXPECT_GT(img->cols, 100);
    // Clipped to the raster's footprint, not the whole area.
    EXPECT_GT(img->extent.min_x, area.min_x);
    EXPECT_EQ(at_lonlat(*img, *utm, 105.52, 9.67), 0xffff0000u);  // west: red
    EXPECT_EQ(at_lonlat(*img, *utm, 105.58, 9.67), 0xff0000ffu);  // east: blue
    EXPECT_EQ(at_lonlat(*img, *utm, 105.595, 9.697) >> 24, 0u);   // nodata corner: clear
}

TEST(BasemapRaster, PaletteAndClearErrors) {
    GDALAllRegister();
    test::TempDir dir;
    const std::string path = dir.file("plan.tif");
    {
        GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("GTiff");
        GDALDatasetUniquePtr ds(drv->Create(path.c_str(), 10, 10, 1, GDT_Byte, nullptr));
        double gt[6] = {105.5, 0.01, 0, 9.70, 0, -0.01};
        ds->SetGeoTransform(gt);
        OGRSpatialReference srs;
        srs.importFromEPSG(4326);
        ds->SetSpatialRef(&srs);
        GDALColorTable ct;
        GDALColorEntry green{0, 128, 0, 255};
        ct.SetColorEntry(7, &green);
        ds->GetRasterBand(1)->SetColorTable(&ct);
        std::vector<std::uint8_t> v(100, 7);
        ASSERT_EQ(ds->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, 10, 10, v.data(), 10, 10, GDT_Byte,
                                                 0, 0, nullptr),
                  CE_None);
    }
    auto utm = gis::Crs::from_user_input("EPSG:32648");
    auto img = gis::read_basemap(path, *utm, {550000, 1050000, 600000, 1080000}, 500);
    ASSERT_TRUE(img) << img.error();
    EXPECT_EQ(at_lonlat(*img, *utm, 105.55, 9.65), 0xff008000u);

    // Outside the plan: said so, with the file's name.
    auto far = gis::read_basemap(path, *utm, {100000, 100000, 110000, 110000}, 500);
    ASSERT_FALSE(far);
    EXPECT_NE(far.error().find("plan.tif"), std::string::npos);
    EXPECT_NE(far.error().find("does not overlap"), std::string::npos);
    // Not a raster.
    std::ofstream(dir.file("notes.tif")) << "not a tiff";
    auto bad = gis::read_basemap(dir.file("notes.tif"), *utm, {550000, 1050000, 600000, 1080000});
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.error().find("notes.tif"), std::string::npos);
}
