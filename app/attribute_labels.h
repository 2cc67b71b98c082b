#pragma once
// covplan's attribute and role names as a user reads them in the import dialog: "Site id
// (site_id)" in English, "Mã trạm (site_id)" in Vietnamese, with the canonical name
// kept so it matches `covplan import --map site_id=COLUMN`.

#include <QString>
#include <string_view>

namespace covplan::app {

[[nodiscard]] QString attribute_label(std::string_view canonical);
//! "Trạm BTS (sites)": a layer role as the user reads it, with the CLI's name.
[[nodiscard]] QString role_label(std::string_view role_name);

}  // namespace covplan::app
