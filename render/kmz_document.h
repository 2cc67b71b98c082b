#pragma once
// What the KMZ for Google Earth shows: 5G and 4G RSRP as ground overlays (coloured
// by the map's ramp), sites and priority places lacking 5G as placemarks with
// descriptions. `covplan kmz` and the desktop's export build it the same way.

#include "gis/analysis_job.h"
#include "gis/kmz_writer.h"

namespace covplan::render {

[[nodiscard]] gis::KmzDocument kmz_document(const gis::Project& project,
                                            const gis::PlanAnalysis& analysis, bool vi);

}  // namespace covplan::render
