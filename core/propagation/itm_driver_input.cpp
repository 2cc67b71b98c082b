#include "core/propagation/itm_driver_input.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>

#include "core/value_parsing.h"

namespace covplan::core::itm {

namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> out;
    while (true) {
        const auto i = s.find(sep);
        out.push_back(s.substr(0, i));
        if (i == std::string_view::npos) break;
        s.remove_prefix(i + 1);
    }
    return out;
}

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// NTIA's range form: D0 to D1 in steps S1, then on to D2 in steps S2.
std::expected<std::vector<double>, std::string> distance_list(const std::vector<double>& v) {
    if (v.size() == 1) return v;
    if (v.size() != 5)
        return std::unexpected("d__km takes one distance or five values D0,D1,S1,D2,S2");
    if (!(v[0] > 0 && v[2] > 0 && v[4] > 0 && v[1] >= v[0] && v[3] >= v[1]))
        return std::unexpected(
            "d__km range D0,D1,S1,D2,S2 needs 0 < D0 <= D1 <= D2 and positive steps");
    if ((v[1] - v[0]) / v[2] + (v[3] - v[1]) / v[4] > 100000)
        return std::unexpected("d__km range gives more than 100000 distances");
    std::vector<double> out;
    double d = 0;
    int i = 0;
    do {
        d = v[0] + i++ * v[2];
        out.push_back(d);
    } while (d < v[1]);
    do {
        d += v[4];
        out.push_back(d);
    } while (d < v[3]);
    return out;
}

}  // namespace

std::expected<DriverInput, std::string> parse_driver_input(std::string_view text, DriverMode mode) {
    DriverInput in;
    in.mode = mode;
    std::vector<std::string> seen;
    int line_no = 0;
    for (std::string_view line : split(text, '\n')) {
        ++line_no;
        line = trim_blanks(line);
        if (line.empty()) continue;
        const auto comma = line.find(',');
        const std::string where = "line " + std::to_string(line_no) + ": ";
        if (comma == std::string_view::npos)
            return std::unexpected(where + "expected key,value, got '" + std::string(line) + "'");
        const std::string key = lower(trim_blanks(line.substr(0, comma)));
        std::vector<double> values;
        for (std::string_view part : split(line.substr(comma + 1), ',')) {
            const auto v = parse_plain_number(part);
            if (!v)
                return std::unexpected(where + key + ": '" + std::string(trim_blanks(part)) +
                                       "' is not a number");
            values.push_back(*v);
        }
        if (std::find(seen.begin(), seen.end(), key) != seen.end())
            return std::unexpected(where + key + " is given twice");
        seen.push_back(key);

        const bool list_ok = key == "situation" || key == "confidence" || key == "reliability" ||
                             (key == "d__km" && mode == DriverMode::Area);
        if (values.size() != 1 && !list_ok)
            return std::unexpected(where + key + " takes one value");
        const double v = values.front();
        const auto integer = [&](int lo, int hi) -> std::expected<int, std::string> {
            if (v != std::floor(v) || v < lo || v > hi)
                return std::unexpected(where + key + " must be an integer " + std::to_string(lo) +
                                       "-" + std::to_string(hi) + ", got " +
                                       std::string(trim_blanks(line.substr(comma + 1))));
            return static_cast<int>(v);
        };
        const bool area_key = key == "d__km" || key == "delta_h__meter" ||
                              key == "tx_site_criteria" || key == "rx_site_criteria";
        if (area_key && mode != DriverMode::Area)
            return std::unexpected(where + key + " is an area-mode input (use --mode area)");

        if (key == "h_tx__meter") {
            in.tx_height_m = v;
        } else if (key == "h_rx__meter") {
            in.rx_height_m = v;
        } else if (key == "climate") {
            auto c = integer(1, 7);
            if (!c) return std::unexpected(c.error());
            in.environment.climate = static_cast<Climate>(*c);
        } else if (key == "n_0") {
            in.environment.n0_n_units = v;
        } else if (key == "f__mhz") {
            in.freq_mhz = v;
        } else if (key == "pol") {
            auto p = integer(0, 1);
            if (!p) return std::unexpected(p.error());
            in.environment.polarization = static_cast<Polarization>(*p);
        } else if (key == "epsilon") {
            in.environment.epsilon = v;
        } else if (key == "sigma") {
            in.environment.sigma_s_per_m = v;
        } else if (key == "mdvar") {
            auto m = integer(0, 33);
            if (!m) return std::unexpected(m.error());
            in.mdvar = *m;
        } else if (key == "time") {
            in.time_pct = v;
        } else if (key == "location") {
            in.location_pct = v;
        } else if (key == "situation") {
            in.situation_pct = values;
        } else if (key == "confidence") {
            in.confidence_pct = values;
        } else if (key == "reliability") {
            in.reliability_pct = values;
        } else if (key == "d__km") {
            auto d = distance_list(values);
            if (!d) return std::unexpected(where + d.error());
            in.distance_km = *d;
        } else if (key == "delta_h__meter") {
            in.delta_h_m = v;
        } else if (key == "tx_site_criteria" || key == "rx_site_criteria") {
            auto s = integer(0, 2);
            if (!s) return std::unexpected(s.error());
            (key[0] == 't' ? in.tx_siting : in.rx_siting) = static_cast<Siting>(*s);
        } else {
            return std::unexpected(where + "unknown key '" + key + "'");
        }
    }

    const auto has = [&](std::string_view k) {
        return std::find(seen.begin(), seen.end(), k) != seen.end();
    };
    std::vector<std::string> required = {"h_tx__meter", "h_rx__meter", "climate", "n_0",  "f__mhz",
                                         "pol",         "epsilon",     "sigma",   "mdvar"};
    if (mode == DriverMode::Area)
        for (const char* k : {"d__km", "delta_h__meter", "tx_site_criteria", "rx_site_criteria"})
            required.emplace_back(k);
    const bool tls = has("time") || has("location") || has("situation");
    const bool cr = has("confidence") || has("reliability");
    if (tls && cr)
        return std::unexpected("give time/location/situation or confidence/reliability, not both");
    if (!tls && !cr)
        return std::unexpected(
            "missing the variability: time, location, situation (or confidence, reliability)");
    in.confidence_reliability = cr;
    if (tls)
        for (const char* k : {"time", "location", "situation"}) required.emplace_back(k);
    else
        for (const char* k : {"confidence", "reliability"}) required.emplace_back(k);
    std::string missing;
    for (const std::string& k : required)
        if (!has(k)) missing += (missing.empty() ? "" : ", ") + k;
    if (!missing.empty()) return std::unexpected("missing " + missing);
    if (mode == DriverMode::PointToPoint) in.distance_km = {0.0};
    return in;
}

std::vector<DriverCase> driver_cases(const DriverInput& in) {
    std::vector<DriverCase> out;
    for (double d : in.distance_km) {
        if (in.confidence_reliability) {
            for (double rel : in.reliability_pct)
                for (double conf : in.confidence_pct)
                    out.push_back(
                        {d, Variability::confidence_reliability(in.mdvar, conf, rel), conf, rel});
        } else {
            for (double sit : in.situation_pct)
                out.push_back({d,
                               Variability::time_location_situation(in.mdvar, in.time_pct,
                                                                    in.location_pct, sit),
                               0, 0});
        }
    }
    return out;
}

std::expected<PflTerrain, std::string> parse_pfl(std::string_view text) {
    text = trim_blanks(text);
    const auto parts = split(text, ',');
    if (parts.size() < 2) return std::unexpected("expected 'intervals,spacing_m,z0,...,zn'");
    const auto n = parse_plain_number(parts[0]);
    const auto spacing = parse_plain_number(parts[1]);
    if (!n || *n != std::floor(*n) || *n < 2 || *n > 10'000'000)
        return std::unexpected(
            "the first value (number of intervals) must be an integer from 2 to 10000000, got '" +
            std::string(trim_blanks(parts[0])) + "'");
    if (!spacing || !(*spacing > 0))
        return std::unexpected("the second value (spacing in metres) must be positive, got '" +
                               std::string(trim_blanks(parts[1])) + "'");
    const auto intervals = static_cast<std::size_t>(*n);
    if (parts.size() != intervals + 3)
        return std::unexpected(std::to_string(intervals) + " intervals need " +
                               std::to_string(intervals + 1) + " elevations, the line has " +
                               std::to_string(parts.size() - 2));
    PflTerrain t;
    t.spacing_m = *spacing;
    t.elevations_m.reserve(intervals + 1);
    for (std::size_t i = 2; i < parts.size(); ++i) {
        const auto z = parse_plain_number(parts[i]);
        if (!z)
            return std::unexpected("elevation " + std::to_string(i - 2) + ": '" +
                                   std::string(trim_blanks(parts[i])) + "' is not a number");
        t.elevations_m.push_back(*z);
    }
    return t;
}

}  // namespace covplan::core::itm
