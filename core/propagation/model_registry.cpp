#include "core/propagation/model_registry.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/propagation/free_space.h"
#include "core/propagation/hata.h"
#include "core/propagation/itm.h"
#include "core/propagation/tr38901.h"

namespace covplan::core {

namespace {

// Below 1 km the Hata family follows SEAMCAT's Extended Hata (ERC Report 68, as in
// the SEAMCAT manual, A17.3.1): the formula down to 100 m, free space below 40 m, a
// straight line in log(d) between the two, and never less than free space.
constexpr double kHataFormulaMinM = 100.0;
constexpr double kHataFreeSpaceMaxM = 40.0;
constexpr std::string_view kHataBelowMin =
    "below 1 km: the formula down to 100 m, free space below 40 m, interpolated in log(d) "
    "between, never less than free space (SEAMCAT Extended Hata, ERC Report 68)";

const std::vector<ModelInfo> kModels = {
    {PropagationModel::FreeSpace,
     "fspl",
     "free space (ITU-R P.525)",
     {{"", "no variant"}},
     1.0,
     100000.0,
     0.001,
     1000.0,
     0.0,
     1e9,
     "free space at any distance (1 m minimum)"},
    {PropagationModel::Hata,
     "hata",
     "Okumura-Hata (Hata 1980)",
     {{"urban-large", "large city a(hm) (environment dense-urban)"},
      {"urban-small", "small/medium city a(hm) (environment urban)"},
      {"suburban", "suburban correction, eq. (8) (environment suburban)"},
      {"open", "open-area correction, eq. (9) (environment rural)"}},
     150.0,
     1500.0,
     1.0,
     20.0,
     30.0,
     200.0,
     kHataBelowMin},
    {PropagationModel::Cost231,
     "cost231",
     "COST-231 Hata (COST 231 final report, 4.4.1)",
     {{"metropolitan", "Cm = 3 dB (environment dense-urban)"},
      {"medium", "Cm = 0 dB, medium city (environment urban)"},
      {"suburban", "Cm = 0 dB with Hata's suburban correction (environment suburban)"},
      {"open", "Cm = 0 dB with Hata's open-area correction (environment rural)"}},
     1500.0,
     2000.0,
     1.0,
     20.0,
     30.0,
     200.0,
     kHataBelowMin},
    {PropagationModel::Tr38901,
     "tr38901",
     "3GPP TR 38.901 (V17.0.0, 7.4.1)",
     {{"uma-nlos", "UMa NLOS (environments dense-urban, urban)"},
      {"rma-nlos", "RMa NLOS (environments suburban, rural)"},
      {"uma-los", "UMa LOS"},
      {"rma-los", "RMa LOS"},
      {"umi-los", "UMi street canyon LOS"},
      {"umi-nlos", "UMi street canyon NLOS"}},
     500.0,
     100000.0,
     0.01,
     10.0,
     10.0,
     150.0,
     "below 10 m: the loss at 10 m (the TR's minimum distance)"},
    {PropagationModel::Itm,
     "itm",
     "ITM / Longley-Rice point-to-point (NTIA v1.2.2)",
     {{"", "over the DEM's profile (flat ground without a DEM); settings itm.*"}},
     20.0,
     20000.0,
     0.001,
     2000.0,
     0.5,
     3000.0,
     "the model itself at any distance (NTIA warns below 1 km)"},
};

const std::vector<std::string_view> kEnvironmentNames = {"dense-urban", "urban", "suburban",
                                                         "rural"};

double log_interpolate(double d_m, double d0_m, double l0, double d1_m, double l1) {
    const double t = (std::log10(d_m) - std::log10(d0_m)) / (std::log10(d1_m) - std::log10(d0_m));
    return l0 + t * (l1 - l0);
}

// The Hata-family formula itself at d (no distance check).
PathLossResult hata_family_formula(const ModelSelection& s, const PathGeometry& p, double d_m,
                                   Extrapolation x) {
    const double d_km = d_m / 1000.0;
    if (s.model == PropagationModel::Hata) {
        const HataEnvironment env = s.variant == "urban-large"   ? HataEnvironment::UrbanLarge
                                    : s.variant == "urban-small" ? HataEnvironment::UrbanSmallMedium
                                    : s.variant == "suburban"    ? HataEnvironment::Suburban
                                                                 : HataEnvironment::Open;
        return okumura_hata(env, p.freq_mhz, d_km, p.tx_height_m, p.rx_height_m, x);
    }
    const Cost231Environment env = s.variant == "metropolitan"
                                       ? Cost231Environment::Metropolitan
                                       : Cost231Environment::MediumCitySuburban;
    auto r = cost231_hata(env, p.freq_mhz, d_km, p.tx_height_m, p.rx_height_m, x);
    if (!r) return r;
    const double lf = std::log10(p.freq_mhz);
    if (s.variant == "suburban") {
        const double t = std::log10(p.freq_mhz / 28.0);
        r->loss_db -= 2.0 * t * t + 5.4;  // Hata (1980) eq. (8)
    } else if (s.variant == "open") {
        r->loss_db -= 4.78 * lf * lf - 18.33 * lf + 40.94;  // Hata (1980) eq. (9)
    }
    return r;
}

PathLossResult hata_family(const ModelSelection& s, const PathGeometry& p, Extrapolation x) {
    const ModelInfo& info = model_info(s.model);
    const double d = p.distance_m;
    if (d >= info.min_distance_km * 1000.0 || x == Extrapolation::Forbid)
        return hata_family_formula(s, p, d, x);
    // Short range: the checks other than distance still apply (at 1 km).
    auto at_min = hata_family_formula(s, p, info.min_distance_km * 1000.0, x);
    if (!at_min) return at_min;
    PathLoss out;
    out.extrapolated = true;
    out.note = at_min->note;
    char distance[64];
    std::snprintf(distance, sizeof distance, "distance %.0f m is ", d);
    out.note += std::string(out.note.empty() ? "" : "; ") + distance + std::string(kHataBelowMin);
    const double fs = free_space_loss_db(p.freq_mhz, std::max(d, 1.0) / 1000.0);
    double l;
    if (d >= kHataFormulaMinM) {
        l = hata_family_formula(s, p, d, Extrapolation::Allow)->loss_db;
    } else if (d >= kHataFreeSpaceMaxM) {
        const double l100 =
            hata_family_formula(s, p, kHataFormulaMinM, Extrapolation::Allow)->loss_db;
        const double fs40 = free_space_loss_db(p.freq_mhz, kHataFreeSpaceMaxM / 1000.0);
        l = log_interpolate(d, kHataFreeSpaceMaxM, fs40, kHataFormulaMinM, l100);
    } else {
        l = fs;
    }
    out.loss_db = std::max(l, fs);
    return out;
}

// ITM over a flat profile at 0 m (the engine's law; the DEM adds the difference).
PathLossResult itm_flat(const PathGeometry& p, Extrapolation x) {
    const double d = std::max(p.distance_m, 1.0);
    constexpr int kIntervals = 20;
    static const std::vector<double> kFlat(kIntervals + 1, 0.0);
    itm::PointToPointInput in;
    in.tx_height_m = p.tx_height_m;
    in.rx_height_m = p.rx_height_m;
    in.freq_mhz = p.freq_mhz;
    in.environment = p.itm.environment();
    in.variability = p.itm.variability();
    const auto r = itm::point_to_point(in, itm::Profile{kFlat, d / kIntervals});
    if (!r)
        return std::unexpected("ITM error " + std::to_string(r.error().code) + ": " +
                               std::string(r.error().message));
    // NTIA's near-limit warnings other than distance (which the engine's radius always spans).
    const std::uint32_t limits =
        itm::kWarnTxTerminalHeight | itm::kWarnRxTerminalHeight | itm::kWarnFrequency;
    std::string note;
    for (std::string_view w : itm::warning_texts(r->warnings & limits))
        note += (note.empty() ? "" : "; ") + std::string(w);
    return checked(r->loss_db, note, x);
}

PathLossResult tr38901(const ModelSelection& s, const PathGeometry& p, Extrapolation x) {
    // No allocation here: the raster law evaluates this thousands of times per cell.
    const std::string_view v = s.variant;
    const bool los = v.ends_with("-los");
    const Tr38901Scenario scenario = v.starts_with("rma")   ? Tr38901Scenario::RMa
                                     : v.starts_with("uma") ? Tr38901Scenario::UMa
                                                            : Tr38901Scenario::UMi;
    Tr38901Params tp;
    tp.freq_mhz = p.freq_mhz;
    tp.hbs_m = p.tx_height_m;
    tp.hut_m = p.rx_height_m;
    tp.building_height_m = p.building_height_m;
    tp.street_width_m = p.street_width_m;
    const double d = x == Extrapolation::Allow ? std::max(p.distance_m, 10.0) : p.distance_m;
    return los ? tr38901_los(scenario, tp, d, x) : tr38901_nlos(scenario, tp, d, x);
}

}  // namespace

const std::vector<ModelInfo>& propagation_models() { return kModels; }

const ModelInfo* find_model(std::string_view id) {
    for (const ModelInfo& m : kModels)
        if (m.id == id) return &m;
    return nullptr;
}

const ModelInfo& model_info(PropagationModel model) {
    for (const ModelInfo& m : kModels)
        if (m.model == model) return m;
    return kModels.front();
}

std::optional<Environment> parse_environment(std::string_view name) {
    if (name == "dense-urban") return Environment::DenseUrban;
    if (name == "urban") return Environment::Urban;
    if (name == "suburban") return Environment::Suburban;
    if (name == "rural") return Environment::Rural;
    return std::nullopt;
}

std::string_view environment_name(Environment e) {
    return kEnvironmentNames[static_cast<std::size_t>(e)];
}

const std::vector<std::string_view>& environment_names() { return kEnvironmentNames; }

std::string variant_for(PropagationModel model, Environment env) {
    switch (model) {
        case PropagationModel::FreeSpace:
            return "";
        case PropagationModel::Hata:
            return env == Environment::DenseUrban ? "urban-large"
                   : env == Environment::Urban    ? "urban-small"
                   : env == Environment::Suburban ? "suburban"
                                                  : "open";
        case PropagationModel::Cost231:
            return env == Environment::DenseUrban ? "metropolitan"
                   : env == Environment::Urban    ? "medium"
                   : env == Environment::Suburban ? "suburban"
                                                  : "open";
        case PropagationModel::Itm:
            return "";
        case PropagationModel::Tr38901:
            // Planning predicts the usual (NLOS) condition: NLOS = max(LOS, NLOS') per the TR.
            return env == Environment::Urban || env == Environment::DenseUrban ? "uma-nlos"
                                                                               : "rma-nlos";
    }
    return "";
}

ModelSelection select_model(ModelChoice choice, Environment env, double freq_mhz) {
    PropagationModel m = PropagationModel::Tr38901;
    switch (choice) {
        case ModelChoice::Auto:
            m = freq_mhz < 1500    ? PropagationModel::Hata
                : freq_mhz <= 2200 ? PropagationModel::Cost231
                                   : PropagationModel::Tr38901;
            break;
        case ModelChoice::FreeSpace:
            m = PropagationModel::FreeSpace;
            break;
        case ModelChoice::Hata:
            m = PropagationModel::Hata;
            break;
        case ModelChoice::Cost231:
            m = PropagationModel::Cost231;
            break;
        case ModelChoice::Tr38901:
            m = PropagationModel::Tr38901;
            break;
        case ModelChoice::Itm:
            m = PropagationModel::Itm;
            break;
    }
    return {m, variant_for(m, env)};
}

std::string ModelSelection::title() const {
    const ModelInfo& info = model_info(model);
    std::string t(info.title);
    for (const ModelVariantInfo& v : info.variants)
        if (v.id == variant && !variant.empty()) t += std::string(", ") + std::string(v.id);
    return t;
}

std::string ModelSelection::title_vi() const {
    struct Words {
        std::string_view id, vi;
    };
    static constexpr Words kTitles[] = {
        {"fspl", "không gian tự do (ITU-R P.525)"},
        {"hata", "Okumura-Hata (Hata 1980)"},
        {"cost231", "COST-231 Hata (báo cáo cuối cùng COST 231, mục 4.4.1)"},
        {"tr38901", "3GPP TR 38.901 (V17.0.0, mục 7.4.1)"},
        {"itm", "ITM / Longley-Rice điểm-điểm (NTIA v1.2.2)"}};
    // The 3GPP scenario names (UMa, RMa, UMi; LOS/NLOS) are kept in brackets: they
    // are the standard's own terms, which engineers look up.
    static constexpr Words kVariants[] = {
        {"urban-large", "thành phố lớn"},
        {"urban-small", "thành phố vừa và nhỏ"},
        {"suburban", "ngoại ô"},
        {"open", "vùng trống"},
        {"metropolitan", "đô thị lớn (Cm = 3 dB)"},
        {"medium", "thành phố vừa (Cm = 0 dB)"},
        {"uma-nlos", "vĩ mô đô thị, không nhìn thẳng (UMa NLOS)"},
        {"rma-nlos", "vĩ mô nông thôn, không nhìn thẳng (RMa NLOS)"},
        {"uma-los", "vĩ mô đô thị, nhìn thẳng (UMa LOS)"},
        {"rma-los", "vĩ mô nông thôn, nhìn thẳng (RMa LOS)"},
        {"umi-los", "vi mô đường phố, nhìn thẳng (UMi LOS)"},
        {"umi-nlos", "vi mô đường phố, không nhìn thẳng (UMi NLOS)"}};
    std::string t;
    for (const Words& w : kTitles)
        if (w.id == model_id()) t = w.vi;
    for (const Words& w : kVariants)
        if (w.id == variant && !variant.empty()) t += ", " + std::string(w.vi);
    return t;
}

std::optional<std::string> variant_error(const ModelSelection& s) {
    const ModelInfo& info = model_info(s.model);
    for (const ModelVariantInfo& v : info.variants)
        if (v.id == s.variant) return std::nullopt;
    std::string list;
    for (const ModelVariantInfo& v : info.variants)
        list += (list.empty() ? "" : ", ") + std::string(v.id);
    return std::string(info.id) + " variants: " + list;
}

PathLossResult model_loss(const ModelSelection& s, const PathGeometry& p, Extrapolation x) {
    if (auto e = variant_error(s)) return std::unexpected(*e);
    if (!(p.freq_mhz > 0 && p.distance_m > 0 && p.tx_height_m > 0 && p.rx_height_m > 0) ||
        !std::isfinite(p.freq_mhz + p.distance_m + p.tx_height_m + p.rx_height_m))
        return std::unexpected(std::string(model_info(s.model).id) +
                               ": frequency, distance and heights must be positive numbers");
    switch (s.model) {
        case PropagationModel::FreeSpace:
            return free_space_loss(p.freq_mhz, std::max(p.distance_m, 1.0) / 1000.0);
        case PropagationModel::Hata:
        case PropagationModel::Cost231:
            return hata_family(s, p, x);
        case PropagationModel::Tr38901:
            return tr38901(s, p, x);
        case PropagationModel::Itm:
            return itm_flat(p, x);
    }
    return std::unexpected(std::string("unknown model"));
}

}  // namespace covplan::core
