#pragma once
// Suggested 5G plan: the cheapest set of candidate sites (upgrades of existing
// towers, new sites) that reaches the plan's 5G population target and covers the
// priority places, by lazy greedy on marginal gain per cost.
//
// A candidate's footprint is where its own 5G RSRP reaches the threshold (no
// interference: greedy needs additive gains); the chosen plan is then checked with
// the full engine. Gain = residents newly covered + `place_value` per priority
// place newly covered. Lazy greedy (Minoux 1978) is exact for this monotone
// submodular objective's greedy order and evaluates few candidates per step.

#include <array>
#include <cstdint>
#include <expected>
#include <string>
#include <vector>

#include "core/analysis/coverage_maps.h"
#include "core/analysis/population_grid.h"
#include "core/coverage/coverage_options.h"
#include "core/feedback.h"
#include "core/plan_layers.h"
#include "core/plan_settings.h"
#include "core/radio/radio_template.h"

namespace covplan::core {

struct Candidate {
    Site site;  //!< the 5G site the candidate adds (proposed status)
    double cost = 1.0;
    bool upgrade = false;  //!< an existing tower gets 5G (else a new tower)
};

struct SuggestOptions {
    double target_population_5g = 0.99;
    bool cover_priority_places = true;
    double place_value = 200.0;  //!< residents a priority place is worth in the gain
    double upgrade_cost = 1.0;
    double new_site_cost = 3.0;
    double grid_spacing_m = 700.0;  //!< generated new-site candidates inside the ward
    int max_candidates = 200;
    int max_sites = 100;
    RadioTemplate nr = plan_5g_template(PlanSettings{});  //!< set from the project's settings
};

struct CurvePoint {
    int sites = 0;
    double cost = 0;
    double population_5g_share = 0;
    int priority_places_5g = 0;
    std::string added;  //!< site id added at this step
};

struct SuggestResult {
    std::vector<Candidate> candidates;  //!< all that were considered
    std::vector<Candidate> chosen;      //!< in the order picked
    std::vector<CurvePoint> curve;      //!< 0 = the plan as it is
    bool target_reached = false;        //!< by the greedy's own (interference-free) count
    double verified_population_5g_share =
        -1;  //!< the chosen plan through the full engine (SINR included)
    double seconds = 0;
    std::size_t gain_evaluations = 0;
};

//! Candidates: a 5G upgrade for every existing tower without 5G, plus new sites on a
//! grid inside the ward (not on water: land-use classes flagged in `water_class`).
[[nodiscard]] std::vector<Candidate> make_candidates(const PlanLayers& plan, const GridSpec& grid,
                                                     const std::uint8_t* landuse,
                                                     const std::array<bool, 256>& water_class,
                                                     const SuggestOptions& options);

//! `base` is the coverage of the plan as it is.
[[nodiscard]] std::expected<SuggestResult, std::string> suggest_sites(
    const PlanLayers& plan, std::vector<Candidate> candidates, const CoverageMaps& base,
    const PopulationGrid& people, const CoverageCriteria& criteria,
    const CoverageOptions& coverage_options, const std::vector<float>& ground,
    const std::vector<std::uint8_t>& clutter, const SuggestOptions& options,
    Feedback* feedback = nullptr);

}  // namespace covplan::core
