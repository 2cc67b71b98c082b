#include "gis/xlsx_workbook.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <optional>
#include <variant>
#include <vector>

#include "core/category_text.h"
#include "core/hamlet.h"
#include "gis/atomic_file.h"
#include "gis/gdal_errors.h"

namespace covplan::gis {
namespace {

using Cell = std::variant<std::monostate, std::string, double, int>;

struct Column {
    const char* en;
    const char* vi;
    OGRFieldType type;
};

struct Sheet {
    const char* en;
    const char* vi;
    std::vector<Column> columns;
    std::vector<std::vector<Cell>> rows;
};

//! A share 0..1 as the percentage a sheet shows (54.3), rounded to 0.1.
double percent(double share) { return std::round(1000.0 * share) / 10.0; }

std::expected<void, std::string> write_sheet(GDALDataset& ds, const Sheet& sheet, bool vi) {
    const char* name = vi ? sheet.vi : sheet.en;
    OGRLayer* layer = ds.CreateLayer(name, nullptr, wkbNone, nullptr);
    if (!layer) return std::unexpected(std::string("cannot create the sheet ") + name);
    for (const Column& c : sheet.columns) {
        OGRFieldDefn defn(vi ? c.vi : c.en, c.type);
        if (layer->CreateField(&defn) != OGRERR_NONE)
            return std::unexpected(std::string("cannot create the column ") + defn.GetNameRef());
    }
    // GDAL writes a sheet's header row with its first row only: an empty table says so.
    std::vector<std::vector<Cell>> none;
    const std::vector<Cell> none_text{std::string(vi ? "không có" : "none")};
    if (sheet.rows.empty() && !sheet.columns.empty() && sheet.columns[0].type == OFTString)
        none.push_back(none_text);
    else if (sheet.rows.empty())
        none.push_back({std::monostate{}, none_text[0]});
    for (const auto& row : sheet.rows.empty() ? none : sheet.rows) {
        OGRFeature f(layer->GetLayerDefn());
        for (std::size_t i = 0; i < row.size() && i < sheet.columns.size(); ++i) {
            const int field = static_cast<int>(i);
            if (const auto* s = std::get_if<std::string>(&row[i]))
                f.SetField(field, s->c_str());
            else if (const auto* d = std::get_if<double>(&row[i]))
                f.SetField(field, *d);
            else if (const auto* n = std::get_if<int>(&row[i]))
                f.SetField(field, *n);
        }
        if (layer->CreateFeature(&f) != OGRERR_NONE)
            return std::unexpected(std::string("cannot write a row of ") + name);
    }
    return {};
}

std::string status_text(const core::Kpi& k, bool vi) {
    if (!k.available()) return vi ? "không có số liệu" : "not available";
    if (!k.has_target) return vi ? "chưa đặt mục tiêu" : "no target set";
    if (k.pass()) return vi ? "đạt" : "met";
    return (vi ? "còn thiếu " : "short by ") +
           core::kpi_difference_text(k, k.short_by(), vi, false);
}

std::string unit_text(const core::Kpi& k, bool vi) {
    if (k.unit == "share") return "%";
    if (k.unit == "mbps") return "Mbit/s";
    return vi ? "tỷ số" : "ratio";
}

//! The value a sheet stores: percentages for shares, else the value; empty when the
//! KPI cannot be computed (never 0).
Cell value_cell(const core::Kpi& k, double v) {
    if (!k.available()) return std::monostate{};
    return k.unit == "share" ? percent(v) : std::round(v * 1000.0) / 1000.0;
}

Sheet kpi_sheet(const PlanAnalysis& a, bool vi) {
    Sheet s{"Indicators",
            "Chỉ tiêu",
            {{"Indicator", "Chỉ tiêu", OFTString},
             {"Unit", "Đơn vị", OFTString},
             {"On air", "Đang phát sóng", OFTReal},
             {"With proposals", "Có trạm đề xuất", OFTReal},
             {"Target", "Mục tiêu", OFTReal},
             {"Year", "Năm", OFTInteger},
             {"Status on air", "Tình trạng (đang phát sóng)", OFTString},
             {"Status with proposals", "Tình trạng (có đề xuất)", OFTString},
             {"Counts on air", "Số liệu (đang phát sóng)", OFTString},
             {"Counts with proposals", "Số liệu (có đề xuất)", OFTString}},
            {}};
    for (const core::Kpi& k : a.kpis) {
        const core::Kpi* on = on_air_kpi(a, k.id);
        const core::Kpi& o = on ? *on : k;
        s.rows.push_back({vi ? k.label_vi : k.label_en, unit_text(k, vi), value_cell(o, o.value),
                          value_cell(k, k.value), k.has_target ? value_cell(k, k.target) : Cell{},
                          k.has_target ? Cell{k.target_year} : Cell{}, status_text(o, vi),
                          status_text(k, vi), core::kpi_counts_text(o, vi),
                          core::kpi_counts_text(k, vi)});
    }
    return s;
}

Sheet hamlet_sheet(const PlanAnalysis& a, bool vi) {
    Sheet s{"Khu vuc",
            "Khu vực",
            {{"Khu vực", "Khu vực", OFTString},
             {"Population", "Dân số", OFTReal},
             {"Households", "Hộ", OFTReal},
             {"Area (km²)", "Diện tích (km²)", OFTReal},
             {"With 4G (%)", "Có 4G (%)", OFTReal},
             {"5G on air (%)", "5G đang phát sóng (%)", OFTReal},
             {"5G with proposals (%)", "5G có trạm đề xuất (%)", OFTReal},
             {"Within fiber reach (%)", "Trong tầm cáp quang (%)", OFTReal}},
            {}};
    auto row = [&](const std::string& name, const core::CoverageTally& t,
                   const core::CoverageTally& on) {
        using T = core::CoverageTally;
        s.rows.push_back({name, std::round(t.population), std::round(t.households),
                          std::round(t.area_km2 * 1000.0) / 1000.0,
                          percent(T::share(t.population_4g, t.population)),
                          percent(T::share(on.population_5g, on.population)),
                          percent(T::share(t.population_5g, t.population)),
                          percent(T::share(t.households_fiber, t.households))});
    };
    for (std::size_t i = 0; i < a.area.hamlets.size(); ++i)
        row(a.area.hamlets[i].name, a.area.hamlets[i].tally,
            i < a.area_on_air.hamlets.size() ? a.area_on_air.hamlets[i].tally
                                             : a.area.hamlets[i].tally);
    row(vi ? "Toàn phường" : "Ward", a.area.ward, a.area_on_air.ward);
    return s;
}

Sheet site_sheet(const Project& p, bool vi) {
    Sheet s{"Sites",
            "Trạm",
            {{"Site", "Mã trạm", OFTString},
             {"Tower", "Mã cột", OFTString},
             {"Operator", "Nhà mạng", OFTString},
             {"Technology", "Công nghệ", OFTString},
             {"Band", "Băng tần", OFTString},
             {"Frequency (MHz)", "Tần số (MHz)", OFTReal},
             {"Height (m)", "Độ cao (m)", OFTReal},
             {"Azimuths (°)", "Hướng phát (°)", OFTString},
             {"Status", "Trạng thái", OFTString},
             {"In the ward", "Trong phường", OFTString}},
            {}};
    for (const core::Site& site : p.layers.sites) {
        std::string az;
        for (double d : site.azimuths_deg)
            az += (az.empty() ? "" : "/") + std::to_string(static_cast<int>(std::lround(d)));
        const bool inside = core::inside_ward(site.location, p.layers.ward);
        s.rows.push_back({site.site_id, site.tower_id, site.operator_name,
                          std::string(core::technology_name(site.technology)), site.band,
                          site.freq_mhz, site.height_m,
                          az.empty() ? std::string(vi ? "vô hướng" : "omni") : az,
                          core::site_status_text(site.status, vi),
                          std::string(inside ? (vi ? "có" : "yes") : (vi ? "không" : "no"))});
    }
    return s;
}

Sheet place_sheet(const PlanAnalysis& a, bool vi) {
    Sheet s{"Priority places",
            "Điểm ưu tiên",
            {{"Rank (without 5G)", "Thứ tự (chưa có 5G)", OFTInteger},
             {"Place", "Địa điểm", OFTString},
             {"Category", "Loại", OFTString},
             {"Service", "Dịch vụ", OFTString},
             {"With 5G (%)", "Có 5G (%)", OFTReal},
             {"With 4G (%)", "Có 4G (%)", OFTReal},
             {"Khu vực", "Khu vực", OFTString},
             {"Nearest site", "Trạm gần nhất", OFTString},
             {"Distance (m)", "Khoảng cách (m)", OFTReal},
             {"Residents within 500 m", "Dân trong 500 m", OFTReal}},
            {}};
    int rank = 0;
    for (const core::PriorityPlace* pl : core::rank_priority_places(a.places)) {
        const bool gap = core::is_priority_gap(*pl);
        const std::string service = pl->status == core::PriorityStatus::Covered5G ? "5G"
                                    : pl->status == core::PriorityStatus::Only4G
                                        ? (vi ? "chỉ có 4G" : "4G only")
                                        : (vi ? "không có" : "none");
        s.rows.push_back({gap ? Cell{++rank} : Cell{}, pl->name,
                          core::category_text(pl->category, vi), service, percent(pl->share_5g),
                          percent(pl->share_4g), pl->hamlet, pl->nearest_site,
                          std::round(pl->nearest_site_m), std::round(pl->population_nearby)});
    }
    return s;
}

}  // namespace

std::expected<void, std::string> write_analysis_xlsx(const std::string& path,
                                                     const Project& project,
                                                     const PlanAnalysis& analysis, bool vi) {
    ensure_gdal_registered();
    ScopedGdalErrors errors;
    GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("XLSX");
    if (!drv) return std::unexpected(path + ": GDAL has no XLSX driver");
    AtomicFile out(path);
    {
        GDALDatasetUniquePtr ds(
            drv->Create(out.temp_path().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!ds) return std::unexpected(write_failure(path, errors.suffix()));
        for (const Sheet& sheet : {kpi_sheet(analysis, vi), hamlet_sheet(analysis, vi),
                                   site_sheet(project, vi), place_sheet(analysis, vi)})
            if (auto r = write_sheet(*ds, sheet, vi); !r)
                return std::unexpected(path + ": " + r.error() + errors.suffix());
        const std::size_t before = errors.messages().size();
        ds.reset();  // the XLSX driver writes the file when the dataset closes
        if (errors.messages().size() > before)
            return std::unexpected(write_failure(path, errors.suffix()));
    }
    return out.commit();
}

}  // namespace covplan::gis
