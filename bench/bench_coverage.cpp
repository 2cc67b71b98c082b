// Coverage engine benchmarks (issue 3). Scenarios:
//  S1  one site, 30 m mast, 1.5 m receiver, 1800 MHz COST-231, 3GPP sector pattern,
//      10 km radius, 30 m pixels, flat terrain;
//  S2  the Long My sample: ~52 km2 (+500 m), 10 m pixels, all 81 cells, 4G and 5G;
//  City 1,500 km2 at 10 m, 1,500 synthetic cells (run with --benchmark_filter=City).
// Figures: bench/README.md.

#include <benchmark/benchmark.h>

#include <cmath>
#include <numbers>
#include <random>

#include "core/analysis/hamlet_coverage.h"
#include "core/analysis/plan_kpis.h"
#include "core/coverage/cell_kernel.h"
#include "core/coverage/coverage_engine.h"
#include "gis/analysis_job.h"
#include "gis/coverage_job.h"
#include "gis/project_file.h"
#include "plain_kernel.h"

using namespace covplan;

namespace {

core::GridSpec s1_grid() {
    core::GridSpec g;
    g.pixel_size_m = 30;
    g.cols = g.rows = 667;  // 20 km x 20 km around the site
    g.origin_x = 500000 - 10005;
    g.origin_y = 1070000 + 10005;
    return g;
}

// S1's site: one 1800 MHz LTE sector pointing north from a 30 m mast.
core::Site s1_site() {
    core::Site s;
    s.site_id = "S1";
    s.technology = core::Technology::Lte4G;
    s.freq_mhz = 1800;
    s.bandwidth_mhz = 20;
    s.height_m = 30;
    s.power_dbm = 46;
    s.azimuths_deg = {0};
    s.location = core::Point(500000, 1070000);
    return s;
}

std::vector<core::Cell> s1_cells() {
    const core::Site s = s1_site();
    core::CoverageOptions o;
    o.model = core::ModelChoice::Cost231;
    o.environment = core::Environment::Urban;
    o.max_radius_m = 10000;
    o.rsrp_floor_dbm = -300;  // the whole 10 km disc (the engine's lowest floor)
    return core::build_cells({s}, o).cells;
}

core::CoverageOptions s1_options(int threads) {
    core::CoverageOptions o;
    o.model = core::ModelChoice::Cost231;
    o.environment = core::Environment::Urban;
    o.rsrp_floor_dbm = -300;
    o.threads = threads;
    return o;
}

void BM_S1_Propagation(benchmark::State& state) {
    const int threads = static_cast<int>(state.range(0));
    core::CoverageEngine engine(s1_grid(), s1_options(threads));
    const auto cells = s1_cells();
    double prop = 0;
    for (auto _ : state) {
        auto t = engine.compute(cells);
        prop += t->propagation_s;
    }
    state.counters["propagation_ms"] = 1000 * prop / state.iterations();
    state.counters["pixels"] = static_cast<double>(s1_grid().pixel_count());
}
BENCHMARK(BM_S1_Propagation)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

// The S3 hills (0-120 m, ridges every ~2-3 km) on a grid.
std::vector<float> s3_hills(const core::GridSpec& g) {
    std::vector<float> dem(g.pixel_count());
    for (int r = 0; r < g.rows; ++r)
        for (int c = 0; c < g.cols; ++c)
            dem[static_cast<std::size_t>(r) * g.cols + c] =
                static_cast<float>(60.0 + 40.0 * std::sin(c * 0.011) * std::cos(r * 0.013) +
                                   20.0 * std::sin(c * 0.05 + r * 0.03));
    return dem;
}

// S3: S1 over hilly synthetic terrain (0-120 m, ridges every ~2-3 km) with Deygout
// diffraction from the radial horizons; includes building the radial tables.
void BM_S3_Terrain(benchmark::State& state) {
    const core::GridSpec g = s1_grid();
    const std::vector<float> dem = s3_hills(g);
    core::CoverageOptions o = s1_options(static_cast<int>(state.range(0)));
    core::CoverageEngine engine(g, o, dem);
    const auto cells = s1_cells();
    for (auto _ : state) {
        auto t = engine.compute(cells);
        benchmark::DoNotOptimize(t);
    }
    state.counters["pixels"] = static_cast<double>(g.pixel_count());
}
BENCHMARK(BM_S3_Terrain)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

// S3 with ITM (issue 16): the same hills and sector, ITM point-to-point on every radial
// sample (ITM over flat ground as the law, the table the DEM's difference); the
// radial tables are rebuilt every iteration (a fresh engine), as a first run does.
void BM_S3_Itm(benchmark::State& state) {
    const core::GridSpec g = s1_grid();
    const std::vector<float> dem = s3_hills(g);
    core::CoverageOptions o = s1_options(static_cast<int>(state.range(0)));
    o.model = core::ModelChoice::Itm;
    o.max_radius_m = 10000;
    const auto cells = core::build_cells({s1_site()}, o).cells;
    double terrain = 0;
    std::size_t evaluations = 0;
    for (auto _ : state) {
        core::CoverageEngine engine(g, o, dem);
        auto t = engine.compute(cells);
        if (!t) {
            state.SkipWithError(t.error().c_str());
            return;
        }
        terrain += t->terrain_s;
        const auto& table = *engine.cells()[0].terrain;
        evaluations = table.itm_evaluations();
        benchmark::DoNotOptimize(t);
    }
    state.counters["terrain_ms"] = 1000 * terrain / state.iterations();
    state.counters["itm_evaluations"] = static_cast<double>(evaluations);
    state.counters["pixels"] = static_cast<double>(g.pixel_count());
}
BENCHMARK(BM_S3_Itm)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

// The kernel alone over S1's pixels, against a plain loop doing the same maths.
void BM_S1_Kernel(benchmark::State& state) {
    const core::GridSpec g = s1_grid();
    const auto cells = s1_cells();
    std::vector<std::uint8_t> clutter(g.pixel_count(), 1);
    std::array<float, 256> losses{};
    losses[1] = 3.0f;
    core::KernelInputs in;
    in.grid = &g;
    in.clutter = clutter.data();
    in.clutter_loss_db = losses.data();
    std::vector<float> row(static_cast<std::size_t>(g.cols));
    for (auto _ : state)
        for (int r = 0; r < g.rows; ++r) {
            core::cell_rsrp_row(cells[0], in, r, 0, g.cols, row.data());
            benchmark::DoNotOptimize(row.data());
        }
    state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(g.pixel_count()));
}
BENCHMARK(BM_S1_Kernel)->Unit(benchmark::kMillisecond);

void BM_S1_PlainLoop(benchmark::State& state) {
    const core::GridSpec g = s1_grid();
    const auto c = s1_cells()[0];
    std::vector<std::uint8_t> clutter(g.pixel_count(), 1);
    std::array<float, 256> losses{};
    losses[1] = 3.0f;
    bench::PlainParams p{static_cast<float>(g.origin_x + 0.5 * g.pixel_size_m - c.x_m),
                         static_cast<float>(g.pixel_size_m),
                         static_cast<float>(c.rs_power_dbm + 8.0),
                         static_cast<float>(c.law.a_db - 3 * c.law.b_db_per_decade),
                         static_cast<float>(c.law.b_db_per_decade),
                         static_cast<float>(c.antenna_height_m - 1.5),
                         0.0f};
    std::vector<float> row(static_cast<std::size_t>(g.cols));
    for (auto _ : state)
        for (int r = 0; r < g.rows; ++r) {
            const float dy = static_cast<float>(g.origin_y - (r + 0.5) * g.pixel_size_m - c.y_m);
            bench::plain_cost231_sector_row(p, dy,
                                            clutter.data() + static_cast<std::size_t>(r) * g.cols,
                                            losses.data(), g.cols, row.data());
            benchmark::DoNotOptimize(row.data());
        }
    state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(g.pixel_count()));
}
BENCHMARK(BM_S1_PlainLoop)->Unit(benchmark::kMillisecond);

const std::string kSample = std::string(COVPLAN_SOURCE_DATA_DIR) + "/longmy/longmy.covplan.gpkg";

struct Sample {
    gis::Project project;
    gis::CoverageInputs inputs;
};
const Sample& sample() {
    static const Sample s = [] {
        Sample out;
        out.project = gis::load_project(kSample)->project;
        out.inputs = *gis::prepare_coverage(out.project, {});
        return out;
    }();
    return s;
}

void BM_S2_Full(benchmark::State& state) {
    const Sample& s = sample();
    core::CoverageOptions o = s.inputs.options;
    o.threads = static_cast<int>(state.range(0));
    core::CoverageEngine engine(s.inputs.grid, o, s.inputs.ground_m, s.inputs.clutter);
    double prop = 0, prod = 0;
    for (auto _ : state) {
        auto t = engine.compute(s.inputs.cells.cells);
        prop += t->propagation_s;
        prod += t->products_s;
    }
    state.counters["propagation_ms"] = 1000 * prop / state.iterations();
    state.counters["sinr_thr_ms"] = 1000 * prod / state.iterations();
    state.counters["pixels"] = static_cast<double>(s.inputs.grid.pixel_count());
    state.counters["cells"] = static_cast<double>(s.inputs.cells.cells.size());
}
BENCHMARK(BM_S2_Full)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

// Moving one site by 200 m, as a drag in the app does.
void BM_S2_MoveOneSite(benchmark::State& state) {
    const Sample& s = sample();
    core::CoverageOptions o = s.inputs.options;
    o.terrain_diffraction = state.range(0) != 0;
    core::CoverageEngine engine(s.inputs.grid, o, s.inputs.ground_m, s.inputs.clutter);
    (void)engine.compute(s.inputs.cells.cells);
    std::vector<core::Site> sites = s.project.layers.sites;
    double dirty = 0, terrain = 0, prop = 0;
    int k = 0;
    for (auto _ : state) {
        core::Site& site = sites[5];
        site.location =
            core::Point(site.location.x() + (k++ % 2 ? -200.0 : 200.0), site.location.y());
        auto cells = core::build_cells(sites, s.inputs.options).cells;
        auto t = engine.update(std::move(cells));
        dirty += static_cast<double>(t->dirty_pixels);
        terrain += t->terrain_s;
        prop += t->propagation_s;
    }
    state.counters["dirty_pixels"] = dirty / state.iterations();
    state.counters["terrain_ms"] = 1000 * terrain / state.iterations();
    state.counters["update_ms"] = 1000 * prop / state.iterations();
}
// Arg: terrain diffraction off (0) / on (1).
BENCHMARK(BM_S2_MoveOneSite)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

// Plan analysis of the sample after coverage: population spreading (land-use weighted),
// fiber distances, per-hamlet tallies, priority places, KPIs.
void BM_SampleAnalysis(benchmark::State& state) {
    const Sample& s = sample();
    core::CoverageEngine engine(s.inputs.grid, s.inputs.options, s.inputs.ground_m,
                                s.inputs.clutter);
    (void)engine.compute(s.inputs.cells.cells);
    const core::CoverageMaps maps = core::CoverageMaps::from(engine);
    const core::CoverageCriteria k = core::CoverageCriteria::from(s.project.settings);
    for (auto _ : state) {
        auto people =
            core::spread_population(s.project.layers.hamlets, s.inputs.grid,
                                    s.inputs.clutter.data(), gis::population_weights(s.project));
        auto fiber =
            core::fiber_distance_m(s.project.layers.fiber, s.inputs.grid, people.population);
        auto area = core::tally_coverage(s.project.layers.hamlets, people, maps, k, fiber, 200);
        auto places = core::evaluate_priority_places(s.project.layers, maps, k, people);
        auto kpis = core::plan_kpis(s.project.settings, core::count_sites(s.project.layers.sites),
                                    area, core::category_table(places));
        benchmark::DoNotOptimize(kpis);
    }
}
BENCHMARK(BM_SampleAnalysis)->Unit(benchmark::kMillisecond)->UseRealTime();

// Suggest on the sample with 200 candidates (16 tower upgrades + new sites every 470 m).
void BM_Suggest200(benchmark::State& state) {
    const Sample& s = sample();
    gis::AnalysisOptions o;
    o.colocation = false;
    auto analysis = gis::analyze_project(s.project, o);
    core::SuggestOptions so;
    so.grid_spacing_m = 470;
    so.max_candidates = 200;
    std::size_t n = 0, chosen = 0;
    for (auto _ : state) {
        auto r = gis::suggest_for_project(s.project, *analysis, so);
        n = r->candidates.size();
        chosen = r->chosen.size();
    }
    state.counters["candidates"] = static_cast<double>(n);
    state.counters["chosen"] = static_cast<double>(chosen);
}
BENCHMARK(BM_Suggest200)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);

// 1,500 km2 at 10 m (15 M pixels), 500 three-sector sites (1,500 cells) on a jittered
// 1.7 km grid, urban COST-231, 1800 MHz 4G plus 3500 MHz 5G on every third site.
void BM_City(benchmark::State& state) {
    core::GridSpec g;
    g.pixel_size_m = 10;
    g.cols = g.rows = 3873;  // 38.73 km square = 1,500 km2
    g.origin_x = 480000;
    g.origin_y = 1090000;
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> jitter(-400, 400), az(0, 120);
    std::vector<core::Site> sites;
    for (int i = 0; i < 23; ++i)
        for (int j = 0; j < 23 && sites.size() < 500; ++j) {
            core::Site s;
            s.site_id = "C" + std::to_string(sites.size());
            const bool nr = sites.size() % 3 == 0;
            s.technology = nr ? core::Technology::Nr5G : core::Technology::Lte4G;
            s.freq_mhz = nr ? 3550 : 1842.5;
            s.bandwidth_mhz = nr ? 100 : 20;
            s.power_dbm = nr ? 53 : 46;
            s.antenna_model = nr ? "aau" : "panel";
            s.height_m = 30;
            s.elec_tilt_deg = 4;
            const double a = az(rng);
            s.azimuths_deg = {a, a + 120, a + 240};
            s.location = core::Point(g.origin_x + 900 + i * 1700 + jitter(rng),
                                     g.origin_y - 900 - j * 1700 + jitter(rng));
            sites.push_back(s);
        }
    core::CoverageOptions o;
    o.environment = core::Environment::Urban;
    o.rsrp_floor_dbm = -130;
    const auto cells = core::build_cells(sites, o).cells;
    for (auto _ : state) {
        core::CoverageEngine engine(g, o);
        auto t = engine.compute(cells);
        state.counters["propagation_s"] = t->propagation_s;
        state.counters["cell_pixel_evals"] = static_cast<double>(t->cell_pixel_evaluations);
    }
    state.counters["cells"] = static_cast<double>(cells.size());
    state.counters["pixels"] = static_cast<double>(g.pixel_count());
}
BENCHMARK(BM_City)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
