#include "gis/ogr_layer_util.h"

#include "gis/ogr_geometry.h"

namespace covplan::gis {

std::vector<std::string> layer_field_names(OGRLayer& layer) {
    std::vector<std::string> names;
    const OGRFeatureDefn* defn = layer.GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        names.emplace_back(defn->GetFieldDefn(i)->GetNameRef());
    return names;
}

std::vector<std::string> non_empty_field_names(OGRLayer& layer) {
    const OGRFeatureDefn* defn = layer.GetLayerDefn();
    std::vector<bool> filled(static_cast<std::size_t>(defn->GetFieldCount()), false);
    std::size_t missing = filled.size();
    layer.ResetReading();
    // Stops as soon as every column has shown a value: a million-row drive test is
    // decided by its first row, a sparse column is still looked for to the end.
    for (auto& f : layer) {
        for (int i = 0; i < defn->GetFieldCount(); ++i)
            if (!filled[i] && f->IsFieldSetAndNotNull(i) && *f->GetFieldAsString(i) != '\0') {
                filled[i] = true;
                --missing;
            }
        if (missing == 0) break;
    }
    layer.ResetReading();
    std::vector<std::string> names;
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        if (filled[i]) names.emplace_back(defn->GetFieldDefn(i)->GetNameRef());
    return names;
}

std::optional<Crs> layer_crs(OGRLayer& layer) {
    const OGRSpatialReference* srs = layer.GetSpatialRef();
    if (!srs) return std::nullopt;
    const char* opts[] = {"FORMAT=WKT2_2019", nullptr};
    char* wkt = nullptr;
    if (srs->exportToWkt(&wkt, opts) != OGRERR_NONE || !wkt) {
        CPLFree(wkt);
        return std::nullopt;
    }
    auto crs = Crs::from_user_input(wkt);
    CPLFree(wkt);
    if (!crs) return std::nullopt;
    return *crs;
}

std::optional<core::GeometryKind> sniff_geometry_kind(OGRLayer& layer) {
    layer.ResetReading();
    std::optional<core::GeometryKind> kind;
    for (int n = 0; n < 16; ++n) {
        OGRFeatureUniquePtr f(layer.GetNextFeature());
        if (!f) break;
        if (const OGRGeometry* g = f->GetGeometryRef()) {
            kind = geometry_kind_of(g->getGeometryType());
            if (kind) break;
        }
    }
    layer.ResetReading();
    return kind;
}

}  // namespace covplan::gis
