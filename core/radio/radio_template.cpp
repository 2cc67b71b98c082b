#include "core/radio/radio_template.h"

#include <cmath>
#include <limits>

namespace covplan::core {

std::vector<RadioTemplate> default_radio_templates() {
    auto lte = [](std::string id, std::string band, double f, double bw) {
        RadioTemplate t;
        t.id = std::move(id);
        t.technology = Technology::Lte4G;
        t.band = std::move(band);
        t.freq_mhz = f;
        t.bandwidth_mhz = bw;
        return t;
    };
    auto nr = [](std::string id, std::string band, double f) {
        RadioTemplate t;
        t.id = std::move(id);
        t.technology = Technology::Nr5G;
        t.band = std::move(band);
        t.freq_mhz = f;
        t.bandwidth_mhz = 100.0;
        t.power_dbm = 53.0;  // 200 W
        t.antenna_model = "aau";
        t.feeder_loss_db = 0.0;  // radio and antenna are one unit
        t.elec_tilt_deg = 3.0;
        return t;
    };
    // Downlink centres of the bands (core/radio/band_table.h: TS 36.101 / TS 38.104).
    return {lte("lte-b3", "B3", 1842.5, 20.0), lte("lte-b1", "B1", 2140.0, 15.0),
            lte("lte-b8", "B8", 942.5, 10.0), nr("nr-n78", "n78", 3550.0),
            nr("nr-n41", "n41", 2593.0)};
}

const RadioTemplate* find_radio_template(const std::vector<RadioTemplate>& rows, Technology tech,
                                         std::string_view band, std::optional<double> freq) {
    auto lower = [](std::string_view s) {
        std::string o(s);
        for (char& c : o) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return o;
    };
    const RadioTemplate* best = nullptr;
    double best_df = std::numeric_limits<double>::infinity();
    for (const RadioTemplate& t : rows) {
        if (t.technology != tech) continue;
        if (!band.empty() && lower(t.band) == lower(band)) return &t;
        const double df = freq ? std::abs(t.freq_mhz - *freq) : 0.0;
        if (!best || df < best_df) {
            best = &t;
            best_df = df;
        }
    }
    return best;
}

const RadioTemplate* find_radio_template(const std::vector<RadioTemplate>& rows,
                                         std::string_view id) {
    for (const RadioTemplate& t : rows)
        if (t.id == id) return &t;
    return nullptr;
}

std::optional<std::string> radio_template_error(const RadioTemplate& t) {
    auto out = [&](const char* field, double v, double lo, double hi,
                   const char* unit) -> std::optional<std::string> {
        if (std::isfinite(v) && v >= lo && v <= hi) return std::nullopt;
        char buf[256];
        std::snprintf(buf, sizeof buf, "radio template %s: %s %g is outside %g–%g %s", t.id.c_str(),
                      field, v, lo, hi, unit);
        return std::string(buf);
    };
    if (auto e = out("freq_mhz", t.freq_mhz, 150, 6000, "MHz")) return e;
    if (auto e = out("bandwidth_mhz", t.bandwidth_mhz, 1.4, 400, "MHz")) return e;
    if (auto e = out("power_dbm", t.power_dbm, 0, 70, "dBm")) return e;
    if (auto e = out("feeder_loss_db", t.feeder_loss_db, 0, 20, "dB")) return e;
    if (auto e = out("elec_tilt_deg", t.elec_tilt_deg, -20, 30, "°")) return e;
    if (auto e = out("mech_tilt_deg", t.mech_tilt_deg, -20, 30, "°")) return e;
    if (auto e = out("height_m", t.height_m, 1, 300, "m")) return e;
    for (double a : t.azimuths_deg)
        if (auto e = out("azimuths_deg", a, 0, 360, "°")) return e;
    if (t.antenna_model.empty() || t.omni_antenna_model.empty())
        return "radio template " + t.id + ": antenna models must not be empty";
    return std::nullopt;
}

namespace {
void apply_radio(Site& s, const RadioTemplate& t) {
    s.technology = t.technology;
    s.band = t.band;
    s.freq_mhz = t.freq_mhz;
    s.bandwidth_mhz = t.bandwidth_mhz;
    s.power_dbm = t.power_dbm;
    s.antenna_model = s.azimuths_deg.empty() ? t.omni_antenna_model : t.antenna_model;
    s.feeder_loss_db = t.feeder_loss_db;
    s.mech_tilt_deg = t.mech_tilt_deg;
    s.elec_tilt_deg = t.elec_tilt_deg;
    s.propagation_model.clear();
    s.status = SiteStatus::Proposed;
}
}  // namespace

Site upgrade_to_5g(const Site& s, const RadioTemplate& t) {
    Site u = s;
    u.site_id = s.tower_id + "-5G";
    apply_radio(u, t);
    return u;
}

Site new_5g_site(const std::string& id, const Point& location, const RadioTemplate& t) {
    Site s;
    s.site_id = id;
    s.tower_id = id;
    s.name = id;
    s.height_m = t.height_m;
    s.azimuths_deg = t.azimuths_deg;
    s.location = location;
    apply_radio(s, t);
    return s;
}

}  // namespace covplan::core
