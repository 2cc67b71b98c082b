#pragma once
// Where a ward's residents come from, decided once for every KPI, table and map.
// Public sources give most wards no khu vực polygons, only the ward's own figure, so
// the order is (the first available wins; the method section names it):
//   1. khu vực / ấp polygons carrying populations;
//   2. the ward's own population, spread over the ward;
//   3. none: KPIs that need people are "not available", never 0 %.
// Households come from a households field, else population ÷ household_size (with a
// warning naming the figure used).

#include <string>
#include <vector>

#include "core/hamlet.h"
#include "core/plan_layers.h"

namespace covplan::core {

enum class PopulationSource { Hamlets, Ward, None };

//! "hamlets", "ward", "none".
[[nodiscard]] const char* population_source_name(PopulationSource source);

struct PopulationUnits {
    PopulationSource source = PopulationSource::None;
    //! The polygons the residents are spread over, with their figures: the hamlets,
    //! or the ward's polygons as units of their own.
    std::vector<Hamlet> units;
    bool households_estimated = false;
    double total_population = 0.0;
    //! Checks with numbers: hamlet sums against the ward's figure, estimates used.
    std::vector<std::string> warnings;
};

[[nodiscard]] PopulationUnits population_units(const PlanLayers& layers, double household_size);

}  // namespace covplan::core
