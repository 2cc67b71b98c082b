#pragma once
// 3GPP TR 38.901 V17.0.0 (2022-03), section 7.4.1, Table 7.4.1-1 (path loss) and
// section 7.4.2, Table 7.4.2-1 (LOS probability): RMa, UMa and UMi-Street Canyon.
//
// Distances: d2D is the ground distance, d3D = sqrt(d2D^2 + (hBS - hUT)^2); the
// formulas use d3D, the validity ranges and breakpoint comparisons use d2D, as the
// TR does. Frequencies in the formulas are fc in GHz. The effective environment
// height hE of UMa/UMi is taken as 1 m (its value with probability 1/(1+C) and the
// only deterministic choice for planning).

#include "core/propagation/validity.h"

namespace covplan::core {

enum class Tr38901Scenario { RMa, UMa, UMi };

struct Tr38901Params {
    double freq_mhz = 3500.0;
    double hbs_m = 35.0;
    double hut_m = 1.5;
    double building_height_m = 5.0;  //!< h, RMa only (5–50 m)
    double street_width_m = 20.0;    //!< W, RMa only (5–50 m)
};

//! RMa breakpoint dBP = 2 pi hBS hUT fc / c (note 5 of Table 7.4.1-1), metres.
[[nodiscard]] double rma_breakpoint_m(double freq_mhz, double hbs_m, double hut_m);
//! UMa/UMi breakpoint d'BP = 4 h'BS h'UT fc / c with h' = h - 1 m (note 1), metres.
[[nodiscard]] double urban_breakpoint_m(double freq_mhz, double hbs_m, double hut_m);

[[nodiscard]] PathLossResult tr38901_los(Tr38901Scenario scenario, const Tr38901Params& p,
                                         double d2d_m, Extrapolation extrapolation);
//! NLOS loss = max(LOS loss, NLOS formula), as the TR defines it.
[[nodiscard]] PathLossResult tr38901_nlos(Tr38901Scenario scenario, const Tr38901Params& p,
                                          double d2d_m, Extrapolation extrapolation);

//! Table 7.4.2-1 LOS probability (UMi also for UMi-Street Canyon). hUT matters for UMa.
[[nodiscard]] double tr38901_los_probability(Tr38901Scenario scenario, double d2d_m, double hut_m);

}  // namespace covplan::core
