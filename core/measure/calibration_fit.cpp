#include "core/measure/calibration_fit.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

namespace covplan::core {
namespace {

double log_km(const ComparedSample& s) { return std::log10(std::max(1.0, s.distance_m) / 1000.0); }

struct Line {
    double offset = 0, slope = 0;
    bool has_slope = false;
};

// Least squares of e = offset + slope x; intercept only when x spans less than
// min_decades (a slope fitted on a short span is noise).
Line fit_line(const std::vector<double>& x, const std::vector<double>& e, double min_decades) {
    Line l;
    const double n = static_cast<double>(x.size());
    if (x.empty()) return l;
    double mx = 0, me = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        mx += x[i];
        me += e[i];
    }
    mx /= n;
    me /= n;
    const auto [lo, hi] = std::minmax_element(x.begin(), x.end());
    double sxx = 0, sxe = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sxx += (x[i] - mx) * (x[i] - mx);
        sxe += (x[i] - mx) * (e[i] - me);
    }
    if (*hi - *lo >= min_decades && sxx > 0) {
        l.slope = sxe / sxx;
        l.has_slope = true;
    }
    // Centred on 1 km: offset is the correction at 1 km.
    l.offset = me - l.slope * mx;
    return l;
}

std::string db(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

ModelCalibration fit(const std::vector<const ComparedSample*>& train, const CalibrationOptions& o,
                     std::vector<std::string>* notes) {
    ModelCalibration cal;
    cal.by = calibration_scope_name(o.scope);
    cal.samples = train.size();
    std::vector<double> x, e;
    std::map<int, double> clutter_offset;
    for (int iteration = 0; iteration < (o.scope == CalibrationScope::Clutter ? 6 : 1);
         ++iteration) {
        x.clear();
        e.clear();
        for (const ComparedSample* s : train) {
            x.push_back(log_km(*s));
            double off = 0;
            if (auto it = clutter_offset.find(s->clutter); it != clutter_offset.end())
                off = it->second;
            e.push_back(s->error_db() - off);
        }
        const Line g = fit_line(x, e, o.min_decades);
        cal.global = {g.offset, g.slope, train.size()};
        if (iteration == 0 && notes && !g.has_slope)
            notes->push_back("the samples span less than " + db(o.min_decades) +
                             " decade(s) of distance: offset only, no slope");
        if (o.scope != CalibrationScope::Clutter) break;
        // Class offsets: the mean of what the distance line leaves, per class.
        std::map<int, std::pair<double, std::size_t>> sums;
        for (const ComparedSample* s : train) {
            const double r = s->error_db() - (g.offset + g.slope * log_km(*s));
            auto& [sum, n] = sums[s->clutter];
            sum += r;
            ++n;
        }
        clutter_offset.clear();
        for (const auto& [cls, sn] : sums)
            if (cls >= 0 && sn.second >= o.min_samples)
                clutter_offset[cls] = sn.first / static_cast<double>(sn.second);
    }
    if (o.scope == CalibrationScope::Clutter) {
        cal.clutter_offset_db = clutter_offset;
        if (notes) {
            std::set<int> classes;
            for (const ComparedSample* s : train) classes.insert(s->clutter);
            if (classes.empty() || (classes.size() == 1 && *classes.begin() < 0))
                notes->push_back("the project has no land use: no class offsets, global fit only");
            for (int c : classes)
                if (c >= 0 && !clutter_offset.contains(c))
                    notes->push_back("land-use class " + std::to_string(c) + ": fewer than " +
                                     std::to_string(o.min_samples) +
                                     " samples, no offset of its own");
        }
    }
    if (o.scope == CalibrationScope::Cell) {
        std::map<std::string, std::pair<std::vector<double>, std::vector<double>>> per_site;
        for (const ComparedSample* s : train) {
            if (s->site_id.empty()) continue;
            auto& [sx, se] = per_site[s->site_id];
            sx.push_back(log_km(*s));
            se.push_back(s->error_db());
        }
        for (const auto& [site, xe] : per_site) {
            const auto& [sx, se] = xe;
            const auto [lo, hi] = std::minmax_element(sx.begin(), sx.end());
            if (sx.size() < o.min_samples) {
                if (notes)
                    notes->push_back("site " + site + ": " + std::to_string(sx.size()) +
                                     " samples (a fit of its own needs " +
                                     std::to_string(o.min_samples) + "): global fit used");
                continue;
            }
            if (*hi - *lo < o.min_decades) {
                // Too short a span for a slope: the site's own offset on the global slope.
                double sum = 0;
                for (std::size_t i = 0; i < sx.size(); ++i)
                    sum += se[i] - cal.global.slope_db_per_decade * sx[i];
                cal.by_site[site] = {sum / static_cast<double>(sx.size()),
                                     cal.global.slope_db_per_decade, sx.size()};
                if (notes)
                    notes->push_back("site " + site + ": samples over " + db(*hi - *lo) +
                                     " decade(s) of distance only (a slope needs " +
                                     db(o.min_decades) + "): its own offset, the global slope");
                continue;
            }
            const Line l = fit_line(sx, se, o.min_decades);
            cal.by_site[site] = {l.offset, l.slope, sx.size()};
        }
    }
    return cal;
}

std::uint64_t mix(std::uint64_t v) {  // splitmix64: a fixed, seedless shuffle of blocks
    v += 0x9e3779b97f4a7c15ULL;
    v = (v ^ (v >> 30)) * 0xbf58476d1ce4e5b9ULL;
    v = (v ^ (v >> 27)) * 0x94d049bb133111ebULL;
    return v ^ (v >> 31);
}

}  // namespace

std::optional<CalibrationScope> parse_calibration_scope(std::string_view t) {
    if (t == "global") return CalibrationScope::Global;
    if (t == "cell") return CalibrationScope::Cell;
    if (t == "clutter") return CalibrationScope::Clutter;
    return std::nullopt;
}

const char* calibration_scope_name(CalibrationScope s) {
    switch (s) {
        case CalibrationScope::Global:
            return "global";
        case CalibrationScope::Cell:
            return "cell";
        case CalibrationScope::Clutter:
            return "clutter";
    }
    return "global";
}

double calibration_correction_db(const ModelCalibration& c, const ComparedSample& s) {
    const CalibrationTerm& t = c.term_for(s.site_id);
    double v = t.offset_db + t.slope_db_per_decade * log_km(s);
    if (auto it = c.clutter_offset_db.find(s.clutter); it != c.clutter_offset_db.end())
        v += it->second;
    return v;
}

std::expected<CalibrationReport, std::string> fit_calibration(
    const std::vector<ComparedSample>& compared, const CalibrationOptions& o) {
    if (compared.size() < o.min_samples)
        return std::unexpected("only " + std::to_string(compared.size()) +
                               " compared samples; a calibration needs at least " +
                               std::to_string(o.min_samples));
    if (o.folds < 2 || o.folds > 100)
        return std::unexpected("folds must be 2–100, not " + std::to_string(o.folds));
    CalibrationReport r;
    // Spatial blocks, each wholly in one fold: neighbouring samples are correlated
    // (shadowing decorrelates over ~50–100 m), so a random split would flatter the fit.
    std::map<std::pair<long long, long long>, std::uint64_t> block_key;
    std::vector<std::pair<long long, long long>> block_of(compared.size());
    for (std::size_t i = 0; i < compared.size(); ++i) {
        const auto b = std::make_pair(
            static_cast<long long>(std::floor(compared[i].location.x() / o.block_m)),
            static_cast<long long>(std::floor(compared[i].location.y() / o.block_m)));
        block_of[i] = b;
        block_key.try_emplace(b, mix(static_cast<std::uint64_t>(b.first) * 1000003ULL ^
                                     static_cast<std::uint64_t>(b.second)));
    }
    r.blocks = block_key.size();
    if (r.blocks < 2)
        return std::unexpected("the samples lie in a single " + db(o.block_m / 1000.0) +
                               " km block: no spatially separate data to cross-validate on");
    r.folds = std::min<int>(o.folds, static_cast<int>(r.blocks));
    if (r.folds < o.folds)
        r.notes.push_back(std::to_string(r.blocks) + " blocks of " + db(o.block_m) + " m only: " +
                          std::to_string(r.folds) + " folds instead of " + std::to_string(o.folds));
    std::vector<std::pair<std::uint64_t, std::pair<long long, long long>>> ordered;
    for (const auto& [b, k] : block_key) ordered.push_back({k, b});
    std::sort(ordered.begin(), ordered.end());
    std::map<std::pair<long long, long long>, int> fold_of_block;
    for (std::size_t i = 0; i < ordered.size(); ++i)
        fold_of_block[ordered[i].second] = static_cast<int>(i % static_cast<std::size_t>(r.folds));

    std::vector<double> predicted, measured, corrected;
    for (const ComparedSample& s : compared) {
        predicted.push_back(s.predicted_dbm);
        measured.push_back(s.measured_dbm);
    }
    r.before = error_stats(predicted, measured);
    corrected.assign(compared.size(), 0.0);
    for (int f = 0; f < r.folds; ++f) {
        std::vector<const ComparedSample*> train;
        for (std::size_t i = 0; i < compared.size(); ++i)
            if (fold_of_block[block_of[i]] != f) train.push_back(&compared[i]);
        const ModelCalibration cal = fit(train, o, nullptr);
        for (std::size_t i = 0; i < compared.size(); ++i)
            if (fold_of_block[block_of[i]] == f)
                corrected[i] =
                    compared[i].predicted_dbm - calibration_correction_db(cal, compared[i]);
    }
    r.after = error_stats(corrected, measured);
    std::vector<const ComparedSample*> all;
    for (const ComparedSample& s : compared) all.push_back(&s);
    r.calibration = fit(all, o, &r.notes);
    r.calibration.folds = r.folds;
    r.calibration.rmse_before_db = r.before.rmse_db;
    r.calibration.rmse_after_db = r.after.rmse_db;
    return r;
}

}  // namespace covplan::core
