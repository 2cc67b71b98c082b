#include <filesystem>
#include <iostream>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/report.h"
#include "core/plan_validation.h"
#include "gis/project_file.h"
#include "gis/project_import.h"

namespace covplan::cli {
namespace {

constexpr const char* kHelp = R"(Usage: covplan import PROJECT FILE [options]

Adds one layer of FILE to the project PROJECT (*.covplan.gpkg; created if missing).
The layer is reprojected to the project's working CRS; its fields are mapped to
covplan's attributes by name (Vietnamese or English), which you can override.

Options:
  --layer NAME          layer inside FILE (default: the first)
  --role ROLE           ward, hamlets, sites, fiber, poi, roads or waterways
                        (default: guessed from the layer's name, geometry and fields)
  --map ATTR=COLUMN     field mapping override; repeatable (e.g. --map height_m=DoCao)
  --assign-crs CRS      CRS of a layer that declares none (e.g. EPSG:9210)
  --encoding ENC        text encoding of a legacy file (e.g. CP1258)
  --working-crs CRS     working CRS of a new project (default: UTM zone of the layer)
  --proposed            sites without a status are proposals (default: existing)
  --title TEXT          title of a new project
)";

}  // namespace

int run_import(int argc, char** argv) {
    Args args(argc, argv, 2, {"help", "proposed"},
              {"layer", "role", "map", "assign-crs", "encoding", "working-crs", "title"});
    if (args.has("help")) {
        std::cout << kHelp;
        return kExitOk;
    }
    if (args.positionals().size() != 2) throw UsageError{"expected PROJECT FILE"};
    const std::string project_path = args.positionals()[0];
    gis::LayerImportOptions opts;
    opts.path = args.positionals()[1];
    opts.layer = args.get("layer").value_or("");
    if (auto r = args.get("role")) {
        opts.role = core::role_from_name(*r);
        if (!opts.role) throw UsageError{"unknown role '" + *r + "'"};
    }
    opts.mapping_overrides = args.all("map");
    opts.encoding = args.get("encoding").value_or("");
    if (args.has("proposed")) opts.default_site_status = core::SiteStatus::Proposed;
    auto crs_option = [&](const char* name) -> std::optional<gis::Crs> {
        auto text = args.get(name);
        if (!text) return std::nullopt;
        auto crs = gis::Crs::from_user_input(*text);
        if (!crs) throw UsageError{std::string("--") + name + ": " + crs.error()};
        return *crs;
    };
    opts.assign_crs = crs_option("assign-crs");
    const std::optional<gis::Crs> working = crs_option("working-crs");

    gis::Project project;
    if (std::filesystem::exists(project_path)) {
        auto loaded = gis::load_project(project_path);
        if (!loaded) {
            print_issues(std::cerr, loaded.error());
            return kExitBadInput;
        }
        if (core::has_errors(loaded->issues)) {
            // Saving now would drop the features that failed to load.
            std::cerr << "covplan import: " << project_path << " has errors; fix them first:\n";
            print_issues(std::cerr, loaded->issues);
            return kExitBadInput;
        }
        project = std::move(loaded->project);
        if (working && !working->equivalent_to(project.working_crs))
            std::cerr << "covplan import: note: the project already works in "
                      << project.working_crs.describe() << "; --working-crs ignored\n";
    } else {
        project.title = args.get("title").value_or("");
    }
    auto result = gis::import_into_project(project, opts, working);
    if (!result) {
        std::cerr << "covplan import: " << opts.path << " was not imported:\n";
        print_issues(std::cerr, result.error());
        return kExitBadInput;
    }
    const auto& r = result->layer;
    std::cout << "imported "
              << r.features.sites.size() + r.features.hamlets.size() + r.features.ward.size() +
                     r.features.poi.size() + r.features.fiber.size() + r.features.roads.size() +
                     r.features.waterways.size()
              << " feature(s) of '" << r.layer << "' as " << core::role_name(r.role) << "\n"
              << "  from " << r.source_crs.describe() << " to " << project.working_crs.describe()
              << (result->working_crs_chosen ? " (working CRS chosen now)" : "") << "\n"
              << "  operation: " << r.transform_operation << "\n"
              << "  mapping: " << core::mapping_to_string(r.mapping) << "\n";
    print_issues(std::cout, r.issues);
    if (auto saved = gis::save_project(project, project_path); !saved) {
        std::cerr << "covplan import: " << saved.error() << "\n";
        return kExitBadInput;
    }
    std::cout << "saved " << project_path << "\n";
    return kExitOk;
}

}  // namespace covplan::cli
