// `covplan validate` and `covplan calibrate`: the model against the project's
// measurements, and the model fitted to them.

#include <cstdio>
#include <filesystem>
#include <iostream>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/gui_app.h"
#include "cli/job_args.h"
#include "cli/report.h"
#include "gis/measurement_job.h"
#include "gis/project_file.h"
#include "render/validation_plots.h"

namespace covplan::cli {
namespace {

constexpr const char* kValidateHelp =
    R"(Usage: covplan validate PROJECT --out DIR [--bin-m 20] [--lang vi|en]
                        [--resolution-m M] [--threads N]

Compares the model with the project's measurements (import them with
`covplan import PROJECT FILE --role measurements`). At every sample the prediction
is what the coverage raster holds at the sample's pixel for its serving cell (the
best of the serving site's sectors); samples that name no serving cell, or one no
site matches, are compared with the best server. Samples are first averaged over
squares of --bin-m metres per serving cell (power mean: Lee's local mean, which
removes fast fading; 0 = every sample on its own).

Error = predicted - measured RSRP (dB): positive means the model promises more
signal than was measured. Statistics: count, mean error, mean absolute error, RMSE,
standard deviation, correlation; overall, by cell, by distance and by land-use class.

Writes into DIR: validation.json, validation_samples.csv (one row per compared
sample or bin), validation.gpkg (layer "residuals"), validation_scatter.png and
validation_histogram.png. With a stored calibration (`covplan calibrate`), the
calibrated model is validated.
)";

constexpr const char* kCalibrateHelp =
    R"(Usage: covplan calibrate PROJECT --out DIR [--by global|cell|clutter]
                         [--folds 10] [--block-m 1000] [--bin-m 20] [--dry-run]

Fits the project's propagation model to its measurements, as the standard-model
tuning of planning tools does: the path loss gets an offset and a distance slope,
  L'(d) = L(d) + offset_db + slope_db_per_decade * log10(d / 1 km) [+ class offset]
by least squares of the prediction error of the uncalibrated model:
  --by global   one offset and slope for every cell (default)
  --by cell     an offset and slope per serving site; a site with fewer than 50
                compared samples or less than a decade of distance keeps the global
                fit (and the note says so)
  --by clutter  the global fit plus an offset per land-use class (needs land use)

The "after" error in calibration.json is cross-validated: the samples are cut into
spatial blocks of --block-m metres, the blocks into --folds folds, and every sample's
corrected error comes from a fit that did not see its block. The calibration is then
fitted on all samples and stored in the project (unless --dry-run); coverage,
analyze, suggest, report and the desktop use it from then on. Running calibrate
again replaces it; `covplan calibrate PROJECT --remove` removes it.
)";

core::ComparisonOptions validation_options(const Args& a) {
    core::ComparisonOptions v;
    v.bin_m = a.number("bin-m").value_or(20.0);
    return v;
}

void print_stats(const char* label, const core::ErrorStats& s) {
    std::printf(
        "  %-8s n %zu, mean error %+.2f dB, mean |error| %.2f dB, RMSE %.2f dB, std %.2f dB, r "
        "%.3f\n",
        label, s.n, s.mean_error_db, s.mean_abs_error_db, s.rmse_db, s.std_db, s.correlation);
}

}  // namespace

int run_validate(int argc, char** argv) {
    Args a(argc, argv, 2, {"help"}, {"out", "bin-m", "lang", "resolution-m", "threads"});
    if (a.has("help")) {
        std::cout << kValidateHelp;
        return kExitOk;
    }
    if (a.positionals().size() != 1 || !a.get("out"))
        throw UsageError{"expected PROJECT --out DIR"};
    const std::string path = a.positionals()[0];
    auto project = load_valid_project(path, "validate");
    if (!project) return project.error();
    const std::string lang = a.get("lang").value_or(project->settings.language);
    if (lang != "vi" && lang != "en") throw UsageError{"--lang must be vi or en"};
    auto c = gis::compare_measurements(*project, job_options(a, path), validation_options(a));
    if (!c) {
        std::cerr << "covplan validate: " << c.error() << "\n";
        return kExitBadInput;
    }
    auto app = ensure_gui_application(argv[0]);
    const auto pngs = render::validation_pngs(c->validation, lang == "vi");
    auto files = gis::write_validation(*a.get("out"), *project, *c, pngs);
    if (!files) {
        std::cerr << "covplan validate: " << files.error() << "\n";
        return kExitBadInput;
    }
    const core::ValidationResult& v = c->validation;
    std::printf(
        "validate: %zu samples, %zu compared (%s), model %s%s\n", v.samples, v.compared.size(),
        v.bin_m > 0
            ? ("averaged over " + std::to_string(static_cast<int>(v.bin_m)) + " m squares").c_str()
            : "one by one",
        c->model.c_str(), c->calibrated ? " (calibrated)" : "");
    std::printf(
        "  serving cell: %zu by id, %zu by position, %zu unmatched, %zu without one; %zu "
        "compared with the best server\n",
        c->serving.by_id, c->serving.by_position, c->serving.unmatched, c->serving.unknown,
        v.best_server);
    if (v.outside_grid || v.out_of_reach)
        std::printf("  left out: %zu outside the computed grid, %zu beyond the cell's reach\n",
                    v.outside_grid, v.out_of_reach);
    print_stats("overall", v.overall);
    for (const core::GroupError& g : v.by_distance) print_stats(g.key.c_str(), g.stats);
    std::printf("outputs:\n");
    for (const std::string& f : *files) std::printf("  %s\n", f.c_str());
    return kExitOk;
}

int run_calibrate(int argc, char** argv) {
    Args a(argc, argv, 2, {"help", "dry-run", "remove"},
           {"out", "by", "folds", "block-m", "bin-m", "resolution-m", "threads"});
    if (a.has("help")) {
        std::cout << kCalibrateHelp;
        return kExitOk;
    }
    if (a.positionals().size() != 1) throw UsageError{"expected PROJECT --out DIR"};
    const std::string path = a.positionals()[0];
    auto lock = lock_project(path, "calibrate");
    if (!lock) return lock.error();
    auto project = load_valid_project(path, "calibrate");
    if (!project) return project.error();
    if (a.has("remove")) {
        const bool had = !project->calibration.empty();
        project->calibration = {};
        if (auto saved = gis::save_project(*project, path, *lock); !saved) {
            std::cerr << "covplan calibrate: " << saved.error() << "\n";
            return kExitBadInput;
        }
        std::printf(had ? "calibration removed from %s\n" : "%s had no calibration\n",
                    path.c_str());
        return kExitOk;
    }
    if (!a.get("out")) throw UsageError{"expected PROJECT --out DIR"};
    core::CalibrationOptions o;
    if (auto by = a.get("by")) {
        auto scope = core::parse_calibration_scope(*by);
        if (!scope) throw UsageError{"--by must be global, cell or clutter"};
        o.scope = *scope;
    }
    o.folds = static_cast<int>(a.number("folds").value_or(10));
    o.block_m = a.number("block-m").value_or(1000.0);
    if (!(o.block_m >= 50 && o.block_m <= 50000)) throw UsageError{"--block-m must be 50–50000 m"};
    auto run = gis::calibrate_model(*project, job_options(a, path), validation_options(a), o);
    if (!run) {
        std::cerr << "covplan calibrate: " << run.error() << "\n";
        return kExitBadInput;
    }
    const bool store = !a.has("dry-run");
    auto json = gis::write_calibration(*a.get("out"), *run, store);
    if (!json) {
        std::cerr << "covplan calibrate: " << json.error() << "\n";
        return kExitBadInput;
    }
    const core::CalibrationReport& r = run->report;
    std::printf("calibrate (--by %s): %zu compared samples, %d folds over %zu blocks\n",
                r.calibration.by.c_str(), run->before.validation.compared.size(), r.folds,
                r.blocks);
    print_stats("before", r.before);
    print_stats("after", r.after);
    std::printf("  (after: cross-validated, each sample from a fit that did not see its block)\n");
    std::printf("  global: offset %+.2f dB at 1 km, slope %+.2f dB/decade\n",
                r.calibration.global.offset_db, r.calibration.global.slope_db_per_decade);
    if (!r.calibration.by_site.empty())
        std::printf("  %zu site(s) with a fit of their own\n", r.calibration.by_site.size());
    for (const auto& [cls, off] : r.calibration.clutter_offset_db)
        std::printf("  land-use class %d: %+.2f dB\n", cls, off);
    for (const std::string& n : r.notes) std::printf("  note: %s\n", n.c_str());
    if (r.after.rmse_db >= r.before.rmse_db)
        std::printf(
            "  warning: the cross-validated RMSE is not lower than before; the fit "
            "does not generalise (consider --by global, or more samples)\n");
    if (store) {
        project->calibration = r.calibration;
        if (auto saved = gis::save_project(*project, path, *lock); !saved) {
            std::cerr << "covplan calibrate: " << saved.error() << "\n";
            return kExitBadInput;
        }
        std::printf("stored in %s (coverage, analyze, suggest and report use it now)\n",
                    path.c_str());
    } else {
        std::printf("dry run: the project is unchanged\n");
    }
    std::printf("outputs:\n  %s\n", json->c_str());
    return kExitOk;
}

}  // namespace covplan::cli
