#include <gtest/gtest.h>

#include "core/role_guess.h"

using namespace covplan::core;

TEST(RoleGuess, FromLayerNameAndGeometry) {
    const std::vector<std::string> none;
    EXPECT_EQ(guess_role("ranh_gioi_phuong", GeometryKind::Polygon, none), LayerRole::Ward);
    EXPECT_EQ(guess_role("Khu vực", GeometryKind::Polygon, none), LayerRole::Hamlets);
    EXPECT_EQ(guess_role("ap_long_tri", GeometryKind::Polygon, none), LayerRole::Hamlets);
    EXPECT_EQ(guess_role("tram_bts", GeometryKind::Point, none), LayerRole::Sites);
    EXPECT_EQ(guess_role("cap_quang_vnpt", GeometryKind::Line, none), LayerRole::Fiber);
    EXPECT_EQ(guess_role("giao_thong", GeometryKind::Line, none), LayerRole::Roads);
    EXPECT_EQ(guess_role("song_kenh", GeometryKind::Line, none), LayerRole::Waterways);
    EXPECT_EQ(guess_role("truong_hoc", GeometryKind::Point, none), LayerRole::Poi);
    // A "sites" name on polygons does not make them sites.
    EXPECT_NE(guess_role("sites", GeometryKind::Polygon, none), LayerRole::Sites);
}

TEST(RoleGuess, TablesFromColumns) {
    const std::vector<std::string> cols = {"Mã trạm", "Độ cao", "Kinh độ", "Vĩ độ"};
    EXPECT_EQ(guess_role("Sheet1", std::nullopt, cols), LayerRole::Sites);
    EXPECT_FALSE(guess_role("Sheet1", std::nullopt, std::vector<std::string>{"a", "b"}));
}
