#pragma once
// The tables of a covplan project file (and of the plan layers the analysis bundle
// repeats), each described once. project_file.cpp writes and reads them through
// these specs; the plan layers' columns are the canonical field names of their role
// (core/field_mapping.h), which the project reader maps onto themselves.

#include "gis/table_spec.h"

namespace covplan::gis::tables {

// covplan_meta and covplan_settings: the same two columns.
namespace key_value {
inline constexpr Column key{"key", OFTString};
inline constexpr Column value{"value", OFTString};
inline constexpr Column columns[] = {key, value};
}  // namespace key_value

namespace meta {
using key_value::key;
using key_value::value;
inline constexpr TableSpec spec{"covplan_meta", wkbNone, key_value::columns};
}  // namespace meta

namespace settings {
using key_value::key;
using key_value::value;
inline constexpr TableSpec spec{"covplan_settings", wkbNone, key_value::columns};
}  // namespace settings

namespace sources {
inline constexpr Column role{"role", OFTString};
inline constexpr Column path{"path", OFTString};
inline constexpr Column layer{"layer", OFTString};
inline constexpr Column mapping{"mapping", OFTString};
inline constexpr Column source_crs{"source_crs", OFTString};
inline constexpr Column columns[] = {role, path, layer, mapping, source_crs};
inline constexpr TableSpec spec{"covplan_sources", wkbNone, columns};
}  // namespace sources

namespace rasters {
inline constexpr Column kind{"kind", OFTString};
inline constexpr Column path{"path", OFTString};
inline constexpr Column assigned_crs{"assigned_crs", OFTString};
inline constexpr Column columns[] = {kind, path, assigned_crs};
inline constexpr TableSpec spec{"covplan_rasters", wkbNone, columns};
}  // namespace rasters

namespace landuse_classes {
inline constexpr Column value{"value", OFTInteger};
inline constexpr Column name{"name", OFTString};
inline constexpr Column colour{"colour", OFTString};
inline constexpr Column extra_loss_db{"extra_loss_db", OFTReal};
inline constexpr Column population_weight{"population_weight", OFTReal};
inline constexpr Column columns[] = {value, name, colour, extra_loss_db, population_weight};
inline constexpr TableSpec spec{"covplan_landuse_classes", wkbNone, columns};
}  // namespace landuse_classes

namespace styles {
inline constexpr Column layer{"layer", OFTString};
inline constexpr Column position{"position", OFTInteger};
inline constexpr Column visible{"visible", OFTInteger};
inline constexpr Column colour{"colour", OFTString};
inline constexpr Column width_px{"width_px", OFTReal};
inline constexpr Column symbol_px{"symbol_px", OFTReal};
inline constexpr Column label_field{"label_field", OFTString};
inline constexpr Column columns[] = {layer,    position,  visible,    colour,
                                     width_px, symbol_px, label_field};
inline constexpr TableSpec spec{"covplan_styles", wkbNone, columns};
}  // namespace styles

// The model's calibration (`covplan calibrate`): one "model" row (how it was fitted and
// its errors), one "global" row, a "cell" row per site with its own fit and a
// "clutter" row per land-use class with an offset.
namespace calibration {
inline constexpr Column scope{"scope", OFTString};
inline constexpr Column key{"key", OFTString};
inline constexpr Column offset_db{"offset_db", OFTReal};
inline constexpr Column slope_db_per_decade{"slope_db_per_decade", OFTReal};
inline constexpr Column samples{"samples", OFTInteger};
inline constexpr Column rmse_before_db{"rmse_before_db", OFTReal};
inline constexpr Column rmse_after_db{"rmse_after_db", OFTReal};
inline constexpr Column folds{"folds", OFTInteger};
inline constexpr Column date{"date", OFTString};
inline constexpr Column raw_samples{"raw_samples", OFTInteger};
inline constexpr Column columns[] = {
    scope,         key,   offset_db, slope_db_per_decade, samples, rmse_before_db,
    rmse_after_db, folds, date,      raw_samples};
inline constexpr TableSpec spec{"covplan_calibration", wkbNone, columns};
}  // namespace calibration

// --- plan layers ---------------------------------------------------------------

namespace ward {
inline constexpr Column name{"name", OFTString};
inline constexpr Column code{"code", OFTString};
inline constexpr Column population{"population", OFTReal};
inline constexpr Column columns[] = {name, code, population};
inline constexpr TableSpec spec{"ward", wkbMultiPolygon, columns};
}  // namespace ward

namespace hamlets {
inline constexpr Column name{"name", OFTString};
inline constexpr Column code{"code", OFTString};
inline constexpr Column population{"population", OFTReal};
inline constexpr Column households{"households", OFTReal};
inline constexpr Column columns[] = {name, code, population, households};
inline constexpr TableSpec spec{"hamlets", wkbMultiPolygon, columns};
}  // namespace hamlets

namespace sites {
inline constexpr Column site_id{"site_id", OFTString};
inline constexpr Column tower_id{"tower_id", OFTString};
inline constexpr Column name{"name", OFTString};
inline constexpr Column operator_name{"operator", OFTString};
inline constexpr Column technology{"technology", OFTString};
inline constexpr Column band{"band", OFTString};
inline constexpr Column freq_mhz{"freq_mhz", OFTReal};
inline constexpr Column bandwidth_mhz{"bandwidth_mhz", OFTReal};
inline constexpr Column height_m{"height_m", OFTReal};
inline constexpr Column azimuths_deg{"azimuths_deg", OFTString};
inline constexpr Column mech_tilt_deg{"mech_tilt_deg", OFTReal};
inline constexpr Column elec_tilt_deg{"elec_tilt_deg", OFTReal};
inline constexpr Column power_dbm{"power_dbm", OFTReal};
inline constexpr Column antenna_model{"antenna_model", OFTString};
inline constexpr Column feeder_loss_db{"feeder_loss_db", OFTReal};
inline constexpr Column propagation_model{"propagation_model", OFTString};
inline constexpr Column status{"status", OFTString};
inline constexpr Column columns[] = {
    site_id,   tower_id,      name,           operator_name,     technology,    band,
    freq_mhz,  bandwidth_mhz, height_m,       azimuths_deg,      mech_tilt_deg, elec_tilt_deg,
    power_dbm, antenna_model, feeder_loss_db, propagation_model, status};
inline constexpr TableSpec spec{"sites", wkbPoint, columns};
}  // namespace sites

namespace fiber {
inline constexpr Column name{"name", OFTString};
inline constexpr Column operator_name{"operator", OFTString};
inline constexpr Column placement{"placement", OFTString};
inline constexpr Column columns[] = {name, operator_name, placement};
inline constexpr TableSpec spec{"fiber", wkbMultiLineString, columns};
}  // namespace fiber

namespace poi {
inline constexpr Column name{"name", OFTString};
inline constexpr Column category{"category", OFTString};
inline constexpr Column category_source{"category_source", OFTString};
inline constexpr Column columns[] = {name, category, category_source};
inline constexpr TableSpec points{"poi", wkbPoint, columns};
inline constexpr TableSpec areas{"poi_areas", wkbMultiPolygon, columns};
}  // namespace poi

namespace lines {
inline constexpr Column name{"name", OFTString};
inline constexpr Column line_class{"class", OFTString};
inline constexpr Column columns[] = {name, line_class};
inline constexpr TableSpec roads{"roads", wkbMultiLineString, columns};
inline constexpr TableSpec waterways{"waterways", wkbMultiLineString, columns};
}  // namespace lines

namespace measurements {
inline constexpr Column rsrp_dbm{"rsrp_dbm", OFTReal};
inline constexpr Column rsrq_db{"rsrq_db", OFTReal};
inline constexpr Column sinr_db{"sinr_db", OFTReal};
inline constexpr Column throughput_mbps{"throughput_mbps", OFTReal};
inline constexpr Column time{"time", OFTString};
inline constexpr Column technology{"technology", OFTString};
inline constexpr Column freq_mhz{"freq_mhz", OFTReal};
inline constexpr Column arfcn{"arfcn", OFTReal};
inline constexpr Column pci{"pci", OFTInteger};
inline constexpr Column operator_name{"operator", OFTString};
inline constexpr Column serving_site_id{"serving_site_id", OFTString};
inline constexpr Column serving_lon{"serving_lon", OFTReal};
inline constexpr Column serving_lat{"serving_lat", OFTReal};
inline constexpr Column columns[] = {
    rsrp_dbm, rsrq_db, sinr_db,       throughput_mbps, time,        technology, freq_mhz,
    arfcn,    pci,     operator_name, serving_site_id, serving_lon, serving_lat};
inline constexpr TableSpec spec{"measurements", wkbPoint, columns, false};
}  // namespace measurements

}  // namespace covplan::gis::tables
