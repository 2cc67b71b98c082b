#pragma once
// Opening vector files read-only with GDAL, with checks GDAL does not make
// (a Shapefile's .dbf missing is not an error to GDAL, but is to a planner).

#include <gdal_priv.h>

#include <expected>
#include <optional>
#include <string>

namespace covplan::gis {

struct OpenedVector {
    GDALDatasetUniquePtr dataset;
    //! Non-empty: attribute values are still in this encoding (a Shapefile opened with
    //! an explicit encoding); the caller recodes them with recode_to_utf8.
    std::string recode_values_from;
    //! What was done to the text, for the user (e.g. a CSV that is not UTF-8).
    std::string note;
};

//! Opens a vector dataset read-only. A non-empty `encoding` turns off GDAL's own
//! recoding of Shapefile text (see recode_values_from). A delimited text file
//! (.csv, .tsv, .txt) is read as UTF-8 after recoding it whole from `encoding`, or,
//! when none is given and it is not valid UTF-8, from Windows-1258 (what Excel on a
//! Vietnamese Windows saves): headers and values alike.
//! The iconv name of an encoding as users write it ("TCVN3" is iconv's "TCVN5712-1");
//! an error for one iconv does not know (VNI is a font encoding, not a charset).
[[nodiscard]] std::expected<std::string, std::string> iconv_encoding(const std::string& name);

[[nodiscard]] std::expected<OpenedVector, std::string> open_vector_read(
    const std::string& path, const std::string& encoding);

//! `text` from `encoding` (iconv name, e.g. "CP1258") to UTF-8. Windows-1258 is
//! stateful in glibc's iconv (a base letter waits for a combining tone mark), and
//! GDAL's CPLRecode does not flush it, losing the last character; this does.
[[nodiscard]] std::string recode_to_utf8(const std::string& text, const std::string& encoding);

//! Why a Shapefile `path` has no CRS although a .prj lies beside it ("its .prj
//! ('GARBAGE…') is not a coordinate reference system PROJ knows"), or nothing when
//! there is no .prj (or `path` is no Shapefile).
[[nodiscard]] std::optional<std::string> unreadable_prj(const std::string& path);

}  // namespace covplan::gis
