#include "gis/project_file.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <functional>

#include "core/feedback.h"
#include "core/field_mapping.h"
#include "core/measure/calibration_fit.h"
#include "gis/atomic_file.h"
#include "gis/crs_transform.h"
#include "gis/gdal_errors.h"
#include "gis/kpi_tables.h"
#include "gis/layer_import.h"
#include "gis/ogr_geometry.h"
#include "gis/ogr_layer_util.h"
#include "gis/ogr_layer_writer.h"
#include "gis/project_lock.h"
#include "gis/project_tables.h"
#include "gis/vn2000_zones.h"

namespace covplan::gis {
namespace fs = std::filesystem;
using core::Issue;
using core::LayerRole;
using core::Severity;

namespace {

namespace T = tables;

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
        LayerWriter meta(ds, T::meta::spec, nullptr, error);
        for (auto [k, v] : {std::pair<std::string, std::string>{"format", "covplan"},
                            {"format_version", std::to_string(kProjectFormatVersion)},
                            {"title", p.title},
                            {"working_crs", p.working_crs.wkt()}})
            if (auto r = check(meta.write(nullptr,
                                          [&](OGRFeature& f) {
                                              f.SetField(T::meta::key.name, k.c_str());
                                              f.SetField(T::meta::value.name, v.c_str());
                                          }));
                !r)
                return r;
        LayerWriter settings(ds, T::settings::spec, nullptr, error);
        for (const auto& [k, v] : core::settings_to_key_values(p.settings))
            if (auto r = check(settings.write(nullptr,
                                              [&](OGRFeature& f) {
                                                  f.SetField(T::settings::key.name, k.c_str());
                                                  f.SetField(T::settings::value.name, v.c_str());
                                              }));
                !r)
                return r;
        LayerWriter sources(ds, T::sources::spec, nullptr, error);
        for (const LayerSource& s : p.sources)
            if (auto r = check(sources.write(
                    nullptr,
                    [&](OGRFeature& f) {
                        namespace C = T::sources;
                        f.SetField(C::role.name, std::string(core::role_name(s.role)).c_str());
                        f.SetField(C::path.name, s.path.c_str());
                        f.SetField(C::layer.name, s.layer.c_str());
                        f.SetField(C::mapping.name, s.mapping.c_str());
                        f.SetField(C::source_crs.name, s.source_crs.c_str());
                    }));
                !r)
                return r;
        LayerWriter rasters(ds, T::rasters::spec, nullptr, error);
        for (const RasterSource& r : p.rasters)
            if (auto res = check(rasters.write(
                    nullptr,
                    [&](OGRFeature& f) {
                        namespace C = T::rasters;
                        f.SetField(C::kind.name, raster_kind_name(r.kind));
                        f.SetField(C::path.name, relative_to(r.path, project_dir).c_str());
                        f.SetField(C::assigned_crs.name, r.assigned_crs.c_str());
                    }));
                !res)
                return res;
        LayerWriter classes(ds, T::landuse_classes::spec, nullptr, error);
        for (const LandUseClass& lc : p.landuse_classes) {
            const ClassEntry& c = lc.legend;
            if (auto r = check(classes.write(
                    nullptr,
                    [&](OGRFeature& f) {
                        char colour[8];
                        std::snprintf(colour, sizeof colour, "#%02x%02x%02x", c.r, c.g, c.b);
                        namespace C = T::landuse_classes;
                        f.SetField(C::value.name, c.value);
                        f.SetField(C::name.name, c.label.c_str());
                        f.SetField(C::colour.name, colour);
                        f.SetField(C::extra_loss_db.name, lc.extra_loss_db);
                        f.SetField(C::population_weight.name, lc.population_weight);
                    }));
                !r)
                return r;
        }
        if (!p.calibration.empty()) {
            LayerWriter cal(ds, T::calibration::spec, nullptr, error);
            namespace C = T::calibration;
            auto row = [&](const char* scope, const std::string& key, double offset, double slope,
                           std::size_t samples) {
                return check(cal.write(nullptr, [&](OGRFeature& f) {
                    f.SetField(C::scope.name, scope);
                    f.SetField(C::key.name, key.c_str());
                    f.SetField(C::offset_db.name, offset);
                    f.SetField(C::slope_db_per_decade.name, slope);
                    f.SetField(C::samples.name, static_cast<int>(samples));
                    if (std::string_view(scope) == "model") {
                        f.SetField(C::rmse_before_db.name, p.calibration.rmse_before_db);
                        f.SetField(C::rmse_after_db.name, p.calibration.rmse_after_db);
                        f.SetField(C::folds.name, p.calibration.folds);
                        f.SetField(C::date.name, p.calibration.date.c_str());
                        f.SetField(C::raw_samples.name,
                                   static_cast<int>(p.calibration.raw_samples));
                    }
                }));
            };
            const core::ModelCalibration& c = p.calibration;
            if (auto r = row("model", c.by, 0, 0, c.samples); !r) return r;
            if (auto r = row("global", "", c.global.offset_db, c.global.slope_db_per_decade,
                             c.global.samples);
                !r)
                return r;
            for (const auto& [site, t] : c.by_site)
                if (auto r = row("cell", site, t.offset_db, t.slope_db_per_decade, t.samples); !r)
                    return r;
            for (const auto& [cls, off] : c.clutter_offset_db)
                if (auto r = row("clutter", std::to_string(cls), off, 0, 0); !r) return r;
        }
        if (auto r = write_kpi_snapshots(ds, T::kpi_snapshots::in_project, p.snapshots); !r)
            return r;
        LayerWriter styles(ds, T::styles::spec, nullptr, error);
        for (std::size_t i = 0; i < p.style.layers.size(); ++i) {
            const core::StyledLayer& l = p.style.layers[i];
            if (auto r = check(styles.write(
                    nullptr,
                    [&](OGRFeature& f) {
                        namespace C = T::styles;
                        f.SetField(C::layer.name, std::string(core::map_layer_key(l.id)).c_str());
                        f.SetField(C::position.name, static_cast<int>(i));
                        f.SetField(C::visible.name, l.style.visible ? 1 : 0);
                        f.SetField(C::colour.name, l.style.colour.hex().c_str());
                        f.SetField(C::width_px.name, l.style.width_px);
                        f.SetField(C::symbol_px.name, l.style.symbol_px);
                        f.SetField(C::label_field.name, l.style.label_field.c_str());
                    }));
                !r)
                return r;
        }
    }

    return write_plan_layers(ds, p.layers, srs, fb);
}

// Reads a two-column key/value attribute table (meta, settings: same columns).
std::map<std::string, std::string> read_key_values(GDALDataset& ds, const TableSpec& spec) {
    std::map<std::string, std::string> out;
    OGRLayer* layer = ds.GetLayerByName(spec.name);
    if (!layer) return out;
    for (auto& f : *layer) out[text_of(*f, T::key_value::key)] = text_of(*f, T::key_value::value);
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
    LayerWriter w(ds, T::sites::spec, &srs, error, name);
    namespace C = T::sites;
    for (const core::Site& s : sites) {
        if (auto r = check(
                w.write(to_ogr(s.location),
                        [&](OGRFeature& f) {
                            f.SetField(C::site_id.name, s.site_id.c_str());
                            f.SetField(C::tower_id.name, s.tower_id.c_str());
                            f.SetField(C::name.name, s.name.c_str());
                            f.SetField(C::operator_name.name, s.operator_name.c_str());
                            f.SetField(C::technology.name, core::technology_name(s.technology));
                            f.SetField(C::band.name, s.band.c_str());
                            f.SetField(C::freq_mhz.name, s.freq_mhz);
                            f.SetField(C::bandwidth_mhz.name, s.bandwidth_mhz);
                            f.SetField(C::height_m.name, s.height_m);
                            f.SetField(C::azimuths_deg.name, join_azimuths(s.azimuths_deg).c_str());
                            f.SetField(C::mech_tilt_deg.name, s.mech_tilt_deg);
                            f.SetField(C::elec_tilt_deg.name, s.elec_tilt_deg);
                            f.SetField(C::power_dbm.name, s.power_dbm);
                            f.SetField(C::antenna_model.name, s.antenna_model.c_str());
                            f.SetField(C::feeder_loss_db.name, s.feeder_loss_db);
                            f.SetField(C::propagation_model.name, s.propagation_model.c_str());
                            f.SetField(C::status.name, core::status_name(s.status));
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
                                     L.roads.size() + L.waterways.size() + L.measurements.size());
    std::size_t done = 0;
    auto step = [&] {
        if (fb && ++done % 64 == 0) fb->set_progress(done / total);
    };
    if (!L.ward.empty()) {
        LayerWriter w(ds, T::ward::spec, &srs, error);
        namespace C = T::ward;
        for (const core::Ward& x : L.ward)
            if (auto r = check(w.write(to_ogr(x.area),
                                       [&](OGRFeature& f) {
                                           f.SetField(C::name.name, x.name.c_str());
                                           f.SetField(C::code.name, x.code.c_str());
                                           f.SetField(C::population.name, x.population);
                                       }));
                !r)
                return r;
    }
    if (!L.hamlets.empty()) {
        LayerWriter w(ds, T::hamlets::spec, &srs, error);
        namespace C = T::hamlets;
        for (const core::Hamlet& x : L.hamlets) {
            if (auto r = check(w.write(to_ogr(x.area),
                                       [&](OGRFeature& f) {
                                           f.SetField(C::name.name, x.name.c_str());
                                           f.SetField(C::code.name, x.code.c_str());
                                           f.SetField(C::population.name, x.population);
                                           f.SetField(C::households.name, x.households);
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
        LayerWriter w(ds, T::fiber::spec, &srs, error);
        namespace C = T::fiber;
        for (const core::FiberRoute& x : L.fiber) {
            if (auto r = check(w.write(
                    to_ogr(x.path),
                    [&](OGRFeature& f) {
                        f.SetField(C::name.name, x.name.c_str());
                        f.SetField(C::operator_name.name, x.operator_name.c_str());
                        if (x.placement != core::CablePlacement::Unknown)
                            f.SetField(C::placement.name, core::placement_name(x.placement));
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
        LayerWriter w(ds, areas ? T::poi::areas : T::poi::points, &srs, error);
        namespace C = T::poi;
        for (const core::Poi& x : L.poi) {
            if (x.is_area != areas) continue;
            if (auto r = check(w.write(
                    areas ? to_ogr(x.area) : to_ogr(x.point),
                    [&](OGRFeature& f) {
                        f.SetField(C::name.name, x.name.c_str());
                        f.SetField(C::category.name,
                                   std::string(core::poi_category_name(x.category)).c_str());
                        f.SetField(C::category_source.name, x.category_source.c_str());
                    }));
                !r)
                return r;
            step();
        }
    }
    for (auto [spec, lines] :
         {std::pair{&T::lines::roads, &L.roads}, std::pair{&T::lines::waterways, &L.waterways}}) {
        if (lines->empty()) continue;
        LayerWriter w(ds, *spec, &srs, error);
        namespace C = T::lines;
        for (const core::LineFeature& x : *lines) {
            if (auto r = check(w.write(to_ogr(x.path),
                                       [&](OGRFeature& f) {
                                           f.SetField(C::name.name, x.name.c_str());
                                           f.SetField(C::line_class.name, x.line_class.c_str());
                                       }));
                !r)
                return r;
            step();
        }
    }
    if (!L.measurements.empty()) {
        LayerWriter w(ds, T::measurements::spec, &srs, error);
        namespace C = T::measurements;
        // By index: a name lookup per field and sample dominated a million-row save.
        const int i_rsrp = w.index(C::rsrp_dbm), i_rsrq = w.index(C::rsrq_db),
                  i_sinr = w.index(C::sinr_db), i_thr = w.index(C::throughput_mbps),
                  i_time = w.index(C::time), i_tech = w.index(C::technology),
                  i_freq = w.index(C::freq_mhz), i_arfcn = w.index(C::arfcn),
                  i_pci = w.index(C::pci), i_op = w.index(C::operator_name),
                  i_serving = w.index(C::serving_site_id), i_lon = w.index(C::serving_lon),
                  i_lat = w.index(C::serving_lat);
        auto real = [](OGRFeature& f, int i, double v) {
            if (std::isfinite(v)) f.SetField(i, v);
        };
        for (const core::Measurement& m : L.measurements) {
            if (auto r = check(w.write(to_ogr(m.location),
                                       [&](OGRFeature& f) {
                                           f.SetField(i_rsrp, m.rsrp_dbm);
                                           real(f, i_rsrq, m.rsrq_db);
                                           real(f, i_sinr, m.sinr_db);
                                           real(f, i_thr, m.throughput_mbps);
                                           if (!m.time.empty()) f.SetField(i_time, m.time.c_str());
                                           if (m.technology)
                                               f.SetField(i_tech,
                                                          core::technology_name(*m.technology));
                                           real(f, i_freq, m.freq_mhz);
                                           real(f, i_arfcn, m.arfcn);
                                           if (m.pci >= 0) f.SetField(i_pci, m.pci);
                                           if (!m.operator_name.empty())
                                               f.SetField(i_op, m.operator_name.c_str());
                                           if (!m.serving_site_id.empty())
                                               f.SetField(i_serving, m.serving_site_id.c_str());
                                           real(f, i_lon, m.serving_lon);
                                           real(f, i_lat, m.serving_lat);
                                       }));
                !r)
                return r;
            step();
        }
    }
    return {};
}

std::span<const std::pair<const TableSpec*, core::LayerRole>> plan_layer_tables() {
    static const std::pair<const TableSpec*, LayerRole> kTables[] = {
        {&T::ward::spec, LayerRole::Ward},
        {&T::hamlets::spec, LayerRole::Hamlets},
        {&T::sites::spec, LayerRole::Sites},
        {&T::fiber::spec, LayerRole::Fiber},
        {&T::poi::points, LayerRole::Poi},
        {&T::poi::areas, LayerRole::Poi},
        {&T::lines::roads, LayerRole::Roads},
        {&T::lines::waterways, LayerRole::Waterways},
        {&T::measurements::spec, LayerRole::Measurements}};
    return kTables;
}

const char* raster_kind_name(RasterKind kind) {
    switch (kind) {
        case RasterKind::Dem:
            return "dem";
        case RasterKind::LandUse:
            return "landuse";
        case RasterKind::Basemap:
            return "basemap";
        case RasterKind::Population:
            return "population";
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
                                                      const Crs& extent_crs,
                                                      std::string_view local_crs) {
    if (extent.empty())
        return std::unexpected(std::string("no extent to choose a working CRS from"));
    double x = extent.centre_x(), y = extent.centre_y();
    auto t = CrsTransform::create(extent_crs, Crs::wgs84());
    if (!t) return std::unexpected(t.error());
    if (!t->transform(x, y))
        return std::unexpected(std::string("the extent's centre cannot be located"));
    if (const auto zone = vn2000_zone_for(x, y, local_crs))
        return Crs::from_user_input("vn2000-tm3:" + std::string(zone->slug));
    return Crs::utm_for(x, y);
}

std::optional<Vn2000Zone> vn2000_zone_for(double lon_deg, double lat_deg,
                                          std::string_view local_crs) {
    // Vietnam's mainland and near islands within a box (the TM-3 zones' meridians
    // span 103°-108°30'); a neighbour's border village inside it can still choose UTM
    // with --working-crs.
    if (lon_deg < 102.1 || lon_deg > 109.6 || lat_deg < 8.1 || lat_deg > 23.4) return std::nullopt;
    // The province's zone (setting local_crs) when the plan lies within its 3° band;
    // else the province zone whose meridian is nearest (a TM-3 zone's scale error grows
    // with the square of the distance to its meridian).
    const std::string_view prefix = "vn2000-tm3:";
    if (local_crs.starts_with(prefix))
        if (auto z = find_vn2000_zone(local_crs.substr(prefix.size()));
            z && std::abs(lon_deg - z->central_meridian_deg) <= 1.5)
            return z;
    std::optional<Vn2000Zone> best;
    for (const Vn2000Zone& z : vn2000_zones())
        if (!best || std::abs(lon_deg - z.central_meridian_deg) <
                         std::abs(lon_deg - best->central_meridian_deg))
            best = z;
    return best;
}

std::expected<void, std::string> save_project(const Project& project, const std::string& path,
                                              const ProjectLock& lock, core::Feedback* feedback) {
    ensure_gdal_registered();
    if (!lock.covers(path))
        return std::unexpected(path + ": not saved: the write lock held is for " +
                               lock.project_path());
    if (!project.working_crs.valid())
        return std::unexpected(path + ": the project has no working CRS yet");
    ScopedGdalErrors errors;
    AtomicFile out(path);
    GDALDriver* gpkg = GetGDALDriverManager()->GetDriverByName("GPKG");
    {
        GDALDatasetUniquePtr ds(
            gpkg->Create(out.temp_path().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!ds) return std::unexpected(write_failure(path, errors.suffix()));
        // One transaction: much faster than autocommit per feature.
        if (ds->StartTransaction() != OGRERR_NONE)
            return std::unexpected(path + ": cannot start a transaction" + errors.suffix());
        fs::path dir = fs::path(path).parent_path();
        if (auto r = write_all(project, *ds, dir.empty() ? fs::path(".") : dir, feedback); !r) {
            ds->RollbackTransaction();
            if (disk_nearly_full(out.temp_path())) return std::unexpected(write_failure(path, ""));
            return std::unexpected(path + ": " + r.error() + errors.suffix());
        }
        if (ds->CommitTransaction() != OGRERR_NONE)
            return std::unexpected(write_failure(path, errors.suffix()));
        // GDAL 3.6 reports close failures only through the error handler.
        const std::size_t before = errors.messages().size();
        ds.reset();
        if (errors.messages().size() > before)
            return std::unexpected(write_failure(path, errors.suffix()));
    }
    if (canceled(feedback)) return std::unexpected(path + ": save canceled");
    auto committed = out.commit();
    if (!committed) return std::unexpected(committed.error());
    if (feedback) feedback->set_progress(1.0);
    return {};
}

std::expected<core::PlanSettings, std::string> checked_settings(const core::KeyValues& values) {
    auto settings = core::settings_from_key_values(values);
    if (!settings) return settings;
    if (auto crs = Crs::from_user_input(settings->local_crs); !crs)
        return std::unexpected("setting 'local_crs': " + crs.error());
    return settings;
}

bool is_project_file(const std::string& path) {
    ensure_gdal_registered();
    ScopedGdalErrors quiet;
    const char* drivers[] = {"GPKG", nullptr};
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                              drivers, nullptr, nullptr));
    return ds && ds->GetLayerByName(T::meta::spec.name) != nullptr;
}

std::expected<LoadedProject, std::vector<Issue>> load_project(const std::string& path,
                                                              core::Feedback* feedback) {
    ensure_gdal_registered();
    // Temporaries of a covplan killed while saving (never ones of a running save).
    remove_stale_temporaries(path);
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
        // A table edited elsewhere (QGIS, sqlite3) may lack a column or hold it with
        // another type: say which, and read what is there.
        for (const TableSpec* spec :
             {&T::meta::spec, &T::settings::spec, &T::sources::spec, &T::rasters::spec,
              &T::landuse_classes::spec, &T::kpi_snapshots::in_project, &T::styles::spec,
              &T::calibration::spec})
            if (OGRLayer* l = ds->GetLayerByName(spec->name))
                for (const std::string& m : table_mismatches(*l, *spec))
                    loaded.issues.push_back({Severity::Warning, path, spec->name, "", m});
        const auto meta = read_key_values(*ds, T::meta::spec);
        if (!meta.contains("format") || meta.at("format") != "covplan")
            return fail("not a covplan project (no covplan_meta table)");
        if (std::atoi(meta.count("format_version") ? meta.at("format_version").c_str() : "0") >
            kProjectFormatVersion)
            return fail("the project was saved by a newer covplan (format version " +
                        meta.at("format_version") + ")");
        p.title = meta.count("title") ? meta.at("title") : "";
        auto crs = Crs::from_user_input(meta.count("working_crs") ? meta.at("working_crs") : "");
        if (!crs) return fail("the project's working CRS is invalid: " + crs.error());
        if (auto usable = check_working_crs(*crs); !usable)
            return fail("covplan_meta: " + usable.error());
        p.working_crs = *crs;
        core::KeyValues kv;
        for (const auto& [k, v] : read_key_values(*ds, T::settings::spec)) kv[k] = v;
        auto settings = checked_settings(kv);
        if (!settings) return fail("covplan_settings: " + settings.error());
        p.settings = *settings;

        const fs::path dir = fs::absolute(path).parent_path();
        if (OGRLayer* l = ds->GetLayerByName(T::sources::spec.name))
            for (auto& f : *l) {
                namespace C = T::sources;
                auto role = core::role_from_name(text_of(*f, C::role));
                if (!role) continue;
                p.sources.push_back({*role, text_of(*f, C::path), text_of(*f, C::layer),
                                     text_of(*f, C::mapping), text_of(*f, C::source_crs)});
            }
        if (OGRLayer* l = ds->GetLayerByName(T::rasters::spec.name))
            for (auto& f : *l) {
                namespace C = T::rasters;
                const char* kRastersTable = T::rasters::spec.name;
                RasterSource r;
                const std::string kind = text_of(*f, C::kind);
                if (kind != "dem" && kind != "landuse" && kind != "basemap" &&
                    kind != "population") {
                    loaded.issues.push_back({Severity::Warning, path, kRastersTable, "",
                                             "unknown raster kind '" + kind + "' ignored"});
                    continue;
                }
                r.kind = kind == "dem"          ? RasterKind::Dem
                         : kind == "landuse"    ? RasterKind::LandUse
                         : kind == "population" ? RasterKind::Population
                                                : RasterKind::Basemap;
                fs::path rp = text_of(*f, C::path);
                r.path = (rp.is_absolute() ? rp : (dir / rp)).lexically_normal().string();
                r.assigned_crs = text_of(*f, C::assigned_crs);
                std::error_code exists_error;
                if (!fs::exists(r.path, exists_error))
                    loaded.issues.push_back({Severity::Warning, path, kRastersTable, "",
                                             std::string(raster_kind_name(r.kind)) + " raster " +
                                                 r.path + " is missing"});
                p.rasters.push_back(std::move(r));
            }
        if (OGRLayer* l = ds->GetLayerByName(T::landuse_classes::spec.name))
            for (auto& f : *l) {
                namespace C = T::landuse_classes;
                ClassEntry c{integer_of(*f, C::value), 0, 0, 0, text_of(*f, C::name)};
                unsigned r = 0, g = 0, b = 0;
                if (std::sscanf(text_of(*f, C::colour).c_str(), "#%02x%02x%02x", &r, &g, &b) == 3) {
                    c.r = static_cast<std::uint8_t>(r);
                    c.g = static_cast<std::uint8_t>(g);
                    c.b = static_cast<std::uint8_t>(b);
                }
                p.landuse_classes.push_back({std::move(c), real_of(*f, C::extra_loss_db),
                                             real_of(*f, C::population_weight)});
            }
        if (OGRLayer* l = ds->GetLayerByName(T::calibration::spec.name))
            for (auto& f : *l) {
                namespace C = T::calibration;
                const std::string scope = text_of(*f, C::scope);
                const std::string key = text_of(*f, C::key);
                core::CalibrationTerm t{
                    real_of(*f, C::offset_db), real_of(*f, C::slope_db_per_decade),
                    static_cast<std::size_t>(std::max(0, integer_of(*f, C::samples)))};
                auto bad = [&](const std::string& why) {
                    loaded.issues.push_back(
                        {Severity::Error, path, C::spec.name, "scope " + scope, why});
                };
                // A correction beyond +-60 dB is no calibration but a typo in the table.
                if (!(std::abs(t.offset_db) <= 60 && std::abs(t.slope_db_per_decade) <= 60)) {
                    bad("offset / slope outside ±60 dB: not a calibration covplan would fit");
                    continue;
                }
                core::ModelCalibration& c = p.calibration;
                if (scope == "model") {
                    if (!core::parse_calibration_scope(key)) {
                        bad("calibration '" + key + "' is none of global, cell, clutter");
                        continue;
                    }
                    c.by = key;
                    c.samples = t.samples;
                    c.rmse_before_db = real_of(*f, C::rmse_before_db);
                    c.rmse_after_db = real_of(*f, C::rmse_after_db);
                    c.folds = integer_of(*f, C::folds);
                    c.date = text_of(*f, C::date);
                    c.raw_samples =
                        static_cast<std::size_t>(std::max(0, integer_of(*f, C::raw_samples)));
                } else if (scope == "global") {
                    c.global = t;
                } else if (scope == "cell") {
                    c.by_site[key] = t;
                } else if (scope == "clutter") {
                    c.clutter_offset_db[std::atoi(key.c_str())] = t.offset_db;
                } else {
                    bad("unknown scope (model, global, cell, clutter)");
                }
            }
        if (OGRLayer* l = ds->GetLayerByName(T::kpi_snapshots::in_project.name))
            for (auto& f : *l) {
                auto k = read_kpi_snapshot(*f);
                if (!k) {
                    loaded.issues.push_back(
                        {Severity::Warning, path, T::kpi_snapshots::in_project.name,
                         "FID " + std::to_string(f->GetFID()),
                         "snapshot with date '" + text_of(*f, T::kpi_snapshots::date) +
                             "' and KPI '" + text_of(*f, T::kpi_snapshots::kpi) +
                             "' ignored (expected YYYY-MM-DD)"});
                    continue;
                }
                p.snapshots.push_back(std::move(*k));
            }
        if (OGRLayer* l = ds->GetLayerByName(T::styles::spec.name)) {
            namespace C = T::styles;
            const char* kStylesTable = T::styles::spec.name;
            // Rows in their stored order; unknown layers or values are reported and
            // replaced by defaults, so a style edited by hand never stops the plan loading.
            std::vector<std::pair<int, core::StyledLayer>> rows;
            for (auto& f : *l) {
                const std::string key = text_of(*f, C::layer);
                const auto id = core::map_layer_from_key(key);
                const std::string where = "FID " + std::to_string(f->GetFID());
                if (!id) {
                    loaded.issues.push_back({Severity::Warning, path, kStylesTable, where,
                                             "style of unknown layer '" + key + "' ignored"});
                    continue;
                }
                core::StyledLayer s{*id, core::MapStyle::defaults().style(*id)};
                s.style.visible = integer_of(*f, C::visible, 1) != 0;
                const std::string colour = text_of(*f, C::colour);
                if (auto c = core::Rgba::from_hex(colour))
                    s.style.colour = *c;
                else
                    loaded.issues.push_back(
                        {Severity::Warning, path, kStylesTable, where,
                         "colour '" + colour + "' of " + key + " is not #rrggbb; default used"});
                const double w = real_of(*f, C::width_px);
                const double sym = real_of(*f, C::symbol_px);
                if (w > 0 && w <= 50) s.style.width_px = w;
                if (sym > 0 && sym <= 100) s.style.symbol_px = sym;
                const std::string label = text_of(*f, C::label_field);
                const auto fields = core::label_fields(*id);
                if (label.empty() || std::find(fields.begin(), fields.end(), label) != fields.end())
                    s.style.label_field = label;
                else
                    loaded.issues.push_back(
                        {Severity::Warning, path, kStylesTable, where,
                         "label field '" + label + "' of " + key + " unknown; no labels"});
                rows.emplace_back(integer_of(*f, C::position), std::move(s));
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
    for (const auto& [spec, role] : plan_layer_tables()) {
        const char* name = spec->name;
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
