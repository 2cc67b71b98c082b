#include "gis/layer_import.h"

#include <cpl_string.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <cstdio>
#include <regex>
#include <tuple>

#include "core/coverage/coverage_options.h"
#include "core/feedback.h"
#include "core/legacy_text.h"
#include "core/radio/band_table.h"
#include "core/role_guess.h"
#include "core/text_fold.h"
#include "core/value_parsing.h"
#include "gis/crs_transform.h"
#include "gis/field_names.h"
#include "gis/gdal_errors.h"
#include "gis/ogr_geometry.h"
#include "gis/ogr_layer_util.h"
#include "gis/ogr_open.h"
#include "gis/open_data_import.h"
#include "gis/vn2000_zones.h"

namespace covplan::gis {
namespace bg = boost::geometry;
using core::Issue;
using core::LayerRole;
using core::Severity;

namespace {

std::string fmt_number(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

// Reads mapped attributes of one feature as UTF-8 text.
class AttributeReader {
  public:
    //! `written`: GDAL field name -> the name as written (see field_names.h).
    AttributeReader(const OGRFeatureDefn& defn, const core::FieldMapping& mapping,
                    std::string recode_from, const std::map<std::string, std::string>& written)
        : m_recode_from(std::move(recode_from)) {
        // A KML may hold one attribute under two GDAL fields (typed SchemaData and
        // untyped Data of the same name): read whichever a feature has.
        for (const auto& [canonical, column] : mapping) {
            std::vector<int>& indices = m_index[canonical];
            if (int i = defn.GetFieldIndex(column.c_str()); i >= 0) indices.push_back(i);
            for (const auto& [g, w] : written)
                if (w == column)
                    if (int i = defn.GetFieldIndex(g.c_str()); i >= 0) indices.push_back(i);
        }
    }

    void set_feature(const OGRFeature* f) { m_feature = f; }

    [[nodiscard]] bool has(const std::string& canonical) const {
        auto it = m_index.find(canonical);
        return it != m_index.end() && !it->second.empty();
    }

    //! Empty when unmapped or null.
    [[nodiscard]] std::string text(const std::string& canonical) const {
        auto it = m_index.find(canonical);
        if (it == m_index.end()) return {};
        int index = -1;
        for (int i : it->second)
            if (m_feature->IsFieldSetAndNotNull(i)) {
                index = i;
                break;
            }
        if (index < 0) return {};
        std::string s = m_feature->GetFieldAsString(index);
        if (!m_recode_from.empty()) s = recode_to_utf8(s, m_recode_from);
        return s;
    }

    //! Column name as spelled in the file, for messages.
    [[nodiscard]] std::string column(const core::FieldMapping& mapping,
                                     const std::string& canonical) const {
        auto it = mapping.find(canonical);
        return it == mapping.end() ? canonical : it->second;
    }

  private:
    const OGRFeature* m_feature = nullptr;
    std::map<std::string, std::vector<int>, std::less<>> m_index;
    std::string m_recode_from;
};

struct LayerContext {
    const LayerImportOptions& options;
    std::string layer_name;
    LayerRole role;
    core::FieldMapping mapping;
    std::vector<Issue>& issues;
    //! template id -> attribute -> sites it filled (reported once per layer)
    std::map<std::string, std::map<std::string, int>>* filled = nullptr;

    void add(Severity sev, std::string feature, std::string message) const {
        issues.push_back({sev, options.path, layer_name, std::move(feature), std::move(message)});
    }
};

// Numbered sector columns: az1, az_2, azimuth3, huong_1, ...
std::vector<int> numbered_azimuth_columns(const OGRFeatureDefn& defn) {
    static const std::regex kPattern("^(az|azimuth|azi|huong|sector|goc_phuong_vi)_?([1-9])$");
    std::vector<std::pair<int, int>> found;  // (sector number, field index)
    for (int i = 0; i < defn.GetFieldCount(); ++i) {
        const std::string key = core::fold_key(defn.GetFieldDefn(i)->GetNameRef());
        std::smatch m;
        if (std::regex_match(key, m, kPattern)) found.emplace_back(std::stoi(m[2].str()), i);
    }
    std::sort(found.begin(), found.end());
    std::vector<int> indices;
    for (auto& [n, i] : found) indices.push_back(i);
    return indices;
}

std::string feature_label(const OGRFeature& f, const std::string& key_name,
                          const std::string& key_value) {
    std::string label = "FID " + std::to_string(f.GetFID());
    if (!key_value.empty()) label += " (" + key_name + " " + key_value + ")";
    return label;
}

// How a table's coordinate columns are written, decided from the column as a whole
// so that one mistyped row cannot turn a sheet of lon/lat into "projected".
struct TableCoordinates {
    bool geographic = false;    //!< most rows are lon/lat (or lat/lon swapped)
    bool survey_order = false;  //!< projected, X = northing and Y = easting
};

std::string coordinate_text(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

bool looks_lonlat(double x, double y) { return std::abs(x) <= 180.0 && std::abs(y) <= 90.0; }

//! Latitude in the x column and longitude in the y column: impossible as lon/lat (a
//! latitude beyond 90°), plausible the other way round. In Vietnam (lon 102–110,
//! lat 8–24) every swapped row is caught this way.
bool looks_swapped_lonlat(double x, double y) {
    return std::abs(y) > 90.0 && std::abs(y) <= 180.0 && std::abs(x) <= 90.0;
}

template <typename At>
TableCoordinates classify_table_coordinates(std::size_t n, At at) {
    TableCoordinates out;
    if (n == 0) return out;
    std::size_t geo = 0, survey = 0, projected = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const auto [x, y] = at(i);
        if (looks_lonlat(x, y) || looks_swapped_lonlat(x, y)) {
            ++geo;
        } else {
            ++projected;
            // VN-2000 at Vietnam's latitudes: northing 0.9–2.6 M m, easting 0.2–0.8 M m.
            if (x >= 0.9e6 && x <= 2.6e6 && y >= 0.2e6 && y <= 0.8e6) ++survey;
        }
    }
    out.geographic = 2 * geo > n;
    out.survey_order = !out.geographic && survey == projected && survey > 0;
    return out;
}

//! The error for projected coordinates without a CRS: the candidate CRSs that put the
//! rows' centre inside (or near) the project's ward, tried, not guessed.
std::string projected_without_crs_message(const std::vector<core::Point>& points,
                                          const LayerImportOptions& options,
                                          const Crs& working_crs) {
    std::string message =
        "the coordinates are projected (eastings/northings) but no CRS is given; assign the "
        "VN-2000 zone of the province the survey was made in with --assign-crs";
    if (points.empty() || !options.reference_area || options.reference_area->empty())
        return message +
               ", e.g. vn2000-tm3:cantho (105°00', EPSG:5897; `covplan transform --help` lists "
               "the zones)";
    double cx = 0.0, cy = 0.0;
    for (const core::Point& p : points) {
        cx += p.x();
        cy += p.y();
    }
    cx /= points.size();
    cy /= points.size();
    // Candidates in the order a Vietnamese survey most likely uses them: the provincial
    // TM-3 zones (cadastre), then VN-2000 / UTM (topographic maps), then WGS 84 / UTM.
    struct Fit {
        double distance_m;
        std::size_t order;
        std::string text;
    };
    std::vector<Fit> fits;
    std::vector<int> tried;
    auto try_crs = [&](const std::string& definition) {
        auto crs = Crs::from_user_input(definition);
        if (!crs) return;
        auto t = CrsTransform::create(*crs, working_crs);
        if (!t) return;
        double x = cx, y = cy;
        if (!t->transform(x, y)) return;
        const double d = boost::geometry::distance(core::Point(x, y), *options.reference_area);
        // Within 5 km of the ward: a zone 0.25° of longitude off lands ~27 km away.
        if (d <= 5000.0)
            fits.push_back({std::round(d / 1000.0), fits.size(),
                            "--assign-crs " + definition + " (" + crs->name() + ")"});
    };
    for (const Vn2000Zone& z : vn2000_zones()) {
        if (std::find(tried.begin(), tried.end(), z.epsg) != tried.end()) continue;
        tried.push_back(z.epsg);
        try_crs("EPSG:" + std::to_string(z.epsg));
    }
    try_crs("EPSG:3405");   // VN-2000 / UTM 48N
    try_crs("EPSG:32648");  // WGS 84 / UTM 48N
    std::sort(fits.begin(), fits.end(), [](const Fit& a, const Fit& b) {
        return std::tie(a.distance_m, a.order) < std::tie(b.distance_m, b.order);
    });
    if (fits.empty())
        return message +
               "; none of the VN-2000 TM-3 zones, VN-2000 / UTM 48N or WGS 84 / UTM 48N puts "
               "these rows within 5 km of the ward: check the columns (are X and Y swapped?)";
    message += "; tried, these put the rows in the ward: ";
    for (std::size_t i = 0; i < fits.size(); ++i) message += (i ? ", " : "") + fits[i].text;
    if (fits.size() > 1)
        message +=
            " (a TM-3 zone and UTM on the same meridian differ by a few hundred metres here; a "
            "point of known position tells them apart; cadastral surveys use the province's TM-3 "
            "zone)";
    return message;
}

// Reads, checks and repairs a polygon feature geometry in its source CRS.
std::optional<core::MultiPolygon> read_polygon(const OGRGeometry& geom, const LayerContext& ctx,
                                               const std::string& label) {
    auto mp = to_multipolygon(geom);
    if (!mp) {
        ctx.add(Severity::Error, label, mp.error());
        return std::nullopt;
    }
    std::string reason;
    if (!bg::is_valid(*mp, reason)) {
        std::unique_ptr<OGRGeometry> fixed(geom.MakeValid());
        std::optional<core::MultiPolygon> repaired;
        if (fixed) {
            // MakeValid may return a collection with stray lines; keep the polygons.
            std::unique_ptr<OGRGeometry> polys;
            if (wkbFlatten(fixed->getGeometryType()) == wkbGeometryCollection) {
                auto keep = std::make_unique<OGRMultiPolygon>();
                for (const OGRGeometry* part : *fixed->toGeometryCollection()) {
                    const auto t = wkbFlatten(part->getGeometryType());
                    if (t == wkbPolygon) keep->addGeometry(part);
                    if (t == wkbMultiPolygon)
                        for (const OGRPolygon* p : *part->toMultiPolygon()) keep->addGeometry(p);
                }
                polys = std::move(keep);
            } else {
                polys = std::move(fixed);
            }
            auto r = to_multipolygon(*polys);
            if (r && bg::is_valid(*r)) repaired = std::move(*r);
        }
        if (!repaired) {
            ctx.add(Severity::Error, label,
                    "invalid polygon that could not be repaired: " + reason);
            return std::nullopt;
        }
        ctx.add(Severity::Warning, label, "invalid polygon repaired (" + reason + ")");
        return repaired;
    }
    return std::move(*mp);
}

std::optional<double> required_number(const AttributeReader& attrs, const LayerContext& ctx,
                                      const std::string& canonical, const std::string& label,
                                      const char* what) {
    const std::string raw = attrs.text(canonical);
    if (raw.empty()) {
        ctx.add(Severity::Error, label,
                std::string(what) + " is empty (column '" + attrs.column(ctx.mapping, canonical) +
                    "')");
        return std::nullopt;
    }
    auto v = core::parse_number(raw);
    if (!v)
        ctx.add(Severity::Error, label,
                std::string(what) + " '" + raw + "' is not a number (column '" +
                    attrs.column(ctx.mapping, canonical) + "')");
    return v;
}

// Optional number: nullopt when empty; an issue (and nullopt) when not numeric.
std::optional<double> optional_number(const AttributeReader& attrs, const LayerContext& ctx,
                                      const std::string& canonical, const std::string& label,
                                      const char* what, bool& bad) {
    const std::string raw = attrs.text(canonical);
    if (raw.empty()) return std::nullopt;
    auto v = core::parse_number(raw);
    if (!v) {
        ctx.add(Severity::Error, label,
                std::string(what) + " '" + raw + "' is not a number (column '" +
                    attrs.column(ctx.mapping, canonical) + "')");
        bad = true;
    }
    return v;
}

bool in_range(const LayerContext& ctx, const std::string& label, const char* what, double v,
              double lo, double hi, const char* unit) {
    if (v >= lo && v <= hi) return true;
    ctx.add(Severity::Error, label,
            std::string(what) + " " + fmt_number(v) + " " + unit + " is outside " + fmt_number(lo) +
                "–" + fmt_number(hi) + " " + unit);
    return false;
}

std::optional<core::Site> read_site(const OGRFeature& f, const AttributeReader& attrs,
                                    const LayerContext& ctx, const std::vector<int>& az_columns) {
    core::Site s;
    s.site_id = attrs.text("site_id");
    const std::string label = feature_label(f, "site_id", s.site_id);
    if (s.site_id.empty()) {
        ctx.add(Severity::Error, label,
                "site has no id (column '" + attrs.column(ctx.mapping, "site_id") + "')");
        return std::nullopt;
    }
    bool bad = false;
    s.tower_id = attrs.text("tower_id");
    if (s.tower_id.empty()) s.tower_id = s.site_id;
    s.name = attrs.text("name");
    s.operator_name = attrs.text("operator");
    s.band = attrs.text("band");

    auto freq = optional_number(attrs, ctx, "freq_mhz", label, "frequency", bad);
    auto tech = core::parse_technology(attrs.text("technology"), s.band);
    if (!tech && freq)
        tech = *freq >= 3300.0 ? core::Technology::Nr5G : std::optional<core::Technology>{};
    if (!tech) {
        ctx.add(Severity::Error, label,
                "technology '" + attrs.text("technology") +
                    "' is neither 4G/LTE nor 5G/NR, and the band does not tell");
        return std::nullopt;
    }
    s.technology = *tech;
    if (!s.band.empty()) {
        // One reading of a band for every front end (core/radio/band_table.h); the site
        // keeps the 3GPP name, so templates and reports see "B1" whatever the sheet said.
        const std::string as_given = s.band;
        if (auto reading = core::read_band(as_given, s.technology)) {
            if (reading->band->technology != s.technology) {
                ctx.add(Severity::Error, label,
                        "band '" + as_given + "' is a " +
                            core::technology_name(reading->band->technology) +
                            " band but the "
                            "site is " +
                            core::technology_name(s.technology));
                bad = true;
            }
            s.band = std::string(reading->band->name);
            if (!freq) freq = reading->freq_mhz;
        } else if (!freq) {
            ctx.add(Severity::Error, label,
                    "band '" + as_given + "' (column '" + attrs.column(ctx.mapping, "band") +
                        "') is not a band of 3GPP TS 36.101 / TS 38.104 covplan knows: " +
                        core::band_names_for_messages() +
                        "; or give the frequency with --map "
                        "freq_mhz=COLUMN");
            bad = true;
        }
    }
    const core::RadioTemplate* radio =
        core::find_radio_template(ctx.options.radio_templates, s.technology, s.band, freq);
    core::RadioTemplate fallback;
    if (!radio) {
        fallback = *core::find_radio_template(core::default_radio_templates(), s.technology, "",
                                              std::nullopt);
        radio = &fallback;
    }
    auto filled = [&](const char* attribute) {
        if (ctx.filled && !ctx.options.stored_project) ++(*ctx.filled)[radio->id][attribute];
    };
    if (!freq && !bad) {
        freq = radio->freq_mhz;
        filled("freq_mhz");
    }
    if (freq) s.freq_mhz = *freq;
    if (freq && !in_range(ctx, label, "frequency", *freq, 150.0, 6000.0, "MHz")) bad = true;

    const auto bandwidth = optional_number(attrs, ctx, "bandwidth_mhz", label, "bandwidth", bad);
    s.bandwidth_mhz = bandwidth.value_or(radio->bandwidth_mhz);
    if (!bandwidth) filled("bandwidth_mhz");
    if (!in_range(ctx, label, "bandwidth", s.bandwidth_mhz, 1.4, 400.0, "MHz")) bad = true;

    auto height = required_number(attrs, ctx, "height_m", label, "antenna height");
    if (!height)
        bad = true;
    else if (!in_range(ctx, label, "antenna height", *height, 1.0, 300.0, "m"))
        bad = true;
    else
        s.height_m = *height;

    const std::string az_text = attrs.text("azimuths_deg");
    if (!az_text.empty()) {
        auto az = core::parse_azimuths(az_text);
        if (!az) {
            ctx.add(
                Severity::Error, label,
                "azimuths '" + az_text + "' are not a list of bearings in 0–360° (e.g. 0;120;240)");
            bad = true;
        } else {
            s.azimuths_deg = *az;
        }
    } else {
        for (int idx : az_columns) {
            if (!f.IsFieldSetAndNotNull(idx)) continue;
            const std::string raw = f.GetFieldAsString(idx);
            auto v = core::parse_number(raw);
            if (!v || *v < 0.0 || *v > 360.0) {
                ctx.add(Severity::Error, label,
                        std::string("azimuth '") + raw + "' in column '" +
                            f.GetFieldDefnRef(idx)->GetNameRef() + "' is not a bearing in 0–360°");
                bad = true;
                continue;
            }
            s.azimuths_deg.push_back(*v == 360.0 ? 0.0 : *v);
        }
    }

    const auto mech = optional_number(attrs, ctx, "mech_tilt_deg", label, "mechanical tilt", bad);
    const auto elec = optional_number(attrs, ctx, "elec_tilt_deg", label, "electrical tilt", bad);
    s.mech_tilt_deg = mech.value_or(radio->mech_tilt_deg);
    s.elec_tilt_deg = elec.value_or(radio->elec_tilt_deg);
    if (!mech) filled("mech_tilt_deg");
    if (!elec) filled("elec_tilt_deg");
    if (!in_range(ctx, label, "mechanical tilt", s.mech_tilt_deg, -20.0, 30.0, "°")) bad = true;
    if (!in_range(ctx, label, "electrical tilt", s.elec_tilt_deg, -20.0, 30.0, "°")) bad = true;

    auto dbm = optional_number(attrs, ctx, "power_dbm", label, "transmit power", bad);
    auto watts = optional_number(attrs, ctx, "power_w", label, "transmit power", bad);
    if (watts && !dbm && !(*watts > 0.0)) {
        ctx.add(Severity::Error, label,
                "transmit power " + fmt_number(*watts) + " W (column '" +
                    attrs.column(ctx.mapping, "power_w") + "') must be above 0");
        bad = true;
    }
    if (dbm)
        s.power_dbm = *dbm;
    else if (watts && *watts > 0.0)
        s.power_dbm = 10.0 * std::log10(*watts * 1000.0);
    else {
        s.power_dbm = radio->power_dbm;
        filled("power_dbm");
    }
    if (!in_range(ctx, label, "transmit power", s.power_dbm, 0.0, 70.0, "dBm")) bad = true;

    s.antenna_model = attrs.text("antenna_model");
    if (s.antenna_model.empty()) {
        s.antenna_model = s.azimuths_deg.empty() ? radio->omni_antenna_model : radio->antenna_model;
        filled("antenna_model");
    }
    const auto feeder = optional_number(attrs, ctx, "feeder_loss_db", label, "feeder loss", bad);
    s.feeder_loss_db = feeder.value_or(ctx.options.stored_project ? 0.0 : radio->feeder_loss_db);
    if (!feeder) filled("feeder_loss_db");
    if (!in_range(ctx, label, "feeder loss", s.feeder_loss_db, 0.0, 20.0, "dB")) bad = true;
    s.propagation_model = attrs.text("propagation_model");
    if (!s.propagation_model.empty() && !core::parse_model_choice(s.propagation_model)) {
        ctx.add(Severity::Error, label,
                "propagation model '" + s.propagation_model +
                    "' is not one of auto, fspl, hata, cost231, tr38901");
        bad = true;
    }
    const std::string status = attrs.text("status");
    if (status.empty()) {
        s.status = ctx.options.default_site_status;
    } else if (auto st = core::parse_status(status)) {
        if (*st == core::StatusWord::OutOfService) {
            ctx.add(Severity::Warning, label,
                    "left out: status '" + status + "' says the site is out of service");
            return std::nullopt;
        }
        s.status = *st == core::StatusWord::Existing ? core::SiteStatus::Existing
                                                     : core::SiteStatus::Proposed;
    } else {
        ctx.add(Severity::Error, label,
                "status '" + status + "' (column '" + attrs.column(ctx.mapping, "status") +
                    "') is not a status covplan knows (" + std::string(core::status_vocabulary()) +
                    ")");
        bad = true;
    }
    if (bad) return std::nullopt;
    return s;
}

}  // namespace

// Rows of a drive test a reader skips without failing the import: a phone logs
// "no service" rows and rows of other networks as a matter of course. Counted per
// reason and reported once, with the first rows as examples.
struct MeasurementSkips {
    std::map<std::string, std::pair<std::size_t, std::string>> by_reason;
    void add(const std::string& reason, const std::string& label) {
        auto& [n, examples] = by_reason[reason];
        if (++n <= 3) examples += (examples.empty() ? "" : ", ") + label;
    }
};

// 3GPP reporting ranges with a margin: TS 36.133 §9.1.4 (RSRP -140…-44 dBm), TS 38.133
// §10.1.6 (SS-RSRP -156…-31 dBm).
constexpr double kMinRsrpDbm = -160.0, kMaxRsrpDbm = -20.0;

std::optional<core::Measurement> read_measurement(const AttributeReader& attrs,
                                                  const std::string& label,
                                                  MeasurementSkips& skips) {
    core::Measurement m;
    const std::string raw = attrs.text("rsrp_dbm");
    auto rsrp = core::parse_number(raw);
    if (raw.empty()) {
        skips.add("without RSRP", label);
        return std::nullopt;
    }
    if (!rsrp || !std::isfinite(*rsrp)) {
        skips.add("with an RSRP that is not a number", label);
        return std::nullopt;
    }
    if (*rsrp < kMinRsrpDbm || *rsrp > kMaxRsrpDbm) {
        skips.add("with an RSRP outside -160…-20 dBm (3GPP reporting ranges)", label);
        return std::nullopt;
    }
    m.rsrp_dbm = *rsrp;
    auto number = [&](const char* canonical) {
        auto v = core::parse_number(attrs.text(canonical));
        return v && std::isfinite(*v) ? *v : core::kNotMeasured;
    };
    m.rsrq_db = number("rsrq_db");
    m.sinr_db = number("sinr_db");
    m.throughput_mbps = number("throughput_mbps");
    if (!std::isfinite(m.throughput_mbps))
        if (const double kbps = number("throughput_kbps"); std::isfinite(kbps))
            m.throughput_mbps = kbps / 1000.0;
    m.time = attrs.text("time");
    if (const std::string t = attrs.text("technology"); !t.empty()) {
        m.technology = core::parse_technology(t, "");
        if (!m.technology) {
            // A phone's log mixes in GSM/UMTS rows when it falls back: not a 4G/5G sample.
            skips.add("of another technology than 4G/5G ('" + t + "')", label);
            return std::nullopt;
        }
    }
    m.freq_mhz = number("freq_mhz");
    m.arfcn = number("arfcn");
    if (const double pci = number("pci"); std::isfinite(pci) && pci >= 0 && pci < 1008)
        m.pci = static_cast<int>(pci);
    m.operator_name = attrs.text("operator");
    m.serving_site_id = attrs.text("serving_site_id");
    m.serving_lon = number("serving_lon");
    m.serving_lat = number("serving_lat");
    if (m.has_serving_position() &&
        (std::abs(m.serving_lon) > 180.0 || std::abs(m.serving_lat) > 90.0)) {
        skips.add("whose serving-site position is not a longitude/latitude", label);
        m.serving_lon = m.serving_lat = core::kNotMeasured;
    }
    return m;
}

std::expected<LayerImportResult, std::vector<Issue>> import_layer(const LayerImportOptions& options,
                                                                  const Crs& working_crs,
                                                                  core::Feedback* feedback) {
    std::vector<Issue> fatal;
    auto fail = [&](std::string layer, std::string message) {
        fatal.push_back({Severity::Error, options.path, std::move(layer), "", std::move(message)});
        return std::unexpected(fatal);
    };

    // GDAL's remarks while the layer is looked at (role, geometry kind) repeat those the
    // reading loop reports, located; none reaches stderr raw.
    ScopedGdalErrors quiet;
    // Open data with a fixed schema goes through its own reader (gis/open_data_import.h).
    if (is_osm_extract(options.path)) return import_osm(options, working_crs);
    auto opened = open_vector_read(options.path, options.encoding);
    if (!opened) return fail("", opened.error());
    GDALDataset& dataset = *opened->dataset;
    const std::string& recode_from = opened->recode_values_from;

    OGRLayer* layer = nullptr;
    if (options.layer.empty()) {
        if (dataset.GetLayerCount() == 0) return fail("", "the file has no layers");
        layer = dataset.GetLayer(0);
    } else {
        layer = dataset.GetLayerByName(options.layer.c_str());
        if (!layer) {
            std::string names;
            for (OGRLayer* l : dataset.GetLayers())
                names += (names.empty() ? "" : ", ") + std::string(l->GetName());
            return fail(options.layer, "no such layer (the file has: " + names + ")");
        }
    }
    const std::string layer_name = layer->GetName();
    if (!options.where.empty()) {
        ScopedGdalErrors sql_errors;
        if (layer->SetAttributeFilter(options.where.c_str()) != OGRERR_NONE)
            return fail(layer_name, "--where \"" + options.where +
                                        "\" is not an attribute filter GDAL understands" +
                                        sql_errors.suffix());
        if (layer->GetFeatureCount(TRUE) == 0)
            return fail(layer_name, "no feature matches --where \"" + options.where + "\"");
    }
    const OGRwkbGeometryType declared = layer->GetGeomType();
    const bool is_table = declared == wkbNone;
    std::optional<core::GeometryKind> kind = geometry_kind_of(declared);
    if (!kind && !is_table) kind = sniff_geometry_kind(*layer);

    // One feature tells emptiness; a count would parse a whole CSV.
    layer->ResetReading();
    if (OGRFeatureUniquePtr first(layer->GetNextFeature()); !first)
        return fail(layer_name, "the layer is empty");
    layer->ResetReading();

    if (is_table && is_opencellid_table(layer_field_names(*layer)) &&
        (!options.role || *options.role == LayerRole::Sites))
        return import_opencellid(options, working_crs);
    // Names as written (a KML <Data name="Nhà mạng"> that GDAL renamed "Nh___m___ng"):
    // the guess, --map and messages use them; the reader maps them back.
    const auto written = written_field_names(options.path, layer_field_names(*layer));
    const std::vector<std::string> fields = as_written(written, layer_field_names(*layer));
    // Guess only among columns that hold something: KML always has an empty "Name"
    // and "description" next to the real attributes.
    const std::vector<std::string> filled = as_written(written, non_empty_field_names(*layer));
    LayerImportResult result;
    result.layer = layer_name;
    if (options.role) {
        result.role = *options.role;
    } else if (auto guessed =
                   core::guess_role(layer_name, is_table ? std::nullopt : kind, filled)) {
        result.role = *guessed;
    } else {
        return fail(layer_name,
                    "cannot tell what this layer is; give its role with --role (ward, hamlets, "
                    "sites, fiber, poi, roads, waterways, measurements)");
    }
    const LayerRole role = result.role;

    // Wrong geometry type for the role is a layer-level error: nothing in it fits.
    const core::GeometryKind want = core::expected_geometry(role);
    if (is_table) {
        if (role != LayerRole::Sites && role != LayerRole::Poi && role != LayerRole::Measurements)
            return fail(layer_name, "the layer has no geometry, but role '" +
                                        std::string(core::role_name(role)) + "' needs " +
                                        std::string(core::geometry_kind_name(want)) +
                                        "s (only sites, poi and measurements can come from a "
                                        "table with x/y columns)");
    } else if (kind) {
        const bool fits =
            want == core::GeometryKind::PointOrPolygon
                ? (*kind == core::GeometryKind::Point || *kind == core::GeometryKind::Polygon)
                : *kind == want;
        if (!fits)
            return fail(layer_name,
                        "the layer holds " + std::string(core::geometry_kind_name(*kind)) +
                            " geometries, but role '" + std::string(core::role_name(role)) +
                            "' needs " + std::string(core::geometry_kind_name(want)) + "s");
    }

    result.mapping = core::guess_field_mapping(role, filled);
    if (auto ok =
            core::apply_mapping_overrides(role, fields, options.mapping_overrides, result.mapping);
        !ok)
        return fail(layer_name, ok.error());
    if (auto missing = core::missing_required_fields(role, result.mapping); !missing.empty()) {
        std::string list, columns;
        for (const auto& m : missing) list += (list.empty() ? "" : ", ") + m;
        for (const auto& c : fields) columns += (columns.empty() ? "" : ", ") + c;
        return fail(layer_name, "no column found for " + list + " (columns: " + columns +
                                    "); map one with --map " + missing.front() + "=COLUMN");
    }
    if (is_table && (!result.mapping.contains("x") || !result.mapping.contains("y")))
        return fail(layer_name,
                    "the table has no coordinate columns; map them with --map x=<lon or easting "
                    "column> --map y=<lat or northing column>");

    // CRS: declared, or assigned by the user. Tables of lon/lat without a CRS are
    // WGS 84 by near-universal convention, but we say so.
    std::vector<Issue> issues;
    std::map<std::string, std::map<std::string, int>> template_fills;
    LayerContext ctx{options, layer_name, role, result.mapping, issues, &template_fills};
    if (!opened->note.empty()) ctx.add(Severity::Warning, "", opened->note);
    std::optional<Crs> source_crs = options.assign_crs;
    if (!source_crs) source_crs = layer_crs(*layer);
    if (!source_crs && !is_table)
        return fail(
            layer_name,
            "the layer has no coordinate reference system (" +
                unreadable_prj(options.path).value_or("a Shapefile without .prj?") +
                "); assign one with --assign-crs, e.g. --assign-crs vn2000-tm3:cantho for VN-2000 "
                "/ TM-3 105°00' (EPSG:5897: Cần Thơ and former Hậu Giang; `covplan transform "
                "--help` lists every province's zone)");

    AttributeReader attrs(*layer->GetLayerDefn(), result.mapping, recode_from, written);
    const std::vector<int> az_columns =
        role == LayerRole::Sites && !result.mapping.contains("azimuths_deg")
            ? numbered_azimuth_columns(*layer->GetLayerDefn())
            : std::vector<int>{};

    // Tables: the coordinates come from the attribute columns.
    std::vector<std::pair<OGRFeatureUniquePtr, core::Point>> table_rows;
    std::size_t rejected_rows = 0;  // rows whose coordinates were refused before reading
    if (is_table) {
        struct Row {
            OGRFeatureUniquePtr feature;
            double x, y;
            std::string label;
        };
        std::vector<Row> rows;
        layer->ResetReading();
        for (auto& f : *layer) {
            if (options.max_features && rows.size() >= options.max_features) break;
            attrs.set_feature(f.get());
            const bool sites = role == LayerRole::Sites;
            const std::string label = feature_label(*f, sites ? "site_id" : "name",
                                                    attrs.text(sites ? "site_id" : "name"));
            auto x = core::parse_number(attrs.text("x"));
            auto y = core::parse_number(attrs.text("y"));
            if (!x || !y) {
                ctx.add(Severity::Error, label,
                        "coordinates '" + attrs.text("x") + "', '" + attrs.text("y") +
                            "' are not numbers (columns '" + attrs.column(result.mapping, "x") +
                            "', '" + attrs.column(result.mapping, "y") + "')");
                ++rejected_rows;
                continue;
            }
            rows.push_back({OGRFeatureUniquePtr(f.release()), *x, *y, label});
        }
        const TableCoordinates kind = classify_table_coordinates(rows.size(), [&](std::size_t i) {
            return std::pair{rows[i].x, rows[i].y};
        });
        const std::string x_col = attrs.column(result.mapping, "x");
        const std::string y_col = attrs.column(result.mapping, "y");
        if (kind.survey_order) {
            // Vietnamese surveyors write X = northing, Y = easting (TCVN / cadastral maps).
            for (Row& r : rows) std::swap(r.x, r.y);
            ctx.add(Severity::Warning, "",
                    "column '" + x_col + "' holds northings and '" + y_col +
                        "' eastings (the Vietnamese survey convention X = northing, Y = "
                        "easting): '" +
                        x_col + "' taken as northing, '" + y_col + "' as easting");
        }
        for (Row& r : rows) {
            if (kind.geographic && looks_swapped_lonlat(r.x, r.y)) {
                ctx.add(Severity::Error, r.label,
                        "longitude and latitude look swapped ('" + x_col + "' " +
                            coordinate_text(r.x) + " is a latitude, '" + y_col + "' " +
                            coordinate_text(r.y) + " a longitude); swap them in the file");
                ++rejected_rows;
                continue;
            }
            if (kind.geographic && (std::abs(r.x) > 180.0 || std::abs(r.y) > 90.0)) {
                ctx.add(Severity::Error, r.label,
                        "coordinates " + coordinate_text(r.x) + ", " + coordinate_text(r.y) +
                            " are not a longitude/latitude although the other rows are");
                ++rejected_rows;
                continue;
            }
            table_rows.emplace_back(std::move(r.feature), core::Point(r.x, r.y));
        }
        if (!source_crs) {
            if (!kind.geographic) {
                std::vector<core::Point> points;
                for (const auto& [f, p] : table_rows) points.push_back(p);
                return fail(layer_name,
                            projected_without_crs_message(points, options, working_crs));
            }
            source_crs = Crs::wgs84();
            ctx.add(Severity::Warning, "",
                    "no CRS given for the coordinate columns; longitude/latitude taken as WGS 84 "
                    "(EPSG:4326). Assign another CRS if they are VN-2000");
        }
    }
    result.source_crs = *source_crs;
    auto transform = CrsTransform::create(*source_crs, working_crs);
    if (!transform) return fail(layer_name, transform.error());
    result.transform_operation = transform->operation_name();

    core::LegacyTextDetector legacy;
    const long long total = std::max<long long>(
        1, is_table ? static_cast<long long>(table_rows.size()) : layer->GetFeatureCount(TRUE));
    long long done = 0;

    std::map<std::string, std::string> first_row_of_site;  // site id -> its first row
    MeasurementSkips measurement_skips;
    if (role == LayerRole::Measurements)
        result.features.measurements.reserve(static_cast<std::size_t>(total));
    auto process = [&](const OGRFeature& f, const OGRGeometry* geom,
                       std::optional<core::Point> table_point) {
        attrs.set_feature(&f);
        ++result.features_read;
        std::string key_value =
            role == LayerRole::Sites ? attrs.text("site_id") : attrs.text("name");
        const std::string label =
            feature_label(f, role == LayerRole::Sites ? "site_id" : "name", key_value);
        // Samples hold numbers and ids only (a million rows: the check would dominate).
        if (role != LayerRole::Measurements)
            for (const auto& [canonical, column] : result.mapping) {
                const std::string t = attrs.text(canonical);
                if (!t.empty()) legacy.check(t, label);
            }
        const std::size_t before = issues.size();
        auto skip = [&] { ++result.features_skipped; };

        core::Point point;
        std::optional<core::MultiPolygon> area;
        std::optional<core::MultiLineString> lines;
        bool is_area = false;
        if (table_point) {
            point = *table_point;
        } else if (!geom || geom->IsEmpty()) {
            ctx.add(Severity::Error, label, "feature has no geometry");
            return skip();
        } else {
            const auto gk = geometry_kind_of(geom->getGeometryType());
            if (want == core::GeometryKind::Polygon ||
                (want == core::GeometryKind::PointOrPolygon && gk == core::GeometryKind::Polygon)) {
                area = read_polygon(*geom, ctx, label);
                if (!area) return skip();
                is_area = true;
                if (!transform_geometry(*area, *transform)) {
                    ctx.add(Severity::Error, label,
                            "coordinates cannot be transformed to the working CRS");
                    return skip();
                }
            } else if (want == core::GeometryKind::Line) {
                auto l = to_multilinestring(*geom);
                if (!l) {
                    ctx.add(Severity::Error, label, l.error());
                    return skip();
                }
                lines = std::move(*l);
                if (!transform_geometry(*lines, *transform)) {
                    ctx.add(Severity::Error, label,
                            "coordinates cannot be transformed to the working CRS");
                    return skip();
                }
            } else {
                auto p = to_point(*geom);
                if (!p) {
                    ctx.add(Severity::Error, label, p.error());
                    return skip();
                }
                point = *p;
            }
        }
        if (!area && !lines) {
            double x = point.x(), y = point.y();
            if (!transform->transform(x, y)) {
                ctx.add(Severity::Error, label,
                        "coordinates " + fmt_number(point.x()) + ", " + fmt_number(point.y()) +
                            " cannot be transformed to the working CRS (outside its domain?)");
                return skip();
            }
            point = core::Point(x, y);
        }

        switch (role) {
            case LayerRole::Sites: {
                auto site = read_site(f, attrs, ctx, az_columns);
                if (!site) return skip();
                if (auto [it, fresh] = first_row_of_site.emplace(site->site_id, label); !fresh) {
                    ctx.add(Severity::Error, label,
                            "site id '" + site->site_id + "' is already used by " + it->second +
                                ": every row needs its own id (co-located sites share a "
                                "tower_id instead)");
                    return skip();
                }
                site->location = point;
                result.features.sites.push_back(std::move(*site));
                break;
            }
            case LayerRole::Ward: {
                core::Ward w{attrs.text("name"), attrs.text("code"), 0.0, std::move(*area)};
                bool bad = false;
                w.population = optional_number(attrs, ctx, "population", label, "population", bad)
                                   .value_or(0.0);
                if (!bad && !in_range(ctx, label, "population", w.population, 0.0, 1e8, ""))
                    bad = true;
                if (bad) return skip();
                result.features.ward.push_back(std::move(w));
                break;
            }
            case LayerRole::Hamlets: {
                core::Hamlet h{attrs.text("name"), attrs.text("code"), 0.0, 0.0, std::move(*area)};
                if (h.name.empty()) {
                    ctx.add(Severity::Error, label,
                            "hamlet has no name (column '" + attrs.column(result.mapping, "name") +
                                "')");
                    return skip();
                }
                auto pop = required_number(attrs, ctx, "population", label, "population");
                bool bad = !pop;
                if (pop && *pop < 0) {
                    ctx.add(Severity::Error, label,
                            "population " + fmt_number(*pop) + " is negative");
                    bad = true;
                }
                h.households = optional_number(attrs, ctx, "households", label, "households", bad)
                                   .value_or(0.0);
                if (!bad && !in_range(ctx, label, "households", h.households, 0.0, 1e8, ""))
                    bad = true;
                if (bad) return skip();
                h.population = *pop;
                result.features.hamlets.push_back(std::move(h));
                break;
            }
            case LayerRole::Fiber: {
                const std::string placement = attrs.text("placement");
                core::FiberRoute r{attrs.text("name"), attrs.text("operator"),
                                   core::parse_placement(placement), std::move(*lines)};
                if (!placement.empty() && r.placement == core::CablePlacement::Unknown)
                    ctx.add(Severity::Warning, label,
                            "placement '" + placement + "' is neither underground nor aerial");
                result.features.fiber.push_back(std::move(r));
                break;
            }
            case LayerRole::Poi: {
                core::Poi p;
                p.name = attrs.text("name");
                const std::string category = attrs.text("category");
                const std::string as_given = attrs.text("category_source");
                p.category_source = as_given.empty() ? category : as_given;
                auto cat = core::parse_poi_category(category);
                if (!cat) cat = core::parse_poi_category(p.category_source);
                if (!cat) cat = core::parse_poi_category(p.name);  // "Trường THCS ..." says it all
                if (!cat) {
                    ctx.add(Severity::Warning, label,
                            "category '" + category + "' not recognised; counted as other");
                    cat = core::PoiCategory::Other;
                }
                p.category = *cat;
                p.is_area = is_area;
                if (is_area)
                    p.area = std::move(*area);
                else
                    p.point = point;
                result.features.poi.push_back(std::move(p));
                break;
            }
            case LayerRole::Measurements: {
                auto m = read_measurement(attrs, label, measurement_skips);
                if (!m) return skip();
                m->location = point;
                result.features.measurements.push_back(std::move(*m));
                break;
            }
            case LayerRole::Roads:
            case LayerRole::Waterways: {
                core::LineFeature l{attrs.text("name"), attrs.text("class"), std::move(*lines)};
                (role == LayerRole::Roads ? result.features.roads : result.features.waterways)
                    .push_back(std::move(l));
                break;
            }
        }
        (void)before;
    };

    auto report_progress = [&] {
        if (feedback && (++done % 256 == 0)) feedback->set_progress(double(done) / double(total));
    };
    // The reader's boundary: whatever a corrupted feature makes Boost.Geometry, GDAL
    // or the standard library throw becomes an error on that feature, never an abort.
    auto guarded = [&](const OGRFeature& f, const OGRGeometry* geom,
                       std::optional<core::Point> pt) {
        try {
            process(f, geom, pt);
        } catch (const std::exception& e) {
            ctx.add(Severity::Error, feature_label(f, "", ""),
                    std::string("feature could not be read: ") + e.what());
            ++result.features_skipped;
        }
    };
    if (is_table) {
        for (auto& [f, pt] : table_rows) {
            if (feedback && feedback->is_canceled()) return fail(layer_name, "canceled");
            guarded(*f, nullptr, pt);
            report_progress();
        }
    } else {
        layer->ResetReading();
        ScopedGdalErrors read_errors;
        for (auto& f : *layer) {
            if (feedback && feedback->is_canceled()) return fail(layer_name, "canceled");
            if (options.max_features && result.features_read >= options.max_features) break;
            guarded(*f, f->GetGeometryRef(), std::nullopt);
            report_progress();
        }
        for (const std::string& m : read_errors.messages())
            ctx.add(Severity::Error, "", "GDAL: " + m);
    }
    for (const auto& [reason, what] : measurement_skips.by_reason)
        ctx.add(Severity::Warning, "",
                std::to_string(what.first) + " sample(s) " + reason + " left out (" + what.second +
                    (what.first > 3 ? ", ..." : "") + ")");
    // Once per template: which values it supplied, to how many sites.
    for (const auto& [id, attributes] : template_fills) {
        std::string what;
        for (const auto& [attribute, n] : attributes)
            what += (what.empty() ? "" : ", ") + attribute + " (" + std::to_string(n) + ")";
        ctx.add(Severity::Info, "",
                "radio template " + id + " filled values the layer leaves out: " + what);
    }
    if (auto legacy_issue = legacy.issue())
        ctx.add(Severity::Warning, legacy_issue->first, legacy_issue->second);
    if (result.features_read > 0 && result.features_skipped == result.features_read)
        ctx.add(Severity::Error, "", "no feature could be read");
    if (feedback) feedback->set_progress(1.0);
    if (role == LayerRole::Ward && result.features.ward.size() > 1) {
        std::string example;
        if (auto code = result.mapping.find("code"); code != result.mapping.end())
            example = " (e.g. --where \"" + code->second + " = '" +
                      result.features.ward.front().code + "'\")";
        issues.push_back({Severity::Warning, options.path, layer_name, "",
                          std::to_string(result.features.ward.size()) +
                              " ward polygons read: the plan's ward is all of them together; "
                              "import one with --where" +
                              example});
    }
    result.features_read += rejected_rows;
    result.features_skipped += rejected_rows;
    result.issues = std::move(issues);
    return result;
}

}  // namespace covplan::gis
