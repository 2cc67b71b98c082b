#include "gis/kpi_tables.h"

namespace covplan::gis {

using C = KpiSnapshotColumns;

std::expected<void, std::string> write_kpi_snapshots(
    GDALDataset& ds, const char* table, const std::vector<core::KpiSnapshot>& snapshots) {
    std::string error;
    LayerWriter w(ds, table, wkbNone, nullptr,
                  {{C::kDate, OFTString},
                   {C::kKpi, OFTString},
                   {C::kValue, OFTReal},
                   {C::kTarget, OFTReal},
                   {C::kTargetYear, OFTInteger}},
                  error);
    for (const core::KpiSnapshot& k : snapshots)
        if (!w.write(nullptr, [&](OGRFeature& f) {
                f.SetField(C::kDate, k.date.c_str());
                f.SetField(C::kKpi, k.kpi_id.c_str());
                f.SetField(C::kValue, k.value);
                f.SetField(C::kTarget, k.target);
                f.SetField(C::kTargetYear, k.target_year);
            }))
            break;
    if (!w.ok() || !error.empty()) return std::unexpected(std::string(table) + ": " + error);
    return {};
}

std::optional<core::KpiSnapshot> read_kpi_snapshot(const OGRFeature& f) {
    core::KpiSnapshot k{f.GetFieldAsString(C::kDate), f.GetFieldAsString(C::kKpi),
                        f.GetFieldAsDouble(C::kValue), f.GetFieldAsDouble(C::kTarget),
                        f.GetFieldAsInteger(C::kTargetYear)};
    if (!core::is_iso_date(k.date) || k.kpi_id.empty()) return std::nullopt;
    return k;
}

}  // namespace covplan::gis
