#include "gis/working_grid.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace covplan::gis {

std::expected<core::GridSpec, std::string> project_grid(const Project& project, double margin_m) {
    if (!project.working_crs.valid())
        return std::unexpected(std::string("the project has no working CRS"));
    core::Extent extent;
    if (!project.layers.ward.empty()) {
        core::PlanLayers ward_only;
        ward_only.ward = project.layers.ward;
        extent = ward_only.extent();
    } else {
        extent = project.layers.extent();
    }
    if (extent.empty()) return std::unexpected(std::string("the project has no features to grid"));
    extent.min_x -= margin_m;
    extent.min_y -= margin_m;
    extent.max_x += margin_m;
    extent.max_y += margin_m;
    // Checked before anything is allocated: a ward extent from a stray vertex or a
    // 1 m resolution over a province would otherwise ask for gigabytes.
    const double res = project.settings.resolution_m;
    const double cols = std::ceil((extent.max_x - extent.min_x) / res);
    const double rows = std::ceil((extent.max_y - extent.min_y) / res);
    if (!(cols * rows <= kMaxGridPixels)) {
        char why[256];
        std::snprintf(why, sizeof why,
                      "the working grid would be %.0f x %.0f pixels at %g m (more than %.0f "
                      "million); choose a coarser resolution_m or check the ward's extent",
                      cols, rows, res, kMaxGridPixels / 1e6);
        return std::unexpected(std::string(why));
    }
    return core::GridSpec::covering(extent, res, project.working_crs.wkt());
}

namespace {
std::optional<Crs> assigned(const RasterSource& r) {
    if (r.assigned_crs.empty()) return std::nullopt;
    auto c = Crs::from_user_input(r.assigned_crs);
    return c ? std::optional<Crs>(*c) : std::nullopt;
}
}  // namespace

std::expected<core::Raster<float>, std::string> project_dem(const Project& project,
                                                            const core::GridSpec& grid,
                                                            core::Feedback* feedback) {
    const RasterSource* src = project.raster(RasterKind::Dem);
    if (!src) return std::unexpected(std::string("the project has no DEM"));
    auto dem = read_raster_onto_grid(src->path, grid, Resampling::Bilinear, -9999.0f,
                                     assigned(*src), feedback);
    if (!dem) return dem;
    std::size_t valid = 0, implausible = 0;
    float example = 0.0f;
    for (float v : dem->values) {
        if (v == dem->nodata) continue;
        // Below the Dead Sea shore or above Everest: not a ground height in metres.
        if (v < -500.0f || v > 9000.0f) {
            ++implausible;
            example = v;
            continue;
        }
        ++valid;
    }
    if (implausible > 0)
        return std::unexpected(src->path + ": " + std::to_string(implausible) +
                               " pixel(s) over the working area hold heights such as " +
                               std::to_string(static_cast<long>(example)) +
                               " m, which are not ground heights in metres (an undeclared "
                               "nodata value? set it with gdal_edit -a_nodata)");
    if (valid == 0)
        return std::unexpected(src->path +
                               ": no valid height over the working area (the DEM is all "
                               "nodata or NaN there, or lies outside the ward)");
    return dem;
}

std::expected<std::optional<double>, std::string> check_project_raster(const Project& project,
                                                                       RasterKind kind) {
    auto grid = project_grid(project);
    if (!grid) return std::optional<double>();
    if (kind == RasterKind::Dem) {
        auto dem = project_dem(project, *grid);
        if (!dem) return std::unexpected(dem.error());
        return raster_share_valid(*dem);
    }
    if (kind == RasterKind::LandUse) {
        auto lu = project_landuse(project, *grid);
        if (!lu) return std::unexpected(lu.error());
        return raster_share_valid(*lu);
    }
    if (kind == RasterKind::Population) {
        auto people = project_population(project, *grid);
        if (!people) return std::unexpected(people.error());
        return raster_share_valid(*people);
    }
    return std::optional<double>();
}

std::expected<core::Raster<std::uint8_t>, std::string> project_landuse(const Project& project,
                                                                       const core::GridSpec& grid,
                                                                       core::Feedback* feedback) {
    const RasterSource* src = project.raster(RasterKind::LandUse);
    if (!src) return std::unexpected(std::string("the project has no land-use raster"));
    auto r =
        read_raster_onto_grid(src->path, grid, Resampling::Nearest, 0.0f, assigned(*src), feedback);
    if (!r) return std::unexpected(r.error());
    if (std::none_of(r->values.begin(), r->values.end(), [](float v) { return v >= 1.0f; }))
        return std::unexpected(src->path +
                               ": no land-use class over the working area (the raster is all "
                               "nodata or 0 there, or lies outside the ward)");
    core::Raster<std::uint8_t> out;
    out.grid = r->grid;
    out.nodata = 0;
    out.has_nodata = true;
    out.values.resize(r->values.size());
    for (std::size_t i = 0; i < r->values.size(); ++i) {
        const float v = r->values[i];
        out.values[i] = (v >= 0.0f && v <= 255.0f) ? static_cast<std::uint8_t>(std::lround(v)) : 0;
    }
    return out;
}

std::expected<core::Raster<float>, std::string> project_population(const Project& project,
                                                                   const core::GridSpec& grid,
                                                                   core::Feedback* feedback) {
    const RasterSource* src = project.raster(RasterKind::Population);
    if (!src) return std::unexpected(std::string("the project has no population raster"));
    auto people = read_raster_onto_grid(src->path, grid, Resampling::AreaSum, -1.0f, assigned(*src),
                                        feedback);
    if (!people) return people;
    double total = 0.0, densest = 0.0;
    std::size_t counted = 0;
    for (float v : people->values) {
        if (v == people->nodata) continue;
        ++counted;
        total += v;
        densest = std::max(densest, static_cast<double>(v));
    }
    if (counted == 0)
        return std::unexpected(src->path +
                               ": no counted pixel over the working area (the raster is all "
                               "nodata there, or lies outside the ward)");
    if (!(total > 0.0))
        return std::unexpected(src->path + ": the raster counts nobody over the working area");
    // Manila's densest barangays hold ~70,000 people/km²; a count raster resampled by
    // area cannot exceed its source's densest pixel, so far more is a density raster.
    const double px_km2 = grid.pixel_size_m * grid.pixel_size_m / 1e6;
    constexpr double kMaxDensityPerKm2 = 200000.0;
    if (densest / px_km2 > kMaxDensityPerKm2) {
        char why[400];
        std::snprintf(why, sizeof why,
                      "%s: a working pixel holds %.0f people, %.0f per km², which no place "
                      "reaches: the raster must count people per pixel (WorldPop \"ppp\", "
                      "GHSL POP), not people per km²",
                      src->path.c_str(), densest, densest / px_km2);
        return std::unexpected(std::string(why));
    }
    return people;
}

}  // namespace covplan::gis
