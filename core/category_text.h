#pragma once
// What people read for the plan's identifiers: priority-place categories ("school",
// "road") and layer roles ("sites"), in English or Vietnamese. Every output worded
// for people (report, KMZ, CSV label columns, the CLI's tables) takes them from
// here, so a Vietnamese output never shows a code's identifier.

#include <string>
#include <string_view>

#include "core/layer_role.h"
#include "core/site.h"

namespace covplan::core {

//! A priority-place category slug ("school", "transport_hub", "road", ...) as a
//! reader names it: "school" / "trường học"; an unknown slug is returned as given.
[[nodiscard]] std::string category_text(std::string_view slug, bool vietnamese);
//! A site's status as a reader names it: "on air" / "đang phát sóng", "proposed" /
//! "đề xuất".
[[nodiscard]] std::string site_status_text(SiteStatus status, bool vietnamese);
//! A layer role as a reader names it: "BTS sites" / "Trạm BTS".
[[nodiscard]] std::string role_text(LayerRole role, bool vietnamese);

}  // namespace covplan::core
