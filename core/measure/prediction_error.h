#pragma once
// How far predictions are from measurements, as planning tools report it (iBwave's
// prediction-accuracy report, Atoll's CW-measurement statistics). The error is
// predicted minus measured, in dB: positive = the model promises more signal than
// the phone saw. RMSE^2 = mean^2 + std^2 (std over n, not n - 1).

#include <cstddef>
#include <span>

namespace covplan::core {

struct ErrorStats {
    std::size_t n = 0;
    double mean_error_db = 0.0;
    double mean_abs_error_db = 0.0;
    double rmse_db = 0.0;
    double std_db = 0.0;
    double correlation = 0.0;  //!< Pearson, predicted vs measured (0 when undefined)
};

[[nodiscard]] ErrorStats error_stats(std::span<const double> predicted_dbm,
                                     std::span<const double> measured_dbm);

}  // namespace covplan::core
