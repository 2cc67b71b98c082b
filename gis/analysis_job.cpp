#include "gis/analysis_job.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iterator>
#include <sstream>

#include "core/json_writer.h"
#include "core/stopwatch.h"
#include "gis/analysis_tables.h"
#include "gis/atomic_file.h"
#include "gis/crs_transform.h"
#include "gis/gdal_errors.h"
#include "gis/kpi_tables.h"
#include "gis/measurement_job.h"
#include "gis/measurement_sites.h"
#include "gis/ogr_geometry.h"
#include "gis/ogr_layer_writer.h"
#include "gis/project_file.h"
#include "gis/text_output.h"

namespace covplan::gis {
namespace fs = std::filesystem;

std::expected<PlanAnalysis, std::string> analyze_project(const Project& project,
                                                         const AnalysisOptions& options,
                                                         core::Feedback* fb) {
    AnalysisOptions o = options;
    o.coverage.population = true;
    auto in = prepare_coverage(project, o.coverage, fb);
    if (!in) return std::unexpected(in.error());
    return analyze_prepared(project, std::move(*in), o, fb);
}

std::expected<PlanAnalysis, std::string> analyze_prepared(const Project& project,
                                                          CoverageInputs inputs,
                                                          const AnalysisOptions& options,
                                                          core::Feedback* fb) {
    PlanAnalysis a;
    a.inputs = std::move(inputs);
    a.engine = std::make_shared<core::CoverageEngine>(a.inputs.grid, a.inputs.options,
                                                      a.inputs.ground_m, a.inputs.clutter);
    auto t = a.engine->compute(a.inputs.cells.cells, fb);
    if (!t) return std::unexpected(t.error());
    a.coverage_timings = *t;
    const double t0 = core::monotonic_seconds();
    a.maps = core::CoverageMaps::from(*a.engine);
    a.people = std::move(a.inputs.people);
    a.fiber_distance_m = std::move(a.inputs.fiber_distance_m);
    core::PlanIndicators ind =
        core::evaluate_plan(project.layers, project.settings, a.maps, a.people, a.fiber_distance_m);
    a.area = std::move(ind.area);
    a.places = std::move(ind.places);
    a.categories = std::move(ind.categories);
    a.sites = ind.sites;
    a.kpis = std::move(ind.kpis);
    if (has_proposals(project)) {
        // What is on air is a plan of its own: no proposals, so no further recursion.
        AnalysisOptions o = options;
        o.colocation = false;
        o.coverage.population = true;
        auto on = analyze_project(on_air(project), o, fb);
        if (!on) return std::unexpected(on.error());
        a.kpis_on_air = std::move(on->kpis);
        a.area_on_air = std::move(on->area);
        a.measured = std::move(on->measured);
        a.validation = std::move(on->validation);
    } else {
        a.kpis_on_air = a.kpis;
        a.area_on_air = a.area;
        if (!project.layers.measurements.empty()) {
            auto serving = match_serving(project);
            if (!serving) return std::unexpected(serving.error());
            a.measured = project_measured_kpis(project, *a.engine, *serving);
            a.validation =
                core::compare_with_prediction(*a.engine, a.inputs.clutter, project.layers.sites,
                                              project.layers.measurements, serving->site, {});
        }
    }
    a.plausibility = core::plausibility_warnings(project.layers, a.area, a.sites);
    a.analysis_s = core::monotonic_seconds() - t0;
    if (options.colocation) {
        const double c0 = core::monotonic_seconds();
        auto co = core::analyze_colocation(project.layers, a.inputs.options, *a.engine, a.people,
                                           core::CoverageCriteria::from(project.settings),
                                           core::ColocationOptions::from(project.settings), fb);
        if (!co) return std::unexpected(co.error());
        a.colocation = std::move(*co);
        a.colocation_s = core::monotonic_seconds() - c0;
    }
    return a;
}

const core::Kpi* on_air_kpi(const PlanAnalysis& a, const std::string& id) {
    for (const core::Kpi& k : a.kpis_on_air)
        if (k.id == id) return &k;
    return nullptr;
}

namespace {

//! The on-air value of `k`, or `k` itself when the plan has no separate on-air run.
const core::Kpi& on_air_or_planned(const PlanAnalysis& a, const core::Kpi& k) {
    const core::Kpi* on = on_air_kpi(a, k.id);
    return on ? *on : k;
}

using core::CoverageTally;
using N = CsvTable;

std::string pct(double share) { return N::number(100.0 * share, 1); }

std::string kpi_json(const Project& p, const PlanAnalysis& a) {
    std::ostringstream s;
    core::JsonWriter j(s);
    j.begin_object();
    j.field("project", p.title);
    j.key("thresholds").begin_object();
    j.field("rsrp_4g_dbm", p.settings.rsrp_threshold_4g_dbm)
        .field("rsrp_5g_dbm", p.settings.rsrp_threshold_5g_dbm);
    j.field("sinr_floor_db", p.settings.sinr_floor_db)
        .field("fiber_drop_reach_m", p.settings.fiber_drop_reach_m);
    j.end_object();
    j.field("population_spread", a.people.source == core::PopulationSource::Raster
                                     ? "by the population raster"
                                 : a.people.weighted ? "by land-use class weight"
                                                     : "uniform over each unit");
    // Which figure the residents come from (khu vực, the ward, none), and the checks.
    j.key("population").begin_object();
    j.field("source", core::population_source_name(a.people.source));
    if (a.people.source == core::PopulationSource::Raster) {
        j.field("scaled_to", core::population_source_name(a.people.scaled_to));
        if (const RasterSource* r = p.raster(RasterKind::Population)) j.field("raster", r->path);
    }
    j.field("households_estimated", a.people.households_estimated)
        .field("household_size", p.settings.household_size);
    j.key("notes").begin_array();
    for (const core::Note& w : a.people.warnings) j.value(w.en);
    j.end_array();
    j.end_object();
    j.key("plausibility_warnings").begin_array();
    for (const core::Note& w : a.plausibility) j.value(w.en);
    j.end_array();
    // Stations inside the ward (the site-ratio KPIs count these); sites outside serve
    // coverage and are counted apart.
    j.key("sites").begin_object();
    j.field("existing_4g", a.sites.existing_4g).field("existing_5g", a.sites.existing_5g);
    j.field("proposed_4g", a.sites.proposed_4g).field("proposed_5g", a.sites.proposed_5g);
    j.field("outside_ward_existing", a.sites.outside_existing)
        .field("outside_ward_proposed", a.sites.outside_proposed);
    j.end_object();
    j.key("kpis").begin_array();
    for (const core::Kpi& k : a.kpis) {
        j.begin_object()
            .field("id", k.id)
            .field("label_en", k.label_en)
            .field("label_vi", k.label_vi);
        // Both bases, always: the sites on air, and the plan with its proposals.
        const core::Kpi& on = on_air_or_planned(a, k);
        auto value = [&](const char* key, const core::Kpi& x) {
            if (x.available())
                j.field(key, x.value);
            else
                j.key(key).null();
        };
        value("value_on_air", on);
        value("value_planned", k);
        value("value", k);  // = value_planned (files of earlier versions)
        j.field("available", k.available());
        if (!k.available()) j.field("unavailable_reason", k.unavailable());
        // The numbers behind the ratio on both bases ("4 of 11 stations").
        j.field("counted", k.counted);
        j.field("part_on_air", on.part).field("whole_on_air", on.whole);
        j.field("part_planned", k.part).field("whole_planned", k.whole);
        j.field("unit", k.unit).field("has_target", k.has_target);
        if (k.has_target)
            j.field("target", k.target).field("target_year", k.target_year);
        else
            j.key("target").null().key("target_year").null();
        j.field("met_on_air", on.pass()).field("met_planned", k.pass());
        j.field("pass", k.pass()).field("short_by", k.short_by()).end_object();
    }
    j.end_array();
    const CoverageTally& w = a.area.ward;
    j.key("ward").begin_object();
    j.field("population", w.population)
        .field("households", w.households)
        .field("area_km2", w.area_km2);
    j.field("population_4g", w.population_4g).field("population_5g", w.population_5g);
    j.field("population_none", w.population_none).field("households_fiber", w.households_fiber);
    j.end_object();
    j.key("hamlets").begin_array();
    for (const auto& h : a.area.hamlets) {
        const CoverageTally& t = h.tally;
        j.begin_object()
            .field("name", h.name)
            .field("code", h.code)
            .field("population", t.population);
        j.field("households", t.households).field("area_km2", t.area_km2);
        j.field("share_4g", CoverageTally::share(t.population_4g, t.population));
        j.field("share_5g", CoverageTally::share(t.population_5g, t.population));
        j.field("share_none", CoverageTally::share(t.population_none, t.population));
        j.field("households_fiber_share", CoverageTally::share(t.households_fiber, t.households));
        j.end_object();
    }
    j.end_array();
    j.key("priority_categories").begin_array();
    for (const auto& c : a.categories) {
        j.begin_object()
            .field("category", c.category)
            .field("places", c.places)
            .field("with_5g", c.with_5g);
        j.field("only_4g", c.only_4g).field("without", c.without);
        if (c.length_m > 0)
            j.field("length_km", c.length_m / 1000).field("length_5g_km", c.length_5g_m / 1000);
        j.end_object();
    }
    j.end_array();
    if (a.measured) {
        // Measured next to predicted at the same samples (sites on air).
        const core::MeasuredKpis& m = *a.measured;
        j.key("measured").begin_object();
        j.key("coverage").begin_array();
        for (const core::MeasuredShare& r : m.shares)
            j.begin_object()
                .field("area", r.area.empty() ? std::string("ward") : r.area)
                .field("technology", core::technology_name(core::technology_of(r.layer)))
                .field("samples", r.samples)
                .field("measured_share", r.measured_share)
                .field("predicted_share", r.predicted_share)
                .end_object();
        j.end_array();
        j.field("throughput_samples", m.throughput_samples);
        if (m.throughput_samples)
            j.field("mean_downlink_mbps", m.mean_throughput_mbps);
        else
            j.key("mean_downlink_mbps").null();
        if (m.baseline_mbps > 0)
            j.field("baseline_2024_mbps", m.baseline_mbps)
                .field("target_mbps", m.target_mbps)
                .field("met", m.throughput_met());
        j.end_object();
    }
    j.key("timings_s").begin_object();
    j.field("terrain", a.coverage_timings.terrain_s)
        .field("coverage", a.coverage_timings.propagation_s);
    j.field("analysis", a.analysis_s).field("colocation", a.colocation_s).end_object();
    j.end_object();
    return s.str();
}

}  // namespace

std::expected<std::vector<std::string>, std::string> write_analysis(const std::string& dir,
                                                                    const Project& p,
                                                                    const PlanAnalysis& a) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) return std::unexpected("cannot create " + dir + ": " + ec.message());
    std::vector<std::string> files;
    // The files describe one analysis: none replaces an old one until all are written.
    AtomicFileSet set;
    auto text = [&](const std::string& name,
                    const std::string& content) -> std::expected<void, std::string> {
        const std::string path = (fs::path(dir) / name).string();
        if (auto r = write_text_file(set.add(path), content); !r) return r;
        files.push_back(path);
        return {};
    };
    if (auto r = text("kpis.json", kpi_json(p, a)); !r) return std::unexpected(r.error());

    CsvTable kpis({"id", "indicator", "chỉ tiêu", "value_on_air", "value_planned", "target",
                   "target_year", "status_on_air", "status_planned", "short_by_planned",
                   "counts_on_air", "counts_planned"});
    // Machine-readable numbers: ratios to 3 decimals, shares as "54.3%", Mbit/s to 1.
    auto number = [](const core::Kpi& k, double v) {
        return k.unit == "ratio"  ? N::number(v, 3)
               : k.unit == "mbps" ? N::number(v, 1)
                                  : pct(v) + "%";
    };
    auto shown = [&](const core::Kpi& k) {
        return !k.available() ? std::string() : number(k, k.value);
    };
    auto status = [](const core::Kpi& k) {
        return !k.available()  ? "not available: " + k.unavailable()
               : !k.has_target ? std::string("no target")
               : k.pass()      ? std::string("pass")
                               : std::string("short");
    };
    for (const core::Kpi& k : a.kpis) {
        const core::Kpi& on = on_air_or_planned(a, k);
        kpis.row({k.id, k.label_en, k.label_vi, shown(on), shown(k),
                  k.has_target ? number(k, k.target) : std::string(),
                  k.has_target ? std::to_string(k.target_year) : std::string(), status(on),
                  status(k),
                  k.pass() || !k.available() || !k.has_target ? "" : number(k, k.short_by()),
                  core::kpi_counts_text(on), core::kpi_counts_text(k)});
    }
    if (auto r = text("kpis.csv", kpis.str()); !r) return std::unexpected(r.error());

    // Each khu vực on both bases: what is on air, and the plan with its proposals.
    CsvTable hamlets({"hamlet", "code", "population", "households", "area_km2",
                      "population_4g_on_air_%", "population_5g_on_air_%", "population_4g_%",
                      "population_5g_%", "population_none_%", "households_fiber_%"});
    auto tally_row = [&](const std::string& name, const std::string& code, const CoverageTally& t,
                         const CoverageTally& on) {
        hamlets.row({name, code, N::number(t.population, 0), N::number(t.households, 0),
                     N::number(t.area_km2, 3),
                     pct(CoverageTally::share(on.population_4g, on.population)),
                     pct(CoverageTally::share(on.population_5g, on.population)),
                     pct(CoverageTally::share(t.population_4g, t.population)),
                     pct(CoverageTally::share(t.population_5g, t.population)),
                     pct(CoverageTally::share(t.population_none, t.population)),
                     pct(CoverageTally::share(t.households_fiber, t.households))});
    };
    for (std::size_t i = 0; i < a.area.hamlets.size(); ++i) {
        const auto& h = a.area.hamlets[i];
        const CoverageTally& on =
            i < a.area_on_air.hamlets.size() ? a.area_on_air.hamlets[i].tally : h.tally;
        tally_row(h.name, h.code, h.tally, on);
    }
    tally_row("(ward)", "", a.area.ward, a.area_on_air.ward);
    if (auto r = text("hamlets.csv", hamlets.str()); !r) return std::unexpected(r.error());

    CsvTable places({"rank", "source", "name", "category", "status", "share_5g_%", "share_4g_%",
                     "median_rsrp_5g_dbm", "worst_rsrp_5g_dbm", "best_server_5g", "nearest_site",
                     "nearest_site_m", "hamlet", "population_500m", "length_m",
                     "length_without_5g_m"});
    const std::vector<const core::PriorityPlace*> ranked = core::rank_priority_places(a.places);
    int rank = 0;
    for (const core::PriorityPlace* pl : ranked) {
        const bool gap = core::is_priority_gap(*pl);
        places.row({gap ? std::to_string(++rank) : "", core::place_source_name(pl->source),
                    pl->name, pl->category, core::priority_status_name(pl->status),
                    pct(pl->share_5g), pct(pl->share_4g), N::number(pl->median_rsrp_5g_dbm, 1),
                    N::number(pl->worst_rsrp_5g_dbm, 1), pl->best_server_5g, pl->nearest_site,
                    N::number(pl->nearest_site_m, 0), pl->hamlet,
                    N::number(pl->population_nearby, 0),
                    pl->length_m > 0 ? N::number(pl->length_m, 0) : "",
                    pl->length_m > 0 ? N::number(pl->length_without_5g_m, 0) : ""});
    }
    if (auto r = text("priority_places.csv", places.str()); !r) return std::unexpected(r.error());

    CsvTable colo({"kind", "rank", "tower_id", "operators", "site", "added_population_5g",
                   "added_households_5g", "added_priority_places", "added_road_m",
                   "added_waterway_m", "fiber_distance_m", "distance_m", "population_5g_difference",
                   "outside_ward"});
    for (const auto& u : a.colocation.upgrades)
        colo.row({"upgrade", std::to_string(u.rank), u.tower_id, u.operators, u.template_site,
                  N::number(u.added_population_5g, 0), N::number(u.added_households_5g, 0),
                  std::to_string(u.added_priority_places), N::number(u.added_road_m, 0),
                  N::number(u.added_waterway_m, 0), N::number(u.fiber_distance_m, 0), "", "",
                  u.outside_ward ? "yes" : "no"});
    for (const auto& alt : a.colocation.alternatives)
        colo.row({"alternative", "", alt.tower_id, alt.operators, alt.proposed_site, "", "", "", "",
                  "", N::number(alt.fiber_distance_m, 0), N::number(alt.distance_m, 0),
                  N::number(alt.difference, 0), ""});
    if (auto r = text("colocation.csv", colo.str()); !r) return std::unexpected(r.error());
    if (a.measured) {
        CsvTable measured({"area", "technology", "samples", "measured_share_pct",
                           "predicted_share_pct", "predicted_samples"});
        for (const core::MeasuredShare& r : a.measured->shares)
            measured.row({r.area.empty() ? "ward" : r.area,
                          core::technology_name(core::technology_of(r.layer)),
                          std::to_string(r.samples), pct(r.measured_share), pct(r.predicted_share),
                          std::to_string(r.predicted_samples)});
        if (auto r = text("measured_kpis.csv", measured.str()); !r)
            return std::unexpected(r.error());
    }

    // One GeoPackage with the vector outputs, in the working CRS.
    ensure_gdal_registered();
    ScopedGdalErrors errors;
    const std::string gpkg_path = (fs::path(dir) / "analysis.gpkg").string();
    AtomicFile& out = set.add(gpkg_path);
    {
        GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("GPKG");
        GDALDatasetUniquePtr ds(
            drv->Create(out.temp_path().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!ds) return std::unexpected(write_failure(gpkg_path, errors.suffix()));
        OGRSpatialReference srs;
        srs.SetFromUserInput(p.working_crs.wkt().c_str());
        srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        std::string error;
        // One transaction (fast, and all or nothing); a failure leaves no file behind
        // (the temporary is removed, the previous analysis.gpkg stays).
        if (ds->StartTransaction() != OGRERR_NONE)
            return std::unexpected(gpkg_path + ": cannot start a transaction" + errors.suffix());
        for (bool gaps_only : {false, true}) {
            namespace C = tables::priority_places;
            LayerWriter lw(*ds, gaps_only ? C::gaps : C::all, &srs, error);
            int r = 0;
            for (const core::PriorityPlace* pl : ranked) {
                const bool gap = core::is_priority_gap(*pl);
                if (gaps_only && !gap) continue;
                std::unique_ptr<OGRGeometry> geom;
                if (pl->source == core::PlaceSource::Poi) {
                    const core::Poi& poi = p.layers.poi[pl->index];
                    geom = poi.is_area ? to_ogr(poi.area) : to_ogr(poi.point);
                } else {
                    const auto& lines = pl->source == core::PlaceSource::Roads ? p.layers.roads
                                                                               : p.layers.waterways;
                    // Gaps layer: only the stretches without 5G.
                    geom = to_ogr(gaps_only ? pl->gap_path : lines[pl->index].path);
                }
                const int this_rank = gap ? ++r : 0;
                if (!lw.write(std::move(geom), [&](OGRFeature& f) {
                        if (this_rank) f.SetField(C::rank.name, this_rank);
                        f.SetField(C::source.name, core::place_source_name(pl->source));
                        f.SetField(C::name.name, pl->name.c_str());
                        f.SetField(C::category.name, pl->category.c_str());
                        f.SetField(C::status.name, core::priority_status_name(pl->status));
                        f.SetField(C::share_5g.name, pl->share_5g);
                        f.SetField(C::share_4g.name, pl->share_4g);
                        f.SetField(C::median_rsrp_5g_dbm.name, pl->median_rsrp_5g_dbm);
                        f.SetField(C::worst_rsrp_5g_dbm.name, pl->worst_rsrp_5g_dbm);
                        f.SetField(C::best_server_5g.name, pl->best_server_5g.c_str());
                        f.SetField(C::nearest_site.name, pl->nearest_site.c_str());
                        f.SetField(C::nearest_site_m.name, pl->nearest_site_m);
                        f.SetField(C::hamlet.name, pl->hamlet.c_str());
                        f.SetField(C::population_500m.name, pl->population_nearby);
                        f.SetField(C::score.name, pl->score);
                    }))
                    return std::unexpected(gpkg_path + ": " + error);
            }
        }
        namespace U = tables::tower_upgrades;
        LayerWriter up(*ds, U::spec, &srs, error);
        for (const auto& u : a.colocation.upgrades)
            if (!up.write(to_ogr(u.location), [&](OGRFeature& f) {
                    f.SetField(U::rank.name, u.rank);
                    f.SetField(U::tower_id.name, u.tower_id.c_str());
                    f.SetField(U::operators.name, u.operators.c_str());
                    f.SetField(U::added_population_5g.name, u.added_population_5g);
                    f.SetField(U::added_priority_places.name, u.added_priority_places);
                    f.SetField(U::added_road_m.name, u.added_road_m);
                    f.SetField(U::fiber_distance_m.name, u.fiber_distance_m);
                    f.SetField(U::outside_ward.name, u.outside_ward ? 1 : 0);
                }))
                return std::unexpected(gpkg_path + ": " + error);
        namespace H = tables::hamlet_kpis;
        LayerWriter hl(*ds, H::spec, &srs, error);
        for (std::size_t i = 0; i < a.area.hamlets.size(); ++i) {
            const CoverageTally& t = a.area.hamlets[i].tally;
            if (!hl.write(to_ogr(a.people.units[i].area), [&](OGRFeature& f) {
                    f.SetField(H::name.name, a.area.hamlets[i].name.c_str());
                    f.SetField(H::population.name, t.population);
                    f.SetField(H::share_4g.name,
                               CoverageTally::share(t.population_4g, t.population));
                    f.SetField(H::share_5g.name,
                               CoverageTally::share(t.population_5g, t.population));
                    f.SetField(H::households_fiber_share.name,
                               CoverageTally::share(t.households_fiber, t.households));
                }))
                return std::unexpected(gpkg_path + ": " + error);
        }
        // The plan's own layers as the project file holds them, and the proposals
        // alone, so that the file by itself makes the map in QGIS.
        if (auto r = write_plan_layers(*ds, p.layers, srs); !r)
            return std::unexpected(gpkg_path + ": " + r.error());
        std::vector<core::Site> proposed;
        std::copy_if(p.layers.sites.begin(), p.layers.sites.end(), std::back_inserter(proposed),
                     [](const core::Site& x) { return x.status == core::SiteStatus::Proposed; });
        if (auto r = write_sites_layer(*ds, tables::kProposedSitesTable, proposed, srs); !r)
            return std::unexpected(gpkg_path + ": " + r.error());
        // KPI tables (no geometry): the indicators now and the stored snapshots.
        namespace K = tables::kpis;
        LayerWriter kl(*ds, K::spec, nullptr, error);
        for (const core::Kpi& k : a.kpis)
            if (!kl.write(nullptr, [&](OGRFeature& f) {
                    f.SetField(K::kpi.name, k.id.c_str());
                    f.SetField(K::label_en.name, k.label_en.c_str());
                    f.SetField(K::label_vi.name, k.label_vi.c_str());
                    // NULL, not 0, where the value cannot be computed.
                    if (k.available()) {
                        f.SetField(K::value.name, k.value);
                        if (k.has_target) {
                            f.SetField(K::met.name, k.pass() ? 1 : 0);
                            f.SetField(K::short_by.name, k.short_by());
                        }
                    }
                    const core::Kpi* on = on_air_kpi(a, k.id);
                    if (on && on->available()) {
                        f.SetField(K::value_on_air.name, on->value);
                        if (on->has_target) f.SetField(K::met_on_air.name, on->pass() ? 1 : 0);
                    }
                    f.SetField(K::unit.name, k.unit.c_str());
                    f.SetField(K::counted.name, k.counted.c_str());
                    f.SetField(K::part.name, k.part);
                    f.SetField(K::whole.name, k.whole);
                    if (on) {
                        f.SetField(K::part_on_air.name, on->part);
                        f.SetField(K::whole_on_air.name, on->whole);
                    }
                    if (k.has_target) {
                        f.SetField(K::target.name, k.target);
                        f.SetField(K::target_year.name, k.target_year);
                    }
                }))
                return std::unexpected(gpkg_path + ": " + error);
        if (auto r = write_kpi_snapshots(*ds, tables::kpi_snapshots::in_analysis, p.snapshots); !r)
            return std::unexpected(gpkg_path + ": " + r.error());
        if (ds->CommitTransaction() != OGRERR_NONE)
            return std::unexpected(write_failure(gpkg_path, errors.suffix()));
        const std::size_t before = errors.messages().size();
        ds.reset();
        if (errors.messages().size() > before)
            return std::unexpected(write_failure(gpkg_path, errors.suffix()));
    }
    if (auto r = set.commit_all(); !r) return std::unexpected(r.error());
    files.push_back(gpkg_path);
    return files;
}

std::expected<core::SuggestResult, std::string> suggest_for_project(
    const Project& project, const PlanAnalysis& a, const core::SuggestOptions& options,
    core::Feedback* fb) {
    core::SuggestOptions o = options;
    o.nr = core::plan_5g_template(project.settings);  // what `Add 5G site` and upgrades get
    double residents = 0.0;
    for (float p : a.people.population) residents += p;
    if (a.people.source == core::PopulationSource::None || !(residents > 0.0))
        return std::unexpected(
            std::string("suggest chooses sites by the residents they cover, and the project has no "
                        "population figure (neither khu vực nor the ward carry one)"));
    std::array<bool, 256> water{};
    for (const LandUseClass& c : project.landuse_classes) {
        // Classes nobody lives in and nothing stands on: water by its name or its zero weight with
        // no loss.
        const std::string& name = c.legend.label;
        const bool is_water =
            name.find("water") != std::string::npos || name.find("nước") != std::string::npos;
        if (c.legend.value >= 0 && c.legend.value < 256 && is_water)
            water[static_cast<std::size_t>(c.legend.value)] = true;
    }
    auto candidates = core::make_candidates(
        project.layers, a.inputs.grid, a.inputs.clutter.empty() ? nullptr : a.inputs.clutter.data(),
        water, o);
    auto result = core::suggest_sites(project.layers, std::move(candidates), a.maps, a.people,
                                      core::CoverageCriteria::from(project.settings),
                                      a.inputs.options, a.inputs.ground_m, a.inputs.clutter, o, fb);
    if (!result || result->chosen.empty()) return result;
    // The greedy counts each candidate alone; check the whole plan with interference.
    std::vector<core::Site> sites = project.layers.sites;
    for (const core::Candidate& c : result->chosen) sites.push_back(c.site);
    auto cells = core::build_cells(sites, a.inputs.options);
    core::CoverageEngine engine(a.inputs.grid, a.inputs.options, a.inputs.ground_m,
                                a.inputs.clutter);
    if (auto t = engine.compute(cells.cells); !t) return std::unexpected(t.error());
    const core::CoverageMaps maps = core::CoverageMaps::from(engine);
    const core::CoverageCriteria k = core::CoverageCriteria::from(project.settings);
    double total = 0, covered = 0;
    for (std::size_t p = 0; p < a.people.population.size(); ++p) {
        total += a.people.population[p];
        if (k.has_5g(maps, p)) covered += a.people.population[p];
    }
    result->verified_population_5g_share = total > 0 ? covered / total : 0.0;
    // The greedy counts each site alone; the full engine (with interference) decides
    // whether the target is reached, so "reached" never sits next to a KPI that is short.
    if (result->verified_population_5g_share + 1e-9 < o.target_population_5g)
        result->target_reached = false;
    return result;
}

std::expected<std::vector<std::string>, std::string> write_suggestion(
    const std::string& dir, const Project& p, const core::SuggestResult& r) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    std::vector<std::string> files;
    auto to_wgs = CrsTransform::create(p.working_crs, Crs::wgs84());
    CsvTable chosen(
        {"order", "site_id", "kind", "cost", "height_m", "azimuths_deg", "lon", "lat", "x", "y"});
    for (std::size_t i = 0; i < r.chosen.size(); ++i) {
        const core::Candidate& c = r.chosen[i];
        double lon = c.site.location.x(), lat = c.site.location.y();
        if (to_wgs) (void)to_wgs->transform(lon, lat);
        std::string az;
        for (double v : c.site.azimuths_deg) az += (az.empty() ? "" : ";") + N::number(v, 0);
        chosen.row({std::to_string(i + 1), c.site.site_id, c.upgrade ? "upgrade" : "new site",
                    N::number(c.cost, 2), N::number(c.site.height_m, 1), az, N::number(lon, 6),
                    N::number(lat, 6), N::number(c.site.location.x(), 1),
                    N::number(c.site.location.y(), 1)});
    }
    const std::string csv = (fs::path(dir) / "suggest.csv").string();
    if (auto w = write_text_file(csv, chosen.str()); !w) return std::unexpected(w.error());
    files.push_back(csv);
    std::ostringstream s;
    core::JsonWriter j(s);
    j.begin_object()
        .field("target_reached", r.target_reached)
        .field("candidates", r.candidates.size());
    j.field("verified_population_5g_share", r.verified_population_5g_share);
    j.field("chosen", r.chosen.size())
        .field("seconds", r.seconds)
        .field("gain_evaluations", r.gain_evaluations);
    j.key("curve").begin_array();
    for (const auto& c : r.curve)
        j.begin_object()
            .field("sites", c.sites)
            .field("cost", c.cost)
            .field("population_5g_share", c.population_5g_share)
            .field("priority_places_5g", c.priority_places_5g)
            .field("added", c.added)
            .end_object();
    j.end_array().end_object();
    const std::string json = (fs::path(dir) / "suggest.json").string();
    if (auto w = write_text_file(json, s.str()); !w) return std::unexpected(w.error());
    files.push_back(json);
    return files;
}

}  // namespace covplan::gis
