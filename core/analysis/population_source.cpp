#include "core/analysis/population_source.h"

#include <cmath>
#include <cstdio>

namespace covplan::core {
namespace {

std::string people(double n) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.0f", n);
    return buf;
}

}  // namespace

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
    char buf[320];

    if (hamlet_population > 0.0) {
        out.source = PopulationSource::Hamlets;
        out.units = layers.hamlets;
        out.total_population = hamlet_population;
        std::size_t estimated = 0;
        for (Hamlet& h : out.units)
            if (h.population > 0.0 && h.households <= 0.0) {
                h.households = h.population / household_size;
                ++estimated;
            }
        if (estimated > 0) {
            out.households_estimated = true;
            std::snprintf(buf, sizeof buf,
                          "%zu of %zu khu vực give no households: estimated as population ÷ "
                          "%.2g persons per household (setting household_size)",
                          estimated, out.units.size(), household_size);
            out.warnings.emplace_back(buf);
        }
        if (ward_population > 0.0 &&
            std::abs(hamlet_population - ward_population) > 0.02 * ward_population) {
            std::snprintf(buf, sizeof buf,
                          "the khu vực populations sum to %s but the ward's figure is %s "
                          "(%+.1f %%); the khu vực figures are used",
                          people(hamlet_population).c_str(), people(ward_population).c_str(),
                          100.0 * (hamlet_population - ward_population) / ward_population);
            out.warnings.emplace_back(buf);
        }
        return out;
    }
    if (ward_population > 0.0) {
        out.source = PopulationSource::Ward;
        out.total_population = ward_population;
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
            std::snprintf(buf, sizeof buf,
                          "residents from the ward's own figure (%s), spread over the ward: %s; "
                          "households estimated as population ÷ %.2g (setting household_size)",
                          people(ward_population).c_str(),
                          layers.hamlets.empty() ? "there are no khu vực polygons"
                                                 : "the khu vực polygons carry no population",
                          household_size);
            out.warnings.emplace_back(buf);
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
        out.warnings.emplace_back(
            "the population raster is not used: residents are counted inside the ward, and "
            "the project has no ward polygon");
        return out;
    }
    out.warnings.emplace_back(
        "no population: neither khu vực nor the ward carry a population figure, so the "
        "population and household KPIs are not available (map a population field, e.g. "
        "--map population=dan_so)");
    return out;
}

}  // namespace covplan::core
