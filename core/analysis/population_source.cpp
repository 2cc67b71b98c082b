#include "core/analysis/population_source.h"

#include <cmath>
#include <cstdio>

namespace covplan::core {
const char* population_source_name(PopulationSource source) {
    switch (source) {
        case PopulationSource::Raster:
            return "raster";
        case PopulationSource::Hamlets:
            return "hamlets";
        case PopulationSource::Ward:
            return "ward";
        case PopulationSource::None:
            return "none";
    }
    return "none";
}

PopulationUnits population_units(const PlanLayers& layers, double household_size,
                                 bool counts_raster) {
    PopulationUnits out;
    double ward_population = 0.0;
    for (const Ward& w : layers.ward) ward_population += std::max(0.0, w.population);
    double hamlet_population = 0.0;
    for (const Hamlet& h : layers.hamlets) hamlet_population += std::max(0.0, h.population);

    if (hamlet_population > 0.0) {
        out.source = PopulationSource::Hamlets;
        out.units = layers.hamlets;
        std::size_t estimated = 0;
        for (Hamlet& h : out.units)
            if (h.population > 0.0 && h.households <= 0.0) {
                h.households = h.population / household_size;
                ++estimated;
            }
        if (estimated > 0) {
            out.households_estimated = true;
            out.warnings.push_back(make_note(
                "%zu of %zu khu vực give no households: estimated as population ÷ %.2g "
                "persons per household (setting household_size)",
                "%zu trên %zu khu vực không có số hộ: ước tính bằng dân số ÷ %.2g người/hộ "
                "(thiết lập household_size)",
                estimated, out.units.size(), household_size));
        }
        if (ward_population > 0.0 &&
            std::abs(hamlet_population - ward_population) > 0.02 * ward_population) {
            out.warnings.push_back(make_note(
                "the khu vực populations sum to %s but the ward's figure is %s (%+.1f %%); the "
                "khu vực figures are used",
                "tổng dân số các khu vực là %s nhưng số của phường là %s (%+.1f %%); dùng số "
                "của các khu vực",
                Count{hamlet_population}, Count{ward_population},
                100.0 * (hamlet_population - ward_population) / ward_population));
        }
        return out;
    }
    if (ward_population > 0.0) {
        out.source = PopulationSource::Ward;
        out.households_estimated = true;
        for (const Ward& w : layers.ward) {
            Hamlet unit;
            unit.name = w.name;
            unit.code = w.code;
            unit.population = std::max(0.0, w.population);
            unit.households = unit.population / household_size;
            unit.area = w.area;
            out.units.push_back(std::move(unit));
        }
        if (!counts_raster) {
            const bool none = layers.hamlets.empty();
            const char* en =
                "residents from the ward's own figure (%s), spread over the ward: %s; "
                "households estimated as population ÷ %.2g (setting household_size)";
            const char* vi =
                "dân số lấy theo số của phường (%s), phân bổ trên toàn phường: %s; số hộ ước "
                "tính bằng dân số ÷ %.2g (thiết lập household_size)";
            // The reason is words: each language gets its own.
            Note n = make_note(
                en, en, Count{ward_population},
                none ? "there are no khu vực polygons" : "the khu vực polygons carry no population",
                household_size);
            n.vi = make_note(vi, vi, Count{ward_population},
                             none ? "không có ranh giới khu vực" : "các khu vực không có số dân",
                             household_size)
                       .vi;
            out.warnings.push_back(std::move(n));
        }
        return out;
    }
    if (counts_raster && !layers.ward.empty()) {
        // The raster's own count, inside the ward's polygons.
        out.source = PopulationSource::None;
        out.households_estimated = true;
        for (const Ward& w : layers.ward) {
            Hamlet unit;
            unit.name = w.name;
            unit.code = w.code;
            unit.area = w.area;
            out.units.push_back(std::move(unit));
        }
        return out;
    }
    if (counts_raster) {
        out.warnings.push_back(make_note(
            "the population raster is not used: residents are counted inside the ward, and "
            "the project has no ward polygon",
            "không dùng bản đồ dân số: dân cư được tính trong ranh giới phường, mà dự án "
            "chưa có ranh giới phường"));
        return out;
    }
    out.warnings.push_back(
        make_note("no population: neither khu vực nor the ward carry a population figure, so the "
                  "population and household KPIs are not available (map a population field, e.g. "
                  "--map population=dan_so)",
                  "không có số liệu dân số: cả khu vực lẫn phường đều không có số dân, nên các chỉ "
                  "tiêu theo dân số và hộ không tính được (gán trường dân số, ví dụ "
                  "--map population=dan_so)"));
    return out;
}

}  // namespace covplan::core
