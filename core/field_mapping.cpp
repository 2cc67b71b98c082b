#include "core/field_mapping.h"

#include <algorithm>
#include <array>

#include "core/text_fold.h"

namespace covplan::core {
namespace {

using Syn = std::string_view;

// Synonyms are folded keys. Vietnamese spellings are the ones seen in provincial
// and operator spreadsheets ("ma_tram", "dan_so", "so_ho", "kinh_do", ...).
constexpr Syn kName[] = {"name", "ten", "ten_goi", "label", "title"};
constexpr Syn kCode[] = {"code", "ma", "id", "ma_so"};
constexpr Syn kPopulation[] = {"population", "pop",          "dan_so",   "danso",      "so_dan",
                               "nhan_khau",  "so_nhan_khau", "so_nguoi", "tong_dan_so"};
// VN-2000 survey columns ("X (m)", "Tọa độ X") hold northings in the Vietnamese
// convention; the import tells them apart by magnitude (gis/layer_import.cpp).
constexpr Syn kX[] = {"lon", "long",       "lng",      "longitude", "kinh_do", "kinhdo",
                      "x",   "easting",    "toa_do_x", "x_coord",   "coord_x", "xcoord",
                      "x_m", "toa_do_x_m", "x_vn2000", "x_vn_2000"};
constexpr Syn kY[] = {"lat",      "latitude",   "vi_do",    "vido",     "y",
                      "northing", "toa_do_y",   "y_coord",  "coord_y",  "ycoord",
                      "y_m",      "toa_do_y_m", "y_vn2000", "y_vn_2000"};

// Official layers (Cần Thơ's 2025 ward layer: ma_xa, ten, loai, dan_so), GADM
// (GID_3, NAME_3, VARNAME_3) and OCHA COD-AB (ADM3_VI, ADM3_EN, ADM3_PCODE).
constexpr Syn kWardName[] = {"name",   "ten",     "ten_xa", "ten_phuong", "ten_don_vi", "ward",
                             "phuong", "adm3_vi", "name_3", "adm3_en",    "varname_3",  "tenxa"};
constexpr Syn kWardCode[] = {"code",      "ma_xa",      "ma_phuong", "ma_dvhc", "ma",
                             "ward_code", "adm3_pcode", "gid_3",     "maxa"};
constexpr FieldSpec kWard[] = {
    {"name", false, "ward name", kWardName},
    {"code", false, "administrative code", kWardCode},
    {"population", false, "population", kPopulation},
};

constexpr Syn kHamletName[] = {"name",        "ten",        "ten_ap",     "ten_kv",
                               "ten_khu_vuc", "hamlet",     "ap",         "khu_vuc",
                               "kv",          "ten_don_vi", "ap_khu_vuc", "hamlet_name"};
constexpr Syn kHamletCode[] = {"code", "ma", "ma_ap", "ma_kv", "hamlet_code", "id"};
constexpr Syn kHouseholds[] = {"households",     "hh",   "so_ho",     "ho",       "ho_gia_dinh",
                               "so_ho_gia_dinh", "hogd", "so_ho_dan", "household"};
constexpr FieldSpec kHamlets[] = {
    {"name", true, "hamlet / khu vuc name", kHamletName},
    {"code", false, "hamlet code", kHamletCode},
    {"population", true, "residents", kPopulation},
    {"households", false, "households", kHouseholds},
};

constexpr Syn kSiteId[] = {"site_id", "siteid",    "id",      "ma_tram",   "matram",
                           "ma_site", "site_code", "cell_id", "enodeb_id", "gnodeb_id",
                           "bts_id",  "ma_bts",    "code",    "ma",        "site"};
constexpr Syn kTowerId[] = {"tower_id", "towerid", "ma_cot",       "ma_cot_anten",
                            "tower",    "cot",     "structure_id", "ma_nha_tram"};
constexpr Syn kSiteName[] = {"name", "ten", "ten_tram", "site_name", "ten_site", "label"};
constexpr Syn kOperator[] = {"operator", "nha_mang", "doanh_nghiep", "dn",       "nha_khai_thac",
                             "carrier",  "mno",      "nha_cung_cap", "provider", "owner"};
constexpr Syn kTech[] = {"technology", "tech",  "cong_nghe",  "rat",           "system",
                         "he_thong",   "radio", "generation", "loai_cong_nghe"};
constexpr Syn kBand[] = {"band", "bang_tan", "band_name", "bang"};
constexpr Syn kFreq[] = {"freq_mhz",   "frequency_mhz", "freq",    "frequency", "tan_so",
                         "tan_so_mhz", "mhz",           "dl_freq", "fc_mhz"};
constexpr Syn kBandwidth[] = {"bandwidth_mhz", "bw_mhz",        "bandwidth", "bw",
                              "bang_thong",    "bang_thong_mhz"};
constexpr Syn kHeight[] = {
    "height_m", "height",       "antenna_height",  "ant_height",  "chieu_cao",
    "do_cao",   "do_cao_anten", "chieu_cao_anten", "do_cao_treo", "h",
    "agl",      "ht",           "antenna_height_m"};
constexpr Syn kAzimuths[] = {"azimuths_deg", "azimuths",   "azimuth",       "az",
                             "huong",        "huong_phat", "goc_phuong_vi", "phuong_vi",
                             "sectors",      "azimuth_deg"};
constexpr Syn kMechTilt[] = {"mech_tilt_deg", "mech_tilt",     "mechanical_tilt", "m_tilt", "mtilt",
                             "tilt_co",       "do_nghieng_co", "goc_nghieng_co",  "tilt"};
constexpr Syn kElecTilt[] = {
    "elec_tilt_deg", "elec_tilt",       "electrical_tilt",  "e_tilt", "etilt",
    "tilt_dien",     "do_nghieng_dien", "goc_nghieng_dien", "ret"};
constexpr Syn kPowerDbm[] = {"power_dbm", "tx_power_dbm", "power",          "tx_power",
                             "pout",      "cong_suat",    "cong_suat_phat", "cong_suat_dbm"};
constexpr Syn kPowerW[] = {"power_w", "tx_power_w", "cong_suat_w", "pout_w", "watt"};
constexpr Syn kAntenna[] = {"antenna_model", "antenna", "anten",       "loai_anten",
                            "ant_model",     "pattern", "antenna_type"};
constexpr Syn kFeeder[] = {"feeder_loss_db", "feeder_loss", "cable_loss", "suy_hao_feeder",
                           "suy_hao_cap"};
constexpr Syn kPropModel[] = {"propagation_model", "pl_model", "mo_hinh_truyen_song", "mo_hinh"};
constexpr Syn kStatus[] = {"status", "trang_thai", "hien_trang", "tinh_trang", "state"};
constexpr FieldSpec kSites[] = {
    {"site_id", true, "unique site identifier", kSiteId},
    {"tower_id", false, "tower / structure identifier (co-location)", kTowerId},
    {"name", false, "site name", kSiteName},
    {"operator", false, "operator", kOperator},
    {"technology", false, "4G or 5G (guessed from band/frequency when absent)", kTech},
    {"band", false, "band label, e.g. B3 or n78", kBand},
    {"freq_mhz", false, "carrier frequency in MHz", kFreq},
    {"bandwidth_mhz", false, "channel bandwidth in MHz", kBandwidth},
    {"height_m", true, "antenna height above ground, m", kHeight},
    {"azimuths_deg", false, "sector azimuths, e.g. 0;120;240", kAzimuths},
    {"mech_tilt_deg", false, "mechanical downtilt, degrees", kMechTilt},
    {"elec_tilt_deg", false, "electrical downtilt, degrees", kElecTilt},
    {"power_dbm", false, "transmit power per sector, dBm", kPowerDbm},
    {"power_w", false, "transmit power per sector, W", kPowerW},
    {"antenna_model", false, "antenna pattern name", kAntenna},
    {"feeder_loss_db", false, "feeder / jumper loss, dB", kFeeder},
    {"propagation_model", false, "path-loss model for this site", kPropModel},
    {"status", false, "existing or proposed", kStatus},
    {"x", false, "longitude or easting (tables only)", kX},
    {"y", false, "latitude or northing (tables only)", kY},
};

constexpr Syn kPlacement[] = {"placement",    "lap_dat",    "hinh_thuc", "hinh_thuc_lap_dat",
                              "kieu_lap_dat", "loai_tuyen", "ngam_treo", "method",
                              "type",         "loai"};
constexpr FieldSpec kFiber[] = {
    {"name", false, "route name", kName},
    {"operator", false, "operator", kOperator},
    {"placement", false, "underground or aerial", kPlacement},
};

constexpr Syn kPoiName[] = {"name", "ten", "ten_dia_diem", "ten_co_so", "label", "title"};
constexpr Syn kCategory[] = {"category",  "loai",          "nhom",    "type",
                             "class",     "fclass",        "amenity", "loai_hinh",
                             "phan_loai", "loai_dia_diem", "linh_vuc"};
constexpr Syn kCategorySource[] = {"category_source"};
constexpr FieldSpec kPoi[] = {
    {"name", false, "place name", kPoiName},
    {"category", true, "school, market, health, admin, ...", kCategory},
    // Written by covplan next to the category it understood, so a saved plan keeps
    // the source's own words ("Trạm y tế") for tables and the report.
    {"category_source", false, "the category as the source file gave it", kCategorySource},
    {"x", false, "longitude or easting (tables only)", kX},
    {"y", false, "latitude or northing (tables only)", kY},
};

constexpr Syn kLineClass[] = {"class",       "fclass",     "cap",      "cap_duong",
                              "loai",        "highway",    "waterway", "type",
                              "cap_quan_ly", "loai_duong", "loai_kenh"};
constexpr FieldSpec kLines[] = {
    {"name", false, "name", kName},
    {"class", false, "road or waterway class", kLineClass},
};

// Drive-test and crowd exports: G-NetTrack (Level, Qual, SNR, DL_bitrate kbit/s,
// NetworkTech, CellID, ARFCN), Network Cell Info / OpenCelliD measurement exports
// (mcc, mnc, lac, cellid, lat, lon, signal), generic lat/lon/rsrp files and the
// TU Dortmund campaign's files (rsrp, cellLon, cellLat, cellFreq).
constexpr Syn kRsrp[] = {"rsrp_dbm",          "rsrp",    "level",   "signal",
                         "rsrp_serving",      "ss_rsrp", "nr_rsrp", "lte_rsrp",
                         "cuong_do_tin_hieu", "muc_thu"};
constexpr Syn kRsrq[] = {"rsrq_db", "rsrq", "qual", "ss_rsrq", "lte_rsrq"};
constexpr Syn kSinr[] = {"sinr_db", "sinr", "snr", "rssnr", "rs_sinr", "ss_sinr", "cinr"};
constexpr Syn kThroughputMbps[] = {"throughput_mbps", "dl_mbps",    "download_mbps",
                                   "dl_throughput",   "throughput", "toc_do_tai_xuong",
                                   "download"};
constexpr Syn kThroughputKbps[] = {"throughput_kbps", "dl_bitrate", "dl_kbps", "download_kbps"};
constexpr Syn kTime[] = {"time",      "timestamp",   "datetime", "date_time",
                         "thoi_gian", "measured_at", "created",  "utc"};
constexpr Syn kMeasTech[] = {"technology",   "tech",        "networktech", "network_tech", "rat",
                             "network_type", "networkmode", "cong_nghe",   "radio"};
constexpr Syn kMeasFreq[] = {"freq_mhz",  "cellfreq", "cell_freq", "frequency_mhz",
                             "frequency", "freq",     "dl_freq",   "tan_so"};
constexpr Syn kArfcn[] = {"arfcn", "earfcn", "nr_arfcn", "nrarfcn", "dl_earfcn", "dl_arfcn"};
constexpr Syn kPci[] = {"pci", "psc", "physical_cell_id", "physcellid"};
constexpr Syn kServingId[] = {"serving_site_id",
                              "serving_cell",
                              "serving_cell_id",
                              "site_id",
                              "cellid",
                              "cell_id",
                              "eci",
                              "ci",
                              "ma_tram"};
constexpr Syn kServingLon[] = {"serving_lon", "celllon",        "cell_lon", "site_lon",
                               "bts_lon",     "cell_longitude", "tower_lon"};
constexpr Syn kServingLat[] = {"serving_lat", "celllat",       "cell_lat", "site_lat",
                               "bts_lat",     "cell_latitude", "tower_lat"};
constexpr Syn kMeasOperator[] = {"operator", "operatorname", "operator_name", "nha_mang",
                                 "mno",      "carrier",      "network"};
constexpr FieldSpec kMeasurements[] = {
    {"rsrp_dbm", true, "RSRP of the serving cell, dBm", kRsrp},
    {"rsrq_db", false, "RSRQ, dB", kRsrq},
    {"sinr_db", false, "SINR, dB", kSinr},
    {"throughput_mbps", false, "downlink throughput, Mbit/s", kThroughputMbps},
    {"throughput_kbps", false, "downlink throughput, kbit/s (G-NetTrack DL_bitrate)",
     kThroughputKbps},
    {"time", false, "time of the sample", kTime},
    {"technology", false, "4G or 5G (LTE / NR)", kMeasTech},
    {"freq_mhz", false, "downlink frequency, MHz", kMeasFreq},
    {"arfcn", false, "EARFCN or NR-ARFCN", kArfcn},
    {"pci", false, "physical cell id", kPci},
    {"operator", false, "operator", kMeasOperator},
    {"serving_site_id", false, "serving site or cell id of the project (or an LTE ECI)",
     kServingId},
    {"serving_lon", false, "serving site longitude, WGS 84", kServingLon},
    {"serving_lat", false, "serving site latitude, WGS 84", kServingLat},
    {"x", false, "longitude or easting (tables only)", kX},
    {"y", false, "latitude or northing (tables only)", kY},
};

bool prefix_token_match(std::string_view key, std::string_view syn) {
    // "dan_so_2024" matches "dan_so"; "ma_tram_4g" matches "ma_tram". Single letters
    // ("h", "x") and two-letter codes are too ambiguous for anything but exact matches.
    if (syn.size() < 3) return false;
    return key.size() > syn.size() && key.starts_with(syn) && key[syn.size()] == '_';
}

}  // namespace

std::span<const FieldSpec> field_specs(LayerRole role) {
    switch (role) {
        case LayerRole::Ward:
            return kWard;
        case LayerRole::Hamlets:
            return kHamlets;
        case LayerRole::Sites:
            return kSites;
        case LayerRole::Fiber:
            return kFiber;
        case LayerRole::Poi:
            return kPoi;
        case LayerRole::Roads:
        case LayerRole::Waterways:
            return kLines;
        case LayerRole::Measurements:
            return kMeasurements;
    }
    return {};
}

const FieldSpec* find_field_spec(LayerRole role, std::string_view canonical) {
    for (const FieldSpec& spec : field_specs(role))
        if (spec.canonical == canonical) return &spec;
    return nullptr;
}

FieldMapping guess_field_mapping(LayerRole role, std::span<const std::string> source_fields) {
    std::vector<std::string> keys;
    keys.reserve(source_fields.size());
    for (const auto& f : source_fields) keys.push_back(fold_key(f));
    std::vector<bool> used(source_fields.size(), false);
    FieldMapping mapping;

    // Pass 1: exact folded matches, attributes in declaration order, synonyms by priority.
    // Pass 2: prefix-token matches for what is still unmapped.
    for (int pass = 0; pass < 2; ++pass) {
        for (const FieldSpec& spec : field_specs(role)) {
            if (mapping.contains(spec.canonical)) continue;
            bool found = false;
            for (std::string_view syn : spec.synonyms) {
                for (std::size_t i = 0; i < keys.size() && !found; ++i) {
                    if (used[i]) continue;
                    const bool hit = pass == 0 ? keys[i] == syn : prefix_token_match(keys[i], syn);
                    if (hit) {
                        mapping.emplace(std::string(spec.canonical), source_fields[i]);
                        used[i] = true;
                        found = true;
                    }
                }
                if (found) break;
            }
        }
    }
    return mapping;
}

std::expected<void, std::string> apply_mapping_overrides(LayerRole role,
                                                         std::span<const std::string> source_fields,
                                                         std::span<const std::string> overrides,
                                                         FieldMapping& mapping) {
    for (const std::string& item : overrides) {
        const auto eq = item.find('=');
        if (eq == std::string::npos || eq == 0)
            return std::unexpected("field mapping '" + item +
                                   "' is not of the form attribute=column");
        std::string canonical = item.substr(0, eq);
        std::string column = item.substr(eq + 1);
        if (!find_field_spec(role, canonical)) {
            std::string known;
            for (const FieldSpec& s : field_specs(role))
                known += (known.empty() ? "" : ", ") + std::string(s.canonical);
            return std::unexpected("'" + canonical + "' is not an attribute of role '" +
                                   std::string(role_name(role)) + "' (known: " + known + ")");
        }
        if (column.empty()) {
            mapping.erase(canonical);
            continue;
        }
        auto it = std::find(source_fields.begin(), source_fields.end(), column);
        if (it == source_fields.end()) {
            // Accept a case/diacritic-insensitive spelling, but only if unambiguous.
            const std::string want = fold_key(column);
            int hits = 0;
            for (auto f = source_fields.begin(); f != source_fields.end(); ++f)
                if (fold_key(*f) == want) {
                    it = f;
                    ++hits;
                }
            if (hits != 1)
                return std::unexpected("column '" + column + "' given for '" + canonical +
                                       "' does not exist in the layer");
        }
        // A column maps to one attribute: drop an earlier guess that used it.
        std::erase_if(mapping, [&](const auto& kv) { return kv.second == *it; });
        mapping[canonical] = *it;
    }
    return {};
}

std::vector<std::string> missing_required_fields(LayerRole role, const FieldMapping& mapping) {
    std::vector<std::string> missing;
    for (const FieldSpec& spec : field_specs(role))
        if (spec.required && !mapping.contains(spec.canonical))
            missing.emplace_back(spec.canonical);
    return missing;
}

std::string mapping_to_string(const FieldMapping& mapping) {
    std::string out;
    for (const auto& [canonical, column] : mapping) {
        if (!out.empty()) out += ';';
        out += canonical + "=" + column;
    }
    return out;
}

FieldMapping mapping_from_string(std::string_view text) {
    FieldMapping mapping;
    while (!text.empty()) {
        const auto semi = text.find(';');
        std::string_view item = text.substr(0, semi);
        const auto eq = item.find('=');
        if (eq != std::string_view::npos && eq > 0)
            mapping.emplace(std::string(item.substr(0, eq)), std::string(item.substr(eq + 1)));
        if (semi == std::string_view::npos) break;
        text.remove_prefix(semi + 1);
    }
    return mapping;
}

}  // namespace covplan::core
