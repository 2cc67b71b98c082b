#include "gis/vector_dataset.h"

#include <ogrsf_frmts.h>

#include "core/role_guess.h"
#include "gis/field_names.h"
#include "gis/gdal_errors.h"
#include "gis/ogr_geometry.h"
#include "gis/ogr_layer_util.h"
#include "gis/ogr_open.h"

namespace covplan::gis {

std::expected<VectorDatasetInfo, std::string> inspect_vector_dataset(const std::string& path,
                                                                     const std::string& encoding,
                                                                     bool exact_counts) {
    auto opened = open_vector_read(path, encoding);
    if (!opened) return std::unexpected(opened.error());
    // GDAL's remarks while the layers are looked at are the trial import's to report,
    // located; not raw lines on stderr.
    ScopedGdalErrors quiet;
    GDALDataset& ds = *opened->dataset;
    VectorDatasetInfo info;
    info.path = path;
    info.driver = ds.GetDriver() ? ds.GetDriver()->GetDescription() : "";
    info.text_note = opened->note;
    for (OGRLayer* layer : ds.GetLayers()) {
        VectorLayerInfo li;
        li.name = layer->GetName();
        const OGRwkbGeometryType gt = layer->GetGeomType();
        li.geometry_type = OGRGeometryTypeToName(gt);
        li.geometry = geometry_kind_of(gt);
        if (!li.geometry && gt != wkbNone) li.geometry = sniff_geometry_kind(*layer);
        // Counting a CSV means parsing all of it; a caller that only wants names, CRS and
        // extent (choosing a working CRS) takes GDAL's cheap count, -1 if it has none.
        li.feature_count = layer->GetFeatureCount(exact_counts ? TRUE : FALSE);
        const auto written = written_field_names(path, layer_field_names(*layer));
        li.fields = as_written(written, layer_field_names(*layer));
        li.crs = layer_crs(*layer);
        OGREnvelope env;
        if (gt != wkbNone && layer->GetExtent(&env, TRUE) == OGRERR_NONE) {
            li.extent.include(env.MinX, env.MinY);
            li.extent.include(env.MaxX, env.MaxY);
        }
        const std::vector<std::string> filled = as_written(written, non_empty_field_names(*layer));
        li.guessed_role = core::guess_role(li.name, li.geometry, filled);
        if (li.guessed_role)
            li.guessed_mapping = core::guess_field_mapping(*li.guessed_role, filled);
        info.layers.push_back(std::move(li));
    }
    return info;
}

}  // namespace covplan::gis
