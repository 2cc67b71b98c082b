#pragma once
// Adding a layer to a project: the one code path the CLI's `import` and the
// desktop app's import dialog share.

#include <expected>
#include <vector>

#include "core/issue.h"
#include "gis/layer_import.h"
#include "gis/layer_update.h"
#include "gis/measurement_sites.h"
#include "gis/project.h"

namespace covplan::gis {

//! What an import does to a role that already has features.
enum class ImportMode {
    Add,      //!< refused when the role has features (no silent doubling)
    Append,   //!< added to the role's features (a second operator's list, POI areas)
    Replace,  //!< the role's features are replaced by the file's
    Update,   //!< merged by key (site id / name), the difference reported
};

struct ProjectImportOptions {
    ImportMode mode = ImportMode::Add;
    //! Features farther than this from the ward are refused (a wrong CRS, swapped
    //! columns, a typo in a coordinate) unless allow_outside.
    double max_outside_m = 20000.0;
    bool allow_outside = false;
    //! Where the project lives: antenna files the sites name are read from here and
    //! checked now, not at the first coverage run. Empty: not checked.
    std::string project_dir;
    //! Measurements: add an existing site for every serving position (and band) no
    //! project site serves (a drive test of sites nobody listed).
    bool add_serving_sites = false;
};

struct ProjectImportResult {
    LayerImportResult layer;
    bool working_crs_chosen = false;  //!< true if this import fixed the project's working CRS
    LayerDiff diff;                   //!< ImportMode::Update: what changed
    std::size_t replaced = 0;         //!< ImportMode::Replace: features removed first
    //! Measurements: sites added at serving positions, and how the samples matched.
    std::vector<std::string> serving_sites_added;
    std::optional<core::ServingMatch> serving;
};

//! Imports a layer into `project`. The first import fixes the working CRS (the
//! `working_crs` override, else automatic_working_crs: VN-2000 TM-3 in Vietnam). On any
//! error-level issue nothing changes and the issues are returned, so a project never
//! holds half a layer.
[[nodiscard]] std::expected<ProjectImportResult, std::vector<core::Issue>> import_into_project(
    Project& project, const LayerImportOptions& options, const std::optional<Crs>& working_crs,
    const ProjectImportOptions& policy = {}, core::Feedback* feedback = nullptr);

//! A new plan at `path` from its ward boundary (the first layer fixes the working
//! CRS): locks, imports, saves atomically. Refused when `path` exists. The desktop's
//! New plan; the other layers follow through import_into_project.
[[nodiscard]] std::expected<ProjectImportResult, std::vector<core::Issue>> create_project(
    const std::string& path, const std::string& title, const LayerImportOptions& ward,
    const std::optional<Crs>& working_crs = std::nullopt);

//! Removes a role's features and the record of where they came from; the number removed.
std::size_t remove_layer(Project& project, core::LayerRole role);

}  // namespace covplan::gis
