// `covplan report` (the PDF) and `covplan map` (the map sheet as PNG): both analyse
// the project as `covplan analyze` does and draw with the renderer the desktop uses.
#include <QGuiApplication>
#include <QImage>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/gui_app.h"
#include "cli/job_args.h"
#include "cli/report.h"
#include "gis/kmz_writer.h"
#include "gis/project_file.h"
#include "render/kmz_document.h"
#include "render/map_renderer.h"
#include "render/report_pdf.h"

namespace covplan::cli {
namespace fs = std::filesystem;
namespace {
constexpr const char* kReportHelp =
    R"(Usage: covplan report PROJECT --out report.pdf [--lang vi|en] [--portrait] [--a3] [--date YYYY-MM-DD]

Writes the PDF report: the map (ward, khu vực, sites by technology, fiber, 5G
coverage, priority gaps) with title, date, legend, scale bar, north arrow, CRS and
sources; the plan indicators against their targets; coverage by khu vực; data
sources; priority places lacking 5G by category; proposed sites with co-location
options; the best 5G upgrades of existing towers; the method.
Written atomically; fonts embedded.
  --lang L                        vi or en; default: the project's setting `language`
  --resolution-m R, --threads N   as for `covplan coverage`
)";

constexpr const char* kMapHelp =
    R"(Usage: covplan map PROJECT --out map.png [--width-px 3508] [--height-px 2480] [--dpi 300]
                   [--no-legend] [--lang vi|en] [--date YYYY-MM-DD]

Writes the report's map sheet (title, 5G coverage, ward and khu vực, sites, fiber,
priority gaps, scale bar, north arrow; legend with CRS unless --no-legend) as a PNG
of exactly the given size. --dpi sets text and symbol sizes and the PNG's
resolution. Written atomically.
  --lang L                        vi or en; default: the project's setting `language`
  --resolution-m R, --threads N   as for `covplan coverage`
)";

constexpr const char* kKmzHelp =
    R"(Usage: covplan kmz PROJECT --out plan.kmz [--lang vi|en]

Writes a KMZ for Google Earth: 5G RSRP (shown) and 4G RSRP (hidden) coverage as
ground overlays warped to WGS 84, sites (4G, 5G, proposed) and priority places
still lacking 5G as placemarks with descriptions. Written atomically.
  --lang L                        vi or en; default: the project's setting `language`
  --resolution-m R, --threads N   as for `covplan coverage`
)";

render::ReportOptions text_options(const Args& a) {
    render::ReportOptions ro;
    // Without --lang: the project's language (setting `language`, Vietnamese by default).
    ro.language = QString::fromStdString(a.get("lang").value_or(""));
    if (!ro.language.isEmpty() && ro.language != "en" && ro.language != "vi")
        throw UsageError{"--lang must be vi or en"};
    ro.date = QString::fromStdString(a.get("date").value_or(""));
    return ro;
}

//! Loads and analyses the project, then runs `draw` inside a Qt Gui application
//! (fonts need one; without a display, the offscreen platform).
//! Loads and analyses the project, then runs `draw` inside a Qt Gui application.
template <class Draw>
int with_analysis(const char* command, const std::string& path, const gis::CoverageJobOptions& job,
                  char* argv0, Draw draw) {
    auto project = load_valid_project(path, command);
    if (!project) return project.error();
    gis::AnalysisOptions opts;
    opts.coverage = job;
    auto analysis = gis::analyze_project(*project, opts);
    if (!analysis) {
        std::cerr << "covplan " << command << ": " << analysis.error() << "\n";
        return kExitBadInput;
    }
    auto app = ensure_gui_application(argv0);
    return draw(*project, *analysis, opts);
}

template <class Draw>
int with_analysis(const char* command, const Args& a, char* argv0, Draw draw) {
    return with_analysis(command, a.positionals()[0], job_options(a, a.positionals()[0]), argv0,
                         draw);
}

//! The on-air figures the report shows next to the plan's come with the analysis
//! (PlanAnalysis::kpis_on_air).
int write_report(const std::string& out, const gis::Project& project,
                 const gis::PlanAnalysis& analysis, const render::ReportOptions& ro) {
    auto pages = render::write_report_pdf(out, project, analysis, ro);
    if (!pages) {
        std::cerr << "covplan report: " << pages.error() << "\n";
        return kExitBadInput;
    }
    std::printf("report: %d pages\n  %s\n", *pages, fs::absolute(out).string().c_str());
    return kExitOk;
}

int write_kmz(const std::string& out, const gis::Project& project,
              const gis::PlanAnalysis& analysis, bool vi) {
    const gis::KmzDocument doc = render::kmz_document(project, analysis, vi);
    auto written = gis::write_kmz(out, project.working_crs, doc);
    if (!written) {
        std::cerr << "covplan kmz: " << written.error() << "\n";
        return kExitBadInput;
    }
    std::printf(
        "kmz: %zu overlays, %zu sites on %zu placemarks, %zu priority places lacking 5G\n  %s\n",
        doc.overlays.size(), project.layers.sites.size(), doc.folders[0].second.size(),
        doc.folders[1].second.size(), fs::absolute(out).string().c_str());
    return kExitOk;
}
}  // namespace

int write_report_and_kmz(const gis::Project& project, const gis::PlanAnalysis& analysis,
                         const gis::AnalysisOptions& /*opts*/, const std::string& pdf,
                         const std::string& kmz, const std::string& language, char* argv0) {
    render::ReportOptions ro;
    ro.language = QString::fromStdString(language);
    auto app = ensure_gui_application(argv0);
    if (int rc = write_report(pdf, project, analysis, ro); rc != kExitOk) return rc;
    return write_kmz(kmz, project, analysis, language == "vi");
}

int run_report(int argc, char** argv) {
    Args a(argc, argv, 2, {"help", "portrait", "a3"},
           {"out", "lang", "date", "resolution-m", "threads"});
    if (a.has("help")) {
        std::cout << kReportHelp;
        return kExitOk;
    }
    if (a.positionals().size() != 1 || !a.get("out"))
        throw UsageError{"expected PROJECT --out report.pdf"};
    render::ReportOptions ro = text_options(a);
    ro.landscape = !a.has("portrait");
    ro.a3 = a.has("a3");
    const std::string out = *a.get("out");
    return with_analysis(
        "report", a, argv[0],
        [&](const gis::Project& project, const gis::PlanAnalysis& analysis,
            const gis::AnalysisOptions&) { return write_report(out, project, analysis, ro); });
}

int run_map(int argc, char** argv) {
    Args a(argc, argv, 2, {"help", "no-legend"},
           {"out", "lang", "date", "width-px", "height-px", "dpi", "resolution-m", "threads"});
    if (a.has("help")) {
        std::cout << kMapHelp;
        return kExitOk;
    }
    if (a.positionals().size() != 1 || !a.get("out"))
        throw UsageError{"expected PROJECT --out map.png"};
    render::MapImageOptions mo;
    mo.text = text_options(a);
    mo.width_px = static_cast<int>(a.number("width-px").value_or(mo.width_px));
    mo.height_px = static_cast<int>(a.number("height-px").value_or(mo.height_px));
    mo.dpi = a.number("dpi").value_or(mo.dpi);
    mo.legend = !a.has("no-legend");
    const std::string out = *a.get("out");
    return with_analysis("map", a, argv[0],
                         [&](const gis::Project& project, const gis::PlanAnalysis& analysis,
                             const gis::AnalysisOptions&) {
                             auto written = render::write_map_png(out, project, analysis, mo);
                             if (!written) {
                                 std::cerr << "covplan map: " << written.error() << "\n";
                                 return kExitBadInput;
                             }
                             std::printf("map: %d x %d px at %.0f dpi\n  %s\n", mo.width_px,
                                         mo.height_px, mo.dpi, fs::absolute(out).string().c_str());
                             return kExitOk;
                         });
}

int run_kmz(int argc, char** argv) {
    Args a(argc, argv, 2, {"help"}, {"out", "lang", "resolution-m", "threads"});
    if (a.has("help")) {
        std::cout << kKmzHelp;
        return kExitOk;
    }
    if (a.positionals().size() != 1 || !a.get("out"))
        throw UsageError{"expected PROJECT --out plan.kmz"};
    const render::ReportOptions ro = text_options(a);
    const std::string out = *a.get("out");
    return with_analysis("kmz", a, argv[0],
                         [&](const gis::Project& project, const gis::PlanAnalysis& analysis,
                             const gis::AnalysisOptions&) {
                             return write_kmz(out, project, analysis,
                                              render::report_language(ro, project) == "vi");
                         });
}

}  // namespace covplan::cli
