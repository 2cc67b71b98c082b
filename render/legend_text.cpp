#include "render/legend_text.h"

#include <utility>

namespace covplan::render {
namespace {

struct Words {
    std::string_view key;
    const char* en;
    const char* vi;
};

QString pick(const Words& w, bool vi) { return QString::fromUtf8(vi ? w.vi : w.en); }

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

constexpr std::pair<core::MapLayerId, Words> kLayers[] = {
    {core::MapLayerId::Ward, {"", "Ward boundary", "Ranh giới phường"}},
    {core::MapLayerId::Hamlets, {"", "Khu vực / ấp boundaries", "Ranh giới khu vực, ấp"}},
    {core::MapLayerId::Roads, {"", "Roads", "Đường giao thông"}},
    {core::MapLayerId::Waterways, {"", "Waterways", "Sông, kênh"}},
    {core::MapLayerId::Fiber, {"", "Fiber route", "Tuyến cáp quang"}},
    {core::MapLayerId::Poi, {"", "Priority places", "Địa điểm ưu tiên"}},
    {core::MapLayerId::TowerUpgrades,
     {"", "Existing tower: 5G upgrade candidate (size: residents gained)",
      "Cột hiện có nên nâng cấp 5G (kích thước: dân được phủ thêm)"}},
    {core::MapLayerId::PriorityGaps,
     {"", "Priority place / stretch without 5G", "Điểm ưu tiên / đoạn chưa có 5G"}},
    {core::MapLayerId::Sites, {"", "BTS sites", "Trạm BTS"}},
};

constexpr Words kVariants[] = {
    {"4g", "4G site (existing)", "Trạm 4G (hiện hữu)"},
    {"5g", "5G site (existing)", "Trạm 5G (hiện hữu)"},
    {"proposed", "Proposed site (hollow)", "Trạm đề xuất (rỗng)"},
    {"major", "National / provincial road", "Quốc lộ, đường tỉnh"},
    {"minor", "Other road", "Đường khác"},
};

}  // namespace

QString layer_text(core::MapLayerId id, bool vi) {
    for (const auto& [l, w] : kLayers)
        if (l == id) return pick(w, vi);
    return {};
}

QString category_text(std::string_view slug, bool vi) {
    for (const Words& w : kCategories)
        if (w.key == slug) return pick(w, vi);
    return QString::fromUtf8(slug.data(), static_cast<int>(slug.size()));
}

QString legend_text(core::MapLayerId id, std::string_view variant, bool vi) {
    if (variant.empty()) return layer_text(id, vi);
    if (id == core::MapLayerId::Poi) return category_text(variant, vi);
    for (const Words& w : kVariants)
        if (w.key == variant) return pick(w, vi);
    return layer_text(id, vi);
}

}  // namespace covplan::render
