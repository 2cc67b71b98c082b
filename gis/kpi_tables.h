#pragma once
// The KPI snapshot table: one spec that the writer and the reader share, written
// into the project file (covplan_kpi_snapshots) and the analysis bundle
// (kpi_snapshots), so the two files cannot drift apart.

#include <ogrsf_frmts.h>

#include <expected>
#include <optional>
#include <string>
#include <vector>

#include "core/analysis/kpi_snapshot.h"
#include "gis/ogr_layer_writer.h"

namespace covplan::gis {

namespace tables::kpi_snapshots {
inline constexpr Column date{"date", OFTString};
inline constexpr Column kpi{"kpi", OFTString};
inline constexpr Column value{"value", OFTReal};
inline constexpr Column target{"target", OFTReal};
inline constexpr Column target_year{"target_year", OFTInteger};
inline constexpr Column columns[] = {date, kpi, value, target, target_year};
inline constexpr TableSpec in_project{"covplan_kpi_snapshots", wkbNone, columns};
inline constexpr TableSpec in_analysis{"kpi_snapshots", wkbNone, columns};
}  // namespace tables::kpi_snapshots

//! Creates the table of `spec` in `ds` and writes the snapshots; error names the table.
[[nodiscard]] std::expected<void, std::string> write_kpi_snapshots(
    GDALDataset& ds, const TableSpec& spec, const std::vector<core::KpiSnapshot>& snapshots);

//! One row of such a table; nullopt for a row whose date is not YYYY-MM-DD or whose
//! KPI is empty.
[[nodiscard]] std::optional<core::KpiSnapshot> read_kpi_snapshot(const OGRFeature& row);

}  // namespace covplan::gis
