#pragma once
// Okumura-Hata and COST-231 Hata median path loss.
//
// Sources: M. Hata, "Empirical formula for propagation loss in land mobile radio
// services", IEEE Trans. Veh. Technol. VT-29(3), 1980, eqs. (4)-(9); COST Action 231,
// "Digital mobile radio towards future generation systems", final report (EUR 18957),
// 1999, section 4.4.1 (COST-231 Hata). ITU-R P.529-3 restates both.

#include "core/propagation/validity.h"

namespace covplan::core {

enum class HataEnvironment {
    UrbanSmallMedium,  //!< urban, small/medium city a(hm)
    UrbanLarge,        //!< urban, large city a(hm)
    Suburban,          //!< urban small/medium minus 2 (log(f/28))^2 + 5.4
    Open,              //!< urban small/medium minus 4.78 (log f)^2 - 18.33 log f + 40.94
};

enum class Cost231Environment {
    MediumCitySuburban,  //!< Cm = 0 dB
    Metropolitan,        //!< Cm = 3 dB
};

//! L = a + b log10(d km): every Hata-family loss at fixed heights and frequency.
//! The raster engine evaluates it per pixel.
struct LogDistanceLaw {
    double a_db;
    double b_db_per_decade;
    [[nodiscard]] double at_log10_km(double log10_d_km) const {
        return a_db + b_db_per_decade * log10_d_km;
    }
};

//! Mobile-antenna correction a(hm), dB. Small/medium city: (1.1 log f - 0.7) hm -
//! (1.56 log f - 0.8). Large city: 8.29 (log 1.54 hm)^2 - 1.1 for f <= 300 MHz,
//! 3.2 (log 11.75 hm)^2 - 4.97 above.
[[nodiscard]] double hata_mobile_correction_db(double freq_mhz, double hm_m, bool large_city);

[[nodiscard]] LogDistanceLaw okumura_hata_law(HataEnvironment env, double freq_mhz, double hb_m,
                                              double hm_m);
[[nodiscard]] LogDistanceLaw cost231_hata_law(Cost231Environment env, double freq_mhz, double hb_m,
                                              double hm_m);

//! Validity: f 150–1500 MHz, hb 30–200 m, hm 1–10 m, d 1–20 km.
[[nodiscard]] PathLossResult okumura_hata(HataEnvironment env, double freq_mhz, double distance_km,
                                          double hb_m, double hm_m, Extrapolation extrapolation);
//! Validity: f 1500–2000 MHz, hb 30–200 m, hm 1–10 m, d 1–20 km.
[[nodiscard]] PathLossResult cost231_hata(Cost231Environment env, double freq_mhz,
                                          double distance_km, double hb_m, double hm_m,
                                          Extrapolation extrapolation);

}  // namespace covplan::core
