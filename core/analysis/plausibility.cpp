#include "core/analysis/plausibility.h"

#include <boost/geometry.hpp>
#include <cstdio>

namespace covplan::core {

std::vector<Note> plausibility_warnings(const PlanLayers& layers, const AreaCoverage& area,
                                        const SiteCounts& sites) {
    std::vector<Note> out;
    const CoverageTally& w = area.ward;
    if (w.population > 0) {
        const double s4 = CoverageTally::share(w.population_4g, w.population);
        const double s5 = CoverageTally::share(w.population_5g, w.population);
        if (s5 > s4 + 0.10) {
            out.push_back(make_note(
                "5G reaches %.1f %% of residents but 4G only %.1f %%: check the 4G sites' band, "
                "power and antenna (5G from the same towers rarely reaches farther)",
                "5G phủ %.1f %% dân số nhưng 4G chỉ %.1f %%: kiểm tra băng tần, công suất và "
                "anten của các trạm 4G (5G trên cùng cột hiếm khi phủ xa hơn)",
                100 * s5, 100 * s4));
        }
        const int stations =
            sites.existing_4g + sites.existing_5g + sites.proposed_4g + sites.proposed_5g;
        if (stations > 0 && w.population_4g <= 0 && w.population_5g <= 0) {
            out.push_back(make_note(
                "no resident is covered although %d station(s) stand inside the ward: check "
                "the thresholds, the sites' power and the population layer's position",
                "không người dân nào được phủ sóng dù có %d trạm trong phường: kiểm tra ngưỡng, "
                "công suất trạm và vị trí lớp dân số",
                stations));
        }
    }
    if (!layers.ward.empty())
        for (const Site& s : layers.sites) {
            double d = -1;
            for (const Ward& ward : layers.ward) {
                const double dw = bg::distance(s.location, ward.area);
                if (d < 0 || dw < d) d = dw;
            }
            if (d > 10000.0) {
                out.push_back(make_note("site %s is %.1f km from the ward: is its position right?",
                                        "trạm %s cách phường %.1f km: vị trí có đúng không?",
                                        s.site_id.c_str(), d / 1000.0));
            }
        }
    return out;
}

}  // namespace covplan::core
