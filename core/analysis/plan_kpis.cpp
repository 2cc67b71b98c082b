#include "core/analysis/plan_kpis.h"

#include <algorithm>
#include <boost/geometry.hpp>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "core/category_text.h"
#include "core/locale_text.h"

namespace covplan::core {

const char* kpi_missing_text(KpiMissing missing) {
    switch (missing) {
        case KpiMissing::Nothing:
            return "";
        case KpiMissing::Population:
            return "no population figure (neither khu vực nor the ward carry one)";
        case KpiMissing::Households:
            return "no household figure";
        case KpiMissing::Stations4g:
            return "no 4G site inside the ward";
        case KpiMissing::Towers:
            return "no tower inside the ward";
        case KpiMissing::Fiber:
            return "no fiber route inside the ward";
    }
    return "";
}

SiteCounts count_sites(const std::vector<Site>& sites, const std::vector<Ward>& ward) {
    SiteCounts c;
    std::map<std::string, std::set<std::string>> operators_on;
    for (const Site& s : sites) {
        const bool nr = s.technology == Technology::Nr5G;
        if (!inside_ward(s.location, ward)) {
            (s.status == SiteStatus::Existing ? c.outside_existing : c.outside_proposed)++;
            continue;
        }
        operators_on[s.tower_id.empty() ? s.site_id : s.tower_id].insert(s.operator_name);
        if (s.status == SiteStatus::Existing)
            (nr ? c.existing_5g : c.existing_4g)++;
        else
            (nr ? c.proposed_5g : c.proposed_4g)++;
    }
    c.towers = static_cast<int>(operators_on.size());
    for (const auto& [tower, ops] : operators_on) c.shared_towers += ops.size() >= 2;
    return c;
}

FiberLengths fiber_lengths(const std::vector<FiberRoute>& fiber, const std::vector<Ward>& ward) {
    FiberLengths out;
    for (const FiberRoute& r : fiber) {
        double m = 0;
        if (ward.empty()) {
            m = bg::length(r.path);
        } else {
            for (const Ward& w : ward) {
                MultiLineString inside;
                bg::intersection(r.path, w.area, inside);
                m += bg::length(inside);
            }
        }
        out.total_m += m;
        if (r.placement == CablePlacement::Underground) out.underground_m += m;
        if (r.placement == CablePlacement::Unknown) out.unknown_m += m;
    }
    return out;
}

std::vector<CategoryCoverage> category_table(const std::vector<PriorityPlace>& places) {
    std::map<std::string, CategoryCoverage> by;
    for (const PriorityPlace& p : places) {
        CategoryCoverage& c = by[p.category];
        c.category = p.category;
        ++c.places;
        if (p.status == PriorityStatus::Covered5G)
            ++c.with_5g;
        else if (p.status == PriorityStatus::Only4G)
            ++c.only_4g;
        else
            ++c.without;
        c.length_m += p.length_m;
        c.length_5g_m += p.length_m - p.length_without_5g_m;
    }
    std::vector<CategoryCoverage> out;
    for (auto& [k, v] : by) out.push_back(v);
    return out;
}

std::string kpi_number_text(const Kpi& k, double v, bool vi) {
    if (k.unit == "ratio") return decimal_text(v, 2, vi);
    if (k.unit == "mbps") return decimal_text(v, 1, vi) + " Mbit/s";
    return percent_text(v, vi);
}

std::string kpi_difference_text(const Kpi& k, double d, bool vi, bool sign) {
    if (k.unit == "share") return points_text(d, vi, sign);
    std::string n = kpi_number_text(k, std::abs(d), vi);
    if (sign) n = (d < 0 ? "−" : "+") + n;
    return n;
}

std::string kpi_counts_text(const Kpi& k, bool vi) {
    if (!k.available() || k.counted.empty()) return {};
    if (k.counted == "m")
        return decimal_text(k.part / 1000.0, 1, vi) + " / " +
               decimal_text(k.whole / 1000.0, 1, vi) + " km";
    const std::string unit = !vi                         ? k.counted
                             : k.counted == "stations"   ? "trạm"
                             : k.counted == "people"     ? "người"
                             : k.counted == "households" ? "hộ"
                             : k.counted == "places"     ? "điểm"
                             : k.counted == "towers"     ? "cột"
                                                         : k.counted;
    return count_text(k.part, vi) + " / " + count_text(k.whole, vi) + " " + unit;
}

Kpi make_kpi(std::string id, std::string en, std::string vi, double part, double whole,
             std::string counted, std::string unit, double target, int year) {
    Kpi k;
    k.id = std::move(id);
    k.label_en = std::move(en);
    k.label_vi = std::move(vi);
    k.value = whole > 0 ? part / whole : 0.0;
    k.part = part;
    k.whole = whole;
    k.counted = std::move(counted);
    k.unit = std::move(unit);
    k.target = target;
    k.target_year = year;
    return k;
}

std::vector<Kpi> plan_kpis(const PlanSettings& s, const SiteCounts& n, const AreaCoverage& a,
                           const std::vector<CategoryCoverage>& cats, const FiberLengths& fiber) {
    const PlanTargets& t = s.targets;
    std::vector<Kpi> k;
    auto ratio = [](double a_, double b) { return b > 0 ? a_ / b : 0.0; };
    // Of the sites given: the on-air run passes the sites on air, the planned run
    // those with the proposals (PlanAnalysis::kpis_on_air / kpis).
    k.push_back(make_kpi("ratio_5g_4g_sites", "5G stations / 4G stations in the ward",
                         "Tỷ lệ trạm 5G / trạm 4G trên địa bàn phường",
                         n.existing_5g + n.proposed_5g, n.existing_4g + n.proposed_4g, "stations",
                         "ratio", t.ratio_5g_to_4g_sites, t.ratio_target_year));
    k.push_back(make_kpi("population_5g", "Population covered by 5G",
                         "Tỷ lệ dân số được phủ sóng 5G", a.ward.population_5g, a.ward.population,
                         "people", "share", t.population_5g_share, t.population_5g_target_year));
    k.push_back(make_kpi("population_4g", "Population covered by 4G",
                         "Tỷ lệ dân số được phủ sóng 4G", a.ward.population_4g, a.ward.population,
                         "people", "share", 1.0, t.population_5g_target_year));
    k.push_back(make_kpi("households_fiber_interim", "Households within fiber drop reach (interim)",
                         "Tỷ lệ hộ gia đình trong tầm kéo cáp quang (giai đoạn đầu)",
                         a.ward.households_fiber, a.ward.households, "households", "share",
                         t.fiber_gigabit_share_interim, t.fiber_interim_year));
    k.push_back(make_kpi("households_fiber", "Households within fiber drop reach",
                         "Tỷ lệ hộ gia đình trong tầm kéo cáp quang", a.ward.households_fiber,
                         a.ward.households, "households", "share", t.fiber_gigabit_share,
                         t.fiber_target_year));
    // The plan's other measurable aims (section II): the mean download speed, to be
    // doubled against 2024 (the user's baseline); shared towers and underground
    // cable, which it pushes without a number.
    {
        Kpi q = make_kpi("download_mean_mbps", "Mean download speed, modelled (per resident)",
                         "Tốc độ tải xuống trung bình (mô hình, theo dân cư)",
                         a.ward.population_mbps, a.ward.population, "", "mbps",
                         t.download_factor * t.download_baseline_2024_mbps, t.download_target_year);
        q.part = q.whole = 0;  // a mean: no "x of y"
        q.has_target = t.download_baseline_2024_mbps > 0;
        k.push_back(q);
    }
    {
        Kpi q = make_kpi("shared_towers", "Towers shared by two or more operators",
                         "Tỷ lệ cột dùng chung (từ 2 nhà mạng)", n.shared_towers, n.towers,
                         "towers", "share", t.shared_tower_share, t.shared_tower_target_year);
        q.has_target = t.shared_tower_share > 0;
        if (n.towers == 0) q.missing = KpiMissing::Towers;
        k.push_back(q);
    }
    {
        Kpi q = make_kpi("underground_fiber", "Fiber length underground",
                         "Tỷ lệ chiều dài cáp quang đi ngầm", fiber.underground_m, fiber.total_m,
                         "m", "share", t.underground_fiber_share, t.underground_fiber_target_year);
        q.has_target = t.underground_fiber_share > 0;
        if (!(fiber.total_m > 0)) q.missing = KpiMissing::Fiber;
        k.push_back(q);
    }
    // What cannot be computed is said so, never printed as 0 %.
    for (Kpi& q : k) {
        if (q.id == "ratio_5g_4g_sites" && n.existing_4g + n.proposed_4g == 0)
            q.missing = KpiMissing::Stations4g;
        if ((q.id.starts_with("population_") || q.id == "download_mean_mbps") &&
            !(a.ward.population > 0))
            q.missing = KpiMissing::Population;
        if (q.id.starts_with("households_") && !(a.ward.households > 0))
            q.missing = KpiMissing::Households;
        if (!q.available()) q.value = 0.0;
    }
    for (const CategoryCoverage& c : cats) {
        const bool line = c.category == "road" || c.category == "waterway";
        Kpi q;
        q.id = "priority_5g." + c.category;
        q.label_en = line ? "Length of " + c.category + "s with 5G"
                          : "Priority places with 5G: " + category_text(c.category, false);
        q.label_vi = line ? (c.category == "road" ? "Chiều dài đường giao thông có 5G"
                                                  : "Chiều dài sông kênh có 5G")
                          : "Điểm ưu tiên có 5G: " + category_text(c.category, true);
        q.value = line ? ratio(c.length_5g_m, c.length_m) : ratio(c.with_5g, c.places);
        q.part = line ? c.length_5g_m : c.with_5g;
        q.whole = line ? c.length_m : c.places;
        q.counted = line ? "m" : "places";
        q.unit = "share";
        // Industrial and high-tech zones: the plan wants them in 2025-2026; the rest by 2030.
        const bool early = c.category == "industrial" || c.category == "high_tech";
        q.target = 1.0;
        q.target_year = early ? t.ratio_target_year : t.population_5g_target_year;
        k.push_back(q);
    }
    return k;
}

}  // namespace covplan::core
