#pragma once
// Raster input (DEM, land-use/clutter classes) resampled onto the working grid,
// and GeoTIFF output that QGIS shows right (CRS, nodata, overviews, colour table).

#include <cstdint>
#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/grid.h"
#include "gis/crs.h"

namespace covplan::core {
class Feedback;
}

namespace covplan::gis {

enum class Resampling {
    Nearest,   //!< class rasters: a class is never averaged into another
    Bilinear,  //!< elevations
    //! Counts (people per pixel): each source pixel's count is split over the working
    //! pixels its area falls in, so totals are kept whatever the two resolutions.
    AreaSum,
};

struct RasterInfo {
    std::string path;
    std::string driver;
    int cols = 0;
    int rows = 0;
    int bands = 0;
    std::string data_type;  //!< GDAL name, e.g. "Int16"
    std::optional<Crs> crs;
    double geotransform[6] = {};
    std::optional<double> nodata;
};

[[nodiscard]] std::expected<RasterInfo, std::string> inspect_raster(const std::string& path);

//! Reads band 1 of `path` (GeoTIFF, SRTM .hgt, anything GDAL reads) and samples it at
//! each pixel centre of `grid` through the same pinned CRS transform as vectors.
//! Pixels outside the source or on its nodata are `nodata_out`. `assign_crs` is for
//! rasters without a CRS (otherwise such a raster is an error). With AreaSum the
//! working pixels get the sum of the source counts whose area they hold (negative
//! counts are refused); pixels no valid source pixel reaches are `nodata_out`.
[[nodiscard]] std::expected<core::Raster<float>, std::string> read_raster_onto_grid(
    const std::string& path, const core::GridSpec& grid, Resampling resampling, float nodata_out,
    const std::optional<Crs>& assign_crs = std::nullopt, core::Feedback* feedback = nullptr);

struct ClassEntry {
    int value;
    std::uint8_t r, g, b;
    std::string label;  //!< category name shown by QGIS/gdalinfo
};

//! Tile compression of written GeoTIFFs. ZSTD (GDAL >= 2.3, so every current QGIS)
//! writes coverage products about twice as fast as DEFLATE at a similar size;
//! DEFLATE is for readers without ZSTD (older ArcGIS, some web viewers).
enum class RasterCompression { Zstd, Deflate, Lzw, None };

//! "zstd", "deflate", "lzw", "none"; std::nullopt for anything else.
[[nodiscard]] std::optional<RasterCompression> parse_raster_compression(std::string_view name);
[[nodiscard]] const char* raster_compression_name(RasterCompression c);

struct GeoTiffOptions {
    bool overviews = true;
    RasterCompression compression = RasterCompression::Deflate;
    bool cloud_optimized = false;     //!< COG layout (tiled, overviews inside, ordered)
    std::vector<ClassEntry> classes;  //!< non-empty: colour table + category names (Byte only)
    std::string description;          //!< band description
};

//! Writes atomically (temporary file, then rename). Float32, Int16 and Byte.
[[nodiscard]] std::expected<void, std::string> write_geotiff(const std::string& path,
                                                             const core::Raster<float>& raster,
                                                             const GeoTiffOptions& options = {});
[[nodiscard]] std::expected<void, std::string> write_geotiff(
    const std::string& path, const core::Raster<std::int16_t>& raster,
    const GeoTiffOptions& options = {});
[[nodiscard]] std::expected<void, std::string> write_geotiff(
    const std::string& path, const core::Raster<std::uint8_t>& raster,
    const GeoTiffOptions& options = {});

class AtomicFile;
//! Writes to `out`'s temporary and checks it reopens; the caller commits (a set
//! of rasters that only make sense together).
[[nodiscard]] std::expected<void, std::string> write_geotiff(AtomicFile& out,
                                                             const core::Raster<float>& raster,
                                                             const GeoTiffOptions& options = {});
[[nodiscard]] std::expected<void, std::string> write_geotiff(
    AtomicFile& out, const core::Raster<std::int16_t>& raster, const GeoTiffOptions& options = {});
[[nodiscard]] std::expected<void, std::string> write_geotiff(
    AtomicFile& out, const core::Raster<std::uint8_t>& raster, const GeoTiffOptions& options = {});

}  // namespace covplan::gis
