#pragma once
// Which project site served each measured sample. A file names its serving cell by
// an id (a site id, a cell id "SITE/2", or an LTE ECI whose eNodeB id is the site
// id) or by the serving site's position and frequency: then the nearest site within
// kServingMatchRadiusM on the same band serves it.

#include <optional>
#include <string>
#include <vector>

#include "core/measurement.h"
#include "core/site.h"

namespace covplan::core {

inline constexpr double kServingMatchRadiusM = 100.0;

struct ServingMatch {
    //! Per sample: index into the sites, or -1 (no serving cell known / none matched).
    std::vector<int> site;
    std::size_t by_id = 0;
    std::size_t by_position = 0;
    std::size_t unknown = 0;  //!< the sample names no serving cell at all
    //! Samples that name a serving cell no site matches: the reason and first rows.
    std::size_t unmatched = 0;
    std::vector<std::string> unmatched_examples;  //!< "sample 17: id 'X' is no site of the project"
};

//! `serving_xy[i]`: sample i's serving position in the working CRS (nullopt when the
//! file gave none or it could not be transformed).
[[nodiscard]] ServingMatch match_serving_sites(const std::vector<Measurement>& samples,
                                               const std::vector<std::optional<Point>>& serving_xy,
                                               const std::vector<Site>& sites);

//! True when two downlink frequencies are the same carrier band: both in one 3GPP
//! band of the table, or within 10 MHz when either is in none.
[[nodiscard]] bool same_band(double a_mhz, double b_mhz);

}  // namespace covplan::core
