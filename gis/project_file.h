#pragma once
// The project file: one GeoPackage (*.covplan.gpkg) that QGIS opens as it is.
// Layers ward, hamlets, sites, fiber, poi, poi_areas, roads, waterways in the working
// CRS with canonical fields; attribute tables covplan_meta, covplan_settings,
// covplan_sources, covplan_rasters, covplan_landuse_classes.
//
// Saving writes a complete new file next to the target and renames it over the
// old one: an interrupted or failed save leaves the previous file untouched.

#include <expected>
#include <functional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "core/issue.h"
#include "core/plan_layers.h"
#include "gis/project.h"
#include "gis/table_spec.h"

namespace covplan::core {
class Feedback;
}

class GDALDataset;
class OGRSpatialReference;

namespace covplan::core {
class Feedback;
}

namespace covplan::gis {

class ProjectLock;

inline constexpr int kProjectFormatVersion = 1;

//! Saves atomically. The caller holds the project's write lock (taken before it
//! read the project it changed), so no other covplan's update is overwritten.
[[nodiscard]] std::expected<void, std::string> save_project(const Project& project,
                                                            const std::string& path,
                                                            const ProjectLock& lock,
                                                            core::Feedback* feedback = nullptr);

//! Settings from their key/value form with every check: core's ranges
//! (core::settings_from_key_values) and the one core cannot make, that PROJ knows
//! `local_crs`. `covplan settings`, project load and the settings dialog use it.
[[nodiscard]] std::expected<core::PlanSettings, std::string> checked_settings(
    const core::KeyValues& values);

struct LoadedProject {
    Project project;
    std::vector<core::Issue> issues;  //!< problems in layers edited outside covplan, etc.
};

[[nodiscard]] std::expected<LoadedProject, std::vector<core::Issue>> load_project(
    const std::string& path, core::Feedback* feedback = nullptr);

//! True if `path` is a GeoPackage with covplan's tables.
[[nodiscard]] bool is_project_file(const std::string& path);

//! The plan's layers (ward, hamlets, sites, fiber, poi, poi_areas, roads, waterways)
//! with covplan's canonical columns, as the project file holds them; empty layers
//! are left out. Also used for GeoPackage exports, so QGIS sees the same layers.
[[nodiscard]] std::expected<void, std::string> write_plan_layers(
    GDALDataset& ds, const core::PlanLayers& layers, const OGRSpatialReference& srs,
    core::Feedback* feedback = nullptr);
//! One point layer of sites with the canonical columns (created even when empty).
//! `after_each` runs after every site; returning false cancels the write.
[[nodiscard]] std::expected<void, std::string> write_sites_layer(
    GDALDataset& ds, const char* name, const std::vector<core::Site>& sites,
    const OGRSpatialReference& srs, const std::function<bool()>& after_each = {});

//! The plan layers' tables (gis/project_tables.h) and the role each is read as.
[[nodiscard]] std::span<const std::pair<const TableSpec*, core::LayerRole>> plan_layer_tables();

}  // namespace covplan::gis
