#pragma once
// A thin writer over one new OGR layer made from its TableSpec, then feature by
// feature; the first failure is kept in a caller-owned error string.

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <functional>
#include <memory>
#include <string>

#include "gis/table_spec.h"

namespace covplan::gis {

class LayerWriter {
  public:
    //! Creates the table of `spec` (named `name` when given: one spec can serve several
    //! tables, e.g. sites and proposed_sites).
    LayerWriter(GDALDataset& ds, const TableSpec& spec, const OGRSpatialReference* srs,
                std::string& error, const char* name = nullptr)
        : m_error(error) {
        if (!name) name = spec.name;
        CPLStringList opts;
        const OGRwkbGeometryType type = spec.geometry;
        if (type != wkbNone) opts.SetNameValue("SPATIAL_INDEX", spec.spatial_index ? "YES" : "NO");
        m_layer =
            ds.CreateLayer(name, type == wkbNone ? nullptr : const_cast<OGRSpatialReference*>(srs),
                           type, opts.List());
        if (!m_layer) {
            m_error = std::string("cannot create layer ") + name;
            return;
        }
        for (const Column& c : spec.columns) {
            OGRFieldDefn defn(c.name, c.type);
            if (m_layer->CreateField(&defn) != OGRERR_NONE) {
                m_error = std::string("cannot create field ") + c.name + " of " + name;
                m_layer = nullptr;
                return;
            }
        }
    }
    [[nodiscard]] bool ok() const { return m_layer != nullptr; }

    // Writes one feature; `fill` sets fields on it.
    bool write(std::unique_ptr<OGRGeometry> geometry,
               const std::function<void(OGRFeature&)>& fill) {
        if (!m_layer) return false;
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(m_layer->GetLayerDefn()));
        fill(*f);
        if (geometry) f->SetGeometryDirectly(geometry.release());
        if (m_layer->CreateFeature(f.get()) != OGRERR_NONE) {
            m_error = std::string("cannot write a feature to ") + m_layer->GetName();
            return false;
        }
        return true;
    }

    //! Index of a column of the spec in the features `fill` gets (-1 if absent): setting
    //! by index spares a name lookup per field and feature on million-row layers.
    [[nodiscard]] int index(const Column& column) const {
        return m_layer ? m_layer->GetLayerDefn()->GetFieldIndex(column.name) : -1;
    }

  private:
    OGRLayer* m_layer = nullptr;
    std::string& m_error;
};

}  // namespace covplan::gis
