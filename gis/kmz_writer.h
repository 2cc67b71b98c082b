#pragma once
// KMZ for Google Earth: coverage rasters as ground overlays (warped to WGS 84) and
// sites / gaps as styled placemarks with descriptions. The caller colours the rasters
// (the renderer owns the palette); this file owns georeferencing and packaging.

#include <cstdint>
#include <expected>
#include <string>
#include <vector>

#include "core/geometry.h"
#include "core/grid.h"
#include "gis/crs.h"

namespace covplan::gis {

struct KmzOverlay {
    std::string name;
    std::vector<std::uint8_t> rgba;  //!< grid.cols x grid.rows, row 0 north, 4 bytes a pixel
    core::GridSpec grid;             //!< in the working CRS
    bool visible = true;
};

struct KmzPlacemark {
    std::string name;
    std::string description;  //!< plain text; escaped here
    std::string style;        //!< "site4g", "site5g", "proposed4g", "proposed5g", "gap"
    core::Point location;     //!< working CRS
};

//! A placemark style with its own icon (the map's symbol, so Google Earth shows what
//! the legend and the PDF show); a placemark whose style has none gets a stock icon.
struct KmzIcon {
    std::string style;              //!< the KmzPlacemark::style it serves
    std::vector<std::uint8_t> png;  //!< the icon image
    double scale = 1.0;
};

//! A line or outline style: colour as KML writes it (aabbggrr), width in pixels.
struct KmzLineStyle {
    std::string style;
    std::string colour_abgr;
    double width_px = 2.0;
};

//! A boundary (polygon outline, not filled) or a route, in the working CRS.
struct KmzShape {
    std::string name;
    std::string description;
    std::string style;  //!< a KmzLineStyle's id
    core::MultiPolygon area;
    core::MultiLineString path;
};

struct KmzDocument {
    std::string title;
    std::vector<KmzOverlay> overlays;
    std::vector<std::pair<std::string, std::vector<KmzShape>>> shape_folders;  //!< name, shapes
    std::vector<std::pair<std::string, std::vector<KmzPlacemark>>> folders;    //!< name, marks
    std::vector<KmzIcon> icons;
    std::vector<KmzLineStyle> line_styles;
    //! A legend image pinned to the screen's lower left (ScreenOverlay); none if empty.
    std::vector<std::uint8_t> legend_png;
    std::string legend_name;
};

//! Writes doc.kml plus one PNG a overlay into a zip, atomically.
[[nodiscard]] std::expected<void, std::string> write_kmz(const std::string& path,
                                                         const Crs& working_crs,
                                                         const KmzDocument& doc);

}  // namespace covplan::gis
