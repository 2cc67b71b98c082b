#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <iostream>

#include "cli/args.h"
#include "cli/commands.h"
#include "gis/crs_transform.h"
#include "gis/vn2000_zones.h"

namespace covplan::cli {

namespace {
constexpr const char* kHelp = R"(Usage: covplan transform --from CRS --to CRS X Y

Converts one coordinate and prints "X Y" with millimetre precision (metres to 0.001,
degrees to 1e-9). X Y are lon lat for geographic CRSs, easting northing otherwise.
CRS: EPSG:4326 (WGS 84), EPSG:4756 (VN-2000), EPSG:32648 (WGS 84 / UTM 48N),
EPSG:3405 (VN-2000 / UTM 48N), vn2000-tm3:PROVINCE (the province's TM-3 zone, table
below), vn2000-tm3:105-30 (a central meridian), utm:LON,LAT, or any WKT/PROJ string.
VN-2000 <-> WGS 84 uses EPSG:6960 (Decision 05/2007/QD-BTNMT).
)";

void print_zone_table() {
    std::cout << "\nVN-2000 TM-3 zones (Circular 973/2001/TT-TCDC; provinces before the 2025 "
                 "merger,\nwith the province each is part of since 1 July 2025):\n";
    for (const gis::Vn2000Zone& z : gis::vn2000_zones()) {
        std::string line = "  vn2000-tm3:" + std::string(z.slug);
        line.resize(std::max<std::size_t>(line.size() + 1, 28), ' ');
        std::cout << line << gis::format_meridian(z.central_meridian_deg) << "  EPSG:" << z.epsg
                  << "  " << z.province;
        if (!z.merged.empty()) std::cout << " (now " << z.merged << ")";
        std::cout << "\n";
    }
    std::cout << "\nMerged provinces whose parts keep different meridians:\n";
    for (const gis::Vn2000Zone& z : gis::vn2000_zones())
        if (z.merged.empty())
            if (std::string note = gis::merged_province_note(z.slug); !note.empty())
                std::cout << "  " << note << "\n";
}

constexpr const char* kOptions = R"(
Options:
  --from CRS      source CRS
  --to CRS        target CRS
  --verbose       also print the operation used (stderr)
)";

double parse_coordinate(const std::string& s, const char* what) {
    double v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size() || !std::isfinite(v))
        throw UsageError{std::string(what) + " '" + s + "' is not a number"};
    return v;
}
}  // namespace

int run_transform(int argc, char** argv) {
    Args args(argc, argv, 2, {"help", "verbose"}, {"from", "to"});
    if (args.has("help")) {
        std::cout << kHelp << kOptions;
        print_zone_table();
        return kExitOk;
    }
    if (!args.get("from") || !args.get("to") || args.positionals().size() != 2)
        throw UsageError{"expected --from CRS --to CRS X Y"};
    double x = parse_coordinate(args.positionals()[0], "X");
    double y = parse_coordinate(args.positionals()[1], "Y");
    auto from = gis::Crs::from_user_input(*args.get("from"));
    if (!from) {
        std::cerr << "covplan transform: --from: " << from.error() << "\n";
        return kExitBadInput;
    }
    auto to = gis::Crs::from_user_input(*args.get("to"));
    if (!to) {
        std::cerr << "covplan transform: --to: " << to.error() << "\n";
        return kExitBadInput;
    }
    if (from->is_geographic() && (std::abs(x) > 180.0 || std::abs(y) > 90.0)) {
        std::cerr << "covplan transform: " << x << " " << y << " is not a longitude/latitude in "
                  << from->describe() << " (give X as longitude, Y as latitude)\n";
        return kExitBadInput;
    }
    auto t = gis::CrsTransform::create(*from, *to);
    if (!t) {
        std::cerr << "covplan transform: " << t.error() << "\n";
        return kExitBadInput;
    }
    if (args.has("verbose"))
        std::cerr << "operation: " << t->operation_name() << "\n" << t->proj_pipeline() << "\n";
    if (!t->transform(x, y)) {
        std::cerr
            << "covplan transform: the point cannot be transformed (outside the CRS's domain)\n";
        return kExitBadInput;
    }
    if (to->is_geographic())
        std::printf("%.9f %.9f\n", x, y);
    else
        std::printf("%.3f %.3f\n", x, y);
    return kExitOk;
}

}  // namespace covplan::cli
