#pragma once
// Residents on the grid. Each hamlet's population (and households) is spread over
// the pixels whose centres fall in its polygon: uniformly, or in proportion to a
// per-land-use-class weight when a land-use raster and weights are given (people
// live in settlement pixels, some in orchards, few in paddies, none on water). A
// hamlet whose pixels all weigh 0 falls back to uniform, with a warning.

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/analysis/population_source.h"
#include "core/grid.h"
#include "core/hamlet.h"
#include "core/plan_layers.h"

namespace covplan::core {

struct PopulationGrid {
    std::vector<float> population;     //!< residents per pixel
    std::vector<float> households;     //!< households per pixel
    std::vector<std::int16_t> hamlet;  //!< index into `units`, -1 outside all
    std::vector<double> hamlet_area_m2;
    //! The polygons the residents were spread over (khu vực, or the ward itself):
    //! every table by unit and every "which khu vực" reads these, not the layer.
    std::vector<Hamlet> units;
    PopulationSource source = PopulationSource::Hamlets;
    //! With source Raster: whose figures the raster was scaled to (Hamlets, Ward), or
    //! None when its own count is used.
    PopulationSource scaled_to = PopulationSource::None;
    bool households_estimated = false;
    bool weighted = false;
    std::vector<Note> warnings;  //!< the population notes, both languages
};

//! `landuse` may be null (uniform). `class_weight[c]` is the relative density of class c.
[[nodiscard]] PopulationGrid spread_population(const std::vector<Hamlet>& hamlets,
                                               const GridSpec& grid, const std::uint8_t* landuse,
                                               const std::array<float, 256>& class_weight);

//! The plan's residents: from the source population_units() picks (khu vực, else the
//! ward's figure, else none), spread as above, with that choice's warnings. With
//! `people_per_pixel` (a population raster on the grid, negative = not counted) the
//! raster decides where people live: inside each unit it is scaled to the unit's
//! figure, or taken as it is when the unit has none; a unit with a figure where the
//! raster counts nobody is spread as above, with a warning.
[[nodiscard]] PopulationGrid spread_plan_population(const PlanLayers& layers, double household_size,
                                                    const GridSpec& grid,
                                                    const std::uint8_t* landuse,
                                                    const std::array<float, 256>& class_weight,
                                                    const float* people_per_pixel = nullptr);

}  // namespace covplan::core
