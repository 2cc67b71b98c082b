#include "core/propagation/free_space.h"

#include <cmath>
#include <numbers>

namespace covplan::core {

double free_space_loss_db(double freq_mhz, double distance_km) {
    static const double k = 20.0 * std::log10(4.0 * std::numbers::pi * 1e9 / kSpeedOfLight_m_s);
    return k + 20.0 * std::log10(freq_mhz) + 20.0 * std::log10(distance_km);
}

PathLossResult free_space_loss(double freq_mhz, double distance_km) {
    if (!(freq_mhz > 0.0) || !(distance_km > 0.0))
        return std::unexpected(std::string("free space: frequency and distance must be positive"));
    return PathLoss{free_space_loss_db(freq_mhz, distance_km), false, {}};
}

}  // namespace covplan::core
