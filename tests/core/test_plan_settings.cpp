#include <gtest/gtest.h>

#include "core/plan_settings.h"

using namespace covplan::core;

TEST(PlanSettings, DefaultsAreTheLongMyPlanTargets) {
    // Long My ward digital-infrastructure plan 2025-2030: 5G sites >= 50% of 4G sites
    // by 2026; 5G covers 100% of the population by 2030; 1 Gb/s fiber for >= 50% of
    // users by 2026 and 100% by 2030.
    const PlanSettings s;
    EXPECT_DOUBLE_EQ(s.targets.ratio_5g_to_4g_sites, 0.5);
    EXPECT_EQ(s.targets.ratio_target_year, 2026);
    EXPECT_DOUBLE_EQ(s.targets.population_5g_share, 1.0);
    EXPECT_EQ(s.targets.population_5g_target_year, 2030);
    EXPECT_DOUBLE_EQ(s.rsrp_threshold_4g_dbm, -105.0);
    EXPECT_DOUBLE_EQ(s.rsrp_threshold_5g_dbm, -110.0);
    EXPECT_DOUBLE_EQ(s.fiber_drop_reach_m, 200.0);
}

TEST(PlanSettings, KeyValueRoundTripIsExact) {
    PlanSettings s;
    s.resolution_m = 7.5;
    s.rsrp_threshold_5g_dbm = -112.25;
    s.propagation_model = "tr38901";
    s.targets.population_5g_share = 0.99;
    s.targets.population_5g_target_year = 2029;
    auto back = settings_from_key_values(settings_to_key_values(s));
    ASSERT_TRUE(back);
    EXPECT_EQ(settings_to_key_values(*back), settings_to_key_values(s));
    EXPECT_DOUBLE_EQ(back->rsrp_threshold_5g_dbm, -112.25);
    EXPECT_EQ(back->targets.population_5g_target_year, 2029);
}

TEST(PlanSettings, BadValuesNameTheKey) {
    auto r = settings_from_key_values({{"resolution_m", "ten"}});
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().find("resolution_m"), std::string::npos);
    EXPECT_FALSE(settings_from_key_values({{"resolution_m", "-5"}}));
    // Unknown keys (from a newer covplan) are ignored.
    EXPECT_TRUE(settings_from_key_values({{"future.setting", "1"}}));
}
