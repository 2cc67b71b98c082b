#include "core/plan_validation.h"

#include <cmath>
#include <cstdio>
#include <unordered_map>

namespace covplan::core {
namespace {

std::string fmt(const char* format, double a, double b = 0.0) {
    char buf[256];
    std::snprintf(buf, sizeof buf, format, a, b);
    return buf;
}

}  // namespace

std::vector<Issue> validate_plan(const PlanLayers& plan, const ValidationOptions& options) {
    std::vector<Issue> issues;
    auto add = [&](Severity sev, const char* layer, std::string feature, std::string message) {
        issues.push_back({sev, "", layer, std::move(feature), std::move(message)});
    };

    std::unordered_map<std::string, int> seen;
    for (const Site& s : plan.sites) {
        if (++seen[s.site_id] == 2)
            add(Severity::Error, "sites", "site_id " + s.site_id,
                "duplicate site id: every site row needs its own id (use tower_id to group "
                "co-located sites)");
    }

    MultiPolygon ward_area;
    for (const Ward& w : plan.ward)
        for (const Polygon& p : w.area) ward_area.push_back(p);
    if (!ward_area.empty()) {
        for (const Site& s : plan.sites) {
            const double d = bg::distance(s.location, ward_area);
            if (d > options.site_outside_tolerance_m)
                add(Severity::Warning, "sites", "site_id " + s.site_id,
                    fmt("site lies %.0f m outside the ward boundary", d));
        }
    }

    if (!plan.ward.empty() && !plan.hamlets.empty()) {
        double ward_pop = 0.0, hamlet_pop = 0.0;
        for (const Ward& w : plan.ward) ward_pop += w.population;
        for (const Hamlet& h : plan.hamlets) hamlet_pop += h.population;
        if (ward_pop > 0.0 &&
            std::abs(hamlet_pop - ward_pop) > options.population_sum_tolerance * ward_pop)
            add(Severity::Warning, "hamlets", "",
                fmt("hamlet populations add up to %.0f but the ward's population is %.0f",
                    hamlet_pop, ward_pop));
    }
    return issues;
}

}  // namespace covplan::core
