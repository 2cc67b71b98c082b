#pragma once
// What is at a point: coverage values and the features around it.

#include <QString>

#include "app/plan_document.h"

namespace covplan::app {

//! HTML for the identify panel: coordinates, RSRP/SINR/best server per layer,
//! hamlet, nearest site, priority place and road within 200 m.
[[nodiscard]] QString identify_html(const PlanDocument& doc, double x, double y);

}  // namespace covplan::app
