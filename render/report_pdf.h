#pragma once
// The PDF report officials file: the map page (title, date, legend, scale bar, north
// arrow, CRS, sources), the plan indicators against their targets, the per-hamlet
// table, the priority places lacking 5G, proposed sites with their co-location
// options, and the method. English or Vietnamese; fonts are embedded.
//
// Needs a QGuiApplication (any platform, offscreen included) for fonts.

#include <QString>
#include <expected>

#include "gis/analysis_job.h"

namespace covplan::render {

struct ReportOptions {
    QString language = "en";  //!< "en" or "vi"
    bool landscape = true;
    bool a3 = false;
    QString date;  //!< shown on the title; empty = today
};

//! Writes atomically (temporary + rename); returns the number of pages.
[[nodiscard]] std::expected<int, std::string> write_report_pdf(const std::string& path,
                                                               const gis::Project& project,
                                                               const gis::PlanAnalysis& analysis,
                                                               const ReportOptions& options);

}  // namespace covplan::render
