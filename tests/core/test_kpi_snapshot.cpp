// Dated KPI snapshots: the series behind the yearly progress report.
#include <gtest/gtest.h>

#include "core/analysis/kpi_snapshot.h"

using namespace covplan::core;

TEST(KpiSnapshot, IsoDatesAreRealCalendarDates) {
    EXPECT_TRUE(is_iso_date("2026-12-15"));
    EXPECT_TRUE(is_iso_date("2024-02-29"));   // leap year
    EXPECT_TRUE(is_iso_date("2000-02-29"));   // divisible by 400
    EXPECT_FALSE(is_iso_date("2026-02-29"));  // not a leap year
    EXPECT_FALSE(is_iso_date("1900-02-29"));  // divisible by 100
    EXPECT_FALSE(is_iso_date("2026-13-01"));
    EXPECT_FALSE(is_iso_date("2026-04-31"));
    EXPECT_FALSE(is_iso_date("15/12/2026"));
    EXPECT_FALSE(is_iso_date("2026-1-5"));
    EXPECT_FALSE(is_iso_date(""));
}

TEST(KpiSnapshot, SameDateReplacesAndPreviousIsTheLatestEarlierDate) {
    std::vector<KpiSnapshot> snaps;
    Kpi pop5g{"population_5g",     "5G", "5G", 0.543, "share", 1.0, 2030,
              KpiMissing::Nothing, 0,    0,    "",    true};
    Kpi ratio{"ratio_5g_4g_sites", "r", "r", 0.17, "ratio", 0.5, 2026,
              KpiMissing::Nothing, 0,   0,   "",   true};
    record_snapshot(snaps, "2026-12-10", {pop5g, ratio});
    pop5g.value = 0.40;
    record_snapshot(snaps, "2025-12-10", {pop5g});
    pop5g.value = 0.60;
    record_snapshot(snaps, "2026-12-10", {pop5g, ratio});  // a correction, not a duplicate
    ASSERT_EQ(snaps.size(), 3u);
    EXPECT_EQ(snaps.front().date, "2025-12-10");  // sorted by date
    EXPECT_DOUBLE_EQ(*snapshot_value(snaps, "2026-12-10", "population_5g"), 0.60);
    EXPECT_FALSE(snapshot_value(snaps, "2025-12-10", "ratio_5g_4g_sites"));
    EXPECT_EQ(previous_snapshot_date(snaps, "2026-12-10"), "2025-12-10");
    EXPECT_EQ(previous_snapshot_date(snaps, "2027-01-01"), "2026-12-10");
    EXPECT_FALSE(previous_snapshot_date(snaps, "2025-12-10"));
    const auto history = kpi_history(snaps, "population_5g");
    ASSERT_EQ(history.size(), 2u);
    EXPECT_DOUBLE_EQ(history[0].second, 0.40);
    EXPECT_DOUBLE_EQ(history[1].second, 0.60);
}
