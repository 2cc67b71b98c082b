#include <iostream>
#include <optional>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/report.h"
#include "gis/crs.h"
#include "gis/project_file.h"

namespace covplan::cli {
namespace {
constexpr const char* kHelp = R"(Usage: covplan settings PROJECT [KEY=VALUE ...]

Without KEY=VALUE, prints the project's settings and targets. With them, changes
those settings and saves the project (atomically). Keys include resolution_m,
rsrp_threshold_4g_dbm, rsrp_threshold_5g_dbm, sinr_floor_db, fiber_drop_reach_m,
receiver_height_m, propagation_model (auto, fspl, hata, cost231, tr38901),
environment (dense-urban, urban, suburban, rural), noise_figure_db,
interference_load, terrain_diffraction (true/false), rsrp_floor_dbm, max_radius_m,
plan_5g_template (the radio template new and upgraded 5G sites get) and the
target.* keys. Radio templates: radio.<id>.<field> with fields technology (4G/5G),
band, freq_mhz, bandwidth_mhz, power_dbm, antenna_model, omni_antenna_model,
feeder_loss_db, elec_tilt_deg, mech_tilt_deg, height_m, azimuths_deg (0;120;240);
a new id adds a row. language (vi or en: reports, maps and KMZ without --lang);
the Vietnamese report's heading: report.parent_body, report.issuing_body,
report.number, report.place, report.title, report.recipients (items separated by
';'), report.signer_title (lines separated by ';'), report.signer_name. Every
value is range-checked (exit 1 with the reason).
)";
}  // namespace

int run_settings(int argc, char** argv) {
    Args a(argc, argv, 2, {"help"}, {});
    if (a.has("help")) {
        std::cout << kHelp;
        return kExitOk;
    }
    if (a.positionals().empty()) throw UsageError{"expected PROJECT [KEY=VALUE ...]"};
    const std::string path = a.positionals()[0];
    // Only a change needs the write lock; printing reads what is there.
    std::optional<gis::ProjectLock> lock;
    if (a.positionals().size() > 1) {
        auto taken = lock_project(path, "settings");
        if (!taken) return taken.error();
        lock.emplace(std::move(*taken));
    }
    auto loaded = gis::load_project(path);
    if (!loaded) {
        print_issues(std::cerr, loaded.error());
        return kExitBadInput;
    }
    core::KeyValues kv = core::settings_to_key_values(loaded->project.settings);
    if (a.positionals().size() == 1) {
        for (const auto& [k, v] : kv) std::cout << k << "=" << v << "\n";
        return kExitOk;
    }
    if (core::has_errors(loaded->issues)) {
        std::cerr << "covplan settings: " << path << " has errors; fix them first:\n";
        print_issues(std::cerr, loaded->issues);
        return kExitBadInput;
    }
    for (std::size_t i = 1; i < a.positionals().size(); ++i) {
        const std::string& item = a.positionals()[i];
        const auto eq = item.find('=');
        if (eq == std::string::npos) throw UsageError{"'" + item + "' is not KEY=VALUE"};
        const std::string key = item.substr(0, eq);
        if (!kv.contains(key) && !key.starts_with("radio."))
            throw UsageError{"unknown setting '" + key + "'"};
        kv[key] = item.substr(eq + 1);
    }
    auto settings = gis::checked_settings(kv);
    if (!settings) {
        std::cerr << "covplan settings: " << settings.error() << "\n";
        return kExitBadInput;
    }
    loaded->project.settings = *settings;
    if (auto r = gis::save_project(loaded->project, path, *lock); !r) {
        std::cerr << "covplan settings: " << r.error() << "\n";
        return kExitBadInput;
    }
    std::cout << "saved " << path << "\n";
    return kExitOk;
}

}  // namespace covplan::cli
