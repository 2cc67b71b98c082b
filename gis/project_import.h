#pragma once
// Adding a layer to a project: the one code path the CLI's `import` and the
// desktop app's import dialog share.

#include <expected>
#include <vector>

#include "core/issue.h"
#include "gis/layer_import.h"
#include "gis/project.h"

namespace covplan::gis {

struct ProjectImportResult {
    LayerImportResult layer;
    bool working_crs_chosen = false;  //!< true if this import fixed the project's working CRS
};

//! Imports a layer into `project`. The first import fixes the working CRS (the
//! `working_crs` override, else the UTM zone of the layer's centre). Features of the
//! role are appended; on any error-level issue nothing is added and the issues
//! are returned, so a project never holds half a layer.
[[nodiscard]] std::expected<ProjectImportResult, std::vector<core::Issue>> import_into_project(
    Project& project, const LayerImportOptions& options, const std::optional<Crs>& working_crs,
    core::Feedback* feedback = nullptr);

}  // namespace covplan::gis
