#pragma once
// The second ward every feature is tested on besides the embedded sample: phường
// Long Bình (TP Cần Thơ, code 31473, 40.2 km², 26,378 residents, source:
// ../shared/data/longmy/PROVENANCE.md), built from its real 2025 boundary and an
// operator-style BTS sheet with what real sheets carry: Vietnamese headers, no
// antenna column for most rows (the radio templates fill it), an on-air 5G site
// without antenna data, a site without azimuths, one with an MSI antenna file
// next to the project, a 2100 MHz (B1) site.

#include <optional>
#include <string>

#include "tests/test_util.h"

namespace covplan::test {

struct SecondWard {
    std::string project;  //!< the .covplan.gpkg (sites imported as existing)
    std::string sheet;    //!< the BTS sheet (CSV, UTF-8)
    std::string ward;     //!< the ward boundary (GeoJSON, one feature)
};

//! Builds the Long Bình project in `dir` through `covplan import`; nullopt (with a
//! reason in `why`) when ../shared/data is absent or a step fails.
[[nodiscard]] std::optional<SecondWard> make_second_ward(const TempDir& dir, std::string& why);

//! The ward's boundary and sheet alone, without the khu vực step: what a ward with
//! public data only looks like (the ward carries dan_so 26,378). With
//! `without_population` the boundary's dan_so column is dropped first, so neither
//! the ward nor khu vực carry a figure. Empty if a step fails.
[[nodiscard]] std::string ward_only_project(const TempDir& dir, const SecondWard& ward,
                                            bool without_population = false);

//! The ward's admin centre (UBND thị xã Long Mỹ, source A), WGS 84.
inline constexpr double kLongBinhLon = 105.587, kLongBinhLat = 9.72868;

}  // namespace covplan::test
