#pragma once
// A model tuned to measurements: corrections to the path loss of the project's model
// as the standard-propagation-model tuning of planning tools does it, an intercept
// and a distance slope (globally or per site) and an offset per land-use class:
//
//     L'(d) = L(d) + offset_db + slope_db_per_decade * log10(d / 1 km) + clutter_offset_db
//
// Fitted by `covplan calibrate` (core/measure/calibration_fit.h), stored in the
// project, applied by build_cells to every cell's distance law.

#include <cstddef>
#include <map>
#include <string>

namespace covplan::core {

struct DistanceLossLaw;

struct CalibrationTerm {
    double offset_db = 0.0;            //!< added to the loss at 1 km
    double slope_db_per_decade = 0.0;  //!< added per decade of distance
    std::size_t samples = 0;           //!< samples it was fitted on
    bool operator==(const CalibrationTerm&) const = default;
};

struct ModelCalibration {
    std::string by;  //!< "global", "cell" or "clutter"; empty = not calibrated
    CalibrationTerm global;
    std::map<std::string, CalibrationTerm, std::less<>> by_site;  //!< site id -> its own fit
    std::map<int, double> clutter_offset_db;                      //!< land-use class -> offset
    std::size_t samples = 0;      //!< compared samples (bins) it was fitted on
    std::size_t raw_samples = 0;  //!< measured samples behind them (before binning)
    int folds = 0;
    double rmse_before_db = 0.0;
    double rmse_after_db = 0.0;  //!< cross-validated
    std::string date;            //!< ISO date of the fit

    [[nodiscard]] bool empty() const { return by.empty(); }
    //! The site's own term when it has one, else the global one.
    [[nodiscard]] const CalibrationTerm& term_for(std::string_view site_id) const;
    bool operator==(const ModelCalibration&) const = default;
};

//! `law` with the correction of `term` applied at every distance (the short-range
//! segment too; the free-space floor stays: a fit never makes a loss lower than
//! free space).
[[nodiscard]] DistanceLossLaw calibrated(DistanceLossLaw law, const CalibrationTerm& term);

}  // namespace covplan::core
