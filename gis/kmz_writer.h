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
    std::string style;        //!< "site4g", "site5g", "proposed", "gap"
    core::Point location;     //!< working CRS
};

struct KmzDocument {
    std::string title;
    std::vector<KmzOverlay> overlays;
    std::vector<std::pair<std::string, std::vector<KmzPlacemark>>> folders;  //!< name, marks
};

//! Writes doc.kml plus one PNG a overlay into a zip, atomically.
[[nodiscard]] std::expected<void, std::string> write_kmz(const std::string& path,
                                                         const Crs& working_crs,
                                                         const KmzDocument& doc);

}  // namespace covplan::gis
