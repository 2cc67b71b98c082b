#pragma once
// What is at a point: coverage values and the features around it.

#include <QString>

#include "app/plan_document.h"

namespace covplan::app {

//! HTML for the identify panel: coordinates, RSRP/SINR/best server per layer,
//! hamlet, nearest site, priority place and road within 200 m.
//! With `point` (PlanDocument::point(), what `covplan point` prints), also the cells
//! in range at that pixel: model and variant, distance, path loss, gain, RSRP.
[[nodiscard]] QString identify_html(const PlanDocument& doc, double x, double y,
                                    const core::PointEvaluation* point = nullptr);

}  // namespace covplan::app
