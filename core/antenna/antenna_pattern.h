#pragma once
// Antenna radiation patterns: the 3GPP parametric sector element, omni, and patterns
// read from MSI/Planet files. Patterns are tabulated at 0.1 degree so the raster
// engine looks gains up instead of evaluating formulas per pixel.
//
// Angles: azimuth relative to boresight, degrees clockwise; vertical angle below the
// horizon, degrees (positive = down, as downtilt is counted).

#include <array>
#include <expected>
#include <string>
#include <vector>

namespace covplan::core {

class AntennaPattern {
  public:
    static constexpr int kHorizontalSteps = 3600;  //!< 0.1 degree
    static constexpr int kVerticalSteps = 1801;    //!< -90 .. +90 degrees by 0.1

    //! TR 38.901 V17.0.0 Table 7.3-1: A_H = -min(12 (phi/phi3dB)^2, Am),
    //! A_V = -min(12 ((theta - tilt)/theta3dB)^2, SLAv), A = -min(-(A_H + A_V), Am),
    //! with phi3dB = theta3dB = 65 deg, Am = SLAv = 30 dB, Gmax = 8 dBi.
    //! Other beamwidths/gains (e.g. a 17 dBi panel with a 7 deg vertical beam) use the
    //! same construction.
    static AntennaPattern parametric(double h_beamwidth_deg = 65.0, double v_beamwidth_deg = 65.0,
                                     double gain_dbi = 8.0, double front_to_back_db = 30.0,
                                     double side_lobe_db = 30.0);
    static AntennaPattern omni(double gain_dbi = 0.0);

    //! From attenuation tables in dB at 1 degree steps (360 entries each): horizontal
    //! from boresight clockwise, vertical from the horizon downwards (MSI convention:
    //! 90 = nadir, 270 = zenith). Intermediate 0.1 degree steps are interpolated.
    static AntennaPattern from_tables(std::string name, double gain_dbi,
                                      const std::vector<double>& horizontal_db,
                                      const std::vector<double>& vertical_db);

    [[nodiscard]] const std::string& name() const { return m_name; }
    [[nodiscard]] double max_gain_dbi() const { return m_gain_dbi; }
    //! True if the horizontal pattern varies by less than 3 dB around the mast.
    [[nodiscard]] bool is_omnidirectional() const;
    //! Attenuation limit of the combined pattern (front-to-back), dB.
    [[nodiscard]] double max_attenuation_db() const { return m_max_attenuation_db; }

    //! Horizontal attenuation (>= 0 dB) at `azimuth_deg` from boresight.
    [[nodiscard]] float horizontal_db(double azimuth_deg) const;
    //! Vertical attenuation at `down_deg` below the horizon (already relative to tilt).
    [[nodiscard]] float vertical_db(double down_deg) const;
    //! Gain toward a direction, dBi, for an antenna with the given downtilts.
    //! Mechanical tilt acts fully at boresight and fades with cos(azimuth) to the sides
    //! (the tilted panel's plane), electrical tilt shifts the whole vertical pattern.
    [[nodiscard]] double gain_dbi(double azimuth_deg, double down_deg, double mech_tilt_deg,
                                  double elec_tilt_deg) const;

    //! Raw tables for the raster kernel.
    [[nodiscard]] const std::vector<float>& horizontal_table() const { return m_h; }
    [[nodiscard]] const std::vector<float>& vertical_table() const { return m_v; }

  private:
    std::string m_name;
    double m_gain_dbi = 0.0;
    double m_max_attenuation_db = 0.0;
    std::vector<float> m_h;  // kHorizontalSteps entries, index = round(az * 10) mod 3600
    std::vector<float> m_v;  // kVerticalSteps entries, index = round((down + 90) * 10)
};

}  // namespace covplan::core
