// ITM's reference attenuation ("lrprop"): line-of-sight, diffraction and troposcatter
// regions, each fitted so the three join smoothly in distance. Equation numbers refer
// to Hufford's [Algorithm] (1995), TN101 and ERL 79-ITS 67.

#include <algorithm>
#include <cmath>

#include "core/propagation/itm_detail.h"

namespace covplan::core::itm::detail {

namespace {

constexpr double kPi = 3.1415926535897932384;
constexpr double kA0_m = 6370e3;  // Earth radius of [Algorithm] 4.21
constexpr double kThird = 1.0 / 3.0;

double dim(double x, double y) { return x > y ? x - y : 0.0; }

// Delta h at distance d ([Algorithm] 3.9).
double terrain_roughness_m(double d_m, double delta_h_m) {
    return delta_h_m * (1.0 - 0.8 * std::exp(-d_m / 50e3));
}

// RMS deviation of the terrain from the fit ([Algorithm] 3.10).
double sigma_h_m(double delta_h_m) {
    return 0.78 * delta_h_m * std::exp(-0.5 * std::pow(delta_h_m, 0.25));
}

// Knife-edge attenuation approximation, [TN101v2] III.24b/c.
double fresnel_term_db(double v2) {
    if (v2 < 5.76) return 6.02 + 9.11 * std::sqrt(v2) - 1.27 * v2;
    return 12.953 + 10.0 * std::log10(v2);
}

double knife_edge_db(double d_m, double f_mhz, double a_e_m, double theta_los,
                     const double d_hzn_m[2]) {
    const double d_ml = d_hzn_m[0] + d_hzn_m[1];
    const double theta_nlos = d_m / a_e_m - theta_los;  // [Algorithm] 4.12
    const double d_nlos = d_m - d_ml;
    const double k = 0.0795775 * (f_mhz / 47.7) * theta_nlos * theta_nlos;
    const double v1 = k * d_hzn_m[0] * d_nlos / (d_nlos + d_hzn_m[0]);
    const double v2 = k * d_hzn_m[1] * d_nlos / (d_nlos + d_hzn_m[1]);
    return fresnel_term_db(v1) + fresnel_term_db(v2);  // [TN101] I.1
}

// Vogler's height-gain function F(x, K) of the smooth-Earth diffraction.
double height_gain_db(double x_km, double k) {
    if (x_km < 200.0) {
        const double w = -std::log(k);
        if (k < 1e-5 || x_km * w * w * w > 5495.0) {
            return x_km > 1.0 ? 17.372 * std::log(x_km) - 117.0 : -117.0;
        }
        return 2.5e-5 * x_km * x_km / k - 8.686 * w - 15.0;
    }
    double result = 0.05751 * x_km - 4.343 * std::log(x_km);
    if (x_km < 2000.0) {
        const double w = 0.0134 * x_km * std::exp(-0.005 * x_km);
        result = (1.0 - w) * result + w * (17.372 * std::log(x_km) - 117.0);
    }
    return result;
}

// Three-radius smooth-Earth diffraction ([Algorithm] 4.20, Vogler 1964).
double smooth_earth_db(double d_m, double f_mhz, double a_e_m, double theta_los,
                       const double d_hzn_m[2], const double h_e_m[2], std::complex<double> z_g) {
    const double theta_nlos = d_m / a_e_m - theta_los;
    const double d_ml = d_hzn_m[0] + d_hzn_m[1];
    const double radius_m[3] = {(d_m - d_ml) / (d_m / a_e_m - theta_los),
                                0.5 * d_hzn_m[0] * d_hzn_m[0] / h_e_m[0],
                                0.5 * d_hzn_m[1] * d_hzn_m[1] / h_e_m[1]};
    const double dist_km[3] = {radius_m[0] * theta_nlos / 1000.0, d_hzn_m[0] / 1000.0,
                               d_hzn_m[1] / 1000.0};
    double c0[3], k[3], b0[3];
    const double f_third = std::pow(f_mhz, kThird);
    for (int i = 0; i < 3; ++i) {
        c0[i] = std::pow((4.0 / 3.0) * kA0_m / radius_m[i], kThird);
        k[i] = 0.017778 * c0[i] * std::pow(f_mhz, -kThird) / std::abs(z_g);
        b0[i] = 1.607 - k[i];
    }
    const double x1 = b0[1] * c0[1] * c0[1] * f_third * dist_km[1];
    const double x2 = b0[2] * c0[2] * c0[2] * f_third * dist_km[2];
    const double x0 = b0[0] * c0[0] * c0[0] * f_third * dist_km[0] + x1 + x2;
    const double g_db = 0.05751 * x0 - 10.0 * std::log10(x0);  // [TN101] 8.4
    return g_db - height_gain_db(x1, k[1]) - height_gain_db(x2, k[2]) - 20.0;
}

// Diffraction attenuation: smooth Earth and double knife edge weighted by roughness,
// plus the clutter term A_fo ([Algorithm] 4.10-4.24, ERL 79-ITS 67 3.23).
double diffraction_db(double d_m, const PathGeometry& g, std::complex<double> z_g, double a_e_m,
                      const double h_m[2], bool p2p, double theta_los, double d_sml_m,
                      double f_mhz) {
    const double a_k = knife_edge_db(d_m, f_mhz, a_e_m, theta_los, g.d_hzn_m);
    const double a_se = smooth_earth_db(d_m, f_mhz, a_e_m, theta_los, g.d_hzn_m, g.h_e_m, z_g);
    const double sigma_h_sml = sigma_h_m(terrain_roughness_m(d_sml_m, g.delta_h_m));
    const double a_fo =
        std::min(15.0, 5.0 * std::log10(1.0 + 1e-5 * h_m[0] * h_m[1] * f_mhz * sigma_h_sml));
    const double delta_h_d = terrain_roughness_m(d_m, g.delta_h_m);
    double q = h_m[0] * h_m[1];
    const double qk = g.h_e_m[0] * g.h_e_m[1] - q;
    if (p2p) q += 10.0;
    const double root = std::sqrt(1.0 + qk / q);
    const double d_ml = g.d_hzn_m[0] + g.d_hzn_m[1];
    q = (root + (-theta_los * a_e_m + d_ml) / d_m) * std::min(delta_h_d * f_mhz / 47.7, 6283.2);
    const double w = 25.1 / (25.1 + std::sqrt(q));
    return w * a_se + (1.0 - w) * a_k + a_fo;
}

// Two-ray attenuation over rough ground, blended with the extrapolated diffraction line
// ([Algorithm] 4.44-4.50).
double line_of_sight_db(double d_m, const PathGeometry& g, std::complex<double> z_g, double m_d,
                        double a_d0, double d_sml_m, double f_mhz) {
    const double sigma_h_d = sigma_h_m(terrain_roughness_m(d_m, g.delta_h_m));
    const double wn = f_mhz / 47.7;
    const double h_sum = g.h_e_m[0] + g.h_e_m[1];
    const double sin_psi = h_sum / std::sqrt(d_m * d_m + h_sum * h_sum);
    std::complex<double> r_e =
        (sin_psi - z_g) / (sin_psi + z_g) * std::exp(-std::min(10.0, wn * sigma_h_d * sin_psi));
    const double q = std::norm(r_e);
    if (q < 0.25 || q < sin_psi) r_e *= std::sqrt(sin_psi / q);
    double delta_phi = wn * 2.0 * g.h_e_m[0] * g.h_e_m[1] / d_m;
    if (delta_phi > kPi / 2.0) delta_phi = kPi - (kPi / 2.0) * (kPi / 2.0) / delta_phi;
    const std::complex<double> rr =
        std::complex<double>(std::cos(delta_phi), -std::sin(delta_phi)) + r_e;
    const double a_t = -10.0 * std::log10(std::norm(rr));
    const double a_d = m_d * d_m + a_d0;
    const double w = 1.0 / (1.0 + f_mhz * g.delta_h_m / std::max(10e3, d_sml_m));
    return w * a_t + (1.0 - w) * a_d;
}

// Attenuation function of the scattering angle times distance ([Algorithm] 6.9).
double scatter_f_db(double td) {
    static constexpr double a[] = {133.4, 104.6, 71.8};
    static constexpr double b[] = {0.332e-3, 0.212e-3, 0.157e-3};
    static constexpr double c[] = {-10.0, -2.5, 5.0};
    const int i = td <= 10e3 ? 0 : td <= 70e3 ? 1 : 2;
    return a[i] + b[i] * td + c[i] * std::log10(td);
}

double h0_curve(int j, double r) {
    static constexpr double a[] = {25.0, 80.0, 177.0, 395.0, 705.0};
    static constexpr double b[] = {24.0, 45.0, 68.0, 80.0, 105.0};
    const double ir2 = 1.0 / (r * r);
    return 10.0 * std::log10(1.0 + a[j] * ir2 * ir2 + b[j] * ir2);  // [Algorithm] 6.13
}

double h0_function(double r, double eta_s) {
    eta_s = std::min(std::max(eta_s, 1.0), 5.0);
    const int i = static_cast<int>(eta_s);
    const double q = eta_s - i;
    double result = h0_curve(i - 1, r);
    if (q != 0.0) result = (1.0 - q) * result + q * h0_curve(i, r);
    return result;
}

// Troposcatter attenuation ([Algorithm] 4.63-4.67, TN101 9.3-9.5). `h0` carries the
// frequency-gain term between the two calls, as the model prescribes.
double troposcatter_db(double d_m, const PathGeometry& g, double a_e_m, double n_s, double f_mhz,
                       double theta_los, double* h0) {
    const double wn = f_mhz / 47.7;
    double h_0;
    if (*h0 > 15.0) {
        h_0 = *h0;
    } else {
        double ad = g.d_hzn_m[0] - g.d_hzn_m[1];
        double rr = g.h_e_m[1] / g.h_e_m[0];
        if (ad < 0.0) {
            ad = -ad;
            rr = 1.0 / rr;
        }
        const double theta = g.theta_hzn[0] + g.theta_hzn[1] + d_m / a_e_m;
        const double r1 = 2.0 * wn * theta * g.h_e_m[0];
        const double r2 = 2.0 * wn * theta * g.h_e_m[1];
        if (r1 < 0.2 && r2 < 0.2) return 1001.0;  // undefined: [Algorithm] p. 11
        double s = (d_m - ad) / (d_m + ad);
        const double q = std::min(std::max(0.1, rr / s), 10.0);
        s = std::max(0.1, s);
        const double h_cross_m = (d_m - ad) * (d_m + ad) * theta * 0.25 / d_m;
        constexpr double kZ0_m = 1.7556e3;
        constexpr double kZ1_m = 8.0e3;
        const double eta_s = (h_cross_m / kZ0_m) *
                             (1.0 + (0.031 - n_s * 2.32e-3 + n_s * n_s * 5.67e-6) *
                                        std::exp(-std::pow(std::min(1.7, h_cross_m / kZ1_m), 6)));
        const double h_00 = (h0_function(r1, eta_s) + h0_function(r2, eta_s)) / 2.0;
        const double delta_h0 = std::min(
            h_00, 6.0 * (0.6 - std::log10(std::max(eta_s, 1.0))) * std::log10(s) * std::log10(q));
        h_0 = std::max(h_00 + delta_h0, 0.0);
        if (eta_s < 1.0) {
            const double sq2 = std::sqrt(2.0);
            h_0 = eta_s * h_0 + (1.0 - eta_s) * 10.0 *
                                    std::log10(std::pow((1.0 + sq2 / r1) * (1.0 + sq2 / r2), 2) *
                                               (r1 + r2) / (r1 + r2 + 2.0 * sq2));
        }
        if (h_0 > 15.0 && *h0 >= 0.0) h_0 = *h0;
    }
    *h0 = h_0;
    const double th = d_m / a_e_m - theta_los;
    constexpr double kD0_m = 40e3;
    constexpr double kH_m = 47.7;
    return scatter_f_db(th * d_m) + 10.0 * std::log10(wn * kH_m * std::pow(th, 4)) -
           0.1 * (n_s - 301.0) * std::exp(-th * d_m / kD0_m) + h_0;
}

}  // namespace

double free_space_loss_db(double d_m, double freq_mhz) {
    return 32.45 + 20.0 * std::log10(freq_mhz) + 20.0 * std::log10(d_m / 1000.0);
}

std::expected<Reference, int> reference_attenuation(const PathGeometry& g, double f_mhz,
                                                    const Ground& ground, const double h_m[2],
                                                    bool p2p, std::uint32_t* warnings) {
    const double a_e = 1.0 / ground.gamma_e;
    double d_hzn_s[2];
    for (int i = 0; i < 2; ++i) d_hzn_s[i] = std::sqrt(2.0 * g.h_e_m[i] * a_e);
    const double d_sml = d_hzn_s[0] + d_hzn_s[1];  // smooth-Earth line-of-sight distance
    const double d_ml = g.d_hzn_m[0] + g.d_hzn_m[1];
    const double theta_los = -std::max(g.theta_hzn[0] + g.theta_hzn[1], -d_ml / a_e);

    if (std::abs(g.theta_hzn[0]) > 200e-3) *warnings |= kWarnTxHorizonAngle;
    if (std::abs(g.theta_hzn[1]) > 200e-3) *warnings |= kWarnRxHorizonAngle;
    if (g.d_hzn_m[0] < 0.1 * d_hzn_s[0]) *warnings |= kWarnTxHorizonDistance1;
    if (g.d_hzn_m[1] < 0.1 * d_hzn_s[1]) *warnings |= kWarnRxHorizonDistance1;
    if (g.d_hzn_m[0] > 3.0 * d_hzn_s[0]) *warnings |= kWarnTxHorizonDistance2;
    if (g.d_hzn_m[1] > 3.0 * d_hzn_s[1]) *warnings |= kWarnRxHorizonDistance2;
    if (ground.n_s < 150) return std::unexpected(1021);
    if (ground.n_s > 400) return std::unexpected(1022);
    if (ground.n_s < 250) *warnings |= kWarnSurfaceRefractivity;
    if (a_e < 4000000 || a_e > 13333333) return std::unexpected(1016);
    if (ground.z_g.real() <= std::abs(ground.z_g.imag())) return std::unexpected(1013);

    // The diffraction line through two distances beyond the horizon ([Algorithm] 4.2).
    const double scale = std::pow(a_e * a_e / f_mhz, kThird);
    const double d3 = std::max(d_sml, d_ml + 5.0 * scale);
    const double d4 = d3 + 10.0 * scale;
    const double a3 = diffraction_db(d3, g, ground.z_g, a_e, h_m, p2p, theta_los, d_sml, f_mhz);
    const double a4 = diffraction_db(d4, g, ground.z_g, a_e, h_m, p2p, theta_los, d_sml, f_mhz);
    const double m_d = (a4 - a3) / (d4 - d3);
    const double a_d0 = a3 - m_d * d3;

    const double d = g.d_m;
    if (d < std::abs(g.h_e_m[0] - g.h_e_m[1]) / 200e-3) *warnings |= kWarnPathDistanceTooSmall1;
    if (d < 1e3) *warnings |= kWarnPathDistanceTooSmall2;
    if (d > 1000e3) *warnings |= kWarnPathDistanceTooBig1;
    if (d > 2000e3) *warnings |= kWarnPathDistanceTooBig2;

    Reference out;
    if (d < d_sml) {
        // Line of sight: A = A_o + k1 d + k2 ln d through three points ([Algorithm] 4.3).
        const double a_sml = d_sml * m_d + a_d0;
        double d0 = 0.04 * f_mhz * g.h_e_m[0] * g.h_e_m[1];
        double d1;
        if (a_d0 >= 0.0) {
            d0 = std::min(d0, 0.5 * d_ml);
            d1 = d0 + 0.25 * (d_ml - d0);
        } else {
            d1 = std::max(-a_d0 / m_d, 0.25 * d_ml);
        }
        const double a1 = line_of_sight_db(d1, g, ground.z_g, m_d, a_d0, d_sml, f_mhz);
        bool fitted = false;
        double k1 = 0.0;
        double k2 = 0.0;
        if (d0 < d1) {
            const double a0 = line_of_sight_db(d0, g, ground.z_g, m_d, a_d0, d_sml, f_mhz);
            const double q = std::log(d_sml / d0);
            k2 = std::max(0.0, ((d_sml - d0) * (a1 - a0) - (d1 - d0) * (a_sml - a0)) /
                                   ((d_sml - d0) * std::log(d1 / d0) - (d1 - d0) * q));
            fitted = a_d0 > 0.0 || k2 > 0.0;
            if (fitted) {
                k1 = (a_sml - a0 - k2 * q) / (d_sml - d0);
                if (k1 < 0.0) {
                    k1 = 0.0;
                    k2 = dim(a_sml, a0) / q;
                    if (k2 == 0.0) k1 = m_d;
                }
            }
        }
        if (!fitted) {
            k1 = dim(a_sml, a1) / (d_sml - d1);
            k2 = 0.0;
            if (k1 == 0.0) k1 = m_d;
        }
        const double a_o = a_sml - k1 * d_sml - k2 * std::log(d_sml);
        out.a_ref_db = a_o + k1 * d + k2 * std::log(d);
        out.mode = PropagationMode::LineOfSight;
    } else {
        // Beyond line of sight: diffraction, or troposcatter past the crossing d_x.
        const double d5 = d_ml + 200e3;
        const double d6 = d_ml + 400e3;
        double h0 = -1.0;
        const double a6 = troposcatter_db(d6, g, a_e, ground.n_s, f_mhz, theta_los, &h0);
        const double a5 = troposcatter_db(d5, g, a_e, ground.n_s, f_mhz, theta_los, &h0);
        double m_s, a_s0, d_x;
        if (a5 < 1000.0) {
            m_s = (a6 - a5) / 200e3;
            d_x = std::max(std::max(d_sml, d_ml + 1.088 * scale * std::log(f_mhz)),
                           (a5 - a_d0 - m_s * d5) / (m_d - m_s));
            a_s0 = (m_d - m_s) * d_x + a_d0;
        } else {
            m_s = m_d;
            a_s0 = a_d0;
            d_x = 10e6;
        }
        if (d > d_x) {
            out.a_ref_db = m_s * d + a_s0;
            out.mode = PropagationMode::Troposcatter;
        } else {
            out.a_ref_db = m_d * d + a_d0;
            out.mode = PropagationMode::Diffraction;
        }
    }
    out.a_ref_db = std::max(out.a_ref_db, 0.0);
    return out;
}

}  // namespace covplan::core::itm::detail
