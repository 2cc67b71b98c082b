#include "core/propagation/validity.h"

#include <cstdio>

namespace covplan::core {

std::string range_error(const char* model, const char* quantity, double value, double lo, double hi,
                        const char* unit) {
    if (value >= lo && value <= hi) return {};
    char buf[256];
    std::snprintf(buf, sizeof buf, "%s %g %s is outside %g–%g %s of %s", quantity, value, unit, lo,
                  hi, unit, model);
    return buf;
}

PathLossResult checked(double loss_db, const std::string& errors, Extrapolation extrapolation) {
    if (errors.empty()) return PathLoss{loss_db, false, {}};
    if (extrapolation == Extrapolation::Forbid) return std::unexpected(errors);
    return PathLoss{loss_db, true, errors};
}

}  // namespace covplan::core
