#include "gis/measurement_job.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "core/coverage/cell_kernel.h"
#include "core/json_writer.h"
#include "core/propagation/model_calibration.h"
#include "gis/atomic_file.h"
#include "gis/crs_transform.h"
#include "gis/gdal_errors.h"
#include "gis/measurement_sites.h"
#include "gis/ogr_geometry.h"
#include "gis/ogr_layer_writer.h"
#include "gis/text_output.h"

namespace covplan::gis {
namespace fs = std::filesystem;

namespace tables::residuals {
inline constexpr Column sample{"sample", OFTInteger};
inline constexpr Column samples{"samples", OFTInteger};
inline constexpr Column cell{"cell", OFTString};
inline constexpr Column best_server{"best_server", OFTInteger};
inline constexpr Column distance_m{"distance_m", OFTReal};
inline constexpr Column clutter{"clutter", OFTInteger};
inline constexpr Column measured_dbm{"measured_dbm", OFTReal};
inline constexpr Column predicted_dbm{"predicted_dbm", OFTReal};
inline constexpr Column error_db{"error_db", OFTReal};
inline constexpr Column columns[] = {sample,  samples,      cell,          best_server, distance_m,
                                     clutter, measured_dbm, predicted_dbm, error_db};
inline constexpr TableSpec spec{"residuals", wkbPoint, columns, false};
}  // namespace tables::residuals

namespace {

std::string today_iso() {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

void stats_json(core::JsonWriter& j, const core::ErrorStats& s) {
    j.begin_object()
        .field("n", s.n)
        .field("mean_error_db", s.mean_error_db)
        .field("mean_abs_error_db", s.mean_abs_error_db)
        .field("rmse_db", s.rmse_db)
        .field("std_db", s.std_db)
        .field("correlation", s.correlation)
        .end_object();
}

void groups_json(core::JsonWriter& j, const char* key_name,
                 const std::vector<core::GroupError>& groups) {
    j.begin_array();
    for (const core::GroupError& g : groups) {
        j.begin_object().field(key_name, g.key);
        j.key("stats");
        stats_json(j, g.stats);
        j.end_object();
    }
    j.end_array();
}

}  // namespace

std::expected<MeasurementComparison, std::string> compare_measurements(
    const Project& project, const CoverageJobOptions& job, const core::ComparisonOptions& options,
    bool use_calibration, core::Feedback* feedback) {
    if (project.layers.measurements.empty())
        return std::unexpected(std::string(
            "the project has no measurements; import a drive test with --role measurements"));
    if (project.layers.sites.empty())
        return std::unexpected(std::string(
            "the project has no sites to predict from; import the operator's sites or the "
            "drive test with --add-serving-sites"));
    if (!(options.bin_m >= 0 && options.bin_m <= 1000))
        return std::unexpected("--bin-m " + std::to_string(options.bin_m) + " is outside 0–1000 m");
    MeasurementComparison out;
    // What the phones measured is on air: proposals neither serve a sample nor compete
    // as its best server.
    Project model_project = on_air(project);
    if (!use_calibration) model_project.calibration = {};
    out.calibrated = !model_project.calibration.empty();
    if (model_project.layers.sites.empty())
        return std::unexpected(std::string("the project has no site on air to predict from"));
    auto serving = match_serving(model_project);
    if (!serving) return std::unexpected(serving.error());
    out.serving = std::move(*serving);
    CoverageJobOptions j = job;
    j.population = false;
    auto inputs = prepare_coverage(model_project, j, feedback);
    if (!inputs) return std::unexpected(inputs.error());
    core::CoverageEngine engine(inputs->grid, inputs->options, inputs->ground_m, inputs->clutter);
    auto computed = engine.compute(inputs->cells.cells, feedback);
    if (!computed) return std::unexpected(computed.error());
    out.validation =
        core::compare_with_prediction(engine, inputs->clutter, model_project.layers.sites,
                                      model_project.layers.measurements, out.serving.site, options);
    std::set<std::string> models;
    for (const core::Cell& c : engine.cells()) models.insert(c.law.selection.title());
    for (const std::string& m : models) out.model += (out.model.empty() ? "" : "; ") + m;
    if (out.validation.compared.empty())
        return std::unexpected(
            "no sample could be compared: " + std::to_string(out.validation.outside_grid) +
            " lie outside the computed grid, " + std::to_string(out.validation.out_of_reach) +
            " where no cell's prediction reaches");
    return out;
}

std::expected<std::vector<std::string>, std::string> write_validation(
    const std::string& dir, const Project& project, const MeasurementComparison& c,
    const std::vector<std::pair<std::string, std::vector<std::uint8_t>>>& pngs) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) return std::unexpected("cannot create " + dir + ": " + ec.message());
    const core::ValidationResult& v = c.validation;
    AtomicFileSet set;
    std::vector<std::string> files;
    auto text = [&](const std::string& name,
                    const std::string& content) -> std::expected<void, std::string> {
        const std::string path = (fs::path(dir) / name).string();
        if (auto r = write_text_file(set.add(path), content); !r) return r;
        files.push_back(path);
        return {};
    };
    std::ostringstream js;
    {
        core::JsonWriter j(js);
        j.begin_object();
        j.field("samples", v.samples)
            .field("compared", v.compared.size())
            .field("bin_m", v.bin_m)
            .field("error", std::string_view("predicted minus measured RSRP, dB"))
            .field("calibrated", c.calibrated)
            .field("model", c.model);
        j.key("overall");
        stats_json(j, v.overall);
        j.key("by_cell");
        groups_json(j, "cell", v.by_cell);
        j.key("by_distance");
        groups_json(j, "distance", v.by_distance);
        j.key("by_clutter");
        groups_json(j, "landuse_class", v.by_clutter);
        j.key("left_out")
            .begin_object()
            .field("outside_grid", v.outside_grid)
            .field("out_of_reach", v.out_of_reach)
            .end_object();
        j.key("serving")
            .begin_object()
            .field("by_id", c.serving.by_id)
            .field("by_position", c.serving.by_position)
            .field("unmatched", c.serving.unmatched)
            .field("none_given", c.serving.unknown)
            .field("compared_with_best_server", v.best_server)
            .end_object();
        j.end_object();
    }
    js << "\n";
    if (auto r = text("validation.json", js.str()); !r) return std::unexpected(r.error());

    auto lonlat = CrsTransform::create(project.working_crs, Crs::wgs84());
    if (!lonlat) return std::unexpected(lonlat.error());
    CsvTable csv({"sample", "samples", "x", "y", "lon", "lat", "cell", "best_server", "distance_m",
                  "landuse_class", "measured_dbm", "predicted_dbm", "error_db"});
    using N = CsvTable;
    for (const core::ComparedSample& s : v.compared) {
        double lon = s.location.x(), lat = s.location.y();
        if (!lonlat->transform(lon, lat)) lon = lat = std::nan("");
        csv.row({std::to_string(s.sample + 1), std::to_string(s.samples),
                 N::number(s.location.x(), 2), N::number(s.location.y(), 2), N::number(lon, 7),
                 N::number(lat, 7), s.cell, s.best_server ? "1" : "0", N::number(s.distance_m, 1),
                 s.clutter >= 0 ? std::to_string(s.clutter) : "", N::number(s.measured_dbm, 2),
                 N::number(s.predicted_dbm, 2), N::number(s.error_db(), 2)});
    }
    if (auto r = text("validation_samples.csv", csv.str()); !r) return std::unexpected(r.error());

    ensure_gdal_registered();
    ScopedGdalErrors errors;
    const std::string gpkg_path = (fs::path(dir) / "validation.gpkg").string();
    AtomicFile& out = set.add(gpkg_path);
    {
        GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("GPKG");
        GDALDatasetUniquePtr ds(
            drv->Create(out.temp_path().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!ds) return std::unexpected(write_failure(gpkg_path, errors.suffix()));
        OGRSpatialReference srs;
        srs.SetFromUserInput(project.working_crs.wkt().c_str());
        srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        std::string error;
        if (ds->StartTransaction() != OGRERR_NONE)
            return std::unexpected(gpkg_path + ": cannot start a transaction" + errors.suffix());
        namespace C = tables::residuals;
        LayerWriter w(*ds, C::spec, &srs, error);
        for (const core::ComparedSample& s : v.compared)
            if (!w.write(to_ogr(s.location), [&](OGRFeature& f) {
                    f.SetField(C::sample.name, static_cast<int>(s.sample + 1));
                    f.SetField(C::samples.name, static_cast<int>(s.samples));
                    f.SetField(C::cell.name, s.cell.c_str());
                    f.SetField(C::best_server.name, s.best_server ? 1 : 0);
                    f.SetField(C::distance_m.name, s.distance_m);
                    if (s.clutter >= 0) f.SetField(C::clutter.name, s.clutter);
                    f.SetField(C::measured_dbm.name, s.measured_dbm);
                    f.SetField(C::predicted_dbm.name, s.predicted_dbm);
                    f.SetField(C::error_db.name, s.error_db());
                }))
                return std::unexpected(write_failure(gpkg_path, error));
        if (ds->CommitTransaction() != OGRERR_NONE)
            return std::unexpected(write_failure(gpkg_path, errors.suffix()));
        const std::size_t before = errors.messages().size();
        ds.reset();
        if (errors.messages().size() > before)
            return std::unexpected(write_failure(gpkg_path, errors.suffix()));
    }
    files.push_back(gpkg_path);
    for (const auto& [name, bytes] : pngs) {
        const std::string path = (fs::path(dir) / name).string();
        if (auto r = write_text_file(
                set.add(path),
                std::string(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
            !r)
            return std::unexpected(r.error());
        files.push_back(path);
    }
    if (auto r = set.commit_all(); !r) return std::unexpected(r.error());
    return files;
}

std::expected<CalibrationRun, std::string> calibrate_model(
    const Project& project, const CoverageJobOptions& job,
    const core::ComparisonOptions& validation, const core::CalibrationOptions& options,
    core::Feedback* feedback) {
    CalibrationRun run;
    auto before = compare_measurements(project, job, validation, false, feedback);
    if (!before) return std::unexpected(before.error());
    run.before = std::move(*before);
    if (options.scope == core::CalibrationScope::Clutter && !project.raster(RasterKind::LandUse))
        return std::unexpected(std::string(
            "--by clutter needs a land-use raster (covplan add-raster PROJECT --landuse FILE)"));
    auto report = core::fit_calibration(run.before.validation.compared, options);
    if (!report) return std::unexpected(report.error());
    run.report = std::move(*report);
    run.report.calibration.date = today_iso();
    run.report.calibration.raw_samples = run.before.validation.samples;
    return run;
}

std::expected<std::string, std::string> write_calibration(const std::string& dir,
                                                          const CalibrationRun& run, bool stored) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) return std::unexpected("cannot create " + dir + ": " + ec.message());
    const core::CalibrationReport& r = run.report;
    const core::ModelCalibration& cal = r.calibration;
    std::ostringstream js;
    core::JsonWriter j(js);
    auto three = [&](const core::ErrorStats& s) {
        j.begin_object()
            .field("mean_error_db", s.mean_error_db)
            .field("rmse_db", s.rmse_db)
            .field("std_db", s.std_db)
            .field("mean_abs_error_db", s.mean_abs_error_db)
            .end_object();
    };
    j.begin_object()
        .field("n", run.before.validation.compared.size())
        .field("raw_samples", run.before.validation.samples)
        .field("bin_m", run.before.validation.bin_m)
        .field("model", run.before.model);
    j.key("before");
    three(r.before);
    j.key("after");
    three(r.after);
    j.field("after_is", std::string_view("cross-validated: each sample's error from a fit that "
                                         "did not see its spatial block"))
        .field("folds", r.folds)
        .field("blocks", r.blocks)
        .field("by", cal.by)
        .field("stored", stored)
        .field("date", cal.date);
    j.key("parameters").begin_array();
    j.begin_object()
        .field("scope", std::string_view("global"))
        .field("offset_db", cal.global.offset_db)
        .field("slope_db_per_decade", cal.global.slope_db_per_decade)
        .field("samples", cal.global.samples)
        .end_object();
    for (const auto& [site, t] : cal.by_site)
        j.begin_object()
            .field("scope", std::string_view("cell"))
            .field("site_id", site)
            .field("offset_db", t.offset_db)
            .field("slope_db_per_decade", t.slope_db_per_decade)
            .field("samples", t.samples)
            .end_object();
    for (const auto& [cls, off] : cal.clutter_offset_db)
        j.begin_object()
            .field("scope", std::string_view("clutter"))
            .field("landuse_class", cls)
            .field("offset_db", off)
            .end_object();
    j.end_array();
    j.key("notes").begin_array();
    for (const std::string& n : r.notes) j.value(n);
    j.end_array();
    j.end_object();
    js << "\n";
    const std::string path = (fs::path(dir) / "calibration.json").string();
    if (auto w = write_text_file(path, js.str()); !w) return std::unexpected(w.error());
    return path;
}

core::MeasuredKpis project_measured_kpis(const Project& project, const core::CoverageEngine& engine,
                                         const core::ServingMatch& serving) {
    core::MeasuredKpiInputs in;
    const auto& samples = project.layers.measurements;
    in.samples = &samples;
    in.ward = project.layers.ward.empty() ? nullptr : &project.layers.ward;
    in.hamlets = &project.layers.hamlets;
    in.threshold_dbm[0] = project.settings.rsrp_threshold_4g_dbm;
    in.threshold_dbm[1] = project.settings.rsrp_threshold_5g_dbm;
    in.baseline_mbps = project.settings.targets.download_baseline_2024_mbps;
    in.factor = project.settings.targets.download_factor;
    const core::GridSpec& g = engine.grid();
    in.layer.resize(samples.size(), core::TechLayer::Lte4G);
    for (auto& v : in.predicted_dbm) v.assign(samples.size(), std::nan(""));
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const core::Measurement& m = samples[i];
        if (m.technology)
            in.layer[i] = core::layer_of(*m.technology);
        else if (i < serving.site.size() && serving.site[i] >= 0)
            in.layer[i] = core::layer_of(
                project.layers.sites[static_cast<std::size_t>(serving.site[i])].technology);
        const int col =
            static_cast<int>(std::floor((m.location.x() - g.origin_x) / g.pixel_size_m));
        const int row =
            static_cast<int>(std::floor((g.origin_y - m.location.y()) / g.pixel_size_m));
        if (col < 0 || row < 0 || col >= g.cols || row >= g.rows) continue;
        for (core::TechLayer L : core::kTechLayers) {
            if (!engine.has_layer(L)) continue;
            const float v = engine.rsrp_at(L, col, row);
            // No cell reaching is a prediction too: below every threshold.
            in.predicted_dbm[core::index_of(L)][i] =
                v == core::CoverageEngine::kNoData ? -200.0 : static_cast<double>(v);
        }
    }
    return core::measured_kpis(in);
}

}  // namespace covplan::gis
