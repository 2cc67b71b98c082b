#pragma once
// The input files of NTIA's ITM command-line driver (ITMDrvr, github.com/NTIA/itm
// cmdREADME.md), so engineers can run their existing cases through covplan:
//  - model inputs as `key,value` lines (h_tx__meter, h_rx__meter, climate, N_0, f__mhz,
//    pol, epsilon, sigma, mdvar, then time/location/situation or confidence/reliability;
//    area mode adds d__km, delta_h__meter, tx_site_criteria, rx_site_criteria). Keys are
//    case-insensitive. situation, confidence and reliability may list several values
//    (a table); area mode's d__km may be one distance or NTIA's range "D0,D1,S1,D2,S2"
//    (D0 to D1 in steps S1, then to D2 in steps S2);
//  - terrain as one PFL line "n_intervals,spacing_m,z0,...,zn".
// Parsing only (no file access); errors say which line and key.

#include <expected>
#include <string>
#include <string_view>
#include <vector>

#include "core/propagation/itm.h"

namespace covplan::core::itm {

enum class DriverMode { PointToPoint, Area };

struct DriverInput {
    DriverMode mode = DriverMode::PointToPoint;
    double tx_height_m = 0, rx_height_m = 0, freq_mhz = 0;
    Environment environment;
    int mdvar = 0;
    bool confidence_reliability = false;
    double time_pct = 0, location_pct = 0;
    std::vector<double> situation_pct;  //!< time/location/situation mode
    std::vector<double> confidence_pct, reliability_pct;
    // Area mode only.
    std::vector<double> distance_km;
    double delta_h_m = 0;
    Siting tx_siting = Siting::Random, rx_siting = Siting::Random;
};

//! One evaluated case of a driver input (one cell of its table).
struct DriverCase {
    double distance_km = 0;
    Variability variability;
    double confidence_pct = 0, reliability_pct = 0;  //!< when confidence/reliability
};

[[nodiscard]] std::expected<DriverInput, std::string> parse_driver_input(std::string_view text,
                                                                         DriverMode mode);
//! Every case the input asks for, in NTIA's order (distance, then reliability, then
//! confidence / situation).
[[nodiscard]] std::vector<DriverCase> driver_cases(const DriverInput& input);

//! A PFL terrain line: intervals, spacing, then intervals + 1 elevations.
struct PflTerrain {
    std::vector<double> elevations_m;
    double spacing_m = 0;
    [[nodiscard]] Profile profile() const { return Profile{elevations_m, spacing_m}; }
};
[[nodiscard]] std::expected<PflTerrain, std::string> parse_pfl(std::string_view text);

}  // namespace covplan::core::itm
