#pragma once
// Interpreting attribute values as people type them in spreadsheets:
// "35,5" (Vietnamese decimal comma), "0/120/240", "Hiện hữu", "Cáp ngầm", "Trường THCS".

#include <optional>
#include <string_view>
#include <vector>

#include "core/line_feature.h"
#include "core/poi.h"
#include "core/site.h"

namespace covplan::core {

//! A finite number; accepts surrounding blanks, a decimal comma and a trailing unit
//! ("35 m", "43dBm"). Empty or non-numeric text gives nullopt.
[[nodiscard]] std::optional<double> parse_number(std::string_view text);

//! A number as file formats write it (NTIA's driver files, PFL, SPLAT!/NSMA patterns,
//! "lon,lat"): the whole text, blanks around it allowed, an optional '+', a '.' decimal
//! point; no unit, no decimal comma. Not finite or anything else: nullopt.
[[nodiscard]] std::optional<double> parse_plain_number(std::string_view text);
//! `text` without blanks (space, tab, CR, LF) at either end.
[[nodiscard]] std::string_view trim_blanks(std::string_view text);

//! "0;120;240", "0/120/240", "0,120,240", "0 120 240". Each in [0, 360).
[[nodiscard]] std::optional<std::vector<double>> parse_azimuths(std::string_view text);

//! From a technology cell ("LTE", "4G", "NR", "5G NR", "L1800"), else from the band
//! label ("n78" -> 5G, "B3" -> 4G). nullopt if neither says.
[[nodiscard]] std::optional<Technology> parse_technology(std::string_view tech_text,
                                                         std::string_view band_text);

//! What a status cell says: on air, planned, or out of service (a site not to model).
enum class StatusWord { Existing, Proposed, OutOfService };
//! Vietnamese and English words ("Đang phát sóng", "Quy hoạch", "Ngừng hoạt động",
//! "on air", "planned", "decommissioned"); nullopt for an empty or unknown value.
[[nodiscard]] std::optional<StatusWord> parse_status(std::string_view text);
//! The words parse_status knows, for messages.
[[nodiscard]] std::string_view status_vocabulary();
[[nodiscard]] CablePlacement parse_placement(std::string_view text);
[[nodiscard]] std::optional<PoiCategory> parse_poi_category(std::string_view text);

}  // namespace covplan::core
