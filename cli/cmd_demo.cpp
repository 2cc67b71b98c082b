#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/coverage_run.h"
#include "cli/report.h"
#include "core/json_writer.h"
#include "core/plan_validation.h"
#include "gis/analysis_job.h"
#include "gis/project_file.h"
#include "gis/raster_io.h"
#include "gis/working_grid.h"

namespace covplan::cli {
namespace fs = std::filesystem;
namespace {

constexpr const char* kHelp = R"(Usage: covplan demo [--out DIR] [--data DIR]

Runs the main job on the embedded Long My sample (data/longmy/longmy.covplan.gpkg):
loads and validates the plan, resamples its DEM and land-use raster onto the
working grid, and writes:
  DIR/longmy.covplan.gpkg   the project, saved anew (opens in QGIS)
  DIR/dem.tif               ground height on the working grid (Float32, m)
  DIR/landuse.tif           land-use classes on the working grid (Byte, colour table)
  DIR/summary.json          the plan in numbers
  DIR/coverage/             4G/5G coverage GeoTIFFs and coverage.json (as `covplan coverage`)
  DIR/analysis/             plan KPIs, hamlet table, priority places, co-location (as `covplan analyze`)
  DIR/report_vi.pdf         the PDF progress report in Vietnamese (as `covplan report`)
  DIR/longmy.kmz            coverage, sites and gaps for Google Earth (as `covplan kmz`)
Options:
  --out DIR     output folder (default: ./covplan-demo)
  --data DIR    folder holding longmy/ (default: the sample shipped with covplan)
)";

fs::path default_data_dir() {
    if (const char* env = std::getenv("COVPLAN_DATA_DIR")) return env;
    return COVPLAN_SOURCE_DATA_DIR;
}

void write_summary(const fs::path& path, const gis::Project& p, const core::GridSpec& grid,
                   std::size_t issue_count) {
    std::ofstream out(path);
    core::JsonWriter j(out);
    j.begin_object();
    j.field("title", p.title);
    j.field("working_crs", p.working_crs.describe());
    j.key("grid").begin_object();
    j.field("origin_x", grid.origin_x).field("origin_y", grid.origin_y);
    j.field("pixel_size_m", grid.pixel_size_m).field("cols", grid.cols).field("rows", grid.rows);
    j.end_object();
    double pop = 0, hh = 0;
    j.key("hamlets").begin_array();
    for (const auto& h : p.layers.hamlets) {
        j.begin_object().field("name", h.name).field("population", h.population);
        j.field("households", h.households).field("area_km2", boost::geometry::area(h.area) / 1e6);
        j.end_object();
        pop += h.population;
        hh += h.households;
    }
    j.end_array();
    j.field("population", pop).field("households", hh);
    std::map<std::string, std::map<std::string, int>> sites;
    int on_air_4g = 0, on_air_5g = 0;
    for (const auto& s : p.layers.sites) {
        ++sites[s.operator_name][core::technology_name(s.technology)];
        if (s.status == core::SiteStatus::Existing)
            (s.technology == core::Technology::Nr5G ? on_air_5g : on_air_4g)++;
    }
    j.key("sites_by_operator").begin_object();
    for (const auto& [op, techs] : sites) {
        j.key(op).begin_object();
        for (const auto& [t, n] : techs) j.field(t, n);
        j.end_object();
    }
    j.end_object();
    j.field("existing_4g_sites", on_air_4g).field("existing_5g_sites", on_air_5g);
    j.field("fiber_routes", p.layers.fiber.size());
    double fiber_m = 0;
    for (const auto& f : p.layers.fiber) fiber_m += boost::geometry::length(f.path);
    j.field("fiber_km", fiber_m / 1000.0);
    j.field("poi", p.layers.poi.size()).field("roads", p.layers.roads.size());
    j.field("waterways", p.layers.waterways.size()).field("validation_issues", issue_count);
    j.end_object();
}

}  // namespace

int run_demo(int argc, char** argv) {
    Args args(argc, argv, 2, {"help"}, {"out", "data"});
    if (args.has("help")) {
        std::cout << kHelp;
        return kExitOk;
    }
    const fs::path data = args.get("data") ? fs::path(*args.get("data")) : default_data_dir();
    const fs::path project_path = data / "longmy" / "longmy.covplan.gpkg";
    const fs::path out = args.get("out").value_or("covplan-demo");
    std::error_code ec;
    fs::create_directories(out, ec);
    if (ec) {
        std::cerr << "covplan demo: cannot create " << out << ": " << ec.message() << "\n";
        return kExitBadInput;
    }

    std::cout << "covplan demo: Long My ward sample (" << project_path.string() << ")\n";
    auto loaded = gis::load_project(project_path.string());
    if (!loaded) {
        print_issues(std::cerr, loaded.error());
        return kExitBadInput;
    }
    const gis::Project& p = loaded->project;
    std::cout << "  working CRS: " << p.working_crs.describe() << "\n";
    print_plan_summary(std::cout, p.layers);
    std::vector<core::Issue> issues = loaded->issues;
    for (auto& i : core::validate_plan(p.layers)) issues.push_back(std::move(i));
    if (!issues.empty()) {
        std::cout << "  validation:\n";
        print_issues(std::cout, issues);
    }

    // One run of the shared pipeline: inputs prepared once, coverage computed once;
    // coverage files, analysis, report and KMZ all come from it.
    const auto t0 = std::chrono::steady_clock::now();
    gis::AnalysisOptions options;
    options.coverage.project_dir = fs::absolute(project_path).parent_path().string();
    auto in = gis::prepare_coverage(p, options.coverage);
    if (!in) {
        std::cerr << "covplan demo: " << in.error() << "\n";
        return kExitBadInput;
    }
    const core::GridSpec grid = in->grid;
    std::cout << "  working grid: " << grid.cols << " x " << grid.rows << " px at "
              << grid.pixel_size_m << " m\n";
    const fs::path project_out = out / "longmy.covplan.gpkg";
    auto lock = lock_project(project_out.string(), "demo");
    if (!lock) return lock.error();
    if (auto r = gis::save_project(p, project_out.string(), *lock); !r) {
        std::cerr << "covplan demo: " << r.error() << "\n";
        return kExitBadInput;
    }
    std::vector<fs::path> written{project_out};
    if (!in->ground_m.empty()) {
        core::Raster<float> dem;
        dem.grid = grid;
        dem.values = in->ground_m;
        dem.has_nodata = false;
        gis::GeoTiffOptions o;
        o.description = "ground height (m; 0 where the DEM has no data)";
        if (auto r = gis::write_geotiff((out / "dem.tif").string(), dem, o); !r) {
            std::cerr << "covplan demo: " << r.error() << "\n";
            return kExitBadInput;
        }
        written.push_back(out / "dem.tif");
    }
    if (!in->clutter.empty()) {
        core::Raster<std::uint8_t> lu;
        lu.grid = grid;
        lu.values = in->clutter;
        lu.nodata = 0;
        lu.has_nodata = true;
        gis::GeoTiffOptions o;
        o.classes = gis::landuse_legend(p);
        o.description = "land use class";
        if (auto r = gis::write_geotiff((out / "landuse.tif").string(), lu, o); !r) {
            std::cerr << "covplan demo: " << r.error() << "\n";
            return kExitBadInput;
        }
        written.push_back(out / "landuse.tif");
    }
    write_summary(out / "summary.json", p, grid, issues.size());
    written.push_back(out / "summary.json");
    std::cout << "outputs:\n";
    for (const auto& w : written)
        std::cout << "  " << fs::absolute(w).lexically_normal().string() << "\n";
    if (core::has_errors(issues)) return kExitBadInput;

    int last = -1;
    core::Feedback fb([&](double f) {
        const int pct = static_cast<int>(f * 100);
        if (pct != last) {
            last = pct;
            std::fprintf(stderr, "\rcoverage: %3d%%", pct);
        }
    });
    auto analysis = gis::analyze_prepared(p, std::move(*in), options, &fb);
    std::fprintf(stderr, "\n");
    if (!analysis) {
        std::cerr << "covplan demo: " << analysis.error() << "\n";
        return kExitBadInput;
    }
    const double total =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    // The plan's coverage: 4G and 5G RSRP, best server, SINR, throughput, LOS.
    if (int rc = write_coverage_files(fs::absolute(out / "coverage").lexically_normal().string(), p,
                                      analysis->inputs, *analysis->engine,
                                      analysis->coverage_timings, total);
        rc != kExitOk)
        return rc;
    // The plan's indicators, priority places and co-location options.
    if (int rc = write_analysis_files(fs::absolute(out / "analysis").lexically_normal().string(), p,
                                      *analysis);
        rc != kExitOk)
        return rc;
    // The yearly progress report an official files, in the ward's language, and the
    // Google Earth file, from the same analysis.
    const int rc = write_report_and_kmz(
        p, *analysis, options, fs::absolute(out / "report_vi.pdf").lexically_normal().string(),
        fs::absolute(out / "longmy.kmz").lexically_normal().string(), "vi", argv[0]);
    std::printf("demo: coverage computed once (%.2f s propagation), %.2f s in all\n",
                analysis->coverage_timings.propagation_s,
                std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    return rc;
}

}  // namespace covplan::cli
