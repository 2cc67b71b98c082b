#include "gis/project_file.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <functional>

#include "core/feedback.h"
#include "core/field_mapping.h"
#include "gis/atomic_file.h"
#include "gis/crs_transform.h"
#include "gis/gdal_errors.h"
#include "gis/kpi_tables.h"
#include "gis/layer_import.h"
#include "gis/ogr_geometry.h"
#include "gis/ogr_layer_util.h"
#include "gis/ogr_layer_writer.h"

namespace covplan::gis {
namespace fs = std::filesystem;
using core::Issue;
using core::LayerRole;
using core::Severity;

namespace {

constexpr const char* kMetaTable = "covplan_meta";
constexpr const char* kSettingsTable = "covplan_settings";
constexpr const char* kSourcesTable = "covplan_sources";
constexpr const char* kRastersTable = "covplan_rasters";
constexpr const char* kClassesTable = "covplan_landuse_classes";
constexpr const char* kSnapshotsTable = "covplan_kpi_snapshots";
constexpr const char* kStylesTable = "covplan_styles";

std::string join_azimuths(const std::vector<double>& az) {
    std::string out;
    char buf[32];
    for (double a : az) {
        std::snprintf(buf, sizeof buf, "%g", a);
        out += (out.empty() ? "" : ";") + std::string(buf);
    }
    return out;
}

bool canceled(core::Feedback* fb) { return fb && fb->is_canceled(); }

std::string relative_to(const std::string& path, const fs::path& base_dir) {
    std::error_code ec;
    fs::path rel = fs::relative(fs::absolute(path, ec), fs::absolute(base_dir, ec), ec);
    if (ec || rel.empty()) return path;
    return rel.generic_string();
}

std::expected<void, std::string> write_all(const Project& p, GDALDataset& ds,
                                           const fs::path& project_dir, core::Feedback* fb) {
    OGRSpatialReference srs;
    if (srs.SetFromUserInput(p.working_crs.wkt().c_str()) != OGRERR_NONE)
        return std::unexpected(std::string("the working CRS cannot be written"));
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::string error;
    auto check = [&](bool ok) -> std::expected<void, std::string> {
        if (canceled(fb)) return std::unexpected(std::string("save canceled"));
        if (!ok) return std::unexpected(error.empty() ? std::string("write failed") : error);
        return {};
    };

    {
        LayerWriter meta(ds, kMetaTable, wkbNone, nullptr,
                         {{"key", OFTString}, {"value", OFTString}}, error);
        for (auto [k, v] : {std::pair<std::string, std::string>{"format", "covplan"},
                            {"format_version", std::to_string(kProjectFormatVersion)},
                            {"title", p.title},
                            {"working_crs", p.working_crs.wkt()}})
            if (auto r = check(meta.write(nullptr,
                                          [&](OGRFeature& f) {
                                              f.SetField("key", k.c_str());
                                              f.SetField("value", v.c_str());
                                          }));
                !r)
                return r;
        LayerWriter settings(ds, kSettingsTable, wkbNone, nullptr,
                             {{"key", OFTString}, {"value", OFTString}}, error);
        for (const auto& [k, v] : core::settings_to_key_values(p.settings))
            if (auto r = check(settings.write(nullptr,
                                              [&](OGRFeature& f) {
                                                  f.SetField("key", k.c_str());
                                                  f.SetField("value", v.c_str());
                                              }));
                !r)
                return r;
        LayerWriter sources(ds, kSourcesTable, wkbNone, nullptr,
                            {{"role", OFTString},
                             {"path", OFTString},
                             {"layer", OFTString},
                             {"mapping", OFTString},
                             {"source_crs", OFTString}},
                            error);
        for (const LayerSource& s : p.sources)
            if (auto r = check(sources.write(
                    nullptr,
                    [&](OGRFeature& f) {
                        f.SetField("role", std::string(core::role_name(s.role)).c_str());
                        f.SetField("path", s.path.c_str());
                        f.SetField("layer", s.layer.c_str());
                        f.SetField("mapping", s.mapping.c_str());
                        f.SetField("source_crs", s.source_crs.c_str());
                    }));
                !r)
                return r;
        LayerWriter rasters(ds, kRastersTable, wkbNone, nullptr,
                            {{"kind", OFTString}, {"path", OFTString}, {"assigned_crs", OFTString}},
                            error);
        for (const RasterSource& r : p.rasters)
            if (auto res = check(
                    rasters.write(nullptr,
                                  [&](OGRFeature& f) {
                                      f.SetField("kind", raster_kind_name(r.kind));
                                      f.SetField("path", relative_to(r.path, project_dir).c_str());
                                      f.SetField("assigned_crs", r.assigned_crs.c_str());
                                  }));
                !res)
                return res;
        LayerWriter classes(ds, kClassesTable, wkbNone, nullptr,
                            {{"value", OFTInteger},
                             {"name", OFTString},
                             {"colour", OFTString},
                             {"extra_loss_db", OFTReal},
                             {"population_weight", OFTReal}},
                            error);
        for (const LandUseClass& lc : p.landuse_classes) {
            const ClassEntry& c = lc.legend;
            if (auto r = check(classes.write(
                    nullptr,
                    [&](OGRFeature& f) {
                        char colour[8];
                        std::snprintf(colour, sizeof colour, "#%02x%02x%02x", c.r, c.g, c.b);
                        f.SetField("value", c.value);
                        f.SetField("name", c.label.c_str());
                        f.SetField("colour", colour);
                        f.SetField("extra_loss_db", lc.extra_loss_db);
                        f.SetField("population_weight", lc.population_weight);
                    }));
                !r)
                return r;
        }
        if (auto r = write_kpi_snapshots(ds, kSnapshotsTable, p.snapshots); !r) return r;
        LayerWriter styles(ds, kStylesTable, wkbNone, nullptr,
                           {{"layer", OFTString},
                            {"position", OFTInteger},
                            {"visible", OFTInteger},
                            {"colour", OFTString},
                            {"width_px", OFTReal},
                            {"symbol_px", OFTReal},
                            {"label_field", OFTString}},
                           error);
        for (std::size_t i = 0; i < p.style.layers.size(); ++i) {
            const core::StyledLayer& l = p.style.layers[i];
            if (auto r = check(styles.write(
                    nullptr,
                    [&](OGRFeature& f) {
                        f.SetField("layer", std::string(core::map_layer_key(l.id)).c_str());
                        f.SetField("position", static_cast<int>(i));
                        f.SetField("visible", l.style.visible ? 1 : 0);
                        f.SetField("colour", l.style.colour.hex().c_str());
                        f.SetField("width_px", l.style.width_px);
                        f.SetField("symbol_px", l.style.symbol_px);
                        f.SetField("label_field", l.style.label_field.c_str());
                    }));
                !r)
                return r;
        }
    }

    return write_plan_layers(ds, p.layers, srs, fb);
}

// Reads a two-column key/value attribute table.
std::map<std::string, std::string> read_key_values(GDALDataset& ds, const char* table) {
    std::map<std::string, std::string> out;
    OGRLayer* layer = ds.GetLayerByName(table);
    if (!layer) return out;
    for (auto& f : *layer) out[f->GetFieldAsString("key")] = f->GetFieldAsString("value");
    return out;
}

}  // namespace

std::expected<void, std::string> write_sites_layer(GDALDataset& ds, const char* name,
                                                   const std::vector<core::Site>& sites,
                                                   const OGRSpatialReference& srs,
                                                   const std::function<bool()>& after_each) {
    std::string error;
    auto check = [&](bool ok) -> std::expected<void, std::string> {
        if (!ok) return std::unexpected(error.empty() ? std::string("write failed") : error);
        if (after_each && !after_each()) return std::unexpected(std::string("save canceled"));
        return {};
    };
    LayerWriter w(ds, name, wkbPoint, &srs,
                  {{"site_id", OFTString},
                   {"tower_id", OFTString},
                   {"name", OFTString},
                   {"operator", OFTString},
                   {"technology", OFTString},
                   {"band", OFTString},
                   {"freq_mhz", OFTReal},
                   {"bandwidth_mhz", OFTReal},
                   {"height_m", OFTReal},
                   {"azimuths_deg", OFTString},
                   {"mech_tilt_deg", OFTReal},
                   {"elec_tilt_deg", OFTReal},
                   {"power_dbm", OFTReal},
                   {"antenna_model", OFTString},
                   {"feeder_loss_db", OFTReal},
                   {"propagation_model", OFTString},
                   {"status", OFTString}},
                  error);
    for (const core::Site& s : sites) {
        if (auto r =
                check(w.write(to_ogr(s.location),
                              [&](OGRFeature& f) {
                                  f.SetField("site_id", s.site_id.c_str());
                                  f.SetField("tower_id", s.tower_id.c_str());
                                  f.SetField("name", s.name.c_str());
                                  f.SetField("operator", s.operator_name.c_str());
                                  f.SetField("technology", core::technology_name(s.technology));
                                  f.SetField("band", s.band.c_str());
                                  f.SetField("freq_mhz", s.freq_mhz);
                                  f.SetField("bandwidth_mhz", s.bandwidth_mhz);
                                  f.SetField("height_m", s.height_m);
                                  f.SetField("azimuths_deg", join_azimuths(s.azimuths_deg).c_str());
                                  f.SetField("mech_tilt_deg", s.mech_tilt_deg);
                                  f.SetField("elec_tilt_deg", s.elec_tilt_deg);
                                  f.SetField("power_dbm", s.power_dbm);
                                  f.SetField("antenna_model", s.antenna_model.c_str());
                                  f.SetField("feeder_loss_db", s.feeder_loss_db);
                                  f.SetField("propagation_model", s.propagation_model.c_str());
                                  f.SetField("status", core::status_name(s.status));
                              }));
            !r)
            return r;
    }
    if (!w.ok()) return std::unexpected(error);
    return {};
}

std::expected<void, std::string> write_plan_layers(GDALDataset& ds, const core::PlanLayers& L,
                                                   const OGRSpatialReference& srs,
                                                   core::Feedback* fb) {
    std::string error;
    auto check = [&](bool ok) -> std::expected<void, std::string> {
        if (canceled(fb)) return std::unexpected(std::string("save canceled"));
        if (!ok) return std::unexpected(error.empty() ? std::string("write failed") : error);
        return {};
    };
    const double total =
        std::max<std::size_t>(1, L.sites.size() + L.hamlets.size() + L.poi.size() + L.fiber.size() +
                                     L.roads.size() + L.waterways.size());
    std::size_t done = 0;
    auto step = [&] {
        if (fb && ++done % 64 == 0) fb->set_progress(done / total);
    };
    if (!L.ward.empty()) {
        LayerWriter w(ds, "ward", wkbMultiPolygon, &srs,
                      {{"name", OFTString}, {"code", OFTString}, {"population", OFTReal}}, error);
        for (const core::Ward& x : L.ward)
            if (auto r = check(w.write(to_ogr(x.area),
                                       [&](OGRFeature& f) {
                                           f.SetField("name", x.name.c_str());
                                           f.SetField("code", x.code.c_str());
                                           f.SetField("population", x.population);
                                       }));
                !r)
                return r;
    }
    if (!L.hamlets.empty()) {
        LayerWriter w(ds, "hamlets", wkbMultiPolygon, &srs,
                      {{"name", OFTString},
                       {"code", OFTString},
                       {"population", OFTReal},
                       {"households", OFTReal}},
                      error);
        for (const core::Hamlet& x : L.hamlets) {
            if (auto r = check(w.write(to_ogr(x.area),
                                       [&](OGRFeature& f) {
                                           f.SetField("name", x.name.c_str());
                                           f.SetField("code", x.code.c_str());
                                           f.SetField("population", x.population);
                                           f.SetField("households", x.households);
                                       }));
                !r)
                return r;
            step();
        }
    }
    if (!L.sites.empty())
        if (auto r = write_sites_layer(ds, "sites", L.sites, srs,
                                       [&] {
                                           step();
                                           return !canceled(fb);
                                       });
            !r)
            return r;
    if (!L.fiber.empty()) {
        LayerWriter w(ds, "fiber", wkbMultiLineString, &srs,
                      {{"name", OFTString}, {"operator", OFTString}, {"placement", OFTString}},
                      error);
        for (const core::FiberRoute& x : L.fiber) {
            if (auto r = check(w.write(to_ogr(x.path),
                                       [&](OGRFeature& f) {
                                           f.SetField("name", x.name.c_str());
                                           f.SetField("operator", x.operator_name.c_str());
                                           if (x.placement != core::CablePlacement::Unknown)
                                               f.SetField("placement",
                                                          core::placement_name(x.placement));
                                       }));
                !r)
                return r;
            step();
        }
    }
    const bool any_point_poi =
        std::any_of(L.poi.begin(), L.poi.end(), [](auto& x) { return !x.is_area; });
    const bool any_area_poi =
        std::any_of(L.poi.begin(), L.poi.end(), [](auto& x) { return x.is_area; });
    for (bool areas : {false, true}) {
        if (areas ? !any_area_poi : !any_point_poi) continue;
        LayerWriter w(
            ds, areas ? "poi_areas" : "poi", areas ? wkbMultiPolygon : wkbPoint, &srs,
            {{"name", OFTString}, {"category", OFTString}, {"category_source", OFTString}}, error);
        for (const core::Poi& x : L.poi) {
            if (x.is_area != areas) continue;
            if (auto r = check(w.write(
                    areas ? to_ogr(x.area) : to_ogr(x.point),
                    [&](OGRFeature& f) {
                        f.SetField("name", x.name.c_str());
                        f.SetField("category",
                                   std::string(core::poi_category_name(x.category)).c_str());
                        f.SetField("category_source", x.category_source.c_str());
                    }));
                !r)
                return r;
            step();
        }
    }
    for (auto [name, lines] :
         {std::pair{"roads", &L.roads}, std::pair{"waterways", &L.waterways}}) {
        if (lines->empty()) continue;
        LayerWriter w(ds, name, wkbMultiLineString, &srs,
                      {{"name", OFTString}, {"class", OFTString}}, error);
        for (const core::LineFeature& x : *lines) {
            if (auto r = check(w.write(to_ogr(x.path),
                                       [&](OGRFeature& f) {
                                           f.SetField("name", x.name.c_str());
                                           f.SetField("class", x.line_class.c_str());
                                       }));
                !r)
                return r;
            step();
        }
    }
    return {};
}

const char* raster_kind_name(RasterKind kind) {
    switch (kind) {
        case RasterKind::Dem:
            return "dem";
        case RasterKind::LandUse:
            return "landuse";
        case RasterKind::Basemap:
            return "basemap";
    }
    return "dem";
}

Project on_air(const Project& project) {
    Project p = project;
    std::erase_if(p.layers.sites,
                  [](const core::Site& s) { return s.status == core::SiteStatus::Proposed; });
    return p;
}

bool has_proposals(const Project& project) {
    return std::any_of(project.layers.sites.begin(), project.layers.sites.end(),
                       [](const core::Site& s) { return s.status == core::SiteStatus::Proposed; });
}

std::vector<ClassEntry> landuse_legend(const Project& project) {
    std::vector<ClassEntry> out;
    for (const LandUseClass& c : project.landuse_classes) out.push_back(c.legend);
    return out;
}

std::expected<Crs, std::string> automatic_working_crs(const core::Extent& extent,
                                                      const Crs& extent_crs) {
    if (extent.empty())
        return std::unexpected(std::string("no extent to choose a working CRS from"));
    double x = extent.centre_x(), y = extent.centre_y();
    auto t = CrsTransform::create(extent_crs, Crs::wgs84());
    if (!t) return std::unexpected(t.error());
    if (!t->transform(x, y))
        return std::unexpected(std::string("the extent's centre cannot be located"));
    return Crs::utm_for(x, y);
}

std::expected<void, std::string> save_project(const Project& project, const std::string& path,
                                              core::Feedback* feedback) {
    ensure_gdal_registered();
    if (!project.working_crs.valid())
        return std::unexpected(path + ": the project has no working CRS yet");
    ScopedGdalErrors errors;
    AtomicFile out(path);
    GDALDriver* gpkg = GetGDALDriverManager()->GetDriverByName("GPKG");
    {
        GDALDatasetUniquePtr ds(
            gpkg->Create(out.temp_path().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!ds)
            return std::unexpected(path + ": cannot create the project file" + errors.suffix());
        // One transaction: much faster than autocommit per feature.
        if (ds->StartTransaction() != OGRERR_NONE)
            return std::unexpected(path + ": cannot start a transaction" + errors.suffix());
        fs::path dir = fs::path(path).parent_path();
        if (auto r = write_all(project, *ds, dir.empty() ? fs::path(".") : dir, feedback); !r) {
            ds->RollbackTransaction();
            return std::unexpected(path + ": " + r.error() + errors.suffix());
        }
        if (ds->CommitTransaction() != OGRERR_NONE)
            return std::unexpected(path + ": cannot commit" + errors.suffix());
        // GDAL 3.6 reports close failures only through the error handler.
        const std::size_t before = errors.messages().size();
        ds.reset();
        if (errors.messages().size() > before)
            return std::unexpected(path + ": cannot finish writing" + errors.suffix());
    }
    if (canceled(feedback)) return std::unexpected(path + ": save canceled");
    auto committed = out.commit();
    if (!committed) return std::unexpected(committed.error());
    if (feedback) feedback->set_progress(1.0);
    return {};
}

bool is_project_file(const std::string& path) {
    ensure_gdal_registered();
    ScopedGdalErrors quiet;
    const char* drivers[] = {"GPKG", nullptr};
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                              drivers, nullptr, nullptr));
    return ds && ds->GetLayerByName(kMetaTable) != nullptr;
}

std::expected<LoadedProject, std::vector<Issue>> load_project(const std::string& path,
                                                              core::Feedback* feedback) {
    ensure_gdal_registered();
    auto fail = [&](std::string message) {
        return std::unexpected(
            std::vector<Issue>{{Severity::Error, path, "", "", std::move(message)}});
    };
    LoadedProject loaded;
    Project& p = loaded.project;
    std::vector<std::string> layer_names;
    std::map<std::string, std::vector<std::string>> layer_fields;
    {
        ScopedGdalErrors errors;
        const char* drivers[] = {"GPKG", nullptr};
        GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                  drivers, nullptr, nullptr));
        if (!ds) return fail("cannot open the project (not a GeoPackage?)" + errors.suffix());
        const auto meta = read_key_values(*ds, kMetaTable);
        if (!meta.contains("format") || meta.at("format") != "covplan")
            return fail("not a covplan project (no covplan_meta table)");
        if (std::atoi(meta.count("format_version") ? meta.at("format_version").c_str() : "0") >
            kProjectFormatVersion)
            return fail("the project was saved by a newer covplan (format version " +
                        meta.at("format_version") + ")");
        p.title = meta.count("title") ? meta.at("title") : "";
        auto crs = Crs::from_user_input(meta.count("working_crs") ? meta.at("working_crs") : "");
        if (!crs) return fail("the project's working CRS is invalid: " + crs.error());
        p.working_crs = *crs;
        core::KeyValues kv;
        for (const auto& [k, v] : read_key_values(*ds, kSettingsTable)) kv[k] = v;
        auto settings = core::settings_from_key_values(kv);
        if (!settings) return fail(settings.error());
        p.settings = *settings;

        const fs::path dir = fs::absolute(path).parent_path();
        if (OGRLayer* l = ds->GetLayerByName(kSourcesTable))
            for (auto& f : *l) {
                auto role = core::role_from_name(f->GetFieldAsString("role"));
                if (!role) continue;
                p.sources.push_back({*role, f->GetFieldAsString("path"),
                                     f->GetFieldAsString("layer"), f->GetFieldAsString("mapping"),
                                     f->GetFieldAsString("source_crs")});
            }
        if (OGRLayer* l = ds->GetLayerByName(kRastersTable))
            for (auto& f : *l) {
                RasterSource r;
                const std::string kind = f->GetFieldAsString("kind");
                if (kind != "dem" && kind != "landuse" && kind != "basemap") {
                    loaded.issues.push_back({Severity::Warning, path, kRastersTable, "",
                                             "unknown raster kind '" + kind + "' ignored"});
                    continue;
                }
                r.kind = kind == "dem"       ? RasterKind::Dem
                         : kind == "landuse" ? RasterKind::LandUse
                                             : RasterKind::Basemap;
                fs::path rp = f->GetFieldAsString("path");
                r.path = (rp.is_absolute() ? rp : (dir / rp)).lexically_normal().string();
                r.assigned_crs = f->GetFieldAsString("assigned_crs");
                if (!fs::exists(r.path))
                    loaded.issues.push_back({Severity::Warning, path, kRastersTable, "",
                                             std::string(raster_kind_name(r.kind)) + " raster " +
                                                 r.path + " is missing"});
                p.rasters.push_back(std::move(r));
            }
        if (OGRLayer* l = ds->GetLayerByName(kClassesTable))
            for (auto& f : *l) {
                ClassEntry c{f->GetFieldAsInteger("value"), 0, 0, 0, f->GetFieldAsString("name")};
                unsigned r = 0, g = 0, b = 0;
                if (std::sscanf(f->GetFieldAsString("colour"), "#%02x%02x%02x", &r, &g, &b) == 3) {
                    c.r = static_cast<std::uint8_t>(r);
                    c.g = static_cast<std::uint8_t>(g);
                    c.b = static_cast<std::uint8_t>(b);
                }
                const int loss_idx = f->GetFieldIndex("extra_loss_db");
                const int weight_idx = f->GetFieldIndex("population_weight");
                p.landuse_classes.push_back(
                    {std::move(c), loss_idx >= 0 ? f->GetFieldAsDouble(loss_idx) : 0.0,
                     weight_idx >= 0 ? f->GetFieldAsDouble(weight_idx) : 0.0});
            }
        if (OGRLayer* l = ds->GetLayerByName(kSnapshotsTable))
            for (auto& f : *l) {
                auto k = read_kpi_snapshot(*f);
                if (!k) {
                    loaded.issues.push_back({Severity::Warning, path, kSnapshotsTable,
                                             "FID " + std::to_string(f->GetFID()),
                                             "snapshot with date '" +
                                                 std::string(f->GetFieldAsString("date")) +
                                                 "' and KPI '" + f->GetFieldAsString("kpi") +
                                                 "' ignored (expected YYYY-MM-DD)"});
                    continue;
                }
                p.snapshots.push_back(std::move(*k));
            }
        if (OGRLayer* l = ds->GetLayerByName(kStylesTable)) {
            // Rows in their stored order; unknown layers or values are reported and
            // replaced by defaults, so a style edited by hand never stops the plan loading.
            std::vector<std::pair<int, core::StyledLayer>> rows;
            for (auto& f : *l) {
                const std::string key = f->GetFieldAsString("layer");
                const auto id = core::map_layer_from_key(key);
                const std::string where = "FID " + std::to_string(f->GetFID());
                if (!id) {
                    loaded.issues.push_back({Severity::Warning, path, kStylesTable, where,
                                             "style of unknown layer '" + key + "' ignored"});
                    continue;
                }
                core::StyledLayer s{*id, core::MapStyle::defaults().style(*id)};
                s.style.visible = f->GetFieldAsInteger("visible") != 0;
                if (auto c = core::Rgba::from_hex(f->GetFieldAsString("colour")))
                    s.style.colour = *c;
                else
                    loaded.issues.push_back({Severity::Warning, path, kStylesTable, where,
                                             std::string("colour '") +
                                                 f->GetFieldAsString("colour") + "' of " + key +
                                                 " is not #rrggbb; default used"});
                const double w = f->GetFieldAsDouble("width_px");
                const double sym = f->GetFieldAsDouble("symbol_px");
                if (w > 0 && w <= 50) s.style.width_px = w;
                if (sym > 0 && sym <= 100) s.style.symbol_px = sym;
                const std::string label = f->GetFieldAsString("label_field");
                const auto fields = core::label_fields(*id);
                if (label.empty() || std::find(fields.begin(), fields.end(), label) != fields.end())
                    s.style.label_field = label;
                else
                    loaded.issues.push_back(
                        {Severity::Warning, path, kStylesTable, where,
                         "label field '" + label + "' of " + key + " unknown; no labels"});
                rows.emplace_back(f->GetFieldAsInteger("position"), std::move(s));
            }
            std::stable_sort(rows.begin(), rows.end(),
                             [](const auto& a, const auto& b) { return a.first < b.first; });
            core::MapStyle style;
            for (auto& [pos, s] : rows)
                if (style.position(s.id) < 0) style.layers.push_back(std::move(s));
            style.complete();
            p.style = std::move(style);
        }
        std::stable_sort(
            p.snapshots.begin(), p.snapshots.end(),
            [](const core::KpiSnapshot& a, const core::KpiSnapshot& b) { return a.date < b.date; });
        // An empty layer in a project is fine (e.g. all proposals deleted).
        for (OGRLayer* l : ds->GetLayers())
            if (l->GetFeatureCount(TRUE) > 0) {
                layer_names.emplace_back(l->GetName());
                layer_fields[l->GetName()] = layer_field_names(*l);
            }
    }

    // The plan's layers go through the same reader as any import, so a project edited
    // in QGIS (a height typed as text, a broken polygon) is reported, not trusted.
    static const std::pair<const char*, LayerRole> kLayers[] = {
        {"ward", LayerRole::Ward},   {"hamlets", LayerRole::Hamlets},
        {"sites", LayerRole::Sites}, {"fiber", LayerRole::Fiber},
        {"poi", LayerRole::Poi},     {"poi_areas", LayerRole::Poi},
        {"roads", LayerRole::Roads}, {"waterways", LayerRole::Waterways}};
    for (const auto& [name, role] : kLayers) {
        if (std::find(layer_names.begin(), layer_names.end(), name) == layer_names.end()) continue;
        if (canceled(feedback)) return fail("loading canceled");
        LayerImportOptions opts;
        opts.path = path;
        opts.layer = name;
        opts.role = role;
        opts.stored_project = true;
        // Canonical columns map to themselves; a column an older covplan did not write
        // is simply absent.
        const auto& fields = layer_fields[name];
        for (const core::FieldSpec& spec : core::field_specs(role))
            if (std::find(fields.begin(), fields.end(), spec.canonical) != fields.end())
                opts.mapping_overrides.push_back(std::string(spec.canonical) + "=" +
                                                 std::string(spec.canonical));
        auto r = import_layer(opts, p.working_crs);
        if (!r) return std::unexpected(r.error());
        p.layers.append(std::move(r->features));
        loaded.issues.insert(loaded.issues.end(), r->issues.begin(), r->issues.end());
    }
    if (feedback) feedback->set_progress(1.0);
    return loaded;
}

}  // namespace covplan::gis
