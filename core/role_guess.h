#pragma once
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/layer_role.h"

namespace covplan::core {

//! Guesses a layer's role from its name, its geometry and its columns ("ranh_gioi_phuong"
//! polygons -> ward, "tram_bts" points -> sites, ...). nullopt when nothing fits; the
//! user then names the role. `geometry` is nullopt for attribute-only tables.
[[nodiscard]] std::optional<LayerRole> guess_role(std::string_view layer_name,
                                                  std::optional<GeometryKind> geometry,
                                                  std::span<const std::string> fields);

}  // namespace covplan::core
