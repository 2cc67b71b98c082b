#pragma once
// Tools → Path profile: the desktop's front end of gis/profile_job.h (what `covplan
// profile` runs). The profile is computed off the GUI thread on a copy of the plan and
// shown with the renderer `covplan profile` draws its PNG with; Export writes the same
// profile.csv, profile.json and profile.png.

#include <QDialog>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>
#include <expected>
#include <optional>

#include "app/plan_document.h"
#include "gis/profile_job.h"

class QWidget;

namespace covplan::app {

class ProfileTool : public QObject {
    Q_OBJECT
  public:
    ProfileTool(PlanDocument& doc, QWidget* window);

    //! `from` / `to`: a site id or "lon,lat" (WGS 84), as `covplan profile` takes them.
    void request(const QString& from, const QString& to);
    //! From the map: working-CRS points; `from_site` the site clicked first (or -1).
    void request_on_map(double from_x, double from_y, int from_site, double to_x, double to_y);
    [[nodiscard]] bool busy() const { return m_watcher.isRunning(); }
    //! The last profile shown (tests, screenshots).
    [[nodiscard]] const std::optional<gis::ProfileResult>& result() const { return m_result; }
    [[nodiscard]] QDialog* dialog() const { return m_dialog; }
    //! Writes the three files into `dir`; an error text, empty on success.
    [[nodiscard]] QString export_to(const QString& dir) const;

  Q_SIGNALS:
    void shown();
    void failed(QString message);

  private:
    void show_result();

    PlanDocument& m_doc;
    QWidget* m_window;
    QFutureWatcher<std::expected<gis::ProfileResult, std::string>> m_watcher;
    std::optional<gis::ProfileResult> m_result;
    QPointer<QDialog> m_dialog;
};

}  // namespace covplan::app
