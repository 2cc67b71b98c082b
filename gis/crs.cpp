#include "gis/crs.h"

#include <ogr_spatialref.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string_view>

#include "gis/gdal_errors.h"
#include "gis/vn2000_zones.h"

namespace covplan::gis {
namespace {

std::optional<double> parse_meridian(std::string_view text) {
    // "105.75", "105-45" (degrees-minutes, as EPSG names the zones) or "105d45".
    double deg = 0.0, minutes = 0.0;
    char sep = 0;
    std::string s(text);
    if (std::sscanf(s.c_str(), "%lf%c%lf", &deg, &sep, &minutes) == 3 && (sep == '-' || sep == 'd'))
        return deg + minutes / 60.0;
    char* end = nullptr;
    double v = std::strtod(s.c_str(), &end);
    if (end && *end == '\0' && end != s.c_str()) return v;
    return std::nullopt;
}

std::string epsg_code_of(const OGRSpatialReference& srs) {
    const char* auth = srs.GetAuthorityName(nullptr);
    const char* code = srs.GetAuthorityCode(nullptr);
    if (auth && code && std::string_view(auth) == "EPSG") return std::string("EPSG:") + code;
    return {};
}

}  // namespace

std::expected<Crs, std::string> Crs::from_definition(const std::string& definition) {
    OGRSpatialReference srs;
    ScopedGdalErrors errors;
    if (srs.SetFromUserInput(definition.c_str(),
                             OGRSpatialReference::SET_FROM_USER_INPUT_LIMITATIONS) != OGRERR_NONE)
        return std::unexpected("unknown coordinate reference system '" + definition + "'" +
                               errors.suffix());
    Crs crs;
    crs.m_authority_code = epsg_code_of(srs);
    if (crs.m_authority_code.empty()) {
        // A .prj or WKT1 without authority: find the EPSG CRS it is, if PROJ is sure.
        int count = 0;
        int* confidence = nullptr;
        OGRSpatialReferenceH* matches = srs.FindMatches(nullptr, &count, &confidence);
        if (count >= 1 && confidence[0] >= 90) {
            auto* best = OGRSpatialReference::FromHandle(matches[0]);
            crs.m_authority_code = epsg_code_of(*best);
            if (!crs.m_authority_code.empty()) srs = *best;
        }
        OSRFreeSRSArray(matches);
        CPLFree(confidence);
    }
    const char* opts[] = {"FORMAT=WKT2_2019", "MULTILINE=NO", nullptr};
    char* wkt = nullptr;
    if (srs.exportToWkt(&wkt, opts) != OGRERR_NONE || !wkt) {
        CPLFree(wkt);
        return std::unexpected("cannot express '" + definition + "' as WKT" + errors.suffix());
    }
    crs.m_wkt = wkt;
    CPLFree(wkt);
    crs.m_name = srs.GetName() ? srs.GetName() : "";
    crs.m_geographic = srs.IsGeographic();
    if (srs.IsProjected()) crs.m_linear_unit_m = srs.GetLinearUnits();
    return crs;
}

std::expected<Crs, std::string> Crs::from_user_input(const std::string& text) {
    if (text.empty()) return std::unexpected("empty coordinate reference system");
    const std::string_view t = text;
    if (t.starts_with("vn2000-tm3:")) {
        std::string_view arg = t.substr(11);
        std::optional<double> lon0 = parse_meridian(arg);
        if (!lon0)
            if (auto zone = find_vn2000_zone(arg))
                return from_definition("EPSG:" + std::to_string(zone->epsg));
        if (!lon0 || *lon0 < 100.0 || *lon0 > 112.0)
            return std::unexpected("'" + text +
                                   "': neither a central meridian in Vietnam (vn2000-tm3:105-00) "
                                   "nor a province of Circular 973/2001/TT-TCĐC "
                                   "(vn2000-tm3:cantho, vn2000-tm3:soctrang, ...; `covplan "
                                   "transform --help` lists them)");
        // Prefer the EPSG zone (EPSG:5896..5899, 9205..9218) so files carry a code QGIS knows.
        for (int code : {5896, 5897, 5898, 5899, 9205, 9206, 9207, 9208, 9209, 9210, 9211, 9212,
                         9213, 9214, 9215, 9216, 9217, 9218}) {
            OGRSpatialReference probe;
            ScopedGdalErrors quiet;
            if (probe.importFromEPSG(code) != OGRERR_NONE) continue;
            if (std::abs(probe.GetProjParm(SRS_PP_CENTRAL_MERIDIAN) - *lon0) < 1e-9 &&
                std::abs(probe.GetProjParm(SRS_PP_SCALE_FACTOR) - 0.9999) < 1e-12)
                return from_definition("EPSG:" + std::to_string(code));
        }
        char proj[2048];
        std::snprintf(
            proj, sizeof proj,
            "PROJCRS[\"VN-2000 / TM-3 %.4f\",BASEGEOGCRS[\"VN-2000\",DATUM[\"Vietnam "
            "2000\",ELLIPSOID[\"WGS 84\",6378137,298.257223563]],ID[\"EPSG\",4756]],"
            "CONVERSION[\"TM-3 %.4f\",METHOD[\"Transverse Mercator\",ID[\"EPSG\",9807]],"
            "PARAMETER[\"Latitude of natural origin\",0,ANGLEUNIT[\"degree\",0.0174532925199433]],"
            "PARAMETER[\"Longitude of natural "
            "origin\",%.10f,ANGLEUNIT[\"degree\",0.0174532925199433]],"
            "PARAMETER[\"Scale factor at natural origin\",0.9999,SCALEUNIT[\"unity\",1]],"
            "PARAMETER[\"False easting\",500000,LENGTHUNIT[\"metre\",1]],"
            "PARAMETER[\"False northing\",0,LENGTHUNIT[\"metre\",1]]],"
            "CS[Cartesian,2],AXIS[\"easting (X)\",east,ORDER[1],LENGTHUNIT[\"metre\",1]],"
            "AXIS[\"northing (Y)\",north,ORDER[2],LENGTHUNIT[\"metre\",1]]]",
            *lon0, *lon0, *lon0);
        return from_definition(proj);
    }
    if (t.starts_with("utm:")) {
        double lon = 0, lat = 0;
        if (std::sscanf(text.c_str() + 4, "%lf,%lf", &lon, &lat) != 2 || std::abs(lon) > 180 ||
            std::abs(lat) > 84)
            return std::unexpected("'" + text + "': expected utm:LON,LAT in degrees");
        return utm_for(lon, lat);
    }
    return from_definition(text);
}

Crs Crs::wgs84() { return *from_definition("EPSG:4326"); }

Crs Crs::utm_for(double lon_deg, double lat_deg) {
    int zone = static_cast<int>(std::floor((lon_deg + 180.0) / 6.0)) + 1;
    zone = std::clamp(zone, 1, 60);
    const int code = (lat_deg >= 0 ? 32600 : 32700) + zone;
    return *from_definition("EPSG:" + std::to_string(code));
}

std::string Crs::describe() const {
    if (m_authority_code.empty()) return m_name.empty() ? std::string("(custom CRS)") : m_name;
    return m_authority_code + " (" + m_name + ")";
}

bool Crs::equivalent_to(const Crs& other) const {
    if (!valid() || !other.valid()) return false;
    if (!m_authority_code.empty() && m_authority_code == other.m_authority_code) return true;
    OGRSpatialReference a, b;
    a.importFromWkt(m_wkt.c_str());
    b.importFromWkt(other.m_wkt.c_str());
    const char* opts[] = {"IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES", "CRITERION=EQUIVALENT",
                          nullptr};
    return a.IsSame(&b, opts);
}

std::expected<void, std::string> check_working_crs(const Crs& crs) {
    if (!crs.valid()) return std::unexpected(std::string("no working CRS"));
    if (std::abs(crs.linear_unit_m() - 1.0) > 1e-9)
        return std::unexpected(
            crs.describe() + " cannot be the working CRS: " +
            (crs.is_geographic() ? std::string("it is in degrees")
                                 : std::string("its axes are not in metres")) +
            "; use a projected CRS in metres, e.g. vn2000-tm3:cantho (EPSG:5897) or EPSG:32648");
    return {};
}

}  // namespace covplan::gis
