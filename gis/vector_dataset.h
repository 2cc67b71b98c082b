#pragma once
// What a vector file holds, before anything is imported: layers, their geometry,
// CRS, fields, and covplan's guess of each layer's role and field mapping.

#include <expected>
#include <optional>
#include <string>
#include <vector>

#include "core/field_mapping.h"
#include "core/geometry.h"
#include "core/layer_role.h"
#include "gis/crs.h"

namespace covplan::gis {

struct VectorLayerInfo {
    std::string name;
    std::string geometry_type;                   //!< OGR name, e.g. "Multi Polygon", "None"
    std::optional<core::GeometryKind> geometry;  //!< nullopt for attribute-only tables
    long long feature_count = 0;
    std::vector<std::string> fields;
    std::optional<Crs> crs;  //!< nullopt: the file declares none
    core::Extent extent;     //!< in the layer's own CRS
    std::optional<core::LayerRole> guessed_role;
    core::FieldMapping guessed_mapping;  //!< for guessed_role
};

struct VectorDatasetInfo {
    std::string path;
    std::string driver;  //!< GDAL short name, e.g. "ESRI Shapefile", "GPKG", "CSV"
    std::vector<VectorLayerInfo> layers;
    std::string text_note;  //!< e.g. "the file is not UTF-8: read as Windows-1258 ..."
};

//! Opens `path` read-only with GDAL/OGR. `encoding` overrides the text encoding
//! (Shapefile ENCODING open option), e.g. "CP1258". Errors name the file.
[[nodiscard]] std::expected<VectorDatasetInfo, std::string> inspect_vector_dataset(
    const std::string& path, const std::string& encoding = {}, bool exact_counts = true);

}  // namespace covplan::gis
