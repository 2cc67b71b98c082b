#include "core/analysis/population_grid.h"

#include <cmath>
#include <cstdio>
#include <string>

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
    std::size_t overlap_px = 0;
    std::pair<int, int> overlap_example{-1, -1};
    for (std::size_t h = 0; h < hamlets.size(); ++h) {
        const auto spans = rasterize(hamlets[h].area, g);
        double total_w = 0.0;
        std::size_t count = 0;
        for_each_pixel(spans, g, [&](std::size_t p) {
            // Overlapping hamlets: the first one listed keeps the pixel.
            if (out.hamlet[p] >= 0) {
                if (overlap_px++ == 0) overlap_example = {out.hamlet[p], static_cast<int>(h)};
                return;
            }
            out.hamlet[p] = static_cast<std::int16_t>(h);
            ++count;
            total_w += out.weighted ? class_weight[landuse[p]] : 1.0;
        });
        out.hamlet_area_m2[h] = static_cast<double>(count) * px_area;
        if (count == 0) {
            out.warnings.push_back(make_note("khu vực '%s' covers no pixel centre of the grid",
                                             "khu vực '%s' không chứa tâm ô lưới nào",
                                             hamlets[h].name.c_str()));
            continue;
        }
        bool uniform = !out.weighted;
        if (out.weighted && total_w <= 0.0) {
            out.warnings.push_back(make_note(
                "khu vực '%s' has no settled land-use class; its population is spread uniformly",
                "khu vực '%s' không có loại đất ở; dân số được phân bổ đều",
                hamlets[h].name.c_str()));
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
    if (overlap_px > 0) {
        out.warnings.push_back(make_note(
            "khu vực overlap over %.3f km² (e.g. '%s' and '%s'); each overlapping pixel counts "
            "once, for the first of them",
            "các khu vực chồng lấn %.3f km² (ví dụ '%s' và '%s'); phần chồng lấn chỉ tính một "
            "lần, cho khu vực đứng trước",
            static_cast<double>(overlap_px) * px_area / 1e6,
            hamlets[static_cast<std::size_t>(overlap_example.first)].name.c_str(),
            hamlets[static_cast<std::size_t>(overlap_example.second)].name.c_str()));
    }
    return out;
}

namespace {

//! Ward pixels no khu vực holds: their residents are in no figure, so every
//! population KPI leaves them out.
void check_ward_is_covered(PopulationGrid& out, const PlanLayers& layers, const GridSpec& g) {
    std::size_t ward_px = 0, outside_px = 0;
    std::vector<std::uint8_t> seen(out.hamlet.size(), 0);
    for (const Ward& w : layers.ward)
        for_each_pixel(rasterize(w.area, g), g, [&](std::size_t p) {
            if (seen[p]) return;
            seen[p] = 1;
            ++ward_px;
            outside_px += out.hamlet[p] < 0;
        });
    if (ward_px == 0 || outside_px * 100 < ward_px) return;  // under 1 %: digitising slivers
    const double px_km2 = g.pixel_size_m * g.pixel_size_m / 1e6;
    out.warnings.push_back(make_note(
        "the khu vực leave %.2f km² of the ward (%.1f %%) outside all of them; residents "
        "there are in no khu vực figure and no population KPI",
        "các khu vực bỏ sót %.2f km² của phường (%.1f %%); dân cư ở đó không nằm trong số "
        "liệu khu vực nào và không được tính vào chỉ tiêu dân số",
        static_cast<double>(outside_px) * px_km2,
        100.0 * static_cast<double>(outside_px) / static_cast<double>(ward_px)));
}

//! Replaces the spread of `out` by the raster's, unit by unit (see the header).
void use_raster(PopulationGrid& out, const float* raster, double household_size) {
    const std::size_t n_units = out.units.size();
    std::vector<double> counted(n_units, 0.0);
    for (std::size_t p = 0; p < out.hamlet.size(); ++p)
        if (out.hamlet[p] >= 0 && raster[p] > 0.0f)
            counted[static_cast<std::size_t>(out.hamlet[p])] += raster[p];
    std::vector<double> scale(n_units, 0.0), households_per_person(n_units, 0.0);
    double scale_min = HUGE_VAL, scale_max = 0.0, raster_total = 0.0, figure_total = 0.0;
    std::size_t scaled = 0;
    for (std::size_t h = 0; h < n_units; ++h) {
        Hamlet& unit = out.units[h];
        raster_total += counted[h];
        if (counted[h] <= 0.0) {
            if (unit.population > 0.0)
                out.warnings.push_back(make_note(
                    "the population raster counts nobody in '%s'; its figure (%s) is spread "
                    "without it",
                    "bản đồ dân số không có người nào trong '%s'; số dân của nó (%s) được phân "
                    "bổ không theo bản đồ",
                    unit.name.c_str(), Count{unit.population}));
            continue;
        }
        if (unit.population > 0.0) {
            figure_total += unit.population;
            scale[h] = unit.population / counted[h];
            households_per_person[h] = unit.households / unit.population;
            scale_min = std::min(scale_min, scale[h]);
            scale_max = std::max(scale_max, scale[h]);
            ++scaled;
        } else {
            scale[h] = 1.0;
            unit.population = counted[h];
            unit.households = counted[h] / household_size;
            households_per_person[h] = 1.0 / household_size;
        }
    }
    for (std::size_t p = 0; p < out.hamlet.size(); ++p) {
        const int h = out.hamlet[p];
        if (h < 0 || scale[static_cast<std::size_t>(h)] == 0.0) continue;
        const double v = raster[p] > 0.0f ? raster[p] * scale[static_cast<std::size_t>(h)] : 0.0;
        out.population[p] = static_cast<float>(v);
        out.households[p] =
            static_cast<float>(v * households_per_person[static_cast<std::size_t>(h)]);
    }
    out.weighted = false;
    if (scaled > 0)
        out.warnings.push_back(make_note(
            "residents placed by the population raster and scaled inside %zu unit(s) to their "
            "figures (the raster counts %s there, the figures say %s; scale factors "
            "%.2f–%.2f)",
            "dân cư phân bố theo bản đồ dân số và hiệu chỉnh trong %zu đơn vị theo số dân của "
            "chúng (bản đồ đếm được %s, số liệu là %s; hệ số hiệu chỉnh %.2f–%.2f)",
            scaled, Count{raster_total}, Count{figure_total}, scale_min, scale_max));
    else
        out.warnings.push_back(make_note(
            "residents from the population raster's own count (%s inside the ward: no khu vực "
            "or ward figure to scale it to); households estimated as population ÷ %.2g "
            "(setting household_size)",
            "dân số lấy đúng theo bản đồ dân số (%s người trong phường: không có số dân khu vực "
            "hay phường để hiệu chỉnh); số hộ ước tính bằng dân số ÷ %.2g (thiết lập "
            "household_size)",
            Count{raster_total}, household_size));
}

}  // namespace

PopulationGrid spread_plan_population(const PlanLayers& layers, double household_size,
                                      const GridSpec& grid, const std::uint8_t* landuse,
                                      const std::array<float, 256>& class_weight,
                                      const float* people_per_pixel) {
    PopulationUnits units = population_units(layers, household_size, people_per_pixel != nullptr);
    PopulationGrid out = spread_population(units.units, grid, landuse, class_weight);
    out.source = units.source;
    out.households_estimated = units.households_estimated;
    out.warnings.insert(out.warnings.begin(), units.warnings.begin(), units.warnings.end());
    if (units.source == PopulationSource::Hamlets) check_ward_is_covered(out, layers, grid);
    if (people_per_pixel && !out.units.empty()) {
        out.scaled_to = units.source;
        out.source = PopulationSource::Raster;
        use_raster(out, people_per_pixel, household_size);
    }
    return out;
}

}  // namespace covplan::core
