#pragma once
// The basic transmission loss of one path profile by every model covplan has, side by
// side (`covplan profile`, the desktop's Profile tool): free space, the project's
// Hata-family model, TR 38.901, free space + Deygout over the profile, and ITM
// point-to-point. Each says whether it is inside its validity range.

#include <string>
#include <vector>

#include "core/coverage/coverage_options.h"
#include "core/propagation/itm_settings.h"
#include "core/propagation/path_profile.h"

namespace covplan::core {

struct PathModelLoss {
    std::string model_id;  //!< "fspl", "hata", "cost231", "tr38901", "deygout", "itm"
    std::string title;     //!< e.g. "COST-231 Hata, suburban (...)"
    double loss_db = 0;    //!< basic transmission loss; NaN when the model cannot run
    double excess_db = 0;  //!< over free space
    bool extrapolated = false;
    std::string note;  //!< out-of-range inputs, ITM warnings or why it could not run
};

//! `environment` picks the empirical models' variants as the coverage engine does.
//! ITM runs on the profile resampled to its equal spacing (the input's distances
//! must be equally spaced; they are when built by the gis sampler).
[[nodiscard]] std::vector<PathModelLoss> path_losses(const PathProfileInput& path,
                                                     Environment environment,
                                                     const ItmSettings& itm);

}  // namespace covplan::core
