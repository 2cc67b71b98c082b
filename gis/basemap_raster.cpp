#include "gis/basemap_raster.h"

#include <gdal_priv.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "core/feedback.h"
#include "gis/crs_transform.h"
#include "gis/gdal_errors.h"
#include "gis/raster_io.h"

namespace covplan::gis {
namespace {

struct BandScale {
    double min = 0, max = 255;
    [[nodiscard]] std::uint32_t byte(double v) const {
        if (max <= min) return 0;
        return static_cast<std::uint32_t>(std::clamp((v - min) / (max - min) * 255.0, 0.0, 255.0));
    }
};

}  // namespace

std::expected<BasemapImage, std::string> read_basemap(const std::string& path,
                                                      const Crs& working_crs,
                                                      const core::Extent& area, int max_px,
                                                      const std::optional<Crs>& assign_crs,
                                                      core::Feedback* feedback) {
    auto info = inspect_raster(path);
    if (!info) return std::unexpected(info.error());
    const std::optional<Crs> src_crs = assign_crs ? assign_crs : info->crs;
    if (!src_crs)
        return std::unexpected(path +
                               ": the raster has no coordinate reference system; assign one");
    const double* gt = info->geotransform;
    if (gt[1] == 0.0 || gt[5] == 0.0)
        return std::unexpected(path + ": the raster is not georeferenced (no geotransform)");
    if (gt[2] != 0.0 || gt[4] != 0.0)
        return std::unexpected(path +
                               ": rotated rasters are not supported; warp it north-up first");
    if (area.empty()) return std::unexpected(path + ": nothing to show (empty map area)");
    auto to_src = CrsTransform::create(working_crs, *src_crs);
    auto to_work = CrsTransform::create(*src_crs, working_crs);
    if (!to_src || !to_work)
        return std::unexpected(path + ": " + (to_src ? to_work.error() : to_src.error()));

    // The raster's footprint in the working CRS (edges sampled: reprojected edges bend).
    const int sc = info->cols, sr = info->rows;
    core::Extent footprint;
    for (int i = 0; i <= 32; ++i) {
        const double f = i / 32.0;
        const double px[4] = {f * sc, f * sc, 0, double(sc)};
        const double py[4] = {0, double(sr), f * sr, f * sr};
        for (int k = 0; k < 4; ++k) {
            double x = gt[0] + px[k] * gt[1], y = gt[3] + py[k] * gt[5];
            if (to_work->transform(x, y)) footprint.include(x, y);
        }
    }
    core::Extent e;
    e.min_x = std::max(area.min_x, footprint.min_x);
    e.min_y = std::max(area.min_y, footprint.min_y);
    e.max_x = std::min(area.max_x, footprint.max_x);
    e.max_y = std::min(area.max_y, footprint.max_y);
    if (footprint.empty() || e.empty())
        return std::unexpected(path + ": the raster does not overlap the plan's area");

    // Native resolution in metres (the footprint over the pixel count), capped by max_px.
    const double native_m = std::max((footprint.max_x - footprint.min_x) / sc,
                                     (footprint.max_y - footprint.min_y) / sr);
    const double span = std::max(e.max_x - e.min_x, e.max_y - e.min_y);
    const double pixel_m = std::max(native_m, span / std::max(16, max_px));
    BasemapImage out;
    out.cols = std::max(1, static_cast<int>(std::ceil((e.max_x - e.min_x) / pixel_m)));
    out.rows = std::max(1, static_cast<int>(std::ceil((e.max_y - e.min_y) / pixel_m)));
    out.extent = {e.min_x, e.max_y - out.rows * pixel_m, e.min_x + out.cols * pixel_m, e.max_y};
    out.argb.assign(static_cast<std::size_t>(out.cols) * out.rows, 0u);

    // Source window covering the output, read at about the output's resolution so
    // that GDAL serves it from overviews and memory stays ∝ the output.
    double wx0 = sc, wy0 = sr, wx1 = 0, wy1 = 0;
    for (int i = 0; i <= 32; ++i) {
        const double f = i / 32.0;
        const double xs[4] = {e.min_x + f * (e.max_x - e.min_x), e.min_x + f * (e.max_x - e.min_x),
                              e.min_x, e.max_x};
        const double ys[4] = {e.min_y, e.max_y, e.min_y + f * (e.max_y - e.min_y),
                              e.min_y + f * (e.max_y - e.min_y)};
        for (int k = 0; k < 4; ++k) {
            double x = xs[k], y = ys[k];
            if (!to_src->transform(x, y)) continue;
            const double c = (x - gt[0]) / gt[1], r = (y - gt[3]) / gt[5];
            wx0 = std::min(wx0, c);
            wx1 = std::max(wx1, c);
            wy0 = std::min(wy0, r);
            wy1 = std::max(wy1, r);
        }
    }
    const int x0 = std::clamp(static_cast<int>(std::floor(wx0)) - 1, 0, sc - 1);
    const int y0 = std::clamp(static_cast<int>(std::floor(wy0)) - 1, 0, sr - 1);
    const int x1 = std::clamp(static_cast<int>(std::ceil(wx1)) + 1, x0 + 1, sc);
    const int y1 = std::clamp(static_cast<int>(std::ceil(wy1)) + 1, y0 + 1, sr);
    const int ww = x1 - x0, wh = y1 - y0;
    const double shrink =
        std::max(1.0, std::min(double(ww) / (1.5 * out.cols), double(wh) / (1.5 * out.rows)));
    const int bw = std::max(1, static_cast<int>(ww / shrink));
    const int bh = std::max(1, static_cast<int>(wh / shrink));

    ensure_gdal_registered();
    ScopedGdalErrors errors;
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY,
                                              nullptr, nullptr, nullptr));
    if (!ds) return std::unexpected(path + ": GDAL cannot open it as a raster" + errors.suffix());
    const int nb = ds->GetRasterCount();
    if (nb < 1) return std::unexpected(path + ": the raster has no band");
    const bool rgb = nb >= 3;
    const int used = rgb ? std::min(nb, 4) : 1;
    std::vector<std::vector<float>> buf(static_cast<std::size_t>(used));
    std::array<BandScale, 4> scale{};
    std::array<std::optional<double>, 4> nodata{};
    for (int b = 0; b < used; ++b) {
        GDALRasterBand* band = ds->GetRasterBand(b + 1);
        buf[b].resize(static_cast<std::size_t>(bw) * bh);
        if (band->RasterIO(GF_Read, x0, y0, ww, wh, buf[b].data(), bw, bh, GDT_Float32, 0, 0,
                           nullptr) != CE_None)
            return std::unexpected(path + ": cannot read band " + std::to_string(b + 1) +
                                   errors.suffix());
        int has = 0;
        const double nd = band->GetNoDataValue(&has);
        if (has) nodata[b] = nd;
        if (band->GetRasterDataType() != GDT_Byte || !rgb) {
            // 16-bit or grey: stretch over the band's (approximate) range.
            double mn = 0, mx = 0;
            if (band->GetStatistics(TRUE, TRUE, &mn, &mx, nullptr, nullptr) == CE_None && mx > mn)
                scale[b] = {mn, mx};
        }
        if (feedback && feedback->is_canceled()) return std::unexpected(std::string("canceled"));
    }
    const GDALColorTable* palette = rgb ? nullptr : ds->GetRasterBand(1)->GetColorTable();
    const bool alpha_band =
        rgb && nb >= 4 && ds->GetRasterBand(4)->GetColorInterpretation() == GCI_AlphaBand;

    std::vector<double> xs(static_cast<std::size_t>(out.cols)), ys(xs.size());
    const double pixel_w = (out.extent.max_x - out.extent.min_x) / out.cols;
    for (int row = 0; row < out.rows; ++row) {
        if (feedback && feedback->is_canceled()) return std::unexpected(std::string("canceled"));
        for (int col = 0; col < out.cols; ++col) {
            xs[col] = out.extent.min_x + (col + 0.5) * pixel_w;
            ys[col] = out.extent.max_y - (row + 0.5) * pixel_w;
        }
        to_src->transform(xs, ys);
        std::uint32_t* dst = out.argb.data() + static_cast<std::size_t>(row) * out.cols;
        for (int col = 0; col < out.cols; ++col) {
            if (xs[col] == HUGE_VAL) continue;
            const double c = ((xs[col] - gt[0]) / gt[1] - x0) * bw / ww;
            const double r = ((ys[col] - gt[3]) / gt[5] - y0) * bh / wh;
            if (c < 0 || r < 0 || c >= bw || r >= bh) continue;
            const std::size_t i = static_cast<std::size_t>(r) * bw + static_cast<std::size_t>(c);
            auto value = [&](int b) { return static_cast<double>(buf[b][i]); };
            bool empty = true;
            for (int b = 0; b < (rgb ? 3 : 1); ++b)
                if (!nodata[b] || value(b) != *nodata[b]) empty = false;
            if (empty) continue;
            std::uint32_t a = 255, R = 0, G = 0, B = 0;
            if (rgb) {
                R = scale[0].byte(value(0));
                G = scale[1].byte(value(1));
                B = scale[2].byte(value(2));
                if (alpha_band) a = scale[3].byte(value(3));
            } else if (palette) {
                const GDALColorEntry* ce = palette->GetColorEntry(static_cast<int>(value(0)));
                if (!ce) continue;
                R = static_cast<std::uint32_t>(ce->c1);
                G = static_cast<std::uint32_t>(ce->c2);
                B = static_cast<std::uint32_t>(ce->c3);
                a = static_cast<std::uint32_t>(ce->c4);
            } else {
                R = G = B = scale[0].byte(value(0));
            }
            dst[col] = (a << 24) | (R << 16) | (G << 8) | B;
        }
        if (feedback && row % 64 == 0) feedback->set_progress(double(row) / out.rows);
    }
    if (feedback) feedback->set_progress(1.0);
    return out;
}

}  // namespace covplan::gis
