#include "core/coverage/cell.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/coverage/link_budget.h"
#include "core/propagation/model_calibration.h"
#include "core/propagation/model_registry.h"

namespace covplan::core {

std::optional<ModelChoice> parse_model_choice(std::string_view m) {
    if (m == "auto") return ModelChoice::Auto;
    if (m == "fspl") return ModelChoice::FreeSpace;
    if (m == "hata") return ModelChoice::Hata;
    if (m == "cost231") return ModelChoice::Cost231;
    if (m == "tr38901") return ModelChoice::Tr38901;
    if (m == "itm") return ModelChoice::Itm;
    return std::nullopt;
}

double DistanceLossLaw::loss_db(double d_m) const {
    const double ld = std::log10(std::max(d_m, 1.0));
    if (log_law) {
        const double fs = free_a_db + 20.0 * ld;
        double l = a_db + b_db_per_decade * (ld - 3.0);
        if (ld < short_log10_m) l = ld < free_log10_m ? fs : mid_a_db + mid_b_db_per_decade * ld;
        return std::max(l, fs);
    }
    const double t = (ld - log_d0) / log_step;
    if (t <= 0) return table.front();
    const auto i = static_cast<std::size_t>(t);
    if (i + 1 >= table.size()) return table.back();
    const double w = t - static_cast<double>(i);
    return table[i] * (1.0 - w) + table[i + 1] * w;
}

std::shared_ptr<const AntennaPattern> builtin_antenna(const std::string& name) {
    static const auto k3gpp = std::make_shared<const AntennaPattern>(AntennaPattern::parametric());
    static const auto kPanel =
        std::make_shared<const AntennaPattern>(AntennaPattern::parametric(65, 7, 17));
    static const auto kAau =
        std::make_shared<const AntennaPattern>(AntennaPattern::parametric(65, 10, 24));
    static const auto kOmni = std::make_shared<const AntennaPattern>(AntennaPattern::omni(2.15));
    static const auto kOmni11 =
        std::make_shared<const AntennaPattern>(AntennaPattern::parametric(1e5, 7, 11));
    // A 17 dBi panel less its mean loss over the +-60 deg its phones lie in (12 (phi/65)^2
    // averaged: 3.4 dB), flat in both planes: the one assumption a drive test's serving
    // position supports (no azimuth, tilt or beam is known).
    static const auto kSectorEnvelope =
        std::make_shared<const AntennaPattern>(AntennaPattern::omni(13.6));
    if (name.empty() || name == "3gpp") return k3gpp;
    if (name == "panel") return kPanel;
    if (name == "aau") return kAau;
    if (name == "omni") return kOmni;
    if (name == "omni-11") return kOmni11;
    if (name == "sector-envelope") return kSectorEnvelope;
    return nullptr;
}

std::shared_ptr<const AntennaPattern> resolve_antenna(const std::string& name,
                                                      const CoverageOptions& o) {
    if (o.antennas)
        if (auto it = o.antennas->find(name); it != o.antennas->end() && it->second)
            return it->second;
    return builtin_antenna(name);
}

DistanceLossLaw make_distance_law(const CoverageOptions& o, double f, double hb) {
    DistanceLossLaw law;
    law.selection = select_model(o.model, o.environment, f);
    const ModelInfo& info = model_info(law.selection.model);
    law.model_name = law.selection.title();
    PathGeometry p;
    p.freq_mhz = f;
    p.tx_height_m = hb;
    p.rx_height_m = o.receiver_height_m;
    p.itm = o.itm;
    auto at = [&](double d_m) {
        p.distance_m = d_m;
        auto r = model_loss(law.selection, p, Extrapolation::Allow);
        return r ? r->loss_db : 0.0;
    };
    // Frequency and heights against the published range (distance aside: a cell
    // always spans distances outside it, and the rule below the minimum is documented).
    p.distance_m = std::clamp(1000.0, info.min_distance_km * 1000.0, info.max_distance_km * 1000.0);
    law.extrapolated = !model_loss(law.selection, p, Extrapolation::Forbid) ||
                       o.receiver_height_m < 1.0 || o.receiver_height_m > 10.0;
    switch (law.selection.model) {
        case PropagationModel::FreeSpace:
        case PropagationModel::Hata:
        case PropagationModel::Cost231: {
            law.a_db = at(1000.0);
            law.b_db_per_decade = at(10000.0) - law.a_db;
            law.free_a_db = 20.0 * std::log10(f) - 27.552219;  // P.525 at 1 m, exact constant
            if (law.selection.model != PropagationModel::FreeSpace) {
                // The registry's short-range rule as straight lines in log10(d_m).
                law.short_log10_m = 2.0;              // 100 m
                law.free_log10_m = std::log10(40.0);  // 40 m
                const double l100 = at(100.0), l40 = at(40.0);
                law.mid_b_db_per_decade = (l100 - l40) / (2.0 - law.free_log10_m);
                law.mid_a_db = l100 - 2.0 * law.mid_b_db_per_decade;
                law.below_min_distance = std::string(info.below_min_distance);
            }
            return law;
        }
        case PropagationModel::Tr38901:
        case PropagationModel::Itm: {
            // ITM's law is ITM over flat ground; the DEM's effect is the radial table's
            // difference from it (RadialTerrain::build_itm).
            law.log_law = false;
            law.log_d0 = 0.0;  // 1 m
            law.log_step = 0.002;
            const int n =
                static_cast<int>(std::ceil(std::log10(1e5) / law.log_step)) + 1;  // to 100 km
            law.table.resize(static_cast<std::size_t>(n));
            for (int i = 0; i < n; ++i)
                law.table[static_cast<std::size_t>(i)] =
                    static_cast<float>(at(std::pow(10.0, i * law.log_step)));
            law.below_min_distance = std::string(info.below_min_distance);
            return law;
        }
    }
    return law;
}

int assign_carriers(std::vector<Cell>& cells) {
    std::map<std::tuple<int, long long, long long>, int> ids;
    for (Cell& c : cells) {
        const auto key =
            std::make_tuple(static_cast<int>(c.technology), std::llround(c.freq_mhz * 1000),
                            std::llround(c.bandwidth_mhz * 1000));
        auto [it, inserted] = ids.emplace(key, static_cast<int>(ids.size()));
        c.carrier = it->second;
    }
    return static_cast<int>(ids.size());
}

namespace {

// Ground distance at which the cell's best-case RSRP (boresight gain) falls to the floor.
double evaluation_radius(const Cell& c, const CoverageOptions& o) {
    const double budget = c.rs_power_dbm + c.antenna->max_gain_dbi() - o.rsrp_floor_dbm;
    double lo = 1.0, hi = o.max_radius_m;
    if (c.law.loss_db(hi) <= budget) return hi;
    for (int i = 0; i < 60; ++i) {
        const double mid = std::sqrt(lo * hi);
        (c.law.loss_db(mid) <= budget ? lo : hi) = mid;
    }
    return hi;
}

}  // namespace

CellBuildResult build_cells(const std::vector<Site>& sites, const CoverageOptions& o) {
    CellBuildResult out;
    std::vector<std::string> omni_replaced;
    std::map<std::string, std::vector<std::string>> extrapolated;  // model -> sites
    std::map<std::tuple<long long, long long, int>, DistanceLossLaw>
        laws;  // by (freq, height, model)
    for (std::size_t i = 0; i < sites.size(); ++i) {
        const Site& s = sites[i];
        std::shared_ptr<const AntennaPattern> ant = resolve_antenna(s.antenna_model, o);
        if (!ant) {
            out.errors.push_back("site " + s.site_id + ": unknown antenna model '" +
                                 s.antenna_model + "'");
            continue;
        }
        if (s.azimuths_deg.empty() && !ant->is_omnidirectional()) {
            omni_replaced.push_back(s.site_id);
            ant = builtin_antenna("omni-11");
        }
        CoverageOptions site_options = o;
        if (!s.propagation_model.empty()) {
            auto m = parse_model_choice(s.propagation_model);
            if (!m) {
                out.errors.push_back("site " + s.site_id + ": unknown propagation model '" +
                                     s.propagation_model + "'");
                continue;
            }
            site_options.model = *m;
        }
        const auto key =
            std::make_tuple(std::llround(s.freq_mhz * 1000), std::llround(s.height_m * 1000),
                            static_cast<int>(site_options.model));
        auto it = laws.find(key);
        if (it == laws.end())
            it = laws.emplace(key, make_distance_law(site_options, s.freq_mhz, s.height_m)).first;
        if (it->second.extrapolated) extrapolated[it->second.model_name].push_back(s.site_id);
        Cell base;
        base.site_index = i;
        base.technology = s.technology;
        base.x_m = s.location.x();
        base.y_m = s.location.y();
        base.antenna_height_m = s.height_m;
        base.mech_tilt_deg = s.mech_tilt_deg;
        base.elec_tilt_deg = s.elec_tilt_deg;
        base.freq_mhz = s.freq_mhz;
        base.bandwidth_mhz = s.bandwidth_mhz;
        base.rs_power_dbm = reference_signal_power_dbm(s.technology, s.power_dbm, s.bandwidth_mhz) -
                            s.feeder_loss_db;
        base.antenna = ant;
        base.law = o.calibration && !o.calibration->empty()
                       ? calibrated(it->second, o.calibration->term_for(s.site_id))
                       : it->second;
        base.radius_m = evaluation_radius(base, o);
        if (s.azimuths_deg.empty()) {
            Cell c = base;
            c.omni = true;
            c.id = s.site_id;
            out.cells.push_back(std::move(c));
        } else {
            for (std::size_t k = 0; k < s.azimuths_deg.size(); ++k) {
                Cell c = base;
                c.azimuth_deg = s.azimuths_deg[k];
                c.id = s.site_id + "/" + std::to_string(k + 1);
                out.cells.push_back(std::move(c));
            }
        }
    }
    for (const auto& [model, ids] : extrapolated) {
        std::string list;
        for (std::size_t i = 0; i < ids.size() && i < 5; ++i) list += (i ? ", " : "") + ids[i];
        if (ids.size() > 5) list += ", ...";
        out.warnings.push_back(
            model + " is used outside its validity range (frequency, heights or distance) at " +
            std::to_string(ids.size()) + " site(s): " + list);
    }
    if (!omni_replaced.empty()) {
        std::string list;
        for (std::size_t i = 0; i < omni_replaced.size() && i < 5; ++i)
            list += (i ? ", " : "") + omni_replaced[i];
        if (omni_replaced.size() > 5) list += ", ...";
        out.warnings.push_back(std::to_string(omni_replaced.size()) +
                               " site(s) without azimuths carry a directional antenna; modelled "
                               "with the 11 dBi omni (omni-11): " +
                               list);
    }
    assign_carriers(out.cells);
    return out;
}

}  // namespace covplan::core
