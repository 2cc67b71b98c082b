#pragma once
// How the plan's vector layers are drawn: their order, visibility, colour, line
// width, symbol size and labels. Stored in the project so that the desktop map, the
// PDF report, the PNG map and the KMZ all show the plan the way the user styled it.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/geometry.h"
#include "core/plan_layers.h"

namespace covplan::core {

//! The plan's map layers. Analysis layers (priority gaps, tower upgrades) are
//! drawn from analysis results; the others from the plan's own features.
enum class MapLayerId {
    Ward,
    Hamlets,
    Roads,
    Waterways,
    Fiber,
    Poi,
    TowerUpgrades,
    PriorityGaps,
    Measurements,
    Residuals,
    Sites
};
inline constexpr int kMapLayerCount = 11;

struct Rgba {
    std::uint8_t r = 0, g = 0, b = 0, a = 255;

    [[nodiscard]] std::string hex() const;  //!< "#rrggbb" or "#rrggbbaa" when translucent
    [[nodiscard]] static std::optional<Rgba> from_hex(std::string_view text);
    bool operator==(const Rgba&) const = default;
};

struct LayerStyle {
    bool visible = true;
    //! Line or outline colour; for points the symbol colour. Layers coloured by
    //! category (sites by technology, places by category) keep their category colours.
    Rgba colour;
    double width_px = 1.5;    //!< line width at 96 dpi
    double symbol_px = 9.0;   //!< point symbol size at 96 dpi
    std::string label_field;  //!< one of label_fields(); empty = no labels

    bool operator==(const LayerStyle&) const = default;
};

struct StyledLayer {
    MapLayerId id = MapLayerId::Ward;
    LayerStyle style;
    bool operator==(const StyledLayer&) const = default;
};

struct MapStyle {
    //! Drawing order: the first is drawn first (bottom), the last on top.
    std::vector<StyledLayer> layers;

    //! covplan's cartography: every layer once, in the order QGIS users expect
    //! (areas under lines under points).
    [[nodiscard]] static MapStyle defaults();
    [[nodiscard]] const LayerStyle& style(MapLayerId id) const;
    [[nodiscard]] LayerStyle& style(MapLayerId id);
    //! Index in `layers` (0 = bottom).
    [[nodiscard]] int position(MapLayerId id) const;
    //! Moves a layer `steps` towards the top (negative: towards the bottom);
    //! returns false when it is already at that end.
    bool move(MapLayerId id, int steps);
    //! Adds layers missing from a stored style (older projects) with their defaults.
    void complete();
    bool operator==(const MapStyle&) const = default;
};

[[nodiscard]] std::string_view map_layer_key(MapLayerId id);  //!< "ward", "tower_upgrades", ...
[[nodiscard]] std::optional<MapLayerId> map_layer_from_key(std::string_view key);

//! The attributes a layer can be labelled with (the plan's mapped fields).
[[nodiscard]] std::vector<std::string_view> label_fields(MapLayerId id);
//! The label of feature `index` of a plan layer for `field`; empty when the feature
//! has no such value. Analysis layers are labelled by their renderer.
[[nodiscard]] std::string feature_label(const PlanLayers& plan, MapLayerId id, std::size_t index,
                                        std::string_view field);
//! Extent of a plan layer's features (empty for analysis layers and empty layers).
[[nodiscard]] Extent layer_extent(const PlanLayers& plan, MapLayerId id);

}  // namespace covplan::core
