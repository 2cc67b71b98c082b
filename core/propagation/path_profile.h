#pragma once
// A point-to-point path profile as radio engineers draw it (SPLAT!, Radio Mobile, the
// link planners' "profile" view): the terrain raised by the effective Earth's bulge
// d1·d2 / (2 k R) under a straight line of sight, the first Fresnel zone around that
// line, and how much room the terrain leaves.
//
// All heights are metres above the DEM's datum. Clearance is the height of the line
// of sight above the curved ground; the Fresnel clearance is that minus the first
// Fresnel zone's radius (negative: the terrain enters F1). A path is usually taken as
// clear when the terrain stays out of 60 % of F1 (ITU-R P.530-18 section 2.2.2 for
// k = 4/3; P.526-15 section 4.1: diffraction loss is about 0 dB at 0.6 F1 clearance).

#include <vector>

namespace covplan::core {

struct PathProfileInput {
    std::vector<double> distance_m;  //!< from the transmitter, increasing, first 0
    std::vector<double> ground_m;    //!< terrain height at each distance
    double tx_height_m = 30.0;       //!< antenna above the ground at the first sample
    double rx_height_m = 1.5;        //!< antenna above the ground at the last sample
    double freq_mhz = 1800.0;
    double k_factor = 4.0 / 3.0;  //!< effective Earth radius factor
};

struct ProfileRow {
    double distance_m = 0;
    double ground_m = 0;
    double curved_ground_m = 0;   //!< ground + d1·d2 / (2 k R)
    double los_m = 0;             //!< the straight line between the two antennas
    double fresnel_radius_m = 0;  //!< first Fresnel zone radius, sqrt(λ d1 d2 / d)
    double clearance_m = 0;       //!< los_m - curved_ground_m
    [[nodiscard]] double fresnel_clearance_m() const { return clearance_m - fresnel_radius_m; }
};

//! A run of samples where the terrain enters 60 % of F1 (`blocks_line_of_sight`: it
//! also rises above the line of sight somewhere in the run).
struct Obstruction {
    double start_m = 0, end_m = 0;
    double peak_distance_m = 0;  //!< where the clearance / F1 is least
    double clearance_m = 0;      //!< clearance there (negative: above the line of sight)
    double f1_ratio = 0;         //!< clearance / F1 radius there
    bool blocks_line_of_sight = false;
};

struct PathProfile {
    std::vector<ProfileRow> rows;
    double length_m = 0;
    //! Least clearance / F1 radius over the interior samples, and where.
    double min_f1_ratio = 0;
    double min_f1_ratio_distance_m = 0;
    double min_f1_ratio_clearance_m = 0;
    //! Least clearance in metres over the interior samples, and where.
    double min_clearance_m = 0;
    double min_clearance_distance_m = 0;
    std::vector<Obstruction> obstructions;
    [[nodiscard]] bool line_of_sight() const { return min_clearance_m >= 0.0; }
    [[nodiscard]] bool clear_60_percent_f1() const { return min_f1_ratio >= 0.6; }
};

//! The rows, least clearances and obstructions of a profile (fewer than two samples:
//! an empty profile).
[[nodiscard]] PathProfile analyse_path_profile(const PathProfileInput& input);

//! d1·d2 / (2 k R), R = 6371 km.
[[nodiscard]] double earth_bulge_m(double d1_m, double d2_m, double k_factor);
//! sqrt(λ d1 d2 / (d1 + d2)).
[[nodiscard]] double first_fresnel_radius_m(double freq_mhz, double d1_m, double d2_m);

}  // namespace covplan::core
