#include "core/antenna/peer_antenna_files.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <optional>
#include <sstream>
#include <utility>

#include "core/value_parsing.h"

namespace covplan::core {

namespace {

constexpr double kMaxAttenuationDb = 100.0;  // a field of 0 in a SPLAT! file

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) out.push_back(line);
    return out;
}

double wrap360(double a) {
    a = std::fmod(a, 360.0);
    return a < 0 ? a + 360.0 : a;
}

// The "down" angle (-90..90, positive below the horizon) an MSI vertical index stands
// for; the back half (91..269) mirrors the front, as format_msi writes it.
double msi_down(int a) { return a <= 90 ? a : a >= 270 ? a - 360.0 : 180.0 - a; }

using Samples = std::vector<std::pair<double, double>>;  // (angle, value), sorted

// Linear interpolation on a circle (azimuth data).
double circular_at(const Samples& s, double angle) {
    angle = wrap360(angle);
    if (s.size() == 1) return s.front().second;
    for (std::size_t i = 0; i + 1 < s.size(); ++i)
        if (angle >= s[i].first && angle <= s[i + 1].first) {
            const double span = s[i + 1].first - s[i].first;
            const double t = span > 0 ? (angle - s[i].first) / span : 0.0;
            return s[i].second + t * (s[i + 1].second - s[i].second);
        }
    // Between the last sample and the first one, across 360.
    const auto& a = s.back();
    const auto& b = s.front();
    const double span = b.first + 360.0 - a.first;
    const double x = angle >= a.first ? angle - a.first : angle + 360.0 - a.first;
    const double t = span > 0 ? x / span : 0.0;
    return a.second + t * (b.second - a.second);
}

// Linear interpolation on a line, ends held (elevation data).
double clamped_at(const Samples& s, double angle) {
    if (angle <= s.front().first) return s.front().second;
    if (angle >= s.back().first) return s.back().second;
    for (std::size_t i = 0; i + 1 < s.size(); ++i)
        if (angle <= s[i + 1].first) {
            const double span = s[i + 1].first - s[i].first;
            const double t = span > 0 ? (angle - s[i].first) / span : 0.0;
            return s[i].second + t * (s[i + 1].second - s[i].second);
        }
    return s.back().second;
}

void sort_unique(Samples& s) {
    std::stable_sort(s.begin(), s.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    s.erase(std::unique(s.begin(), s.end(),
                        [](const auto& a, const auto& b) { return a.first == b.first; }),
            s.end());
}

double field_to_db(double field) {
    return field <= 0.0 ? kMaxAttenuationDb
                        : std::min(kMaxAttenuationDb, -20.0 * std::log10(field));
}

std::string stem(const std::string& source) {
    const auto slash = source.find_last_of("/\\");
    std::string name = slash == std::string::npos ? source : source.substr(slash + 1);
    const auto dot = name.rfind('.');
    return dot == std::string::npos ? name : name.substr(0, dot);
}

// "angle value" pairs of a SPLAT! file after its first line.
std::expected<Samples, std::string> splat_pairs(const std::vector<std::string>& lines,
                                                const std::string& source, double lo, double hi) {
    Samples s;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        std::string line = lines[i];
        if (const auto c = line.find(';'); c != std::string::npos) line.erase(c);
        line = trim_blanks(line);
        if (line.empty()) continue;
        std::istringstream ss(line);
        std::string a, v;
        ss >> a >> v;
        const auto angle = parse_plain_number(a);
        const auto field = parse_plain_number(v);
        const std::string where = source + " line " + std::to_string(i + 1) + ": ";
        if (!angle || !field)
            return std::unexpected(where + "expected 'angle field', got '" + line + "'");
        if (*angle < lo || *angle > hi)
            return std::unexpected(where + "angle " + a + " is outside " + std::to_string(int(lo)) +
                                   " to " + std::to_string(int(hi)));
        if (*field < 0.0 || *field > 1.5)
            return std::unexpected(where + "field " + v +
                                   " is not a normalised voltage pattern value (0 to 1)");
        s.emplace_back(*angle, *field);
    }
    if (s.size() < 2) return std::unexpected(source + ": fewer than two pattern values");
    sort_unique(s);
    return s;
}

}  // namespace

double pattern_directivity_dbi(const AntennaPattern& p) {
    // 4π / ∫∫ P(φ, θ) cos θ dθ dφ at 1° steps, P separable from the two cuts.
    constexpr double kDeg = std::numbers::pi / 180.0;
    double h = 0.0;
    for (int a = 0; a < 360; ++a) h += std::pow(10.0, -p.horizontal_db(a) / 10.0);
    double v = 0.0;
    for (int e = -90; e <= 90; ++e) {
        const double w = (e == -90 || e == 90) ? 0.5 : 1.0;
        v += w * std::pow(10.0, -p.vertical_db(e) / 10.0) * std::cos(e * kDeg);
    }
    const double integral = h * kDeg * v * kDeg;
    return 10.0 * std::log10(4.0 * std::numbers::pi / integral);
}

std::expected<ReadPattern, std::string> parse_splat_pattern(const std::string& az_text,
                                                            const std::string& el_text,
                                                            const std::string& source) {
    ReadPattern out;
    const auto az_lines = lines_of(az_text);
    if (az_lines.empty()) return std::unexpected(source + ": empty file");
    // First line: rotation, and covplan's gain comment.
    std::optional<double> gain;
    {
        std::string first = az_lines[0];
        if (const auto k = first.find("covplan gain_dbi"); k != std::string::npos)
            gain = parse_plain_number(trim_blanks(first.substr(k + 16)));
        if (const auto c = first.find(';'); c != std::string::npos) first.erase(c);
        const auto rotation = parse_plain_number(trim_blanks(first));
        if (!rotation)
            return std::unexpected(source +
                                   " line 1: expected the pattern's rotation in degrees, got '" +
                                   std::string(trim_blanks(first)) + "'");
        if (*rotation != 0.0)
            out.notes.push_back(source + ": rotation " + std::string(trim_blanks(first)) +
                                "° not applied (the sector's azimuth points the antenna)");
    }
    auto az = splat_pairs(az_lines, source, 0.0, 360.0);
    if (!az) return std::unexpected(az.error());
    double az_max = 0.0;
    for (const auto& [a, f] : *az) az_max = std::max(az_max, f);
    if (az_max <= 0.0) return std::unexpected(source + ": the azimuth pattern is zero everywhere");
    std::vector<double> h(360);
    for (int a = 0; a < 360; ++a) h[a] = field_to_db(circular_at(*az, a) / az_max);

    std::vector<double> v(360, 0.0);
    if (!el_text.empty()) {
        const std::string el_source = source.substr(0, source.size() - 3) + ".el";
        const auto el_lines = lines_of(el_text);
        std::string first = el_lines.empty() ? std::string() : el_lines[0];
        if (const auto c = first.find(';'); c != std::string::npos) first.erase(c);
        std::istringstream ss(first);
        std::string tilt;
        ss >> tilt;
        const auto t = parse_plain_number(tilt);
        if (!t)
            return std::unexpected(el_source +
                                   " line 1: expected the mechanical tilt and its azimuth");
        if (*t != 0.0)
            out.notes.push_back(el_source + ": mechanical tilt " + tilt +
                                "° not applied (the sector's tilt is)");
        auto el = splat_pairs(el_lines, el_source, -90.0, 90.0);
        if (!el) return std::unexpected(el.error());
        double el_max = 0.0;
        for (const auto& [a, f] : *el) el_max = std::max(el_max, f);
        if (el_max <= 0.0)
            return std::unexpected(el_source + ": the elevation pattern is zero everywhere");
        for (int a = 0; a < 360; ++a) v[a] = field_to_db(clamped_at(*el, msi_down(a)) / el_max);
    } else {
        out.notes.push_back(source + ": no .el file beside it: a flat vertical pattern");
    }
    AntennaPattern shape = AntennaPattern::from_tables(stem(source), 0.0, h, v);
    if (!gain) {
        gain = pattern_directivity_dbi(shape);
        char note[160];
        std::snprintf(note, sizeof note,
                      "%s: no gain in the file: %.2f dBi, the pattern's directivity (a lossless "
                      "antenna)",
                      source.c_str(), *gain);
        out.notes.emplace_back(note);
    }
    out.pattern = AntennaPattern::from_tables(stem(source), *gain, h, v);
    return out;
}

std::string format_splat_az(const AntennaPattern& p) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "0.0 ; covplan gain_dbi %.4f\n", p.max_gain_dbi());
    std::string out = buf;
    for (int a = 0; a <= 360; ++a) {
        std::snprintf(buf, sizeof buf, "%d\t%.9g\n", a,
                      std::pow(10.0, -p.horizontal_db(a % 360) / 20.0));
        out += buf;
    }
    return out;
}

std::string format_splat_el(const AntennaPattern& p) {
    std::string out = "0.0\t0.0\n";
    char buf[96];
    for (int e = -10; e <= 90; ++e) {
        std::snprintf(buf, sizeof buf, "%d\t%.9g\n", e, std::pow(10.0, -p.vertical_db(e) / 20.0));
        out += buf;
    }
    return out;
}

std::expected<ReadPattern, std::string> parse_nsma(const std::string& text,
                                                   const std::string& source) {
    ReadPattern out;
    std::string gain_unit = "DBI", data_unit = "DBR";
    std::optional<double> gain;
    struct Cut {
        bool horizontal = true;
        std::size_t expected = 0;
        Samples points;
    };
    std::vector<Cut> cuts;
    const auto lines = lines_of(text);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string line(trim_blanks(lines[i]));
        if (line.empty()) continue;
        const std::string where = source + " line " + std::to_string(i + 1) + ": ";
        const auto colon = line.find(":,");
        if (colon != std::string::npos && colon <= 8) {
            std::string key = line.substr(0, colon);
            std::string value(trim_blanks(std::string_view(line).substr(colon + 2)));
            for (char& c : key) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            for (char& c : value)
                c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            while (!value.empty() && value.back() == ',') value.pop_back();
            if (key == "GUNITS") {
                const auto slash = value.find('/');
                gain_unit = trim_blanks(value.substr(0, slash));
                data_unit = slash == std::string::npos
                                ? std::string("DBR")
                                : std::string(trim_blanks(value.substr(slash + 1)));
            } else if (key == "MDGAIN") {
                gain = parse_plain_number(value.substr(0, value.find(',')));
                if (!gain) return std::unexpected(where + "MDGAIN '" + value + "' is not a number");
            } else if (key == "PATCUT") {
                Cut c;
                if (value == "H" || value == "AZ")
                    c.horizontal = true;
                else if (value == "V" || value == "EL")
                    c.horizontal = false;
                else
                    return std::unexpected(where + "pattern cut '" + value +
                                           "' is not H, V, AZ or EL");
                cuts.push_back(c);
            } else if (key == "NUPOIN") {
                const auto n = parse_plain_number(value);
                if (cuts.empty() || !n || *n < 2 || *n > 100000 || *n != std::floor(*n))
                    return std::unexpected(where + "NUPOIN outside a cut or not a count");
                cuts.back().expected = static_cast<std::size_t>(*n);
            }
            continue;
        }
        // A data record "angle,value[,]".
        if (cuts.empty())
            return std::unexpected(where + "data before any PATCUT record: '" + line + "'");
        const auto comma = line.find(',');
        const auto angle = parse_plain_number(line.substr(0, comma));
        std::string rest = comma == std::string::npos ? "" : line.substr(comma + 1);
        rest = rest.substr(0, rest.find(','));
        const auto value = parse_plain_number(rest);
        if (!angle || !value)
            return std::unexpected(where + "expected 'angle,value', got '" + line + "'");
        if (*angle < -360.0 || *angle > 360.0)
            return std::unexpected(where + "angle outside -360 to 360");
        cuts.back().points.emplace_back(*angle, *value);
    }
    const Cut* hc = nullptr;
    const Cut* vc = nullptr;
    for (const Cut& c : cuts) {
        if (c.expected && c.points.size() != c.expected)
            return std::unexpected(source + ": a " +
                                   std::string(c.horizontal ? "horizontal" : "vertical") +
                                   " cut announces " + std::to_string(c.expected) +
                                   " points and has " + std::to_string(c.points.size()));
        const Cut*& slot = c.horizontal ? hc : vc;
        if (!slot)
            slot = &c;
        else
            out.notes.push_back(source + ": more than one " +
                                std::string(c.horizontal ? "horizontal" : "vertical") +
                                " cut; the first is used");
    }
    if (!hc) return std::unexpected(source + ": no horizontal (PATCUT:,H) cut");
    if (gain_unit != "DBI" && gain_unit != "DBD")
        return std::unexpected(source + ": gain unit '" + gain_unit + "' is neither DBI nor DBD");
    if (!gain) {
        gain = 0.0;
        out.notes.push_back(source + ": no MDGAIN record: 0 dBi assumed");
    }
    const double gain_dbi = gain_unit == "DBD" ? *gain + 2.15 : *gain;
    // Attenuation from the data: relative (DBR: 0 at the peak) or absolute gains.
    const auto attenuation = [&](double value) {
        if (data_unit == "DBR") return std::max(0.0, -value);
        const double absolute_dbi = data_unit == "DBD" ? value + 2.15 : value;
        return std::max(0.0, gain_dbi - absolute_dbi);
    };
    const auto to_samples = [&](const Cut& c, bool negate) {
        Samples s;
        for (const auto& [a, v] : c.points)
            s.emplace_back(wrap360(negate ? -a : a), attenuation(v));
        sort_unique(s);
        return s;
    };
    const Samples hs = to_samples(*hc, false);
    std::vector<double> h(360), v(360, 0.0);
    for (int a = 0; a < 360; ++a) h[a] = circular_at(hs, a);
    if (vc) {
        // Elevation θ (positive up) is MSI's vertical angle -θ (positive down).
        const Samples vs = to_samples(*vc, true);
        double span = 0.0;
        for (const auto& [a, x] : vc->points) span = std::max(span, std::abs(a));
        for (int a = 0; a < 360; ++a)
            v[a] = span >= 175.0 ? circular_at(vs, a) : circular_at(vs, wrap360(msi_down(a)));
    } else {
        out.notes.push_back(source + ": no vertical cut: a flat vertical pattern");
    }
    out.pattern = AntennaPattern::from_tables(stem(source), gain_dbi, h, v);
    return out;
}

std::string format_nsma(const AntennaPattern& p, double frequency_mhz) {
    std::string out;
    char buf[128];
    out += "REVNUM:,TIA/EIA-804-B\r\nANTMAN:,covplan\r\nMODNUM:," + p.name() + "\r\n";
    std::snprintf(buf, sizeof buf,
                  "LOWFRQ:,%g\r\nHGHFRQ:,%g\r\nGUNITS:,DBI/DBR\r\nMDGAIN:,%.4f\r\n", frequency_mhz,
                  frequency_mhz, p.max_gain_dbi());
    out += buf;
    out += "PATTYP:,TYPICAL\r\nNOFREQ:,1\r\n";
    std::snprintf(buf, sizeof buf, "PATFRE:,%g\r\nNUMCUT:,2\r\n", frequency_mhz);
    out += buf;
    out += "PATCUT:,H\r\nPOLARI:,V/V\r\nNUPOIN:,360\r\nFSTLST:,-179,180\r\n";
    for (int a = -179; a <= 180; ++a) {
        std::snprintf(buf, sizeof buf, "%d,%.4f,\r\n", a, -p.horizontal_db(wrap360(a)));
        out += buf;
    }
    out += "PATCUT:,V\r\nPOLARI:,V/V\r\nNUPOIN:,360\r\nFSTLST:,-179,180\r\n";
    for (int e = -179; e <= 180; ++e) {
        const int a = static_cast<int>(wrap360(-e));
        std::snprintf(buf, sizeof buf, "%d,%.4f,\r\n", e, -p.vertical_db(msi_down(a)));
        out += buf;
    }
    out += "ENDFIL:,EOF\r\n";
    return out;
}

}  // namespace covplan::core
