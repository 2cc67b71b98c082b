#pragma once
// Terrain diffraction and line of sight for one transmitter, computed once along
// radials and looked up per pixel: every pixel's profile is a prefix of the radial
// through it, so the horizon seen from the mast is carried along instead of being
// re-traced for each pixel.
//
// Along a radial the terrain is taken relative to the mast's tangent plane bent by
// the effective Earth (k = 4/3): z' = z - x^2 / (2 k R). In that frame the ray to a
// receiver is straight and Deygout's construction (ITU-R P.526-15 4.5.1) becomes:
//  - main edge: the transmitter's horizon, the sample of greatest elevation angle
//    (exact for line of sight; for the diffraction loss it stands in for the
//    greatest-nu edge, which it is whenever one obstacle dominates);
//  - receiver-side edge: the greatest elevation angle seen from the main edge's top
//    among the samples beyond it;
//  - transmitter-side edge: the previous horizon (the highest elevation before the
//    main edge), taken relative to the line from the mast to the main edge's top.
// Each edge contributes the exact J(nu) when nu > -0.78.
// The path-loss models already account for a smooth Earth, so what is stored is the
// loss of the real profile minus that of the smooth Earth through the mast's foot
// (never negative), as P.526's delta-Bullington method does: a flat DEM adds nothing
// at any distance, independently of the sampling step.

#include <cstdint>
#include <vector>

#include "core/grid.h"
#include "core/propagation/itm_settings.h"

namespace covplan::core {

struct DistanceLossLaw;

class RadialTerrain {
  public:
    //! `ground` is the DEM on `grid`; the transmitter antenna is `tx_height_m` above the
    //! ground under (x, y); receivers are `rx_height_m` above theirs.
    static RadialTerrain build(const GridSpec& grid, const float* ground, double x_m, double y_m,
                               double tx_height_m, double rx_height_m, double freq_mhz,
                               double radius_m);

    //! ITM point-to-point (core/propagation/itm.h) from the mast to every radial sample,
    //! on the DEM's heights as they are (ITM bends them by its own effective Earth). What
    //! is stored is ITM over the real profile minus `flat_law` (ITM over flat ground, the
    //! cell's distance law), so the kernel's law + table is ITM over the terrain; the LOS
    //! bit is the profile's geometric line of sight. Each entry a pixel of `grid` reads is
    //! ITM on that sample's own profile, evaluated exactly (no reuse between samples);
    //! entries no pixel reads are left at 0.
    static RadialTerrain build_itm(const GridSpec& grid, const float* ground, double x_m,
                                   double y_m, double tx_height_m, double rx_height_m,
                                   double freq_mhz, double radius_m, const ItmSettings& itm,
                                   const DistanceLossLaw& flat_law);

    //! Loss in 0.5 dB steps (bits 0-6, up to 63.5 dB) and NLOS flag (bit 7) for the
    //! radial sample nearest to (dx, dy) from the mast.
    [[nodiscard]] std::uint8_t code_at(double dx_m, double dy_m) const;
    [[nodiscard]] static double loss_db(std::uint8_t code) { return (code & 0x7F) * 0.5; }
    [[nodiscard]] static bool line_of_sight(std::uint8_t code) { return (code & 0x80) == 0; }

    [[nodiscard]] int radials() const { return m_radials; }
    [[nodiscard]] int samples() const { return m_samples; }
    [[nodiscard]] double step_m() const { return m_step_m; }
    [[nodiscard]] const std::uint8_t* codes() const { return m_codes.data(); }
    //! The same losses as floats (dB), for the vectorised kernel's gathers (ITM tables:
    //! the exact difference, which may be negative or above 63.5 dB).
    [[nodiscard]] const float* losses_db() const { return m_loss.data(); }
    //! ITM tables: how many samples were evaluated (0 for Deygout tables).
    [[nodiscard]] std::size_t itm_evaluations() const { return m_itm_evaluations; }
    [[nodiscard]] std::size_t memory_bytes() const { return m_codes.size() * (1 + sizeof(float)); }

  private:
    //! Radial count, sample step and count for a mast at (x, y) on `grid` (both builders).
    static RadialTerrain layout(const GridSpec& grid, double x_m, double y_m, double radius_m);
    //! The DEM's pixel under (x, y); 0 outside the grid.
    static double ground_at(const GridSpec& grid, const float* ground, double x_m, double y_m);
    int m_radials = 0;
    int m_samples = 0;
    double m_step_m = 1.0;
    std::size_t m_itm_evaluations = 0;
    std::vector<std::uint8_t> m_codes;  // radial-major: [radial * samples + sample]
    std::vector<float> m_loss;
};

}  // namespace covplan::core
