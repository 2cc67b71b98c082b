#include <gtest/gtest.h>

#include "core/antenna/antenna_pattern.h"
#include "core/antenna/msi_file.h"

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
