#include <gtest/gtest.h>

#include "core/field_mapping.h"

using namespace covplan::core;

namespace {
std::string mapped(const FieldMapping& m, const std::string& k) {
    auto it = m.find(k);
    return it == m.end() ? "<none>" : it->second;
}
}  // namespace

TEST(FieldMapping, VietnameseSiteInventoryHeaders) {
    const std::vector<std::string> fields = {
        "STT",       "Mã trạm",   "Mã cột",          "Tên trạm",         "Nhà mạng",
        "Công nghệ", "Băng tần",  "Tần số (MHz)",    "Độ cao anten (m)", "Hướng phát",
        "Tilt cơ",   "Tilt điện", "Công suất (dBm)", "Trạng thái",       "Kinh độ",
        "Vĩ độ"};
    const FieldMapping m = guess_field_mapping(LayerRole::Sites, fields);
    EXPECT_EQ(mapped(m, "site_id"), "Mã trạm");
    EXPECT_EQ(mapped(m, "tower_id"), "Mã cột");
    EXPECT_EQ(mapped(m, "name"), "Tên trạm");
    EXPECT_EQ(mapped(m, "operator"), "Nhà mạng");
    EXPECT_EQ(mapped(m, "technology"), "Công nghệ");
    EXPECT_EQ(mapped(m, "band"), "Băng tần");
    EXPECT_EQ(mapped(m, "freq_mhz"), "Tần số (MHz)");
    EXPECT_EQ(mapped(m, "height_m"), "Độ cao anten (m)");
    EXPECT_EQ(mapped(m, "azimuths_deg"), "Hướng phát");
    EXPECT_EQ(mapped(m, "mech_tilt_deg"), "Tilt cơ");
    EXPECT_EQ(mapped(m, "elec_tilt_deg"), "Tilt điện");
    EXPECT_EQ(mapped(m, "power_dbm"), "Công suất (dBm)");
    EXPECT_EQ(mapped(m, "status"), "Trạng thái");
    EXPECT_EQ(mapped(m, "x"), "Kinh độ");
    EXPECT_EQ(mapped(m, "y"), "Vĩ độ");
    EXPECT_EQ(mapped(m, "bandwidth_mhz"), "<none>");
    EXPECT_TRUE(missing_required_fields(LayerRole::Sites, m).empty());
}

TEST(FieldMapping, EnglishOperatorExportHeaders) {
    const std::vector<std::string> fields = {"SiteID",         "Operator", "TECH",      "Frequency",
                                             "Antenna_Height", "Azimuth",  "Longitude", "Latitude"};
    const FieldMapping m = guess_field_mapping(LayerRole::Sites, fields);
    EXPECT_EQ(mapped(m, "site_id"), "SiteID");
    EXPECT_EQ(mapped(m, "operator"), "Operator");
    EXPECT_EQ(mapped(m, "technology"), "TECH");
    EXPECT_EQ(mapped(m, "freq_mhz"), "Frequency");
    EXPECT_EQ(mapped(m, "height_m"), "Antenna_Height");
    EXPECT_EQ(mapped(m, "azimuths_deg"), "Azimuth");
    EXPECT_EQ(mapped(m, "x"), "Longitude");
    EXPECT_EQ(mapped(m, "y"), "Latitude");
}

TEST(FieldMapping, HamletShapefileNamesAndPrefixMatches) {
    // Shapefile field names are cut to 10 characters; census years get appended.
    const std::vector<std::string> fields = {"OBJECTID", "Ten_KV", "Dan_so_2024", "So_ho",
                                             "Shape_Area"};
    const FieldMapping m = guess_field_mapping(LayerRole::Hamlets, fields);
    EXPECT_EQ(mapped(m, "name"), "Ten_KV");
    EXPECT_EQ(mapped(m, "population"), "Dan_so_2024");
    EXPECT_EQ(mapped(m, "households"), "So_ho");
}

TEST(FieldMapping, ExactMatchWinsOverPrefixAndColumnsAreUsedOnce) {
    const std::vector<std::string> fields = {"dan_so_2019", "dan_so"};
    const FieldMapping m = guess_field_mapping(LayerRole::Hamlets, fields);
    EXPECT_EQ(mapped(m, "population"), "dan_so");
    // "ten" is both the hamlet name and nothing else: no double use.
    const FieldMapping m2 =
        guess_field_mapping(LayerRole::Ward, std::vector<std::string>{"ma", "ten"});
    EXPECT_EQ(mapped(m2, "name"), "ten");
    EXPECT_EQ(mapped(m2, "code"), "ma");
}

TEST(FieldMapping, SingleLettersOnlyMatchExactly) {
    // "h" is a plausible height column, but "hang_muc" must not be taken for it.
    const FieldMapping m =
        guess_field_mapping(LayerRole::Sites, std::vector<std::string>{"id", "hang_muc"});
    EXPECT_EQ(mapped(m, "height_m"), "<none>");
    EXPECT_EQ(missing_required_fields(LayerRole::Sites, m), std::vector<std::string>{"height_m"});
}

TEST(FieldMapping, OverridesReplaceGuessesAndValidate) {
    const std::vector<std::string> fields = {"ID", "DoCao", "H_cot", "Loai"};
    FieldMapping m = guess_field_mapping(LayerRole::Sites, fields);
    EXPECT_EQ(mapped(m, "height_m"), "<none>");
    const std::vector<std::string> ov = {"height_m=DoCao",
                                         "technology=loai"};  // case-insensitive column
    ASSERT_TRUE(apply_mapping_overrides(LayerRole::Sites, fields, ov, m).has_value());
    EXPECT_EQ(mapped(m, "height_m"), "DoCao");
    EXPECT_EQ(mapped(m, "technology"), "Loai");

    auto bad_attr = apply_mapping_overrides(LayerRole::Sites, fields,
                                            std::vector<std::string>{"heigth=DoCao"}, m);
    ASSERT_FALSE(bad_attr.has_value());
    EXPECT_NE(bad_attr.error().find("'heigth' is not an attribute of role 'sites'"),
              std::string::npos);
    auto bad_col = apply_mapping_overrides(LayerRole::Sites, fields,
                                           std::vector<std::string>{"height_m=Cao"}, m);
    ASSERT_FALSE(bad_col.has_value());
    EXPECT_NE(bad_col.error().find("column 'Cao'"), std::string::npos);
    auto bad_form =
        apply_mapping_overrides(LayerRole::Sites, fields, std::vector<std::string>{"height_m"}, m);
    ASSERT_FALSE(bad_form.has_value());

    // An empty column removes the attribute.
    ASSERT_TRUE(apply_mapping_overrides(LayerRole::Sites, fields,
                                        std::vector<std::string>{"technology="}, m));
    EXPECT_EQ(mapped(m, "technology"), "<none>");
}

TEST(FieldMapping, StringRoundTrip) {
    FieldMapping m{{"height_m", "Độ cao"}, {"site_id", "Mã trạm"}};
    EXPECT_EQ(mapping_from_string(mapping_to_string(m)), m);
}
