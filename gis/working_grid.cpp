#include "gis/working_grid.h"

#include <cmath>

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
    return core::GridSpec::covering(extent, project.settings.resolution_m,
                                    project.working_crs.wkt());
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
    return read_raster_onto_grid(src->path, grid, Resampling::Bilinear, -9999.0f, assigned(*src),
                                 feedback);
}

std::expected<core::Raster<std::uint8_t>, std::string> project_landuse(const Project& project,
                                                                       const core::GridSpec& grid,
                                                                       core::Feedback* feedback) {
    const RasterSource* src = project.raster(RasterKind::LandUse);
    if (!src) return std::unexpected(std::string("the project has no land-use raster"));
    auto r =
        read_raster_onto_grid(src->path, grid, Resampling::Nearest, 0.0f, assigned(*src), feedback);
    if (!r) return std::unexpected(r.error());
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

}  // namespace covplan::gis
