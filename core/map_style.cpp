#include "core/map_style.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <utility>

namespace covplan::core {
namespace {

struct LayerInfo {
    MapLayerId id;
    std::string_view key;
    LayerStyle style;
};

// Default cartography: the colours the renderer used before styles were editable,
// so existing screenshots and reports keep their look.
const LayerInfo kLayers[kMapLayerCount] = {
    {MapLayerId::Hamlets, "hamlets", {true, {110, 110, 110, 255}, 1.0, 9.0, "name"}},
    {MapLayerId::Waterways, "waterways", {true, {70, 130, 200, 255}, 2.0, 9.0, ""}},
    {MapLayerId::Roads, "roads", {true, {200, 80, 40, 255}, 3.0, 9.0, ""}},
    {MapLayerId::Fiber, "fiber", {true, {130, 40, 170, 255}, 1.6, 9.0, ""}},
    {MapLayerId::Ward, "ward", {true, {30, 30, 30, 255}, 2.5, 9.0, ""}},
    {MapLayerId::Poi, "poi", {true, {120, 120, 120, 255}, 9.0, 9.0, ""}},
    // Off by default: the ranking needs the co-location analysis (seconds).
    {MapLayerId::TowerUpgrades, "tower_upgrades", {false, {0, 150, 110, 255}, 2.0, 18.0, "rank"}},
    {MapLayerId::PriorityGaps, "priority_gaps", {true, {220, 20, 60, 255}, 4.0, 18.0, ""}},
    // Drive-test samples, coloured by RSRP class (render/map_renderer.cpp).
    {MapLayerId::Measurements, "measurements", {true, {60, 60, 60, 255}, 0.0, 5.0, ""}},
    // Prediction error at compared samples, once a validation ran (desktop).
    {MapLayerId::Residuals, "residuals", {true, {60, 60, 60, 255}, 0.0, 7.0, ""}},
    {MapLayerId::Sites, "sites", {true, {20, 80, 180, 255}, 1.5, 11.0, ""}},
};

const LayerInfo& info(MapLayerId id) {
    for (const LayerInfo& l : kLayers)
        if (l.id == id) return l;
    return kLayers[0];
}

std::string number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", v);
    return buf;
}

std::string metres(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g m", v);
    return buf;
}

}  // namespace

std::string Rgba::hex() const {
    char buf[10];
    if (a == 255)
        std::snprintf(buf, sizeof buf, "#%02x%02x%02x", r, g, b);
    else
        std::snprintf(buf, sizeof buf, "#%02x%02x%02x%02x", r, g, b, a);
    return buf;
}

std::optional<Rgba> Rgba::from_hex(std::string_view t) {
    if (t.empty() || t.front() != '#' || (t.size() != 7 && t.size() != 9)) return std::nullopt;
    std::uint8_t v[4] = {0, 0, 0, 255};
    for (std::size_t i = 0; i * 2 + 1 < t.size(); ++i) {
        unsigned x = 0;
        const char* b = t.data() + 1 + 2 * i;
        auto [end, ec] = std::from_chars(b, b + 2, x, 16);
        if (ec != std::errc() || end != b + 2) return std::nullopt;
        v[i] = static_cast<std::uint8_t>(x);
    }
    return Rgba{v[0], v[1], v[2], v[3]};
}

MapStyle MapStyle::defaults() {
    MapStyle s;
    for (const LayerInfo& l : kLayers) s.layers.push_back({l.id, l.style});
    return s;
}

int MapStyle::position(MapLayerId id) const {
    for (std::size_t i = 0; i < layers.size(); ++i)
        if (layers[i].id == id) return static_cast<int>(i);
    return -1;
}

const LayerStyle& MapStyle::style(MapLayerId id) const {
    const int i = position(id);
    return i >= 0 ? layers[static_cast<std::size_t>(i)].style : info(id).style;
}

LayerStyle& MapStyle::style(MapLayerId id) {
    if (position(id) < 0) complete();
    return layers[static_cast<std::size_t>(position(id))].style;
}

bool MapStyle::move(MapLayerId id, int steps) {
    const int from = position(id);
    if (from < 0 || steps == 0) return false;
    const int to = std::clamp(from + steps, 0, static_cast<int>(layers.size()) - 1);
    if (to == from) return false;
    StyledLayer moved = layers[static_cast<std::size_t>(from)];
    layers.erase(layers.begin() + from);
    layers.insert(layers.begin() + to, std::move(moved));
    return true;
}

void MapStyle::complete() {
    // A layer a newer covplan introduced goes where the defaults put it relative to
    // its neighbours: just above the layer that precedes it by default.
    for (int k = 0; k < kMapLayerCount; ++k) {
        if (position(kLayers[k].id) >= 0) continue;
        int at = 0;
        for (int j = k - 1; j >= 0; --j)
            if (const int p = position(kLayers[j].id); p >= 0) {
                at = p + 1;
                break;
            }
        layers.insert(layers.begin() + at, {kLayers[k].id, kLayers[k].style});
    }
}

std::string_view map_layer_key(MapLayerId id) { return info(id).key; }

std::optional<MapLayerId> map_layer_from_key(std::string_view key) {
    for (const LayerInfo& l : kLayers)
        if (l.key == key) return l.id;
    return std::nullopt;
}

std::vector<std::string_view> label_fields(MapLayerId id) {
    switch (id) {
        case MapLayerId::Ward:
            return {"name", "code", "population"};
        case MapLayerId::Hamlets:
            return {"name", "code", "population", "households"};
        case MapLayerId::Sites:
            return {"site_id", "tower_id", "name", "operator", "technology", "band", "height_m"};
        case MapLayerId::Fiber:
            return {"name", "operator", "placement"};
        case MapLayerId::Poi:
            return {"name", "category"};
        case MapLayerId::Roads:
        case MapLayerId::Waterways:
            return {"name", "class"};
        case MapLayerId::TowerUpgrades:
            return {"rank", "tower_id", "operators", "added_population"};
        case MapLayerId::PriorityGaps:
            return {"name", "category"};
        case MapLayerId::Measurements:
            return {"rsrp_dbm", "serving_site_id", "time"};
        case MapLayerId::Residuals:
            return {"error_db", "cell"};  // drawn from the validation, not the plan
    }
    return {};
}

std::string feature_label(const PlanLayers& p, MapLayerId id, std::size_t i,
                          std::string_view field) {
    switch (id) {
        case MapLayerId::Ward:
            if (i >= p.ward.size()) break;
            if (field == "name") return p.ward[i].name;
            if (field == "code") return p.ward[i].code;
            if (field == "population" && p.ward[i].population > 0)
                return number(p.ward[i].population);
            break;
        case MapLayerId::Hamlets:
            if (i >= p.hamlets.size()) break;
            if (field == "name") return p.hamlets[i].name;
            if (field == "code") return p.hamlets[i].code;
            if (field == "population" && p.hamlets[i].population > 0)
                return number(p.hamlets[i].population);
            if (field == "households" && p.hamlets[i].households > 0)
                return number(p.hamlets[i].households);
            break;
        case MapLayerId::Sites: {
            if (i >= p.sites.size()) break;
            const Site& s = p.sites[i];
            if (field == "site_id") return s.site_id;
            if (field == "tower_id") return s.tower_id;
            if (field == "name") return s.name;
            if (field == "operator") return s.operator_name;
            if (field == "technology") return technology_name(s.technology);
            if (field == "band") return s.band;
            if (field == "height_m") return metres(s.height_m);
            break;
        }
        case MapLayerId::Fiber:
            if (i >= p.fiber.size()) break;
            if (field == "name") return p.fiber[i].name;
            if (field == "operator") return p.fiber[i].operator_name;
            if (field == "placement" && p.fiber[i].placement != CablePlacement::Unknown)
                return placement_name(p.fiber[i].placement);
            break;
        case MapLayerId::Poi:
            if (i >= p.poi.size()) break;
            if (field == "name") return p.poi[i].name;
            if (field == "category") return std::string(poi_category_name(p.poi[i].category));
            break;
        case MapLayerId::Roads:
        case MapLayerId::Waterways: {
            const auto& v = id == MapLayerId::Roads ? p.roads : p.waterways;
            if (i >= v.size()) break;
            if (field == "name") return v[i].name;
            if (field == "class") return v[i].line_class;
            break;
        }
        case MapLayerId::Measurements: {
            if (i >= p.measurements.size()) break;
            const Measurement& m = p.measurements[i];
            if (field == "rsrp_dbm") return number(m.rsrp_dbm) + " dBm";
            if (field == "serving_site_id") return m.serving_site_id;
            if (field == "time") return m.time;
            break;
        }
        case MapLayerId::TowerUpgrades:
        case MapLayerId::PriorityGaps:
        case MapLayerId::Residuals:
            break;
    }
    return {};
}

Extent layer_extent(const PlanLayers& p, MapLayerId id) {
    Extent e;
    switch (id) {
        case MapLayerId::Ward:
            for (const auto& w : p.ward) include_geometry(e, w.area);
            break;
        case MapLayerId::Hamlets:
            for (const auto& h : p.hamlets) include_geometry(e, h.area);
            break;
        case MapLayerId::Sites:
            for (const auto& s : p.sites) e.include(s.location.x(), s.location.y());
            break;
        case MapLayerId::Fiber:
            for (const auto& f : p.fiber) include_geometry(e, f.path);
            break;
        case MapLayerId::Poi:
            for (const auto& x : p.poi) {
                if (x.is_area)
                    include_geometry(e, x.area);
                else
                    e.include(x.point.x(), x.point.y());
            }
            break;
        case MapLayerId::Roads:
            for (const auto& r : p.roads) include_geometry(e, r.path);
            break;
        case MapLayerId::Waterways:
            for (const auto& w : p.waterways) include_geometry(e, w.path);
            break;
        case MapLayerId::Measurements:
            for (const auto& m : p.measurements) e.include(m.location.x(), m.location.y());
            break;
        case MapLayerId::TowerUpgrades:
        case MapLayerId::PriorityGaps:
        case MapLayerId::Residuals:
            break;
    }
    return e;
}

}  // namespace covplan::core
