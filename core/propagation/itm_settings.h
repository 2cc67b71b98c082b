#pragma once
// A project's ITM settings: the surface and statistics ITM needs beyond the path.
//
// Defaults for the Mekong delta (Cần Thơ, 10° N):
//  - radio climate 1, Equatorial: ITM's class for "monotonous heat and humidity" near
//    the equator (Longley & Rice 1968, ERL 79-ITS 67, section 5; the climate table of
//    ITS's documentation and of SPLAT!'s manual, which lists Congo for it); southern
//    Vietnam is tropical monsoon, hot and humid all year with a 2-3 °C monthly range;
//  - N0 = 360 N-units: the surface refractivity ITS tabulates for that climate (the same
//    tables); ITU-R P.453's world maps of sea-level refractivity give 360-380 N-units
//    for the South China Sea coast;
//  - ground ε = 25, σ = 0.020 S/m, "good ground" of the same ITS table: wet alluvial
//    soil of rice paddies and canals (average ground would be 15 / 0.005);
//  - vertical polarisation (mobile-network antennas: ±45° slant, vertical by
//    convention in ITM);
//  - variability: mobile mode (2), 50 % time, location and situation: the median
//    loss, which is what coverage thresholds and the other models give.

#include <string_view>

#include "core/propagation/itm.h"

namespace covplan::core {

struct ItmSettings {
    int climate = 1;  //!< ITM radio climate 1-7
    double n0_n_units = 360.0;
    double epsilon = 25.0;
    double sigma_s_per_m = 0.020;
    int polarization = 1;  //!< 0 horizontal, 1 vertical
    int mdvar = 2;
    double time_pct = 50.0;
    double location_pct = 50.0;
    double situation_pct = 50.0;

    [[nodiscard]] itm::Environment environment() const {
        return itm::Environment{static_cast<itm::Climate>(climate), n0_n_units,
                                static_cast<itm::Polarization>(polarization), epsilon,
                                sigma_s_per_m};
    }
    [[nodiscard]] itm::Variability variability() const {
        return itm::Variability::time_location_situation(mdvar, time_pct, location_pct,
                                                         situation_pct);
    }
    bool operator==(const ItmSettings&) const = default;
};

}  // namespace covplan::core
