#include "core/analysis/kpi_snapshot.h"

#include <algorithm>
#include <cctype>

namespace covplan::core {

bool is_iso_date(const std::string& t) {
    if (t.size() != 10 || t[4] != '-' || t[7] != '-') return false;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!std::isdigit(static_cast<unsigned char>(t[static_cast<std::size_t>(i)]))) return false;
    const int y = std::stoi(t.substr(0, 4)), m = std::stoi(t.substr(5, 2)),
              d = std::stoi(t.substr(8, 2));
    if (y < 1900 || m < 1 || m > 12 || d < 1) return false;
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

void record_snapshot(std::vector<KpiSnapshot>& snapshots, const std::string& date,
                     const std::vector<Kpi>& kpis) {
    std::erase_if(snapshots, [&](const KpiSnapshot& s) { return s.date == date; });
    // A KPI that could not be computed is not recorded: a 0 would read as a fall.
    for (const Kpi& k : kpis)
        if (k.available()) snapshots.push_back({date, k.id, k.value, k.target, k.target_year});
    // ISO dates sort as text; stable keeps the KPI order within a date.
    std::stable_sort(snapshots.begin(), snapshots.end(),
                     [](const KpiSnapshot& a, const KpiSnapshot& b) { return a.date < b.date; });
}

std::optional<std::string> previous_snapshot_date(const std::vector<KpiSnapshot>& snapshots,
                                                  const std::string& date) {
    std::optional<std::string> best;
    for (const KpiSnapshot& s : snapshots)
        if (s.date < date && (!best || s.date > *best)) best = s.date;
    return best;
}

std::optional<double> snapshot_value(const std::vector<KpiSnapshot>& snapshots,
                                     const std::string& date, const std::string& kpi_id) {
    for (const KpiSnapshot& s : snapshots)
        if (s.date == date && s.kpi_id == kpi_id) return s.value;
    return std::nullopt;
}

std::vector<std::pair<std::string, double>> kpi_history(const std::vector<KpiSnapshot>& snapshots,
                                                        const std::string& kpi_id) {
    std::vector<std::pair<std::string, double>> out;
    for (const KpiSnapshot& s : snapshots)
        if (s.kpi_id == kpi_id) out.emplace_back(s.date, s.value);
    return out;
}

}  // namespace covplan::core
