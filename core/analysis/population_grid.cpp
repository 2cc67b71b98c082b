#include "core/analysis/population_grid.h"

#include "core/analysis/polygon_raster.h"

namespace covplan::core {

PopulationGrid spread_population(const std::vector<Hamlet>& hamlets, const GridSpec& g,
                                 const std::uint8_t* landuse,
                                 const std::array<float, 256>& class_weight) {
    PopulationGrid out;
    const std::size_t n = g.pixel_count();
    out.population.assign(n, 0.0f);
    out.households.assign(n, 0.0f);
    out.hamlet.assign(n, -1);
    out.hamlet_area_m2.assign(hamlets.size(), 0.0);
    out.units = hamlets;
    bool any_weight = false;
    for (float w : class_weight) any_weight |= w > 0.0f;
    out.weighted = landuse != nullptr && any_weight;
    const double px_area = g.pixel_size_m * g.pixel_size_m;
    for (std::size_t h = 0; h < hamlets.size(); ++h) {
        const auto spans = rasterize(hamlets[h].area, g);
        double total_w = 0.0;
        std::size_t count = 0;
        for_each_pixel(spans, g, [&](std::size_t p) {
            // Overlapping hamlets: the first one listed keeps the pixel.
            if (out.hamlet[p] >= 0) return;
            out.hamlet[p] = static_cast<std::int16_t>(h);
            ++count;
            total_w += out.weighted ? class_weight[landuse[p]] : 1.0;
        });
        out.hamlet_area_m2[h] = static_cast<double>(count) * px_area;
        if (count == 0) {
            out.warnings.push_back("hamlet '" + hamlets[h].name +
                                   "' covers no pixel centre of the grid");
            continue;
        }
        bool uniform = !out.weighted;
        if (out.weighted && total_w <= 0.0) {
            out.warnings.push_back(
                "hamlet '" + hamlets[h].name +
                "' has no settled land-use class; its population is spread uniformly");
            uniform = true;
            total_w = static_cast<double>(count);
        }
        for_each_pixel(spans, g, [&](std::size_t p) {
            if (out.hamlet[p] != static_cast<std::int16_t>(h)) return;
            const double share = (uniform ? 1.0 : class_weight[landuse[p]]) / total_w;
            out.population[p] = static_cast<float>(hamlets[h].population * share);
            out.households[p] = static_cast<float>(hamlets[h].households * share);
        });
    }
    return out;
}

PopulationGrid spread_plan_population(const PlanLayers& layers, double household_size,
                                      const GridSpec& grid, const std::uint8_t* landuse,
                                      const std::array<float, 256>& class_weight) {
    PopulationUnits units = population_units(layers, household_size);
    PopulationGrid out = spread_population(units.units, grid, landuse, class_weight);
    out.source = units.source;
    out.households_estimated = units.households_estimated;
    out.warnings.insert(out.warnings.begin(), units.warnings.begin(), units.warnings.end());
    return out;
}

}  // namespace covplan::core
