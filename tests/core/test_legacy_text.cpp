#include <gtest/gtest.h>

#include "core/legacy_text.h"

using covplan::core::looks_legacy_encoded;

TEST(LegacyText, CorrectVietnameseIsNotFlagged) {
    EXPECT_FALSE(looks_legacy_encoded("Trường THCS Long Trị A"));
    EXPECT_FALSE(looks_legacy_encoded("Phường Long Mỹ, Cần Thơ"));
    EXPECT_FALSE(looks_legacy_encoded("Khu vực Thuận An – ấp Mỹ Hòa"));
    EXPECT_FALSE(looks_legacy_encoded("Bà Rịa - Vũng Tàu"));
    EXPECT_FALSE(looks_legacy_encoded("plain ASCII"));
}

TEST(LegacyText, Windows1258ReadAsLatin1IsFlagged) {
    // "Trường" in CP1258 is T r 0xFD(ư) 0xF5(ơ) 0xCC(combining grave) n g; read as
    // Latin-1 it becomes "TrýõÌng".
    EXPECT_TRUE(looks_legacy_encoded("Tr\xC3\xBD\xC3\xB5\xC3\x8Cng"));
    // "Đường" -> 0xD0 is Ð in Latin-1.
    EXPECT_TRUE(looks_legacy_encoded("\xC3\x90\xC3\xBD\xC3\xB5\xC3\x8Cng"));
}

TEST(LegacyText, Tcvn3AndRawBytesAreFlagged) {
    // TCVN3 "Trường" is "Tr\xAD\xEAng": raw bytes are invalid UTF-8.
    EXPECT_TRUE(looks_legacy_encoded("Tr\xAD\xEAng"));
    // The same read as Latin-1: soft hyphen U+00AD then ê.
    EXPECT_TRUE(looks_legacy_encoded("Tr\xC2\xAD\xC3\xAAng"));
}

TEST(LegacyText, DetectorReportsOncePerLayerWithFirstFeature) {
    covplan::core::LegacyTextDetector d;
    d.check("Phường Long Mỹ", "FID 1");
    EXPECT_FALSE(d.issue());
    d.check("Tr\xC3\xBD\xC3\xB5\xC3\x8Cng", "FID 2");
    d.check("Tr\xC3\xBD\xC3\xB5\xC3\x8Cng 2", "FID 3");
    auto issue = d.issue();
    ASSERT_TRUE(issue);
    EXPECT_EQ(issue->first, "FID 2");
    EXPECT_NE(issue->second.find("2 text value(s)"), std::string::npos);
    EXPECT_NE(issue->second.find("CP1258"), std::string::npos);
}
