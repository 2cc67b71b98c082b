#include <gtest/gtest.h>

#include "core/plan_validation.h"

using namespace covplan::core;

namespace {
Ward square_ward(double size_m, double population) {
    Ward w;
    w.name = "test";
    w.population = population;
    Polygon p;
    bg::read_wkt("POLYGON((0 0,0 " + std::to_string(size_m) + "," + std::to_string(size_m) + " " +
                     std::to_string(size_m) + "," + std::to_string(size_m) + " 0,0 0))",
                 p);
    w.area.push_back(p);
    return w;
}
Site site(const std::string& id, double x, double y) {
    Site s;
    s.site_id = id;
    s.location = Point(x, y);
    return s;
}
}  // namespace

TEST(PlanValidation, DuplicateSiteIds) {
    PlanLayers plan;
    plan.sites = {site("VT-01", 1, 1), site("VT-02", 2, 2), site("VT-01", 3, 3)};
    auto issues = validate_plan(plan);
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].severity, Severity::Error);
    EXPECT_EQ(issues[0].layer, "sites");
    EXPECT_EQ(issues[0].feature, "site_id VT-01");
}

TEST(PlanValidation, SiteOutsideWardReportsDistance) {
    PlanLayers plan;
    plan.ward.push_back(square_ward(1000, 0));
    plan.sites = {site("IN", 500, 500), site("OUT", 1300, 500)};  // 300 m east of the edge
    auto issues = validate_plan(plan);
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].severity, Severity::Warning);
    EXPECT_EQ(issues[0].feature, "site_id OUT");
    EXPECT_NE(issues[0].message.find("300 m outside"), std::string::npos) << issues[0].message;
}

TEST(PlanValidation, HamletPopulationsMustAddUpToTheWard) {
    PlanLayers plan;
    plan.ward.push_back(square_ward(1000, 35865));
    plan.hamlets = {Hamlet{"KV1", "", 20000, 0, {}}, Hamlet{"KV2", "", 15865, 0, {}}};
    EXPECT_TRUE(validate_plan(plan).empty());
    plan.hamlets[1].population = 10000;
    auto issues = validate_plan(plan);
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_NE(issues[0].message.find("30000"), std::string::npos);
    EXPECT_NE(issues[0].message.find("35865"), std::string::npos);
}

TEST(PlanValidation, IssueFormatNamesFileLayerFeature) {
    Issue i{Severity::Error, "sites.csv", "sites", "FID 3 (site_id VT-01)",
            "antenna height 'abc' is not a number"};
    EXPECT_EQ(format_issue(i),
              "error: sites.csv, layer 'sites', FID 3 (site_id VT-01): antenna height 'abc' is not "
              "a number");
}

TEST(IssueGroups, SameFindingOnManyRowsIsOneLineAndErrorsComeFirst) {
    using covplan::core::Issue;
    using covplan::core::Severity;
    std::vector<Issue> issues;
    for (int i = 0; i < 7; ++i)
        issues.push_back({Severity::Warning, "tram.csv", "tram", "FID " + std::to_string(i + 1),
                          "radio template filled the power"});
    issues.push_back({Severity::Error, "tram.csv", "tram", "FID 9 (site_id A)",
                      "longitude and latitude look swapped"});
    issues.push_back({Severity::Info, "tram.csv", "tram", "", "read as Windows-1258"});
    const auto groups = covplan::core::group_issues(issues);
    ASSERT_EQ(groups.size(), 3u);
    EXPECT_EQ(groups[0].first.severity, Severity::Error);
    EXPECT_EQ(groups[1].features.size(), 7u);
    EXPECT_EQ(covplan::core::format_issue_group(groups[0]),
              "error: tram.csv, layer 'tram', FID 9 (site_id A): longitude and latitude look "
              "swapped");
    EXPECT_EQ(covplan::core::format_issue_group(groups[1], 3),
              "warning: tram.csv, layer 'tram': 7 rows: radio template filled the power (FID 1, "
              "FID 2, FID 3 and 4 more)");
    EXPECT_EQ(groups[2].first.severity, Severity::Info);
    // A layer-wide remark met several times names no rows.
    const auto gdal = covplan::core::group_issues(
        {{Severity::Error, "k.shp", "k", "", "GDAL: Non closed ring detected"},
         {Severity::Error, "k.shp", "k", "", "GDAL: Non closed ring detected"}});
    ASSERT_EQ(gdal.size(), 1u);
    EXPECT_EQ(covplan::core::format_issue_group(gdal[0]),
              "error: k.shp, layer 'k': GDAL: Non closed ring detected (2 times)");
}
