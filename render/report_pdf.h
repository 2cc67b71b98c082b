#pragma once
// The PDF report officials file: the map page (title, date, legend, scale bar, north
// arrow, CRS, sources), the plan indicators against their targets, the per-hamlet
// table, the priority places lacking 5G, proposed sites with their co-location
// options, and the method. English or Vietnamese; fonts are embedded. The same map
// sheet also exports as a PNG.
//
// Needs a QGuiApplication (any platform, offscreen included) for fonts.

#include <QString>
#include <expected>

#include "gis/analysis_job.h"

namespace covplan::render {

struct ReportOptions {
    QString language;  //!< "en" or "vi"; empty: the project's (setting `language`)
    bool landscape = true;
    bool a3 = false;
    QString date;  //!< shown on the title; empty = today
};

//! "vi" or "en": the options' language, else the project's.
[[nodiscard]] QString report_language(const ReportOptions& options, const gis::Project& project);

//! Writes atomically (temporary + rename); returns the number of pages.
//! Vietnamese: an administrative document (Nghị định 30/2020/NĐ-CP: national motto,
//! issuing body, number, place and date, signature block; text pages A4/A3 portrait),
//! the maps as annexes (Phụ lục). English: a plain layout, the 5G map first.
//! `on_air`: the analysis of gis::on_air(project) when the plan has proposed sites;
//! the progress section and trend compare it (not the plan) with the snapshots.
[[nodiscard]] std::expected<int, std::string> write_report_pdf(const std::string& path,
                                                               const gis::Project& project,
                                                               const gis::PlanAnalysis& analysis,
                                                               const ReportOptions& options);

struct MapImageOptions {
    int width_px = 3508;  //!< A4 landscape at 300 dpi by default
    int height_px = 2480;
    double dpi = 300;  //!< sets text and symbol sizes, and the PNG's pHYs
    bool legend = true;
    ReportOptions text;  //!< language and date
};

//! The report's map sheet (title, map, scale bar, north arrow, optional legend) as a
//! PNG of exactly the requested size; written atomically.
[[nodiscard]] std::expected<void, std::string> write_map_png(const std::string& path,
                                                             const gis::Project& project,
                                                             const gis::PlanAnalysis& analysis,
                                                             const MapImageOptions& options);

}  // namespace covplan::render
