#include "core/plan_settings.h"

#include <charconv>
#include <cstdio>
#include <functional>
#include <vector>

namespace covplan::core {
namespace {

std::string format_double(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

// One table drives both directions so a new setting cannot be saved but not loaded.
struct Binding {
    const char* key;
    std::function<std::string(const PlanSettings&)> get;
    std::function<bool(PlanSettings&, const std::string&)> set;
};

template <typename T>
bool parse(const std::string& text, T& out) {
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && ptr == text.data() + text.size();
}

Binding number(const char* key, double PlanSettings::*member) {
    return {key, [member](const PlanSettings& s) { return format_double(s.*member); },
            [member](PlanSettings& s, const std::string& t) { return parse(t, s.*member); }};
}
Binding target(const char* key, double PlanTargets::*member) {
    return {
        key, [member](const PlanSettings& s) { return format_double(s.targets.*member); },
        [member](PlanSettings& s, const std::string& t) { return parse(t, s.targets.*member); }};
}
Binding year(const char* key, int PlanTargets::*member) {
    return {
        key, [member](const PlanSettings& s) { return std::to_string(s.targets.*member); },
        [member](PlanSettings& s, const std::string& t) { return parse(t, s.targets.*member); }};
}
Binding flag(const char* key, bool PlanSettings::*member) {
    return {key,
            [member](const PlanSettings& s) { return std::string(s.*member ? "true" : "false"); },
            [member](PlanSettings& s, const std::string& t) {
                if (t != "true" && t != "false") return false;
                s.*member = t == "true";
                return true;
            }};
}
Binding text(const char* key, std::string PlanSettings::*member) {
    return {key, [member](const PlanSettings& s) { return s.*member; },
            [member](PlanSettings& s, const std::string& t) {
                s.*member = t;
                return true;
            }};
}

const std::vector<Binding>& bindings() {
    static const std::vector<Binding> kBindings = {
        number("resolution_m", &PlanSettings::resolution_m),
        number("rsrp_threshold_4g_dbm", &PlanSettings::rsrp_threshold_4g_dbm),
        number("rsrp_threshold_5g_dbm", &PlanSettings::rsrp_threshold_5g_dbm),
        number("sinr_floor_db", &PlanSettings::sinr_floor_db),
        number("fiber_drop_reach_m", &PlanSettings::fiber_drop_reach_m),
        number("receiver_height_m", &PlanSettings::receiver_height_m),
        text("propagation_model", &PlanSettings::propagation_model),
        text("environment", &PlanSettings::environment),
        number("noise_figure_db", &PlanSettings::noise_figure_db),
        number("interference_load", &PlanSettings::interference_load),
        flag("terrain_diffraction", &PlanSettings::terrain_diffraction),
        target("target.ratio_5g_to_4g_sites", &PlanTargets::ratio_5g_to_4g_sites),
        year("target.ratio_year", &PlanTargets::ratio_target_year),
        target("target.population_5g_share", &PlanTargets::population_5g_share),
        year("target.population_5g_year", &PlanTargets::population_5g_target_year),
        target("target.fiber_gigabit_share_interim", &PlanTargets::fiber_gigabit_share_interim),
        year("target.fiber_interim_year", &PlanTargets::fiber_interim_year),
        target("target.fiber_gigabit_share", &PlanTargets::fiber_gigabit_share),
        year("target.fiber_year", &PlanTargets::fiber_target_year),
    };
    return kBindings;
}

}  // namespace

KeyValues settings_to_key_values(const PlanSettings& settings) {
    KeyValues out;
    for (const Binding& b : bindings()) out[b.key] = b.get(settings);
    return out;
}

std::expected<PlanSettings, std::string> settings_from_key_values(const KeyValues& values) {
    PlanSettings settings;
    for (const Binding& b : bindings()) {
        auto it = values.find(b.key);
        if (it == values.end()) continue;
        if (!b.set(settings, it->second))
            return std::unexpected("setting '" + std::string(b.key) + "' has the invalid value '" +
                                   it->second + "'");
    }
    if (!(settings.resolution_m > 0.0))
        return std::unexpected("setting 'resolution_m' must be positive");
    return settings;
}

}  // namespace covplan::core
