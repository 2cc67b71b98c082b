#pragma once
// Link-budget quantities shared by the raster engine and the reports.
//
// RSRP, the power of one reference-signal resource element (3GPP TS 36.214 5.1.1,
// TS 38.215 5.1.1 for SS-RSRP), with the transmit power spread evenly over all
// resource elements of the carrier:
//
//   RSRP [dBm] = P_tx [dBm] - 10 log10(12 N_RB) + G_tx(az, el) [dBi] - L_feeder [dB]
//                - L_path(d) [dB] - L_clutter(class) [dB] + G_rx [dBi]
//
// SINR per resource element: S / (sum of other same-carrier cells x load + N_RE),
// N_RE = -174 dBm/Hz + 10 log10(subcarrier spacing) + NF.

#include "core/site.h"

namespace covplan::core {

//! Transmission bandwidth configuration N_RB: TS 36.101 Table 5.6-1 (LTE, 15 kHz) and
//! TS 38.104 Table 5.3.2-1 (NR FR1, 30 kHz SCS). Unlisted bandwidths: the largest
//! whole number of RBs at 90% occupancy (a warning is the caller's business).
[[nodiscard]] int resource_blocks(Technology tech, double bandwidth_mhz);
[[nodiscard]] double subcarrier_spacing_khz(Technology tech);  //!< 15 LTE, 30 NR FR1

//! Per-RE transmit power, dBm: P_tx - 10 log10(12 N_RB).
[[nodiscard]] double reference_signal_power_dbm(Technology tech, double power_dbm,
                                                double bandwidth_mhz);
//! Thermal noise in one resource element including the UE noise figure, dBm.
[[nodiscard]] double noise_per_re_dbm(Technology tech, double noise_figure_db);

//! 3GPP TR 36.942 Annex A.2 "attenuated and truncated Shannon bound":
//! 0 below SINR_min; alpha log2(1 + SINR) up to Thr_max. DL values: alpha 0.6,
//! SINR_min -10 dB, Thr_max 4.4 bps/Hz (LTE). For NR we keep alpha and SINR_min and
//! cap at 7.4063 bps/Hz, the 256-QAM rate-948/1024 efficiency of TS 38.214 Table 5.1.3.1-2.
struct ShannonMapping {
    double alpha = 0.6;
    double sinr_min_db = -10.0;
    double max_bps_per_hz = 4.4;
};
[[nodiscard]] ShannonMapping shannon_mapping(Technology tech);
[[nodiscard]] double spectral_efficiency_bps_hz(const ShannonMapping& m, double sinr_db);

}  // namespace covplan::core
