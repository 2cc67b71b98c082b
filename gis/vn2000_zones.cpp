#include "gis/vn2000_zones.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include "core/text_fold.h"

namespace covplan::gis {
namespace {

// Circular 973/2001/TT-TCĐC, Annex: central meridian per province; EPSG code of that
// TM-3 zone. Each row's province is named in the EPSG usage area of its code.
constexpr Vn2000Zone kZones[] = {
    {"dienbien", "Điện Biên", 103.0, 9205, ""},
    {"laichau", "Lai Châu", 103.0, 9205, ""},
    {"sonla", "Sơn La", 104.0, 9206, ""},
    {"camau", "Cà Mau", 104.5, 9207, ""},
    {"kiengiang", "Kiên Giang", 104.5, 9207, "An Giang"},
    {"angiang", "An Giang", 104.75, 9208, ""},
    {"laocai", "Lào Cai", 104.75, 9208, ""},
    {"nghean", "Nghệ An", 104.75, 9208, ""},
    {"phutho", "Phú Thọ", 104.75, 9208, ""},
    {"yenbai", "Yên Bái", 104.75, 9208, "Lào Cai"},
    {"hanoi", "Hà Nội", 105.0, 5897, ""},
    {"hanam", "Hà Nam", 105.0, 5897, "Ninh Bình"},
    {"ninhbinh", "Ninh Bình", 105.0, 5897, ""},
    {"thanhhoa", "Thanh Hóa", 105.0, 5897, ""},
    {"vinhphuc", "Vĩnh Phúc", 105.0, 5897, "Phú Thọ"},
    {"cantho", "Cần Thơ", 105.0, 5897, ""},
    {"haugiang", "Hậu Giang", 105.0, 5897, "Cần Thơ"},
    {"baclieu", "Bạc Liêu", 105.0, 5897, "Cà Mau"},
    {"dongthap", "Đồng Tháp", 105.0, 5897, ""},
    {"bacninh", "Bắc Ninh", 105.5, 9209, ""},
    {"hagiang", "Hà Giang", 105.5, 9209, "Tuyên Quang"},
    {"hatinh", "Hà Tĩnh", 105.5, 9209, ""},
    {"haiduong", "Hải Dương", 105.5, 9209, "Hải Phòng"},
    {"hungyen", "Hưng Yên", 105.5, 9209, ""},
    {"namdinh", "Nam Định", 105.5, 9209, "Ninh Bình"},
    {"soctrang", "Sóc Trăng", 105.5, 9209, "Cần Thơ"},
    {"tayninh", "Tây Ninh", 105.5, 9209, ""},
    {"thaibinh", "Thái Bình", 105.5, 9209, "Hưng Yên"},
    {"travinh", "Trà Vinh", 105.5, 9209, "Vĩnh Long"},
    {"vinhlong", "Vĩnh Long", 105.5, 9209, ""},
    {"haiphong", "Hải Phòng", 105.75, 9210, ""},
    {"hochiminh", "Hồ Chí Minh", 105.75, 9210, ""},
    {"bentre", "Bến Tre", 105.75, 9210, "Vĩnh Long"},
    {"binhduong", "Bình Dương", 105.75, 9210, "Hồ Chí Minh"},
    {"caobang", "Cao Bằng", 105.75, 9210, ""},
    {"longan", "Long An", 105.75, 9210, "Tây Ninh"},
    {"tiengiang", "Tiền Giang", 105.75, 9210, "Đồng Tháp"},
    {"hoabinh", "Hòa Bình", 106.0, 9211, "Phú Thọ"},
    {"quangbinh", "Quảng Bình", 106.0, 9211, "Quảng Trị"},
    {"tuyenquang", "Tuyên Quang", 106.0, 9211, ""},
    {"binhphuoc", "Bình Phước", 106.25, 9212, "Đồng Nai"},
    {"quangtri", "Quảng Trị", 106.25, 9212, ""},
    {"backan", "Bắc Kạn", 106.5, 9213, "Thái Nguyên"},
    {"thainguyen", "Thái Nguyên", 106.5, 9213, ""},
    {"bacgiang", "Bắc Giang", 107.0, 9214, "Bắc Ninh"},
    {"hue", "Thừa Thiên Huế", 107.0, 9214, ""},
    {"langson", "Lạng Sơn", 107.25, 9215, ""},
    {"kontum", "Kon Tum", 107.5, 9216, "Quảng Ngãi"},
    {"quangninh", "Quảng Ninh", 107.75, 5899, ""},
    {"danang", "Đà Nẵng", 107.75, 5899, ""},
    {"quangnam", "Quảng Nam", 107.75, 5899, "Đà Nẵng"},
    {"bariavungtau", "Bà Rịa - Vũng Tàu", 107.75, 5899, "Hồ Chí Minh"},
    {"dongnai", "Đồng Nai", 107.75, 5899, ""},
    {"lamdong", "Lâm Đồng", 107.75, 5899, ""},
    {"quangngai", "Quảng Ngãi", 108.0, 5898, ""},
    {"binhdinh", "Bình Định", 108.25, 9217, "Gia Lai"},
    {"khanhhoa", "Khánh Hòa", 108.25, 9217, ""},
    {"ninhthuan", "Ninh Thuận", 108.25, 9217, "Khánh Hòa"},
    {"binhthuan", "Bình Thuận", 108.5, 9218, "Lâm Đồng"},
    {"daklak", "Đắk Lắk", 108.5, 9218, ""},
    {"daknong", "Đắk Nông", 108.5, 9218, "Lâm Đồng"},
    {"gialai", "Gia Lai", 108.5, 9218, ""},
    {"phuyen", "Phú Yên", 108.5, 9218, "Đắk Lắk"},
};

struct Alias {
    std::string_view alias, slug;
};
constexpr Alias kAliases[] = {{"hcm", "hochiminh"},         {"tphcm", "hochiminh"},
                              {"saigon", "hochiminh"},      {"thanhphohochiminh", "hochiminh"},
                              {"thuathienhue", "hue"},      {"daklak", "daklak"},
                              {"daclac", "daklak"},         {"brvt", "bariavungtau"},
                              {"thanhphocantho", "cantho"}, {"tpcantho", "cantho"}};

std::string squeeze(std::string_view name) {
    std::string out;
    for (char c : core::fold_key(name))
        if (c != '_') out.push_back(c);
    return out;
}

}  // namespace

std::span<const Vn2000Zone> vn2000_zones() { return kZones; }

std::optional<Vn2000Zone> find_vn2000_zone(std::string_view name) {
    std::string key = squeeze(name);
    for (const Alias& a : kAliases)
        if (key == a.alias) key = std::string(a.slug);
    for (const Vn2000Zone& z : kZones)
        if (key == z.slug || key == squeeze(z.province)) return z;
    return std::nullopt;
}

std::string format_meridian(double deg) {
    const int whole = static_cast<int>(std::floor(deg));
    const int minutes = static_cast<int>(std::lround((deg - whole) * 60.0));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%d°%02d'", whole, minutes);
    return buf;
}

std::string merged_province_note(std::string_view province_slug) {
    auto self = find_vn2000_zone(province_slug);
    if (!self) return {};
    // The merged province: this one, or the one it became part of.
    const std::string_view target = self->merged.empty() ? self->province : self->merged;
    std::vector<Vn2000Zone> parts;
    for (const Vn2000Zone& z : kZones)
        if (z.province == target || z.merged == target) parts.push_back(z);
    bool all_same = true;
    for (const Vn2000Zone& z : parts)
        all_same = all_same && z.central_meridian_deg == parts.front().central_meridian_deg;
    if (all_same) return {};
    std::string out = std::string(target) + " (since 1 July 2025):";
    std::vector<double> meridians;
    for (const Vn2000Zone& z : parts)
        if (std::find(meridians.begin(), meridians.end(), z.central_meridian_deg) ==
            meridians.end())
            meridians.push_back(z.central_meridian_deg);
    bool first_group = true;
    for (double m : meridians) {
        std::string names, slug;
        int epsg = 0;
        for (const Vn2000Zone& z : parts)
            if (z.central_meridian_deg == m) {
                names += (names.empty() ? "" : " and ") + std::string(z.province);
                if (slug.empty()) slug = z.slug;
                epsg = z.epsg;
            }
        out += std::string(first_group ? " " : ", ") + "former " + names + " " +
               format_meridian(m) + " (vn2000-tm3:" + slug + ", EPSG:" + std::to_string(epsg) + ")";
        first_group = false;
    }
    return out;
}

}  // namespace covplan::gis
