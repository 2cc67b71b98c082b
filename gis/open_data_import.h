#pragma once
// Open data planners already have, read into a plan's layers without a field mapping
// (their schemas are fixed):
//  - OpenStreetMap extracts (.osm, .osm.pbf, GDAL's OSM driver): priority places from
//    amenity / shop / office tags, roads from highway=*, waterways from waterway=*,
//    read from the driver's columns and from its `other_tags` hstore text alike;
//  - OpenCelliD cell exports (radio,mcc,net,area,cell,unit,lon,lat,range,samples,...):
//    LTE and NR cells grouped into sites (LTE by eNodeB id, NR by position), the
//    operator named from MCC/MNC, positions flagged as OpenCelliD's estimates.
// import_layer hands such files here, so `covplan import` and the app read them alike.

#include <expected>
#include <string>
#include <vector>

#include "core/issue.h"
#include "gis/layer_import.h"

namespace covplan::gis {

[[nodiscard]] bool is_osm_extract(const std::string& path);

[[nodiscard]] std::expected<LayerImportResult, std::vector<core::Issue>> import_osm(
    const LayerImportOptions& options, const Crs& working_crs);

//! The columns of an OpenCelliD export (radio, mcc, net, area, cell, lon, lat).
[[nodiscard]] bool is_opencellid_table(const std::vector<std::string>& fields);

[[nodiscard]] std::expected<LayerImportResult, std::vector<core::Issue>> import_opencellid(
    const LayerImportOptions& options, const Crs& working_crs);

//! "Viettel" for 452/04; "MCC 311 / MNC 480" for a network not in the table.
[[nodiscard]] std::string operator_of(int mcc, int mnc);

}  // namespace covplan::gis
