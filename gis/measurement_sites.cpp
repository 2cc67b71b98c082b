#include "gis/measurement_sites.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "core/radio/band_table.h"
#include "core/radio/radio_template.h"
#include "gis/crs_transform.h"

namespace covplan::gis {
namespace {

std::expected<std::vector<std::optional<core::Point>>, std::string> serving_points(
    const std::vector<core::Measurement>& samples, const Crs& working_crs) {
    std::vector<std::optional<core::Point>> out(samples.size());
    bool any = false;
    for (const core::Measurement& m : samples) any = any || m.has_serving_position();
    if (!any) return out;
    auto t = CrsTransform::create(Crs::wgs84(), working_crs);
    if (!t) return std::unexpected(t.error());
    // Drive tests repeat a handful of positions thousands of times.
    std::map<std::pair<double, double>, std::optional<core::Point>> cache;
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const core::Measurement& m = samples[i];
        if (!m.has_serving_position()) continue;
        auto [it, fresh] = cache.try_emplace({m.serving_lon, m.serving_lat});
        if (fresh) {
            double x = m.serving_lon, y = m.serving_lat;
            if (t->transform(x, y)) it->second = core::Point(x, y);
        }
        out[i] = it->second;
    }
    return out;
}

}  // namespace

std::expected<core::ServingMatch, std::string> match_serving(const Project& project) {
    return match_serving(project.layers.measurements, project.layers.sites, project.working_crs);
}

std::expected<core::ServingMatch, std::string> match_serving(
    const std::vector<core::Measurement>& samples, const std::vector<core::Site>& sites,
    const Crs& working_crs) {
    auto points = serving_points(samples, working_crs);
    if (!points) return std::unexpected(points.error());
    return core::match_serving_sites(samples, *points, sites);
}

std::expected<std::vector<core::Site>, std::string> sites_at_serving_positions(
    const std::vector<core::Measurement>& samples, const std::vector<core::Site>& sites,
    const Crs& working_crs, const std::vector<core::RadioTemplate>& templates) {
    auto points = serving_points(samples, working_crs);
    if (!points) return std::unexpected(points.error());
    const core::ServingMatch match = core::match_serving_sites(samples, *points, sites);
    std::vector<core::Site> out;
    std::map<long long, int> per_freq;  // numbering per frequency
    for (std::size_t i = 0; i < samples.size(); ++i) {
        if (match.site[i] >= 0 || !(*points)[i]) continue;
        const core::Measurement& m = samples[i];
        const core::Point p = *(*points)[i];
        // A site made for an earlier sample may serve this one.
        bool served = false;
        for (const core::Site& s : out)
            if (core::same_band(m.freq_mhz, s.freq_mhz) &&
                std::hypot(s.location.x() - p.x(), s.location.y() - p.y()) <=
                    core::kServingMatchRadiusM &&
                (!m.technology || *m.technology == s.technology)) {
                served = true;
                break;
            }
        if (served) continue;
        std::optional<double> freq;
        if (std::isfinite(m.freq_mhz)) freq = m.freq_mhz;
        char freq_text[32];
        std::snprintf(freq_text, sizeof freq_text, "%g", freq.value_or(0.0));
        auto band = freq ? core::read_band(freq_text, m.technology) : std::nullopt;
        const core::Technology tech = m.technology ? *m.technology
                                      : band       ? band->band->technology
                                                   : core::Technology::Lte4G;
        const core::RadioTemplate* t =
            core::find_radio_template(templates, tech, band ? band->band->name : "", freq);
        if (!t)
            return std::unexpected("no radio template for " +
                                   std::string(core::technology_name(tech)) +
                                   " to build the serving sites from");
        core::Site s;
        const long long mhz = freq ? std::llround(*freq) : 0;
        // Numbered on from the ids a project already has (a second drive's sites).
        auto taken = [&](const std::string& id) {
            return std::any_of(sites.begin(), sites.end(),
                               [&](const core::Site& x) { return x.site_id == id; }) ||
                   std::any_of(out.begin(), out.end(),
                               [&](const core::Site& x) { return x.site_id == id; });
        };
        char id[48];
        do std::snprintf(id, sizeof id, "DT%lld-%02d", mhz, ++per_freq[mhz]);
        while (taken(id));
        s.site_id = id;
        s.tower_id = s.site_id;
        char name[96];
        std::snprintf(name, sizeof name, "serving site at %.6f, %.6f", m.serving_lon,
                      m.serving_lat);
        s.name = name;
        s.operator_name = m.operator_name;
        s.technology = tech;
        s.band = band ? std::string(band->band->name) : t->band;
        s.freq_mhz = freq.value_or(t->freq_mhz);
        s.bandwidth_mhz = t->bandwidth_mhz;
        s.height_m = t->height_m;
        s.power_dbm = t->power_dbm;
        s.feeder_loss_db = t->feeder_loss_db;
        s.elec_tilt_deg = t->elec_tilt_deg;
        s.mech_tilt_deg = t->mech_tilt_deg;
        // Only the position is known: the sector that served the samples, seen from them
        // (no azimuth, tilt or vertical beam to assume; core/coverage/cell.h).
        s.antenna_model = "sector-envelope";
        s.elec_tilt_deg = 0.0;
        s.status = core::SiteStatus::Existing;
        s.location = p;
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace covplan::gis
