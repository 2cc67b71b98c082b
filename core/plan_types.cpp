#include <algorithm>
#include <iterator>

#include "core/hamlet.h"
#include "core/line_feature.h"
#include "core/map_style.h"
#include "core/plan_layers.h"
#include "core/poi.h"
#include "core/site.h"

namespace covplan::core {

bool inside_ward(const Point& p, const std::vector<Ward>& ward) {
    return ward.empty() || std::any_of(ward.begin(), ward.end(),
                                       [&](const Ward& w) { return bg::covered_by(p, w.area); });
}

const char* technology_name(Technology tech) { return tech == Technology::Nr5G ? "5G" : "4G"; }
const char* status_name(SiteStatus status) {
    return status == SiteStatus::Proposed ? "proposed" : "existing";
}

const char* placement_name(CablePlacement placement) {
    switch (placement) {
        case CablePlacement::Underground:
            return "underground";
        case CablePlacement::Aerial:
            return "aerial";
        case CablePlacement::Unknown:
            break;
    }
    return "unknown";
}

namespace {
constexpr std::pair<PoiCategory, std::string_view> kPoiNames[] = {
    {PoiCategory::School, "school"},
    {PoiCategory::Market, "market"},
    {PoiCategory::Health, "health"},
    {PoiCategory::Admin, "admin"},
    {PoiCategory::CultureTourism, "culture_tourism"},
    {PoiCategory::TransportHub, "transport_hub"},
    {PoiCategory::Industrial, "industrial"},
    {PoiCategory::HighTech, "high_tech"},
    {PoiCategory::Residential, "residential"},
    {PoiCategory::Other, "other"},
};

template <typename T>
void move_all(std::vector<T>& into, std::vector<T>& from) {
    into.insert(into.end(), std::make_move_iterator(from.begin()),
                std::make_move_iterator(from.end()));
    from.clear();
}

}  // namespace

std::string_view poi_category_name(PoiCategory category) {
    for (const auto& [c, name] : kPoiNames)
        if (c == category) return name;
    return "other";
}

std::optional<PoiCategory> poi_category_from_name(std::string_view name) {
    for (const auto& [c, n] : kPoiNames)
        if (n == name) return c;
    return std::nullopt;
}

void PlanLayers::append(PlanLayers&& other) {
    move_all(ward, other.ward);
    move_all(hamlets, other.hamlets);
    move_all(sites, other.sites);
    move_all(fiber, other.fiber);
    move_all(poi, other.poi);
    move_all(roads, other.roads);
    move_all(waterways, other.waterways);
    move_all(measurements, other.measurements);
}

Extent PlanLayers::extent() const {
    // The union of every layer's extent (one definition of what a layer covers).
    Extent e;
    for (int i = 0; i < kMapLayerCount; ++i)
        e.include(layer_extent(*this, static_cast<MapLayerId>(i)));
    return e;
}

}  // namespace covplan::core
