#pragma once
// All vector inputs of a plan, in the working CRS. A plain value: copy it into a
// job to get an immutable snapshot.

#include <string>
#include <vector>

#include "core/hamlet.h"
#include "core/line_feature.h"
#include "core/measurement.h"
#include "core/poi.h"
#include "core/site.h"

namespace covplan::core {

struct PlanLayers {
    std::vector<Ward> ward;
    std::vector<Hamlet> hamlets;
    std::vector<Site> sites;
    std::vector<FiberRoute> fiber;
    std::vector<Poi> poi;
    std::vector<LineFeature> roads;
    std::vector<LineFeature> waterways;
    //! Drive-test / crowd samples (issue: measured reality); not drawn on printed sheets.
    std::vector<Measurement> measurements;

    //! Moves every feature of `other` into this plan.
    void append(PlanLayers&& other);
    [[nodiscard]] Extent extent() const;
};

}  // namespace covplan::core
