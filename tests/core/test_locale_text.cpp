// Numbers, dates and document headings as each language writes them (issue 14):
// Vietnamese decimal comma and dot between thousands (TCVN 7870 as administrative
// documents print numbers), dates as Nghị định 30/2020/NĐ-CP writes them, changes of
// a share in percentage points.
#include <gtest/gtest.h>

#include "core/document_heading.h"
#include "core/locale_text.h"
#include "core/note.h"

using namespace covplan::core;

TEST(LocaleText, VietnameseNumbersHaveADecimalCommaAndDotsBetweenThousands) {
    EXPECT_EQ(count_text(26378, true), "26.378");
    EXPECT_EQ(count_text(26378, false), "26 378");
    EXPECT_EQ(count_text(1234567.4, true), "1.234.567");
    EXPECT_EQ(count_text(999, true), "999");
    EXPECT_EQ(decimal_text(1842.5, 1, true), "1.842,5");
    EXPECT_EQ(decimal_text(1842.5, 1, true, false), "1842,5");
    EXPECT_EQ(decimal_text(-0.04, 1, true), "0,0");  // no sign on a rounded zero
    EXPECT_EQ(decimal_text(-12.75, 1, false), "-12.8");
    EXPECT_EQ(percent_text(0.543, true), "54,3 %");
    EXPECT_EQ(percent_text(0.543, false), "54.3 %");
}

TEST(LocaleText, AChangeOfAShareIsInPercentagePoints) {
    EXPECT_EQ(points_text(0.112, true), "+11,2 điểm phần trăm");
    EXPECT_EQ(points_text(-0.05, false), "−5.0 percentage points");
    EXPECT_EQ(points_text(0.457, true, false), "45,7 điểm phần trăm");
}

TEST(LocaleText, DatesAsDocumentsWriteThem) {
    EXPECT_EQ(date_text("2026-12-01", true), "ngày 01 tháng 12 năm 2026");
    EXPECT_EQ(date_text("2026-03-09", false), "9 March 2026");
    EXPECT_EQ(date_text("not a date", true), "not a date");
    EXPECT_EQ(date_text("2026-13-01", true), "2026-13-01");
}

TEST(LocaleText, NotesWriteEachLanguagesNumbers) {
    const Note n = make_note("sum to %s (%+.1f %%), %zu units, %.2g per household",
                             "tổng %s (%+.1f %%), %zu khu vực, %.2g người/hộ", Count{26378.0},
                             -24.2, std::size_t{3}, 3.5);
    EXPECT_EQ(n.en, "sum to 26 378 (-24.2 %), 3 units, 3.5 per household");
    EXPECT_EQ(n.vi, "tổng 26.378 (-24,2 %), 3 khu vực, 3,5 người/hộ");
}

TEST(DocumentHeading, EmptySettingsAreDerivedFromTheWard) {
    const ResolvedHeading h = resolve_heading({}, "Phường Long Mỹ", 2026);
    EXPECT_EQ(h.issuing_body, "Ủy ban nhân dân\nphường Long Mỹ");
    EXPECT_EQ(h.place, "Long Mỹ");
    EXPECT_EQ(h.number, "Số:        /BC-UBND");
    EXPECT_EQ(h.title, "Kết quả thực hiện Kế hoạch phát triển hạ tầng số năm 2026");
    ASSERT_EQ(h.recipients.size(), 1u);
    EXPECT_EQ(h.recipients[0], "Lưu: VT");
    ASSERT_EQ(h.signer_title.size(), 2u);
    EXPECT_EQ(h.signer_title[0], "TM. ỦY BAN NHÂN DÂN");
    // The city's layer keeps the unit type apart (ten "Long Bình", loai "Phường").
    EXPECT_EQ(resolve_heading({}, "Long Bình", 2026).issuing_body,
              "Ủy ban nhân dân\nphường Long Bình");
    EXPECT_EQ(place_of("Xã Vĩnh Viễn"), "Vĩnh Viễn");
}

TEST(DocumentHeading, SettingsWinAndListsSplitAtSemicolons) {
    DocumentHeading d;
    d.number = "12/BC-UBND";
    d.recipients = "UBND thành phố Cần Thơ; Lưu: VT;";
    d.signer_title = "TM. ỦY BAN NHÂN DÂN;KT. CHỦ TỊCH;PHÓ CHỦ TỊCH";
    d.place = "Vị Thanh";
    const ResolvedHeading h = resolve_heading(d, "Phường Long Mỹ", 2026);
    EXPECT_EQ(h.number, "Số: 12/BC-UBND");
    EXPECT_EQ(h.place, "Vị Thanh");
    ASSERT_EQ(h.recipients.size(), 2u);
    EXPECT_EQ(h.recipients[1], "Lưu: VT");
    ASSERT_EQ(h.signer_title.size(), 3u);
    EXPECT_EQ(h.signer_title[2], "PHÓ CHỦ TỊCH");
}
