#include "render/legend_text.h"

#include <utility>

#include "core/category_text.h"

namespace covplan::render {
namespace {

struct Words {
    std::string_view key;
    const char* en;
    const char* vi;
};

QString pick(const Words& w, bool vi) { return QString::fromUtf8(vi ? w.vi : w.en); }

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
    {core::MapLayerId::Measurements, {"", "Measured RSRP", "RSRP đo kiểm"}},
    {core::MapLayerId::Residuals,
     {"", "Prediction error (predicted − measured)", "Sai số dự báo (dự báo − đo)"}},
};

constexpr Words kVariants[] = {
    {"4g", "4G site on air", "Trạm 4G đang phát sóng"},
    {"5g", "5G site on air", "Trạm 5G đang phát sóng"},
    {"proposed-4g", "Proposed 4G site", "Trạm 4G đề xuất"},
    {"proposed-5g", "Proposed 5G site", "Trạm 5G đề xuất"},
    {"major", "National / provincial road", "Quốc lộ, đường tỉnh"},
    {"minor", "Other road", "Đường khác"},
    {"rsrp-1", "Measured RSRP ≥ −80 dBm", "RSRP đo ≥ −80 dBm"},
    {"rsrp-2", "Measured RSRP −90 … −80 dBm", "RSRP đo −90 … −80 dBm"},
    {"rsrp-3", "Measured RSRP −100 … −90 dBm", "RSRP đo −100 … −90 dBm"},
    {"rsrp-4", "Measured RSRP −110 … −100 dBm", "RSRP đo −110 … −100 dBm"},
    {"rsrp-5", "Measured RSRP < −110 dBm", "RSRP đo < −110 dBm"},
    {"error-1", "Model ≥ 10 dB below the measurement", "Dự báo thấp hơn đo ≥ 10 dB"},
    {"error-2", "Model 3–10 dB below", "Dự báo thấp hơn 3–10 dB"},
    {"error-3", "Within ±3 dB", "Sai lệch trong ±3 dB"},
    {"error-4", "Model 3–10 dB above", "Dự báo cao hơn 3–10 dB"},
    {"error-5", "Model ≥ 10 dB above the measurement", "Dự báo cao hơn đo ≥ 10 dB"},
};

}  // namespace

QString layer_text(core::MapLayerId id, bool vi) {
    for (const auto& [l, w] : kLayers)
        if (l == id) return pick(w, vi);
    return {};
}

QString category_text(std::string_view slug, bool vi) {
    return QString::fromStdString(core::category_text(slug, vi));
}

QString legend_text(core::MapLayerId id, std::string_view variant, bool vi) {
    if (variant.empty()) return layer_text(id, vi);
    if (id == core::MapLayerId::Poi) return category_text(variant, vi);
    for (const Words& w : kVariants)
        if (w.key == variant) return pick(w, vi);
    return layer_text(id, vi);
}

}  // namespace covplan::render
