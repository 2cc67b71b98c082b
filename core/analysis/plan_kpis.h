#pragma once
// The plan's indicators next to their targets (Long Mỹ digital-infrastructure plan
// 2025–2030 defaults, from the project's settings).

#include <string>
#include <vector>

#include "core/analysis/hamlet_coverage.h"
#include "core/analysis/priority_places.h"
#include "core/plan_layers.h"
#include "core/plan_settings.h"

namespace covplan::core {

//! Why a KPI cannot be computed; each front end words it in its own language.
enum class KpiMissing { Nothing, Population, Households, Stations4g, Towers, Fiber };
//! English wording of `missing` (files, the CLI); "" for Nothing.
[[nodiscard]] const char* kpi_missing_text(KpiMissing missing);

struct Kpi;
//! "4 / 11 stations", "26 171 / 26 378 people", "12.3 / 25.0 km" (en); "4 / 11 trạm",
//! "26.171 / 26.378 người", "12,3 / 25,0 km" (vi); "" when the KPI is not available.
[[nodiscard]] std::string kpi_counts_text(const Kpi& kpi, bool vietnamese = false);
//! A value (or target) of `kpi` as people read it: "0.25" (ratio), "54.3 %" (share),
//! "23.4 Mbit/s" (mbps); Vietnamese with decimal commas (core/locale_text.h).
[[nodiscard]] std::string kpi_number_text(const Kpi& kpi, double v, bool vietnamese = false);
//! A difference of two values of `kpi` (a change, what is still missing): shares in
//! percentage points ("+11.2 percentage points", "11,2 điểm phần trăm"), others in the
//! KPI's unit. `sign`: a leading + or −.
[[nodiscard]] std::string kpi_difference_text(const Kpi& kpi, double d, bool vietnamese, bool sign);

struct Kpi {
    std::string id;  //!< stable key, e.g. "ratio_5g_4g_sites"
    std::string label_en;
    std::string label_vi;
    double value = 0;  //!< a ratio or share (0..1) unless unit says otherwise
    std::string unit;  //!< "ratio", "share" (0..1), "mbps"
    double target = 0;
    int target_year = 0;
    //! Why the value cannot be computed. An unavailable KPI is reported as such,
    //! never as 0 %, and never as met.
    KpiMissing missing = KpiMissing::Nothing;
    //! The absolute numbers behind `value` = part / whole, shown next to it ("4 / 11
    //! stations", "26 171 / 26 378 people"): what an official checks first.
    double part = 0, whole = 0;
    //! What part and whole count: "stations", "people", "households", "places", "m".
    std::string counted;
    [[nodiscard]] bool available() const { return missing == KpiMissing::Nothing; }
    [[nodiscard]] std::string unavailable() const { return kpi_missing_text(missing); }
    //! False for a measure the plan sets no number for (shared towers, underground
    //! cable unless the user sets one; download speed without a 2024 baseline): shown
    //! without a target, never "met" nor "short".
    bool has_target = true;
    [[nodiscard]] bool pass() const { return available() && has_target && value + 1e-9 >= target; }
    [[nodiscard]] double short_by() const {
        return pass() || !available() || !has_target ? 0.0 : target - value;
    }
};

//! The ward's own stations: a row of the site layer is one operator's BTS of one
//! technology at a site (a "trạm"). Sites outside the ward still serve it and are
//! counted apart.
struct SiteCounts {
    int existing_4g = 0, existing_5g = 0, proposed_4g = 0, proposed_5g = 0;
    int outside_existing = 0, outside_proposed = 0;  //!< beyond the ward boundary
    //! Physical towers in the ward (by tower id) and those carrying two or more
    //! operators: the plan's push for shared infrastructure.
    int towers = 0, shared_towers = 0;
};

//! Fiber route length inside the ward by placement.
struct FiberLengths {
    double total_m = 0, underground_m = 0, unknown_m = 0;
};
//! `ward` empty: the whole length.
[[nodiscard]] FiberLengths fiber_lengths(const std::vector<FiberRoute>& fiber,
                                         const std::vector<Ward>& ward = {});
//! `ward` empty: every site counts as inside.
[[nodiscard]] SiteCounts count_sites(const std::vector<Site>& sites,
                                     const std::vector<Ward>& ward = {});

//! Coverage of one priority category.
struct CategoryCoverage {
    std::string category;
    int places = 0, with_5g = 0, only_4g = 0, without = 0;
    double length_m = 0, length_5g_m = 0;  //!< roads / waterways
};
[[nodiscard]] std::vector<CategoryCoverage> category_table(
    const std::vector<PriorityPlace>& places);

[[nodiscard]] std::vector<Kpi> plan_kpis(const PlanSettings& settings, const SiteCounts& sites,
                                         const AreaCoverage& area,
                                         const std::vector<CategoryCoverage>& categories,
                                         const FiberLengths& fiber = {});

}  // namespace covplan::core
