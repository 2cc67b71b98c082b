// `covplan profile`: a point-to-point path profile of a project (the desktop's Profile
// tool draws the same result with the same renderer).

#include <cmath>
#include <cstdio>
#include <iostream>
#include <optional>
#include <string>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/gui_app.h"
#include "cli/report.h"
#include "core/value_parsing.h"
#include "gis/profile_job.h"
#include "render/profile_plot.h"

namespace covplan::cli {
namespace {

constexpr const char* kProfileHelp =
    R"(Usage: covplan profile PROJECT --from SITE_ID|LON,LAT --to SITE_ID|LON,LAT --out DIR [options]

The path profile between two places over the project's DEM: terrain raised by the
Earth's bulge d1·d2/(2kR), the line of sight between the antennas, the first Fresnel
zone, clearances, obstructions, and the basic transmission loss by each model
(free space, Hata / COST-231, TR 38.901, free space + Deygout, ITM point-to-point with
the project's itm.* settings).

  --from A           a site id (its position, antenna height and frequency) or WGS 84
                     "lon,lat" in degrees
  --to B             likewise (a site id gives its antenna height as the far end's)
  --freq-mhz F       default: the --from site's frequency, else 1800
  --tx-height-m H    antenna at A above ground; default the site's, else 30
  --rx-height-m h    antenna at B above ground; default the site's, else the project's
                     receiver_height_m
  --k K              effective Earth radius factor (default 4/3; "4/3" accepted)
  --step-m S         sample spacing along the path (default: the project's resolution)
  --lang vi|en       language of profile.png (default: the project's)

Writes DIR/profile.csv (distance_m, ground_m, curved_ground_m, los_m, fresnel_radius_m,
clearance_m, fresnel_clearance_m; heights in metres above the DEM's datum; clearance is
the line of sight above the curved ground), DIR/profile.json (least clearance in m and
as a share of F1, obstructions, losses by model) and DIR/profile.png.
)";

double parse_k(const std::string& text) {
    const auto slash = text.find('/');
    const auto num = core::parse_plain_number(std::string_view(text).substr(0, slash));
    const auto den = slash == std::string::npos
                         ? std::optional<double>(1.0)
                         : core::parse_plain_number(std::string_view(text).substr(slash + 1));
    if (!num || !den || *den == 0.0)
        throw UsageError{"--k must be a number or a fraction such as 4/3, got '" + text + "'"};
    return *num / *den;
}

}  // namespace

int run_profile(int argc, char** argv) {
    Args a(argc, argv, 2, {"help"},
           {"from", "to", "out", "freq-mhz", "tx-height-m", "rx-height-m", "k", "step-m", "lang"});
    if (a.has("help")) {
        std::cout << kProfileHelp;
        return kExitOk;
    }
    if (a.positionals().size() != 1 || !a.get("from") || !a.get("to") || !a.get("out"))
        throw UsageError{"expected PROJECT --from A --to B --out DIR"};
    gis::ProfileRequest req;
    req.from = *a.get("from");
    req.to = *a.get("to");
    req.freq_mhz = a.number("freq-mhz");
    req.tx_height_m = a.number("tx-height-m");
    req.rx_height_m = a.number("rx-height-m");
    req.step_m = a.number("step-m");
    if (auto k = a.get("k")) req.k_factor = parse_k(*k);
    if (auto e = gis::validate_profile_request(req)) throw UsageError{*e};

    const std::string path = a.positionals()[0];
    auto project = load_valid_project(path, "profile");
    if (!project) return project.error();
    const std::string lang = a.get("lang").value_or(project->settings.language);
    if (lang != "vi" && lang != "en") throw UsageError{"--lang must be vi or en"};

    auto result = gis::compute_profile(*project, req);
    if (!result) {
        std::cerr << "covplan profile: " << result.error() << "\n";
        return kExitBadInput;
    }
    for (const std::string& w : result->warnings) std::cerr << "warning: " << w << "\n";
    auto app = ensure_gui_application(argv[0]);
    const auto png = render::profile_png(*result, lang == "vi");
    auto files = gis::write_profile(*a.get("out"), *result, png);
    if (!files) {
        std::cerr << "covplan profile: " << files.error() << "\n";
        return kExitBadInput;
    }
    const core::PathProfile& p = result->profile;
    std::printf("profile %s -> %s: %.3f km, %zu samples, %.0f MHz, k %.3f\n",
                result->from.label.c_str(), result->to.label.c_str(), p.length_m / 1000.0,
                p.rows.size(), result->input.freq_mhz, result->input.k_factor);
    std::printf(
        "  line of sight: %s; least clearance %.1f m at %.2f km; least F1 clearance %.0f %% "
        "at %.2f km; %zu obstruction(s) within 60 %% of F1\n",
        p.line_of_sight() ? "clear" : "blocked", p.min_clearance_m,
        p.min_clearance_distance_m / 1000.0,
        std::isfinite(p.min_f1_ratio) ? p.min_f1_ratio * 100.0 : 9999.0,
        p.min_f1_ratio_distance_m / 1000.0, p.obstructions.size());
    for (const core::PathModelLoss& l : result->losses) {
        if (std::isfinite(l.loss_db))
            std::printf("  %-8s %7.1f dB%s  %s\n", l.model_id.c_str(), l.loss_db,
                        l.extrapolated ? " *" : "  ", l.note.c_str());
        else
            std::printf("  %-8s     n/a    %s\n", l.model_id.c_str(), l.note.c_str());
    }
    std::printf("outputs:\n");
    for (const std::string& f : *files) std::printf("  %s\n", f.c_str());
    return kExitOk;
}

}  // namespace covplan::cli
