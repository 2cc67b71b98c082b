#include <QGuiApplication>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/report.h"
#include "gis/project_file.h"
#include "render/report_pdf.h"

namespace covplan::cli {
namespace fs = std::filesystem;
namespace {
constexpr const char* kHelp =
    R"(Usage: covplan report PROJECT --out report.pdf [--lang vi|en] [--portrait] [--a3] [--date YYYY-MM-DD]

Writes the PDF report: the map (ward, khu vực, sites by technology, fiber, 5G
coverage, priority gaps) with title, date, legend, scale bar, north arrow, CRS and
sources; the plan indicators against their targets; coverage by khu vực; priority
places lacking 5G by category; proposed sites with co-location options; the method.
Written atomically; fonts embedded.
)";
}  // namespace

int run_report(int argc, char** argv) {
    Args a(argc, argv, 2, {"help", "portrait", "a3"},
           {"out", "lang", "date", "resolution-m", "threads"});
    if (a.has("help")) {
        std::cout << kHelp;
        return kExitOk;
    }
    if (a.positionals().size() != 1 || !a.get("out"))
        throw UsageError{"expected PROJECT --out report.pdf"};
    render::ReportOptions ro;
    ro.language = QString::fromStdString(a.get("lang").value_or("en"));
    if (ro.language != "en" && ro.language != "vi") throw UsageError{"--lang must be vi or en"};
    ro.landscape = !a.has("portrait");
    ro.a3 = a.has("a3");
    ro.date = QString::fromStdString(a.get("date").value_or(""));
    const std::string path = a.positionals()[0];
    auto loaded = gis::load_project(path);
    if (!loaded) {
        print_issues(std::cerr, loaded.error());
        return kExitBadInput;
    }
    gis::AnalysisOptions opts;
    opts.coverage.resolution_m = a.number("resolution-m");
    opts.coverage.threads = static_cast<int>(a.number("threads").value_or(0));
    opts.coverage.project_dir = fs::absolute(path).parent_path().string();
    auto analysis = gis::analyze_project(loaded->project, opts);
    if (!analysis) {
        std::cerr << "covplan report: " << analysis.error() << "\n";
        return kExitBadInput;
    }
    // Fonts need a Qt Gui application; without a display, the offscreen platform.
    if (!std::getenv("QT_QPA_PLATFORM") && !std::getenv("DISPLAY") &&
        !std::getenv("WAYLAND_DISPLAY"))
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
    int qt_argc = 1;
    char* qt_argv[] = {argv[0], nullptr};
    QGuiApplication app(qt_argc, qt_argv);
    auto pages = render::write_report_pdf(*a.get("out"), loaded->project, *analysis, ro);
    if (!pages) {
        std::cerr << "covplan report: " << pages.error() << "\n";
        return kExitBadInput;
    }
    std::printf("report: %d pages\n  %s\n", *pages, fs::absolute(*a.get("out")).string().c_str());
    return kExitOk;
}

}  // namespace covplan::cli
