#pragma once
// Validity ranges of empirical models. Outside its range a model is not silently
// evaluated: the caller either gets an error or has asked for extrapolation.

#include <expected>
#include <string>

namespace covplan::core {

enum class Extrapolation { Forbid, Allow };

//! A model's loss, and whether an input was outside the published range.
struct PathLoss {
    double loss_db = 0.0;
    bool extrapolated = false;
    std::string note;  //!< which input was out of range, when extrapolated
};

using PathLossResult = std::expected<PathLoss, std::string>;

//! Checks lo <= value <= hi. Returns an error message ("frequency 900 MHz is outside
//! 1500–2000 MHz of COST-231 Hata") or empty.
[[nodiscard]] std::string range_error(const char* model, const char* quantity, double value,
                                      double lo, double hi, const char* unit);

//! Folds range errors into a result: error when forbidden, a flagged value otherwise.
[[nodiscard]] PathLossResult checked(double loss_db, const std::string& errors,
                                     Extrapolation extrapolation);

}  // namespace covplan::core
