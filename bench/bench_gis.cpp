// GIS layer throughput: what a planner waits for when opening a plan or importing
// an operator's inventory. Figures go to bench/README.md.

#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>

#include "gis/crs_transform.h"
#include "gis/layer_import.h"
#include "gis/project_file.h"
#include "gis/project_lock.h"
#include "gis/raster_io.h"
#include "gis/working_grid.h"

using namespace covplan;

namespace {

const std::string kSample = std::string(COVPLAN_SOURCE_DATA_DIR) + "/longmy/longmy.covplan.gpkg";

// A city-sized inventory: N sites in a CSV with Vietnamese headers.
std::string make_site_csv(int n) {
    const std::string path = (std::filesystem::temp_directory_path() /
                              ("covplan-bench-sites-" + std::to_string(n) + ".csv"))
                                 .string();
    std::ofstream f(path);
    f << "Mã trạm,Nhà mạng,Công nghệ,Băng tần,Độ cao anten (m),Hướng phát,Kinh độ,Vĩ độ\n";
    for (int i = 0; i < n; ++i)
        f << "S" << i << ",Viettel,4G,B3," << 30 + i % 15 << ",0;120;240,"
          << 105.4 + (i % 300) * 0.001 << "," << 9.6 + (i / 300) * 0.001 << "\n";
    return path;
}

void BM_LoadSampleProject(benchmark::State& state) {
    for (auto _ : state) {
        auto p = gis::load_project(kSample);
        if (!p) state.SkipWithError("cannot load the sample");
        benchmark::DoNotOptimize(p);
    }
}
BENCHMARK(BM_LoadSampleProject)->Unit(benchmark::kMillisecond);

void BM_SaveSampleProject(benchmark::State& state) {
    auto p = gis::load_project(kSample);
    const std::string out =
        (std::filesystem::temp_directory_path() / "covplan-bench.covplan.gpkg").string();
    for (auto _ : state) {
        auto r = gis::save_project(p->project, out, *gis::ProjectLock::acquire(out));
        if (!r) state.SkipWithError("cannot save");
    }
    std::filesystem::remove(out);
}
BENCHMARK(BM_SaveSampleProject)->Unit(benchmark::kMillisecond);

void BM_ImportSiteCsv(benchmark::State& state) {
    const std::string path = make_site_csv(static_cast<int>(state.range(0)));
    gis::LayerImportOptions opts;
    opts.path = path;
    opts.role = core::LayerRole::Sites;
    const auto working = *gis::Crs::from_user_input("EPSG:32648");
    for (auto _ : state) {
        auto r = gis::import_layer(opts, working);
        if (!r) state.SkipWithError("import failed");
        benchmark::DoNotOptimize(r);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
    std::filesystem::remove(path);
}
BENCHMARK(BM_ImportSiteCsv)->Arg(1000)->Arg(20000)->Unit(benchmark::kMillisecond);

// DEM (WGS 84, 1") and land use (UTM, 10 m) onto the 10 m working grid of the ward.
void BM_SampleRastersOntoGrid(benchmark::State& state) {
    auto p = gis::load_project(kSample);
    auto grid = gis::project_grid(p->project);
    for (auto _ : state) {
        auto dem = gis::project_dem(p->project, *grid);
        auto lu = gis::project_landuse(p->project, *grid);
        if (!dem || !lu) state.SkipWithError("raster read failed");
    }
    state.SetItemsProcessed(state.iterations() * 2 * static_cast<int64_t>(grid->pixel_count()));
}
BENCHMARK(BM_SampleRastersOntoGrid)->Unit(benchmark::kMillisecond);

// A WorldPop-style population raster (3 arc-seconds, ~92 m, WGS 84) over the
// sample's ward, onto its 10 m UTM grid: by area (Resampling::AreaSum, each source
// pixel cut into k x k parts, k = 19 here) next to a bilinear read of the same file
// (the DEM path, one transform per working pixel) as the peer.
std::string make_population_raster(const core::GridSpec& grid) {
    const std::string path =
        (std::filesystem::temp_directory_path() / "covplan-bench-ppp.tif").string();
    auto to_wgs = gis::CrsTransform::create(*gis::Crs::from_user_input(grid.crs),
                                            *gis::Crs::from_user_input("EPSG:4326"));
    double w = grid.origin_x, n = grid.origin_y;
    double e = grid.origin_x + grid.cols * grid.pixel_size_m;
    double s = grid.origin_y - grid.rows * grid.pixel_size_m;
    (void)to_wgs->transform(w, n);
    (void)to_wgs->transform(e, s);
    core::Raster<float> r;
    const double d = 3.0 / 3600.0;
    r.grid.pixel_size_m = d;  // degrees: write_geotiff takes the grid as it is
    r.grid.origin_x = w - 2 * d;
    r.grid.origin_y = n + 2 * d;
    r.grid.cols = static_cast<int>((e - w) / d) + 4;
    r.grid.rows = static_cast<int>((n - s) / d) + 4;
    r.grid.crs = gis::Crs::from_user_input("EPSG:4326")->wkt();
    r.values.resize(r.grid.pixel_count());
    for (std::size_t i = 0; i < r.values.size(); ++i) r.values[i] = static_cast<float>(i % 37);
    (void)gis::write_geotiff(path, r);
    return path;
}

void BM_PopulationRasterOntoGrid(benchmark::State& state) {
    auto p = gis::load_project(kSample);
    auto grid = gis::project_grid(p->project);
    const std::string path = make_population_raster(*grid);
    const auto how = state.range(0) == 0 ? gis::Resampling::AreaSum : gis::Resampling::Bilinear;
    for (auto _ : state) {
        auto r = gis::read_raster_onto_grid(path, *grid, how, -1.0f);
        if (!r) state.SkipWithError(r.error().c_str());
        benchmark::DoNotOptimize(r);
    }
    state.SetLabel(state.range(0) == 0 ? "by area" : "bilinear (peer)");
    state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(grid->pixel_count()));
    std::filesystem::remove(path);
}
BENCHMARK(BM_PopulationRasterOntoGrid)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
