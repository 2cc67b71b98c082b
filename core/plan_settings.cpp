#include "core/plan_settings.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <functional>
#include <iterator>
#include <type_traits>
#include <vector>

#include "core/propagation/model_registry.h"

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
template <typename T>
Binding itm_value(const char* key, T ItmSettings::*member) {
    return {key,
            [member](const PlanSettings& s) {
                if constexpr (std::is_same_v<T, int>)
                    return std::to_string(s.itm.*member);
                else
                    return format_double(s.itm.*member);
            },
            [member](PlanSettings& s, const std::string& t) { return parse(t, s.itm.*member); }};
}
Binding heading(const char* key, std::string DocumentHeading::*member) {
    return {key, [member](const PlanSettings& s) { return s.document.*member; },
            [member](PlanSettings& s, const std::string& t) {
                s.document.*member = t;
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
        itm_value("itm.climate", &ItmSettings::climate),
        itm_value("itm.n0", &ItmSettings::n0_n_units),
        itm_value("itm.epsilon", &ItmSettings::epsilon),
        itm_value("itm.sigma", &ItmSettings::sigma_s_per_m),
        itm_value("itm.polarization", &ItmSettings::polarization),
        itm_value("itm.mdvar", &ItmSettings::mdvar),
        itm_value("itm.time_pct", &ItmSettings::time_pct),
        itm_value("itm.location_pct", &ItmSettings::location_pct),
        itm_value("itm.situation_pct", &ItmSettings::situation_pct),
        number("rsrp_floor_dbm", &PlanSettings::rsrp_floor_dbm),
        number("max_radius_m", &PlanSettings::max_radius_m),
        text("plan_5g_template", &PlanSettings::plan_5g_template),
        text("local_crs", &PlanSettings::local_crs),
        number("household_size", &PlanSettings::household_size),
        text("language", &PlanSettings::language),
        heading("report.parent_body", &DocumentHeading::parent_body),
        heading("report.issuing_body", &DocumentHeading::issuing_body),
        heading("report.number", &DocumentHeading::number),
        heading("report.place", &DocumentHeading::place),
        heading("report.title", &DocumentHeading::title),
        heading("report.recipients", &DocumentHeading::recipients),
        heading("report.signer_title", &DocumentHeading::signer_title),
        heading("report.signer_name", &DocumentHeading::signer_name),
        target("target.ratio_5g_to_4g_sites", &PlanTargets::ratio_5g_to_4g_sites),
        year("target.ratio_year", &PlanTargets::ratio_target_year),
        target("target.population_5g_share", &PlanTargets::population_5g_share),
        year("target.population_5g_year", &PlanTargets::population_5g_target_year),
        target("target.fiber_gigabit_share_interim", &PlanTargets::fiber_gigabit_share_interim),
        year("target.fiber_interim_year", &PlanTargets::fiber_interim_year),
        target("target.fiber_gigabit_share", &PlanTargets::fiber_gigabit_share),
        year("target.fiber_year", &PlanTargets::fiber_target_year),
        target("target.download_baseline_2024_mbps", &PlanTargets::download_baseline_2024_mbps),
        target("target.download_factor", &PlanTargets::download_factor),
        year("target.download_year", &PlanTargets::download_target_year),
        target("target.shared_tower_share", &PlanTargets::shared_tower_share),
        year("target.shared_tower_year", &PlanTargets::shared_tower_target_year),
        target("target.underground_fiber_share", &PlanTargets::underground_fiber_share),
        year("target.underground_fiber_year", &PlanTargets::underground_fiber_target_year),
    };
    return kBindings;
}

// Radio template fields: radio.<id>.<field>.
struct TemplateField {
    const char* name;
    std::function<std::string(const RadioTemplate&)> get;
    std::function<bool(RadioTemplate&, const std::string&)> set;
};

TemplateField tnumber(const char* name, double RadioTemplate::*m) {
    return {name, [m](const RadioTemplate& t) { return format_double(t.*m); },
            [m](RadioTemplate& t, const std::string& v) { return parse(v, t.*m); }};
}
TemplateField ttext(const char* name, std::string RadioTemplate::*m) {
    return {name, [m](const RadioTemplate& t) { return t.*m; },
            [m](RadioTemplate& t, const std::string& v) {
                t.*m = v;
                return true;
            }};
}

const std::vector<TemplateField>& template_fields() {
    static const std::vector<TemplateField> kFields = {
        {"technology",
         [](const RadioTemplate& t) { return std::string(technology_name(t.technology)); },
         [](RadioTemplate& t, const std::string& v) {
             if (v != "4G" && v != "5G") return false;
             t.technology = v == "5G" ? Technology::Nr5G : Technology::Lte4G;
             return true;
         }},
        ttext("band", &RadioTemplate::band),
        tnumber("freq_mhz", &RadioTemplate::freq_mhz),
        tnumber("bandwidth_mhz", &RadioTemplate::bandwidth_mhz),
        tnumber("power_dbm", &RadioTemplate::power_dbm),
        ttext("antenna_model", &RadioTemplate::antenna_model),
        ttext("omni_antenna_model", &RadioTemplate::omni_antenna_model),
        tnumber("feeder_loss_db", &RadioTemplate::feeder_loss_db),
        tnumber("elec_tilt_deg", &RadioTemplate::elec_tilt_deg),
        tnumber("mech_tilt_deg", &RadioTemplate::mech_tilt_deg),
        tnumber("height_m", &RadioTemplate::height_m),
        {"azimuths_deg",
         [](const RadioTemplate& t) {
             std::string o;
             for (double a : t.azimuths_deg) o += (o.empty() ? "" : ";") + format_double(a);
             return o;
         },
         [](RadioTemplate& t, const std::string& v) {
             std::vector<double> az;
             std::size_t i = 0;
             while (i < v.size()) {
                 const std::size_t j = std::min(v.find(';', i), v.size());
                 double a = 0;
                 if (!parse(v.substr(i, j - i), a)) return false;
                 az.push_back(a);
                 i = j + 1;
             }
             t.azimuths_deg = std::move(az);
             return true;
         }},
    };
    return kFields;
}

std::string shown(double v) {  // for messages: 0.1, not 0.10000000000000001
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

std::optional<std::string> range(const char* key, double v, double lo, double hi) {
    if (std::isfinite(v) && v >= lo && v <= hi) return std::nullopt;
    return "setting '" + std::string(key) + "' = " + shown(v) + " is outside " + shown(lo) +
           " to " + shown(hi);
}

}  // namespace

std::vector<std::string> radio_template_fields() {
    std::vector<std::string> out;
    for (const TemplateField& f : template_fields()) out.emplace_back(f.name);
    return out;
}

std::optional<std::string> settings_error(const PlanSettings& s) {
    struct Range {
        const char* key;
        double v, lo, hi;
    };
    const Range ranges[] = {
        {"resolution_m", s.resolution_m, 1.0, 1000.0},
        {"rsrp_threshold_4g_dbm", s.rsrp_threshold_4g_dbm, -160.0, -30.0},
        {"rsrp_threshold_5g_dbm", s.rsrp_threshold_5g_dbm, -160.0, -30.0},
        {"sinr_floor_db", s.sinr_floor_db, -1000.0, 60.0},
        {"fiber_drop_reach_m", s.fiber_drop_reach_m, 0.0, 100000.0},
        {"receiver_height_m", s.receiver_height_m, 0.1, 100.0},
        {"noise_figure_db", s.noise_figure_db, 0.0, 30.0},
        {"interference_load", s.interference_load, 0.0, 1.0},
        {"rsrp_floor_dbm", s.rsrp_floor_dbm, -200.0, -40.0},
        {"max_radius_m", s.max_radius_m, 100.0, 200000.0},
        {"household_size", s.household_size, 1.0, 15.0},
        // ITM's own limits (NTIA ValidateInputs): N0 250-400, epsilon >= 1, sigma > 0,
        // percentages strictly between 0 and 100.
        {"itm.climate", double(s.itm.climate), 1.0, 7.0},
        {"itm.n0", s.itm.n0_n_units, 250.0, 400.0},
        {"itm.epsilon", s.itm.epsilon, 1.0, 100.0},
        {"itm.sigma", s.itm.sigma_s_per_m, 1e-6, 100.0},
        {"itm.polarization", double(s.itm.polarization), 0.0, 1.0},
        {"itm.time_pct", s.itm.time_pct, 0.01, 99.99},
        {"itm.location_pct", s.itm.location_pct, 0.01, 99.99},
        {"itm.situation_pct", s.itm.situation_pct, 0.01, 99.99},
        {"target.ratio_5g_to_4g_sites", s.targets.ratio_5g_to_4g_sites, 0.0, 100.0},
        {"target.population_5g_share", s.targets.population_5g_share, 0.0, 1.0},
        {"target.fiber_gigabit_share_interim", s.targets.fiber_gigabit_share_interim, 0.0, 1.0},
        {"target.fiber_gigabit_share", s.targets.fiber_gigabit_share, 0.0, 1.0},
        {"target.download_baseline_2024_mbps", s.targets.download_baseline_2024_mbps, 0.0, 10000.0},
        {"target.download_factor", s.targets.download_factor, 0.1, 100.0},
        {"target.shared_tower_share", s.targets.shared_tower_share, 0.0, 1.0},
        {"target.underground_fiber_share", s.targets.underground_fiber_share, 0.0, 1.0},
    };
    for (const Range& r : ranges)
        if (auto e = range(r.key, r.v, r.lo, r.hi)) return e;
    // Target years of a plan: this century (a typo of 20300 would never be "due").
    const Range years[] = {
        {"target.ratio_year", double(s.targets.ratio_target_year), 2000, 2100},
        {"target.population_5g_year", double(s.targets.population_5g_target_year), 2000, 2100},
        {"target.fiber_interim_year", double(s.targets.fiber_interim_year), 2000, 2100},
        {"target.fiber_year", double(s.targets.fiber_target_year), 2000, 2100},
        {"target.download_year", double(s.targets.download_target_year), 2000, 2100},
        {"target.shared_tower_year", double(s.targets.shared_tower_target_year), 2000, 2100},
        {"target.underground_fiber_year", double(s.targets.underground_fiber_target_year), 2000,
         2100},
    };
    for (const Range& r : years)
        if (auto e = range(r.key, r.v, r.lo, r.hi)) return e;
    if (s.targets.fiber_interim_year > s.targets.fiber_target_year)
        return std::string("setting 'target.fiber_interim_year' is after 'target.fiber_year'");
    {
        const int m = s.itm.mdvar % 10;
        if (s.itm.mdvar < 0 || s.itm.mdvar > 33 || m > 3)
            return "setting 'itm.mdvar' = " + std::to_string(s.itm.mdvar) +
                   " is not an ITM mode of variability (0-3, +10 without location, +20 without "
                   "situation variability)";
    }
    if (s.rsrp_floor_dbm > std::min(s.rsrp_threshold_4g_dbm, s.rsrp_threshold_5g_dbm))
        return std::string("setting 'rsrp_floor_dbm' must be below both RSRP thresholds");
    // The names the engine parses (coverage_options.h, the model registry).
    if (!parse_model_choice(s.propagation_model))
        return "setting 'propagation_model': unknown model '" + s.propagation_model +
               "' (auto, fspl, hata, cost231, tr38901, itm)";
    if (!parse_environment(s.environment))
        return "setting 'environment': unknown environment '" + s.environment +
               "' (dense-urban, urban, suburban, rural)";
    if (s.language != "vi" && s.language != "en")
        return "setting 'language': '" + s.language + "' is neither vi nor en";
    for (const RadioTemplate& t : s.radio_templates)
        if (auto e = radio_template_error(t)) return e;
    return std::nullopt;
}

RadioTemplate plan_5g_template(const PlanSettings& s) {
    if (const RadioTemplate* t = find_radio_template(s.radio_templates, s.plan_5g_template))
        if (t->technology == Technology::Nr5G) return *t;
    for (const RadioTemplate& t : s.radio_templates)
        if (t.technology == Technology::Nr5G) return t;
    return *find_radio_template(default_radio_templates(), "nr-n78");
}

KeyValues settings_to_key_values(const PlanSettings& settings) {
    KeyValues out;
    for (const Binding& b : bindings()) out[b.key] = b.get(settings);
    for (const RadioTemplate& t : settings.radio_templates)
        for (const TemplateField& f : template_fields())
            out["radio." + t.id + "." + f.name] = f.get(t);
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
    for (const auto& [key, value] : values) {
        if (!key.starts_with("radio.")) continue;
        const std::size_t dot = key.rfind('.');
        if (dot <= 6) return std::unexpected("setting '" + key + "' is not radio.<id>.<field>");
        const std::string id = key.substr(6, dot - 6), field = key.substr(dot + 1);
        const TemplateField* tf = nullptr;
        for (const TemplateField& f : template_fields())
            if (field == f.name) tf = &f;
        if (!tf)
            return std::unexpected("setting '" + key + "': unknown template field '" + field + "'");
        auto it = std::find_if(settings.radio_templates.begin(), settings.radio_templates.end(),
                               [&](const RadioTemplate& t) { return t.id == id; });
        if (it == settings.radio_templates.end()) {
            RadioTemplate t;
            t.id = id;
            settings.radio_templates.push_back(t);
            it = std::prev(settings.radio_templates.end());
        }
        if (!tf->set(*it, value))
            return std::unexpected("setting '" + key + "' has the invalid value '" + value + "'");
    }
    if (auto e = settings_error(settings)) return std::unexpected(*e);
    return settings;
}

}  // namespace covplan::core
