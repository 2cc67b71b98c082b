#pragma once
// Tuning the model to measurements: least squares of the prediction error against
// log10(distance), e = offset + slope log10(d / 1 km) (+ an offset per land-use class),
// globally or per serving site, with k-fold cross-validation over spatially separate
// blocks so the "after" error is that of samples the fit never saw.

#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/measure/validation.h"
#include "core/propagation/model_calibration.h"

namespace covplan::core {

enum class CalibrationScope { Global, Cell, Clutter };
[[nodiscard]] std::optional<CalibrationScope> parse_calibration_scope(std::string_view text);
[[nodiscard]] const char* calibration_scope_name(CalibrationScope scope);

struct CalibrationOptions {
    CalibrationScope scope = CalibrationScope::Global;
    int folds = 10;
    double block_m = 1000.0;  //!< side of the spatial blocks folds are made of
    //! Guard rails of a fit of its own (per site, per class, or a slope at all).
    std::size_t min_samples = 50;
    double min_decades = 1.0;  //!< distance span a slope needs: log10(d_max / d_min)
};

struct CalibrationReport {
    ModelCalibration calibration;  //!< fitted on all samples
    ErrorStats before;             //!< the model as it is
    ErrorStats after;              //!< cross-validated: out-of-fold errors only
    int folds = 0;
    std::size_t blocks = 0;
    //! What could not be fitted as asked and what was done instead.
    std::vector<std::string> notes;
};

//! `compared` must come from the uncalibrated model. Errors: fewer than 2 blocks (no
//! cross-validation possible) or fewer than min_samples samples.
[[nodiscard]] std::expected<CalibrationReport, std::string> fit_calibration(
    const std::vector<ComparedSample>& compared, const CalibrationOptions& options);

//! The correction the calibration adds to the loss at a compared sample, dB.
[[nodiscard]] double calibration_correction_db(const ModelCalibration& calibration,
                                               const ComparedSample& sample);

}  // namespace covplan::core
