#include "core/role_guess.h"

#include "core/field_mapping.h"
#include "core/text_fold.h"

namespace covplan::core {
namespace {

struct RoleWords {
    LayerRole role;
    std::initializer_list<std::string_view> words;
};

bool geometry_fits(LayerRole role, std::optional<GeometryKind> geometry) {
    const GeometryKind want = expected_geometry(role);
    if (!geometry)
        return role == LayerRole::Sites || role == LayerRole::Poi ||
               role == LayerRole::Measurements;  // tables
    if (want == GeometryKind::PointOrPolygon)
        return *geometry == GeometryKind::Point || *geometry == GeometryKind::Polygon;
    return *geometry == want;
}

}  // namespace

std::optional<LayerRole> guess_role(std::string_view layer_name,
                                    std::optional<GeometryKind> geometry,
                                    std::span<const std::string> fields) {
    const std::string key = fold_key(layer_name);
    // Hamlets before ward: "khu_vuc_phuong_long_my" is a hamlet layer.
    static const RoleWords kWords[] = {
        // Before sites: "cell_measurements" is a drive test, not a cell list.
        {LayerRole::Measurements,
         {"measurement", "measurements", "drive_test", "drivetest", "drive", "gnettrack",
          "netmonitor", "do_kiem", "so_lieu_do", "walk_test", "rsrp", "survey"}},
        {LayerRole::Hamlets, {"hamlet", "hamlets", "ap", "khu_vuc", "kv", "to_dan_pho", "thon"}},
        {LayerRole::Ward,
         {"ward", "wards", "commune", "communes", "ranh_gioi", "boundary", "phuong", "xa", "admin",
          "dvhc", "xa_phuong", "adm3", "adm_3", "gadm"}},
        {LayerRole::Sites,
         {"site", "sites", "bts", "tram", "tram_bts", "tower", "towers", "cell", "cells", "enodeb",
          "gnodeb", "antenna"}},
        {LayerRole::Fiber,
         {"fiber", "fibre", "cap_quang", "quang", "ftth", "cable", "tuyen_cap", "cap"}},
        {LayerRole::Waterways,
         {"waterway", "waterways", "water", "river", "canal", "song", "kenh", "rach", "thuy_he",
          "song_ngoi"}},
        {LayerRole::Roads,
         {"road", "roads", "street", "duong", "giao_thong", "highway", "quoc_lo", "transport"}},
        {LayerRole::Poi,
         {"poi", "pois", "school", "schools", "market", "health", "diem", "dia_diem", "co_so",
          "truong", "cho", "places", "facility", "facilities", "priority"}},
    };
    for (const RoleWords& rw : kWords) {
        if (!geometry_fits(rw.role, geometry)) continue;
        for (std::string_view w : rw.words)
            if (key_contains_tokens(key, w)) return rw.role;
    }
    // Official administrative layers name themselves by their columns: a commune code
    // (ma_xa, GADM's GID_3, OCHA's ADM3_PCODE) on polygons is a ward layer.
    if (geometry_fits(LayerRole::Ward, geometry))
        for (const std::string& f : fields) {
            const std::string k = fold_key(f);
            if (k == "ma_xa" || k == "maxa" || k == "gid_3" || k == "adm3_pcode" || k == "ma_dvhc")
                return LayerRole::Ward;
        }
    // Fall back on columns: a table whose required attributes all map is that role.
    for (LayerRole role :
         {LayerRole::Sites, LayerRole::Hamlets, LayerRole::Poi, LayerRole::Measurements}) {
        if (!geometry_fits(role, geometry)) continue;
        const FieldMapping m = guess_field_mapping(role, fields);
        if (missing_required_fields(role, m).empty() && m.size() >= 3) return role;
    }
    return std::nullopt;
}

}  // namespace covplan::core
