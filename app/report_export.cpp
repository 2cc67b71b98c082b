#include "app/report_export.h"

#include <QtConcurrent/QtConcurrentRun>

#include "gis/analysis_job.h"
#include "render/report_pdf.h"

namespace covplan::app {

bool ReportExport::start(const gis::Project& project, const QString& project_dir,
                         const QString& pdf_path, const QString& language) {
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
                           ro, fb = m_feedback]() -> Result {
            gis::AnalysisOptions opts;
            opts.coverage.project_dir = dir;
            auto analysis = gis::analyze_project(project, opts, fb.get());
            if (!analysis) return {0, QString::fromStdString(analysis.error())};
            if (fb->is_canceled()) return {0, QObject::tr("canceled")};
            auto pages = render::write_report_pdf(path, project, *analysis, ro);
            if (!pages) return {0, QString::fromStdString(pages.error())};
            return {*pages, {}};
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
