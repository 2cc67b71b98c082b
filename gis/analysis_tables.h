#pragma once
// The tables of the analysis bundle (analysis.gpkg) that are its own; the plan
// layers it repeats are those of the project file (gis/project_tables.h), the KPI
// snapshots those of gis/kpi_tables.h.

#include "gis/table_spec.h"

namespace covplan::gis::tables {

namespace priority_places {
inline constexpr Column rank{"rank", OFTInteger};  //!< gaps only, 1 = first to serve
inline constexpr Column source{"source", OFTString};
inline constexpr Column name{"name", OFTString};
inline constexpr Column category{"category", OFTString};
inline constexpr Column status{"status", OFTString};
inline constexpr Column share_5g{"share_5g", OFTReal};
inline constexpr Column share_4g{"share_4g", OFTReal};
inline constexpr Column median_rsrp_5g_dbm{"median_rsrp_5g_dbm", OFTReal};
inline constexpr Column worst_rsrp_5g_dbm{"worst_rsrp_5g_dbm", OFTReal};
inline constexpr Column best_server_5g{"best_server_5g", OFTString};
inline constexpr Column nearest_site{"nearest_site", OFTString};
inline constexpr Column nearest_site_m{"nearest_site_m", OFTReal};
inline constexpr Column hamlet{"hamlet", OFTString};
inline constexpr Column population_500m{"population_500m", OFTReal};
inline constexpr Column score{"score", OFTReal};
inline constexpr Column columns[] = {rank,
                                     source,
                                     name,
                                     category,
                                     status,
                                     share_5g,
                                     share_4g,
                                     median_rsrp_5g_dbm,
                                     worst_rsrp_5g_dbm,
                                     best_server_5g,
                                     nearest_site,
                                     nearest_site_m,
                                     hamlet,
                                     population_500m,
                                     score};
//! Every priority place; geometry: the place (point, area or whole line).
inline constexpr TableSpec all{"priority_places", wkbUnknown, columns};
//! The gaps alone, ranked; for lines only the stretches without 5G.
inline constexpr TableSpec gaps{"priority_gaps", wkbUnknown, columns};
}  // namespace priority_places

namespace tower_upgrades {
inline constexpr Column rank{"rank", OFTInteger};
inline constexpr Column tower_id{"tower_id", OFTString};
inline constexpr Column operators{"operators", OFTString};
inline constexpr Column added_population_5g{"added_population_5g", OFTReal};
inline constexpr Column added_priority_places{"added_priority_places", OFTInteger};
inline constexpr Column added_road_m{"added_road_m", OFTReal};
inline constexpr Column fiber_distance_m{"fiber_distance_m", OFTReal};
inline constexpr Column outside_ward{"outside_ward",
                                     OFTInteger};  //!< 1: serves the ward from outside
inline constexpr Column columns[] = {
    rank,         tower_id,         operators,   added_population_5g, added_priority_places,
    added_road_m, fiber_distance_m, outside_ward};
inline constexpr TableSpec spec{"tower_upgrades", wkbPoint, columns};
}  // namespace tower_upgrades

namespace hamlet_kpis {
inline constexpr Column name{"name", OFTString};
inline constexpr Column population{"population", OFTReal};
inline constexpr Column share_4g{"share_4g", OFTReal};
inline constexpr Column share_5g{"share_5g", OFTReal};
inline constexpr Column households_fiber_share{"households_fiber_share", OFTReal};
inline constexpr Column columns[] = {name, population, share_4g, share_5g, households_fiber_share};
inline constexpr TableSpec spec{"hamlet_kpis", wkbMultiPolygon, columns};
}  // namespace hamlet_kpis

namespace kpis {
inline constexpr Column kpi{"kpi", OFTString};
inline constexpr Column label_en{"label_en", OFTString};
inline constexpr Column label_vi{"label_vi", OFTString};
inline constexpr Column value{"value", OFTReal};
inline constexpr Column unit{"unit", OFTString};
inline constexpr Column target{"target", OFTReal};
inline constexpr Column target_year{"target_year", OFTInteger};
inline constexpr Column met{"met", OFTInteger};
inline constexpr Column short_by{"short_by", OFTReal};
inline constexpr Column value_on_air{"value_on_air", OFTReal};  //!< `value` is the plan's
inline constexpr Column met_on_air{"met_on_air", OFTInteger};
//! value = part / whole, in `counted` units (stations, people, households, places, m).
inline constexpr Column counted{"counted", OFTString};
inline constexpr Column part{"part", OFTReal};
inline constexpr Column whole{"whole", OFTReal};
inline constexpr Column part_on_air{"part_on_air", OFTReal};
inline constexpr Column whole_on_air{"whole_on_air", OFTReal};
inline constexpr Column columns[] = {
    kpi,      label_en,     label_vi,   value,   unit, target, target_year, met,
    short_by, value_on_air, met_on_air, counted, part, whole,  part_on_air, whole_on_air};
inline constexpr TableSpec spec{"kpis", wkbNone, columns};
}  // namespace kpis

inline constexpr const char* kProposedSitesTable = "proposed_sites";  //!< spec: sites::spec

}  // namespace covplan::gis::tables
