#include "gis/profile_job.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <sstream>

#include "core/json_writer.h"
#include "core/propagation/model_registry.h"
#include "core/value_parsing.h"
#include "gis/atomic_file.h"
#include "gis/crs_transform.h"
#include "gis/raster_io.h"
#include "gis/text_output.h"
#include "gis/working_grid.h"

namespace fs = std::filesystem;

namespace covplan::gis {

namespace {

constexpr int kMaxSteps = 20000;
constexpr double kMaxLength_m = 300000.0;  // ITM p2p goes further; a ward plan never does
// DEM read per chunk of samples: a diagonal chunk's grid at half a step is at most
// 2048 x 2048 px (16 MB), and a 20,000-step path opens the DEM 20 times.
constexpr int kChunkSamples = 1024;

template <typename... T>
std::string format(const char* fmt, T... values) {
    char buf[160];
    std::snprintf(buf, sizeof buf, fmt, values...);
    return buf;
}

std::expected<ProfileEnd, std::string> resolve_end(const Project& project, const std::string& text,
                                                   const char* which, const CrsTransform& to_work,
                                                   const CrsTransform& to_wgs84,
                                                   const core::Site** site) {
    *site = nullptr;
    ProfileEnd end;
    const auto comma = text.find(',');
    if (comma != std::string::npos) {
        const auto lon = core::parse_plain_number(std::string_view(text).substr(0, comma));
        const auto lat = core::parse_plain_number(std::string_view(text).substr(comma + 1));
        if (lon && lat) {
            if (*lon < -180 || *lon > 180 || *lat < -90 || *lat > 90)
                return std::unexpected(std::string("--") + which + " " + text +
                                       " is not a WGS 84 longitude,latitude");
            end.lon_deg = *lon;
            end.lat_deg = *lat;
            end.x_m = *lon;
            end.y_m = *lat;
            if (!to_work.transform(end.x_m, end.y_m))
                return std::unexpected(std::string("--") + which + " " + text +
                                       ": cannot transform to the working CRS");
            end.label = format("%.6f, %.6f", *lon, *lat);
            return end;
        }
    }
    for (const core::Site& s : project.layers.sites) {
        if (s.site_id != text) continue;
        *site = &s;
        end.site_id = s.site_id;
        end.label = s.site_id;
        end.x_m = s.location.x();
        end.y_m = s.location.y();
        end.lon_deg = end.x_m;
        end.lat_deg = end.y_m;
        if (!to_wgs84.transform(end.lon_deg, end.lat_deg))
            return std::unexpected("site " + s.site_id + ": cannot transform to WGS 84");
        return end;
    }
    return std::unexpected(
        std::string("--") + which + " '" + text + "' is neither a site id of the project (" +
        std::to_string(project.layers.sites.size()) + " sites) nor a longitude,latitude");
}

// Heights at the sample points from the project's DEM, read chunk by chunk onto small
// grids at half the step (bilinear there, bilinear between their centres).
std::expected<std::vector<double>, std::string> sample_dem(const Project& project,
                                                           const std::vector<double>& xs,
                                                           const std::vector<double>& ys,
                                                           double step_m,
                                                           const std::vector<double>& dist_m) {
    std::vector<double> z(xs.size(), 0.0);
    const double px = std::max(0.5, step_m / 2.0);
    for (std::size_t a = 0; a < xs.size(); a += kChunkSamples) {
        const std::size_t b = std::min(xs.size(), a + kChunkSamples);
        core::Extent e;
        for (std::size_t i = a; i < b; ++i) e.include(xs[i], ys[i]);
        e.min_x -= 2 * px;
        e.min_y -= 2 * px;
        e.max_x += 2 * px;
        e.max_y += 2 * px;
        const core::GridSpec grid = core::GridSpec::covering(e, px, project.working_crs.wkt());
        auto dem = project_dem(project, grid);
        if (!dem)
            return std::unexpected(
                format("the path from %.0f m to %.0f m: ", dist_m[a], dist_m[b - 1]) + dem.error());
        for (std::size_t i = a; i < b; ++i) {
            const double fc = (xs[i] - grid.origin_x) / px - 0.5;
            const double fr = (grid.origin_y - ys[i]) / px - 0.5;
            const int c0 = std::clamp(static_cast<int>(std::floor(fc)), 0, grid.cols - 2);
            const int r0 = std::clamp(static_cast<int>(std::floor(fr)), 0, grid.rows - 2);
            const double tx = std::clamp(fc - c0, 0.0, 1.0), ty = std::clamp(fr - r0, 0.0, 1.0);
            const float v00 = dem->at(c0, r0), v10 = dem->at(c0 + 1, r0);
            const float v01 = dem->at(c0, r0 + 1), v11 = dem->at(c0 + 1, r0 + 1);
            for (float v : {v00, v10, v01, v11})
                if (v == dem->nodata) {
                    const RasterSource* src = project.raster(RasterKind::Dem);
                    return std::unexpected(
                        (src ? src->path : std::string("the DEM")) +
                        format(": no height %.0f m along the path (x %.0f, y %.0f in the "
                               "working CRS): the DEM does not cover the whole path",
                               dist_m[i], xs[i], ys[i]));
                }
            z[i] = (1 - ty) * ((1 - tx) * v00 + tx * v10) + ty * ((1 - tx) * v01 + tx * v11);
        }
    }
    return z;
}

}  // namespace

std::optional<std::string> validate_profile_request(const ProfileRequest& r) {
    if (r.from.empty() || r.to.empty()) return std::string("--from and --to are required");
    if (!(r.k_factor >= 0.25 && r.k_factor <= 100.0))
        return format("--k %g is outside 0.25-100 (4/3 standard, 2/3 sub-refractive)", r.k_factor);
    if (r.freq_mhz && !(*r.freq_mhz >= 20.0 && *r.freq_mhz <= 100000.0))
        return format("--freq-mhz %g is outside 20-100000 MHz", *r.freq_mhz);
    if (r.tx_height_m && !(*r.tx_height_m >= 0.5 && *r.tx_height_m <= 3000.0))
        return format("--tx-height-m %g is outside 0.5-3000 m", *r.tx_height_m);
    if (r.rx_height_m && !(*r.rx_height_m >= 0.5 && *r.rx_height_m <= 3000.0))
        return format("--rx-height-m %g is outside 0.5-3000 m", *r.rx_height_m);
    if (r.step_m && !(*r.step_m >= 1.0 && *r.step_m <= 1000.0))
        return format("--step-m %g is outside 1-1000 m", *r.step_m);
    return std::nullopt;
}

std::expected<ProfileResult, std::string> compute_profile(const Project& project,
                                                          const ProfileRequest& request) {
    if (auto e = validate_profile_request(request)) return std::unexpected(*e);
    auto to_work = CrsTransform::create(Crs::wgs84(), project.working_crs);
    auto to_wgs = CrsTransform::create(project.working_crs, Crs::wgs84());
    if (!to_work || !to_wgs)
        return std::unexpected("the project's working CRS cannot be reached from WGS 84");
    ProfileResult out;
    const core::Site* from_site = nullptr;
    const core::Site* to_site = nullptr;
    auto from = resolve_end(project, request.from, "from", *to_work, *to_wgs, &from_site);
    if (!from) return std::unexpected(from.error());
    auto to = resolve_end(project, request.to, "to", *to_work, *to_wgs, &to_site);
    if (!to) return std::unexpected(to.error());
    out.from = *from;
    out.to = *to;

    const double dx = out.to.x_m - out.from.x_m, dy = out.to.y_m - out.from.y_m;
    const double length = std::hypot(dx, dy);
    if (!(length > 0.0)) return std::unexpected(std::string("--from and --to are the same place"));
    if (length > kMaxLength_m)
        return std::unexpected(
            format("the path is %.1f km long; covplan draws profiles up to %.0f km",
                   length / 1000.0, kMaxLength_m / 1000.0));
    double step = request.step_m.value_or(project.settings.resolution_m);
    step = std::max(step, length / kMaxSteps);
    const int intervals = std::max(2, static_cast<int>(std::ceil(length / step)));
    step = length / intervals;

    core::PathProfileInput& in = out.input;
    in.freq_mhz = request.freq_mhz.value_or(from_site ? from_site->freq_mhz : 1800.0);
    in.tx_height_m = request.tx_height_m.value_or(from_site ? from_site->height_m : 30.0);
    in.rx_height_m = request.rx_height_m.value_or(to_site ? to_site->height_m
                                                          : project.settings.receiver_height_m);
    in.k_factor = request.k_factor;
    std::vector<double> xs, ys;
    for (int i = 0; i <= intervals; ++i) {
        const double t = static_cast<double>(i) / intervals;
        in.distance_m.push_back(length * t);
        xs.push_back(out.from.x_m + dx * t);
        ys.push_back(out.from.y_m + dy * t);
    }
    if (const RasterSource* dem = project.raster(RasterKind::Dem)) {
        auto z = sample_dem(project, xs, ys, step, in.distance_m);
        if (!z) return std::unexpected(z.error());
        in.ground_m = std::move(*z);
        out.dem_path = dem->path;
    } else {
        in.ground_m.assign(xs.size(), 0.0);
        out.warnings.push_back(
            "the project has no DEM: the ground is taken flat at 0 m (add one with covplan "
            "add-raster PROJECT --dem FILE)");
    }
    out.profile = core::analyse_path_profile(in);
    const auto env = core::parse_environment(project.settings.environment);
    out.environment = project.settings.environment;
    out.losses =
        core::path_losses(in, env.value_or(core::Environment::Suburban), project.settings.itm);
    return out;
}

std::expected<std::vector<std::string>, std::string> write_profile(
    const std::string& dir, const ProfileResult& r, const std::vector<std::uint8_t>& png) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) return std::unexpected("cannot create " + dir + ": " + ec.message());

    CsvTable csv({"distance_m", "ground_m", "curved_ground_m", "los_m", "fresnel_radius_m",
                  "clearance_m", "fresnel_clearance_m"});
    for (const core::ProfileRow& row : r.profile.rows)
        csv.row({CsvTable::number(row.distance_m, 1), CsvTable::number(row.ground_m, 2),
                 CsvTable::number(row.curved_ground_m, 3), CsvTable::number(row.los_m, 3),
                 CsvTable::number(row.fresnel_radius_m, 3), CsvTable::number(row.clearance_m, 3),
                 CsvTable::number(row.fresnel_clearance_m(), 3)});

    std::ostringstream js;
    core::JsonWriter j(js);
    const auto end = [&](const char* key, const ProfileEnd& e, double height) {
        j.key(key).begin_object().field("label", e.label);
        if (e.site_id.empty())
            j.key("site_id").null();
        else
            j.field("site_id", e.site_id);
        j.field("lon", e.lon_deg)
            .field("lat", e.lat_deg)
            .field("x_m", e.x_m)
            .field("y_m", e.y_m)
            .field("antenna_height_m", height)
            .end_object();
    };
    const core::PathProfile& p = r.profile;
    j.begin_object();
    end("from", r.from, r.input.tx_height_m);
    end("to", r.to, r.input.rx_height_m);
    j.field("length_m", p.length_m)
        .field("samples", p.rows.size())
        .field("step_m", p.rows.size() > 1 ? p.length_m / double(p.rows.size() - 1) : 0.0)
        .field("freq_mhz", r.input.freq_mhz)
        .field("k_factor", r.input.k_factor);
    if (r.dem_path.empty())
        j.key("dem").null();
    else
        j.field("dem", r.dem_path);
    j.field("heights", std::string_view("metres above the DEM's datum"))
        .field("line_of_sight", p.line_of_sight())
        .field("clear_60_percent_f1", p.clear_60_percent_f1());
    j.key("min_clearance")
        .begin_object()
        .field("clearance_m", p.min_clearance_m)
        .field("distance_m", p.min_clearance_distance_m)
        .end_object();
    j.key("min_f1_clearance")
        .begin_object()
        .field("f1_ratio", std::isfinite(p.min_f1_ratio) ? p.min_f1_ratio : 1e9)
        .field("clearance_m", p.min_f1_ratio_clearance_m)
        .field("distance_m", p.min_f1_ratio_distance_m)
        .end_object();
    j.key("obstructions").begin_array();
    for (const core::Obstruction& o : p.obstructions)
        j.begin_object()
            .field("start_m", o.start_m)
            .field("end_m", o.end_m)
            .field("peak_distance_m", o.peak_distance_m)
            .field("clearance_m", o.clearance_m)
            .field("f1_ratio", o.f1_ratio)
            .field("blocks_line_of_sight", o.blocks_line_of_sight)
            .end_object();
    j.end_array();
    j.field("environment", r.environment);
    j.key("losses").begin_array();
    for (const core::PathModelLoss& l : r.losses) {
        j.begin_object().field("model", l.model_id).field("title", l.title);
        if (std::isfinite(l.loss_db))
            j.field("loss_db", l.loss_db).field("excess_db", l.excess_db);
        else
            j.key("loss_db").null().key("excess_db").null();
        j.field("extrapolated", l.extrapolated).field("note", l.note).end_object();
    }
    j.end_array();
    j.key("warnings").begin_array();
    for (const std::string& w : r.warnings) j.value(w);
    j.end_array();
    j.end_object();
    js << "\n";

    AtomicFileSet set;
    const std::string csv_path = (fs::path(dir) / "profile.csv").string();
    const std::string json_path = (fs::path(dir) / "profile.json").string();
    if (auto w = write_text_file(set.add(csv_path), csv.str()); !w)
        return std::unexpected(w.error());
    if (auto w = write_text_file(set.add(json_path), js.str()); !w)
        return std::unexpected(w.error());
    std::vector<std::string> files{csv_path, json_path};
    if (!png.empty()) {
        files.push_back((fs::path(dir) / "profile.png").string());
        if (auto w = write_text_file(set.add(files.back()), std::string(png.begin(), png.end()));
            !w)
            return std::unexpected(w.error());
    }
    if (auto c = set.commit_all(); !c) return std::unexpected(c.error());
    return files;
}

}  // namespace covplan::gis
