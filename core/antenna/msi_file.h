#pragma once
// MSI / Planet antenna pattern files (.msi, .pat): "KEY value" header lines, then
// "HORIZONTAL 360" and "VERTICAL 360" blocks of "angle attenuation_dB" lines.
// GAIN is in dBd unless followed by "dBi" (Planet convention; dBi = dBd + 2.15).

#include <expected>
#include <string>

#include "core/antenna/antenna_pattern.h"

namespace covplan::core {

//! Parses file text; `source` names the file in error messages ("x.msi line 12: ...").
[[nodiscard]] std::expected<AntennaPattern, std::string> parse_msi(const std::string& text,
                                                                   const std::string& source);
//! Writes a pattern (1 degree steps, gain in dBi).
[[nodiscard]] std::string format_msi(const AntennaPattern& pattern, double frequency_mhz);

}  // namespace covplan::core
