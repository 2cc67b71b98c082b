// Map styles: defaults, ordering, completion of older stored styles, colours, labels.

#include <gtest/gtest.h>

#include "core/map_style.h"

using namespace covplan::core;

TEST(MapStyle, DefaultsHoldEveryLayerOnceWithPointsOnTop) {
    const MapStyle s = MapStyle::defaults();
    ASSERT_EQ(s.layers.size(), static_cast<std::size_t>(kMapLayerCount));
    for (int i = 0; i < kMapLayerCount; ++i)
        EXPECT_GE(s.position(static_cast<MapLayerId>(i)), 0) << i;
    // Areas under lines under points: hamlets below roads below sites (top).
    EXPECT_LT(s.position(MapLayerId::Hamlets), s.position(MapLayerId::Roads));
    EXPECT_EQ(s.position(MapLayerId::Sites), kMapLayerCount - 1);
    EXPECT_FALSE(s.style(MapLayerId::TowerUpgrades).visible);  // needs the co-location run
    EXPECT_EQ(s.style(MapLayerId::Hamlets).label_field, "name");
}

TEST(MapStyle, MoveStopsAtTheEnds) {
    MapStyle s = MapStyle::defaults();
    EXPECT_FALSE(s.move(MapLayerId::Sites, +1));  // already on top
    EXPECT_TRUE(s.move(MapLayerId::Sites, -1));
    EXPECT_EQ(s.position(MapLayerId::Sites), kMapLayerCount - 2);
    EXPECT_TRUE(s.move(MapLayerId::Ward, -100));
    EXPECT_EQ(s.position(MapLayerId::Ward), 0);
    EXPECT_EQ(s.layers.size(), static_cast<std::size_t>(kMapLayerCount));
}

TEST(MapStyle, CompleteAddsMissingLayersNextToTheirDefaultNeighbours) {
    MapStyle s = MapStyle::defaults();
    std::erase_if(s.layers, [](const StyledLayer& l) { return l.id == MapLayerId::TowerUpgrades; });
    s.style(MapLayerId::Ward).colour = {1, 2, 3, 255};
    s.complete();
    MapStyle expected = MapStyle::defaults();
    expected.style(MapLayerId::Ward).colour = {1, 2, 3, 255};
    EXPECT_EQ(s, expected);
}

TEST(MapStyle, ColoursRoundTripThroughHex) {
    const Rgba c{200, 80, 40, 255};
    EXPECT_EQ(c.hex(), "#c85028");
    EXPECT_EQ(Rgba::from_hex("#c85028"), c);
    EXPECT_EQ(Rgba::from_hex("#c8502880")->a, 0x80);
    EXPECT_FALSE(Rgba::from_hex("red"));
    EXPECT_FALSE(Rgba::from_hex("#c8502"));
    EXPECT_FALSE(Rgba::from_hex("#gg0000"));
}

TEST(MapStyle, LabelsComeFromTheFeaturesFields) {
    PlanLayers p;
    Site s;
    s.site_id = "LM-01";
    s.operator_name = "VNPT";
    s.technology = Technology::Nr5G;
    s.height_m = 42;
    p.sites.push_back(s);
    p.hamlets.push_back({"Khu vực 3", "KV3", 2541, 726, {}});
    EXPECT_EQ(feature_label(p, MapLayerId::Sites, 0, "site_id"), "LM-01");
    EXPECT_EQ(feature_label(p, MapLayerId::Sites, 0, "operator"), "VNPT");
    EXPECT_EQ(feature_label(p, MapLayerId::Sites, 0, "technology"), "5G");
    EXPECT_EQ(feature_label(p, MapLayerId::Sites, 0, "height_m"), "42 m");
    EXPECT_EQ(feature_label(p, MapLayerId::Hamlets, 0, "population"), "2541");
    EXPECT_EQ(feature_label(p, MapLayerId::Hamlets, 0, "name"), "Khu vực 3");
    EXPECT_EQ(feature_label(p, MapLayerId::Hamlets, 1, "name"), "");  // no such feature
    for (int i = 0; i < kMapLayerCount; ++i)
        EXPECT_FALSE(label_fields(static_cast<MapLayerId>(i)).empty());
}

TEST(MapStyle, LayerExtentCoversOnlyThatLayer) {
    PlanLayers p;
    Site s;
    s.location = {100, 200};
    p.sites.push_back(s);
    p.roads.push_back({"r", "national", {{{0, 0}, {1000, 50}}}});
    const Extent e = layer_extent(p, MapLayerId::Sites);
    EXPECT_DOUBLE_EQ(e.min_x, 100);
    EXPECT_DOUBLE_EQ(e.max_y, 200);
    EXPECT_DOUBLE_EQ(layer_extent(p, MapLayerId::Roads).max_x, 1000);
    EXPECT_TRUE(layer_extent(p, MapLayerId::Ward).empty());
}
