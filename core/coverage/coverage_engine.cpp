// TBB stays in this file: its headers must not meet Qt's `emit` macro in app code.
#include "core/coverage/coverage_engine.h"

#include <tbb/blocked_range.h>
#include <tbb/global_control.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <unordered_map>

#include "core/coverage/cell_kernel.h"
#include "core/coverage/input_check.h"
#include "core/coverage/link_budget.h"
#include "core/coverage/server_ranking.h"
#include "core/stopwatch.h"

namespace covplan::core {
namespace {

constexpr float kAbsent = -std::numeric_limits<float>::infinity();

struct Tile {
    int col0, row0, col1, row1;
};

inline bool better(float v, std::int32_t id, float v_other, std::int32_t id_other) {
    return ranks_above(v, id, v_other, id_other);
}

bool cell_touches(const Cell& c, const GridSpec& g, const Tile& t) {
    const double x0 = g.origin_x + t.col0 * g.pixel_size_m,
                 x1 = g.origin_x + t.col1 * g.pixel_size_m;
    const double y1 = g.origin_y - t.row0 * g.pixel_size_m,
                 y0 = g.origin_y - t.row1 * g.pixel_size_m;
    const double dx = std::max({x0 - c.x_m, 0.0, c.x_m - x1});
    const double dy = std::max({y0 - c.y_m, 0.0, c.y_m - y1});
    return dx * dx + dy * dy <= c.radius_m * c.radius_m;
}

// Same parameters => same RSRP everywhere (the incremental path keeps such cells).
bool same_radio(const Cell& a, const Cell& b) {
    return a.technology == b.technology && a.x_m == b.x_m && a.y_m == b.y_m &&
           a.antenna_height_m == b.antenna_height_m && a.ground_m == b.ground_m &&
           a.omni == b.omni && a.azimuth_deg == b.azimuth_deg &&
           a.mech_tilt_deg == b.mech_tilt_deg && a.elec_tilt_deg == b.elec_tilt_deg &&
           a.freq_mhz == b.freq_mhz && a.bandwidth_mhz == b.bandwidth_mhz &&
           a.rs_power_dbm == b.rs_power_dbm && a.antenna == b.antenna && a.radius_m == b.radius_m &&
           a.law == b.law;
}

}  // namespace

struct CoverageEngine::State {
    GridSpec grid;
    CoverageOptions options;
    std::vector<float> ground;
    std::vector<std::uint8_t> clutter;
    std::vector<Cell> cells;
    // Stable carrier numbering across updates: (tech, kHz, kHz) -> index into sums.
    std::map<std::tuple<int, long long, long long>, int> carrier_ids;
    std::vector<int> carrier_layer;

    // Per layer: top-2 values and cells; per carrier: linear sum (mW).
    std::array<std::vector<float>, kLayerCount> v1, v2;
    std::array<std::vector<std::int32_t>, kLayerCount> c1, c2;
    std::vector<std::vector<double>> sums;
    // Sums of the previous full computation, reused by the next one (whose tiles
    // overwrite every value): no reallocation and zeroing per run.
    std::vector<std::vector<double>> spare_sums;
    std::array<std::vector<float>, kLayerCount> sinr, thr;
    std::vector<Tile> tiles;
    // A layer without cells has no arrays and no SINR pass (an LTE-only plan pays
    // for one layer, not two).
    std::array<bool, kLayerCount> active{};
    // False until a full computation succeeds, and after any interrupted one: the
    // next update() then computes everything (callers need not track it).
    bool valid = false;

    void set_active_layers() {
        active = {};
        for (const Cell& c : cells) active[index_of(layer_of(c.technology))] = true;
    }

    KernelInputs kernel_inputs() const {
        KernelInputs in;
        in.grid = &grid;
        in.ground_m = ground.empty() ? nullptr : ground.data();
        in.clutter = clutter.empty() ? nullptr : clutter.data();
        in.clutter_loss_db = options.clutter_loss_db.data();
        in.receiver_height_m = options.receiver_height_m;
        // Cells carry a table only when it applies (Deygout on, or ITM over a DEM).
        in.terrain_loss = !ground.empty();
        return in;
    }

    // Radial terrain per (position, height, frequency, radius, ITM or Deygout): shared
    // by a site's sectors and kept across updates for cells that did not move.
    using TerrainKey = std::tuple<double, double, double, double, double, bool>;
    std::map<TerrainKey, std::shared_ptr<const RadialTerrain>> terrain_cache;

    static bool uses_itm(const Cell& c) { return c.law.selection.model == PropagationModel::Itm; }

    void attach_terrain() {
        // ITM's law is ITM over flat ground: without a DEM it needs no table.
        if (ground.empty()) return;
        auto key_of = [](const Cell& c) {
            return TerrainKey{c.x_m,      c.y_m,      c.antenna_height_m,
                              c.freq_mhz, c.radius_m, uses_itm(c)};
        };
        auto wanted = [&](const Cell& c) { return uses_itm(c) || options.terrain_diffraction; };
        std::vector<TerrainKey> missing;
        for (const Cell& c : cells)
            if (wanted(c) && !terrain_cache.contains(key_of(c)) &&
                std::find(missing.begin(), missing.end(), key_of(c)) == missing.end())
                missing.push_back(key_of(c));
        std::vector<std::shared_ptr<const RadialTerrain>> built(missing.size());
        // Within the engine's thread limit, like the propagation.
        std::optional<tbb::task_arena> arena;
        if (options.threads > 0) arena.emplace(options.threads);
        const auto build_all = [&] {
            tbb::parallel_for(std::size_t{0}, missing.size(), [&](std::size_t i) {
                const auto& [x, y, h, f, r, itm] = missing[i];
                if (!itm) {
                    built[i] = std::make_shared<const RadialTerrain>(RadialTerrain::build(
                        grid, ground.data(), x, y, h, options.receiver_height_m, f, r));
                    return;
                }
                // The table is taken against ITM over flat ground before any calibration,
                // so a calibrated law still adds its correction to ITM over the terrain.
                CoverageOptions itm_options = options;
                itm_options.model = ModelChoice::Itm;
                built[i] = std::make_shared<const RadialTerrain>(RadialTerrain::build_itm(
                    grid, ground.data(), x, y, h, options.receiver_height_m, f, r, options.itm,
                    make_distance_law(itm_options, f, h)));
            });
        };
        if (arena)
            arena->execute(build_all);
        else
            build_all();
        for (std::size_t i = 0; i < missing.size(); ++i) terrain_cache[missing[i]] = built[i];
        // Forget what no cell uses any more.
        std::map<TerrainKey, std::shared_ptr<const RadialTerrain>> used;
        for (Cell& c : cells) {
            if (!wanted(c)) {
                c.terrain = nullptr;
                continue;
            }
            c.terrain = terrain_cache.at(key_of(c));
            used[key_of(c)] = c.terrain;
        }
        terrain_cache = std::move(used);
    }

    void make_tiles() {
        tiles.clear();
        const int ts = std::max(16, options.tile_size);
        for (int r = 0; r < grid.rows; r += ts)
            for (int c = 0; c < grid.cols; c += ts)
                tiles.push_back({c, r, std::min(c + ts, grid.cols), std::min(r + ts, grid.rows)});
    }

    //! `tiles_fill_sums`: a full computation follows, which writes every sum itself.
    void assign_carriers_stable(bool tiles_fill_sums = false) {
        for (Cell& c : cells) {
            const auto key =
                std::make_tuple(static_cast<int>(c.technology), std::llround(c.freq_mhz * 1000),
                                std::llround(c.bandwidth_mhz * 1000));
            auto [it, inserted] = carrier_ids.emplace(key, static_cast<int>(carrier_ids.size()));
            c.carrier = it->second;
            if (inserted) {
                carrier_layer.push_back(static_cast<int>(index_of(layer_of(c.technology))));
                if (tiles_fill_sums && !spare_sums.empty()) {
                    sums.push_back(std::move(spare_sums.back()));
                    spare_sums.pop_back();
                    sums.back().resize(grid.pixel_count());
                } else {
                    sums.emplace_back(grid.pixel_count(), 0.0);
                }
            }
        }
    }

    void set_ground_under_masts() {
        if (ground.empty()) return;
        for (Cell& c : cells) {
            const int col =
                static_cast<int>(std::floor((c.x_m - grid.origin_x) / grid.pixel_size_m));
            const int row =
                static_cast<int>(std::floor((grid.origin_y - c.y_m) / grid.pixel_size_m));
            if (col >= 0 && row >= 0 && col < grid.cols && row < grid.rows)
                c.ground_m = ground[static_cast<std::size_t>(row) * grid.cols + col];
        }
    }

    template <typename Body>
    std::expected<void, std::string> for_tiles(const std::vector<std::size_t>& which, Feedback* fb,
                                               Body body) {
        std::atomic<std::size_t> done{0};
        std::atomic<bool> canceled{false};
        auto run = [&] {
            tbb::parallel_for(
                tbb::blocked_range<std::size_t>(0, which.size(), 1), [&](const auto& r) {
                    for (std::size_t k = r.begin(); k != r.end(); ++k) {
                        if (canceled.load(std::memory_order_relaxed) || (fb && fb->is_canceled())) {
                            canceled = true;
                            return;
                        }
                        body(tiles[which[k]]);
                        const std::size_t d = ++done;
                        if (fb) fb->set_progress(static_cast<double>(d) / which.size());
                    }
                });
        };
        if (options.threads > 0) {
            tbb::task_arena arena(options.threads);
            arena.execute(run);
        } else {
            run();
        }
        if (canceled) return std::unexpected(std::string("canceled"));
        return {};
    }

    // Inserts value `v` of cell `id` into the top-2 of pixel p of layer L (fresh compute).
    void insert_top2(int L, std::size_t p, float v, std::int32_t id) {
        if (better(v, id, v1[L][p], c1[L][p])) {
            v2[L][p] = v1[L][p];
            c2[L][p] = c1[L][p];
            v1[L][p] = v;
            c1[L][p] = id;
        } else if (better(v, id, v2[L][p], c2[L][p])) {
            v2[L][p] = v;
            c2[L][p] = id;
        }
    }

    // Full evaluation of the given tile pixels' top-2 and sums, from all cells.
    void compute_tile(const Tile& t, std::vector<float>& buf, std::size_t& evals) {
        const KernelInputs in = kernel_inputs();
        const float floor = static_cast<float>(options.rsrp_floor_dbm);
        for (int L = 0; L < kLayerCount; ++L)
            for (int r = t.row0; r < t.row1 && active[L]; ++r) {
                const std::size_t o = static_cast<std::size_t>(r) * grid.cols;
                std::fill(v1[L].begin() + o + t.col0, v1[L].begin() + o + t.col1, kAbsent);
                std::fill(v2[L].begin() + o + t.col0, v2[L].begin() + o + t.col1, kAbsent);
                std::fill(c1[L].begin() + o + t.col0, c1[L].begin() + o + t.col1, -1);
                std::fill(c2[L].begin() + o + t.col0, c2[L].begin() + o + t.col1, -1);
            }
        for (auto& s : sums)
            for (int r = t.row0; r < t.row1; ++r) {
                const std::size_t o = static_cast<std::size_t>(r) * grid.cols;
                std::fill(s.begin() + o + t.col0, s.begin() + o + t.col1, 0.0);
            }
        buf.resize(static_cast<std::size_t>(t.col1 - t.col0));
        thread_local std::vector<float> mw;
        mw.resize(buf.size());
        for (std::size_t ci = 0; ci < cells.size(); ++ci) {
            const Cell& c = cells[ci];
            if (!cell_touches(c, grid, t)) continue;
            const std::size_t L = index_of(layer_of(c.technology));
            std::vector<double>& sum = sums[static_cast<std::size_t>(c.carrier)];
            for (int r = t.row0; r < t.row1; ++r) {
                cell_rsrp_row(c, in, r, t.col0, t.col1, buf.data());
                dbm_to_mw_row(buf.data(), mw.data(), static_cast<int>(buf.size()));
                evals += buf.size();
                const std::size_t o = static_cast<std::size_t>(r) * grid.cols + t.col0;
                for (std::size_t i = 0; i < buf.size(); ++i) {
                    const float v = buf[i];
                    if (!(v > floor)) continue;
                    sum[o + i] += mw[i];
                    insert_top2(L, o + i, v, static_cast<std::int32_t>(ci));
                }
            }
        }
    }

    // Re-derives the top-2 of the listed pixels of tile t from all cells (incremental
    // "dirty" pixels). Rows are evaluated over the tile's full column span, exactly as
    // compute_tile does: the vector kernel's lanes and scalar tail round differently
    // in the last ulp, and the interference (total - best) must cancel exactly.
    void recompute_top2(const Tile& t, std::vector<std::pair<int, std::size_t>>& dirty,
                        std::vector<float>& buf) {
        if (dirty.empty()) return;
        std::sort(dirty.begin(), dirty.end(),
                  [](const auto& a, const auto& b) { return a.second < b.second; });
        const KernelInputs in = kernel_inputs();
        const float floor = static_cast<float>(options.rsrp_floor_dbm);
        buf.resize(static_cast<std::size_t>(t.col1 - t.col0));
        for (std::size_t k = 0; k < dirty.size();) {
            const int row = static_cast<int>(dirty[k].second / grid.cols);
            std::size_t end = k;
            while (end < dirty.size() && static_cast<int>(dirty[end].second / grid.cols) == row)
                ++end;
            for (std::size_t j = k; j < end; ++j) {
                const auto [L, p] = dirty[j];
                v1[L][p] = v2[L][p] = kAbsent;
                c1[L][p] = c2[L][p] = -1;
            }
            for (std::size_t ci = 0; ci < cells.size(); ++ci) {
                const Cell& c = cells[ci];
                if (!cell_touches(c, grid, t)) continue;
                bool wanted = false;
                for (std::size_t j = k; j < end && !wanted; ++j)
                    wanted = dirty[j].first == static_cast<int>(index_of(layer_of(c.technology)));
                if (!wanted) continue;
                cell_rsrp_row(c, in, row, t.col0, t.col1, buf.data());
                for (std::size_t j = k; j < end; ++j) {
                    const auto [L, p] = dirty[j];
                    const float v = buf[p % grid.cols - t.col0];
                    if (L == static_cast<int>(index_of(layer_of(c.technology))) && v > floor)
                        insert_top2(L, p, v, static_cast<std::int32_t>(ci));
                }
            }
            k = end;
        }
    }

    void finish_tile(const Tile& t) {
        const int w = t.col1 - t.col0;
        thread_local std::vector<float> best_dbm, signal, den, bw;
        best_dbm.resize(static_cast<std::size_t>(w));
        signal.resize(static_cast<std::size_t>(w));
        den.resize(static_cast<std::size_t>(w));
        bw.resize(static_cast<std::size_t>(w));
        for (int L = 0; L < kLayerCount; ++L) {
            if (!active[L]) continue;
            const Technology tech = L == 1 ? Technology::Nr5G : Technology::Lte4G;
            const double noise_mw =
                std::pow(10.0, 0.1 * noise_per_re_dbm(tech, options.noise_figure_db));
            const ShannonMapping map = shannon_mapping(tech);
            for (int r = t.row0; r < t.row1; ++r) {
                const std::size_t o = static_cast<std::size_t>(r) * grid.cols + t.col0;
                for (int i = 0; i < w; ++i)
                    best_dbm[i] = c1[L][o + i] >= 0 ? v1[L][o + i] : kOutOfReach;
                dbm_to_mw_row(best_dbm.data(), signal.data(), w);
                for (int i = 0; i < w; ++i) {
                    const std::int32_t best = c1[L][o + i];
                    if (best < 0) {
                        den[i] = 1.0f;
                        bw[i] = 0.0f;
                        continue;
                    }
                    const Cell& c = cells[static_cast<std::size_t>(best)];
                    // total - signal cancels exactly: the sum holds this very float.
                    const double total = sums[static_cast<std::size_t>(c.carrier)][o + i];
                    const double interference =
                        std::max(0.0, total - signal[i]) * options.interference_load;
                    den[i] = static_cast<float>(interference + noise_mw);
                    bw[i] = static_cast<float>(c.bandwidth_mhz);
                }
                sinr_throughput_row(
                    signal.data(), den.data(), bw.data(), w, static_cast<float>(map.alpha),
                    static_cast<float>(map.sinr_min_db), static_cast<float>(map.max_bps_per_hz),
                    kNoData, sinr[L].data() + o, thr[L].data() + o);
            }
        }
    }

    void allocate() {
        const std::size_t n = grid.pixel_count();
        for (int L = 0; L < kLayerCount; ++L) {
            if (!active[L]) {
                for (auto* v : {&v1[L], &v2[L], &sinr[L], &thr[L]}) std::vector<float>().swap(*v);
                for (auto* c : {&c1[L], &c2[L]}) std::vector<std::int32_t>().swap(*c);
                continue;
            }
            // compute() writes every value of these (compute_tile, finish_tile):
            // resize only, so a repeated computation neither reallocates nor fills.
            for (auto* v : {&v1[L], &v2[L], &sinr[L], &thr[L]}) v->resize(n);
            for (auto* c : {&c1[L], &c2[L]}) c->resize(n);
        }
    }
};

CoverageEngine::CoverageEngine(GridSpec grid, CoverageOptions options, std::vector<float> ground,
                               std::vector<std::uint8_t> clutter)
    : m(std::make_unique<State>()) {
    m->grid = std::move(grid);
    m->options = options;
    m->ground = std::move(ground);
    m->clutter = std::move(clutter);
    m->make_tiles();
}

CoverageEngine::~CoverageEngine() = default;
CoverageEngine::CoverageEngine(CoverageEngine&&) noexcept = default;
CoverageEngine& CoverageEngine::operator=(CoverageEngine&&) noexcept = default;

const GridSpec& CoverageEngine::grid() const { return m->grid; }
const std::vector<Cell>& CoverageEngine::cells() const { return m->cells; }

bool CoverageEngine::has_layer(TechLayer layer) const { return m->active[index_of(layer)]; }

bool CoverageEngine::valid() const { return m->valid; }

std::expected<CoverageTimings, std::string> CoverageEngine::compute(std::vector<Cell> cells,
                                                                    Feedback* fb) {
    if (m->ground.size() && m->ground.size() != m->grid.pixel_count())
        return std::unexpected(std::string("the DEM does not match the grid"));
    if (m->clutter.size() && m->clutter.size() != m->grid.pixel_count())
        return std::unexpected(std::string("the land-use raster does not match the grid"));
    if (auto e = engine_input_error(m->grid, m->options, cells)) return std::unexpected(*e);
    CoverageTimings timings;
    m->valid = false;
    m->cells = std::move(cells);
    m->carrier_ids.clear();
    m->carrier_layer.clear();
    for (auto& v : m->sums) m->spare_sums.push_back(std::move(v));
    m->sums.clear();
    m->set_active_layers();
    m->allocate();
    m->assign_carriers_stable(true);
    m->spare_sums.clear();
    m->set_ground_under_masts();
    m->terrain_cache.clear();
    const double tt = monotonic_seconds();
    m->attach_terrain();
    timings.terrain_s = monotonic_seconds() - tt;
    std::vector<std::size_t> all(m->tiles.size());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
    std::atomic<std::size_t> evals{0};
    const double t0 = monotonic_seconds();
    auto r = m->for_tiles(all, fb, [&](const Tile& t) {
        thread_local std::vector<float> buf;
        std::size_t e = 0;
        m->compute_tile(t, buf, e);
        evals += e;
    });
    if (!r) return std::unexpected(r.error());
    const double t1 = monotonic_seconds();
    r = m->for_tiles(all, nullptr, [&](const Tile& t) { m->finish_tile(t); });
    if (!r) return std::unexpected(r.error());
    timings.propagation_s = t1 - t0;
    timings.products_s = monotonic_seconds() - t1;
    timings.cell_pixel_evaluations = evals;
    m->valid = true;
    return timings;
}

std::expected<CoverageTimings, std::string> CoverageEngine::update(std::vector<Cell> new_cells,
                                                                   Feedback* fb) {
    State& s = *m;
    if (auto e = engine_input_error(s.grid, s.options, new_cells)) return std::unexpected(*e);
    // No valid state (never computed, or an earlier run was interrupted), or a
    // technology layer appears or vanishes: a full computation is the update.
    std::array<bool, kLayerCount> active_after{};
    for (const Cell& c : new_cells) active_after[index_of(layer_of(c.technology))] = true;
    if (!s.valid || active_after != s.active) return compute(std::move(new_cells), fb);
    CoverageTimings timings;
    const double t0 = monotonic_seconds();
    // Match old and new cells by id.
    std::unordered_map<std::string, std::size_t> new_index;
    for (std::size_t i = 0; i < new_cells.size(); ++i) new_index.emplace(new_cells[i].id, i);
    std::vector<Cell> old_cells = std::move(s.cells);
    s.cells = std::move(new_cells);
    s.assign_carriers_stable();
    s.set_ground_under_masts();
    const double tt = monotonic_seconds();
    s.attach_terrain();
    timings.terrain_s = monotonic_seconds() - tt;

    // Old index -> new index (-1: gone). Removed cells keep an identity past the end.
    const auto n_new = static_cast<std::int32_t>(s.cells.size());
    std::vector<std::int32_t> remap(old_cells.size());
    struct Change {
        const Cell* before;  // null: added
        const Cell* after;   // null: removed
        std::int32_t id;     // identity in the top-2 arrays during the update
    };
    std::vector<Change> changes;
    std::int32_t next_ghost = n_new;
    for (std::size_t i = 0; i < old_cells.size(); ++i) {
        auto it = new_index.find(old_cells[i].id);
        if (it == new_index.end()) {
            remap[i] = next_ghost;
            changes.push_back({&old_cells[i], nullptr, next_ghost++});
            continue;
        }
        remap[i] = static_cast<std::int32_t>(it->second);
        if (!same_radio(old_cells[i], s.cells[it->second]))
            changes.push_back({&old_cells[i], &s.cells[it->second], remap[i]});
    }
    std::vector<bool> existed(s.cells.size(), false);
    for (std::size_t i = 0; i < old_cells.size(); ++i)
        if (remap[i] < n_new) existed[static_cast<std::size_t>(remap[i])] = true;
    for (std::size_t i = 0; i < s.cells.size(); ++i)
        if (!existed[i]) changes.push_back({nullptr, &s.cells[i], static_cast<std::int32_t>(i)});

    // Renumber the stored top-2 cells into the new indexing.
    const std::size_t n = s.grid.pixel_count();
    tbb::parallel_for(tbb::blocked_range<std::size_t>(0, n), [&](const auto& r) {
        for (int L = 0; L < kLayerCount; ++L)
            for (std::size_t p = r.begin(); p != r.end() && s.active[L]; ++p) {
                if (s.c1[L][p] >= 0) s.c1[L][p] = remap[static_cast<std::size_t>(s.c1[L][p])];
                if (s.c2[L][p] >= 0) s.c2[L][p] = remap[static_cast<std::size_t>(s.c2[L][p])];
            }
    });
    if (changes.empty()) return timings;

    // Tiles any changed cell touches, before or after.
    std::vector<std::size_t> affected;
    for (std::size_t ti = 0; ti < s.tiles.size(); ++ti)
        for (const Change& ch : changes)
            if ((ch.before && cell_touches(*ch.before, s.grid, s.tiles[ti])) ||
                (ch.after && cell_touches(*ch.after, s.grid, s.tiles[ti]))) {
                affected.push_back(ti);
                break;
            }

    const KernelInputs in = s.kernel_inputs();
    const float floor = static_cast<float>(s.options.rsrp_floor_dbm);
    std::atomic<std::size_t> evals{0}, dirty_count{0};
    auto r = s.for_tiles(affected, fb, [&](const Tile& t) {
        thread_local std::vector<float> before_buf, after_buf, before_mw, after_mw, one;
        const std::size_t w = static_cast<std::size_t>(t.col1 - t.col0);
        before_buf.resize(w);
        after_buf.resize(w);
        before_mw.resize(w);
        after_mw.resize(w);
        std::vector<std::pair<int, std::size_t>> dirty;  // (layer, pixel)
        std::size_t e = 0;
        for (const Change& ch : changes) {
            const bool b_touch = ch.before && cell_touches(*ch.before, s.grid, t);
            const bool a_touch = ch.after && cell_touches(*ch.after, s.grid, t);
            if (!b_touch && !a_touch) continue;
            const int Lb =
                ch.before ? static_cast<int>(index_of(layer_of(ch.before->technology))) : -1;
            const int La =
                ch.after ? static_cast<int>(index_of(layer_of(ch.after->technology))) : -1;
            for (int row = t.row0; row < t.row1; ++row) {
                if (b_touch)
                    cell_rsrp_row(*ch.before, in, row, t.col0, t.col1, before_buf.data());
                else
                    std::fill(before_buf.begin(), before_buf.end(), kAbsent);
                if (a_touch)
                    cell_rsrp_row(*ch.after, in, row, t.col0, t.col1, after_buf.data());
                else
                    std::fill(after_buf.begin(), after_buf.end(), kAbsent);
                dbm_to_mw_row(before_buf.data(), before_mw.data(), static_cast<int>(w));
                dbm_to_mw_row(after_buf.data(), after_mw.data(), static_cast<int>(w));
                e += (b_touch + a_touch) * w;
                const std::size_t o = static_cast<std::size_t>(row) * s.grid.cols + t.col0;
                for (std::size_t i = 0; i < w; ++i) {
                    const std::size_t p = o + i;
                    float ov = before_buf[i] > floor ? before_buf[i] : kAbsent;
                    float nv = after_buf[i] > floor ? after_buf[i] : kAbsent;
                    if (ov == kAbsent && nv == kAbsent) continue;
                    if (ov != kAbsent)
                        s.sums[static_cast<std::size_t>(ch.before->carrier)][p] -= before_mw[i];
                    if (nv != kAbsent)
                        s.sums[static_cast<std::size_t>(ch.after->carrier)][p] += after_mw[i];
                    // Top-2 per layer; a technology change is a removal from one layer
                    // and an insertion into the other.
                    for (int L : {Lb, La}) {
                        if (L < 0) continue;
                        const float o_l = L == Lb ? ov : kAbsent;
                        const float n_l = L == La ? nv : kAbsent;
                        float& a1 = s.v1[L][p];
                        float& a2 = s.v2[L][p];
                        std::int32_t& i1 = s.c1[L][p];
                        std::int32_t& i2 = s.c2[L][p];
                        const std::int32_t id = ch.id;
                        if (i1 == id) {
                            if (n_l != kAbsent && (i2 < 0 || better(n_l, id, a2, i2))) {
                                a1 = n_l;
                            } else if (i2 < 0) {  // no other cell reaches here
                                a1 = n_l;
                                i1 = n_l == kAbsent ? -1 : id;
                            } else {
                                dirty.emplace_back(L, p);
                            }
                        } else if (i2 == id) {
                            if (n_l != kAbsent && better(n_l, id, a1, i1)) {
                                std::swap(a1, a2);
                                std::swap(i1, i2);
                                a1 = n_l;
                            } else if (n_l != kAbsent && n_l >= o_l) {
                                a2 = n_l;
                            } else {
                                dirty.emplace_back(L, p);
                            }
                        } else if (n_l != kAbsent) {
                            if (i1 < 0 || better(n_l, id, a1, i1)) {
                                a2 = a1;
                                i2 = i1;
                                a1 = n_l;
                                i1 = id;
                            } else if (i2 < 0 || better(n_l, id, a2, i2)) {
                                a2 = n_l;
                                i2 = id;
                            }
                        }
                        if (La == Lb) break;  // one layer: handled once
                    }
                }
            }
        }
        std::sort(dirty.begin(), dirty.end());
        dirty.erase(std::unique(dirty.begin(), dirty.end()), dirty.end());
        dirty_count += dirty.size();
        s.recompute_top2(t, dirty, one);
        evals += e;
        s.finish_tile(t);
    });
    if (!r) {
        s.valid = false;  // partly updated: the next update() recomputes everything
        return std::unexpected(r.error());
    }
    timings.propagation_s = monotonic_seconds() - t0;
    timings.cell_pixel_evaluations = evals;
    timings.dirty_pixels = dirty_count;
    return timings;
}

LayerProducts CoverageEngine::products(TechLayer layer) const {
    const std::size_t L = index_of(layer);
    LayerProducts out;
    auto make = [&](auto& raster, const auto& values, auto nodata) {
        raster.grid = m->grid;
        raster.values = values;
        raster.nodata = nodata;
        raster.has_nodata = true;
    };
    if (!m->active[L]) {  // no cell of this technology: nothing reaches anywhere
        const std::size_t n = m->grid.pixel_count();
        make(out.rsrp_dbm, std::vector<float>(n, kNoData), kNoData);
        make(out.second_rsrp_dbm, std::vector<float>(n, kNoData), kNoData);
        make(out.best_cell, std::vector<std::int32_t>(n, -1), std::int32_t{-1});
        make(out.second_cell, std::vector<std::int32_t>(n, -1), std::int32_t{-1});
        make(out.sinr_db, std::vector<float>(n, kNoData), kNoData);
        make(out.throughput_mbps, std::vector<float>(n, kNoData), kNoData);
        return out;
    }
    std::vector<float> rsrp = m->v1[L], second = m->v2[L];
    for (float& v : rsrp)
        if (v == kAbsent) v = kNoData;
    for (float& v : second)
        if (v == kAbsent) v = kNoData;
    make(out.rsrp_dbm, rsrp, kNoData);
    make(out.second_rsrp_dbm, second, kNoData);
    make(out.best_cell, m->c1[L], std::int32_t{-1});
    make(out.second_cell, m->c2[L], std::int32_t{-1});
    make(out.sinr_db, m->sinr[L], kNoData);
    make(out.throughput_mbps, m->thr[L], kNoData);
    return out;
}

float CoverageEngine::rsrp_at(TechLayer layer, int col, int row) const {
    const std::size_t L = index_of(layer);
    if (!m->active[L]) return kNoData;
    const float v = m->v1[L][static_cast<std::size_t>(row) * m->grid.cols + col];
    return v == kAbsent ? kNoData : v;
}
float CoverageEngine::sinr_at(TechLayer layer, int col, int row) const {
    const std::size_t L = index_of(layer);
    if (!m->active[L]) return kNoData;
    return m->sinr[L][static_cast<std::size_t>(row) * m->grid.cols + col];
}
std::int32_t CoverageEngine::best_cell_at(TechLayer layer, int col, int row) const {
    const std::size_t L = index_of(layer);
    if (!m->active[L]) return -1;
    return m->c1[L][static_cast<std::size_t>(row) * m->grid.cols + col];
}

float CoverageEngine::throughput_at(TechLayer layer, int col, int row) const {
    const std::size_t L = index_of(layer);
    if (!m->active[L]) return kNoData;
    return m->thr[L][static_cast<std::size_t>(row) * m->grid.cols + col];
}

float CoverageEngine::cell_rsrp_at(std::size_t cell, int col, int row) const {
    float out = kOutOfReach;
    cell_rsrp_row(m->cells.at(cell), m->kernel_inputs(), row, col, col + 1, &out);
    return out;
}

std::vector<float> CoverageEngine::best_rsrp_of(const std::vector<std::size_t>& cells) const {
    const GridSpec& g = m->grid;
    std::vector<float> out(g.pixel_count(), kNoData);
    const KernelInputs in = m->kernel_inputs();
    tbb::parallel_for(0, g.rows, [&](int row) {
        std::vector<float> buf(static_cast<std::size_t>(g.cols));
        float* line = out.data() + static_cast<std::size_t>(row) * g.cols;
        const double y = g.origin_y - (row + 0.5) * g.pixel_size_m;
        for (std::size_t i : cells) {
            const Cell& c = m->cells.at(i);
            if (std::abs(y - c.y_m) > c.radius_m + g.pixel_size_m) continue;
            const int c0 = std::max(
                0,
                static_cast<int>(std::floor((c.x_m - c.radius_m - g.origin_x) / g.pixel_size_m)));
            const int c1 = std::min(
                g.cols,
                static_cast<int>(std::ceil((c.x_m + c.radius_m - g.origin_x) / g.pixel_size_m)) +
                    1);
            if (c0 >= c1) continue;
            cell_rsrp_row(c, in, row, c0, c1, buf.data());
            for (int col = c0; col < c1; ++col) {
                const float v = buf[static_cast<std::size_t>(col - c0)];
                if (v > kOutOfReach && v > line[col]) line[col] = v;
            }
        }
    });
    return out;
}

float CoverageEngine::clutter_loss_at(int col, int row) const {
    if (m->clutter.empty()) return 0.0f;
    return m->options
        .clutter_loss_db[m->clutter[static_cast<std::size_t>(row) * m->grid.cols + col]];
}

float CoverageEngine::ground_at(int col, int row) const {
    if (m->ground.empty()) return 0.0f;
    return m->ground[static_cast<std::size_t>(row) * m->grid.cols + col];
}

const CoverageOptions& CoverageEngine::options() const { return m->options; }

}  // namespace covplan::core
