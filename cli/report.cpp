#include "cli/report.h"

#include <cmath>
#include <cstdlib>
#include <iostream>
#include <map>

#include "cli/commands.h"
#include "gis/project_file.h"

namespace covplan::cli {

std::expected<gis::Project, int> load_valid_project(const std::string& path, const char* command) {
    auto loaded = gis::load_project(path);
    if (!loaded) {
        print_issues(std::cerr, loaded.error());
        return std::unexpected(kExitBadInput);
    }
    if (core::has_errors(loaded->issues)) {
        std::cerr << "covplan " << command << ": " << path << " has errors; fix them first:\n";
        print_issues(std::cerr, loaded->issues);
        return std::unexpected(kExitBadInput);
    }
    return std::move(loaded->project);
}

std::expected<gis::ProjectLock, int> lock_project(const std::string& path, const char* command) {
    // COVPLAN_LOCK_WAIT_S: how long to wait for another writer (scripts that run
    // commands in parallel may want longer, tests shorter).
    auto wait = gis::ProjectLock::kDefaultWait;
    if (const char* env = std::getenv("COVPLAN_LOCK_WAIT_S")) {
        char* end = nullptr;
        const double s = std::strtod(env, &end);
        if (end != env && std::isfinite(s) && s >= 0 && s <= 86400)
            wait = std::chrono::milliseconds(static_cast<long long>(s * 1000));
    }
    auto lock = gis::ProjectLock::acquire(path, wait);
    if (!lock) {
        std::cerr << "covplan " << command << ": " << lock.error() << "\n";
        return std::unexpected(kExitBadInput);
    }
    return std::move(*lock);
}

std::size_t print_issues(std::ostream& out, const std::vector<core::Issue>& issues) {
    // Grouped, errors first: the two rows that matter are not lost under 25 notes.
    std::size_t errors = 0;
    for (const core::Issue& i : issues) errors += i.severity == core::Severity::Error;
    for (const core::IssueGroup& g : core::group_issues(issues))
        out << "  " << core::format_issue_group(g) << "\n";
    return errors;
}

void print_plan_summary(std::ostream& out, const core::PlanLayers& L) {
    double pop = 0, hh = 0;
    for (const auto& h : L.hamlets) {
        pop += h.population;
        hh += h.households;
    }
    out << "  ward: " << L.ward.size() << " polygon(s)";
    for (const auto& w : L.ward)
        out << " [" << w.name << (w.code.empty() ? "" : ", code " + w.code) << "]";
    out << "\n  hamlets: " << L.hamlets.size() << " (population " << static_cast<long long>(pop)
        << ", households " << static_cast<long long>(hh) << ")\n";
    std::map<std::string, std::map<std::string, int>> by_operator;  // operator -> tech/status -> n
    for (const auto& s : L.sites)
        ++by_operator[s.operator_name.empty() ? "(no operator)" : s.operator_name]
                     [std::string(core::technology_name(s.technology)) + " " +
                      core::status_name(s.status)];
    out << "  sites: " << L.sites.size() << "\n";
    for (const auto& [op, counts] : by_operator) {
        out << "    " << op << ":";
        for (const auto& [k, n] : counts) out << " " << n << " " << k << ";";
        out << "\n";
    }
    std::map<std::string, int> poi;
    for (const auto& p : L.poi) ++poi[std::string(core::poi_category_name(p.category))];
    out << "  fiber routes: " << L.fiber.size() << "\n  poi: " << L.poi.size();
    if (!poi.empty()) {
        out << " (";
        bool first = true;
        for (const auto& [k, n] : poi) {
            out << (first ? "" : ", ") << k << " " << n;
            first = false;
        }
        out << ")";
    }
    out << "\n  roads: " << L.roads.size() << "\n  waterways: " << L.waterways.size() << "\n";
}

}  // namespace covplan::cli
