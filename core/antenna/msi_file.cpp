#include "core/antenna/msi_file.h"

#include <cctype>
#include <charconv>
#include <cstdio>
#include <sstream>
#include <vector>

namespace covplan::core {
namespace {

constexpr double kDbdToDbi = 2.15;

std::string upper(std::string s) {
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

bool parse_double(const std::string& s, double& out) {
    const char* b = s.data();
    const char* e = s.data() + s.size();
    if (b != e && *b == '+') ++b;
    auto [p, ec] = std::from_chars(b, e, out);
    return ec == std::errc() && p == e;
}

}  // namespace

std::expected<AntennaPattern, std::string> parse_msi(const std::string& text,
                                                     const std::string& source) {
    std::istringstream in(text);
    std::string line;
    int line_no = 0;
    std::string name = source;
    double gain_dbi = 0.0;
    bool have_gain = false;
    std::vector<double> h, v;
    std::vector<double>* block = nullptr;
    int expected = 0;
    int block_line = 0;
    auto err = [&](const std::string& what) {
        return std::unexpected(source + " line " + std::to_string(line_no) + ": " + what);
    };
    while (std::getline(in, line)) {
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        std::istringstream ls(line);
        std::string a, b, c;
        ls >> a >> b >> c;
        if (a.empty()) continue;
        if (block && static_cast<int>(block->size()) < expected) {
            double angle = 0, att = 0;
            if (!parse_double(a, angle) || !parse_double(b, att))
                return err("expected 'angle attenuation', got '" + line + "'");
            if (angle != static_cast<double>(block->size()))
                return err("angle " + a + " out of sequence (expected " +
                           std::to_string(block->size()) + ")");
            // An attenuation below the peak: finite and not negative (a "gain" beyond the
            // GAIN line would make the pattern's peak wrong), at most 200 dB.
            if (!(att >= 0.0 && att <= 200.0))
                return err("attenuation " + b + " dB at " + a + "° is outside 0–200 dB");
            block->push_back(att);
            continue;
        }
        const std::string key = upper(a);
        if (key == "HORIZONTAL" || key == "VERTICAL") {
            double n = 0;
            if (!parse_double(b, n) || n != 360)
                return err(key + " block must have 360 one-degree values, got '" + b + "'");
            block = key == "HORIZONTAL" ? &h : &v;
            if (!block->empty()) return err("second " + key + " block");
            expected = 360;
            block_line = line_no;
            continue;
        }
        if (block && static_cast<int>(block->size()) < expected) break;
        if (key == "NAME") {
            name = line.substr(line.find(a) + a.size());
            name.erase(0, name.find_first_not_of(" \t"));
        } else if (key == "GAIN") {
            double g = 0;
            if (!parse_double(b, g)) return err("GAIN '" + b + "' is not a number");
            gain_dbi = upper(c) == "DBI" ? g : g + kDbdToDbi;
            // Real base-station antennas: about −10 (omni indoor) to 30 dBi (large panels).
            if (!(gain_dbi >= -20.0 && gain_dbi <= 40.0))
                return err("GAIN " + b + " " + c + " is outside −20 to 40 dBi");
            have_gain = true;
        }
        // Other keys (MAKE, FREQUENCY, H_WIDTH, TILT, COMMENT, ...) are informative.
    }
    if (h.size() != 360 || v.size() != 360) {
        if (block && static_cast<int>(block->size()) < expected)
            return std::unexpected(source + ": the block starting at line " +
                                   std::to_string(block_line) + " ends after " +
                                   std::to_string(block->size()) + " of 360 values");
        return std::unexpected(
            source + ": " +
            (h.size() != 360 ? "no HORIZONTAL 360 block" : "no VERTICAL 360 block") +
            "; not an MSI/Planet antenna file?");
    }
    if (!have_gain) return std::unexpected(source + ": no GAIN line");
    return AntennaPattern::from_tables(name, gain_dbi, h, v);
}

std::string format_msi(const AntennaPattern& p, double frequency_mhz) {
    std::string out;
    char buf[128];
    out += "NAME " + p.name() + "\nMAKE covplan\n";
    std::snprintf(buf, sizeof buf, "FREQUENCY %g\nGAIN %.2f dBi\n", frequency_mhz,
                  p.max_gain_dbi());
    out += buf;
    out += "HORIZONTAL 360\n";
    for (int a = 0; a < 360; ++a) {
        std::snprintf(buf, sizeof buf, "%d %.2f\n", a, p.horizontal_db(a));
        out += buf;
    }
    out += "VERTICAL 360\n";
    for (int a = 0; a < 360; ++a) {
        // Front half (270..359, 0..90) is the stored pattern; the back half mirrors it.
        const double down = a <= 90 ? a : a >= 270 ? a - 360.0 : 180.0 - a;
        std::snprintf(buf, sizeof buf, "%d %.2f\n", a, p.vertical_db(down));
        out += buf;
    }
    return out;
}

}  // namespace covplan::core
