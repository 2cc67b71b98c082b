#pragma once
// The one map renderer: draws a plan (layers, coverage, symbols, scale bar, north
// arrow) with QPainter into any QPaintDevice. The desktop app's canvas and the
// exported maps use it; it needs Qt Gui only, so it runs headless and off the GUI
// thread (QImage targets).

#include <QColor>
#include <QImage>
#include <QPainter>

#include "core/analysis/colocation.h"
#include "core/analysis/coverage_maps.h"
#include "core/analysis/priority_places.h"
#include "core/map_style.h"
#include "core/measure/validation.h"
#include "gis/project.h"
#include "render/map_view.h"

namespace covplan::render {

//! One legend entry: a colour and its text (already translated by the caller).
struct LegendEntry {
    QColor colour;
    QString text;
    bool line = false;
};

enum class CoverageLayer {
    None,
    Rsrp4G,
    Rsrp5G,
    BestServer5G,
    Sinr4G,
    Sinr5G,
    Throughput,
    ServiceClass  //!< none / 4G only / 5G only / both, at the project's thresholds
};

//! Which coverage raster the map shows and how opaque it is; the vector layers'
//! order, visibility and symbols come from the project's core::MapStyle.
struct CoverageDisplay {
    CoverageLayer coverage = CoverageLayer::Rsrp5G;
    double coverage_opacity = 0.65;
    //! Printed sheets: coverage only inside the ward, so the computed grid's edge
    //! never shows as a rectangle inside the map frame, whatever the frame's shape.
    bool clip_to_ward = false;
};

//! The map's paper colour, under every layer.
inline const QColor kMapBackground(250, 250, 247);
//! `colour` as it appears on the map when drawn at `opacity` over the background:
//! legend swatches use it so that a reader matching colours finds the right class.
[[nodiscard]] QColor as_drawn(const QColor& colour, double opacity);

//! The service a place gets, by the best server's RSRP against each threshold.
enum class ServiceClass { None, Only4G, Only5G, Both };
[[nodiscard]] QColor service_class_colour(ServiceClass c);
//! The classes in legend order with their names in English or Vietnamese.
[[nodiscard]] std::vector<LegendEntry> service_class_legend(bool vietnamese);

//! Colour of an RSRP value (dBm) relative to the layer's threshold; transparent below it - 15 dB.
[[nodiscard]] QColor rsrp_colour(double rsrp_dbm, double threshold_dbm);

[[nodiscard]] std::vector<LegendEntry> rsrp_legend(double threshold_dbm);
//! SINR (dB) classes: the usual drive-test bands (< 0 poor … ≥ 20 excellent).
[[nodiscard]] QColor sinr_colour(double sinr_db);
[[nodiscard]] std::vector<LegendEntry> sinr_legend();
//! Downlink throughput (Mbit/s) classes, up to the plan's 1 Gbit/s ambition.
[[nodiscard]] QColor throughput_colour(double mbps);
[[nodiscard]] std::vector<LegendEntry> throughput_legend();

//! The coverage raster as an image on the grid (one pixel per grid pixel), to be
//! drawn scaled; built once per coverage update, not per frame.
//! `threshold_dbm`: the layer's RSRP threshold; ServiceClass uses `threshold_4g_dbm`
//! for 4G and `threshold_dbm` for 5G.
[[nodiscard]] QImage coverage_image(const core::CoverageMaps& maps, CoverageLayer layer,
                                    double threshold_dbm, double threshold_4g_dbm = -105.0);

//! A basemap image and where its corners lie in the working CRS (nw, ne, se, sw):
//! tiles in Web Mercator are drawn warped onto the plan's projected map.
struct BasemapTile {
    QImage image;
    core::Point corners[4];
};

//! A local raster basemap (orthophoto) resampled onto a north-up grid of the
//! working CRS: one image pixel per grid pixel.
struct RasterBasemap {
    QImage image;
    core::Extent extent;  //!< working CRS, outer edges of the image
    double opacity = 1.0;
};

struct RenderInput {
    const gis::Project* project = nullptr;  //!< its style orders and symbolises the layers
    const QImage* coverage = nullptr;       //!< from coverage_image(); may be null
    core::GridSpec coverage_grid;           //!< where that image lies
    CoverageDisplay display;
    int selected_site = -1;  //!< index into project->layers.sites
    //! Analysis results: places without 5G are highlighted (may be null).
    const std::vector<core::PriorityPlace>* places = nullptr;
    //! Ranked 5G upgrades of existing towers (may be null).
    const std::vector<core::TowerUpgrade>* upgrades = nullptr;
    //! Predicted against measured at the project's samples (a validation; may be null).
    const core::ValidationResult* residuals = nullptr;
    //! Candidate towers listed in the co-location panel, numbered in list order
    //! (drawn on top so that the list and the map can be read together).
    std::vector<core::Point> candidates;
    std::vector<BasemapTile> basemap;    //!< drawn first, under everything
    std::vector<RasterBasemap> rasters;  //!< local basemaps, above the tiles
    QString attribution;                 //!< shown bottom right when a basemap is drawn
    //! Multiplies line widths, symbol and label sizes (1 = screen at 96 dpi); exports
    //! at higher resolution keep the screen's proportions with it.
    double scale = 1.0;
};

//! The project's basemap rasters read over `area` (at most `max_px` on a side);
//! rasters that cannot be read are skipped and their errors returned in `errors`.
[[nodiscard]] std::vector<RasterBasemap> load_raster_basemaps(
    const gis::Project& project, const core::Extent& area, int max_px,
    std::vector<std::string>* errors = nullptr);

//! Draws the symbol of layer `id` (with `variant`: a category from legend_variants())
//! centred in `box`: the layers panel's icons and the report's legend use it, so the
//! legend always matches the map.
void draw_legend_symbol(QPainter& painter, const QRectF& box, core::MapLayerId id,
                        const core::LayerStyle& style, std::string_view variant = {},
                        double scale = 1.0);
//! The categories a layer is drawn with ("4g", "5g", "proposed"; "major", "minor";
//! POI category slugs); one empty entry for single-symbol layers.
[[nodiscard]] std::vector<std::string> legend_variants(core::MapLayerId id,
                                                       const core::PlanLayers* plan = nullptr);

//! Draws into `painter` (sized like `view.size`).
void render_map(QPainter& painter, const RenderInput& input, const MapView& view);
//! Convenience: a new ARGB image at `dpi` (sets the size of text given in points).
[[nodiscard]] QImage render_map_image(const RenderInput& input, const MapView& view,
                                      double dpi = 96.0);

}  // namespace covplan::render
