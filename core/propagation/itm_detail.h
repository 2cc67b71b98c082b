#pragma once
// ITM's internal steps, shared by the two modes and by the coverage engine's radial
// tables (which run point-to-point on every prefix of a radial). Not a public API:
// the names follow Hufford's [Algorithm] so the code can be checked against it.

#include <complex>
#include <cstdint>
#include <expected>

#include "core/propagation/itm.h"

namespace covplan::core::itm::detail {

//! Effective-Earth curvature, ground impedance and surface refractivity
//! ([Algorithm] 4.2-4.4, TN101 eq. 4.3/4.4).
struct Ground {
    std::complex<double> z_g;
    double gamma_e = 0.0;  //!< 1 / effective Earth radius, 1/m
    double n_s = 0.0;      //!< surface refractivity at the path's mean height
};
[[nodiscard]] Ground initialize_ground(double freq_mhz, double h_sys_m, const Environment& env);

//! What the terrain gives the model: horizons, effective heights, Delta h.
struct PathGeometry {
    double theta_hzn[2] = {0, 0};
    double d_hzn_m[2] = {0, 0};
    double h_e_m[2] = {0, 0};
    double delta_h_m = 0.0;
    double d_m = 0.0;
    //! No profile point rises above the straight line between the antennas (with the
    //! model's effective Earth); profiles only.
    bool terrain_los = true;
};

//! The mean elevation of the middle 80 % of a profile (the "system height" that
//! sets N_s in point-to-point mode).
[[nodiscard]] double system_height_m(const Profile& profile);
//! Horizons from the profile ([Algorithm] 3.x, "hzns").
void find_horizons(const Profile& profile, double a_e_m, const double h_m[2], double theta_hzn[2],
                   double d_hzn_m[2]);
//! Interdecile range of the terrain's residuals from a straight line, between two
//! distances, scaled to the asymptotic Delta h ("dlthx").
[[nodiscard]] double delta_h_m(const Profile& profile, double d_start_m, double d_end_m);
//! Least-squares line through the profile between two distances, evaluated at the
//! profile's two ends ("zlsq1").
void least_squares_fit(const Profile& profile, double d_start_m, double d_end_m, double* y_start,
                       double* y_end);
//! Point-to-point path parameters from a profile ("qlrpfl").
[[nodiscard]] PathGeometry quick_profile(const Profile& profile, double gamma_e,
                                         const double h_m[2]);
//! Area-mode path parameters from siting criteria and Delta h ("qlra").
[[nodiscard]] PathGeometry area_geometry(const Siting siting[2], double gamma_e, double delta_h_m,
                                         const double h_m[2], double d_m);

struct Reference {
    double a_ref_db = 0.0;
    PropagationMode mode = PropagationMode::NotSet;
};
//! Reference attenuation over free space: line of sight, diffraction or troposcatter
//! ("lrprop"). Error: NTIA's code.
[[nodiscard]] std::expected<Reference, int> reference_attenuation(
    const PathGeometry& path, double freq_mhz, const Ground& ground, const double h_m[2],
    bool point_to_point, std::uint32_t* warnings);

//! The quantile of the loss for the requested time/location/situation ("avar"):
//! returns A_ref minus the variability terms, i.e. the attenuation to add to free
//! space.
[[nodiscard]] double attenuation_with_variability(const Variability& variability, Climate climate,
                                                  const double h_e_m[2], double delta_h_m,
                                                  double freq_mhz, double d_m, double a_ref_db,
                                                  std::uint32_t* warnings);

//! 32.45 + 20 log f + 20 log d, as ITM rounds it.
[[nodiscard]] double free_space_loss_db(double d_m, double freq_mhz);

//! The checks all modes share; 0 when valid, else NTIA's code. Sets near-limit
//! warnings.
[[nodiscard]] int validate_common(double h_tx_m, double h_rx_m, double freq_mhz,
                                  const Environment& env, const Variability& variability,
                                  std::uint32_t* warnings);

//! Standard normal deviate exceeded with probability q ([Algorithm] "qerfi",
//! Abramowitz & Stegun 26.2.23).
[[nodiscard]] double inverse_ccdf(double q);

}  // namespace covplan::core::itm::detail
