// Measurements in core (issue 15): error statistics, the calibration's effect on a
// distance law, the least-squares fit with its cross-validation and guard rails,
// serving-cell matching and the measured KPIs, each on data whose answer is known.
#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "core/coverage/cell.h"
#include "core/measure/calibration_fit.h"
#include "core/measure/measured_kpis.h"
#include "core/measure/prediction_error.h"
#include "core/measure/serving_match.h"
#include "core/propagation/model_calibration.h"

using namespace covplan::core;

TEST(PredictionError, HandExample) {
    // Errors 2, -1, 5, 0 -> mean 1.5, |mean| 2, RMSE sqrt(30/4), std sqrt(RMSE^2 - 1.5^2).
    const std::vector<double> predicted{-80, -91, -95, -100};
    const std::vector<double> measured{-82, -90, -100, -100};
    const ErrorStats s = error_stats(predicted, measured);
    EXPECT_EQ(s.n, 4u);
    EXPECT_DOUBLE_EQ(s.mean_error_db, 1.5);
    EXPECT_DOUBLE_EQ(s.mean_abs_error_db, 2.0);
    EXPECT_NEAR(s.rmse_db, std::sqrt(30.0 / 4), 1e-12);
    EXPECT_NEAR(s.std_db, std::sqrt(30.0 / 4 - 2.25), 1e-12);
    EXPECT_GT(s.correlation, 0.9);
    EXPECT_EQ(error_stats({}, {}).n, 0u);
}

TEST(ModelCalibration, ShiftsEveryLawByOffsetAndSlope) {
    CoverageOptions o;
    for (double f : {1800.0, 3500.0}) {  // COST-231 (log law) and TR 38.901 (table)
        const DistanceLossLaw law = make_distance_law(o, f, 30.0);
        const DistanceLossLaw cal = calibrated(law, {4.0, -6.0, 100});
        for (double d : {150.0, 1000.0, 3000.0, 10000.0}) {
            const double want = law.loss_db(d) + 4.0 - 6.0 * std::log10(d / 1000.0);
            EXPECT_NEAR(cal.loss_db(d), want, 0.05) << f << " MHz at " << d << " m";
        }
        EXPECT_NE(cal.model_name.find("calibrated"), std::string::npos);
    }
}

TEST(ModelCalibration, BuildCellsUsesTheSiteTermElseTheGlobal) {
    Site a, b;
    a.site_id = "A";
    b.site_id = "B";
    b.location = Point(1000, 0);
    auto cal = std::make_shared<ModelCalibration>();
    cal->by = "cell";
    cal->global = {3.0, 0.0, 10};
    cal->by_site["A"] = {-2.0, 0.0, 10};
    CoverageOptions plain, tuned;
    tuned.calibration = cal;
    const auto p = build_cells({a, b}, plain), t = build_cells({a, b}, tuned);
    ASSERT_EQ(t.cells.size(), 2u);
    EXPECT_NEAR(t.cells[0].law.loss_db(2000) - p.cells[0].law.loss_db(2000), -2.0, 1e-9);
    EXPECT_NEAR(t.cells[1].law.loss_db(2000) - p.cells[1].law.loss_db(2000), 3.0, 1e-9);
}

namespace {

// Samples on a 10 x 10 km area whose error is offset + slope log10(d_km) + noise.
std::vector<ComparedSample> synthetic(double offset, double slope, double noise_db,
                                      std::size_t n = 4000) {
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> u(0, 10000), logd(2.0, 3.9);
    std::normal_distribution<double> z(0, noise_db);
    std::vector<ComparedSample> out;
    for (std::size_t i = 0; i < n; ++i) {
        ComparedSample s;
        s.location = Point(u(rng), u(rng));
        s.distance_m = std::pow(10.0, logd(rng));
        s.site_id = i % 2 ? "A" : "B";
        s.measured_dbm = -90;
        s.predicted_dbm = -90 + offset + slope * std::log10(s.distance_m / 1000.0) + z(rng);
        out.push_back(s);
    }
    return out;
}

}  // namespace

TEST(CalibrationFit, RecoversAKnownOffsetAndSlopeCrossValidated) {
    const auto samples = synthetic(6.0, 10.0, 3.0);
    CalibrationOptions o;
    auto r = fit_calibration(samples, o);
    ASSERT_TRUE(r) << r.error();
    EXPECT_NEAR(r->calibration.global.offset_db, 6.0, 0.3);
    EXPECT_NEAR(r->calibration.global.slope_db_per_decade, 10.0, 0.5);
    EXPECT_GT(r->before.rmse_db, 6.0);
    // What is left is the noise: the cross-validated RMSE is close to 3 dB, not 0.
    EXPECT_NEAR(r->after.rmse_db, 3.0, 0.25);
    EXPECT_EQ(r->folds, 10);
    EXPECT_EQ(r->blocks, 100u);
}

TEST(CalibrationFit, GuardRails) {
    // Every sample within 300-600 m: less than a decade, so no slope is fitted.
    auto samples = synthetic(5.0, 0.0, 2.0);
    for (auto& s : samples) s.distance_m = 300 + std::fmod(s.location.x(), 300.0);
    CalibrationOptions o;
    o.scope = CalibrationScope::Cell;
    auto r = fit_calibration(samples, o);
    ASSERT_TRUE(r);
    EXPECT_DOUBLE_EQ(r->calibration.global.slope_db_per_decade, 0.0);
    EXPECT_NEAR(r->calibration.global.offset_db, 5.0, 0.2);
    bool said = false;
    for (const auto& n : r->notes) said = said || n.find("offset only") != std::string::npos;
    EXPECT_TRUE(said);
    // A site with 20 samples keeps the global fit, and the note says so.
    auto few = synthetic(5.0, 0.0, 2.0, 1000);
    for (std::size_t i = 0; i < 20; ++i) few[i].site_id = "RARE";
    for (std::size_t i = 20; i < few.size(); ++i) few[i].site_id = "A";
    r = fit_calibration(few, o);
    ASSERT_TRUE(r);
    EXPECT_FALSE(r->calibration.by_site.contains("RARE"));
    said = false;
    for (const auto& n : r->notes)
        said = said || (n.find("RARE") != std::string::npos &&
                        n.find("global fit used") != std::string::npos);
    EXPECT_TRUE(said);
    // One block: no cross-validation possible, refused.
    auto one = synthetic(5.0, 0.0, 2.0, 200);
    for (auto& s : one) s.location = Point(10, 10);
    EXPECT_FALSE(fit_calibration(one, o));
}

TEST(ServingMatch, ByIdCellIdEciAndPositionOnTheSameBand) {
    Site a, b, c;
    a.site_id = "VTL-1";
    a.freq_mhz = 1842.5;  // B3
    a.location = Point(0, 0);
    b.site_id = "100";
    b.freq_mhz = 1842.5;
    b.location = Point(5000, 0);
    c.site_id = "VTL-1-5G";
    c.technology = Technology::Nr5G;
    c.freq_mhz = 3500;  // n78, same mast
    c.location = Point(0, 0);
    std::vector<Measurement> m(7);
    std::vector<std::optional<Point>> xy(7);
    m[0].serving_site_id = "VTL-1";
    m[1].serving_site_id = "VTL-1/2";                      // a cell of VTL-1
    m[2].serving_site_id = std::to_string(100 * 256 + 3);  // ECI of eNB 100, cell 3
    m[3].freq_mhz = 3550;                                  // n78 at the mast: the 5G site
    xy[3] = Point(40, 30);
    m[4].freq_mhz = 1815;  // B3 at the mast: the 4G site
    xy[4] = Point(40, 30);
    m[5].freq_mhz = 1815;
    xy[5] = Point(300, 0);  // 300 m from any site: unmatched
    const ServingMatch r = match_serving_sites(m, xy, {a, b, c});
    EXPECT_EQ(r.site, (std::vector<int>{0, 0, 1, 2, 0, -1, -1}));
    EXPECT_EQ(r.by_id, 3u);
    EXPECT_EQ(r.by_position, 2u);
    EXPECT_EQ(r.unmatched, 1u);
    EXPECT_EQ(r.unknown, 1u);
    ASSERT_EQ(r.unmatched_examples.size(), 1u);
    EXPECT_NE(r.unmatched_examples[0].find("sample 6"), std::string::npos);
    // A proposal is not on air: it serves nothing, by id or by position.
    Site planned = a;
    planned.site_id = "PLAN-1";
    planned.status = SiteStatus::Proposed;
    std::vector<Measurement> p(2);
    p[0].serving_site_id = "PLAN-1";
    p[1].freq_mhz = 1815;
    const ServingMatch q = match_serving_sites(p, {std::nullopt, Point(10, 0)}, {planned});
    EXPECT_EQ(q.site, (std::vector<int>{-1, -1}));
    EXPECT_EQ(q.unmatched, 2u);
}

TEST(MeasuredKpis, KnownShares) {
    // A 2 x 1 km ward, two khu vực halves; 10 samples, 7 in the west half.
    const MultiPolygon ward{{{{0, 0}, {0, 1000}, {2000, 1000}, {2000, 0}, {0, 0}}}};
    const MultiPolygon west{{{{0, 0}, {0, 1000}, {1000, 1000}, {1000, 0}, {0, 0}}}};
    const MultiPolygon east{{{{1000, 0}, {1000, 1000}, {2000, 1000}, {2000, 0}, {1000, 0}}}};
    std::vector<Ward> w{{"W", "", 0, ward}};
    std::vector<Hamlet> h{{"Tây", "", 0, 0, west}, {"Đông", "", 0, 0, east}};
    std::vector<Measurement> s(10);
    MeasuredKpiInputs in;
    in.samples = &s;
    in.ward = &w;
    in.hamlets = &h;
    in.layer.assign(10, TechLayer::Lte4G);
    in.predicted_dbm[0].assign(10, -100.0);  // all predicted above -105
    in.predicted_dbm[1].assign(10, std::nan(""));
    for (int i = 0; i < 10; ++i) {
        s[i].location = Point(i < 7 ? 500 : 1500, 500);
        s[i].rsrp_dbm = i < 4 ? -95 : -110;  // 4 at the threshold, all in the west
        s[i].throughput_mbps = i < 5 ? 10.0 : kNotMeasured;
    }
    in.baseline_mbps = 4;
    const MeasuredKpis k = measured_kpis(in);
    ASSERT_EQ(k.shares.size(), 3u);  // ward 4G, Tây 4G, Đông 4G (no 5G samples)
    EXPECT_EQ(k.shares[0].area, "");
    EXPECT_DOUBLE_EQ(k.shares[0].measured_share, 0.4);
    EXPECT_DOUBLE_EQ(k.shares[0].predicted_share, 1.0);
    EXPECT_EQ(k.shares[1].area, "Tây");
    EXPECT_DOUBLE_EQ(k.shares[1].measured_share, 4.0 / 7.0);
    EXPECT_EQ(k.shares[2].samples, 3u);
    EXPECT_DOUBLE_EQ(k.shares[2].measured_share, 0.0);
    EXPECT_EQ(k.throughput_samples, 5u);
    EXPECT_DOUBLE_EQ(k.mean_throughput_mbps, 10.0);
    EXPECT_DOUBLE_EQ(k.target_mbps, 8.0);
    EXPECT_TRUE(k.throughput_met());
}
