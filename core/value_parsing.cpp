#include "core/value_parsing.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <string>

#include "core/text_fold.h"

namespace covplan::core {
namespace {

bool any_token(std::string_view key, std::initializer_list<std::string_view> needles) {
    for (std::string_view n : needles)
        if (key_contains_tokens(key, n)) return true;
    return false;
}

}  // namespace

std::string_view trim_blanks(std::string_view s) {
    while (!s.empty() &&
           (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
        s.remove_prefix(1);
    while (!s.empty() &&
           (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}

std::optional<double> parse_plain_number(std::string_view text) {
    text = trim_blanks(text);
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    double v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::optional<double> parse_number(std::string_view text) {
    text = trim_blanks(text);
    if (text.empty()) return std::nullopt;
    std::string buf(text);
    // A single comma with no dot is a decimal comma ("35,5"); "1,800" is ambiguous but
    // a thousands separator makes no sense for heights, tilts or MHz values we read.
    if (buf.find('.') == std::string::npos && std::count(buf.begin(), buf.end(), ',') == 1)
        buf[buf.find(',')] = '.';
    double value = 0.0;
    const char* begin = buf.data();
    const char* end = buf.data() + buf.size();
    if (*begin == '+') ++begin;
    auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || ptr == begin || !std::isfinite(value)) return std::nullopt;
    // Allow a unit suffix, but not trailing digits or punctuation ("12.3.4", "5-7").
    std::string_view rest = trim_blanks(std::string_view(ptr, static_cast<std::size_t>(end - ptr)));
    for (char c : rest)
        if (!std::isalpha(static_cast<unsigned char>(c)) && c != '%') return std::nullopt;
    return value;
}

std::optional<std::vector<double>> parse_azimuths(std::string_view text) {
    text = trim_blanks(text);
    std::vector<double> out;
    if (text.empty()) return out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const bool sep = i == text.size() || text[i] == ';' || text[i] == '/' || text[i] == ',' ||
                         text[i] == ' ' || text[i] == '|';
        if (!sep) continue;
        std::string_view part = trim_blanks(text.substr(start, i - start));
        start = i + 1;
        if (part.empty()) continue;
        auto v = parse_number(part);
        if (!v || *v < 0.0 || *v > 360.0) return std::nullopt;
        out.push_back(*v == 360.0 ? 0.0 : *v);
    }
    return out;
}

std::optional<Technology> parse_technology(std::string_view tech_text, std::string_view band_text) {
    const std::string key = fold_key(tech_text);
    if (!key.empty()) {
        if (any_token(key, {"5g", "nr", "5g_nr", "nr5g", "gnodeb", "gnb"}) ||
            (key.starts_with("n") && key.size() > 1 &&
             std::isdigit(static_cast<unsigned char>(key[1]))))
            return Technology::Nr5G;
        if (any_token(key, {"4g", "lte", "4g_lte", "enodeb", "enb"}) ||
            (key.starts_with("l") && key.size() > 1 &&
             std::isdigit(static_cast<unsigned char>(key[1]))))
            return Technology::Lte4G;
    }
    const std::string band = fold_key(band_text);
    if (band.size() > 1 && std::isdigit(static_cast<unsigned char>(band[1]))) {
        if (band[0] == 'n') return Technology::Nr5G;
        if (band[0] == 'b') return Technology::Lte4G;
    }
    return std::nullopt;
}

std::optional<StatusWord> parse_status(std::string_view text) {
    const std::string key = fold_key(text);
    if (key.empty()) return std::nullopt;
    // Out of service first: "ngừng phát sóng" holds "phát sóng".
    if (any_token(
            key, {"ngung", "tam_dung", "tam_ngung", "dung_phat", "decommissioned", "dismantled",
                  "thao_do", "thao_go", "huy", "off_air", "inactive", "out_of_service", "removed"}))
        return StatusWord::OutOfService;
    if (any_token(key, {"proposed", "planned", "plan", "du_kien", "quy_hoach", "de_xuat", "xay_moi",
                        "new", "candidate", "ke_hoach", "dang_xay_dung", "under_construction"}))
        return StatusWord::Proposed;
    if (any_token(key, {"existing", "hien_huu", "hien_co", "dang_hoat_dong", "on_air", "onair",
                        "active", "live", "hoat_dong", "da_phat_song", "dang_phat_song",
                        "phat_song", "in_service", "operational", "da_lap_dat"}))
        return StatusWord::Existing;
    return std::nullopt;
}

std::string_view status_vocabulary() {
    return "existing: Đang phát sóng, đang hoạt động, hiện hữu, on air, existing, active; "
           "proposed: đề xuất, quy hoạch, dự kiến, kế hoạch, planned, proposed; "
           "left out: ngừng, tạm dừng, tháo dỡ, decommissioned";
}

CablePlacement parse_placement(std::string_view text) {
    const std::string key = fold_key(text);
    if (any_token(key, {"underground", "ngam", "cap_ngam", "buried", "duct", "cong_be", "ug"}))
        return CablePlacement::Underground;
    if (any_token(key, {"aerial", "treo", "cap_treo", "overhead", "noi", "pole"}))
        return CablePlacement::Aerial;
    return CablePlacement::Unknown;
}

std::optional<PoiCategory> parse_poi_category(std::string_view text) {
    const std::string key = fold_key(text);
    if (key.empty()) return std::nullopt;
    if (auto exact = poi_category_from_name(key)) return exact;
    // Order matters: "khu cong nghe cao" before "khu cong nghiep", "cho" is short so last.
    if (any_token(key, {"high_tech", "hightech", "cong_nghe_cao"})) return PoiCategory::HighTech;
    if (any_token(key, {"industrial", "cum_cong_nghiep", "khu_cong_nghiep", "ccn", "kcn",
                        "industry", "nha_may", "factory"}))
        return PoiCategory::Industrial;
    if (any_token(key, {"school", "truong", "thcs", "thpt", "tieu_hoc", "mam_non", "mau_giao",
                        "kindergarten", "university", "college", "giao_duc", "education"}))
        return PoiCategory::School;
    if (any_token(key, {"health", "hospital", "clinic", "tram_y_te", "tyt", "benh_vien", "y_te",
                        "pkdk", "phong_kham", "doctors", "pharmacy"}))
        return PoiCategory::Health;
    if (any_token(key, {"admin", "townhall", "ubnd", "hanh_chinh", "tru_so", "thi_uy", "dang_uy",
                        "government", "public_administration", "co_quan"}))
        return PoiCategory::Admin;
    if (any_token(key, {"culture", "tourism", "van_hoa", "di_tich", "du_lich", "museum", "chua",
                        "dinh", "den", "temple", "monument", "heritage", "le_hoi"}))
        return PoiCategory::CultureTourism;
    if (any_token(key, {"transport", "transport_hub", "bus_station", "ben_xe", "ben_tau", "ben_pha",
                        "ferry", "ferry_terminal", "station", "port", "cang", "ben_do"}))
        return PoiCategory::TransportHub;
    if (any_token(key, {"market", "marketplace", "cho", "sieu_thi", "supermarket",
                        "trung_tam_thuong_mai"}))
        return PoiCategory::Market;
    if (any_token(key, {"residential", "khu_dan_cu", "dan_cu", "khu_do_thi"}))
        return PoiCategory::Residential;
    return std::nullopt;
}

}  // namespace covplan::core
