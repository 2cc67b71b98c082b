#include "gis/kpi_tables.h"

namespace covplan::gis {

namespace C = tables::kpi_snapshots;

std::expected<void, std::string> write_kpi_snapshots(
    GDALDataset& ds, const TableSpec& spec, const std::vector<core::KpiSnapshot>& snapshots) {
    std::string error;
    LayerWriter w(ds, spec, nullptr, error);
    for (const core::KpiSnapshot& k : snapshots)
        if (!w.write(nullptr, [&](OGRFeature& f) {
                f.SetField(C::date.name, k.date.c_str());
                f.SetField(C::kpi.name, k.kpi_id.c_str());
                f.SetField(C::value.name, k.value);
                f.SetField(C::target.name, k.target);
                f.SetField(C::target_year.name, k.target_year);
            }))
            break;
    if (!w.ok() || !error.empty()) return std::unexpected(std::string(spec.name) + ": " + error);
    return {};
}

std::optional<core::KpiSnapshot> read_kpi_snapshot(const OGRFeature& f) {
    core::KpiSnapshot k{text_of(f, C::date), text_of(f, C::kpi), real_of(f, C::value),
                        real_of(f, C::target), integer_of(f, C::target_year)};
    if (!core::is_iso_date(k.date) || k.kpi_id.empty()) return std::nullopt;
    return k;
}

}  // namespace covplan::gis
