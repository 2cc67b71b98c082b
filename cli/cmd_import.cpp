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
  --where SQL           only the features matching an OGR SQL filter, e.g. one ward
                        of a city's layer: --where "ma_xa = '31473'"
  --role ROLE           ward, hamlets, sites, fiber, poi, roads, waterways or
                        measurements (drive-test / crowd samples: RSRP per point)
                        (default: guessed from the layer's name, geometry and fields)
  --map ATTR=COLUMN     field mapping override; repeatable (e.g. --map height_m=DoCao)
  --assign-crs CRS      CRS of a layer that declares none (e.g. vn2000-tm3:cantho;
                        `covplan transform --help` lists every province's zone)
  --encoding ENC        text encoding of a legacy file (e.g. CP1258)
  --working-crs CRS     working CRS of a new project (default: UTM zone of the layer)
  --proposed            sites without a status are proposals (default: existing)
  --title TEXT          title of a new project
  --append              the role already has features: add FILE's to them (another
                        operator's sheet, POI areas next to POI points)
  --replace             the role already has features: replace them with FILE's
  --update              the role already has features: merge by site id (sites) or
                        name, and print what was added, changed and removed (an
                        operator's quarterly list; its on-air sites missing from the
                        list are removed, other operators' sites and proposals stay)
  --allow-outside       keep features farther than 20 km from the ward (refused
                        otherwise: a wrong CRS or swapped coordinates)
  --add-serving-sites   measurements: add an existing site at every serving-site
                        position (and band) the project has no site for, with the
                        band's radio template (a drive test of unlisted sites)

Measurements: one point per sample with its RSRP (dBm); optionally RSRQ, SINR,
throughput, time, technology, frequency / EARFCN, PCI and the serving cell by id
(serving_site_id: a site id, a cell id SITE/n or an LTE ECI) or by position
(serving_lon, serving_lat in WGS 84 with freq_mhz: the nearest site within 100 m on
that band). Column names of G-NetTrack, Network Cell Info / OpenCelliD measurement
exports and generic lat,lon,rsrp files are recognised.

Without --append, --replace or --update an import into a role that has features is refused,
so importing the same list twice never doubles it. `covplan layers PROJECT` lists
the layers, `covplan remove-layer PROJECT ROLE` removes one.
)";

}  // namespace

int run_import(int argc, char** argv) {
    Args args(
        argc, argv, 2,
        {"help", "proposed", "append", "replace", "update", "allow-outside", "add-serving-sites"},
        {"layer", "role", "map", "assign-crs", "encoding", "working-crs", "title", "where"});
    if (args.has("help")) {
        std::cout << kHelp;
        return kExitOk;
    }
    if (args.positionals().size() != 2) throw UsageError{"expected PROJECT FILE"};
    const std::string project_path = args.positionals()[0];
    gis::LayerImportOptions opts;
    opts.path = args.positionals()[1];
    opts.layer = args.get("layer").value_or("");
    opts.where = args.get("where").value_or("");
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

    auto lock = lock_project(project_path, "import");
    if (!lock) return lock.error();
    gis::Project project;
    std::error_code exists_error;
    if (std::filesystem::exists(project_path, exists_error)) {
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
    gis::ProjectImportOptions policy;
    if (args.has("append") + args.has("replace") + args.has("update") > 1)
        throw UsageError{"--append, --replace and --update exclude each other"};
    if (args.has("append")) policy.mode = gis::ImportMode::Append;
    if (args.has("replace")) policy.mode = gis::ImportMode::Replace;
    if (args.has("update")) policy.mode = gis::ImportMode::Update;
    policy.allow_outside = args.has("allow-outside");
    policy.add_serving_sites = args.has("add-serving-sites");
    policy.project_dir = std::filesystem::absolute(project_path).parent_path().string();
    auto result = gis::import_into_project(project, opts, working, policy);
    if (!result) {
        std::cerr << "covplan import: " << opts.path << " was not imported:\n";
        print_issues(std::cerr, result.error());
        return kExitBadInput;
    }
    const auto& r = result->layer;
    std::cout << "imported " << r.features_read - r.features_skipped << " feature(s) of '"
              << r.layer << "' as " << core::role_name(r.role) << "\n"
              << "  from " << r.source_crs.describe() << " to " << project.working_crs.describe()
              << (result->working_crs_chosen ? " (working CRS chosen now)" : "") << "\n"
              << "  operation: " << r.transform_operation << "\n"
              << "  mapping: " << core::mapping_to_string(r.mapping) << "\n";
    if (result->replaced) std::cout << "  replaced " << result->replaced << " feature(s)\n";
    if (policy.mode == gis::ImportMode::Update) {
        const gis::LayerDiff& d = result->diff;
        std::cout << "  update: " << d.added.size() << " added, " << d.changed.size()
                  << " changed, " << d.removed.size() << " removed, " << d.unchanged
                  << " unchanged\n";
        for (const std::string& x : d.added) std::cout << "    + " << x << "\n";
        for (const std::string& x : d.changed) std::cout << "    ~ " << x << "\n";
        for (const std::string& x : d.removed) std::cout << "    - " << x << "\n";
    }
    if (!result->serving_sites_added.empty()) {
        std::cout << "  added " << result->serving_sites_added.size()
                  << " site(s) at serving positions:";
        for (const std::string& id : result->serving_sites_added) std::cout << " " << id;
        std::cout << "\n";
    }
    if (const auto& m = result->serving)
        std::cout << "  serving cell: " << m->by_id << " sample(s) matched by id, "
                  << m->by_position << " by position, " << m->unmatched << " unmatched, "
                  << m->unknown << " without one\n";
    print_issues(std::cout, r.issues);
    if (auto saved = gis::save_project(project, project_path, *lock); !saved) {
        std::cerr << "covplan import: " << saved.error() << "\n";
        return kExitBadInput;
    }
    std::cout << "saved " << project_path << "\n";
    return kExitOk;
}

}  // namespace covplan::cli
