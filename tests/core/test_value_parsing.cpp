#include <gtest/gtest.h>

#include "core/radio/band_table.h"
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
    EXPECT_EQ(parse_status("Hiện hữu"), StatusWord::Existing);
    EXPECT_EQ(parse_status("Đang phát sóng"), StatusWord::Existing);
    EXPECT_EQ(parse_status("ĐANG HOẠT ĐỘNG"), StatusWord::Existing);
    EXPECT_EQ(parse_status("Dự kiến"), StatusWord::Proposed);
    EXPECT_EQ(parse_status("quy hoạch mới"), StatusWord::Proposed);
    EXPECT_EQ(parse_status("Kế hoạch 2026"), StatusWord::Proposed);
    EXPECT_EQ(parse_status("On air"), StatusWord::Existing);
    EXPECT_EQ(parse_status("Ngừng phát sóng"), StatusWord::OutOfService);
    EXPECT_EQ(parse_status("Tạm dừng"), StatusWord::OutOfService);
    EXPECT_EQ(parse_status("decommissioned"), StatusWord::OutOfService);
    EXPECT_FALSE(parse_status("?"));
    EXPECT_FALSE(parse_status("xanh"));

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

TEST(BandTable, NamesNominalMhzAndFrequencies) {
    // 3GPP TS 36.101 Table 5.5-1: B1 DL 2110-2170, B3 1805-1880, B8 925-960, B28
    // 758-803 MHz; TS 38.104 Table 5.2-1: n78 3300-3800, n41 2496-2690, n1 2110-2170.
    auto freq = [](std::string_view text, std::optional<Technology> t) {
        auto r = read_band(text, t);
        return r ? r->freq_mhz : -1.0;
    };
    auto name = [](std::string_view text, std::optional<Technology> t) {
        auto r = read_band(text, t);
        return r ? std::string(r->band->name) : std::string("?");
    };
    EXPECT_DOUBLE_EQ(freq("B3", std::nullopt), 1842.5);
    EXPECT_DOUBLE_EQ(freq("n78", std::nullopt), 3550.0);
    EXPECT_EQ(name("Band 3", Technology::Lte4G), "B3");
    // A "Băng tần (MHz)" column: the nominal MHz, read with the site's technology.
    EXPECT_EQ(name("2100", Technology::Lte4G), "B1");
    EXPECT_DOUBLE_EQ(freq("2100", Technology::Lte4G), 2140.0);
    EXPECT_EQ(name("1800", Technology::Lte4G), "B3");
    EXPECT_EQ(name("1800", Technology::Nr5G), "n3");
    EXPECT_EQ(name("3500", Technology::Nr5G), "n78");
    EXPECT_EQ(name("3500", std::nullopt), "n78");  // only NR has it
    EXPECT_EQ(name("2600", Technology::Nr5G), "n41");
    EXPECT_EQ(name("900 MHz", Technology::Lte4G), "B8");
    EXPECT_EQ(name("700", Technology::Lte4G), "B28");
    EXPECT_EQ(name("L1800", std::nullopt), "B3");
    EXPECT_EQ(name("LTE 2100", std::nullopt), "B1");
    EXPECT_EQ(name("NR3500", std::nullopt), "n78");
    // A frequency inside a band is kept as the carrier's frequency.
    EXPECT_EQ(name("1842.5", Technology::Lte4G), "B3");
    EXPECT_DOUBLE_EQ(freq("1845", Technology::Lte4G), 1845.0);
    EXPECT_EQ(name("B99", std::nullopt), "?");
    EXPECT_EQ(name("1234", Technology::Lte4G), "?");
    EXPECT_EQ(name("xanh", std::nullopt), "?");
}
