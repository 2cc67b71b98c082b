#pragma once
// A GeoPackage table described once: its name, geometry and columns. The writer
// creates the table from the spec and fills columns through it; the reader finds
// columns through the same spec and reports what a file edited elsewhere lacks.
// (In the spirit of QGIS's QgsFields handed to both QgsVectorFileWriter and the
// provider: one list of fields, not two lists of string literals.)

#include <ogrsf_frmts.h>

#include <span>
#include <string>
#include <vector>

namespace covplan::gis {

struct Column {
    const char* name;
    OGRFieldType type;
};

struct TableSpec {
    const char* name;
    OGRwkbGeometryType geometry;  //!< wkbNone for an attribute table
    std::span<const Column> columns;
    //! An R-tree for the layer. Off for layers read whole and never queried by area
    //! (a million drive-test samples: the index costs most of the write).
    bool spatial_index = true;
};

//! Columns of `spec` that `layer` lacks or holds with another type, as
//! "column 'x' is missing" / "column 'x' is Integer, expected Real". Integer and
//! Integer64 count as one type; so do Real and Integer(64) where Real is expected.
[[nodiscard]] std::vector<std::string> table_mismatches(OGRLayer& layer, const TableSpec& spec);

//! The field of `column` in `f` (which must come from a table of the spec), or a
//! default when the column is absent (a file from an older covplan).
[[nodiscard]] std::string text_of(const OGRFeature& f, const Column& column);
[[nodiscard]] double real_of(const OGRFeature& f, const Column& column, double fallback = 0.0);
[[nodiscard]] int integer_of(const OGRFeature& f, const Column& column, int fallback = 0);

}  // namespace covplan::gis
