#include "core/propagation/itm.h"

#include <array>
#include <utility>

#include "core/propagation/itm_detail.h"

namespace covplan::core::itm {

namespace {

constexpr std::array<std::pair<int, std::string_view>, 23> kErrors = {{
    {1000, "TX terminal height is out of range"},
    {1001, "RX terminal height is out of range"},
    {1002, "Invalid value for radio climate"},
    {1003, "Time percentage is out of range"},
    {1004, "Location percentage is out of range"},
    {1005, "Situation percentage is out of range"},
    {1006, "Confidence percentage is out of range"},
    {1007, "Reliability percentage is out of range"},
    {1008, "Refractivity is out of range"},
    {1009, "Frequency is out of range"},
    {1010, "Invalid value for polarization"},
    {1011, "Epsilon is out of range"},
    {1012, "Sigma is out of range"},
    {1013, "The imaginary portion of the complex impedance is larger than the real portion"},
    {1014, "Invalid value for mode of variability"},
    {1016, "Internally computed effective earth radius is invalid"},
    {1017, "Path distance is out of range"},
    {1018, "Delta H (terrain irregularity parameter) is out of range"},
    {1019, "Invalid value for TX siting criteria"},
    {1020, "Invalid value for RX siting criteria"},
    {1021, "Internally computed surface refractivity value is too small"},
    {1022, "Internally computed surface refractivity value is too large"},
    // Not NTIA's: a profile covplan cannot hand to the model.
    {1100, "Terrain profile needs at least two intervals and a positive spacing"},
}};

constexpr std::array<std::pair<std::uint32_t, std::string_view>, 15> kWarnings = {{
    {kWarnTxTerminalHeight, "TX terminal height is near its limits"},
    {kWarnRxTerminalHeight, "RX terminal height is near its limits"},
    {kWarnFrequency, "Frequency is near its limits"},
    {kWarnPathDistanceTooBig1, "Path distance is near its upper limit"},
    {kWarnPathDistanceTooBig2, "Path distance is large - care must be taken with result"},
    {kWarnPathDistanceTooSmall1, "Path distance is near its lower limit"},
    {kWarnPathDistanceTooSmall2, "Path distance is small - care must be taken with result"},
    {kWarnTxHorizonAngle,
     "TX horizon angle is large - small angle approximations could break down"},
    {kWarnRxHorizonAngle,
     "RX horizon angle is large - small angle approximations could break down"},
    {kWarnTxHorizonDistance1,
     "TX horizon distance is less than 1/10 of the smooth earth horizon distance"},
    {kWarnRxHorizonDistance1,
     "RX horizon distance is less than 1/10 of the smooth earth horizon distance"},
    {kWarnTxHorizonDistance2,
     "TX horizon distance is greater than 3 times the smooth earth horizon distance"},
    {kWarnRxHorizonDistance2,
     "RX horizon distance is greater than 3 times the smooth earth horizon distance"},
    {kWarnExtremeVariabilities,
     "One of the provided variabilities is located far in the tail of its distribution"},
    {kWarnSurfaceRefractivity,
     "Internally computed surface refractivity value is small - care must be taken with result"},
}};

Error make_error(int code, const Variability& v) {
    // With confidence/reliability, "time" is the reliability and "situation" the
    // confidence: report the names the caller used.
    if (v.from_confidence_reliability) {
        if (code == 1003) code = 1007;
        if (code == 1005) code = 1006;
    }
    return Error{code, error_text(code)};
}

Result finish(const detail::PathGeometry& g, const detail::Ground& ground,
              const detail::Reference& ref, double freq_mhz, Climate climate,
              const Variability& variability, std::uint32_t warnings) {
    Result r;
    r.values.a_ref_db = ref.a_ref_db;
    r.values.a_fs_db = detail::free_space_loss_db(g.d_m, freq_mhz);
    r.loss_db = r.values.a_fs_db +
                detail::attenuation_with_variability(variability, climate, g.h_e_m, g.delta_h_m,
                                                     freq_mhz, g.d_m, ref.a_ref_db, &warnings);
    for (int i = 0; i < 2; ++i) {
        r.values.theta_hzn_rad[i] = g.theta_hzn[i];
        r.values.d_hzn_m[i] = g.d_hzn_m[i];
        r.values.h_e_m[i] = g.h_e_m[i];
    }
    r.values.n_s_n_units = ground.n_s;
    r.values.delta_h_m = g.delta_h_m;
    r.values.mode = ref.mode;
    r.values.terrain_los = g.terrain_los;
    r.warnings = warnings;
    return r;
}

}  // namespace

Variability Variability::time_location_situation(int mdvar, double time_pct, double location_pct,
                                                 double situation_pct) {
    return Variability{mdvar, time_pct, location_pct, situation_pct, false};
}

Variability Variability::confidence_reliability(int mdvar, double confidence_pct,
                                                double reliability_pct) {
    return Variability{mdvar, reliability_pct, 50.0, confidence_pct, true};
}

namespace detail {

int validate_common(double h_tx_m, double h_rx_m, double freq_mhz, const Environment& env,
                    const Variability& v, std::uint32_t* warnings) {
    if (h_tx_m < 1.0 || h_tx_m > 1000.0) *warnings |= kWarnTxTerminalHeight;
    if (!(h_tx_m >= 0.5 && h_tx_m <= 3000.0)) return 1000;
    if (h_rx_m < 1.0 || h_rx_m > 1000.0) *warnings |= kWarnRxTerminalHeight;
    if (!(h_rx_m >= 0.5 && h_rx_m <= 3000.0)) return 1001;
    const int climate = static_cast<int>(env.climate);
    if (climate < 1 || climate > 7) return 1002;
    if (!(env.n0_n_units >= 250 && env.n0_n_units <= 400)) return 1008;
    if (freq_mhz < 40.0 || freq_mhz > 10000.0) *warnings |= kWarnFrequency;
    if (!(freq_mhz >= 20 && freq_mhz <= 20000)) return 1009;
    if (env.polarization != Polarization::Horizontal && env.polarization != Polarization::Vertical)
        return 1010;
    if (!(env.epsilon >= 1)) return 1011;
    if (!(env.sigma_s_per_m > 0)) return 1012;
    const int m = v.mdvar;
    if (m < 0 || (m > 3 && m < 10) || (m > 13 && m < 20) || (m > 23 && m < 30) || m > 33)
        return 1014;
    if (!(v.situation_pct > 0 && v.situation_pct < 100)) return 1005;
    if (!(v.time_pct > 0 && v.time_pct < 100)) return 1003;
    if (!(v.location_pct > 0 && v.location_pct < 100)) return 1004;
    return 0;
}

}  // namespace detail

std::expected<Result, Error> point_to_point(const PointToPointInput& in, const Profile& profile) {
    std::uint32_t warnings = 0;
    if (const int code = detail::validate_common(in.tx_height_m, in.rx_height_m, in.freq_mhz,
                                                 in.environment, in.variability, &warnings))
        return std::unexpected(make_error(code, in.variability));
    if (profile.intervals() < 2 || !(profile.spacing_m > 0.0))
        return std::unexpected(Error{1100, error_text(1100)});

    const detail::Ground ground =
        detail::initialize_ground(in.freq_mhz, detail::system_height_m(profile), in.environment);
    const double h_m[2] = {in.tx_height_m, in.rx_height_m};
    const detail::PathGeometry g = detail::quick_profile(profile, ground.gamma_e, h_m);
    auto ref = detail::reference_attenuation(g, in.freq_mhz, ground, h_m, true, &warnings);
    if (!ref) return std::unexpected(make_error(ref.error(), in.variability));
    Result r =
        finish(g, ground, *ref, in.freq_mhz, in.environment.climate, in.variability, warnings);
    r.values.d_km = profile.length_m() / 1000.0;
    return r;
}

std::expected<Result, Error> area(const AreaInput& in) {
    std::uint32_t warnings = 0;
    if (const int code = detail::validate_common(in.tx_height_m, in.rx_height_m, in.freq_mhz,
                                                 in.environment, in.variability, &warnings))
        return std::unexpected(make_error(code, in.variability));
    if (!(in.distance_km > 0)) return std::unexpected(make_error(1017, in.variability));
    if (!(in.delta_h_m >= 0)) return std::unexpected(make_error(1018, in.variability));
    const auto siting_ok = [](Siting s) {
        return s == Siting::Random || s == Siting::Careful || s == Siting::VeryCareful;
    };
    if (!siting_ok(in.tx_siting)) return std::unexpected(make_error(1019, in.variability));
    if (!siting_ok(in.rx_siting)) return std::unexpected(make_error(1020, in.variability));

    const detail::Ground ground = detail::initialize_ground(in.freq_mhz, 0.0, in.environment);
    const double h_m[2] = {in.tx_height_m, in.rx_height_m};
    const Siting siting[2] = {in.tx_siting, in.rx_siting};
    const detail::PathGeometry g =
        detail::area_geometry(siting, ground.gamma_e, in.delta_h_m, h_m, in.distance_km * 1000.0);
    auto ref = detail::reference_attenuation(g, in.freq_mhz, ground, h_m, false, &warnings);
    if (!ref) return std::unexpected(make_error(ref.error(), in.variability));
    Result r =
        finish(g, ground, *ref, in.freq_mhz, in.environment.climate, in.variability, warnings);
    r.values.d_km = in.distance_km;
    return r;
}

std::vector<std::string_view> warning_texts(std::uint32_t warnings) {
    std::vector<std::string_view> out;
    for (const auto& [bit, text] : kWarnings)
        if (warnings & bit) out.push_back(text);
    return out;
}

std::string_view error_text(int code) {
    for (const auto& [c, text] : kErrors)
        if (c == code) return text;
    return {};
}

std::string_view climate_name(Climate climate) {
    switch (climate) {
        case Climate::Equatorial:
            return "Equatorial";
        case Climate::ContinentalSubtropical:
            return "Continental Subtropical";
        case Climate::MaritimeSubtropical:
            return "Maritime Subtropical";
        case Climate::Desert:
            return "Desert";
        case Climate::ContinentalTemperate:
            return "Continental Temperate";
        case Climate::MaritimeTemperateOverLand:
            return "Maritime Temperate Over Land";
        case Climate::MaritimeTemperateOverSea:
            return "Maritime Temperate Over Sea";
    }
    return "unknown";
}

std::string_view mode_name(PropagationMode mode) {
    switch (mode) {
        case PropagationMode::NotSet:
            return "not set";
        case PropagationMode::LineOfSight:
            return "line of sight";
        case PropagationMode::Diffraction:
            return "diffraction";
        case PropagationMode::Troposcatter:
            return "troposcatter";
    }
    return "unknown";
}

}  // namespace covplan::core::itm
