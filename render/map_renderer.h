#pragma once
// The one map renderer: draws a plan (layers, coverage, symbols, scale bar, north
// arrow) with QPainter into any QPaintDevice. The desktop app's canvas and the
// exported maps use it; it needs Qt Gui only, so it runs headless and off the GUI
// thread (QImage targets).

#include <QColor>
#include <QImage>
#include <QPainter>

#include "core/analysis/coverage_maps.h"
#include "core/analysis/priority_places.h"
#include "gis/project.h"
#include "render/map_view.h"

namespace covplan::render {

enum class CoverageLayer { None, Rsrp4G, Rsrp5G, BestServer5G };

struct LayerVisibility {
    bool ward = true, hamlets = true, hamlet_labels = true, roads = true, waterways = true,
         fiber = true, poi = true, sites = true, priority_gaps = true;
    CoverageLayer coverage = CoverageLayer::Rsrp5G;
    double coverage_opacity = 0.65;
};

//! Colour of an RSRP value (dBm) relative to the layer's threshold; transparent below it - 15 dB.
[[nodiscard]] QColor rsrp_colour(double rsrp_dbm, double threshold_dbm);

//! One legend entry: a colour and its text (already translated by the caller).
struct LegendEntry {
    QColor colour;
    QString text;
    bool line = false;
};
[[nodiscard]] std::vector<LegendEntry> rsrp_legend(double threshold_dbm);

//! The coverage raster as an image on the grid (one pixel per grid pixel), to be
//! drawn scaled; built once per coverage update, not per frame.
[[nodiscard]] QImage coverage_image(const core::CoverageMaps& maps, CoverageLayer layer,
                                    double threshold_dbm);

//! A basemap image and where its corners lie in the working CRS (nw, ne, se, sw):
//! tiles in Web Mercator are drawn warped onto the plan's projected map.
struct BasemapTile {
    QImage image;
    core::Point corners[4];
};

struct RenderInput {
    const gis::Project* project = nullptr;
    const QImage* coverage = nullptr;  //!< from coverage_image(); may be null
    core::GridSpec coverage_grid;      //!< where that image lies
    LayerVisibility visibility;
    int selected_site = -1;  //!< index into project->layers.sites
    //! Analysis results: places without 5G are highlighted (may be null).
    const std::vector<core::PriorityPlace>* places = nullptr;
    std::vector<BasemapTile> basemap;  //!< drawn first, under everything
    QString attribution;               //!< shown bottom right when a basemap is drawn
};

//! Draws into `painter` (sized like `view.size`).
void render_map(QPainter& painter, const RenderInput& input, const MapView& view);
//! Convenience: a new ARGB image.
[[nodiscard]] QImage render_map_image(const RenderInput& input, const MapView& view);

}  // namespace covplan::render
