#pragma once
// Co-location: what each existing tower would add if it carried 5G, and for each
// proposed site which existing towers nearby could carry it instead and at what
// coverage cost. Both run the coverage engine's incremental path per option.

#include <expected>
#include <optional>
#include <string>
#include <vector>

#include "core/analysis/coverage_maps.h"
#include "core/analysis/population_grid.h"
#include "core/analysis/priority_places.h"
#include "core/coverage/coverage_engine.h"
#include "core/feedback.h"
#include "core/plan_layers.h"
#include "core/plan_settings.h"
#include "core/radio/radio_template.h"

namespace covplan::core {

struct TowerUpgrade {
    std::string tower_id;
    std::string template_site;  //!< the 4G site whose position/height/azimuths are used
    std::string operators;      //!< "Viettel; VNPT"
    Point location;
    double added_population_5g = 0, added_households_5g = 0;
    int added_priority_places = 0;
    double added_road_m = 0, added_waterway_m = 0;
    double fiber_distance_m = -1;  //!< to the nearest fiber route, -1 without fiber
    bool outside_ward = false;     //!< listed only because it serves the ward
    int rank = 0;
};

struct ColocationAlternative {
    std::string proposed_site;
    std::string tower_id;
    std::string operators;
    double distance_m = 0;
    double population_5g_at_proposal = 0;  //!< ward population with 5G, proposal where drawn
    double population_5g_on_tower = 0;     //!< the same with the proposal moved onto the tower
    double difference = 0;                 //!< on tower - at proposal (negative: sharing loses)
    double fiber_distance_m = -1;          //!< tower to the nearest fiber route, -1 without fiber
    Point location;                        //!< the tower
};

struct ColocationResult {
    //! Ranked, most residents gained first: towers without 5G on air or proposed that
    //! would add residents, priority places, roads or waterways with 5G; towers
    //! outside the ward only when they would.
    std::vector<TowerUpgrade> upgrades;
    int towers_adding_nothing = 0;   //!< left out of `upgrades`
    int towers_with_5g_planned = 0;  //!< left out: a proposed 5G site already on them
    std::vector<ColocationAlternative> alternatives;
};

struct ColocationOptions {
    RadioTemplate nr = plan_5g_template(PlanSettings{});  //!< what an upgrade puts on a tower
    double search_radius_m = 500.0;
    //! The plan's 5G template (PlanSettings::plan_5g_template).
    [[nodiscard]] static ColocationOptions from(const PlanSettings& settings) {
        ColocationOptions o;
        o.nr = plan_5g_template(settings);
        return o;
    }
};

//! For each proposed site (or only `only_site`), the existing towers within the
//! search radius with the ward's 5G residents if the proposal moved onto each,
//! best first. `engine` must hold the coverage of `plan.sites`; it is returned to
//! that state. About two incremental updates per tower.
[[nodiscard]] std::expected<std::vector<ColocationAlternative>, std::string>
colocation_alternatives(const PlanLayers& plan, const CoverageOptions& coverage_options,
                        CoverageEngine& engine, const PopulationGrid& people,
                        const CoverageCriteria& criteria, const ColocationOptions& options,
                        std::optional<std::size_t> only_site = std::nullopt,
                        Feedback* feedback = nullptr);

//! An existing tower near a priority gap that could carry 5G for it.
struct GapTowerOption {
    std::string tower_id;
    std::string operators;
    Site upgrade;                    //!< the proposed 5G site on the tower (from its 4G site)
    double distance_m = 0;           //!< tower to the gap's representative point
    double place_share_5g = 0;       //!< the gap's share with 5G after the upgrade
    double added_population_5g = 0;  //!< ward residents gaining 5G
    double fiber_distance_m = -1;
};

//! The towers without 5G within `radius_m` of priority place `gap` (as returned by
//! evaluate_priority_places on the same plan), each upgraded to 5G in turn: how
//! much of the gap it covers and how many residents gain 5G, best first. `engine`
//! holds the coverage of `plan.sites` and is returned to it.
[[nodiscard]] std::expected<std::vector<GapTowerOption>, std::string> gap_tower_options(
    const PlanLayers& plan, const CoverageOptions& coverage_options, CoverageEngine& engine,
    const PopulationGrid& people, const CoverageCriteria& criteria, const PriorityPlace& gap,
    double radius_m, const RadioTemplate& nr, Feedback* feedback = nullptr);

//! `engine` must hold the coverage of `plan.sites` (built with `options`); it is
//! returned to that state.
[[nodiscard]] std::expected<ColocationResult, std::string> analyze_colocation(
    const PlanLayers& plan, const CoverageOptions& coverage_options, CoverageEngine& engine,
    const PopulationGrid& people, const CoverageCriteria& criteria,
    const ColocationOptions& options, Feedback* feedback = nullptr);

}  // namespace covplan::core
