#pragma once
// Opening vector files read-only with GDAL, with checks GDAL does not make
// (a Shapefile's .dbf missing is not an error to GDAL, but is to a planner).

#include <gdal_priv.h>

#include <expected>
#include <string>

namespace covplan::gis {

//! Opens a vector dataset read-only. A non-empty `encoding` turns off GDAL's own
//! recoding of Shapefile text; the caller then recodes values with recode_to_utf8.
[[nodiscard]] std::expected<GDALDatasetUniquePtr, std::string> open_vector_read(
    const std::string& path, const std::string& encoding);

//! `text` from `encoding` (iconv name, e.g. "CP1258") to UTF-8. Windows-1258 is
//! stateful in glibc's iconv (a base letter waits for a combining tone mark), and
//! GDAL's CPLRecode does not flush it, losing the last character; this does.
[[nodiscard]] std::string recode_to_utf8(const std::string& text, const std::string& encoding);

}  // namespace covplan::gis
