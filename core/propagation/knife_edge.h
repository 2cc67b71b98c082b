#pragma once
// Diffraction over knife edges, ITU-R P.526-15 section 4.1 and 4.5.
//
// nu = h sqrt(2/lambda (1/d1 + 1/d2))               (eq. 26 geometry)
// J(nu) = -20 log10( sqrt((1 - C - S)^2 + (C - S)^2) / 2 )   (eq. 26, exact)
// J(nu) ~ 6.9 + 20 log10( sqrt((nu - 0.1)^2 + 1) + nu - 0.1 ), nu > -0.78  (eq. 31)
// with C, S the Fresnel cosine and sine integrals.

#include <span>
#include <vector>

namespace covplan::core {

struct Fresnel {
    double c;
    double s;
};

//! C(x) = int_0^x cos(pi t^2 / 2) dt, S(x) likewise with sin; odd functions.
//! Power series below |x| = 3, asymptotic auxiliary functions above; error < 1e-9.
[[nodiscard]] Fresnel fresnel_integrals(double x);

[[nodiscard]] double knife_edge_loss_exact_db(double nu);
[[nodiscard]] double knife_edge_loss_approx_db(double nu);
//! knife_edge_loss_exact_db from a table (step 0.001 in nu, linear interpolation,
//! |error| < 1e-4 dB), for the raster engine's millions of edges. 0 at nu <= -0.78.
[[nodiscard]] double knife_edge_loss_fast_db(double nu);

//! nu for an edge `height_m` above the direct path (negative: below), at d1/d2 from
//! the ends, at frequency `freq_mhz`.
[[nodiscard]] double fresnel_kirchhoff_nu(double freq_mhz, double d1_m, double d2_m,
                                          double height_m);

//! Effective Earth radius factor k of standard refraction (ITU-R P.452, median).
inline constexpr double kStandardKFactor = 4.0 / 3.0;
inline constexpr double kEarthRadius_m = 6371000.0;

struct TerrainPath {
    std::span<const double> distance_m;  //!< from the transmitter, increasing, first = 0
    std::span<const double> ground_m;    //!< terrain (+ clutter) height at each sample
    double tx_height_m = 30.0;           //!< antenna above ground at the first sample
    double rx_height_m = 1.5;            //!< antenna above ground at the last sample
    double freq_mhz = 1800.0;
    double k_factor = kStandardKFactor;
};

struct DiffractionResult {
    double loss_db = 0.0;
    int edges = 0;       //!< edges that contributed (nu > -0.78)
    bool line_of_sight;  //!< no sample intrudes into the direct ray
};

//! Deygout's method (P.526-15 section 4.5.1 construction, up to three edges: the main
//! edge and the strongest on each side), each edge's loss from the exact J(nu).
//! Terrain is bent by the effective Earth bulge d1 d2 / (2 k R).
[[nodiscard]] DiffractionResult deygout_loss(const TerrainPath& path);

}  // namespace covplan::core
