#include "core/analysis/coverage_maps.h"

#include <algorithm>

namespace covplan::core {

CoverageMaps CoverageMaps::from(const CoverageEngine& engine) {
    CoverageMaps m;
    m.grid = engine.grid();
    m.cells = engine.cells();
    LayerProducts l4 = engine.products(TechLayer::Lte4G), l5 = engine.products(TechLayer::Nr5G);
    m.rsrp_4g = std::move(l4.rsrp_dbm.values);
    m.sinr_4g = std::move(l4.sinr_db.values);
    m.best_4g = std::move(l4.best_cell.values);
    m.rsrp_5g = std::move(l5.rsrp_dbm.values);
    m.sinr_5g = std::move(l5.sinr_db.values);
    m.best_5g = std::move(l5.best_cell.values);
    // Best of both layers: what a dual-mode phone gets.
    m.throughput_mbps = std::move(l4.throughput_mbps.values);
    for (std::size_t i = 0; i < m.throughput_mbps.size() && i < l5.throughput_mbps.values.size();
         ++i)
        m.throughput_mbps[i] = std::max(m.throughput_mbps[i], l5.throughput_mbps.values[i]);
    if (m.throughput_mbps.empty()) m.throughput_mbps = std::move(l5.throughput_mbps.values);
    return m;
}

}  // namespace covplan::core
