#include "gis/coverage_job.h"

#include <cctype>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>

#include "core/analysis/hamlet_coverage.h"
#include "core/coverage/line_of_sight.h"
#include "core/coverage/work_estimate.h"
#include "core/json_writer.h"
#include "core/propagation/itm.h"
#include "core/propagation/model_calibration.h"
#include "core/propagation/model_registry.h"
#include "core/stopwatch.h"
#include "gis/antenna_files.h"
#include "gis/atomic_file.h"
#include "gis/crs_transform.h"
#include "gis/raster_io.h"
#include "gis/text_output.h"
#include "gis/working_grid.h"

namespace covplan::gis {
namespace fs = std::filesystem;

std::optional<std::string> validate_job_options(const CoverageJobOptions& job) {
    if (job.resolution_m && !(std::isfinite(*job.resolution_m) && *job.resolution_m >= 1.0 &&
                              *job.resolution_m <= 1000.0))
        return "resolution (--resolution-m) " + std::to_string(*job.resolution_m) +
               " is outside 1–1000 m";
    if (job.threads < 0 || job.threads > 1024)
        return "threads (--threads) must be 0 (all cores) to 1024, not " +
               std::to_string(job.threads);
    if (!(std::isfinite(job.margin_m) && job.margin_m >= 0 && job.margin_m <= 50000))
        return "grid margin " + std::to_string(job.margin_m) + " m is outside 0–50000 m";
    return std::nullopt;
}

std::array<float, 256> population_weights(const Project& project) {
    std::array<float, 256> w{};
    for (const LandUseClass& c : project.landuse_classes)
        if (c.legend.value >= 0 && c.legend.value < 256)
            w[static_cast<std::size_t>(c.legend.value)] = static_cast<float>(c.population_weight);
    return w;
}

std::expected<core::CoverageOptions, std::string> coverage_options(const Project& project) {
    const core::PlanSettings& s = project.settings;
    if (auto e = core::settings_error(s)) return std::unexpected(*e);
    core::CoverageOptions o;
    auto model = core::parse_model_choice(s.propagation_model);
    auto env = core::parse_environment(s.environment);
    if (!model || !env)
        return std::unexpected(std::string("setting propagation_model/environment"));
    o.model = *model;
    o.environment = *env;
    o.receiver_height_m = s.receiver_height_m;
    o.noise_figure_db = s.noise_figure_db;
    o.interference_load = s.interference_load;
    o.terrain_diffraction = s.terrain_diffraction;
    o.itm = s.itm;
    o.rsrp_floor_dbm = s.rsrp_floor_dbm;
    o.max_radius_m = s.max_radius_m;
    for (const LandUseClass& c : project.landuse_classes)
        if (c.legend.value >= 0 && c.legend.value < 256)
            o.clutter_loss_db[static_cast<std::size_t>(c.legend.value)] =
                static_cast<float>(c.extra_loss_db);
    if (!project.calibration.empty()) {
        o.calibration = std::make_shared<const core::ModelCalibration>(project.calibration);
        for (const auto& [cls, offset_db] : project.calibration.clutter_offset_db)
            if (cls >= 0 && cls < 256)
                o.clutter_loss_db[static_cast<std::size_t>(cls)] += static_cast<float>(offset_db);
    }
    return o;
}

std::expected<std::shared_ptr<const core::AntennaLibrary>, std::string> load_antenna_files(
    const std::vector<core::Site>& sites, const std::string& project_dir,
    std::vector<std::string>* notes) {
    auto library = std::make_shared<core::AntennaLibrary>();
    for (const core::Site& site : sites) {
        const std::string& name = site.antenna_model;
        if (!is_antenna_file_name(name) || library->contains(name)) continue;
        auto parsed = read_antenna_file((fs::path(project_dir) / name).string());
        if (!parsed) return std::unexpected("site " + site.site_id + ": " + parsed.error());
        if (notes) notes->insert(notes->end(), parsed->notes.begin(), parsed->notes.end());
        (*library)[name] = std::make_shared<const core::AntennaPattern>(std::move(parsed->pattern));
    }
    return library;
}

std::vector<std::string> CoverageInputs::notes_with(const core::CellBuildResult& other) const {
    std::vector<std::string> all = other.warnings;
    all.insert(all.end(), input_notes.begin(), input_notes.end());
    return all;
}

std::expected<CoverageInputs, std::string> prepare_coverage(const Project& project,
                                                            const CoverageJobOptions& job,
                                                            core::Feedback* feedback) {
    if (auto e = validate_job_options(job)) return std::unexpected(*e);
    CoverageInputs in;
    auto opts = coverage_options(project);
    if (!opts) return std::unexpected(opts.error());
    in.options = *opts;
    in.options.threads = job.threads;
    Project gridded = project;
    if (job.resolution_m) gridded.settings.resolution_m = *job.resolution_m;
    auto grid = project_grid(gridded, job.margin_m);
    if (!grid) return std::unexpected(grid.error());
    in.grid = *grid;
    const double t0 = core::monotonic_seconds();
    double dem_share = 1.0;
    if (project.raster(RasterKind::Dem)) {
        auto dem = project_dem(project, in.grid, feedback);
        if (!dem) return std::unexpected(dem.error());
        dem_share = raster_share_valid(*dem);
        in.ground_m = std::move(dem->values);
        for (float& v : in.ground_m)
            if (v == dem->nodata) v = 0.0f;  // outside the DEM: sea level, the delta's datum
    }
    if (project.raster(RasterKind::LandUse)) {
        auto lu = project_landuse(project, in.grid, feedback);
        if (!lu) return std::unexpected(lu.error());
        in.clutter = std::move(lu->values);
    }
    in.read_s = core::monotonic_seconds() - t0;
    std::vector<std::string> antenna_notes;
    auto library = load_antenna_files(project.layers.sites, job.project_dir, &antenna_notes);
    if (!library) return std::unexpected(library.error());
    in.options.antennas = *library;
    in.cells = core::build_cells(project.layers.sites, in.options);
    if (!in.cells.errors.empty()) return std::unexpected(in.cells.errors.front());
    in.input_notes = std::move(antenna_notes);
    // Before any pixel is computed: a 100,000-row sheet is refused in seconds.
    const core::WorkEstimate work = core::estimate_work(in.grid, in.cells.cells);
    if (auto refusal = core::work_refusal(work)) return std::unexpected(*refusal);
    if (auto note = core::work_note(work)) in.input_notes.push_back(*note);
    if (dem_share < 0.99) {
        char w[200];
        std::snprintf(w, sizeof w,
                      "the DEM covers %.1f %% of the working area; ground outside it is taken "
                      "as 0 m (sea level)",
                      100.0 * dem_share);
        in.input_notes.emplace_back(w);
    }
    if (job.population) {
        const std::array<float, 256> weights = population_weights(project);
        std::vector<float> counted;
        if (project.raster(RasterKind::Population)) {
            auto raster = project_population(project, in.grid, feedback);
            if (!raster) return std::unexpected(raster.error());
            counted = std::move(raster->values);
        }
        in.people =
            core::spread_plan_population(project.layers, project.settings.household_size, in.grid,
                                         in.clutter.empty() ? nullptr : in.clutter.data(), weights,
                                         counted.empty() ? nullptr : counted.data());
        in.fiber_distance_m =
            core::fiber_distance_m(project.layers.fiber, in.grid, in.people.population);
    }
    return in;
}

namespace {

//! A run without a DEM writes no los.tif, one without 5G no *_5g.tif: an old one left
//! beside the new coverage.json would be read as part of this run.
void remove_outputs_of_earlier_runs(const std::string& dir, const std::vector<std::string>& now) {
    for (const char* name :
         {"best_server_4g.tif", "sinr_4g.tif", "rsrp_4g.tif", "best_server_5g.tif", "sinr_5g.tif",
          "rsrp_5g.tif", "service_class.tif", "throughput.tif", "los.tif"}) {
        const std::string path = (fs::path(dir) / name).string();
        if (std::find(now.begin(), now.end(), path) != now.end()) continue;
        std::error_code ec;
        fs::remove(path, ec);
        fs::remove(path + ".aux.xml", ec);
    }
}

template <typename T>
core::Raster<T> like(const core::GridSpec& grid, std::vector<T> values, T nodata) {
    core::Raster<T> r;
    r.grid = grid;
    r.values = std::move(values);
    r.nodata = nodata;
    r.has_nodata = true;
    return r;
}

}  // namespace

std::expected<CoverageOutputs, std::string> write_coverage_outputs(
    const std::string& dir, const Project& project, const CoverageInputs& in,
    const core::CoverageEngine& engine, const core::CoverageTimings& timings, double total_s,
    const CoverageOutputOptions& output) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) return std::unexpected("cannot create " + dir + ": " + ec.message());
    CoverageOutputs out;
    const double write_t0 = core::monotonic_seconds();
    if (engine.cells().size() > core::kMaxCoverageCells)
        return std::unexpected(std::string("more than 32767 cells: best-server rasters are Int16"));
    const char* tech_name[core::kLayerCount] = {"4g", "5g"};
    std::vector<float> best_thr(engine.grid().pixel_count(), core::CoverageEngine::kNoData);
    // Rasters are written one after the other; each compresses its blocks on all cores
    // (NUM_THREADS). Writing nine at once was no faster (0.55 s against 0.53 s for the
    // sample at 10 m, 2 cores) and ran GDAL's failure paths on a full disk on nine
    // threads at once (a CI run under ASan hung in the full-disk test; not reproduced
    // here). The first failure stops the set: on a full disk nothing after it fits.
    // Each raster is written as soon as it exists and freed after. The rasters and
    // coverage.json describe one run: none replaces an old file until all were written
    // and reopened (a full disk leaves the whole old set).
    AtomicFileSet set;
    std::string write_error;
    const auto add = [&](const std::string& name, const auto& raster, GeoTiffOptions o) {
        if (!write_error.empty()) return;
        const std::string path = (fs::path(dir) / name).string();
        o.compression = output.compression;
        if (auto r = write_geotiff(set.add(path), raster, o); !r)
            write_error = r.error();
        else
            out.files.push_back(path);
    };
    std::vector<std::int32_t> los_best;  // best server of the LOS layer, kept from its products
    const core::TechLayer los_layer =
        engine.has_layer(core::TechLayer::Nr5G) ? core::TechLayer::Nr5G : core::TechLayer::Lte4G;
    // Service class per pixel under the plan's criteria (RSRP threshold, SINR floor):
    // the map officials colour in QGIS straight from its colour table.
    const core::CoverageCriteria criteria = core::CoverageCriteria::from(project.settings);
    std::vector<std::uint8_t> service(engine.grid().pixel_count(), 0);
    for (core::TechLayer layer : core::kTechLayers) {
        if (!engine.has_layer(layer)) continue;
        const std::size_t L = core::index_of(layer);
        core::LayerProducts p = engine.products(layer);
        if (layer == los_layer && !in.ground_m.empty()) los_best = p.best_cell.values;
        const double threshold =
            layer == core::TechLayer::Lte4G ? criteria.rsrp_4g_dbm : criteria.rsrp_5g_dbm;
        for (std::size_t i = 0; i < service.size(); ++i)
            if (p.rsrp_dbm.values[i] >= threshold && p.sinr_db.values[i] >= criteria.sinr_floor_db)
                service[i] |= static_cast<std::uint8_t>(layer == core::TechLayer::Lte4G ? 1 : 2);
        // Cloud-Optimized GeoTIFF: QGIS and web viewers read any part at any zoom.
        GeoTiffOptions o;
        o.cloud_optimized = true;
        std::vector<std::int16_t> best(p.best_cell.values.size());
        for (std::size_t i = 0; i < best.size(); ++i)
            best[i] = static_cast<std::int16_t>(p.best_cell.values[i]);
        for (std::size_t i = 0; i < best_thr.size(); ++i)
            best_thr[i] = std::max(best_thr[i], p.throughput_mbps.values[i]);
        o.description =
            std::string("best server ") + tech_name[L] + " (cell index in coverage.json)";
        add(std::string("best_server_") + tech_name[L] + ".tif",
            like(engine.grid(), std::move(best), std::int16_t{-1}), o);
        o.description = std::string("SINR ") + tech_name[L] + " (dB)";
        add(std::string("sinr_") + tech_name[L] + ".tif", p.sinr_db, o);
        o.description = std::string("RSRP ") + tech_name[L] + " (dBm per resource element)";
        add(std::string("rsrp_") + tech_name[L] + ".tif", p.rsrp_dbm, o);
    }
    {
        GeoTiffOptions o;
        o.cloud_optimized = true;
        o.description = "service: 0 none, 1 4G only, 2 5G only, 3 4G and 5G (plan thresholds)";
        o.classes = {{0, 215, 215, 215, "no 4G/5G (không có sóng 4G/5G)"},
                     {1, 44, 123, 182, "4G only (chỉ 4G)"},
                     {2, 253, 174, 97, "5G only (chỉ 5G)"},
                     {3, 26, 150, 65, "4G and 5G (có 4G và 5G)"}};
        core::Raster<std::uint8_t> cls;
        cls.grid = engine.grid();
        cls.values = std::move(service);
        cls.has_nodata = false;
        add("service_class.tif", cls, o);
    }
    {
        GeoTiffOptions o;
        o.cloud_optimized = true;
        o.description = "estimated downlink throughput, best layer (Mbit/s)";
        add("throughput.tif",
            like(engine.grid(), std::move(best_thr), core::CoverageEngine::kNoData), o);
    }
    double los_s = 0.0;
    if (!in.ground_m.empty() && write_error.empty()) {
        const double t = core::monotonic_seconds();
        const std::size_t L = core::index_of(los_layer);
        if (los_best.empty()) los_best = engine.products(los_layer).best_cell.values;
        core::Raster<std::uint8_t> los = core::line_of_sight_raster(
            engine.grid(), in.ground_m, engine.cells(), los_best, in.options.receiver_height_m);
        los_s = core::monotonic_seconds() - t;
        GeoTiffOptions o;
        o.cloud_optimized = true;
        o.description = std::string("line of sight to the best ") + tech_name[L] + " server";
        o.classes = {{1, 26, 150, 65, "LOS"}, {2, 215, 48, 39, "NLOS"}};
        add("los.tif", los, o);
    }
    if (!write_error.empty()) return std::unexpected(write_error);

    // coverage.json: what was computed, with what, and how fast.
    const std::string json_path = (fs::path(dir) / "coverage.json").string();
    std::ostringstream f;
    core::JsonWriter j(f);
    j.begin_object();
    j.field("project", project.title);
    j.field("crs", project.working_crs.describe());
    j.field("compression", raster_compression_name(output.compression));
    j.key("grid").begin_object();
    const core::GridSpec& g = engine.grid();
    j.field("origin_x", g.origin_x)
        .field("origin_y", g.origin_y)
        .field("pixel_size_m", g.pixel_size_m);
    j.field("cols", g.cols).field("rows", g.rows).field("pixels", g.pixel_count());
    j.end_object();
    j.key("settings").begin_object();
    j.field("model", project.settings.propagation_model)
        .field("environment", project.settings.environment);
    j.field("receiver_height_m", in.options.receiver_height_m)
        .field("noise_figure_db", in.options.noise_figure_db);
    j.field("interference_load", in.options.interference_load)
        .field("rsrp_floor_dbm", in.options.rsrp_floor_dbm);
    j.field("dem", !in.ground_m.empty()).field("landuse", !in.clutter.empty());
    j.field("terrain_diffraction", in.options.terrain_diffraction && !in.ground_m.empty());
    // ITM's inputs beyond the path (used by cells whose model_id is "itm").
    const core::ItmSettings& itm = in.options.itm;
    j.key("itm")
        .begin_object()
        .field("climate", itm.climate)
        .field("climate_name",
               core::itm::climate_name(static_cast<core::itm::Climate>(itm.climate)))
        .field("n0", itm.n0_n_units)
        .field("epsilon", itm.epsilon)
        .field("sigma_s_per_m", itm.sigma_s_per_m)
        .field("polarization", itm.polarization)
        .field("mdvar", itm.mdvar)
        .field("time_pct", itm.time_pct)
        .field("location_pct", itm.location_pct)
        .field("situation_pct", itm.situation_pct)
        .end_object();
    j.end_object();
    auto to_wgs = CrsTransform::create(project.working_crs, Crs::wgs84());
    j.key("cells").begin_array();
    for (std::size_t i = 0; i < engine.cells().size(); ++i) {
        const core::Cell& c = engine.cells()[i];
        double lon = c.x_m, lat = c.y_m;
        if (to_wgs) (void)to_wgs->transform(lon, lat);
        j.begin_object()
            .field("index", i)
            .field("id", c.id)
            .field("technology", core::technology_name(c.technology));
        j.field("freq_mhz", c.freq_mhz).field("bandwidth_mhz", c.bandwidth_mhz);
        j.field("azimuth_deg", c.omni ? -1.0 : c.azimuth_deg).field("height_m", c.antenna_height_m);
        j.field("rs_power_dbm", c.rs_power_dbm).field("antenna", c.antenna->name());
        j.field("model", c.law.model_name).field("extrapolated", c.law.extrapolated);
        // The names `covplan pathloss --model/--variant` take, and the rule the engine
        // applies below the model's minimum distance (empty if none).
        j.field("model_id", c.law.selection.model_id()).field("variant", c.law.selection.variant);
        j.field("below_min_distance", c.law.below_min_distance);
        j.field("radius_m", c.radius_m)
            .field("lon", lon)
            .field("lat", lat)
            .field("carrier", c.carrier);
        j.end_object();
    }
    j.end_array();
    j.key("warnings").begin_array();
    for (const std::string& w : in.notes()) j.value(w);
    j.end_array();
    j.key("timings_s").begin_object();
    j.field("read_rasters", in.read_s)
        .field("terrain", timings.terrain_s)
        .field("propagation", timings.propagation_s);
    j.field("products", timings.products_s).field("line_of_sight", los_s);
    j.field("write", core::monotonic_seconds() - write_t0)
        .field("total", total_s + (core::monotonic_seconds() - write_t0));
    j.end_object();
    j.field("cell_pixel_evaluations", timings.cell_pixel_evaluations);
    j.end_object();
    if (auto r = write_text_file(set.add(json_path), f.str()); !r)
        return std::unexpected(r.error());
    if (auto r = set.commit_all(); !r) return std::unexpected(r.error());
    out.files.push_back(json_path);
    remove_outputs_of_earlier_runs(dir, out.files);
    return out;
}

}  // namespace covplan::gis
