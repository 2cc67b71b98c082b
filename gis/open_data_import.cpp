#include "gis/open_data_import.h"

#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <optional>

#include "core/text_fold.h"
#include "core/value_parsing.h"
#include "gis/crs_transform.h"
#include "gis/gdal_errors.h"
#include "gis/ogr_geometry.h"
#include "gis/ogr_open.h"

namespace covplan::gis {
namespace {

using core::Issue;
using core::LayerRole;
using core::Severity;

//! `"amenity"=>"school","name:vi"=>"Trường"` (the OSM driver's hstore text) as a map.
std::map<std::string, std::string> parse_other_tags(const std::string& text) {
    std::map<std::string, std::string> tags;
    std::size_t i = 0;
    auto quoted = [&](std::string& out) {
        while (i < text.size() && text[i] != '"') ++i;
        if (i >= text.size()) return false;
        ++i;
        out.clear();
        while (i < text.size() && text[i] != '"') {
            if (text[i] == '\\' && i + 1 < text.size()) ++i;
            out.push_back(text[i++]);
        }
        ++i;
        return true;
    };
    std::string k, v;
    while (quoted(k)) {
        const std::size_t arrow = text.find("=>", i);
        if (arrow == std::string::npos) break;
        i = arrow + 2;
        if (!quoted(v)) break;
        tags[k] = v;
    }
    return tags;
}

//! An OSM feature's tags: the driver's own columns and other_tags together.
std::map<std::string, std::string> tags_of(const OGRFeature& f) {
    std::map<std::string, std::string> tags;
    const OGRFeatureDefn* defn = f.GetDefnRef();
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        if (!f.IsFieldSetAndNotNull(i)) continue;
        const std::string name = defn->GetFieldDefn(i)->GetNameRef();
        if (name == "other_tags")
            for (auto& [k, v] : parse_other_tags(f.GetFieldAsString(i))) tags[k] = v;
        else
            tags[name] = f.GetFieldAsString(i);
    }
    return tags;
}

//! The plan's category of an OSM priority place; nullopt for anything else.
std::optional<core::PoiCategory> osm_category(const std::map<std::string, std::string>& tags,
                                              std::string& source) {
    using C = core::PoiCategory;
    static const std::pair<const char*, C> kAmenity[] = {
        {"school", C::School},
        {"kindergarten", C::School},
        {"college", C::School},
        {"university", C::School},
        {"hospital", C::Health},
        {"clinic", C::Health},
        {"doctors", C::Health},
        {"marketplace", C::Market},
        {"townhall", C::Admin},
        {"police", C::Admin},
        {"courthouse", C::Admin},
        {"post_office", C::Admin},
        {"bus_station", C::TransportHub},
        {"ferry_terminal", C::TransportHub},
    };
    if (auto it = tags.find("amenity"); it != tags.end())
        for (const auto& [value, cat] : kAmenity)
            if (it->second == value) {
                source = "amenity=" + it->second;
                return cat;
            }
    if (auto it = tags.find("shop");
        it != tags.end() && (it->second == "mall" || it->second == "supermarket")) {
        source = "shop=" + it->second;
        return C::Market;
    }
    if (auto it = tags.find("office"); it != tags.end() && it->second == "government") {
        source = "office=government";
        return C::Admin;
    }
    if (auto it = tags.find("public_transport"); it != tags.end() && it->second == "station") {
        source = "public_transport=station";
        return C::TransportHub;
    }
    return std::nullopt;
}

std::string name_of(const std::map<std::string, std::string>& tags) {
    for (const char* key : {"name:vi", "name", "name:en", "ref"})
        if (auto it = tags.find(key); it != tags.end() && !it->second.empty()) return it->second;
    return {};
}

std::vector<Issue> one_error(const LayerImportOptions& o, std::string layer, std::string message) {
    return {{Severity::Error, o.path, std::move(layer), "", std::move(message)}};
}

//! Keeps a feature near the ward, when the project has one: an extract covers a
//! province or a country, the plan a ward.
struct NearWard {
    const std::optional<core::MultiPolygon>& area;
    double margin_m;
    template <typename G>
    bool operator()(const G& g) const {
        return !area || area->empty() || boost::geometry::distance(g, *area) <= margin_m;
    }
};

}  // namespace

bool is_osm_extract(const std::string& path) {
    std::string name = std::filesystem::path(path).filename().string();
    std::transform(name.begin(), name.end(), name.begin(), ::tolower);
    return name.ends_with(".osm") || name.ends_with(".osm.pbf") || name.ends_with(".pbf");
}

std::expected<LayerImportResult, std::vector<Issue>> import_osm(const LayerImportOptions& options,
                                                                const Crs& working_crs) {
    if (!options.role || (*options.role != LayerRole::Poi && *options.role != LayerRole::Roads &&
                          *options.role != LayerRole::Waterways))
        return std::unexpected(one_error(
            options, "",
            "an OpenStreetMap extract holds several kinds of feature: import it with --role poi "
            "(schools, health, markets, offices, transport hubs), --role roads (highway=*) or "
            "--role waterways (waterway=*)"));
    auto opened = open_vector_read(options.path, "");
    if (!opened) return std::unexpected(one_error(options, "", opened.error()));
    GDALDataset& ds = *opened->dataset;
    auto transform = CrsTransform::create(Crs::wgs84(), working_crs);
    if (!transform) return std::unexpected(one_error(options, "", transform.error()));

    LayerImportResult result;
    result.role = *options.role;
    result.layer = *options.role == LayerRole::Poi ? "points, multipolygons" : "lines";
    result.source_crs = Crs::wgs84();
    result.transform_operation = transform->operation_name();
    result.mapping = {{"name", "name:vi / name"}};
    const NearWard near{options.reference_area, 2000.0};
    std::size_t far = 0, unreadable = 0;
    std::map<std::string, std::size_t> kinds;
    // The OSM driver reads a .pbf in one pass over all layers (interleaved reading).
    ds.ResetReading();
    OGRLayer* layer = nullptr;
    ScopedGdalErrors quiet;
    for (OGRFeatureUniquePtr f(ds.GetNextFeature(&layer, nullptr, nullptr, nullptr)); f;
         f.reset(ds.GetNextFeature(&layer, nullptr, nullptr, nullptr))) {
        const std::string lname = layer ? layer->GetName() : "";
        const OGRGeometry* g = f->GetGeometryRef();
        if (!g || g->IsEmpty()) continue;
        const auto tags = tags_of(*f);
        if (*options.role == LayerRole::Poi) {
            if (lname != "points" && lname != "multipolygons") continue;
            std::string source;
            auto cat = osm_category(tags, source);
            if (!cat) continue;
            ++result.features_read;
            core::Poi p;
            p.name = name_of(tags);
            p.category = *cat;
            p.category_source = source;
            if (lname == "points") {
                const auto* pt = g->toPoint();
                double x = pt->getX(), y = pt->getY();
                if (!transform->transform(x, y)) {
                    ++unreadable;
                    continue;
                }
                p.point = core::Point(x, y);
                if (!near(p.point)) {
                    ++far;
                    continue;
                }
            } else {
                auto mp = to_multipolygon(*g);
                if (!mp || !transform_geometry(*mp, *transform)) {
                    ++unreadable;
                    continue;
                }
                boost::geometry::correct(*mp);
                p.is_area = true;
                p.area = std::move(*mp);
                if (!near(p.area)) {
                    ++far;
                    continue;
                }
            }
            ++kinds[source];
            result.features.poi.push_back(std::move(p));
        } else {
            if (lname != "lines") continue;
            const char* key = *options.role == LayerRole::Roads ? "highway" : "waterway";
            auto it = tags.find(key);
            if (it == tags.end() || it->second.empty()) continue;
            ++result.features_read;
            auto ml = to_multilinestring(*g);
            if (!ml || !transform_geometry(*ml, *transform)) {
                ++unreadable;
                continue;
            }
            if (!near(*ml)) {
                ++far;
                continue;
            }
            ++kinds[std::string(key) + "=" + it->second];
            auto& out = *options.role == LayerRole::Roads ? result.features.roads
                                                          : result.features.waterways;
            out.push_back({name_of(tags), it->second, std::move(*ml)});
        }
    }
    result.features_skipped = far + unreadable;
    std::string summary;
    for (const auto& [k, n] : kinds)
        summary += (summary.empty() ? "" : ", ") + k + " " + std::to_string(n);
    result.issues.push_back(
        {Severity::Info, options.path, result.layer, "",
         "OpenStreetMap: " + (summary.empty() ? std::string("nothing") : summary) +
             " (© OpenStreetMap contributors, ODbL)"});
    if (far)
        result.issues.push_back(
            {Severity::Info, options.path, result.layer, "",
             std::to_string(far) + " feature(s) more than 2 km from the ward left out"});
    if (unreadable)
        result.issues.push_back(
            {Severity::Warning, options.path, result.layer, "",
             std::to_string(unreadable) + " feature(s) whose geometry could not be read left out"});
    if (kinds.empty())
        return std::unexpected(one_error(options, result.layer,
                                         "no " + std::string(core::role_name(result.role)) +
                                             " found in the extract" +
                                             (far ? " near the ward" : std::string())));
    return result;
}

bool is_opencellid_table(const std::vector<std::string>& fields) {
    for (const char* need : {"radio", "mcc", "net", "area", "cell", "lon", "lat"})
        if (std::find(fields.begin(), fields.end(), need) == fields.end()) return false;
    return true;
}

std::string operator_of(int mcc, int mnc) {
    // Vietnam, MCC 452 (ITU-T E.212 list): the networks whose sites a ward's plan holds.
    if (mcc == 452) switch (mnc) {
            case 1:
                return "MobiFone";
            case 2:
                return "VinaPhone";
            case 4:
                return "Viettel";
            case 5:
                return "Vietnamobile";
            case 7:
                return "Gmobile";
            default:
                break;
        }
    return "MCC " + std::to_string(mcc) + " / MNC " + std::to_string(mnc);
}

std::expected<LayerImportResult, std::vector<Issue>> import_opencellid(
    const LayerImportOptions& options, const Crs& working_crs) {
    auto opened = open_vector_read(options.path, options.encoding);
    if (!opened) return std::unexpected(one_error(options, "", opened.error()));
    OGRLayer* layer = opened->dataset->GetLayer(0);
    if (!layer) return std::unexpected(one_error(options, "", "the file has no layers"));
    auto transform = CrsTransform::create(Crs::wgs84(), working_crs);
    if (!transform) return std::unexpected(one_error(options, "", transform.error()));
    LayerImportResult result;
    result.role = LayerRole::Sites;
    result.layer = layer->GetName();
    result.source_crs = Crs::wgs84();
    result.transform_operation = transform->operation_name();
    result.mapping = {{"site_id", "mcc-net-eNB (radio,mcc,net,cell)"},
                      {"technology", "radio"},
                      {"x", "lon"},
                      {"y", "lat"}};
    struct Group {
        core::Technology tech;
        int mcc, mnc;
        long long node;  //!< eNodeB id (LTE) or -1 (grouped by position)
        double lon_sum = 0, lat_sum = 0;
        int cells = 0;
        std::string first_row;
    };
    std::map<std::string, Group> groups;
    std::size_t other_radio = 0;
    double range_max_m = 0.0;  // the export's largest position uncertainty
    for (auto& f : *layer) {
        ++result.features_read;
        const std::string radio = f->GetFieldAsString("radio");
        const std::string row = "FID " + std::to_string(f->GetFID());
        std::optional<core::Technology> tech;
        if (radio == "LTE") tech = core::Technology::Lte4G;
        if (radio == "NR") tech = core::Technology::Nr5G;
        if (!tech) {
            ++other_radio;  // GSM, UMTS, CDMA: not planned here
            continue;
        }
        const auto lon = core::parse_number(f->GetFieldAsString("lon"));
        const auto lat = core::parse_number(f->GetFieldAsString("lat"));
        if (!lon || !lat || std::abs(*lon) > 180 || std::abs(*lat) > 90) {
            result.issues.push_back(
                {Severity::Error, options.path, result.layer, row, "lon/lat are not a position"});
            continue;
        }
        const int mcc = f->GetFieldAsInteger("mcc"), mnc = f->GetFieldAsInteger("net");
        const long long cell = f->GetFieldAsInteger64("cell");
        // LTE: the E-UTRAN cell id is eNodeB id x 256 + cell (TS 36.413); NR ids carry a
        // gNB id of varying length, so NR cells are grouped by their position.
        const long long node = *tech == core::Technology::Lte4G ? cell >> 8 : -1;
        char key[160];
        if (node >= 0)
            std::snprintf(key, sizeof key, "%s-%d-%02d-%lld", radio.c_str(), mcc, mnc, node);
        else
            std::snprintf(key, sizeof key, "%s-%d-%02d-%.5f-%.5f", radio.c_str(), mcc, mnc, *lon,
                          *lat);
        Group& g =
            groups.try_emplace(key, Group{*tech, mcc, mnc, node, 0.0, 0.0, 0, {}}).first->second;
        g.lon_sum += *lon;
        g.lat_sum += *lat;
        range_max_m = std::max(range_max_m, f->GetFieldAsDouble("range"));
        if (g.cells++ == 0) g.first_row = row;
    }
    for (const auto& [key, g] : groups) {
        core::Site s;
        s.site_id = "OCID-" + key;
        s.tower_id = s.site_id;
        s.technology = g.tech;
        s.operator_name = operator_of(g.mcc, g.mnc);
        s.name = (g.node >= 0 ? "eNodeB " + std::to_string(g.node) : std::string("NR site")) +
                 " (OpenCelliD estimate, " + std::to_string(g.cells) + " cell(s))";
        const core::RadioTemplate* t =
            core::find_radio_template(options.radio_templates, g.tech, "", std::nullopt);
        if (!t)
            t = core::find_radio_template(core::default_radio_templates(), g.tech, "",
                                          std::nullopt);
        s.band = t->band;
        s.freq_mhz = t->freq_mhz;
        s.bandwidth_mhz = t->bandwidth_mhz;
        s.height_m = t->height_m;
        s.power_dbm = t->power_dbm;
        s.feeder_loss_db = t->feeder_loss_db;
        s.mech_tilt_deg = t->mech_tilt_deg;
        s.elec_tilt_deg = t->elec_tilt_deg;
        s.antenna_model = t->omni_antenna_model;  // sector azimuths are not in the export
        s.status = core::SiteStatus::Existing;
        double x = g.lon_sum / g.cells, y = g.lat_sum / g.cells;
        if (!transform->transform(x, y)) {
            result.issues.push_back({Severity::Error, options.path, result.layer, g.first_row,
                                     "position cannot be transformed to the working CRS"});
            continue;
        }
        s.location = core::Point(x, y);
        result.features.sites.push_back(std::move(s));
    }
    result.issues.push_back(
        {Severity::Warning, options.path, result.layer, "",
         std::to_string(result.features.sites.size()) + " site(s) from " +
             std::to_string(result.features_read - other_radio) +
             " LTE/NR cell(s): positions are OpenCelliD's estimates from crowd measurements "
             "(the mean of each site's cells, up to " +
             std::to_string(std::llround(range_max_m)) +
             " m off by the export's `range`); heights, bands and powers from the radio "
             "templates, antennas omnidirectional (no azimuths in the export)"});
    if (other_radio)
        result.issues.push_back({Severity::Info, options.path, result.layer, "",
                                 std::to_string(other_radio) +
                                     " GSM/UMTS/CDMA cell(s) left out (covplan plans 4G and 5G)"});
    result.features_skipped = other_radio;
    return result;
}

}  // namespace covplan::gis
