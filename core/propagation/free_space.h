#pragma once
#include "core/propagation/validity.h"

namespace covplan::core {

//! Speed of light in vacuum, m/s (exact, SI).
inline constexpr double kSpeedOfLight_m_s = 299792458.0;

//! Free-space basic transmission loss, ITU-R P.525-4 eq. (4):
//! L = 20 log10(4 pi d / lambda) = 32.4478 + 20 log10(f MHz) + 20 log10(d km), the
//! constant being 20 log10(4 pi 1e9 / c) exactly, not P.525's rounded 32.4.
[[nodiscard]] double free_space_loss_db(double freq_mhz, double distance_km);

[[nodiscard]] PathLossResult free_space_loss(double freq_mhz, double distance_km);

}  // namespace covplan::core
