#pragma once
// File → Export report…: analyses a copy of the plan and writes the PDF off the GUI
// thread (the same analyze_project + write_report_pdf as `covplan report`), with
// progress and cancel; the map and panels stay usable meanwhile.

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <memory>

#include "core/feedback.h"
#include "gis/project.h"

namespace covplan::app {

class ReportExport : public QObject {
    Q_OBJECT
  public:
    using QObject::QObject;
    //! Cancels and waits: the worker reports progress through this object.
    ~ReportExport() override;
    //! Starts writing `pdf_path`; returns false if an export is already running.
    bool start(const gis::Project& project, const QString& project_dir, const QString& pdf_path,
               const QString& language);
    void cancel();
    [[nodiscard]] bool running() const { return m_watcher.isRunning(); }

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
};

}  // namespace covplan::app
