#include "gis/raster_io.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <cmath>
#include <cstdio>
#include <functional>
#include <type_traits>

#include "core/feedback.h"
#include "gis/atomic_file.h"
#include "gis/crs_transform.h"
#include "gis/gdal_errors.h"

namespace covplan::gis {
namespace {

std::optional<Crs> dataset_crs(GDALDataset& ds) {
    const OGRSpatialReference* srs = ds.GetSpatialRef();
    if (!srs) return std::nullopt;
    char* wkt = nullptr;
    const char* opts[] = {"FORMAT=WKT2_2019", nullptr};
    if (srs->exportToWkt(&wkt, opts) != OGRERR_NONE || !wkt) {
        CPLFree(wkt);
        return std::nullopt;
    }
    auto crs = Crs::from_user_input(wkt);
    CPLFree(wkt);
    return crs ? std::optional<Crs>(*crs) : std::nullopt;
}

template <typename T>
constexpr GDALDataType gdal_type() {
    if constexpr (std::is_same_v<T, float>) return GDT_Float32;
    if constexpr (std::is_same_v<T, std::int16_t>) return GDT_Int16;
    if constexpr (std::is_same_v<T, std::uint8_t>) return GDT_Byte;
}

const char* raster_compression_gdal_name(RasterCompression c) {
    switch (c) {
        case RasterCompression::Zstd:
            return "ZSTD";
        case RasterCompression::Deflate:
            return "DEFLATE";
        case RasterCompression::Lzw:
            return "LZW";
        case RasterCompression::None:
            return "NONE";
    }
    return "NONE";
}

int overview_levels(int cols, int rows, std::vector<int>& levels) {
    levels.clear();
    for (int f = 2; std::max(cols, rows) / f >= 128; f *= 2) levels.push_back(f);
    return static_cast<int>(levels.size());
}

template <typename T>
std::expected<void, std::string> write_impl(AtomicFile& out, const core::Raster<T>& raster,
                                            const GeoTiffOptions& options) {
    ensure_gdal_registered();
    const std::string& path = out.target_path();
    const core::GridSpec& g = raster.grid;
    if (g.cols <= 0 || g.rows <= 0 || raster.values.size() != g.pixel_count())
        return std::unexpected(path + ": raster size does not match its grid");
    if (!options.classes.empty() && !std::is_same_v<T, std::uint8_t>)
        return std::unexpected(path + ": a colour table needs a Byte raster");
    ScopedGdalErrors errors;

    // The MEM source wraps the caller's pixels (no copy): GDAL only reads them.
    GDALDriver* mem = GetGDALDriverManager()->GetDriverByName("MEM");
    GDALDatasetUniquePtr src(mem->Create("", g.cols, g.rows, 0, gdal_type<T>(), nullptr));
    if (!src) return std::unexpected(path + ": cannot allocate the raster" + errors.suffix());
    {
        char pointer[64];
        std::snprintf(pointer, sizeof pointer, "DATAPOINTER=%p",
                      static_cast<const void*>(raster.values.data()));
        char* band_options[] = {pointer, nullptr};
        if (src->AddBand(gdal_type<T>(), band_options) != CE_None)
            return std::unexpected(path + ": cannot wrap the raster" + errors.suffix());
    }
    double gt[6] = {g.origin_x, g.pixel_size_m, 0.0, g.origin_y, 0.0, -g.pixel_size_m};
    src->SetGeoTransform(gt);
    OGRSpatialReference srs;
    if (!g.crs.empty()) {
        if (srs.SetFromUserInput(g.crs.c_str()) != OGRERR_NONE)
            return std::unexpected(path + ": the grid's CRS is not understood" + errors.suffix());
        src->SetSpatialRef(&srs);
    }
    GDALRasterBand* band = src->GetRasterBand(1);
    if (raster.has_nodata) band->SetNoDataValue(static_cast<double>(raster.nodata));
    if (!options.description.empty()) band->SetDescription(options.description.c_str());
    if (!options.classes.empty()) {
        GDALColorTable table;
        int max_value = 0;
        for (const ClassEntry& c : options.classes) max_value = std::max(max_value, c.value);
        std::vector<std::string> labels(static_cast<std::size_t>(max_value) + 1);
        for (const ClassEntry& c : options.classes) {
            GDALColorEntry e{c.r, c.g, c.b, 255};
            table.SetColorEntry(c.value, &e);
            labels[static_cast<std::size_t>(c.value)] = c.label;
        }
        CPLStringList names;
        for (const std::string& l : labels) names.AddString(l.c_str());
        if (raster.has_nodata) {
            GDALColorEntry clear{0, 0, 0, 0};
            table.SetColorEntry(static_cast<int>(raster.nodata), &clear);
        }
        band->SetColorTable(&table);
        band->SetColorInterpretation(GCI_PaletteIndex);
        band->SetCategoryNames(names.List());
    }

    const bool is_class = !options.classes.empty();
    const char* predictor = std::is_same_v<T, float> ? "3" : (is_class ? "1" : "2");
    CPLStringList create;
    const RasterCompression compression = options.compression;
    create.SetNameValue("COMPRESS", raster_compression_gdal_name(compression));
    // Output rasters are rewritten on every run: favour speed. DEFLATE level 3 and
    // ZSTD level 1 are within a few percent of their defaults' size on coverage rasters.
    if (compression == RasterCompression::Deflate) create.SetNameValue("ZLEVEL", "3");
    if (compression == RasterCompression::Zstd) create.SetNameValue("ZSTD_LEVEL", "1");
    create.SetNameValue("NUM_THREADS", "ALL_CPUS");
    if (compression != RasterCompression::None) create.SetNameValue("PREDICTOR", predictor);
    GDALDriver* driver = nullptr;
    if (options.cloud_optimized) {
        driver = GetGDALDriverManager()->GetDriverByName("COG");
        // The COG driver names these options differently from GTiff.
        create.SetNameValue("ZLEVEL", nullptr);
        create.SetNameValue("ZSTD_LEVEL", nullptr);
        if (compression == RasterCompression::Deflate) create.SetNameValue("LEVEL", "3");
        if (compression == RasterCompression::Zstd) create.SetNameValue("LEVEL", "1");
        if (compression != RasterCompression::None)
            create.SetNameValue("PREDICTOR", std::is_same_v<T, float> ? "FLOATING_POINT"
                                             : is_class               ? "NO"
                                                                      : "STANDARD");
        create.SetNameValue("OVERVIEW_RESAMPLING", is_class ? "NEAREST" : "AVERAGE");
        // Overviews built here, in memory, are copied as they are (OVERVIEWS=AUTO uses
        // the source's): the driver would otherwise write them to a compressed
        // temporary file and read them back, which doubled the time of a write.
        std::vector<int> levels;
        if (options.overviews && overview_levels(g.cols, g.rows, levels) > 0 &&
            src->BuildOverviews(is_class ? "NEAREST" : "AVERAGE", static_cast<int>(levels.size()),
                                levels.data(), 0, nullptr, nullptr, nullptr) != CE_None)
            return std::unexpected(path + ": cannot build overviews" + errors.suffix());
        create.SetNameValue("OVERVIEWS", options.overviews ? "AUTO" : "NONE");
    } else {
        driver = GetGDALDriverManager()->GetDriverByName("GTiff");
        create.SetNameValue("TILED", "YES");
    }
    {
        GDALDatasetUniquePtr dst(driver->CreateCopy(out.temp_path().c_str(), src.get(), TRUE,
                                                    create.List(), nullptr, nullptr));
        if (!dst) return std::unexpected(write_failure(path, errors.suffix()));
        if (!options.cloud_optimized && options.overviews) {
            std::vector<int> levels;
            if (overview_levels(g.cols, g.rows, levels) > 0 &&
                dst->BuildOverviews(is_class ? "NEAREST" : "AVERAGE",
                                    static_cast<int>(levels.size()), levels.data(), 0, nullptr,
                                    nullptr, nullptr) != CE_None)
                return std::unexpected(write_failure(path, errors.suffix()));
        }
        const std::size_t before = errors.messages().size();
        dst.reset();  // GDAL 3.6 reports close failures only through the error handler
        if (errors.messages().size() > before)
            return std::unexpected(write_failure(path, errors.suffix()));
    }
    // Reopened (headers only): a file GDAL cannot read back never replaces a good one.
    GDALDatasetUniquePtr check(GDALDataset::Open(
        out.temp_path().c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!check || check->GetRasterXSize() != g.cols || check->GetRasterYSize() != g.rows)
        return std::unexpected(write_failure(path, errors.suffix()));
    return {};
}

template <typename T>
std::expected<void, std::string> write_replacing(const std::string& path,
                                                 const core::Raster<T>& raster,
                                                 const GeoTiffOptions& options) {
    AtomicFile out(path);
    if (auto r = write_impl(out, raster, options); !r) return r;
    return out.commit();
}

//! The source pixels under the working grid: its border, densified, in source pixel
//! coordinates, padded by `pad` pixels and clipped to the raster. std::nullopt when
//! the two do not overlap.
struct Window {
    int c0, c1, r0, r1;  //!< [c0, c1) x [r0, r1)
};
std::optional<Window> source_window(const core::GridSpec& grid, const CrsTransform& to_src,
                                    const double* gt, int sc, int sr, int pad) {
    double c_min = HUGE_VAL, c_max = -HUGE_VAL, r_min = HUGE_VAL, r_max = -HUGE_VAL;
    std::vector<double> xs, ys;
    const int steps = 64;
    const double x0 = grid.origin_x, y0 = grid.origin_y;
    const double x1 = x0 + grid.cols * grid.pixel_size_m, y1 = y0 - grid.rows * grid.pixel_size_m;
    for (int i = 0; i <= steps; ++i) {
        const double t = double(i) / steps;
        for (auto [x, y] : {std::pair{x0 + t * (x1 - x0), y0}, std::pair{x0 + t * (x1 - x0), y1},
                            std::pair{x0, y0 + t * (y1 - y0)}, std::pair{x1, y0 + t * (y1 - y0)}}) {
            xs.push_back(x);
            ys.push_back(y);
        }
    }
    to_src.transform(xs, ys);
    for (std::size_t i = 0; i < xs.size(); ++i) {
        if (xs[i] == HUGE_VAL) continue;
        const double fc = (xs[i] - gt[0]) / gt[1], fr = (ys[i] - gt[3]) / gt[5];
        c_min = std::min(c_min, fc);
        c_max = std::max(c_max, fc);
        r_min = std::min(r_min, fr);
        r_max = std::max(r_max, fr);
    }
    if (!(c_min <= c_max) || !(r_min <= r_max)) return std::nullopt;
    Window w;
    w.c0 = std::clamp(static_cast<int>(std::floor(std::max(c_min, -1e9))) - pad, 0, sc);
    w.c1 = std::clamp(static_cast<int>(std::ceil(std::min(c_max, 1e9))) + pad, 0, sc);
    w.r0 = std::clamp(static_cast<int>(std::floor(std::max(r_min, -1e9))) - pad, 0, sr);
    w.r1 = std::clamp(static_cast<int>(std::ceil(std::min(r_max, 1e9))) + pad, 0, sr);
    if (w.c0 >= w.c1 || w.r0 >= w.r1) return std::nullopt;
    return w;
}

//! AreaSum resampling: every source pixel over the grid is cut into k x k parts
//! (k from its size on the grid, so each part is at most half a working pixel),
//! each carrying 1/k² of its count to the working pixel its centre falls in.
std::expected<core::Raster<float>, std::string> sum_by_area(
    const std::string& path, const std::vector<float>& src, int sc, int sr, const double* gt,
    const std::function<bool(float)>& valid, const Crs& src_crs, const Crs& grid_crs,
    const core::GridSpec& grid, float nodata_out, core::Feedback* feedback) {
    auto to_src = CrsTransform::create(grid_crs, src_crs);
    if (!to_src) return std::unexpected(path + ": " + to_src.error());
    auto to_grid = CrsTransform::create(src_crs, grid_crs);
    if (!to_grid) return std::unexpected(path + ": " + to_grid.error());
    core::Raster<float> out;
    out.grid = grid;
    out.nodata = nodata_out;
    out.has_nodata = true;
    out.values.assign(grid.pixel_count(), nodata_out);
    const auto window = source_window(grid, *to_src, gt, sc, sr, 1);
    if (!window) return out;
    const int c0 = window->c0, c1 = window->c1, r0 = window->r0, r1 = window->r1;
    // A source pixel's size on the grid, measured at the window's centre.
    int k = 1;
    {
        const double cc = 0.5 * (c0 + c1), rc = 0.5 * (r0 + r1);
        std::vector<double> xs = {gt[0] + cc * gt[1], gt[0] + (cc + 1) * gt[1], gt[0] + cc * gt[1]};
        std::vector<double> ys = {gt[3] + rc * gt[5], gt[3] + rc * gt[5], gt[3] + (rc + 1) * gt[5]};
        if (to_grid->transform(xs, ys) == 0) {
            const double dx = std::hypot(xs[1] - xs[0], ys[1] - ys[0]);
            const double dy = std::hypot(xs[2] - xs[0], ys[2] - ys[0]);
            k = static_cast<int>(std::ceil(2.0 * std::max(dx, dy) / grid.pixel_size_m));
        }
        // Bounded work: at most ~2e7 parts whatever the two resolutions.
        const double window_px = double(c1 - c0) * double(r1 - r0);
        const int k_cap = std::max(1, static_cast<int>(std::sqrt(2e7 / window_px)));
        k = std::clamp(k, 1, std::min(64, k_cap));
    }
    std::size_t negative = 0;
    float negative_example = 0.0f;
    const double part = 1.0 / (double(k) * k);
    // Corners of the source pixels on the grid, one row of corners at a time: a
    // source pixel (~100 m) is small enough for the map projection to be affine
    // across it, so its parts are placed by bilinear interpolation of its four
    // corners: one PROJ call per pixel instead of k².
    const std::size_t n_corners = static_cast<std::size_t>(c1 - c0) + 1;
    std::vector<double> top_x(n_corners), top_y(n_corners), bot_x(n_corners), bot_y(n_corners);
    auto corner_row = [&](int r, std::vector<double>& xs, std::vector<double>& ys) {
        for (std::size_t i = 0; i < n_corners; ++i) {
            xs[i] = gt[0] + static_cast<double>(c0 + static_cast<int>(i)) * gt[1];
            ys[i] = gt[3] + static_cast<double>(r) * gt[5];
        }
        to_grid->transform(xs, ys);
    };
    corner_row(r0, top_x, top_y);
    const double inv_px = 1.0 / grid.pixel_size_m;
    for (int r = r0; r < r1; ++r) {
        if (feedback && feedback->is_canceled()) return std::unexpected(std::string("canceled"));
        const float* row = src.data() + static_cast<std::size_t>(r) * sc;
        corner_row(r + 1, bot_x, bot_y);
        for (int c = c0; c < c1; ++c) {
            const float v = row[c];
            if (!valid(v)) continue;
            if (v < 0.0f) {
                ++negative;
                negative_example = v;
                continue;
            }
            const std::size_t i = static_cast<std::size_t>(c - c0);
            const double x00 = top_x[i], y00 = top_y[i], x10 = top_x[i + 1], y10 = top_y[i + 1];
            const double x01 = bot_x[i], y01 = bot_y[i], x11 = bot_x[i + 1], y11 = bot_y[i + 1];
            if (x00 == HUGE_VAL || x10 == HUGE_VAL || x01 == HUGE_VAL || x11 == HUGE_VAL) continue;
            const float share = static_cast<float>(v * part);
            for (int sub_r = 0; sub_r < k; ++sub_r) {
                const double t = (sub_r + 0.5) / k;
                const double lx = x00 + t * (x01 - x00), ly = y00 + t * (y01 - y00);
                const double rx = x10 + t * (x11 - x10), ry = y10 + t * (y11 - y10);
                for (int sub_c = 0; sub_c < k; ++sub_c) {
                    const double u = (sub_c + 0.5) / k;
                    const double x = lx + u * (rx - lx), y = ly + u * (ry - ly);
                    const int col = static_cast<int>(std::floor((x - grid.origin_x) * inv_px));
                    const int rw = static_cast<int>(std::floor((grid.origin_y - y) * inv_px));
                    if (col < 0 || rw < 0 || col >= grid.cols || rw >= grid.rows) continue;
                    float& dst = out.values[static_cast<std::size_t>(rw) * grid.cols + col];
                    if (dst == nodata_out) dst = 0.0f;
                    dst += share;
                }
            }
        }
        top_x.swap(bot_x);
        top_y.swap(bot_y);
        if (feedback && (r - r0) % 16 == 0) feedback->set_progress(double(r - r0) / (r1 - r0));
    }
    if (negative > 0)
        return std::unexpected(path + ": " + std::to_string(negative) +
                               " pixel(s) over the working area hold negative counts such as " +
                               std::to_string(static_cast<long>(negative_example)) +
                               " (an undeclared nodata value? set it with gdal_edit -a_nodata)");
    if (feedback) feedback->set_progress(1.0);
    return out;
}

}  // namespace

std::optional<RasterCompression> parse_raster_compression(std::string_view name) {
    for (RasterCompression c : {RasterCompression::Zstd, RasterCompression::Deflate,
                                RasterCompression::Lzw, RasterCompression::None})
        if (name == raster_compression_name(c)) return c;
    return std::nullopt;
}

const char* raster_compression_name(RasterCompression c) {
    switch (c) {
        case RasterCompression::Zstd:
            return "zstd";
        case RasterCompression::Deflate:
            return "deflate";
        case RasterCompression::Lzw:
            return "lzw";
        case RasterCompression::None:
            return "none";
    }
    return "none";
}

std::expected<RasterInfo, std::string> inspect_raster(const std::string& path) {
    ensure_gdal_registered();
    ScopedGdalErrors errors;
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY,
                                              nullptr, nullptr, nullptr));
    if (!ds) return std::unexpected(path + ": GDAL cannot open it as a raster" + errors.suffix());
    RasterInfo info;
    info.path = path;
    info.driver = ds->GetDriver() ? ds->GetDriver()->GetDescription() : "";
    info.cols = ds->GetRasterXSize();
    info.rows = ds->GetRasterYSize();
    info.bands = ds->GetRasterCount();
    if (info.bands > 0) {
        GDALRasterBand* b = ds->GetRasterBand(1);
        info.data_type = GDALGetDataTypeName(b->GetRasterDataType());
        int has = 0;
        const double nd = b->GetNoDataValue(&has);
        if (has) info.nodata = nd;
    }
    info.crs = dataset_crs(*ds);
    ds->GetGeoTransform(info.geotransform);
    return info;
}

std::expected<core::Raster<float>, std::string> read_raster_onto_grid(
    const std::string& path, const core::GridSpec& grid, Resampling resampling, float nodata_out,
    const std::optional<Crs>& assign_crs, core::Feedback* feedback) {
    ensure_gdal_registered();
    ScopedGdalErrors errors;
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY,
                                              nullptr, nullptr, nullptr));
    if (!ds) return std::unexpected(path + ": GDAL cannot open it as a raster" + errors.suffix());
    if (ds->GetRasterCount() < 1) return std::unexpected(path + ": the raster has no band");
    std::optional<Crs> src_crs = assign_crs ? assign_crs : dataset_crs(*ds);
    if (!src_crs)
        return std::unexpected(path +
                               ": the raster has no coordinate reference system; assign one");
    double gt[6];
    if (ds->GetGeoTransform(gt) != CE_None)
        return std::unexpected(path + ": the raster is not georeferenced (no geotransform)");
    if (gt[2] != 0.0 || gt[4] != 0.0)
        return std::unexpected(path +
                               ": rotated rasters are not supported; warp it north-up first");
    for (double v : gt)
        if (!std::isfinite(v))
            return std::unexpected(path + ": the geotransform holds a non-finite value");
    if (gt[1] <= 0.0 || gt[5] == 0.0)
        return std::unexpected(path + ": the pixel size is zero or negative (" +
                               std::to_string(gt[1]) + " x " + std::to_string(gt[5]) + ")");
    if (ds->GetRasterXSize() < 2 || ds->GetRasterYSize() < 2)
        return std::unexpected(path + ": " + std::to_string(ds->GetRasterXSize()) + " x " +
                               std::to_string(ds->GetRasterYSize()) +
                               " pixel(s) cannot describe terrain or land use");
    auto grid_crs = Crs::from_user_input(grid.crs);
    if (!grid_crs) return std::unexpected("working grid CRS: " + grid_crs.error());
    auto to_src = CrsTransform::create(*grid_crs, *src_crs);
    if (!to_src) return std::unexpected(path + ": " + to_src.error());

    // Only the part under the working grid is read (a country's WorldPop raster or a
    // 1° DEM tile for one ward), padded for the bilinear neighbours.
    const auto window =
        source_window(grid, *to_src, gt, ds->GetRasterXSize(), ds->GetRasterYSize(), 2);
    if (!window) {
        core::Raster<float> none;
        none.grid = grid;
        none.nodata = nodata_out;
        none.has_nodata = true;
        none.values.assign(grid.pixel_count(), nodata_out);
        return none;
    }
    const int sc = window->c1 - window->c0, sr = window->r1 - window->r0;
    // That part is held in memory (one 32-bit float per pixel).
    constexpr double kMaxSourcePixels = 4e8;
    if (static_cast<double>(sc) * sr > kMaxSourcePixels)
        return std::unexpected(path + ": " + std::to_string(sc) + " x " + std::to_string(sr) +
                               " pixels under the working area is more than covplan reads at "
                               "once (400 million); resample it first (gdalwarp -tr)");
    gt[0] += window->c0 * gt[1];
    gt[3] += window->r0 * gt[5];
    GDALRasterBand* band = ds->GetRasterBand(1);
    std::vector<float> src(static_cast<std::size_t>(sc) * static_cast<std::size_t>(sr));
    if (band->RasterIO(GF_Read, window->c0, window->r0, sc, sr, src.data(), sc, sr, GDT_Float32, 0,
                       0, nullptr) != CE_None)
        return std::unexpected(path + ": cannot read the raster" + errors.suffix());
    int has_nd = 0;
    const double src_nd = band->GetNoDataValue(&has_nd);
    auto valid = [&](float v) {
        return std::isfinite(v) && !(has_nd && static_cast<double>(v) == src_nd);
    };
    auto at = [&](int c, int r) { return src[static_cast<std::size_t>(r) * sc + c]; };
    if (resampling == Resampling::AreaSum)
        return sum_by_area(path, src, sc, sr, gt, valid, *src_crs, *grid_crs, grid, nodata_out,
                           feedback);

    core::Raster<float> out;
    out.grid = grid;
    out.nodata = nodata_out;
    out.has_nodata = true;
    out.values.assign(grid.pixel_count(), nodata_out);
    std::vector<double> xs(static_cast<std::size_t>(grid.cols)), ys(xs.size());
    for (int row = 0; row < grid.rows; ++row) {
        if (feedback && feedback->is_canceled()) return std::unexpected(std::string("canceled"));
        for (int col = 0; col < grid.cols; ++col) {
            xs[col] = grid.centre_x(col);
            ys[col] = grid.centre_y(row);
        }
        to_src->transform(xs, ys);
        float* dst = out.values.data() + static_cast<std::size_t>(row) * grid.cols;
        for (int col = 0; col < grid.cols; ++col) {
            if (xs[col] == HUGE_VAL) continue;
            // Fractional source pixel coordinates (pixel centres at integer + 0.5).
            const double fx = (xs[col] - gt[0]) / gt[1];
            const double fy = (ys[col] - gt[3]) / gt[5];
            if (fx < 0.0 || fy < 0.0 || fx >= sc || fy >= sr) continue;
            const int nc = static_cast<int>(fx), nr = static_cast<int>(fy);
            const float nearest = at(nc, nr);
            if (resampling == Resampling::Nearest) {
                if (valid(nearest)) dst[col] = nearest;
                continue;
            }
            const double u = fx - 0.5, v = fy - 0.5;
            const int c0 = std::clamp(static_cast<int>(std::floor(u)), 0, sc - 1);
            const int r0 = std::clamp(static_cast<int>(std::floor(v)), 0, sr - 1);
            const int c1 = std::min(c0 + 1, sc - 1), r1 = std::min(r0 + 1, sr - 1);
            const double wu = std::clamp(u - c0, 0.0, 1.0), wv = std::clamp(v - r0, 0.0, 1.0);
            const float q00 = at(c0, r0), q10 = at(c1, r0), q01 = at(c0, r1), q11 = at(c1, r1);
            if (valid(q00) && valid(q10) && valid(q01) && valid(q11)) {
                dst[col] = static_cast<float>((1 - wv) * ((1 - wu) * q00 + wu * q10) +
                                              wv * ((1 - wu) * q01 + wu * q11));
            } else if (valid(nearest)) {
                dst[col] = nearest;  // at a nodata edge, keep what is known
            }
        }
        if (feedback && row % 64 == 0) feedback->set_progress(double(row) / grid.rows);
    }
    if (feedback) feedback->set_progress(1.0);
    return out;
}

std::expected<void, std::string> write_geotiff(const std::string& path,
                                               const core::Raster<float>& r,
                                               const GeoTiffOptions& o) {
    return write_replacing(path, r, o);
}
std::expected<void, std::string> write_geotiff(AtomicFile& out, const core::Raster<float>& r,
                                               const GeoTiffOptions& o) {
    return write_impl(out, r, o);
}
std::expected<void, std::string> write_geotiff(const std::string& path,
                                               const core::Raster<std::int16_t>& r,
                                               const GeoTiffOptions& o) {
    return write_replacing(path, r, o);
}
std::expected<void, std::string> write_geotiff(AtomicFile& out, const core::Raster<std::int16_t>& r,
                                               const GeoTiffOptions& o) {
    return write_impl(out, r, o);
}
std::expected<void, std::string> write_geotiff(const std::string& path,
                                               const core::Raster<std::uint8_t>& r,
                                               const GeoTiffOptions& o) {
    return write_replacing(path, r, o);
}
std::expected<void, std::string> write_geotiff(AtomicFile& out, const core::Raster<std::uint8_t>& r,
                                               const GeoTiffOptions& o) {
    return write_impl(out, r, o);
}

}  // namespace covplan::gis
