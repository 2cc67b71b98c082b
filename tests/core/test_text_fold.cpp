#include <gtest/gtest.h>

#include "core/text_fold.h"

using covplan::core::fold_key;

TEST(TextFold, VietnameseHeadersFoldToAsciiKeys) {
    EXPECT_EQ(fold_key("Dân số"), "dan_so");
    EXPECT_EQ(fold_key("DÂN_SỐ"), "dan_so");
    EXPECT_EQ(fold_key("Độ cao anten (m)"), "do_cao_anten_m");
    EXPECT_EQ(fold_key("Kinh độ"), "kinh_do");
    EXPECT_EQ(fold_key("Vĩ độ"), "vi_do");
    EXPECT_EQ(fold_key("Nhà mạng"), "nha_mang");
    EXPECT_EQ(fold_key("Hướng phát"), "huong_phat");
    EXPECT_EQ(fold_key("Trường THCS Long Trị A"), "truong_thcs_long_tri_a");
    EXPECT_EQ(fold_key("Ấp/Khu vực"), "ap_khu_vuc");
    EXPECT_EQ(fold_key("  site-ID  "), "site_id");
}

TEST(TextFold, EveryVietnameseVowelFolds) {
    // All 134 precomposed vowels of the Vietnamese alphabet (lower and upper case).
    EXPECT_EQ(fold_key("àáảãạăằắẳẵặâầấẩẫậ"), "aaaaaaaaaaaaaaaaa");
    EXPECT_EQ(fold_key("èéẻẽẹêềếểễệ"), "eeeeeeeeeee");
    EXPECT_EQ(fold_key("ìíỉĩị"), "iiiii");
    EXPECT_EQ(fold_key("òóỏõọôồốổỗộơờớởỡợ"), "ooooooooooooooooo");
    EXPECT_EQ(fold_key("ùúủũụưừứửữự"), "uuuuuuuuuuu");
    EXPECT_EQ(fold_key("ỳýỷỹỵ"), "yyyyy");
    EXPECT_EQ(fold_key("ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐ"), "aaaaaaaaaaaaaaaaad");
    EXPECT_EQ(fold_key("ƠỜỚỞỠỢƯỪỨỬỮỰỲÝỶỸỴ"), "oooooouuuuuuyyyyy");
}

TEST(TextFold, DecomposedInputFoldsLikePrecomposed) {
    // "Dân số" in NFD: a + U+0302 (circumflex), o + U+0302 + U+0301 (acute).
    EXPECT_EQ(fold_key("Da\xCC\x82n so\xCC\x82\xCC\x81"), "dan_so");
}

TEST(TextFold, InvalidBytesSeparateTokens) {
    EXPECT_EQ(fold_key("dan\xFFso"), "dan_so");
    EXPECT_FALSE(covplan::core::is_valid_utf8("dan\xFFso"));
    EXPECT_TRUE(covplan::core::is_valid_utf8("Dân số"));
    EXPECT_FALSE(covplan::core::is_valid_utf8("\xC0\xAF"));  // overlong '/'
}

TEST(TextFold, TokenContainment) {
    using covplan::core::key_contains_tokens;
    EXPECT_TRUE(key_contains_tokens("truong_thcs_long_tri", "thcs"));
    EXPECT_TRUE(key_contains_tokens("cho_long_my", "cho"));
    EXPECT_FALSE(key_contains_tokens("chobi", "cho"));
    EXPECT_FALSE(key_contains_tokens("anh_cho", "ch"));
}
