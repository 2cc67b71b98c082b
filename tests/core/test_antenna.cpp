#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "core/antenna/antenna_pattern.h"
#include "core/antenna/msi_file.h"
#include "core/antenna/peer_antenna_files.h"

using namespace covplan::core;

TEST(Antenna, Tr38901ParametricElement) {
    // TR 38.901 Table 7.3-1: 8 dBi at boresight, -3 dB at +-32.5 deg (half the 65 deg
    // HPBW: 12 (32.5/65)^2 = 3), 30 dB front-to-back and side-lobe limits.
    const AntennaPattern p = AntennaPattern::parametric();
    EXPECT_DOUBLE_EQ(p.gain_dbi(0, 0, 0, 0), 8.0);
    EXPECT_NEAR(p.gain_dbi(32.5, 0, 0, 0), 5.0, 1e-6);
    EXPECT_NEAR(p.gain_dbi(-32.5, 0, 0, 0), 5.0, 1e-6);
    EXPECT_NEAR(p.gain_dbi(180, 0, 0, 0), 8.0 - 30.0, 1e-6);
    EXPECT_NEAR(p.gain_dbi(0, 32.5, 0, 0), 5.0, 1e-6);  // vertical -3 dB
    // Combined attenuation is capped at Am = 30 dB.
    EXPECT_NEAR(p.gain_dbi(120, 60, 0, 0), 8.0 - 30.0, 1e-6);
    EXPECT_NEAR(p.gain_dbi(90, 0, 0, 0), 8.0 - 12.0 * (90.0 / 65) * (90.0 / 65), 1e-5);
}

TEST(Antenna, TiltMovesTheVerticalPeak) {
    const AntennaPattern p =
        AntennaPattern::parametric(65, 7, 17);  // a 17 dBi panel, 7 deg vertical
    // Electrical downtilt of 6 deg: the peak is 6 deg below the horizon, in every direction.
    EXPECT_DOUBLE_EQ(p.gain_dbi(0, 6, 0, 6), 17.0);
    EXPECT_NEAR(p.gain_dbi(0, 0, 0, 6), 17.0 - 12.0 * (6.0 / 7) * (6.0 / 7), 1e-5);
    // Mechanical tilt acts at boresight and not at 90 deg to the side.
    EXPECT_DOUBLE_EQ(p.gain_dbi(0, 4, 4, 0), 17.0);
    const double side = p.gain_dbi(90, 0, 4, 0) - p.gain_dbi(90, 0, 0, 0);
    EXPECT_NEAR(side, 0.0, 1e-3);
}

TEST(Antenna, Omni) {
    const AntennaPattern p = AntennaPattern::omni(2.15);
    EXPECT_DOUBLE_EQ(p.gain_dbi(0, 0, 0, 0), 2.15);
    EXPECT_DOUBLE_EQ(p.gain_dbi(217, -30, 5, 5), 2.15);
}

TEST(Antenna, MsiRoundTrip) {
    const AntennaPattern p = AntennaPattern::parametric(65, 7, 17.5);
    const std::string text = format_msi(p, 1800);
    auto q = parse_msi(text, "panel.msi");
    ASSERT_TRUE(q) << q.error();
    EXPECT_DOUBLE_EQ(q->max_gain_dbi(), 17.5);
    for (int az = -180; az < 180; az += 7)
        for (int el = -80; el <= 80; el += 3)
            EXPECT_NEAR(q->gain_dbi(az, el, 0, 0), p.gain_dbi(az, el, 0, 0), 0.01)
                << az << "," << el;
}

TEST(Antenna, MsiGainInDbdByDefault) {
    std::string text = "NAME x\nGAIN 15\nHORIZONTAL 360\n";
    for (int a = 0; a < 360; ++a) text += std::to_string(a) + " 0\n";
    text += "VERTICAL 360\n";
    for (int a = 0; a < 360; ++a) text += std::to_string(a) + " 0\n";
    auto p = parse_msi(text, "x.msi");
    ASSERT_TRUE(p);
    EXPECT_DOUBLE_EQ(p->max_gain_dbi(), 17.15);  // 15 dBd = 17.15 dBi
}

TEST(Antenna, MalformedMsiFilesAreRejectedWithLine) {
    std::string good_v = "VERTICAL 360\n";
    for (int a = 0; a < 360; ++a) good_v += std::to_string(a) + " 0\n";
    std::string h_short = "GAIN 10 dBi\nHORIZONTAL 360\n";
    for (int a = 0; a < 100; ++a) h_short += std::to_string(a) + " 0\n";
    auto r = parse_msi(h_short, "short.msi");
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().find("short.msi"), std::string::npos);
    EXPECT_NE(r.error().find("100 of 360"), std::string::npos) << r.error();

    auto no_h = parse_msi("GAIN 10\n" + good_v, "noh.msi");
    ASSERT_FALSE(no_h);
    EXPECT_NE(no_h.error().find("no HORIZONTAL 360 block"), std::string::npos);

    std::string bad_value = "GAIN 10\nHORIZONTAL 360\n0 0\n1 abc\n";
    auto bv = parse_msi(bad_value, "bad.msi");
    ASSERT_FALSE(bv);
    EXPECT_NE(bv.error().find("bad.msi line 4"), std::string::npos) << bv.error();

    std::string order = "GAIN 10\nHORIZONTAL 360\n0 0\n2 0\n";
    auto o = parse_msi(order, "order.msi");
    ASSERT_FALSE(o);
    EXPECT_NE(o.error().find("out of sequence"), std::string::npos);

    auto blocks = parse_msi("GAIN 10\nHORIZONTAL 180\n", "h180.msi");
    ASSERT_FALSE(blocks);
    EXPECT_NE(blocks.error().find("360 one-degree values"), std::string::npos);

    auto not_msi = parse_msi("hello world\n", "readme.txt");
    ASSERT_FALSE(not_msi);
}

// Peers' formats (core/antenna/peer_antenna_files.h): a 17.5 dBi panel written as MSI
// and as SPLAT! .az/.el and NSMA .adf reads back with the same gains toward every
// direction the files describe (SPLAT!'s .el stops 10° above the horizon).
namespace {
AntennaPattern msi_reference(const AntennaPattern& p) {
    auto r = parse_msi(format_msi(p, 1800.0), "ref.msi");
    EXPECT_TRUE(r) << r.error();
    return *r;
}
}  // namespace

TEST(Antenna, SplatAzElRoundTripGivesTheMsiGains) {
    const AntennaPattern panel = AntennaPattern::parametric(65, 7, 17.5);
    const AntennaPattern ref = msi_reference(panel);
    auto splat = parse_splat_pattern(format_splat_az(panel), format_splat_el(panel), "panel.az");
    ASSERT_TRUE(splat) << splat.error();
    EXPECT_NEAR(splat->pattern.max_gain_dbi(), ref.max_gain_dbi(), 0.01);
    for (int az = -180; az <= 180; az += 3)
        for (int down = -10; down <= 90; down += 1)
            for (double etilt : {0.0, 6.0}) {
                if (down - etilt < -10.0) continue;  // above what a .el file describes
                ASSERT_NEAR(splat->pattern.gain_dbi(az, down, 0.0, etilt),
                            ref.gain_dbi(az, down, 0.0, etilt), 0.02)
                    << "az " << az << " down " << down;
            }
}

TEST(Antenna, NsmaRoundTripGivesTheMsiGains) {
    const AntennaPattern panel = AntennaPattern::parametric(65, 7, 17.5);
    const AntennaPattern ref = msi_reference(panel);
    auto adf = parse_nsma(format_nsma(panel, 1800.0), "panel.adf");
    ASSERT_TRUE(adf) << adf.error();
    EXPECT_TRUE(adf->notes.empty());
    EXPECT_NEAR(adf->pattern.max_gain_dbi(), ref.max_gain_dbi(), 0.01);
    for (int az = -180; az <= 180; az += 3)
        for (int down = -90; down <= 90; down += 1)
            ASSERT_NEAR(adf->pattern.gain_dbi(az, down, 4.0, 2.0), ref.gain_dbi(az, down, 4.0, 2.0),
                        0.02)
                << "az " << az << " down " << down;
}

// SPLAT!'s own example (SPLAT! 1.4 manual, kvea.az / kvea.el): rotation and tilt lines,
// fields as normalised voltages (0.8950590 -> 0.96 dB), no gain: the directivity.
TEST(Antenna, SplatFilesWithoutGainUseTheDirectivity) {
    std::string az = "183.0\n";
    for (int a = 0; a <= 360; a += 1)
        az += std::to_string(a) + " " + std::to_string(a == 0 ? 0.895059 : 1.0) + "\n";
    const std::string el = "1.1    130.0\n-10.0 0.172\n0 1.0\n10 0.5\n90 0.01\n";
    auto p = parse_splat_pattern(az, el, "kvea.az");
    ASSERT_TRUE(p) << p.error();
    EXPECT_NEAR(p->pattern.horizontal_db(0.0), -20 * std::log10(0.895059), 0.01);
    EXPECT_NEAR(p->pattern.vertical_db(10.0), 20 * std::log10(2.0), 0.01);
    EXPECT_NEAR(p->pattern.vertical_db(5.0), -20 * std::log10(0.75), 0.01);  // interpolated field
    ASSERT_EQ(p->notes.size(), 3u);                                          // rotation, tilt, gain
    EXPECT_NE(p->notes[2].find("directivity"), std::string::npos);
    // An omni with a flat vertical pattern has directivity 1 (0 dBi); a 10° fan beam about
    // 10·log10(2/sin(...)) > 0: the directivity of the omni-vertical case is checked.
    std::string flat = "0\n0 1\n180 1\n";
    auto omni = parse_splat_pattern(flat, "", "omni.az");
    ASSERT_TRUE(omni);
    EXPECT_NEAR(omni->pattern.max_gain_dbi(), 0.0, 0.02);

    EXPECT_FALSE(parse_splat_pattern("0\n0 1\n10 abc\n", "", "bad.az"));
    auto bad = parse_splat_pattern("0\n0 1\n400 1\n", "", "bad.az");
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.error().find("bad.az line 3"), std::string::npos) << bad.error();
    auto nsma_bad =
        parse_nsma("GUNITS:,DBI/DBR\nMDGAIN:,17\nPATCUT:,H\nNUPOIN:,3\n0,0\n1,-1\n", "x.adf");
    ASSERT_FALSE(nsma_bad);
    EXPECT_NE(nsma_bad.error().find("announces 3 points and has 2"), std::string::npos);
}
