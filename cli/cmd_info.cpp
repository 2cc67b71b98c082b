#include <cstdio>
#include <iostream>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/report.h"
#include "core/plan_validation.h"
#include "gis/layer_import.h"
#include "gis/project.h"
#include "gis/project_file.h"
#include "gis/raster_io.h"
#include "gis/vector_dataset.h"

namespace covplan::cli {
namespace {

constexpr const char* kHelp = R"(Usage: covplan info FILE [options]

Describes a vector file (Shapefile, GeoPackage, GeoJSON, KML, CSV, XLSX), a raster
(GeoTIFF, SRTM .hgt) or a covplan project, and lists every validation problem with
the file, layer and feature it concerns. Exit code 1 if there is any error.

Options:
  --encoding ENC      text encoding of a legacy file (e.g. CP1258)
  --assign-crs CRS    CRS to assume for layers that declare none
)";

void print_extent(const core::Extent& e, bool geographic) {
    if (e.empty()) return;
    std::printf("    extent: %.*f, %.*f - %.*f, %.*f\n", geographic ? 6 : 1, e.min_x,
                geographic ? 6 : 1, e.min_y, geographic ? 6 : 1, e.max_x, geographic ? 6 : 1,
                e.max_y);
}

int info_project(const std::string& path) {
    auto loaded = gis::load_project(path);
    if (!loaded) {
        std::cout << path << ": covplan project that cannot be loaded\n";
        print_issues(std::cout, loaded.error());
        return kExitBadInput;
    }
    const gis::Project& p = loaded->project;
    std::cout << path << ": covplan project" << (p.title.empty() ? "" : " \"" + p.title + "\"")
              << "\n"
              << "  working CRS: " << p.working_crs.describe() << "\n"
              << "  resolution: " << p.settings.resolution_m << " m; RSRP thresholds 4G "
              << p.settings.rsrp_threshold_4g_dbm << " dBm, 5G " << p.settings.rsrp_threshold_5g_dbm
              << " dBm; fiber drop reach " << p.settings.fiber_drop_reach_m << " m\n";
    print_plan_summary(std::cout, p.layers);
    for (const gis::RasterSource& r : p.rasters)
        std::cout << "  raster " << gis::raster_kind_name(r.kind) << ": " << r.path << "\n";
    for (const gis::LayerSource& s : p.sources)
        std::cout << "  source of " << core::role_name(s.role) << ": " << s.path << " layer '"
                  << s.layer << "' (" << s.source_crs << "), mapping " << s.mapping << "\n";
    std::vector<core::Issue> issues = loaded->issues;
    for (core::Issue& i : core::validate_plan(p.layers)) {
        i.file = path;
        issues.push_back(std::move(i));
    }
    std::cout << "problems: " << (issues.empty() ? "none" : std::to_string(issues.size())) << "\n";
    return print_issues(std::cout, issues) > 0 ? kExitBadInput : kExitOk;
}

int info_raster(const gis::RasterInfo& r) {
    std::cout << r.path << ": raster (" << r.driver << "), " << r.cols << " x " << r.rows << " px, "
              << r.bands << " band(s), " << r.data_type << "\n";
    std::cout << "  CRS: " << (r.crs ? r.crs->describe() : "none (assign one before use)") << "\n";
    std::printf("  pixel size: %g x %g\n", r.geotransform[1], -r.geotransform[5]);
    std::printf("  extent: %.6f, %.6f - %.6f, %.6f\n", r.geotransform[0],
                r.geotransform[3] + r.rows * r.geotransform[5],
                r.geotransform[0] + r.cols * r.geotransform[1], r.geotransform[3]);
    if (r.nodata) std::cout << "  nodata: " << *r.nodata << "\n";
    if (!r.crs) {
        std::cout << "problems: 1\n  error: " << r.path
                  << ": the raster has no coordinate reference system\n";
        return kExitBadInput;
    }
    return kExitOk;
}

}  // namespace

int run_info(int argc, char** argv) {
    Args args(argc, argv, 2, {"help"}, {"encoding", "assign-crs"});
    if (args.has("help")) {
        std::cout << kHelp;
        return kExitOk;
    }
    if (args.positionals().size() != 1) throw UsageError{"expected one FILE"};
    const std::string path = args.positionals()[0];
    std::optional<gis::Crs> assign;
    if (auto c = args.get("assign-crs")) {
        auto crs = gis::Crs::from_user_input(*c);
        if (!crs) {
            std::cerr << "covplan info: --assign-crs: " << crs.error() << "\n";
            return kExitBadInput;
        }
        assign = *crs;
    }
    const std::string encoding = args.get("encoding").value_or("");

    if (gis::is_project_file(path)) return info_project(path);
    auto dataset = gis::inspect_vector_dataset(path, encoding);
    if (!dataset) {
        if (auto raster = gis::inspect_raster(path)) return info_raster(*raster);
        std::cout << "problems: 1\n  error: " << dataset.error() << "\n";
        return kExitBadInput;
    }
    std::cout << path << ": " << dataset->driver << ", " << dataset->layers.size() << " layer(s)\n";
    std::vector<core::Issue> issues;
    core::PlanLayers all;
    for (const gis::VectorLayerInfo& li : dataset->layers) {
        std::cout << "  layer '" << li.name << "': " << li.geometry_type << ", " << li.feature_count
                  << " feature(s)\n";
        std::cout << "    CRS: " << (li.crs ? li.crs->describe() : std::string("none declared"))
                  << "\n";
        print_extent(li.extent, li.crs && li.crs->is_geographic());
        std::cout << "    fields:";
        for (const auto& f : li.fields) std::cout << " " << f;
        std::cout << "\n    role: "
                  << (li.guessed_role
                          ? std::string(core::role_name(*li.guessed_role)) + " (guessed)"
                          : std::string("unknown (give --role when importing)"))
                  << "\n";
        if (!li.guessed_role) continue;
        std::cout << "    mapping: " << core::mapping_to_string(li.guessed_mapping) << "\n";
        // A trial import finds every feature-level problem.
        gis::LayerImportOptions opts;
        opts.path = path;
        opts.layer = li.name;
        opts.role = li.guessed_role;
        opts.assign_crs = assign;
        opts.encoding = encoding;
        std::optional<gis::Crs> working;
        std::optional<gis::Crs> layer_crs = assign ? assign : li.crs;
        if (layer_crs && !li.extent.empty())
            if (auto w = gis::automatic_working_crs(li.extent, *layer_crs)) working = *w;
        if (!working)
            working = gis::Crs::from_user_input("EPSG:32648").value();  // tables: Vietnam south
        auto r = gis::import_layer(opts, *working);
        if (!r) {
            issues.insert(issues.end(), r.error().begin(), r.error().end());
            continue;
        }
        std::cout << "    read: " << r->features_read - r->features_skipped << " of "
                  << r->features_read << " feature(s)\n";
        issues.insert(issues.end(), r->issues.begin(), r->issues.end());
        all.append(std::move(r->features));
    }
    for (core::Issue& i : core::validate_plan(all)) {
        i.file = path;
        issues.push_back(std::move(i));
    }
    std::cout << "problems: " << (issues.empty() ? "none" : std::to_string(issues.size())) << "\n";
    return print_issues(std::cout, issues) > 0 ? kExitBadInput : kExitOk;
}

}  // namespace covplan::cli
