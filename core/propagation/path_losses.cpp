#include "core/propagation/path_losses.h"

#include <cmath>
#include <cstdio>
#include <limits>

#include "core/propagation/free_space.h"
#include "core/propagation/itm.h"
#include "core/propagation/knife_edge.h"
#include "core/propagation/model_registry.h"

namespace covplan::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

PathModelLoss registry_loss(PropagationModel model, Environment env, const PathProfileInput& p,
                            double d_m, double fspl) {
    ModelSelection sel{model, variant_for(model, env)};
    PathGeometry g;
    g.freq_mhz = p.freq_mhz;
    g.distance_m = d_m;
    g.tx_height_m = p.tx_height_m;
    g.rx_height_m = p.rx_height_m;
    PathModelLoss out{std::string(sel.model_id()), sel.title(), kNaN, kNaN, false, {}};
    const PathLossResult r = model_loss(sel, g, Extrapolation::Allow);
    if (!r) {
        out.note = r.error();
        return out;
    }
    out.loss_db = r->loss_db;
    out.excess_db = r->loss_db - fspl;
    out.extrapolated = r->extrapolated;
    out.note = r->note;
    return out;
}

}  // namespace

std::vector<PathModelLoss> path_losses(const PathProfileInput& p, Environment env,
                                       const ItmSettings& itm_settings) {
    std::vector<PathModelLoss> out;
    const std::size_t n = std::min(p.distance_m.size(), p.ground_m.size());
    if (n < 2) return out;
    const double d_m = p.distance_m[n - 1];
    const double fspl = free_space_loss_db(p.freq_mhz, std::max(d_m, 1.0) / 1000.0);
    out.push_back(
        {"fspl", std::string(model_info(PropagationModel::FreeSpace).title), fspl, 0.0, false, {}});

    // The Hata family member for this frequency (COST-231 from 1500 MHz), then TR 38.901.
    const PropagationModel hata =
        p.freq_mhz >= 1500.0 ? PropagationModel::Cost231 : PropagationModel::Hata;
    out.push_back(registry_loss(hata, env, p, d_m, fspl));
    out.push_back(registry_loss(PropagationModel::Tr38901, env, p, d_m, fspl));

    TerrainPath tp;
    tp.distance_m = std::span<const double>(p.distance_m.data(), n);
    tp.ground_m = std::span<const double>(p.ground_m.data(), n);
    tp.tx_height_m = p.tx_height_m;
    tp.rx_height_m = p.rx_height_m;
    tp.freq_mhz = p.freq_mhz;
    tp.k_factor = p.k_factor;
    const DiffractionResult dy = deygout_loss(tp);
    char note[96];
    std::snprintf(note, sizeof note, "%d edge%s, P.526-15 4.5.1", dy.edges,
                  dy.edges == 1 ? "" : "s");
    out.push_back({"deygout", "free space + Deygout diffraction (ITU-R P.526-15)",
                   fspl + dy.loss_db, dy.loss_db, false, note});

    PathModelLoss itm_loss{
        "itm", "ITM / Longley-Rice point-to-point (NTIA v1.2.2)", kNaN, kNaN, false, {}};
    itm::PointToPointInput in;
    in.tx_height_m = p.tx_height_m;
    in.rx_height_m = p.rx_height_m;
    in.freq_mhz = p.freq_mhz;
    in.environment = itm_settings.environment();
    in.variability = itm_settings.variability();
    const double spacing = d_m / static_cast<double>(n - 1);
    const auto r = itm::point_to_point(
        in, itm::Profile{std::span<const double>(p.ground_m.data(), n), spacing});
    if (r) {
        itm_loss.loss_db = r->loss_db;
        // Against ITM's own free space (32.45 dB constant), so the excess is the model's.
        itm_loss.excess_db = r->loss_db - r->values.a_fs_db;
        itm_loss.note = std::string(itm::mode_name(r->values.mode));
        for (std::string_view w : itm::warning_texts(r->warnings)) {
            itm_loss.note += "; ";
            itm_loss.note += w;
            itm_loss.extrapolated = true;
        }
    } else {
        itm_loss.note =
            "ITM error " + std::to_string(r.error().code) + ": " + std::string(r.error().message);
    }
    out.push_back(itm_loss);
    return out;
}

}  // namespace covplan::core
