#include "core/measure/serving_match.h"

#include <charconv>
#include <cmath>
#include <map>

#include "core/radio/band_table.h"

namespace covplan::core {
namespace {

const OperatingBand* band_of(double freq_mhz) {
    for (const OperatingBand& b : operating_bands())
        if (freq_mhz >= b.dl_low_mhz && freq_mhz <= b.dl_high_mhz) return &b;
    return nullptr;
}

std::optional<long long> integer_id(const std::string& text) {
    long long v = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return v;
}

}  // namespace

bool same_band(double a, double b) {
    if (!std::isfinite(a) || !std::isfinite(b)) return true;  // nothing says otherwise
    const OperatingBand* ba = band_of(a);
    const OperatingBand* bb = band_of(b);
    // Bands overlap in the table (B3 inside n3...): compare by range, not by entry.
    if (ba && bb) return ba->dl_low_mhz <= b && b <= ba->dl_high_mhz;
    return std::abs(a - b) <= 10.0;
}

ServingMatch match_serving_sites(const std::vector<Measurement>& samples,
                                 const std::vector<std::optional<Point>>& serving_xy,
                                 const std::vector<Site>& sites) {
    ServingMatch out;
    out.site.assign(samples.size(), -1);
    // A proposed site is not on air: nothing measured was served by it.
    std::map<std::string, int, std::less<>> by_id;
    for (std::size_t i = 0; i < sites.size(); ++i)
        if (sites[i].status != SiteStatus::Proposed) by_id.emplace(sites[i].site_id, int(i));
    auto unmatched = [&](std::size_t i, std::string why) {
        ++out.unmatched;
        if (out.unmatched_examples.size() < 5)
            out.unmatched_examples.push_back("sample " + std::to_string(i + 1) + ": " + why);
    };
    // Positions repeat for thousands of samples: one search per (x, y, freq).
    std::map<std::tuple<long long, long long, long long>, int> position_cache;
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const Measurement& m = samples[i];
        if (!m.serving_site_id.empty()) {
            const std::string& id = m.serving_site_id;
            auto it = by_id.find(id);
            if (it == by_id.end())
                if (auto slash = id.rfind('/'); slash != std::string::npos)
                    it = by_id.find(std::string_view(id).substr(0, slash));
            if (it == by_id.end())
                if (auto eci = integer_id(id); eci && *eci >= 256)
                    it = by_id.find(std::to_string(*eci / 256));  // LTE ECI = eNB id x 256 + cell
            if (it != by_id.end()) {
                out.site[i] = it->second;
                ++out.by_id;
                continue;
            }
            if (!(i < serving_xy.size() && serving_xy[i])) {
                unmatched(i, "serving id '" + id + "' is no site or cell of the project");
                continue;
            }
        }
        if (i < serving_xy.size() && serving_xy[i]) {
            const Point p = *serving_xy[i];
            const auto key =
                std::make_tuple(std::llround(p.x() * 10), std::llround(p.y() * 10),
                                std::isfinite(m.freq_mhz) ? std::llround(m.freq_mhz * 10) : -1LL);
            auto cached = position_cache.find(key);
            if (cached == position_cache.end()) {
                int best = -1;
                double best_d = kServingMatchRadiusM;
                for (std::size_t s = 0; s < sites.size(); ++s) {
                    if (sites[s].status == SiteStatus::Proposed) continue;
                    if (!same_band(m.freq_mhz, sites[s].freq_mhz)) continue;
                    if (m.technology && *m.technology != sites[s].technology) continue;
                    const double d =
                        std::hypot(sites[s].location.x() - p.x(), sites[s].location.y() - p.y());
                    if (d <= best_d) {
                        best_d = d;
                        best = int(s);
                    }
                }
                cached = position_cache.emplace(key, best).first;
            }
            if (cached->second >= 0) {
                out.site[i] = cached->second;
                ++out.by_position;
            } else {
                char buf[160];
                std::snprintf(buf, sizeof buf,
                              "no site within %.0f m of the serving position %.6f, %.6f at %s",
                              kServingMatchRadiusM, m.serving_lon, m.serving_lat,
                              std::isfinite(m.freq_mhz)
                                  ? (std::to_string(std::lround(m.freq_mhz)) + " MHz").c_str()
                                  : "any frequency");
                unmatched(i, buf);
            }
            continue;
        }
        ++out.unknown;
    }
    return out;
}

}  // namespace covplan::core
