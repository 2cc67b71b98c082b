#pragma once
// The Irregular Terrain Model (Longley-Rice), as NTIA/ITS publishes it (ITM v1.2.2 in
// the 2019+ reference implementation, released as "ITM 1.4"; github.com/NTIA/itm).
//
// Sources: A. G. Longley and P. L. Rice, "Prediction of tropospheric radio transmission
// loss over irregular terrain: a computer method", ESSA Tech. Rep. ERL 79-ITS 67, 1968;
// G. A. Hufford, "The ITS Irregular Terrain Model, version 1.2.2: the Algorithm", NTIA,
// 1995 ("[Algorithm]"); P. L. Rice et al., NBS Tech. Note 101, 1967 ("TN101").
//
// Both modes, point-to-point (a terrain profile) and area (a terrain irregularity
// Delta h and siting criteria), with the model's three-fold variability (time,
// location, situation, or confidence/reliability) and its warning flags and error
// codes, whose numbers and wording are NTIA's so that results can be compared with
// NTIA's driver line by line.
//
// Pure functions, no state: safe from any thread.

#include <cstdint>
#include <expected>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace covplan::core::itm {

//! ITM's seven radio climates (the numbers are ITM's own).
enum class Climate : int {
    Equatorial = 1,
    ContinentalSubtropical = 2,
    MaritimeSubtropical = 3,
    Desert = 4,
    ContinentalTemperate = 5,
    MaritimeTemperateOverLand = 6,
    MaritimeTemperateOverSea = 7,
};

enum class Polarization : int { Horizontal = 0, Vertical = 1 };

//! How carefully a terminal is sited (area mode only).
enum class Siting : int { Random = 0, Careful = 1, VeryCareful = 2 };

enum class PropagationMode : int { NotSet = 0, LineOfSight = 1, Diffraction = 2, Troposcatter = 3 };

//! The ground and atmosphere the path runs over. covplan's defaults are those of the
//! Mekong delta (see itm_settings.h); these are the model's raw inputs.
struct Environment {
    Climate climate = Climate::ContinentalTemperate;
    double n0_n_units = 301.0;  //!< surface refractivity reduced to sea level, 250-400
    Polarization polarization = Polarization::Vertical;
    double epsilon = 15.0;         //!< relative permittivity of the ground, >= 1
    double sigma_s_per_m = 0.005;  //!< ground conductivity, S/m, > 0
};

//! ITM's mode of variability (mdvar): 0 single message, 1 accidental, 2 mobile,
//! 3 broadcast; +10: no location variability, +20: no situation variability.
//! With confidence/reliability, reliability is "time" and confidence "situation"
//! at location 50 % (NTIA's ITM_*_CR functions).
struct Variability {
    int mdvar = 1;
    double time_pct = 50.0;
    double location_pct = 50.0;
    double situation_pct = 50.0;
    bool from_confidence_reliability = false;  //!< error codes name confidence/reliability

    [[nodiscard]] static Variability time_location_situation(int mdvar, double time_pct,
                                                             double location_pct,
                                                             double situation_pct);
    [[nodiscard]] static Variability confidence_reliability(int mdvar, double confidence_pct,
                                                            double reliability_pct);
};

//! A terrain profile in ITM's PFL layout: `intervals` equal steps of `spacing_m`,
//! elevations_m.size() == intervals + 1, from the transmitter to the receiver, metres
//! above a common datum.
struct Profile {
    std::span<const double> elevations_m;
    double spacing_m = 0.0;
    //! Optional: 1/i for i = 0..intervals (index 0 unused), to spare the horizon search
    //! its divisions when many prefixes of one profile are evaluated.
    const double* reciprocals = nullptr;
    [[nodiscard]] int intervals() const { return static_cast<int>(elevations_m.size()) - 1; }
    [[nodiscard]] double length_m() const { return intervals() * spacing_m; }
};

struct PointToPointInput {
    double tx_height_m = 30.0;  //!< structural height above the profile's first point
    double rx_height_m = 1.5;   //!< above the last point
    double freq_mhz = 1800.0;
    Environment environment;
    Variability variability;
};

struct AreaInput {
    double tx_height_m = 30.0;
    double rx_height_m = 1.5;
    Siting tx_siting = Siting::Random;
    Siting rx_siting = Siting::Random;
    double distance_km = 10.0;
    double delta_h_m = 90.0;  //!< terrain irregularity parameter
    double freq_mhz = 1800.0;
    Environment environment;
    Variability variability;
};

//! NTIA's IntermediateValues.
struct IntermediateValues {
    double theta_hzn_rad[2] = {0, 0};  //!< horizon elevation angles, tx and rx
    double d_hzn_m[2] = {0, 0};        //!< horizon distances
    double h_e_m[2] = {0, 0};          //!< effective antenna heights
    double n_s_n_units = 0;            //!< surface refractivity at the path's height
    double delta_h_m = 0;              //!< terrain irregularity used
    double a_ref_db = 0;               //!< reference attenuation (median, over free space)
    double a_fs_db = 0;                //!< free-space basic transmission loss
    double d_km = 0;
    PropagationMode mode = PropagationMode::NotSet;
    //! covplan's, not NTIA's: no profile point above the straight line between the
    //! antennas (point-to-point only).
    bool terrain_los = true;
};

//! Warning flags, NTIA's bit values.
enum Warning : std::uint32_t {
    kWarnTxTerminalHeight = 0x0001,
    kWarnRxTerminalHeight = 0x0002,
    kWarnFrequency = 0x0004,
    kWarnPathDistanceTooBig1 = 0x0008,
    kWarnPathDistanceTooBig2 = 0x0010,
    kWarnPathDistanceTooSmall1 = 0x0020,
    kWarnPathDistanceTooSmall2 = 0x0040,
    kWarnTxHorizonAngle = 0x0080,
    kWarnRxHorizonAngle = 0x0100,
    kWarnTxHorizonDistance1 = 0x0200,
    kWarnRxHorizonDistance1 = 0x0400,
    kWarnTxHorizonDistance2 = 0x0800,
    kWarnRxHorizonDistance2 = 0x1000,
    kWarnExtremeVariabilities = 0x2000,
    kWarnSurfaceRefractivity = 0x4000,
};

struct Result {
    double loss_db = 0.0;  //!< basic transmission loss
    std::uint32_t warnings = 0;
    IntermediateValues values;
};

//! NTIA's error codes (1000-1022) with NTIA's description.
struct Error {
    int code = 0;
    std::string_view message;
};

[[nodiscard]] std::expected<Result, Error> point_to_point(const PointToPointInput& input,
                                                          const Profile& profile);
[[nodiscard]] std::expected<Result, Error> area(const AreaInput& input);

//! NTIA's wording of each warning flag set in `warnings`.
[[nodiscard]] std::vector<std::string_view> warning_texts(std::uint32_t warnings);
//! The description of an error code ("Frequency is out of range"), empty if unknown.
[[nodiscard]] std::string_view error_text(int code);
[[nodiscard]] std::string_view climate_name(Climate climate);
[[nodiscard]] std::string_view mode_name(PropagationMode mode);

}  // namespace covplan::core::itm
