#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/job_args.h"
#include "cli/report.h"
#include "gis/analysis_job.h"
#include "gis/project_file.h"
#include "gis/xlsx_workbook.h"

namespace covplan::cli {
namespace fs = std::filesystem;
namespace {

constexpr const char* kAnalyzeHelp =
    R"(Usage: covplan analyze PROJECT --out DIR [--xlsx FILE.xlsx [--lang vi|en]]
                       [--resolution-m 10] [--threads N] [--no-colocation]

Computes coverage and the plan's indicators: population and households with 4G,
5G, neither and within fiber reach (per hamlet and for the ward), priority places
with their 5G status, the plan KPIs against their targets, and co-location options
(what a 5G upgrade of each existing tower adds; towers near each proposed site).
Writes kpis.json, kpis.csv, hamlets.csv, priority_places.csv, colocation.csv (CSV
in UTF-8 with BOM for Excel) and analysis.gpkg (priority_places, priority_gaps,
tower_upgrades, hamlet_kpis).
  --xlsx FILE   also one Excel workbook for people: indicators on both bases, khu
                vực, sites, priority places (a sheet each), in --lang (default: the
                project's language), numbers stored as numbers
)";

constexpr const char* kSuggestHelp = R"(Usage: covplan suggest PROJECT [--out DIR] [options]

Picks the cheapest set of 5G sites, from upgrades of existing towers and new sites
on a grid inside the ward (not on water), that reaches the 5G population target and
covers the priority places (lazy greedy on marginal gain per cost). Writes
suggest.csv and suggest.json (with the coverage curve) into DIR and adds the chosen
sites to the project as proposed sites (atomically), unless --dry-run.

Options:
  --out DIR                 where suggest.csv / suggest.json go (default: .)
  --target-population S     5G population share to reach (default: the project's
                            target.population_5g_share)
  --no-priority             do not require the priority places
  --upgrade-cost C          cost of a 5G upgrade of an existing tower (default 1)
  --new-site-cost C         cost of a new tower (default 3)
  --grid-spacing-m M        spacing of generated new-site candidates (default 700)
  --max-candidates N        at most N candidates (default 200)
  --max-sites N             stop after N sites (default 100)
  --dry-run                 leave the project as it is
)";

gis::AnalysisOptions analysis_options(const Args& a, const std::string& project_path) {
    gis::AnalysisOptions o;
    o.coverage = job_options(a, project_path);
    return o;
}

}  // namespace

int run_analyze(int argc, char** argv) {
    Args a(argc, argv, 2, {"help", "no-colocation"},
           {"out", "resolution-m", "threads", "xlsx", "lang"});
    if (a.has("help")) {
        std::cout << kAnalyzeHelp;
        return kExitOk;
    }
    if (a.positionals().size() != 1 || !a.get("out"))
        throw UsageError{"expected PROJECT --out DIR"};
    auto project = load_valid_project(a.positionals()[0], "analyze");
    if (!project) return project.error();
    gis::AnalysisOptions o = analysis_options(a, a.positionals()[0]);
    o.colocation = !a.has("no-colocation");
    auto analysis = gis::analyze_project(*project, o);
    if (!analysis) {
        std::cerr << "covplan analyze: " << analysis.error() << "\n";
        return kExitBadInput;
    }
    const std::string lang = a.get("lang").value_or(project->settings.language);
    if (lang != "vi" && lang != "en") throw UsageError{"--lang must be vi or en"};
    if (int rc = write_analysis_files(*a.get("out"), *project, *analysis); rc != kExitOk) return rc;
    if (const auto xlsx = a.get("xlsx")) {
        if (auto written = gis::write_analysis_xlsx(*xlsx, *project, *analysis, lang == "vi");
            !written) {
            std::cerr << "covplan analyze: " << written.error() << "\n";
            return kExitBadInput;
        }
        std::printf("  %s\n", fs::absolute(*xlsx).string().c_str());
    }
    return kExitOk;
}

int write_analysis_files(const std::string& out_dir, const gis::Project& project,
                         const gis::PlanAnalysis& analysis) {
    auto files = gis::write_analysis(out_dir, project, analysis);
    if (!files) {
        std::cerr << "covplan analyze: " << files.error() << "\n";
        return kExitBadInput;
    }
    for (const core::Note& w : analysis.people.warnings) std::printf("  note: %s\n", w.en.c_str());
    for (const core::Note& w : analysis.plausibility) std::printf("  warning: %s\n", w.en.c_str());
    if (const auto& m = analysis.measured) {
        std::printf(
            "measured (drive test, sites on air): share of samples at the threshold | "
            "predicted there\n");
        for (const core::MeasuredShare& r : m->shares)
            std::printf("  %-24s %s  %5.1f %%  | %5.1f %%  (%zu samples)\n",
                        r.area.empty() ? "ward" : r.area.c_str(),
                        core::technology_name(core::technology_of(r.layer)),
                        100.0 * r.measured_share, 100.0 * r.predicted_share, r.samples);
        if (m->throughput_samples)
            std::printf("  mean measured downlink %.1f Mbit/s over %zu samples%s\n",
                        m->mean_throughput_mbps, m->throughput_samples,
                        m->baseline_mbps > 0
                            ? (m->throughput_met() ? " (target met)" : " (below the target)")
                            : "");
    }
    std::printf("plan KPIs (%s): on air | with the proposals | target\n", project.title.c_str());
    for (const core::Kpi& k : analysis.kpis) {
        const core::Kpi* on = gis::on_air_kpi(analysis, k.id);
        auto shown = [&](const core::Kpi& x) {
            return x.available() ? core::kpi_number_text(x, x.value) : std::string("n/a");
        };
        if (!k.available()) {
            std::printf("  %-46s     n/a   (%s)\n", k.label_en.c_str(), k.unavailable().c_str());
            continue;
        }
        const std::string target = k.has_target ? core::kpi_number_text(k, k.target) + " by " +
                                                      std::to_string(k.target_year)
                                                : std::string("no target");
        const std::string counts = k.counted.empty() ? std::string()
                                                     : "  (" + core::kpi_counts_text(on ? *on : k) +
                                                           " | " + core::kpi_counts_text(k) + ")";
        std::printf("  %-46s %11s | %11s | %-16s %-5s%s\n", k.label_en.c_str(),
                    shown(on ? *on : k).c_str(), shown(k).c_str(), target.c_str(),
                    !k.has_target ? ""
                    : k.pass()    ? "pass"
                                  : "short",
                    counts.c_str());
    }
    int gaps = 0;
    for (const auto& p : analysis.places)
        gaps += p.source == core::PlaceSource::Poi && core::is_priority_gap(p);
    std::printf(
        "priority places without 5G: %d; co-location: %zu tower upgrades ranked (left out: %d "
        "that would add nobody, %d already carrying a proposed 5G site)\n",
        gaps, analysis.colocation.upgrades.size(), analysis.colocation.towers_adding_nothing,
        analysis.colocation.towers_with_5g_planned);
    std::printf("timings: coverage %.2f s, analysis %.3f s, co-location %.2f s\noutputs:\n",
                analysis.coverage_timings.propagation_s, analysis.analysis_s,
                analysis.colocation_s);
    for (const std::string& f : *files) std::printf("  %s\n", f.c_str());
    return kExitOk;
}

int run_suggest(int argc, char** argv) {
    Args a(argc, argv, 2, {"help", "dry-run", "no-priority"},
           {"out", "target-population", "upgrade-cost", "new-site-cost", "grid-spacing-m",
            "max-candidates", "max-sites", "resolution-m", "threads"});
    if (a.has("help")) {
        std::cout << kSuggestHelp;
        return kExitOk;
    }
    if (a.positionals().size() != 1) throw UsageError{"expected PROJECT"};
    const std::string path = a.positionals()[0];
    std::optional<gis::ProjectLock> lock;  // suggest adds its sites to the project
    if (!a.has("dry-run")) {
        auto taken = lock_project(path, "suggest");
        if (!taken) return taken.error();
        lock.emplace(std::move(*taken));
    }
    auto project = load_valid_project(path, "suggest");
    if (!project) return project.error();
    core::SuggestOptions s;
    // The project's own target unless asked otherwise (never "reached" below the plan's).
    s.target_population_5g =
        a.number("target-population").value_or(project->settings.targets.population_5g_share);
    s.cover_priority_places = !a.has("no-priority");
    s.upgrade_cost = a.number("upgrade-cost").value_or(1.0);
    s.new_site_cost = a.number("new-site-cost").value_or(3.0);
    s.grid_spacing_m = a.number("grid-spacing-m").value_or(700.0);
    s.max_candidates = static_cast<int>(a.number("max-candidates").value_or(200));
    s.max_sites = static_cast<int>(a.number("max-sites").value_or(100));
    if (!(s.target_population_5g > 0 && s.target_population_5g <= 1))
        throw UsageError{"--target-population is a share in (0, 1]"};
    if (!(s.upgrade_cost > 0 && s.new_site_cost > 0 && s.grid_spacing_m >= 50))
        throw UsageError{"costs must be positive, spacing >= 50 m"};
    gis::AnalysisOptions o = analysis_options(a, path);
    o.colocation = false;
    auto analysis = gis::analyze_project(*project, o);
    if (!analysis) {
        std::cerr << "covplan suggest: " << analysis.error() << "\n";
        return kExitBadInput;
    }
    auto result = gis::suggest_for_project(*project, *analysis, s);
    if (!result) {
        std::cerr << "covplan suggest: " << result.error() << "\n";
        return kExitBadInput;
    }
    auto files = gis::write_suggestion(a.get("out").value_or("."), *project, *result);
    if (!files) {
        std::cerr << "covplan suggest: " << files.error() << "\n";
        return kExitBadInput;
    }
    std::printf("suggest: %zu candidates, %zu chosen in %.2f s (%zu gain evaluations)\n",
                result->candidates.size(), result->chosen.size(), result->seconds,
                result->gain_evaluations);
    // The share the chosen plan reaches: through the full engine when sites were
    // chosen, else the plan as it is (the curve's first point).
    const double reached = result->verified_population_5g_share >= 0
                               ? result->verified_population_5g_share
                           : result->curve.empty() ? 0.0
                                                   : result->curve.back().population_5g_share;
    if (result->target_reached)
        std::printf("  target %.1f%% of residents with 5G: reached (%.1f%%)\n",
                    100 * s.target_population_5g, 100 * reached);
    else
        std::printf(
            "  target %.1f%% of residents with 5G: NOT reached: %.1f%% with %zu added "
            "site(s), short by %.1f points (raise --max-sites or --max-candidates, or "
            "add sites by hand where the gaps are)\n",
            100 * s.target_population_5g, 100 * reached, result->chosen.size(),
            100 * (s.target_population_5g - reached));
    if (result->verified_population_5g_share >= 0)
        std::printf("  with interference (full engine): 5G population %.1f%%\n",
                    100 * result->verified_population_5g_share);
    for (const auto& c : result->curve)
        std::printf("  %3d sites  cost %6.1f  5G population %5.1f%%  priority places %d  %s\n",
                    c.sites, c.cost, 100 * c.population_5g_share, c.priority_places_5g,
                    c.added.c_str());
    if (!a.has("dry-run") && !result->chosen.empty()) {
        for (const auto& c : result->chosen) project->layers.sites.push_back(c.site);
        if (auto r = gis::save_project(*project, path, *lock); !r) {
            std::cerr << "covplan suggest: " << r.error() << "\n";
            return kExitBadInput;
        }
        std::printf("added %zu proposed site(s) to %s\n", result->chosen.size(), path.c_str());
    }
    std::printf("outputs:\n");
    for (const std::string& f : *files) std::printf("  %s\n", f.c_str());
    return kExitOk;
}

}  // namespace covplan::cli
