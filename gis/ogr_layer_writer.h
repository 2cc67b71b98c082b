#pragma once
// A thin writer over one new OGR layer: fields declared once, then feature by
// feature; the first failure is kept in a caller-owned error string.

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <functional>
#include <initializer_list>
#include <memory>
#include <string>

namespace covplan::gis {

struct FieldDef {
    const char* name;
    OGRFieldType type;
};

class LayerWriter {
  public:
    LayerWriter(GDALDataset& ds, const char* name, OGRwkbGeometryType type,
                const OGRSpatialReference* srs, std::initializer_list<FieldDef> fields,
                std::string& error)
        : m_error(error) {
        CPLStringList opts;
        if (type != wkbNone) opts.SetNameValue("SPATIAL_INDEX", "YES");
        m_layer =
            ds.CreateLayer(name, type == wkbNone ? nullptr : const_cast<OGRSpatialReference*>(srs),
                           type, opts.List());
        if (!m_layer) {
            m_error = std::string("cannot create layer ") + name;
            return;
        }
        for (const FieldDef& f : fields) {
            OGRFieldDefn defn(f.name, f.type);
            if (m_layer->CreateField(&defn) != OGRERR_NONE) {
                m_error = std::string("cannot create field ") + f.name;
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

  private:
    OGRLayer* m_layer = nullptr;
    std::string& m_error;
};

}  // namespace covplan::gis
