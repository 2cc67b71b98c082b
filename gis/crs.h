#pragma once
// A coordinate reference system as the user names it. Wraps the WKT2 definition
// so it can be copied across threads and stored in project files.

#include <expected>
#include <optional>
#include <string>

namespace covplan::gis {

class Crs {
  public:
    Crs() = default;

    //! Accepts what PROJ/GDAL accept ("EPSG:9210", WKT, PROJ strings, "WGS 84") plus
    //! covplan's shorthands:
    //!  - "vn2000-tm3:LON" VN-2000 TM-3 zone with central meridian LON (deg, or D-MM as
    //!    "105-45"), k = 0.9999, false easting 500 km (Circular 973/2001/TT-TCĐC);
    //!    the EPSG code is used when EPSG has that zone;
    //!  - "vn2000-tm3:PROVINCE" the province's zone (gis/vn2000_zones.h), e.g.
    //!    "vn2000-tm3:cantho" 105°00' (EPSG:5897), "vn2000-tm3:soctrang" 105°30';
    //!  - "utm:LON,LAT" the WGS 84 UTM zone containing that point.
    [[nodiscard]] static std::expected<Crs, std::string> from_user_input(const std::string& text);
    [[nodiscard]] static Crs wgs84();  //!< EPSG:4326, used in lon/lat order

    //! WGS 84 / UTM zone (EPSG:326zz / 327zz) of a lon/lat point.
    [[nodiscard]] static Crs utm_for(double lon_deg, double lat_deg);

    [[nodiscard]] bool valid() const { return !m_wkt.empty(); }
    [[nodiscard]] const std::string& wkt() const { return m_wkt; }
    [[nodiscard]] const std::string& name() const { return m_name; }
    //! "EPSG:9210" when the CRS is (or is identified as) an EPSG CRS, else empty.
    [[nodiscard]] const std::string& authority_code() const { return m_authority_code; }
    [[nodiscard]] bool is_geographic() const { return m_geographic; }
    //! Metres per unit of a projected CRS's axes; 0 for a geographic or other CRS.
    [[nodiscard]] double linear_unit_m() const { return m_linear_unit_m; }
    //! "EPSG:32648 (WGS 84 / UTM zone 48N)" or the name alone.
    [[nodiscard]] std::string describe() const;
    //! Same CRS, ignoring metadata (names, extents).
    [[nodiscard]] bool equivalent_to(const Crs& other) const;

  private:
    static std::expected<Crs, std::string> from_definition(const std::string& definition);
    std::string m_wkt;
    std::string m_name;
    std::string m_authority_code;
    bool m_geographic = false;
    double m_linear_unit_m = 0.0;
};

//! Why `crs` cannot be a project's working CRS, if it cannot: the engine measures
//! distances, pixel sizes and radii in metres on a plane, so it must be projected
//! with metre axes (degrees would turn a 10 m grid into 10° pixels without a word).
[[nodiscard]] std::expected<void, std::string> check_working_crs(const Crs& crs);

}  // namespace covplan::gis
