#pragma once
// The KPI snapshot table: one spec (name of each column, its type) that the writer
// and the reader share, written into the project file (covplan_kpi_snapshots) and
// the analysis bundle (kpi_snapshots), so the two files cannot drift apart.

#include <ogrsf_frmts.h>

#include <expected>
#include <optional>
#include <string>
#include <vector>

#include "core/analysis/kpi_snapshot.h"
#include "gis/ogr_layer_writer.h"

namespace covplan::gis {

struct KpiSnapshotColumns {
    static constexpr const char* kDate = "date";
    static constexpr const char* kKpi = "kpi";
    static constexpr const char* kValue = "value";
    static constexpr const char* kTarget = "target";
    static constexpr const char* kTargetYear = "target_year";
};

//! Creates `table` in `ds` and writes the snapshots; error names the table.
[[nodiscard]] std::expected<void, std::string> write_kpi_snapshots(
    GDALDataset& ds, const char* table, const std::vector<core::KpiSnapshot>& snapshots);

//! One row of such a table (whatever its other columns); nullopt for a row whose date
//! is not YYYY-MM-DD or whose KPI is empty.
[[nodiscard]] std::optional<core::KpiSnapshot> read_kpi_snapshot(const OGRFeature& row);

}  // namespace covplan::gis
