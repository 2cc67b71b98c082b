// `covplan layers` and `covplan remove-layer`: what a project holds per role, and
// removing one role's layer (before importing a corrected file, for instance).
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/report.h"
#include "gis/project_file.h"
#include "gis/project_import.h"

namespace covplan::cli {
namespace {

constexpr const char* kLayersHelp = R"(Usage: covplan layers PROJECT

Lists the project's layers: role, number of features (sites by status) and the
files they were imported from, with their field mapping and CRS.
)";

constexpr const char* kRemoveHelp = R"(Usage: covplan remove-layer PROJECT ROLE

Removes every feature of ROLE (ward, hamlets, sites, fiber, poi, roads, waterways)
and the record of its source from the project. The project is saved atomically.
To replace a layer with a corrected file in one step: `covplan import --replace`.
)";

}  // namespace

int run_layers(int argc, char** argv) {
    Args a(argc, argv, 2, {"help"}, {});
    if (a.has("help")) {
        std::cout << kLayersHelp;
        return kExitOk;
    }
    if (a.positionals().size() != 1) throw UsageError{"expected PROJECT"};
    auto loaded = gis::load_project(a.positionals()[0]);
    if (!loaded) {
        print_issues(std::cerr, loaded.error());
        return kExitBadInput;
    }
    const gis::Project& p = loaded->project;
    std::cout << a.positionals()[0] << " (" << p.working_crs.describe() << ")\n";
    for (core::LayerRole role : core::kAllRoles) {
        const std::size_t n = gis::feature_count(p.layers, role);
        std::cout << "  " << core::role_name(role) << ": " << n << " feature(s)";
        if (role == core::LayerRole::Sites && n > 0) {
            std::size_t proposed = 0;
            for (const core::Site& s : p.layers.sites)
                proposed += s.status == core::SiteStatus::Proposed;
            std::cout << " (" << n - proposed << " existing, " << proposed << " proposed)";
        }
        std::cout << "\n";
        for (const gis::LayerSource& src : p.sources)
            if (src.role == role)
                std::cout << "      from " << src.path << (src.layer.empty() ? "" : " layer ")
                          << src.layer << ", " << src.source_crs << "\n"
                          << "      mapping: " << src.mapping << "\n";
    }
    if (const core::ModelCalibration& c = p.calibration; !c.empty()) {
        char line[200];
        std::snprintf(line, sizeof line,
                      "  calibration: by %s on %zu samples (%s), RMSE %.1f dB before, %.1f dB "
                      "after (cross-validated, %d folds); %zu site(s) with their own fit\n",
                      c.by.c_str(), c.samples, c.date.c_str(), c.rmse_before_db, c.rmse_after_db,
                      c.folds, c.by_site.size());
        std::cout << line;
    }
    print_issues(std::cout, loaded->issues);
    return kExitOk;
}

int run_remove_layer(int argc, char** argv) {
    Args a(argc, argv, 2, {"help"}, {});
    if (a.has("help")) {
        std::cout << kRemoveHelp;
        return kExitOk;
    }
    if (a.positionals().size() != 2) throw UsageError{"expected PROJECT ROLE"};
    const std::string path = a.positionals()[0];
    const auto role = core::role_from_name(a.positionals()[1]);
    if (!role) throw UsageError{"unknown role '" + a.positionals()[1] + "'"};
    auto lock = lock_project(path, "remove-layer");
    if (!lock) return lock.error();
    auto project = load_valid_project(path, "remove-layer");
    if (!project) return project.error();
    const std::size_t n = gis::remove_layer(*project, *role);
    if (auto saved = gis::save_project(*project, path, *lock); !saved) {
        std::cerr << "covplan remove-layer: " << saved.error() << "\n";
        return kExitBadInput;
    }
    std::cout << "removed " << n << " feature(s) of role " << core::role_name(*role) << " from "
              << path << "\n";
    return kExitOk;
}

}  // namespace covplan::cli
