#pragma once
// Names of map layers, their legend categories and priority-place categories in
// English and Vietnamese, for output the CLI writes without a Qt translator (PDF
// report, PNG map, KMZ). The desktop app shows the same names through tr().

#include <QString>
#include <string_view>

#include "core/map_style.h"

namespace covplan::render {

[[nodiscard]] QString layer_text(core::MapLayerId id, bool vi);
//! A legend row: the layer's name, or for categorised layers the category's.
[[nodiscard]] QString legend_text(core::MapLayerId id, std::string_view variant, bool vi);
//! A priority-place category slug ("school", "road", ...); unknown slugs as given.
[[nodiscard]] QString category_text(std::string_view slug, bool vi);

}  // namespace covplan::render
