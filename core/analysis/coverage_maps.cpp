#include "core/analysis/coverage_maps.h"

namespace covplan::core {

CoverageMaps CoverageMaps::from(const CoverageEngine& engine) {
    CoverageMaps m;
    m.grid = engine.grid();
    m.cells = engine.cells();
    LayerProducts l4 = engine.products(0), l5 = engine.products(1);
    m.rsrp_4g = std::move(l4.rsrp_dbm.values);
    m.sinr_4g = std::move(l4.sinr_db.values);
    m.best_4g = std::move(l4.best_cell.values);
    m.rsrp_5g = std::move(l5.rsrp_dbm.values);
    m.sinr_5g = std::move(l5.sinr_db.values);
    m.best_5g = std::move(l5.best_cell.values);
    return m;
}

}  // namespace covplan::core
