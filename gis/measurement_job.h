#pragma once
// Measurements against the model, the gis side: runs the project's coverage on its
// grid, compares each sample with its serving cell's prediction (validate), fits the
// model to them (calibrate) and writes what a planner reads. The CLI's `validate` and
// `calibrate`, the report and the desktop all call these.

#include <expected>
#include <string>
#include <vector>

#include "core/measure/calibration_fit.h"
#include "core/measure/measured_kpis.h"
#include "core/measure/serving_match.h"
#include "core/measure/validation.h"
#include "gis/coverage_job.h"
#include "gis/project.h"

namespace covplan::gis {

struct MeasurementComparison {
    core::ServingMatch serving;
    core::ValidationResult validation;
    bool calibrated = false;  //!< predictions include the project's stored calibration
    std::string model;        //!< the model(s) the predictions came from
};

//! Predicted against measured for every sample. `use_calibration` false compares the
//! model as it was before any calibration (what calibrate fits to).
[[nodiscard]] std::expected<MeasurementComparison, std::string> compare_measurements(
    const Project& project, const CoverageJobOptions& job,
    const core::ComparisonOptions& options = {}, bool use_calibration = true,
    core::Feedback* feedback = nullptr);

//! validation.json, validation_samples.csv, validation.gpkg (layer "residuals") and the
//! two plots (validation_scatter.png, validation_histogram.png) into `dir`, as one set.
[[nodiscard]] std::expected<std::vector<std::string>, std::string> write_validation(
    const std::string& dir, const Project& project, const MeasurementComparison& comparison,
    const std::vector<std::pair<std::string, std::vector<std::uint8_t>>>& pngs);

struct CalibrationRun {
    MeasurementComparison before;  //!< the uncalibrated comparison the fit used
    core::CalibrationReport report;
};

//! Fits the project's model to its measurements (the stored calibration is ignored:
//! a refit replaces it, it never stacks).
[[nodiscard]] std::expected<CalibrationRun, std::string> calibrate_model(
    const Project& project, const CoverageJobOptions& job,
    const core::ComparisonOptions& validation, const core::CalibrationOptions& options,
    core::Feedback* feedback = nullptr);

//! calibration.json into `dir`.
[[nodiscard]] std::expected<std::string, std::string> write_calibration(const std::string& dir,
                                                                        const CalibrationRun& run,
                                                                        bool stored);

//! The measured KPIs (core/measure/measured_kpis.h) of the project's samples against
//! the predictions of `engine` (computed on the project's grid).
[[nodiscard]] core::MeasuredKpis project_measured_kpis(const Project& project,
                                                       const core::CoverageEngine& engine,
                                                       const core::ServingMatch& serving);

}  // namespace covplan::gis
