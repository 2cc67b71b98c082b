#include "core/coverage/link_budget.h"

#include <cmath>

namespace covplan::core {

int resource_blocks(Technology tech, double bw) {
    struct Row {
        double mhz;
        int rb;
    };
    static constexpr Row kLte[] = {{1.4, 6}, {3, 15}, {5, 25}, {10, 50}, {15, 75}, {20, 100}};
    static constexpr Row kNr30[] = {{5, 11},   {10, 24},  {15, 38},  {20, 51},  {25, 65},
                                    {30, 78},  {40, 106}, {50, 133}, {60, 162}, {70, 189},
                                    {80, 217}, {90, 245}, {100, 273}};
    const bool nr = tech == Technology::Nr5G;
    const Row* begin = nr ? std::begin(kNr30) : std::begin(kLte);
    const Row* end = nr ? std::end(kNr30) : std::end(kLte);
    for (const Row* r = begin; r != end; ++r)
        if (std::abs(r->mhz - bw) < 1e-6) return r->rb;
    const double rb_hz = 12.0 * subcarrier_spacing_khz(tech) * 1e3;
    return std::max(1, static_cast<int>(std::floor(0.9 * bw * 1e6 / rb_hz)));
}

double subcarrier_spacing_khz(Technology tech) { return tech == Technology::Nr5G ? 30.0 : 15.0; }

double reference_signal_power_dbm(Technology tech, double power_dbm, double bandwidth_mhz) {
    return power_dbm - 10.0 * std::log10(12.0 * resource_blocks(tech, bandwidth_mhz));
}

double noise_per_re_dbm(Technology tech, double noise_figure_db) {
    return -174.0 + 10.0 * std::log10(subcarrier_spacing_khz(tech) * 1e3) + noise_figure_db;
}

ShannonMapping shannon_mapping(Technology tech) {
    if (tech == Technology::Nr5G) return {0.6, -10.0, 7.4063};
    return {0.6, -10.0, 4.4};
}

double spectral_efficiency_bps_hz(const ShannonMapping& m, double sinr_db) {
    if (sinr_db < m.sinr_min_db) return 0.0;
    return std::min(m.alpha * std::log2(1.0 + std::pow(10.0, sinr_db / 10.0)), m.max_bps_per_hz);
}

}  // namespace covplan::core
