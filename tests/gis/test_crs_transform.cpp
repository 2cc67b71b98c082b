#include <gtest/gtest.h>
#include <ogr_spatialref.h>

#include <cmath>

#include "gis/crs_transform.h"
#include "gis/project.h"
#include "gis/vn2000_zones.h"

using covplan::gis::Crs;
using covplan::gis::CrsTransform;

namespace {
Crs crs(const std::string& s) {
    auto c = Crs::from_user_input(s);
    EXPECT_TRUE(c) << (c ? "" : c.error());
    return *c;
}
}  // namespace

// Reference values: PROJ 9.1 `cct` on the pipelines that PROJ's EPSG database (v10.076)
// defines for EPSG:6960 "VN-2000 to WGS 84 (2)" (Helmert, coordinate frame rotation:
// tx -191.90441429 m, ty -39.30318279 m, tz -111.45032835 m, rx -0.00928836",
// ry 0.01975479", rz -0.00427372", ds 0.252906278 ppm; Decision 05/2007/QĐ-BTNMT)
// followed by EPSG:9210 "VN-2000 / TM-3 105-45" (TM, lon0 105.75, k 0.9999,
// FE 500000) or VN-2000 / UTM zone 48N. Computed independently of covplan's
// operation selection:
//   echo "105.609 9.6862 0 0" | cct -d 4 +proj=pipeline ... +step +inv +proj=helmert
//        +x=-191.90441429 ... +convention=coordinate_frame ... +step +proj=tmerc ...
struct Reference {
    double lon, lat;                // WGS 84
    double tm3_e, tm3_n;            // VN-2000 / TM-3 105-45 via EPSG:6960
    double tm3_e_5194, tm3_n_5194;  // same via EPSG:5194 (what PROJ picks by default here)
    double utm_e, utm_n;            // VN-2000 / UTM 48N via EPSG:6960
};
constexpr Reference kRefs[] = {
    // Admin centre of phường Long Mỹ (Thị ủy), from the ward metadata.
    {105.609, 9.6862, 484332.2022, 1071154.6682, 484331.3880, 1071154.6307, 566612.1244,
     1070889.4023},
    {105.5757, 9.7374, 480681.0235, 1076818.8351, 480680.2097, 1076818.7981, 562949.3682,
     1076544.0672},
    {105.7471, 9.4306, 499485.9530, 1042883.7018, 499485.1364, 1042883.6617, 581823.7587,
     1042658.0162},
};

TEST(CrsTransform, Wgs84ToVn2000Tm3UsesEpsg6960) {
    auto t = CrsTransform::create(Crs::wgs84(), crs("vn2000-tm3:105-45"));
    ASSERT_TRUE(t) << t.error();
    EXPECT_NE(t->operation_name().find("VN-2000 to WGS 84 (2)"), std::string::npos)
        << t->operation_name();
    for (const Reference& r : kRefs) {
        double x = r.lon, y = r.lat;
        ASSERT_TRUE(t->transform(x, y));
        EXPECT_NEAR(x, r.tm3_e, 0.001);  // millimetre agreement
        EXPECT_NEAR(y, r.tm3_n, 0.001);
        // And not the industry transformation, 0.8 m away in the Mekong delta.
        EXPECT_GT(std::hypot(x - r.tm3_e_5194, y - r.tm3_n_5194), 0.75);
    }
}

TEST(CrsTransform, Vn2000UtmAndInverseRoundTrip) {
    auto fwd = CrsTransform::create(Crs::wgs84(), crs("EPSG:3405"));
    auto inv = CrsTransform::create(crs("EPSG:3405"), Crs::wgs84());
    ASSERT_TRUE(fwd && inv);
    for (const Reference& r : kRefs) {
        double x = r.lon, y = r.lat;
        ASSERT_TRUE(fwd->transform(x, y));
        EXPECT_NEAR(x, r.utm_e, 0.001);
        EXPECT_NEAR(y, r.utm_n, 0.001);
        ASSERT_TRUE(inv->transform(x, y));
        EXPECT_NEAR(x, r.lon, 1e-8);  // 1e-8 deg = 1 mm
        EXPECT_NEAR(y, r.lat, 1e-8);
    }
}

TEST(CrsTransform, Tm3ToWgs84UtmCrossesTheDatumOnce) {
    // VN-2000 TM-3 -> WGS 84 UTM 48N: the Helmert step must be in the chain, once.
    auto t = CrsTransform::create(crs("EPSG:9210"), crs("EPSG:32648"));
    ASSERT_TRUE(t);
    double x = kRefs[0].tm3_e, y = kRefs[0].tm3_n;
    ASSERT_TRUE(t->transform(x, y));
    // WGS 84 UTM 48N of the admin centre: `echo 105.609 9.6862 0 0 | cct +proj=utm +zone=48
    // +ellps=WGS84`.
    EXPECT_NEAR(x, 566807.9007, 0.002);
    EXPECT_NEAR(y, 1070777.7211, 0.002);
}

TEST(CrsTransform, SameDatumNeedsNoShift) {
    auto t = CrsTransform::create(crs("EPSG:9210"), crs("EPSG:3405"));
    ASSERT_TRUE(t);
    EXPECT_EQ(t->operation_name().find("WGS 84 (2)"), std::string::npos);
    double x = kRefs[0].tm3_e, y = kRefs[0].tm3_n;
    ASSERT_TRUE(t->transform(x, y));
    EXPECT_NEAR(x, kRefs[0].utm_e, 0.002);
    EXPECT_NEAR(y, kRefs[0].utm_n, 0.002);
}

TEST(CrsTransform, IdentityAndBatch) {
    auto t = CrsTransform::create(crs("EPSG:32648"), crs("EPSG:32648"));
    ASSERT_TRUE(t);
    EXPECT_TRUE(t->is_identity());
    auto w = CrsTransform::create(Crs::wgs84(), crs("EPSG:32648"));
    std::vector<double> xs = {105.609, 105.5757}, ys = {9.6862, 9.7374};
    EXPECT_EQ(w->transform(xs, ys), 0u);
    EXPECT_NEAR(xs[0], 566807.9007, 0.001);
    EXPECT_NEAR(ys[0], 1070777.7211, 0.001);
}

TEST(Crs, ShorthandsAndErrors) {
    // Province shorthands: the meridians of Circular 973/2001/TT-TCĐC, named in the
    // usage area of each EPSG zone (`projinfo EPSG:5897`: "... Can Tho city, Bac Lieu,
    // Dong Thap and Hau Giang provinces"; EPSG:9209: "... Soc Trang, ... Tra Vinh and
    // Vinh Long provinces"; EPSG:9210: "Hai Phong and Ho Chi Minh cities; Ben Tre, ...").
    EXPECT_EQ(crs("vn2000-tm3:cantho").authority_code(), "EPSG:5897");
    EXPECT_EQ(crs("vn2000-tm3:Cần Thơ").authority_code(), "EPSG:5897");
    EXPECT_EQ(crs("vn2000-tm3:hau-giang").authority_code(), "EPSG:5897");
    EXPECT_EQ(crs("vn2000-tm3:soctrang").authority_code(), "EPSG:9209");
    EXPECT_EQ(crs("vn2000-tm3:hcm").authority_code(), "EPSG:9210");
    EXPECT_EQ(crs("vn2000-tm3:camau").authority_code(), "EPSG:9207");
    EXPECT_FALSE(Crs::from_user_input("vn2000-tm3:atlantis"));
    // Every province's zone is the EPSG zone with its meridian, and EPSG names it.
    for (const covplan::gis::Vn2000Zone& z : covplan::gis::vn2000_zones()) {
        OGRSpatialReference srs;
        ASSERT_EQ(srs.importFromEPSG(z.epsg), OGRERR_NONE) << z.slug;
        EXPECT_DOUBLE_EQ(srs.GetProjParm(SRS_PP_CENTRAL_MERIDIAN), z.central_meridian_deg)
            << z.slug;
    }
    EXPECT_EQ(covplan::gis::merged_province_note("cantho"),
              "Cần Thơ (since 1 July 2025): former Cần Thơ and Hậu Giang 105°00' "
              "(vn2000-tm3:cantho, EPSG:5897), former Sóc Trăng 105°30' (vn2000-tm3:soctrang, "
              "EPSG:9209)");
    EXPECT_EQ(covplan::gis::merged_province_note("hanoi"), "");
    EXPECT_EQ(crs("vn2000-tm3:105-45").authority_code(), "EPSG:9210");
    EXPECT_EQ(crs("vn2000-tm3:105.75").authority_code(), "EPSG:9210");
    // Hậu Giang's 105°00' is EPSG's "TM-3 zone 482".
    EXPECT_EQ(crs("vn2000-tm3:105-00").authority_code(), "EPSG:5897");
    // A meridian EPSG has no zone for: a custom TM-3 CRS with k = 0.9999.
    Crs custom = crs("vn2000-tm3:104-15");
    EXPECT_TRUE(custom.authority_code().empty());
    EXPECT_NE(custom.wkt().find("0.9999"), std::string::npos);
    auto t = CrsTransform::create(Crs::wgs84(), custom);
    ASSERT_TRUE(t);
    EXPECT_NE(t->operation_name().find("VN-2000 to WGS 84 (2)"), std::string::npos);
    double x = 104.25, y = 9.69;
    ASSERT_TRUE(t->transform(x, y));
    // On the central meridian, less the datum shift: in these parts VN-2000 eastings
    // are about 196 m west of WGS 84's (compare the EPSG:9210 reference above).
    EXPECT_NEAR(x, 500000.0 - 196.0, 5.0);

    EXPECT_EQ(Crs::utm_for(105.6, 9.7).authority_code(), "EPSG:32648");
    EXPECT_EQ(Crs::utm_for(106.2, 10.8).authority_code(), "EPSG:32648");
    EXPECT_EQ(Crs::utm_for(108.3, 16.0).authority_code(), "EPSG:32649");
    EXPECT_FALSE(Crs::from_user_input("EPSG:999999"));
    EXPECT_FALSE(Crs::from_user_input("vn2000-tm3:40"));
    auto bad = Crs::from_user_input("not a crs");
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.error().find("not a crs"), std::string::npos);
}

// issue 14: a project in Vietnam works in the national system, VN-2000 TM-3, in its
// province's zone (Circular 973/2001/TT-TCĐC); UTM stays for the rest of the world.
TEST(CrsTransform, NewProjectsInVietnamWorkInVn2000Tm3) {
    using covplan::gis::automatic_working_crs;
    auto at = [](double lon, double lat, std::string_view local = "vn2000-tm3:cantho") {
        covplan::core::Extent e;
        e.include(lon - 0.05, lat - 0.05);
        e.include(lon + 0.05, lat + 0.05);
        auto c = automatic_working_crs(e, Crs::wgs84(), local);
        return c ? c->authority_code() : std::string("error: ") + c.error();
    };
    // Long Mỹ (former Hậu Giang): Cần Thơ's zone, 105°00' (EPSG:5897).
    EXPECT_EQ(at(105.61, 9.69), "EPSG:5897");
    // A ward of former Sóc Trăng whose project names its zone: 105°30' (EPSG:9209).
    EXPECT_EQ(at(105.97, 9.60, "vn2000-tm3:soctrang"), "EPSG:9209");
    // Đà Nẵng with the default (Cần Thơ) setting: 3° off that meridian, so the zone
    // with the nearest meridian, 108°15' (EPSG:9217): accurate, but not the city's
    // legal zone, which its project names (local_crs) to get 107°45' (EPSG:5899).
    EXPECT_EQ(at(108.2, 16.05), "EPSG:9217");
    EXPECT_EQ(at(108.2, 16.05, "vn2000-tm3:danang"), "EPSG:5899");
    // Bangkok: not Vietnam, WGS 84 / UTM 47N.
    EXPECT_EQ(at(100.5, 13.75), "EPSG:32647");
}
