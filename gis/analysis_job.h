#pragma once
// The plan analysis of a project (coverage, population, priority places, KPIs,
// co-location) and its files; shared by `covplan analyze`, `covplan suggest` and
// the desktop app.

#include <expected>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/analysis/colocation.h"
#include "core/analysis/hamlet_coverage.h"
#include "core/analysis/plan_evaluation.h"
#include "core/analysis/plan_kpis.h"
#include "core/analysis/plausibility.h"
#include "core/analysis/suggest.h"
#include "core/measure/measured_kpis.h"
#include "core/measure/validation.h"
#include "gis/coverage_job.h"

namespace covplan::gis {

struct AnalysisOptions {
    CoverageJobOptions coverage;
    bool colocation = true;
};

struct PlanAnalysis {
    CoverageInputs inputs;
    //! The engine in the analysed state (for coverage files, `covplan point`).
    std::shared_ptr<core::CoverageEngine> engine;
    core::CoverageMaps maps;
    core::PopulationGrid people;
    std::vector<float> fiber_distance_m;
    core::AreaCoverage area;
    std::vector<core::PriorityPlace> places;
    std::vector<core::CategoryCoverage> categories;
    core::SiteCounts sites;
    std::vector<core::Kpi> kpis;  //!< the plan: on-air sites and the proposals
    //! The same KPIs and area figures with the sites on air only (a second coverage
    //! run when the plan has proposals; equal to kpis/area otherwise). Every output
    //! shows both, so a figure is never read on the wrong basis.
    std::vector<core::Kpi> kpis_on_air;
    core::AreaCoverage area_on_air;
    //! Figures to look at twice (core::plausibility_warnings) and the population notes.
    std::vector<core::Note> plausibility;
    core::ColocationResult colocation;
    //! Measured against predicted at the project's measurement samples, sites on air
    //! only (what the phones measured); empty without measurements.
    std::optional<core::MeasuredKpis> measured;
    //! Predicted against measured at those samples (averaged over 20 m, as `validate`).
    std::optional<core::ValidationResult> validation;
    core::CoverageTimings coverage_timings;
    double analysis_s = 0;  //!< everything after coverage, co-location excluded
    double colocation_s = 0;
};

//! KPI `id` with the sites on air (PlanAnalysis::kpis_on_air), or nullptr.
[[nodiscard]] const core::Kpi* on_air_kpi(const PlanAnalysis& analysis, const std::string& id);

[[nodiscard]] std::expected<PlanAnalysis, std::string> analyze_project(
    const Project& project, const AnalysisOptions& options, core::Feedback* feedback = nullptr);
//! The same from inputs already prepared (with population) for this project.
[[nodiscard]] std::expected<PlanAnalysis, std::string> analyze_prepared(
    const Project& project, CoverageInputs inputs, const AnalysisOptions& options,
    core::Feedback* feedback = nullptr);

//! kpis.json, kpis.csv, hamlets.csv, priority_places.csv, colocation.csv (UTF-8 with
//! BOM) and analysis.gpkg: everything in one GeoPackage for QGIS — the plan's layers
//! (ward, sites, proposed_sites, fiber, poi, roads, waterways), the analysis layers
//! (priority_places, priority_gaps, tower_upgrades, hamlet_kpis) and the tables kpis
//! and kpi_snapshots. Every file is written atomically.
[[nodiscard]] std::expected<std::vector<std::string>, std::string> write_analysis(
    const std::string& dir, const Project& project, const PlanAnalysis& analysis);

//! Runs the suggestion on an analysed project; writes suggest.csv, suggest.json
//! (with the coverage curve) and returns the result.
[[nodiscard]] std::expected<core::SuggestResult, std::string> suggest_for_project(
    const Project& project, const PlanAnalysis& analysis, const core::SuggestOptions& options,
    core::Feedback* feedback = nullptr);

[[nodiscard]] std::expected<std::vector<std::string>, std::string> write_suggestion(
    const std::string& dir, const Project& project, const core::SuggestResult& result);

}  // namespace covplan::gis
