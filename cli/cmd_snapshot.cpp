// `covplan snapshot`: records today's (or a given date's) plan KPIs in the project,
// the series the yearly progress report draws its trend and change from.
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/report.h"
#include "core/analysis/kpi_snapshot.h"
#include "gis/analysis_job.h"
#include "gis/project_file.h"

namespace covplan::cli {
namespace fs = std::filesystem;
namespace {
constexpr const char* kHelp = R"(Usage: covplan snapshot PROJECT [--date YYYY-MM-DD] [--list]

Computes the KPIs of the sites on air (proposed sites are left out: a plan is
not progress) and stores them in the project under the date (default: today,
UTC); a second snapshot on the same date replaces the first. Prints each KPI
with its change since the previous snapshot. `covplan report` shows the series.
  --list        print the stored snapshots and change nothing
  --resolution-m R, --threads N   as for `covplan coverage`
)";

std::string today_utc() {
    const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    const std::chrono::year_month_day ymd{days};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buf;
}

}  // namespace

int run_snapshot(int argc, char** argv) {
    Args a(argc, argv, 2, {"help", "list"}, {"date", "resolution-m", "threads"});
    if (a.has("help")) {
        std::cout << kHelp;
        return kExitOk;
    }
    if (a.positionals().size() != 1) throw UsageError{"expected PROJECT"};
    const std::string date = a.get("date").value_or(today_utc());
    if (!core::is_iso_date(date))
        throw UsageError{"--date must be a calendar date YYYY-MM-DD, not '" + date + "'"};
    const std::string path = a.positionals()[0];
    std::optional<gis::ProjectLock> lock;  // recording a snapshot saves the project
    if (!a.has("list")) {
        auto taken = lock_project(path, "snapshot");
        if (!taken) return taken.error();
        lock.emplace(std::move(*taken));
    }
    auto loaded = gis::load_project(path);
    if (!loaded) {
        print_issues(std::cerr, loaded.error());
        return kExitBadInput;
    }
    gis::Project& project = loaded->project;
    if (a.has("list")) {
        for (const core::KpiSnapshot& s : project.snapshots)
            std::printf("%s  %-28s %10.4f  target %.4f by %d\n", s.date.c_str(), s.kpi_id.c_str(),
                        s.value, s.target, s.target_year);
        if (project.snapshots.empty()) std::printf("no snapshots in %s\n", path.c_str());
        return kExitOk;
    }
    gis::AnalysisOptions opts;
    opts.colocation = false;  // not a KPI; saves most of the run time
    opts.coverage.resolution_m = a.number("resolution-m");
    opts.coverage.threads = static_cast<int>(a.number("threads").value_or(0));
    opts.coverage.project_dir = fs::absolute(path).parent_path().string();
    // Progress is what is on air: proposals are plans, not achievements.
    auto analysis = gis::analyze_project(gis::on_air(project), opts);
    if (!analysis) {
        std::cerr << "covplan snapshot: " << analysis.error() << "\n";
        return kExitBadInput;
    }
    const auto previous = core::previous_snapshot_date(project.snapshots, date);
    const auto before = project.snapshots;
    core::record_snapshot(project.snapshots, date, analysis->kpis);
    if (auto saved = gis::save_project(project, path, *lock); !saved) {
        std::cerr << "covplan snapshot: " << saved.error() << "\n";
        return kExitBadInput;
    }
    std::printf("snapshot %s stored in %s%s\n", date.c_str(), path.c_str(),
                previous ? (" (previous: " + *previous + ")").c_str() : " (the first)");
    for (const core::Kpi& k : analysis->kpis) {
        if (!k.available()) {
            std::printf("  %-46s       n/a  not recorded (%s)\n", k.label_en.c_str(),
                        k.unavailable().c_str());
            continue;
        }
        std::string change;
        if (previous)
            if (auto old = core::snapshot_value(before, *previous, k.id))
                change = "  change " + std::string(k.value >= *old ? "+" : "-") +
                         core::kpi_number_text(k, std::abs(k.value - *old));
        const std::string target = k.has_target ? "target " + core::kpi_number_text(k, k.target) +
                                                      " by " + std::to_string(k.target_year)
                                                : std::string("no target");
        std::printf("  %-46s %11s  %s%s\n", k.label_en.c_str(),
                    core::kpi_number_text(k, k.value).c_str(), target.c_str(), change.c_str());
    }
    return kExitOk;
}

}  // namespace covplan::cli
