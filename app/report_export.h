#pragma once
// File → Export…: analyses a copy of the plan and writes the PDF report, the map
// PNG, the KMZ, the Excel workbook or the GIS files (GeoPackage, CSV, Cloud-Optimized
// GeoTIFFs) off the GUI thread with the same functions as `covplan
// report|map|kmz|analyze [--xlsx]|coverage`,
// with progress and cancel; the map and panels stay usable meanwhile.

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <memory>

#include "core/feedback.h"
#include "gis/project.h"
#include "render/report_pdf.h"

namespace covplan::app {

enum class ExportKind { ReportPdf, MapPng, Kmz, GisFolder, Xlsx };

class ReportExport : public QObject {
    Q_OBJECT
  public:
    using QObject::QObject;
    //! Cancels and waits: the worker reports progress through this object.
    ~ReportExport() override;
    //! Starts writing `path` (a folder for GisFolder); returns false if an export is
    //! already running. `pages` in finished() counts PDF pages or written files.
    bool start(const gis::Project& project, const QString& project_dir, const QString& path,
               const QString& language, ExportKind kind = ExportKind::ReportPdf);
    void cancel();
    [[nodiscard]] bool running() const { return m_watcher.isRunning(); }
    //! Size, resolution and legend of the next MapPng export (language is start()'s).
    void set_map_options(const render::MapImageOptions& options) { m_map_options = options; }

  Q_SIGNALS:
    void progress(double fraction);
    //! error is empty on success.
    void finished(const QString& pdf_path, int pages, const QString& error);

  private:
    struct Result {
        int pages = 0;
        QString error;
    };
    QFutureWatcher<Result> m_watcher;
    std::shared_ptr<core::Feedback> m_feedback;
    QString m_path;
    render::MapImageOptions m_map_options;
};

}  // namespace covplan::app
