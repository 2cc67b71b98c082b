#pragma once
// A plan as the user works on it: its layers in the working CRS, the rasters it
// references, its settings and targets, and where each layer came from.

#include <string>
#include <vector>

#include "core/analysis/kpi_snapshot.h"
#include "core/layer_role.h"
#include "core/map_style.h"
#include "core/plan_layers.h"
#include "core/plan_settings.h"
#include "core/propagation/model_calibration.h"
#include "gis/crs.h"
#include "gis/raster_io.h"
#include "gis/vn2000_zones.h"

namespace covplan::gis {

//! Provenance of an imported layer (the features themselves live in the project).
struct LayerSource {
    core::LayerRole role = core::LayerRole::Sites;
    std::string path;        //!< as given at import
    std::string layer;       //!< layer inside that file
    std::string mapping;     //!< core::mapping_to_string of the mapping used
    std::string source_crs;  //!< description of the source CRS
};

//! Dem and LandUse feed the model and Population (people per pixel, WorldPop /
//! GHSL style) the residents, one each; Basemap rasters (orthophotos, scanned plans)
//! are only drawn under the map, and a plan may have several.
enum class RasterKind { Dem, LandUse, Basemap, Population };

//! A raster the project references (not copied: DEMs can be large).
struct RasterSource {
    RasterKind kind = RasterKind::Dem;
    std::string path;          //!< absolute in memory; stored relative to the project file
    std::string assigned_crs;  //!< user-assigned CRS for rasters without one; empty = declared
};

//! A land-use (clutter) class: its legend and the extra path loss a receiver in it sees.
struct LandUseClass {
    ClassEntry legend;         //!< value, colour, name
    double extra_loss_db = 0;  //!< added to the path loss of every cell at such pixels
    //! Relative density of residents (settlement 1, paddy ~0): spreads hamlet
    //! populations over the grid. All 0 = uniform spreading.
    double population_weight = 0;
};

struct Project {
    std::string title;
    Crs working_crs;
    core::PlanSettings settings;
    core::PlanLayers layers;
    std::vector<LayerSource> sources;
    std::vector<RasterSource> rasters;
    //! Classes of the land-use raster: legend and clutter loss.
    std::vector<LandUseClass> landuse_classes;
    //! Dated KPI values (`covplan snapshot`), oldest first.
    std::vector<core::KpiSnapshot> snapshots;
    //! Layer order, visibility and symbols of the map (screen, report, PNG, KMZ).
    core::MapStyle style = core::MapStyle::defaults();
    //! The model fitted to the project's measurements (`covplan calibrate`); empty = none.
    //! coverage_options() applies it, so every job computes with it.
    core::ModelCalibration calibration;

    [[nodiscard]] const RasterSource* raster(RasterKind kind) const {
        for (const RasterSource& r : rasters)
            if (r.kind == kind) return &r;
        return nullptr;
    }
};

[[nodiscard]] const char* raster_kind_name(
    RasterKind kind);  // "dem", "landuse", "basemap", "population"
[[nodiscard]] std::vector<ClassEntry> landuse_legend(const Project& project);
//! The plan as it is on air: proposed sites left out. Yearly progress (snapshots,
//! the report's progress section) is measured on it, so planned sites never count
//! as achieved.
[[nodiscard]] Project on_air(const Project& project);
[[nodiscard]] bool has_proposals(const Project& project);

//! Working CRS chosen automatically. In Vietnam the national system, VN-2000, in the
//! TM-3 zone of vn2000_zone_for(); elsewhere the WGS 84 UTM zone of the extent's
//! centre. `extent` is in `extent_crs`; `local_crs` is the project's setting of that
//! name ("vn2000-tm3:cantho").
[[nodiscard]] std::expected<Crs, std::string> automatic_working_crs(
    const core::Extent& extent, const Crs& extent_crs,
    std::string_view local_crs = "vn2000-tm3:cantho");
//! The VN-2000 TM-3 zone for a plan centred at lon/lat: none outside Vietnam; the
//! province zone `local_crs` names when the centre lies within 1.5° of its meridian,
//! else the province zone with the nearest meridian.
[[nodiscard]] std::optional<Vn2000Zone> vn2000_zone_for(double lon_deg, double lat_deg,
                                                        std::string_view local_crs);

}  // namespace covplan::gis
