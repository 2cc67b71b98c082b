#pragma once
// A message for people in both of covplan's languages. Core finds what deserves a
// remark (population checks, implausible figures) and words it once; files and the
// CLI print `en`, a Vietnamese report or window shows `vi`. Both are formatted from
// the same numbers, so the two can never say different things.

#include <cstdio>
#include <string>

namespace covplan::core {

struct Note {
    std::string en;
    std::string vi;
    [[nodiscard]] const std::string& in(bool vietnamese) const { return vietnamese ? vi : en; }
};

//! printf-style: both formats take the same arguments, in the same order.
template <typename... Args>
[[nodiscard]] Note make_note(const char* en_format, const char* vi_format, Args... args) {
    char en[768], vi[768];
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
#pragma GCC diagnostic ignored "-Wformat-security"
    std::snprintf(en, sizeof en, en_format, args...);
    std::snprintf(vi, sizeof vi, vi_format, args...);
#pragma GCC diagnostic pop
    return {en, vi};
}

}  // namespace covplan::core
