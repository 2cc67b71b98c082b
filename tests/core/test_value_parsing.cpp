#include <gtest/gtest.h>

#include "core/value_parsing.h"

using namespace covplan::core;

TEST(ValueParsing, Numbers) {
    EXPECT_EQ(parse_number("35"), 35.0);
    EXPECT_EQ(parse_number(" 35,5 "), 35.5);  // Vietnamese decimal comma
    EXPECT_EQ(parse_number("42 m"), 42.0);
    EXPECT_EQ(parse_number("43dBm"), 43.0);
    EXPECT_EQ(parse_number("-3"), -3.0);
    EXPECT_FALSE(parse_number(""));
    EXPECT_FALSE(parse_number("abc"));
    EXPECT_FALSE(parse_number("12.3.4"));
    EXPECT_FALSE(parse_number("5-7"));
    EXPECT_FALSE(parse_number("nan"));
}

TEST(ValueParsing, Azimuths) {
    EXPECT_EQ(*parse_azimuths("0;120;240"), (std::vector<double>{0, 120, 240}));
    EXPECT_EQ(*parse_azimuths("10/130/250"), (std::vector<double>{10, 130, 250}));
    EXPECT_EQ(*parse_azimuths("360, 90"), (std::vector<double>{0, 90}));
    EXPECT_TRUE(parse_azimuths("")->empty());
    EXPECT_FALSE(parse_azimuths("0;400"));
    EXPECT_FALSE(parse_azimuths("north"));
}

TEST(ValueParsing, Technology) {
    EXPECT_EQ(parse_technology("4G", ""), Technology::Lte4G);
    EXPECT_EQ(parse_technology("LTE", ""), Technology::Lte4G);
    EXPECT_EQ(parse_technology("L1800", ""), Technology::Lte4G);
    EXPECT_EQ(parse_technology("5G NR", ""), Technology::Nr5G);
    EXPECT_EQ(parse_technology("NR", ""), Technology::Nr5G);
    EXPECT_EQ(parse_technology("", "n78"), Technology::Nr5G);
    EXPECT_EQ(parse_technology("", "B3"), Technology::Lte4G);
    EXPECT_FALSE(parse_technology("3G", ""));
    EXPECT_FALSE(parse_technology("", ""));
}

TEST(ValueParsing, StatusPlacementCategory) {
    EXPECT_EQ(parse_status("Hiện hữu"), SiteStatus::Existing);
    EXPECT_EQ(parse_status("Dự kiến"), SiteStatus::Proposed);
    EXPECT_EQ(parse_status("quy hoạch mới"), SiteStatus::Proposed);
    EXPECT_EQ(parse_status("On air"), SiteStatus::Existing);
    EXPECT_FALSE(parse_status("?"));

    EXPECT_EQ(parse_placement("Cáp ngầm"), CablePlacement::Underground);
    EXPECT_EQ(parse_placement("Cáp treo"), CablePlacement::Aerial);
    EXPECT_EQ(parse_placement("underground"), CablePlacement::Underground);
    EXPECT_EQ(parse_placement("x"), CablePlacement::Unknown);

    EXPECT_EQ(parse_poi_category("Trường học"), PoiCategory::School);
    EXPECT_EQ(parse_poi_category("Trường THCS Thuận An"), PoiCategory::School);
    EXPECT_EQ(parse_poi_category("Trạm Y tế"), PoiCategory::Health);
    EXPECT_EQ(parse_poi_category("Chợ"), PoiCategory::Market);
    EXPECT_EQ(parse_poi_category("UBND phường"), PoiCategory::Admin);
    EXPECT_EQ(parse_poi_category("Bến xe"), PoiCategory::TransportHub);
    EXPECT_EQ(parse_poi_category("Cụm công nghiệp"), PoiCategory::Industrial);
    EXPECT_EQ(parse_poi_category("Khu công nghệ cao"), PoiCategory::HighTech);
    EXPECT_EQ(parse_poi_category("Di tích"), PoiCategory::CultureTourism);
    EXPECT_EQ(parse_poi_category("school"), PoiCategory::School);
    EXPECT_EQ(parse_poi_category("marketplace"), PoiCategory::Market);
    EXPECT_FALSE(parse_poi_category("bãi đất trống"));
}

TEST(ValueParsing, BandCentres) {
    // 3GPP TS 36.101 Table 5.5-1: band 3 DL 1805-1880 MHz; TS 38.104: n78 3300-3800 MHz.
    EXPECT_DOUBLE_EQ(*band_centre_freq_mhz("B3"), 1842.5);
    EXPECT_DOUBLE_EQ(*band_centre_freq_mhz("n78"), 3550.0);
    EXPECT_FALSE(band_centre_freq_mhz("B99"));
}
