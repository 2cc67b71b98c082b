#include "core/antenna/antenna_pattern.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace covplan::core {
namespace {

double wrap180(double deg) {
    deg = std::fmod(deg, 360.0);
    if (deg > 180.0) deg -= 360.0;
    if (deg < -180.0) deg += 360.0;
    return deg;
}

// Linear interpolation in a 360-entry, 1-degree periodic table.
double periodic_lookup(const std::vector<double>& t, double deg) {
    double a = std::fmod(deg, 360.0);
    if (a < 0) a += 360.0;
    const int i0 = static_cast<int>(std::floor(a)) % 360;
    const int i1 = (i0 + 1) % 360;
    const double w = a - std::floor(a);
    return t[i0] * (1.0 - w) + t[i1] * w;
}

}  // namespace

AntennaPattern AntennaPattern::parametric(double h_bw, double v_bw, double gain_dbi, double fb_db,
                                          double sla_db) {
    AntennaPattern p;
    char name[96];
    std::snprintf(name, sizeof name, "3GPP parametric %.0f/%.0f deg %.1f dBi", h_bw, v_bw,
                  gain_dbi);
    p.m_name = name;
    p.m_gain_dbi = gain_dbi;
    p.m_max_attenuation_db = fb_db;
    p.m_h.resize(kHorizontalSteps);
    p.m_v.resize(kVerticalSteps);
    for (int i = 0; i < kHorizontalSteps; ++i) {
        const double phi = wrap180(i / 10.0);
        p.m_h[i] = static_cast<float>(std::min(12.0 * (phi / h_bw) * (phi / h_bw), fb_db));
    }
    for (int i = 0; i < kVerticalSteps; ++i) {
        const double theta = i / 10.0 - 90.0;
        p.m_v[i] = static_cast<float>(std::min(12.0 * (theta / v_bw) * (theta / v_bw), sla_db));
    }
    return p;
}

AntennaPattern AntennaPattern::omni(double gain_dbi) {
    AntennaPattern p;
    p.m_name = "omni";
    p.m_gain_dbi = gain_dbi;
    p.m_max_attenuation_db = 0.0;
    p.m_h.assign(kHorizontalSteps, 0.0f);
    p.m_v.assign(kVerticalSteps, 0.0f);
    return p;
}

AntennaPattern AntennaPattern::from_tables(std::string name, double gain_dbi,
                                           const std::vector<double>& h,
                                           const std::vector<double>& v) {
    AntennaPattern p;
    p.m_name = std::move(name);
    p.m_gain_dbi = gain_dbi;
    p.m_h.resize(kHorizontalSteps);
    p.m_v.resize(kVerticalSteps);
    for (int i = 0; i < kHorizontalSteps; ++i)
        p.m_h[i] = static_cast<float>(periodic_lookup(h, i / 10.0));
    // MSI vertical angles: 0 horizon, 90 nadir, 270 zenith; ours: -90 (up) .. +90 (down).
    for (int i = 0; i < kVerticalSteps; ++i)
        p.m_v[i] = static_cast<float>(periodic_lookup(v, i / 10.0 - 90.0));
    p.m_max_attenuation_db = *std::max_element(h.begin(), h.end());
    return p;
}

float AntennaPattern::horizontal_db(double azimuth_deg) const {
    double a = std::fmod(azimuth_deg, 360.0);
    if (a < 0) a += 360.0;
    return m_h[static_cast<std::size_t>(std::lround(a * 10.0)) % kHorizontalSteps];
}

float AntennaPattern::vertical_db(double down_deg) const {
    const double d = std::clamp(down_deg, -90.0, 90.0);
    return m_v[static_cast<std::size_t>(std::lround((d + 90.0) * 10.0))];
}

double AntennaPattern::gain_dbi(double azimuth_deg, double down_deg, double mech_tilt_deg,
                                double elec_tilt_deg) const {
    const double tilt =
        elec_tilt_deg + mech_tilt_deg * std::cos(azimuth_deg * std::numbers::pi / 180.0);
    const double att = horizontal_db(azimuth_deg) + vertical_db(down_deg - tilt);
    const double cap = m_max_attenuation_db > 0.0 ? m_max_attenuation_db : att;
    return m_gain_dbi - std::min(att, cap);
}

bool AntennaPattern::is_omnidirectional() const {
    for (float a : m_h)
        if (a > 3.0f) return false;
    return true;
}

}  // namespace covplan::core
