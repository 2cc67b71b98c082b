#include "app/report_export.h"

#include <QtConcurrent/QtConcurrentRun>
#include <filesystem>

#include "gis/analysis_job.h"
#include "gis/kmz_writer.h"
#include "gis/xlsx_workbook.h"
#include "render/kmz_document.h"
#include "render/report_pdf.h"

namespace covplan::app {

bool ReportExport::start(const gis::Project& project, const QString& project_dir,
                         const QString& pdf_path, const QString& language, ExportKind kind) {
    if (running()) return false;
    m_path = pdf_path;
    // Progress arrives on a worker thread; a queued invoke hands it to the GUI thread.
    m_feedback = std::make_shared<core::Feedback>([this](double f) {
        QMetaObject::invokeMethod(
            this, [this, f] { Q_EMIT progress(f); }, Qt::QueuedConnection);
    });
    disconnect(&m_watcher, nullptr, this, nullptr);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        const Result r = m_watcher.result();
        Q_EMIT finished(m_path, r.pages, r.error);
    });
    render::ReportOptions ro;
    ro.language = language;
    m_watcher.setFuture(
        QtConcurrent::run([project, dir = project_dir.toStdString(), path = pdf_path.toStdString(),
                           ro, kind, map_options = m_map_options, fb = m_feedback]() -> Result {
            gis::AnalysisOptions opts;
            opts.coverage.project_dir = dir;
            auto analysis = gis::analyze_project(project, opts, fb.get());
            if (!analysis) return {0, QString::fromStdString(analysis.error())};
            if (fb->is_canceled()) return {0, QObject::tr("canceled")};
            switch (kind) {
                case ExportKind::ReportPdf: {
                    auto pages = render::write_report_pdf(path, project, *analysis, ro);
                    if (!pages) return {0, QString::fromStdString(pages.error())};
                    return {*pages, {}};
                }
                case ExportKind::MapPng: {
                    render::MapImageOptions mo = map_options;
                    mo.text = ro;
                    auto r = render::write_map_png(path, project, *analysis, mo);
                    if (!r) return {0, QString::fromStdString(r.error())};
                    return {1, {}};
                }
                case ExportKind::Kmz: {
                    auto r = gis::write_kmz(
                        path, project.working_crs,
                        render::kmz_document(project, *analysis, ro.language == "vi"));
                    if (!r) return {0, QString::fromStdString(r.error())};
                    return {1, {}};
                }
                case ExportKind::Xlsx: {
                    auto r =
                        gis::write_analysis_xlsx(path, project, *analysis, ro.language == "vi");
                    if (!r) return {0, QString::fromStdString(r.error())};
                    return {1, {}};
                }
                case ExportKind::GisFolder: {
                    auto files = gis::write_analysis(path, project, *analysis);
                    if (!files) return {0, QString::fromStdString(files.error())};
                    // Coverage rasters as `covplan coverage` writes them, into coverage/.
                    gis::CoverageJobOptions job;
                    job.project_dir = dir;
                    auto in = gis::prepare_coverage(project, job, fb.get());
                    if (!in) return {0, QString::fromStdString(in.error())};
                    core::CoverageEngine engine(in->grid, in->options, in->ground_m, in->clutter);
                    auto t = engine.compute(in->cells.cells, fb.get());
                    if (!t) return {0, QString::fromStdString(t.error())};
                    auto rasters = gis::write_coverage_outputs(
                        (std::filesystem::path(path) / "coverage").string(), project, *in, engine,
                        *t, 0);
                    if (!rasters) return {0, QString::fromStdString(rasters.error())};
                    return {static_cast<int>(files->size() + rasters->files.size()), {}};
                }
            }
            return {0, QObject::tr("unknown export")};
        }));
    return true;
}

ReportExport::~ReportExport() {
    cancel();
    m_watcher.waitForFinished();
}

void ReportExport::cancel() {
    if (m_feedback) m_feedback->cancel();
}

}  // namespace covplan::app
