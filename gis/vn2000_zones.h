#pragma once
// VN-2000 TM-3 zones of Vietnam's provinces: the central meridians of Circular
// 973/2001/TT-TCĐC (Tổng cục Địa chính, 2001), each checked against the usage area
// EPSG gives the zone in proj.db (`projinfo EPSG:5897` names "Can Tho city, Bac
// Lieu, Dong Thap and Hau Giang provinces"). Provinces are the 63 of before the
// 2025 merger: a merged province keeps its parts' meridians (since 1 July 2025 Cần
// Thơ holds former Cần Thơ and Hậu Giang at 105°00' and former Sóc Trăng at 105°30'),
// so a survey is in the zone of the former province it was made in.

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace covplan::gis {

struct Vn2000Zone {
    std::string_view slug;      //!< "cantho", "soctrang", "hochiminh" (ASCII, no separators)
    std::string_view province;  //!< "Cần Thơ"
    double central_meridian_deg;
    int epsg;                 //!< VN-2000 / TM-3 zone in the EPSG dataset
    std::string_view merged;  //!< the province it is part of since 2025, when merged
};

//! Every province of the table, in the order of their central meridians.
[[nodiscard]] std::span<const Vn2000Zone> vn2000_zones();

//! The zone of a province shorthand: folded (case, diacritics, spaces, '-' and '_'
//! ignored), so "cantho", "Can-Tho", "Cần Thơ" and "can_tho" all match; nullopt if
//! unknown. "hcm" / "tphcm" / "saigon" also name Hồ Chí Minh City.
[[nodiscard]] std::optional<Vn2000Zone> find_vn2000_zone(std::string_view name);

//! "105°00'" for 105.0.
[[nodiscard]] std::string format_meridian(double deg);

//! For a merged province, which former provinces use which meridian, e.g. for Cần Thơ:
//! "Cần Thơ: former Cần Thơ and Hậu Giang 105°00' (vn2000-tm3:cantho, EPSG:5897),
//! former Sóc Trăng 105°30' (vn2000-tm3:soctrang, EPSG:9209)"; empty when all parts share one.
[[nodiscard]] std::string merged_province_note(std::string_view province_slug);

}  // namespace covplan::gis
