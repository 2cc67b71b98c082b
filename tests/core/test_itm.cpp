// ITM against NTIA/ITS's published test values (github.com/NTIA/itm, commit 183ad95,
// files copied to tests/data/itm with their provenance). NTIA publishes area.csv and
// p2p.csv with results to 0.1 dB / 0.01 dB, and the outputs of its command-line driver
// examples (cmd_examples/o_*.txt) to 0.1 dB; the issue asks for 0.1 dB.

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/propagation/itm.h"
#include "core/propagation/itm_detail.h"

namespace itm = covplan::core::itm;

namespace {

const std::string kItmData = std::string(COVPLAN_TEST_DATA_DIR) + "/itm/";

std::vector<std::vector<double>> read_csv_numbers(const std::string& path, bool skip_header) {
    std::ifstream in(path);
    EXPECT_TRUE(in) << path;
    std::vector<std::vector<double>> rows;
    std::string line;
    if (skip_header) std::getline(in, line);
    while (std::getline(in, line)) {
        if (line.empty() || line == "\r") continue;
        std::vector<double> row;
        std::stringstream ss(line);
        std::string cell;
        while (std::getline(ss, cell, ',')) row.push_back(std::stod(cell));
        rows.push_back(std::move(row));
    }
    return rows;
}

itm::Environment environment(double climate, double n0, double pol, double eps, double sigma) {
    itm::Environment e;
    e.climate = static_cast<itm::Climate>(static_cast<int>(climate));
    e.n0_n_units = n0;
    e.polarization = static_cast<itm::Polarization>(static_cast<int>(pol));
    e.epsilon = eps;
    e.sigma_s_per_m = sigma;
    return e;
}

// NTIA cmd_examples/pfl.txt: 142 intervals of 25.6 m.
std::vector<double> example_profile(double* spacing_m) {
    const auto rows = read_csv_numbers(kItmData + "pfl.txt", false);
    EXPECT_EQ(rows.size(), 1u);
    *spacing_m = rows[0][1];
    return {rows[0].begin() + 2, rows[0].end()};
}

itm::PointToPointInput example_p2p_input() {
    itm::PointToPointInput in;
    in.tx_height_m = 15;
    in.rx_height_m = 3;
    in.freq_mhz = 3500;
    in.environment = environment(5, 301, 1, 15, 0.005);
    return in;
}

}  // namespace

// area.csv: h_tx, h_rx, delta_h, mdvar, d_km, tx siting, rx siting, epsilon, sigma, N_0,
// f, pol, climate, time, location, situation, A__db.
TEST(Itm, AreaModeMatchesNtiaTestValues) {
    const auto rows = read_csv_numbers(kItmData + "area.csv", true);
    ASSERT_EQ(rows.size(), 5u);
    for (const auto& r : rows) {
        itm::AreaInput in;
        in.tx_height_m = r[0];
        in.rx_height_m = r[1];
        in.delta_h_m = r[2];
        in.distance_km = r[4];
        in.tx_siting = static_cast<itm::Siting>(static_cast<int>(r[5]));
        in.rx_siting = static_cast<itm::Siting>(static_cast<int>(r[6]));
        in.environment = environment(r[12], r[9], r[11], r[7], r[8]);
        in.freq_mhz = r[10];
        in.variability =
            itm::Variability::time_location_situation(static_cast<int>(r[3]), r[13], r[14], r[15]);
        const auto result = itm::area(in);
        ASSERT_TRUE(result) << result.error().message;
        EXPECT_NEAR(result->loss_db, r[16], 0.1) << "f " << r[10] << " MHz, d " << r[4] << " km";
    }
}

// p2p.csv: h_tx, h_rx, epsilon, sigma, N_0, f, pol, climate, time, location, situation,
// mdvar, A__db (published to 0.01 dB: matched to half of that); profile n of pfls.csv.
TEST(Itm, PointToPointMatchesNtiaTestValues) {
    const auto rows = read_csv_numbers(kItmData + "p2p.csv", true);
    const auto profiles = read_csv_numbers(kItmData + "pfls.csv", false);
    ASSERT_EQ(rows.size(), 5u);
    ASSERT_EQ(profiles.size(), 5u);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& r = rows[i];
        const auto& pfl = profiles[i];
        ASSERT_EQ(pfl.size(), static_cast<std::size_t>(pfl[0]) + 3) << "profile " << i;
        const std::vector<double> z(pfl.begin() + 2, pfl.end());
        itm::PointToPointInput in;
        in.tx_height_m = r[0];
        in.rx_height_m = r[1];
        in.environment = environment(r[7], r[4], r[6], r[2], r[3]);
        in.freq_mhz = r[5];
        in.variability =
            itm::Variability::time_location_situation(static_cast<int>(r[11]), r[8], r[9], r[10]);
        const auto result = itm::point_to_point(in, itm::Profile{z, pfl[1]});
        ASSERT_TRUE(result) << result.error().message;
        EXPECT_NEAR(result->loss_db, r[12], 0.005) << "case " << i << ", f " << r[5] << " MHz";
    }
}

// NTIA cmd_examples/o_p2ptls.txt (i_p2ptls.txt with pfl.txt): 114.5 dB, line of sight,
// and its intermediate values.
TEST(Itm, DriverExamplePointToPointIntermediateValues) {
    double spacing = 0;
    const auto z = example_profile(&spacing);
    auto in = example_p2p_input();
    in.variability = itm::Variability::time_location_situation(1, 50, 50, 50);
    const auto r = itm::point_to_point(in, itm::Profile{z, spacing});
    ASSERT_TRUE(r);
    EXPECT_NEAR(r->loss_db, 114.5, 0.05);
    EXPECT_EQ(r->warnings, 0u);
    EXPECT_NEAR(r->values.a_fs_db, 114.5, 0.05);
    EXPECT_NEAR(r->values.d_km, 3.635, 0.0005);
    EXPECT_NEAR(r->values.theta_hzn_rad[0] * 1000, -1.949, 0.0005);
    EXPECT_NEAR(r->values.theta_hzn_rad[1] * 1000, -0.856, 0.0005);
    EXPECT_NEAR(r->values.d_hzn_m[0], 14868, 0.5);
    EXPECT_NEAR(r->values.d_hzn_m[1], 6494, 0.5);
    EXPECT_NEAR(r->values.h_e_m[0], 15.0, 0.05);
    EXPECT_NEAR(r->values.h_e_m[1], 3.0, 0.05);
    EXPECT_NEAR(r->values.n_s_n_units, 251.5, 0.05);
    EXPECT_NEAR(r->values.delta_h_m, 3.2, 0.05);
    EXPECT_NEAR(r->values.a_ref_db, 0.0, 0.05);
    EXPECT_EQ(r->values.mode, itm::PropagationMode::LineOfSight);
}

// NTIA cmd_examples/o_p2pcr_tbl.txt: reliability (rows) x confidence (columns).
TEST(Itm, DriverExampleConfidenceReliabilityTable) {
    double spacing = 0;
    const auto z = example_profile(&spacing);
    const double reliability[3] = {10, 65, 90};
    const double confidence[3] = {10, 60, 90};
    const double expected[3][3] = {
        {110.9, 117.2, 129.1}, {110.9, 117.4, 129.2}, {110.9, 117.5, 129.3}};
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j) {
            auto in = example_p2p_input();
            in.variability =
                itm::Variability::confidence_reliability(1, confidence[j], reliability[i]);
            const auto r = itm::point_to_point(in, itm::Profile{z, spacing});
            ASSERT_TRUE(r);
            EXPECT_NEAR(r->loss_db, expected[i][j], 0.1)
                << "reliability " << reliability[i] << " confidence " << confidence[j];
        }
}

// NTIA cmd_examples/o_areatls.txt (134.5 dB, A_ref 11.2 dB, horizons) and o_areacr.txt
// (118.3 dB).
TEST(Itm, DriverExamplesAreaMode) {
    itm::AreaInput in;
    in.tx_height_m = 15;
    in.rx_height_m = 3;
    in.distance_km = 10;
    in.delta_h_m = 20;
    in.freq_mhz = 3500;
    in.environment = environment(5, 301, 1, 15, 0.005);
    in.variability = itm::Variability::time_location_situation(1, 50, 50, 50);
    auto r = itm::area(in);
    ASSERT_TRUE(r);
    EXPECT_NEAR(r->loss_db, 134.5, 0.05);
    EXPECT_NEAR(r->values.a_fs_db, 123.3, 0.05);
    EXPECT_NEAR(r->values.a_ref_db, 11.2, 0.05);
    EXPECT_NEAR(r->values.theta_hzn_rad[0] * 1000, -1.811, 0.0005);
    EXPECT_NEAR(r->values.theta_hzn_rad[1] * 1000, -0.567, 0.0005);
    EXPECT_NEAR(r->values.d_hzn_m[0], 14722, 0.5);
    EXPECT_NEAR(r->values.d_hzn_m[1], 6206, 0.5);
    EXPECT_EQ(r->values.mode, itm::PropagationMode::LineOfSight);

    itm::AreaInput cr;
    cr.tx_height_m = 3;
    cr.rx_height_m = 3;
    cr.distance_km = 1;
    cr.delta_h_m = 0;
    cr.freq_mhz = 10000;
    cr.environment = environment(5, 301, 1, 15, 0.005);
    cr.variability = itm::Variability::confidence_reliability(3, 77, 90);
    r = itm::area(cr);
    ASSERT_TRUE(r);
    EXPECT_NEAR(r->loss_db, 118.3, 0.05);
    EXPECT_NEAR(r->values.d_hzn_m[0], 7138, 0.5);
}

// NTIA cmd_examples/o_areacr_tbl.txt: 10 GHz, 3 m / 3 m, broadcast, reliability 90 %,
// from line of sight through diffraction into troposcatter out to 1000 km.
TEST(Itm, DriverExampleAreaTableAcrossModes) {
    struct Row {
        double d_km, free_space, c50, c75, c90;
    };
    const Row rows[] = {{10, 132.4, 147.0, 151.7, 155.9},  {20, 138.5, 174.9, 179.2, 183.1},
                        {50, 146.4, 215.8, 220.0, 223.8},  {100, 152.4, 224.8, 229.0, 232.7},
                        {300, 162.0, 243.6, 247.2, 250.4}, {1000, 172.4, 295.6, 299.1, 302.2}};
    for (const Row& row : rows) {
        const double confidence[3] = {50, 75, 90};
        const double expected[3] = {row.c50, row.c75, row.c90};
        for (int j = 0; j < 3; ++j) {
            itm::AreaInput in;
            in.tx_height_m = 3;
            in.rx_height_m = 3;
            in.distance_km = row.d_km;
            in.delta_h_m = 0;
            in.freq_mhz = 10000;
            in.environment = environment(5, 301, 1, 15, 0.005);
            in.variability = itm::Variability::confidence_reliability(3, confidence[j], 90);
            const auto r = itm::area(in);
            ASSERT_TRUE(r);
            EXPECT_NEAR(r->values.a_fs_db, row.free_space, 0.05);
            EXPECT_NEAR(r->loss_db, expected[j], 0.1)
                << row.d_km << " km, confidence " << confidence[j];
        }
    }
}

TEST(Itm, InvalidInputsGiveNtiaErrorCodes) {
    itm::AreaInput in;
    in.freq_mhz = 30000;
    auto r = itm::area(in);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, 1009);
    EXPECT_EQ(r.error().message, "Frequency is out of range");

    in = itm::AreaInput{};
    in.variability = itm::Variability::confidence_reliability(1, 50, 100);
    r = itm::area(in);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, 1007);  // reliability, not "time"

    in = itm::AreaInput{};
    in.distance_km = 0;
    EXPECT_EQ(itm::area(in).error().code, 1017);
    in = itm::AreaInput{};
    in.environment.n0_n_units = 200;
    EXPECT_EQ(itm::area(in).error().code, 1008);
    in = itm::AreaInput{};
    in.variability.mdvar = 5;
    EXPECT_EQ(itm::area(in).error().code, 1014);
    in = itm::AreaInput{};
    in.tx_height_m = std::nan("");
    EXPECT_EQ(itm::area(in).error().code, 1000);

    // Near the limits: a result with NTIA's warning.
    in = itm::AreaInput{};
    in.freq_mhz = 15000;
    in.distance_km = 0.5;
    r = itm::area(in);
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->warnings & itm::kWarnFrequency);
    EXPECT_TRUE(r->warnings & itm::kWarnPathDistanceTooSmall2);
    EXPECT_EQ(itm::warning_texts(r->warnings).size(), 2u);
}

TEST(Itm, InverseNormalDeviate) {
    // Abramowitz & Stegun 26.2.23 (|error| < 4.5e-4): Q^-1(0.1) = 1.2816, Q^-1(0.5) = 0.
    EXPECT_NEAR(itm::detail::inverse_ccdf(0.1), 1.28155, 5e-4);
    EXPECT_NEAR(itm::detail::inverse_ccdf(0.9), -1.28155, 5e-4);
    EXPECT_NEAR(itm::detail::inverse_ccdf(0.5), 0.0, 5e-4);
}
