#pragma once
// Opening vector files read-only with GDAL, with checks GDAL does not make
// (a Shapefile's .dbf missing is not an error to GDAL, but is to a planner).

#include <expected>
#include <string>

#include <gdal_priv.h>

namespace covplan::gis {

//! Opens a vector dataset read-only. `encoding` sets the Shapefile ENCODING open option.
[[nodiscard]] std::expected<GDALDatasetUniquePtr, std::string> open_vector_read(
    const std::string& path, const std::string& encoding);

}  // namespace covplan::gis
