#pragma once
// Numbers and dates as a reader of each of covplan's languages writes them. One place
// decides, for every front end that words things for people (report, map sheets, KMZ,
// the desktop, core's notes): Vietnamese puts a comma before decimals and a dot
// between thousands (TCVN 7870 / ISO 80000-1 as Vietnamese administrative documents
// print them: "26.378 người", "54,3 %"); English keeps the SI form "26 378", "54.3 %".
// Files meant for programs (CSV values, JSON) keep C-locale numbers and do not use this.

#include <string>

namespace covplan::core {

//! `v` with `decimals` digits after the separator; the integer part grouped by
//! thousands when `group` (English: thin space as SI; Vietnamese: dot).
[[nodiscard]] std::string decimal_text(double v, int decimals, bool vietnamese, bool group = true);
//! A whole count, rounded, grouped: 26378 -> "26 378" (en) / "26.378" (vi).
[[nodiscard]] std::string count_text(double n, bool vietnamese);
//! A share 0..1 as a percentage with one decimal: "54.3 %" / "54,3 %".
[[nodiscard]] std::string percent_text(double share, bool vietnamese);
//! A change of a share (difference of two shares) in percentage points, signed:
//! "+11.2 percentage points" / "+11,2 điểm phần trăm". A change of a share is never
//! a percentage: 40 % -> 44 % is +4 points, not +4 % nor +10 %.
[[nodiscard]] std::string points_text(double share_difference, bool vietnamese, bool sign = true);
//! An ISO date "2026-12-01" as written in a document: "1 December 2026" /
//! "ngày 01 tháng 12 năm 2026" (Nghị định 30/2020/NĐ-CP, Phụ lục I: day and month
//! below 10 take a leading zero). Text that is not an ISO date is returned as given.
[[nodiscard]] std::string date_text(const std::string& iso_date, bool vietnamese);

}  // namespace covplan::core
