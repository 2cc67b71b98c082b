#pragma once
// The engine's technology layers: every 4G cell competes with 4G cells only, every
// 5G cell with 5G cells. A type, so that a layer is never mistaken for a cell index
// or a count.

#include <array>
#include <cstddef>

#include "core/site.h"

namespace covplan::core {

enum class TechLayer { Lte4G = 0, Nr5G = 1 };

inline constexpr int kLayerCount = 2;
inline constexpr std::array<TechLayer, kLayerCount> kTechLayers = {TechLayer::Lte4G,
                                                                   TechLayer::Nr5G};

[[nodiscard]] constexpr TechLayer layer_of(Technology t) {
    return t == Technology::Nr5G ? TechLayer::Nr5G : TechLayer::Lte4G;
}
//! Position of a layer in per-layer arrays.
[[nodiscard]] constexpr std::size_t index_of(TechLayer l) { return static_cast<std::size_t>(l); }
[[nodiscard]] constexpr Technology technology_of(TechLayer l) {
    return l == TechLayer::Nr5G ? Technology::Nr5G : Technology::Lte4G;
}

}  // namespace covplan::core
