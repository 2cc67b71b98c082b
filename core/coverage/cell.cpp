#include "core/coverage/cell.h"

#include <cmath>
#include <map>

#include "core/coverage/link_budget.h"
#include "core/propagation/free_space.h"
#include "core/propagation/hata.h"
#include "core/propagation/tr38901.h"

namespace covplan::core {

std::optional<ModelChoice> parse_model_choice(std::string_view m) {
    if (m == "auto") return ModelChoice::Auto;
    if (m == "fspl") return ModelChoice::FreeSpace;
    if (m == "hata") return ModelChoice::Hata;
    if (m == "cost231") return ModelChoice::Cost231;
    if (m == "tr38901") return ModelChoice::Tr38901;
    return std::nullopt;
}

double DistanceLossLaw::loss_db(double d_m) const {
    const double ld = std::log10(std::max(d_m, 1.0));
    if (log_law) return a_db + b_db_per_decade * (ld - 3.0);
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
    if (name.empty() || name == "3gpp") return k3gpp;
    if (name == "panel") return kPanel;
    if (name == "aau") return kAau;
    if (name == "omni") return kOmni;
    return nullptr;
}

DistanceLossLaw make_distance_law(const CoverageOptions& o, double f, double hb) {
    const double hm = o.receiver_height_m;
    DistanceLossLaw law;
    ModelChoice m = o.model;
    if (m == ModelChoice::Auto)
        m = f < 1500 ? ModelChoice::Hata : f <= 2200 ? ModelChoice::Cost231 : ModelChoice::Tr38901;
    switch (m) {
        case ModelChoice::FreeSpace:
            law.a_db = free_space_loss_db(f, 1.0);
            law.b_db_per_decade = 20.0;
            law.model_name = "free space (ITU-R P.525)";
            return law;
        case ModelChoice::Hata: {
            const HataEnvironment env =
                o.environment == Environment::DenseUrban ? HataEnvironment::UrbanLarge
                : o.environment == Environment::Urban    ? HataEnvironment::UrbanSmallMedium
                : o.environment == Environment::Suburban ? HataEnvironment::Suburban
                                                         : HataEnvironment::Open;
            const LogDistanceLaw l = okumura_hata_law(env, f, hb, hm);
            law.a_db = l.a_db;
            law.b_db_per_decade = l.b_db_per_decade;
            law.extrapolated = f < 150 || f > 1500 || hb < 30 || hb > 200 || hm < 1 || hm > 10;
            law.model_name = "Okumura-Hata";
            return law;
        }
        case ModelChoice::Cost231: {
            const LogDistanceLaw l = cost231_hata_law(o.environment == Environment::DenseUrban
                                                          ? Cost231Environment::Metropolitan
                                                          : Cost231Environment::MediumCitySuburban,
                                                      f, hb, hm);
            law.a_db = l.a_db;
            law.b_db_per_decade = l.b_db_per_decade;
            law.model_name = "COST-231 Hata";
            const double lf = std::log10(f);
            if (o.environment == Environment::Suburban) {
                const double t = std::log10(f / 28.0);
                law.a_db -= 2.0 * t * t + 5.4;  // Hata (1980) eq. (8)
                law.model_name += " + Hata suburban correction";
            } else if (o.environment == Environment::Rural) {
                law.a_db -= 4.78 * lf * lf - 18.33 * lf + 40.94;  // Hata (1980) eq. (9)
                law.model_name += " + Hata open-area correction";
            }
            law.extrapolated = f < 1500 || f > 2000 || hb < 30 || hb > 200 || hm < 1 || hm > 10;
            return law;
        }
        case ModelChoice::Tr38901:
        case ModelChoice::Auto: {
            // Planning predicts the usual (NLOS) condition: NLOS = max(LOS, NLOS') per the TR.
            const Tr38901Scenario s =
                o.environment == Environment::Urban || o.environment == Environment::DenseUrban
                    ? Tr38901Scenario::UMa
                    : Tr38901Scenario::RMa;
            Tr38901Params p;
            p.freq_mhz = f;
            p.hbs_m = hb;
            p.hut_m = hm;
            law.log_law = false;
            law.log_d0 = 0.0;  // 1 m
            law.log_step = 0.002;
            const int n =
                static_cast<int>(std::ceil(std::log10(1e5) / law.log_step)) + 1;  // to 100 km
            law.table.resize(static_cast<std::size_t>(n));
            for (int i = 0; i < n; ++i) {
                const double d = std::max(10.0, std::pow(10.0, i * law.log_step));
                auto r = tr38901_nlos(s, p, d, Extrapolation::Allow);
                law.table[static_cast<std::size_t>(i)] = static_cast<float>(r ? r->loss_db : 0.0);
            }
            law.extrapolated = true;  // beyond 5 km (NLOS) or outside height ranges
            law.model_name =
                s == Tr38901Scenario::UMa ? "3GPP TR 38.901 UMa NLOS" : "3GPP TR 38.901 RMa NLOS";
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

CellBuildResult build_cells(
    const std::vector<Site>& sites, const CoverageOptions& o,
    const std::function<std::shared_ptr<const AntennaPattern>(const std::string&)>& antenna_for) {
    CellBuildResult out;
    std::map<std::string, std::vector<std::string>> extrapolated;  // model -> sites
    std::map<std::tuple<long long, long long, int>, DistanceLossLaw>
        laws;  // by (freq, height, model)
    for (std::size_t i = 0; i < sites.size(); ++i) {
        const Site& s = sites[i];
        std::shared_ptr<const AntennaPattern> ant =
            antenna_for ? antenna_for(s.antenna_model) : nullptr;
        if (!ant) ant = builtin_antenna(s.antenna_model);
        if (!ant) {
            out.errors.push_back("site " + s.site_id + ": unknown antenna model '" +
                                 s.antenna_model + "'");
            continue;
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
                            o.feeder_loss_db;
        base.antenna = ant;
        base.law = it->second;
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
    assign_carriers(out.cells);
    return out;
}

}  // namespace covplan::core
