#pragma once
// The project file: one GeoPackage (*.covplan.gpkg) that QGIS opens as it is.
// Layers ward, hamlets, sites, fiber, poi, poi_areas, roads, waterways in the working
// CRS with canonical fields; attribute tables covplan_meta, covplan_settings,
// covplan_sources, covplan_rasters, covplan_landuse_classes.
//
// Saving writes a complete new file next to the target and renames it over the
// old one: an interrupted or failed save leaves the previous file untouched.

#include <expected>
#include <string>
#include <vector>

#include "core/issue.h"
#include "gis/project.h"

namespace covplan::core {
class Feedback;
}

namespace covplan::gis {

inline constexpr int kProjectFormatVersion = 1;

[[nodiscard]] std::expected<void, std::string> save_project(const Project& project,
                                                            const std::string& path,
                                                            core::Feedback* feedback = nullptr);

struct LoadedProject {
    Project project;
    std::vector<core::Issue> issues;  //!< problems in layers edited outside covplan, etc.
};

[[nodiscard]] std::expected<LoadedProject, std::vector<core::Issue>> load_project(
    const std::string& path, core::Feedback* feedback = nullptr);

//! True if `path` is a GeoPackage with covplan's tables.
[[nodiscard]] bool is_project_file(const std::string& path);

}  // namespace covplan::gis
