#pragma once
// Reading one layer of a vector file into the plan's typed features, in the
// working CRS, with a report of every problem found (file, layer, feature).

#include <expected>
#include <optional>
#include <string>
#include <vector>

#include "core/field_mapping.h"
#include "core/issue.h"
#include "core/layer_role.h"
#include "core/plan_layers.h"
#include "core/radio/radio_template.h"
#include "gis/crs.h"

namespace covplan::core {
class Feedback;
}

namespace covplan::gis {

struct LayerImportOptions {
    std::string path;
    std::string layer;                           //!< empty: the file's only (or first) layer
    std::optional<core::LayerRole> role;         //!< empty: guessed from name, geometry, fields
    std::vector<std::string> mapping_overrides;  //!< "attribute=column"
    std::optional<Crs> assign_crs;               //!< for layers that declare none (or to override)
    std::string encoding;  //!< e.g. "CP1258" for legacy files; empty = as declared
    //! OGR SQL attribute filter, e.g. "ma_xa = '31473'" (one ward of a city's layer).
    std::string where;
    //! New sites in a project are proposals; an import of operator inventories is existing.
    core::SiteStatus default_site_status = core::SiteStatus::Existing;
    //! Values a site row leaves out come from the row of its technology and band
    //! (import_into_project passes the project's table).
    std::vector<core::RadioTemplate> radio_templates = core::default_radio_templates();
    //! Reading covplan's own project file: values it lacks are those of an older
    //! covplan (no feeder loss), not the templates', and nothing is reported.
    bool stored_project = false;
    //! The project's ward in the working CRS, when it has one: a table without a CRS
    //! is tried in the zones that could hold it, and only a CRS that puts it there is
    //! suggested.
    std::optional<core::MultiPolygon> reference_area;
    //! Read at most this many features (0 = all): enough of a large table to find
    //! where it lies (the working CRS of a new project).
    std::size_t max_features = 0;
};

struct LayerImportResult {
    core::LayerRole role = core::LayerRole::Sites;
    std::string layer;  //!< the layer actually read
    core::FieldMapping mapping;
    Crs source_crs;
    std::string transform_operation;  //!< PROJ operation used to reach the working CRS
    core::PlanLayers features;        //!< only `role`'s vector is filled
    std::vector<core::Issue> issues;  //!< features with errors are skipped and listed here
    std::size_t features_read = 0;
    std::size_t features_skipped = 0;
};

//! Reads a layer. Fails (unexpected) only when nothing can be read at all: the file
//! or layer cannot be opened, the role cannot be determined, required attributes
//! are unmapped, the CRS is missing or unknown. Feature-level problems are issues.
[[nodiscard]] std::expected<LayerImportResult, std::vector<core::Issue>> import_layer(
    const LayerImportOptions& options, const Crs& working_crs, core::Feedback* feedback = nullptr);

}  // namespace covplan::gis
