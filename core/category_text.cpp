#include "core/category_text.h"

namespace covplan::core {
namespace {

struct Words {
    std::string_view key;
    const char* en;
    const char* vi;
};

// Categories of the plan's section on 5G priorities (public offices, schools, health,
// markets, transport hubs, industrial and high-tech zones, roads and waterways).
constexpr Words kCategories[] = {
    {"school", "school", "trường học"},
    {"health", "health facility", "cơ sở y tế"},
    {"admin", "public office", "cơ quan hành chính"},
    {"market", "market", "chợ"},
    {"transport_hub", "transport hub", "bến xe, bến tàu"},
    {"industrial", "industrial zone", "khu, cụm công nghiệp"},
    {"high_tech", "high-tech zone", "khu công nghệ cao"},
    {"culture_tourism", "culture / tourism", "văn hóa, du lịch"},
    {"residential", "residential area", "khu dân cư"},
    {"road", "road", "đường giao thông"},
    {"waterway", "waterway", "sông, kênh"},
    {"other", "other", "khác"},
};

}  // namespace

std::string category_text(std::string_view slug, bool vi) {
    for (const Words& w : kCategories)
        if (w.key == slug) return vi ? w.vi : w.en;
    return std::string(slug);
}

std::string site_status_text(SiteStatus status, bool vi) {
    if (status == SiteStatus::Proposed) return vi ? "đề xuất" : "proposed";
    return vi ? "đang phát sóng" : "on air";
}

std::string role_text(LayerRole role, bool vi) {
    switch (role) {
        case LayerRole::Ward:
            return vi ? "Ranh giới phường" : "Ward boundary";
        case LayerRole::Hamlets:
            return vi ? "Ranh giới khu vực, ấp" : "Khu vực / ấp boundaries";
        case LayerRole::Sites:
            return vi ? "Trạm BTS" : "BTS sites";
        case LayerRole::Fiber:
            return vi ? "Tuyến cáp quang" : "Fiber routes";
        case LayerRole::Poi:
            return vi ? "Địa điểm ưu tiên" : "Priority places";
        case LayerRole::Roads:
            return vi ? "Đường giao thông" : "Roads";
        case LayerRole::Waterways:
            return vi ? "Sông, kênh" : "Waterways";
        case LayerRole::Measurements:
            return vi ? "Số liệu đo kiểm" : "Measurements";
    }
    return std::string(role_name(role));
}

}  // namespace covplan::core
