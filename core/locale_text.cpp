#include "core/locale_text.h"

#include <cmath>
#include <cstdio>

namespace covplan::core {

std::string decimal_text(double v, int decimals, bool vi, bool group) {
    if (!std::isfinite(v)) return "–";
    if (decimals < 0) decimals = 0;
    if (decimals > 9) decimals = 9;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, std::abs(v));
    std::string s = buf;
    const std::size_t dot = s.find('.');
    std::string whole = s.substr(0, dot);
    std::string frac = dot == std::string::npos ? std::string() : s.substr(dot + 1);
    // Rounding can turn -0.04 into "0.0": no sign on a zero.
    bool negative = v < 0;
    if (negative && whole.find_first_not_of('0') == std::string::npos &&
        frac.find_first_not_of('0') == std::string::npos)
        negative = false;
    if (group) {
        const char* sep = vi ? "." : " ";
        for (int i = static_cast<int>(whole.size()) - 3; i > 0; i -= 3)
            whole.insert(static_cast<std::size_t>(i), sep);
    }
    std::string out = negative ? "-" : "";
    out += whole;
    if (!frac.empty()) out += (vi ? "," : ".") + frac;
    return out;
}

std::string count_text(double n, bool vi) { return decimal_text(std::round(n), 0, vi); }

std::string percent_text(double share, bool vi) {
    return decimal_text(100.0 * share, 1, vi) + " %";
}

std::string points_text(double d, bool vi, bool sign) {
    std::string n = decimal_text(std::abs(100.0 * d), 1, vi);
    if (sign) n = (d < 0 && n.find_first_not_of("0.,") != std::string::npos ? "−" : "+") + n;
    return n + (vi ? " điểm phần trăm" : " percentage points");
}

std::string date_text(const std::string& iso, bool vi) {
    int y = 0, m = 0, d = 0;
    char tail = 0;
    if (iso.size() != 10 || std::sscanf(iso.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 ||
        m < 1 || m > 12 || d < 1 || d > 31)
        return iso;
    char buf[64];
    if (vi) {
        std::snprintf(buf, sizeof buf, "ngày %02d tháng %02d năm %d", d, m, y);
    } else {
        static const char* const kMonths[] = {"January",   "February", "March",    "April",
                                              "May",       "June",     "July",     "August",
                                              "September", "October",  "November", "December"};
        std::snprintf(buf, sizeof buf, "%d %s %d", d, kMonths[m - 1], y);
    }
    return buf;
}

}  // namespace covplan::core
