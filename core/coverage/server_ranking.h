#pragma once
// The rule that orders servers at a pixel, used by full and incremental runs alike
// (and so by the best-server rasters, SINR and every KPI): the stronger RSRP wins;
// equal RSRP (adjacent sectors on their common bisector) goes to the lower cell
// index, so that the order never depends on the order cells were evaluated in.

#include <cstdint>

namespace covplan::core {

//! Does server (rsrp_dbm, cell) rank above (other_rsrp_dbm, other_cell)? An absent
//! other server is other_cell < 0.
[[nodiscard]] inline bool ranks_above(float rsrp_dbm, std::int32_t cell, float other_rsrp_dbm,
                                      std::int32_t other_cell) {
    return rsrp_dbm > other_rsrp_dbm ||
           (rsrp_dbm == other_rsrp_dbm && other_cell >= 0 && cell < other_cell);
}

//! The best two servers of one pixel.
struct TopTwo {
    float rsrp1_dbm, rsrp2_dbm;
    std::int32_t cell1 = -1, cell2 = -1;
    //! Offers server (rsrp, cell): it becomes first or second or is dropped.
    void offer(float rsrp_dbm, std::int32_t cell) {
        if (ranks_above(rsrp_dbm, cell, rsrp1_dbm, cell1)) {
            rsrp2_dbm = rsrp1_dbm;
            cell2 = cell1;
            rsrp1_dbm = rsrp_dbm;
            cell1 = cell;
        } else if (ranks_above(rsrp_dbm, cell, rsrp2_dbm, cell2)) {
            rsrp2_dbm = rsrp_dbm;
            cell2 = cell;
        }
    }
};

}  // namespace covplan::core
