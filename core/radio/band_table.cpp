#include "core/radio/band_table.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

#include "core/text_fold.h"

namespace covplan::core {
namespace {

using T = Technology;
// TS 36.101 Table 5.5-1 and TS 38.104 Table 5.2-1, downlink ranges. Nominal names as
// the bands are called in Vietnam's frequency plan and operators' sheets; 2600 is the
// FDD band for LTE (B7) and the TDD band NR uses (n41).
constexpr OperatingBand kBands[] = {
    {"B1", T::Lte4G, 2110, 2170, 2100},  {"B3", T::Lte4G, 1805, 1880, 1800},
    {"B5", T::Lte4G, 869, 894, 850},     {"B7", T::Lte4G, 2620, 2690, 2600},
    {"B8", T::Lte4G, 925, 960, 900},     {"B20", T::Lte4G, 791, 821, 800},
    {"B28", T::Lte4G, 758, 803, 700},    {"B38", T::Lte4G, 2570, 2620, 0},
    {"B40", T::Lte4G, 2300, 2400, 2300}, {"B41", T::Lte4G, 2496, 2690, 2500},
    {"n1", T::Nr5G, 2110, 2170, 2100},   {"n3", T::Nr5G, 1805, 1880, 1800},
    {"n5", T::Nr5G, 869, 894, 850},      {"n7", T::Nr5G, 2620, 2690, 0},
    {"n8", T::Nr5G, 925, 960, 900},      {"n20", T::Nr5G, 791, 821, 800},
    {"n28", T::Nr5G, 758, 803, 700},     {"n38", T::Nr5G, 2570, 2620, 0},
    {"n40", T::Nr5G, 2300, 2400, 2300},  {"n41", T::Nr5G, 2496, 2690, 2600},
    {"n77", T::Nr5G, 3300, 4200, 3700},  {"n78", T::Nr5G, 3300, 3800, 3500},
    {"n79", T::Nr5G, 4400, 5000, 4700},
};

std::optional<double> number_of(std::string_view s) {
    double v = 0.0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
    return v;
}

const OperatingBand* by_name(char prefix, std::string_view digits) {
    for (const OperatingBand& b : kBands)
        if (std::tolower(static_cast<unsigned char>(b.name[0])) == prefix &&
            b.name.substr(1) == digits)
            return &b;
    return nullptr;
}

const OperatingBand* by_nominal(double mhz, std::optional<Technology> tech) {
    const OperatingBand* lte = nullptr;
    const OperatingBand* nr = nullptr;
    for (const OperatingBand& b : kBands)
        if (b.nominal_mhz != 0 && b.nominal_mhz == mhz) (b.technology == T::Lte4G ? lte : nr) = &b;
    if (tech == T::Nr5G) return nr;
    if (tech == T::Lte4G) return lte;
    return lte ? lte : nr;
}

const OperatingBand* containing(double mhz, std::optional<Technology> tech) {
    const OperatingBand* any = nullptr;
    for (const OperatingBand& b : kBands)
        if (mhz >= b.dl_low_mhz && mhz <= b.dl_high_mhz) {
            if (!tech || b.technology == *tech) return &b;
            if (!any) any = &b;
        }
    return tech ? nullptr : any;
}

}  // namespace

std::span<const OperatingBand> operating_bands() { return kBands; }

std::optional<BandReading> read_band(std::string_view text, std::optional<Technology> tech) {
    // Folded: "Band 3" -> "band_3", "LTE-1800" -> "lte_1800", "1800 MHz" -> "1800_mhz".
    std::string key = fold_key(text);
    auto strip_suffix = [&](std::string_view suffix) {
        if (key.size() > suffix.size() && key.ends_with(suffix))
            key.resize(key.size() - suffix.size());
    };
    strip_suffix("_mhz");
    strip_suffix("mhz");
    if (key.empty()) return std::nullopt;
    std::optional<Technology> said = tech;
    for (auto [prefix, t] : {std::pair{std::string_view("lte"), T::Lte4G},
                             {"4g", T::Lte4G},
                             {"nr", T::Nr5G},
                             {"5g", T::Nr5G}}) {
        if (key.starts_with(prefix) && key.size() > prefix.size()) {
            std::string_view rest = std::string_view(key).substr(prefix.size());
            if (rest.front() == '_') rest.remove_prefix(1);
            if (!rest.empty() && std::isdigit(static_cast<unsigned char>(rest.front()))) {
                said = t;
                key = std::string(rest);
                break;
            }
        }
    }
    if (key.starts_with("band_")) key = "b" + key.substr(5);
    // "B3", "b_3", "n78", "L1800" (Ericsson/Huawei style: L = LTE, N = NR + MHz).
    if (key.size() > 1 && (key[0] == 'b' || key[0] == 'n' || key[0] == 'l')) {
        std::string digits = key.substr(key[1] == '_' ? 2 : 1);
        if (!digits.empty() && std::all_of(digits.begin(), digits.end(), [](char c) {
                return std::isdigit(static_cast<unsigned char>(c));
            })) {
            const double v = std::stod(digits);
            if (key[0] == 'l' || ((key[0] == 'n') && v >= 600)) {
                // L1800 / N3500: nominal MHz with the technology in the letter.
                const Technology t = key[0] == 'l' ? T::Lte4G : T::Nr5G;
                if (const OperatingBand* b = by_nominal(v, t))
                    return BandReading{b, b->dl_centre_mhz()};
                return std::nullopt;
            }
            char prefix = key[0];
            if (said == T::Nr5G && prefix == 'b') prefix = 'n';  // "Band 78" on a 5G row
            if (const OperatingBand* b = by_name(prefix, digits))
                return BandReading{b, b->dl_centre_mhz()};
            return std::nullopt;
        }
    }
    // A bare number: nominal MHz ("2100"), or a frequency inside a band ("1842.5",
    // folded to "1842_5").
    std::string number = key;
    if (auto u = number.find('_'); u != std::string::npos) number[u] = '.';
    if (auto v = number_of(number)) {
        if (const OperatingBand* b = by_nominal(*v, said))
            return BandReading{b, b->dl_centre_mhz()};
        if (const OperatingBand* b = containing(*v, said)) return BandReading{b, *v};
    }
    return std::nullopt;
}

std::string band_names_for_messages() {
    std::string out;
    for (const OperatingBand& b : kBands) {
        out += (out.empty() ? "" : ", ") + std::string(b.name);
        if (b.nominal_mhz) out += " (" + std::to_string(b.nominal_mhz) + ")";
    }
    return out;
}

}  // namespace covplan::core
