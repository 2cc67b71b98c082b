// The path profile against closed forms: a flat profile's clearance is the line of
// sight minus the Earth bulge d1·d2/(2kR) (minus the F1 radius for the Fresnel
// clearance); a single knife edge gives ITU-R P.526-15's J(nu).

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "core/propagation/free_space.h"
#include "core/propagation/knife_edge.h"
#include "core/propagation/path_losses.h"
#include "core/propagation/path_profile.h"

using namespace covplan::core;

namespace {

PathProfileInput flat_path(double length_m, int intervals, double ground_m) {
    PathProfileInput p;
    for (int i = 0; i <= intervals; ++i) {
        p.distance_m.push_back(length_m * i / intervals);
        p.ground_m.push_back(ground_m);
    }
    return p;
}

}  // namespace

TEST(PathProfile, FlatProfileClearanceIsTheClosedForm) {
    // 20 km at 3500 MHz, masts 40 m and 10 m on a 2 m plain, k = 4/3.
    PathProfileInput p = flat_path(20000.0, 400, 2.0);
    p.tx_height_m = 40.0;
    p.rx_height_m = 10.0;
    p.freq_mhz = 3500.0;
    const PathProfile prof = analyse_path_profile(p);
    ASSERT_EQ(prof.rows.size(), 401u);
    const double R = 6371000.0, k = 4.0 / 3.0, lambda = 299792458.0 / 3500e6;
    double min_clear = 1e9;
    for (const ProfileRow& r : prof.rows) {
        const double d1 = r.distance_m, d2 = 20000.0 - d1;
        const double los = 42.0 + (12.0 - 42.0) * d1 / 20000.0;  // above the datum
        const double bulge = d1 * d2 / (2 * k * R);
        const double f1 = std::sqrt(lambda * d1 * d2 / 20000.0);
        EXPECT_NEAR(r.los_m, los, 1e-9);
        EXPECT_NEAR(r.curved_ground_m, 2.0 + bulge, 1e-9);
        EXPECT_NEAR(r.fresnel_radius_m, f1, 1e-6);
        EXPECT_NEAR(r.clearance_m, los - 2.0 - bulge, 0.05);
        EXPECT_NEAR(r.fresnel_clearance_m(), los - 2.0 - bulge - f1, 0.05);
        if (d1 > 0 && d2 > 0) min_clear = std::min(min_clear, los - 2.0 - bulge);
    }
    // Mid-path bulge 5.886 m: 10 km · 10 km / (2 · 4/3 · 6371 km).
    EXPECT_NEAR(prof.rows[200].curved_ground_m - 2.0, 5.886, 0.001);
    EXPECT_NEAR(prof.min_clearance_m, min_clear, 1e-9);
    EXPECT_TRUE(prof.line_of_sight());
}

TEST(PathProfile, ObstructionsAndSixtyPercentRule) {
    PathProfileInput p = flat_path(10000.0, 100, 0.0);
    p.tx_height_m = 30.0;
    p.rx_height_m = 30.0;
    p.freq_mhz = 1800.0;
    p.ground_m[50] = 40.0;  // a hill above the line of sight at mid-path
    p.ground_m[20] = 24.0;  // within 60 % of F1 but below the line of sight
    const PathProfile prof = analyse_path_profile(p);
    EXPECT_FALSE(prof.line_of_sight());
    EXPECT_FALSE(prof.clear_60_percent_f1());
    ASSERT_EQ(prof.obstructions.size(), 2u);
    EXPECT_DOUBLE_EQ(prof.obstructions[0].peak_distance_m, 2000.0);
    EXPECT_FALSE(prof.obstructions[0].blocks_line_of_sight);
    EXPECT_DOUBLE_EQ(prof.obstructions[1].peak_distance_m, 5000.0);
    EXPECT_TRUE(prof.obstructions[1].blocks_line_of_sight);
    EXPECT_DOUBLE_EQ(prof.min_clearance_distance_m, 5000.0);
}

// ITU-R P.526-15 4.1: nu = h sqrt(2/λ (1/d1 + 1/d2)), J(nu) (eq. 26; eq. 31 for
// nu > -0.78). An edge 1 m above the line of sight between 10 m masts, 2 km and 3 km
// from them, at 900 MHz, with k so large that the Earth is flat.
TEST(PathProfile, SingleKnifeEdgeGivesP526Loss) {
    PathProfileInput p = flat_path(5000.0, 500, 0.0);
    p.tx_height_m = 10.0;
    p.rx_height_m = 10.0;
    p.freq_mhz = 900.0;
    p.k_factor = 1e9;
    const double h_edge = 11.0;  // 1 m above the line of sight
    p.ground_m[200] = h_edge;
    const double lambda = 299.792458 / 900.0;
    const double nu = 1.0 * std::sqrt(2.0 / lambda * (1.0 / 2000.0 + 1.0 / 3000.0));
    EXPECT_NEAR(nu, 0.0707, 0.0005);  // hand value: sqrt(2/0.3331 · 8.333e-4)
    const auto losses = path_losses(p, Environment::Rural, ItmSettings{});
    const PathModelLoss* deygout = nullptr;
    for (const auto& l : losses)
        if (l.model_id == "deygout") deygout = &l;
    ASSERT_NE(deygout, nullptr);
    EXPECT_NEAR(deygout->excess_db, knife_edge_loss_exact_db(nu), 0.05);
    // By hand from the Fresnel integrals (C = 0.0707, S = 0.0002): J = 6.64 dB; eq. 31
    // gives 6.65 dB.
    EXPECT_NEAR(deygout->excess_db, 6.64, 0.05);
    EXPECT_NEAR(deygout->excess_db,
                6.9 + 20 * std::log10(std::sqrt(std::pow(nu - 0.1, 2) + 1) + nu - 0.1), 0.5);
    EXPECT_GT(deygout->excess_db, 6.02);
    EXPECT_NEAR(deygout->loss_db, free_space_loss_db(900.0, 5.0) + deygout->excess_db, 1e-9);

    // Raised to nu = 1: C(1) = 0.7799, S(1) = 0.4383, J = 13.86 dB (eq. 31: 13.93 dB).
    const double h_for_nu1 = 1.0 / std::sqrt(2.0 / lambda * (1.0 / 2000.0 + 1.0 / 3000.0));
    p.ground_m[200] = 10.0 + h_for_nu1;
    const auto losses1 = path_losses(p, Environment::Rural, ItmSettings{});
    for (const auto& l : losses1)
        if (l.model_id == "deygout") EXPECT_NEAR(l.excess_db, knife_edge_loss_exact_db(1.0), 0.05);
    EXPECT_NEAR(knife_edge_loss_exact_db(1.0), 13.86, 0.02);
}

TEST(PathProfile, EveryModelReportsOnAFlatPath) {
    PathProfileInput p = flat_path(3000.0, 300, 1.0);
    p.tx_height_m = 30.0;
    p.rx_height_m = 1.5;
    p.freq_mhz = 1800.0;
    const auto losses = path_losses(p, Environment::Suburban, ItmSettings{});
    ASSERT_EQ(losses.size(), 5u);
    EXPECT_EQ(losses[0].model_id, "fspl");
    EXPECT_NEAR(losses[0].loss_db, free_space_loss_db(1800.0, 3.0), 1e-9);
    EXPECT_EQ(losses[1].model_id, "cost231");
    EXPECT_GT(losses[1].loss_db, losses[0].loss_db + 20);
    EXPECT_EQ(losses[2].model_id, "tr38901");
    EXPECT_EQ(losses[3].model_id, "deygout");
    EXPECT_NEAR(losses[3].excess_db, 0.0, 1e-9);  // a flat plain, antennas well clear
    EXPECT_EQ(losses[4].model_id, "itm");
    ASSERT_TRUE(std::isfinite(losses[4].loss_db)) << losses[4].note;
    // ITM on a smooth plain: two-ray over good ground, near the plane-Earth law
    // 40 log d - 20 log(h1 h2) = 40·3.477 - 20·log10(45) = 106.0 dB, within a few dB.
    EXPECT_NEAR(losses[4].loss_db, 106.0, 6.0);
}
