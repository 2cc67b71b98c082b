#include "gis/project_import.h"

#include "gis/vector_dataset.h"

namespace covplan::gis {

std::expected<ProjectImportResult, std::vector<core::Issue>> import_into_project(
    Project& project, const LayerImportOptions& options, const std::optional<Crs>& working_crs,
    core::Feedback* feedback) {
    ProjectImportResult result;
    auto error = [&](std::string message) {
        return std::unexpected(std::vector<core::Issue>{
            {core::Severity::Error, options.path, options.layer, "", std::move(message)}});
    };
    if (!project.working_crs.valid()) {
        if (working_crs) {
            project.working_crs = *working_crs;
        } else {
            auto info = inspect_vector_dataset(options.path, options.encoding);
            if (!info) return error(info.error());
            const VectorLayerInfo* li = nullptr;
            for (const auto& l : info->layers)
                if (options.layer.empty() || l.name == options.layer) {
                    li = &l;
                    break;
                }
            if (!li) return error("no such layer");
            std::optional<Crs> crs = options.assign_crs ? options.assign_crs : li->crs;
            if (li->extent.empty() || !crs)
                return error(
                    "cannot choose a working CRS from this layer (no extent or CRS); give one, "
                    "e.g. --working-crs EPSG:32648");
            auto chosen = automatic_working_crs(li->extent, *crs);
            if (!chosen) return error(chosen.error());
            project.working_crs = *chosen;
        }
        result.working_crs_chosen = true;
    }
    // Values a sheet leaves out come from this project's radio templates.
    LayerImportOptions with_templates = options;
    with_templates.radio_templates = project.settings.radio_templates;
    auto imported = import_layer(with_templates, project.working_crs, feedback);
    if (!imported) {
        if (result.working_crs_chosen) project.working_crs = Crs();
        return std::unexpected(imported.error());
    }
    if (core::has_errors(imported->issues)) {
        if (result.working_crs_chosen) project.working_crs = Crs();
        return std::unexpected(imported->issues);
    }
    project.layers.append(core::PlanLayers(imported->features));
    project.sources.push_back({imported->role, options.path, imported->layer,
                               core::mapping_to_string(imported->mapping),
                               imported->source_crs.describe()});
    result.layer = std::move(*imported);
    return result;
}

}  // namespace covplan::gis
