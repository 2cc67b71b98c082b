#pragma once
// A message for people in both of covplan's languages. Core finds what deserves a
// remark (population checks, implausible figures) and words it once; files and the
// CLI print `en`, a Vietnamese report or window shows `vi`. Both are formatted from
// the same numbers, so the two can never say different things; each language writes
// them its own way (core/locale_text.h: "3.5" / "3,5", "26 378" / "26.378").

#include <cstdio>
#include <string>
#include <type_traits>

#include "core/locale_text.h"

namespace covplan::core {

struct Note {
    std::string en;
    std::string vi;
    [[nodiscard]] const std::string& in(bool vietnamese) const { return vietnamese ? vi : en; }
};

//! A head count or other whole number shown grouped by thousands in each language;
//! its conversion in a note's format is "%s".
struct Count {
    double n;
};

namespace note_detail {
//! From `pos` in `format`, the literal text up to the next conversion ("%%" read as
//! "%") and that conversion's spec ("%.1f", "%zu"); returns the position after it
//! (the format's end, with `spec` empty, when there is none).
std::size_t next_conversion(const char* format, std::size_t pos, std::string& literal,
                            std::string& spec);

template <typename T>
std::string one(const std::string& spec, T arg, bool vi) {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
#pragma GCC diagnostic ignored "-Wformat-security"
    const int n = std::snprintf(nullptr, 0, spec.c_str(), arg);
    std::string s(n > 0 ? static_cast<std::size_t>(n) : 0, '\0');
    if (n > 0) std::snprintf(s.data(), s.size() + 1, spec.c_str(), arg);
#pragma GCC diagnostic pop
    if constexpr (std::is_floating_point_v<T>)
        if (vi)
            for (char& c : s)
                if (c == '.') c = ',';
    return s;
}
inline std::string one(const std::string&, Count c, bool vi) { return count_text(c.n, vi); }

template <typename... Args>
std::string format(const char* format, bool vi, Args... args) {
    std::string out, literal, spec;
    std::size_t pos = 0;
    [[maybe_unused]] auto step = [&](auto arg) {  // unused by a note without numbers
        pos = next_conversion(format, pos, literal, spec);
        out += literal;
        if (!spec.empty()) out += one(spec, arg, vi);
    };
    (step(args), ...);
    next_conversion(format, pos, literal, spec);
    return out + literal;
}
}  // namespace note_detail

//! printf-style: both formats take the same arguments, in the same order. Floating
//! conversions get a decimal comma in `vi`; a Count argument ("%s") is grouped.
template <typename... Args>
[[nodiscard]] Note make_note(const char* en_format, const char* vi_format, Args... args) {
    return {note_detail::format(en_format, false, args...),
            note_detail::format(vi_format, true, args...)};
}

}  // namespace covplan::core
