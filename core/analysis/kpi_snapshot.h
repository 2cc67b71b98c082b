#pragma once
// Dated KPI values kept in the project, so the yearly report can show the trend
// against the plan's targets and the change since the previous report.

#include <optional>
#include <string>
#include <vector>

#include "core/analysis/plan_kpis.h"

namespace covplan::core {

struct KpiSnapshot {
    std::string date;  //!< ISO 8601 calendar date, YYYY-MM-DD
    std::string kpi_id;
    double value = 0;
    double target = 0;
    int target_year = 0;
};

//! True for a real calendar date written YYYY-MM-DD (leap years included).
[[nodiscard]] bool is_iso_date(const std::string& text);

//! Replaces every snapshot of `date` with the current KPIs (re-running a snapshot on
//! the same day corrects it instead of duplicating it); keeps the list date-sorted.
void record_snapshot(std::vector<KpiSnapshot>& snapshots, const std::string& date,
                     const std::vector<Kpi>& kpis);

//! The latest date strictly before `date` that has snapshots, if any.
[[nodiscard]] std::optional<std::string> previous_snapshot_date(
    const std::vector<KpiSnapshot>& snapshots, const std::string& date);

//! The value of one KPI at one date, if recorded.
[[nodiscard]] std::optional<double> snapshot_value(const std::vector<KpiSnapshot>& snapshots,
                                                   const std::string& date,
                                                   const std::string& kpi_id);

//! (date, value) of one KPI, oldest first.
[[nodiscard]] std::vector<std::pair<std::string, double>> kpi_history(
    const std::vector<KpiSnapshot>& snapshots, const std::string& kpi_id);

}  // namespace covplan::core
