#include "gis/layer_update.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

namespace covplan::gis {
namespace {

using core::LayerRole;

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

std::string azimuths(const std::vector<double>& az) {
    std::string out;
    for (double a : az) out += (out.empty() ? "" : ";") + num(a);
    return out;
}

//! What changed between two versions of a site, as "field old -> new" items.
std::vector<std::string> site_changes(const core::Site& a, const core::Site& b) {
    std::vector<std::string> out;
    auto text = [&](const char* field, const std::string& x, const std::string& y) {
        if (x != y) out.push_back(std::string(field) + " '" + x + "' -> '" + y + "'");
    };
    auto real = [&](const char* field, double x, double y) {
        if (std::abs(x - y) > 1e-9 * std::max(1.0, std::abs(x)))
            out.push_back(std::string(field) + " " + num(x) + " -> " + num(y));
    };
    text("name", a.name, b.name);
    text("tower_id", a.tower_id, b.tower_id);
    text("operator", a.operator_name, b.operator_name);
    text("technology", core::technology_name(a.technology), core::technology_name(b.technology));
    text("band", a.band, b.band);
    real("freq_mhz", a.freq_mhz, b.freq_mhz);
    real("bandwidth_mhz", a.bandwidth_mhz, b.bandwidth_mhz);
    real("height_m", a.height_m, b.height_m);
    text("azimuths_deg", azimuths(a.azimuths_deg), azimuths(b.azimuths_deg));
    real("mech_tilt_deg", a.mech_tilt_deg, b.mech_tilt_deg);
    real("elec_tilt_deg", a.elec_tilt_deg, b.elec_tilt_deg);
    real("power_dbm", a.power_dbm, b.power_dbm);
    real("feeder_loss_db", a.feeder_loss_db, b.feeder_loss_db);
    text("antenna_model", a.antenna_model, b.antenna_model);
    text("status", core::status_name(a.status), core::status_name(b.status));
    const double moved_m = boost::geometry::distance(a.location, b.location);
    if (moved_m > 0.5) out.push_back("moved " + num(std::round(moved_m)) + " m");
    return out;
}

template <typename Feature, typename Key>
LayerDiff merge_by_key(std::vector<Feature>& have, std::vector<Feature>&& incoming, Key key,
                       const char* key_name) {
    LayerDiff diff;
    std::set<std::string> incoming_keys;
    for (const Feature& f : incoming) incoming_keys.insert(key(f));
    for (const Feature& f : have)
        if (!incoming_keys.contains(key(f)))
            diff.removed.push_back(std::string(key_name) + " " + key(f));
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < have.size(); ++i) index[key(have[i])] = i;
    std::vector<Feature> merged;
    for (Feature& f : incoming) {
        auto it = index.find(key(f));
        if (it == index.end())
            diff.added.push_back(std::string(key_name) + " " + key(f));
        else
            ++diff.unchanged;  // geometry and attributes are the new list's
        merged.push_back(std::move(f));
    }
    have = std::move(merged);
    return diff;
}

}  // namespace

std::size_t feature_count(const core::PlanLayers& L, LayerRole role) {
    switch (role) {
        case LayerRole::Ward:
            return L.ward.size();
        case LayerRole::Hamlets:
            return L.hamlets.size();
        case LayerRole::Sites:
            return L.sites.size();
        case LayerRole::Fiber:
            return L.fiber.size();
        case LayerRole::Poi:
            return L.poi.size();
        case LayerRole::Roads:
            return L.roads.size();
        case LayerRole::Waterways:
            return L.waterways.size();
        case LayerRole::Measurements:
            return L.measurements.size();
    }
    return 0;
}

void clear_role(core::PlanLayers& L, LayerRole role) {
    switch (role) {
        case LayerRole::Ward:
            L.ward.clear();
            break;
        case LayerRole::Hamlets:
            L.hamlets.clear();
            break;
        case LayerRole::Sites:
            L.sites.clear();
            break;
        case LayerRole::Fiber:
            L.fiber.clear();
            break;
        case LayerRole::Poi:
            L.poi.clear();
            break;
        case LayerRole::Roads:
            L.roads.clear();
            break;
        case LayerRole::Waterways:
            L.waterways.clear();
            break;
        case LayerRole::Measurements:
            L.measurements.clear();
            break;
    }
}

LayerDiff update_role(core::PlanLayers& L, LayerRole role, core::PlanLayers&& in) {
    auto by_name = [](const auto& f) { return f.name; };
    switch (role) {
        case LayerRole::Sites: {
            LayerDiff diff;
            std::set<std::string> operators, incoming_ids;
            for (const core::Site& s : in.sites) {
                operators.insert(s.operator_name);
                incoming_ids.insert(s.site_id);
            }
            std::vector<core::Site> kept;
            std::map<std::string, core::Site> old;
            for (core::Site& s : L.sites) {
                if (incoming_ids.contains(s.site_id)) {
                    old.emplace(s.site_id, std::move(s));
                } else if (s.status == core::SiteStatus::Existing &&
                           operators.contains(s.operator_name)) {
                    diff.removed.push_back("site_id " + s.site_id);
                } else {
                    kept.push_back(std::move(s));  // another operator's, or a proposal
                }
            }
            for (core::Site& s : in.sites) {
                auto it = old.find(s.site_id);
                if (it == old.end()) {
                    diff.added.push_back("site_id " + s.site_id);
                } else if (auto changes = site_changes(it->second, s); changes.empty()) {
                    ++diff.unchanged;
                } else {
                    std::string line = "site_id " + s.site_id + ":";
                    for (std::size_t i = 0; i < changes.size(); ++i)
                        line += (i ? ", " : " ") + changes[i];
                    diff.changed.push_back(std::move(line));
                }
                kept.push_back(std::move(s));
            }
            L.sites = std::move(kept);
            return diff;
        }
        case LayerRole::Ward:
            return merge_by_key(L.ward, std::move(in.ward), by_name, "name");
        case LayerRole::Hamlets:
            return merge_by_key(L.hamlets, std::move(in.hamlets), by_name, "name");
        case LayerRole::Fiber:
            return merge_by_key(L.fiber, std::move(in.fiber), by_name, "name");
        case LayerRole::Poi:
            return merge_by_key(L.poi, std::move(in.poi), by_name, "name");
        case LayerRole::Roads:
            return merge_by_key(L.roads, std::move(in.roads), by_name, "name");
        case LayerRole::Waterways:
            return merge_by_key(L.waterways, std::move(in.waterways), by_name, "name");
        case LayerRole::Measurements:
            // Samples have no key to merge by (import_into_project refuses --update).
            L.measurements = std::move(in.measurements);
            return {};
    }
    return {};
}

std::vector<std::string> duplicate_site_ids(const std::vector<core::Site>& sites) {
    std::map<std::string, int> seen;
    std::vector<std::string> out;
    for (const core::Site& s : sites)
        if (++seen[s.site_id] == 2) out.push_back(s.site_id);
    return out;
}

}  // namespace covplan::gis
