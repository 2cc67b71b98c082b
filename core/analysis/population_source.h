#pragma once
// Where a ward's residents come from, decided once for every KPI, table and map.
// Public sources give most wards no khu vực polygons, only the ward's own figure, so
// the order is (the first available wins; the method section names it):
//   1. a population raster (people per pixel), scaled inside each khu vực (or the
//      ward) to its figure when it carries one;
//   2. khu vực / ấp polygons carrying populations;
//   3. the ward's own population, spread over the ward;
//   4. none: KPIs that need people are "not available", never 0 %.
// Households come from a households field, else population ÷ household_size (with a
// warning naming the figure used).

#include <string>
#include <vector>

#include "core/hamlet.h"
#include "core/note.h"
#include "core/plan_layers.h"

namespace covplan::core {

enum class PopulationSource { Raster, Hamlets, Ward, None };

//! "raster", "hamlets", "ward", "none".
[[nodiscard]] const char* population_source_name(PopulationSource source);

struct PopulationUnits {
    PopulationSource source = PopulationSource::None;
    //! The polygons the residents are spread over, with their figures: the hamlets,
    //! or the ward's polygons as units of their own.
    std::vector<Hamlet> units;
    bool households_estimated = false;
    //! Checks with numbers: hamlet sums against the ward's figure, estimates used.
    std::vector<Note> warnings;
};

//! The units and figures residents are counted in. With `counts_raster` (the plan
//! has a population raster) a ward without any figure still gives its polygons as
//! units (population 0: the raster's own count is used).
[[nodiscard]] PopulationUnits population_units(const PlanLayers& layers, double household_size,
                                               bool counts_raster = false);

}  // namespace covplan::core
