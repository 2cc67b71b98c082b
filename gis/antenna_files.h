#pragma once
// Antenna pattern files a site may name, by extension, in one place: MSI / Planet
// (.msi, .pat, .txt), SPLAT! / Signal-Server (.az with its .el beside it) and NSMA
// (.adf). Every job loads a project's antennas through here (load_antenna_files).

#include <expected>
#include <string>

#include "core/antenna/peer_antenna_files.h"

namespace covplan::gis {

//! True when `name` names a pattern file (by extension, case-insensitive); other
//! names are built-in antennas or empty.
[[nodiscard]] bool is_antenna_file_name(const std::string& name);

//! Reads and parses a pattern file; errors name the file and line.
[[nodiscard]] std::expected<core::ReadPattern, std::string> read_antenna_file(
    const std::string& path);

}  // namespace covplan::gis
