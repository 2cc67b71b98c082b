#pragma once
// The open plan: the project, its coverage and its indicators. Edits go through
// the undo stack's commands, which call the setters here; after each edit the
// affected cells are recomputed off the GUI thread (CoverageEngine::update) and
// the results come back by signal.

#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

#include "core/analysis/plan_kpis.h"
#include "core/coverage/point_evaluation.h"
#include "gis/analysis_job.h"
#include "gis/project_lock.h"
#include "render/map_renderer.h"

namespace covplan::app {

//! Everything one background computation produces (copied to the GUI thread).
struct CoverageSnapshot {
    std::shared_ptr<const core::CoverageMaps> maps;
    std::vector<core::Kpi> kpis;  //!< the plan with its proposals
    core::AreaCoverage area;
    //! The same for the sites on air alone (equal to the above without proposals):
    //! the panel shows both, as `covplan analyze` and the report do.
    std::vector<core::Kpi> kpis_on_air;
    core::AreaCoverage area_on_air;
    std::vector<core::PriorityPlace> places;
    double seconds = 0;
    std::string error;
    //! What the computation had to assume, as `covplan coverage` prints them ("note:"):
    //! a DEM covering part of the area, a model outside its validity, an antenna file's
    //! line not applied.
    std::vector<std::string> notes;
};

class PlanDocument : public QObject {
    Q_OBJECT
  public:
    explicit PlanDocument(QObject* parent = nullptr);
    ~PlanDocument() override;

    //! Loads a project; starts the first coverage computation. Errors are returned.
    QString open(const QString& path);
    QString save(const QString& path = {});
    //! Writes a copy without changing the document's path (autosave).
    QString save_copy(const QString& path) const;
    //! The plan is saved to `path` from now on, replacing the file as it is now
    //! (recovering an autosave over its plan).
    void set_path(const QString& path) {
        m_path = path;
        m_stamp = gis::file_stamp(path.toStdString());
    }

    [[nodiscard]] const gis::Project& project() const { return m_project; }
    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] bool busy() const { return m_running; }
    [[nodiscard]] const CoverageSnapshot& snapshot() const { return m_snapshot; }
    [[nodiscard]] core::Extent extent() const;

    // Edits (used by undo commands only).
    void insert_site(std::size_t index, const core::Site& site);
    void remove_site(std::size_t index);
    void set_site(std::size_t index, const core::Site& site);
    //! Whole-project edits (imports, settings). The grid and inputs are rebuilt.
    void replace_project(const gis::Project& project);
    //! Map style edits: nothing is recomputed, the map is redrawn.
    void set_style(const core::MapStyle& style);
    //! The last comparison with the measurements (Tools → Validate), drawn as the
    //! residual layer; dropped by any edit of sites or project (it would describe
    //! another model).
    void set_validation(std::shared_ptr<const core::ValidationResult> validation);
    [[nodiscard]] std::shared_ptr<const core::ValidationResult> validation() const {
        return m_validation;
    }

    //! The co-location ranking (5G upgrades of existing towers) is computed after
    //! each coverage update while wanted (the layer is shown): it takes seconds, so
    //! it runs as a second, cancellable stage that a new edit interrupts.
    void set_upgrades_wanted(bool wanted);
    [[nodiscard]] std::shared_ptr<const std::vector<core::TowerUpgrade>> upgrades() const {
        return m_upgrades;
    }
    //! Evaluates the existing towers within 500 m of proposed site `index` (5G
    //! residents if the proposal moved onto each, fiber distance) in the background,
    //! after any pending coverage update; colocationEvaluated(index) follows.
    void request_colocation(int index);
    [[nodiscard]] const std::vector<core::ColocationAlternative>& alternatives() const {
        return m_alternatives;
    }
    //! Evaluates the towers without 5G within 2 km of a priority gap, each upgraded
    //! to 5G in turn, in the background; gapOptionsEvaluated follows.
    void request_gap_options(const core::PriorityPlace& gap);
    [[nodiscard]] const std::vector<core::GapTowerOption>& gap_options() const {
        return m_gap_options;
    }

    //! What the engine computes at (x, y) of the working CRS, cell by cell — what
    //! `covplan point` prints — evaluated after any pending update; pointEvaluated follows.
    void request_point(double x_m, double y_m);
    [[nodiscard]] const std::optional<core::PointEvaluation>& point() const { return m_point; }

    //! Stops the running computation at its next tile.
    void cancel();

  signals:
    void sitesChanged();
    void coverageStarted();
    void coverageUpdated();  //!< snapshot() holds new results
    void progress(double fraction);
    void styleChanged();
    void upgradesUpdated();  //!< the ranking stage ended; upgrades() holds the latest ranking
    void colocationEvaluated(int site_index);    //!< alternatives() holds that site's towers
    void gapOptionsEvaluated(QString gap_name);  //!< gap_options() holds that gap's towers
    void pointEvaluated();                       //!< point() holds the requested place
    void validationChanged();                    //!< validation() was set or dropped

  private:
    struct Engine;
    //! Work that borrows the engine after a coverage update (co-location checks, the
    //! upgrade ranking): runs on a worker with the engine, must return it to the
    //! plan's state, and gives back what to do with its result on the GUI thread.
    using EngineTask = std::function<std::function<void()>(Engine&, core::Feedback&)>;

    void schedule();
    void start();
    //! Starts the next queued computation: coverage first, then engine tasks.
    void after_run();
    void start_task(EngineTask work, bool show_progress, bool stale_after_edit);
    void start_upgrades();
    void start_colocation();
    void start_gap_options();
    void start_point();
    //! Cancels and waits for every worker (before the engine is replaced).
    void stop_workers();
    [[nodiscard]] std::shared_ptr<core::Feedback> progress_feedback();
    QString rebuild_engine();

    gis::Project m_project;
    QString m_path;
    //! The file as it was read or last saved here: a save over a file that another
    //! covplan changed since is refused instead of overwriting that change.
    gis::FileStamp m_stamp;
    std::shared_ptr<Engine> m_engine;  // used by one worker at a time
    std::shared_ptr<const core::ValidationResult> m_validation;
    CoverageSnapshot m_snapshot;
    QFutureWatcher<CoverageSnapshot> m_watcher;
    QFutureWatcher<void> m_task_watcher;
    std::shared_ptr<std::function<void()>> m_task_done;  // set by the running task
    bool m_task_stale_after_edit = false;                // an edit cancels it
    bool m_running = false;
    bool m_pending = false;
    bool m_want_upgrades = false;
    bool m_upgrades_stale = true;
    std::shared_ptr<const std::vector<core::TowerUpgrade>> m_upgrades;
    int m_colocation_request = -1;
    std::vector<core::ColocationAlternative> m_alternatives;
    std::optional<core::PriorityPlace> m_gap_request;
    std::vector<core::GapTowerOption> m_gap_options;
    std::optional<core::Point> m_point_request;
    std::optional<core::PointEvaluation> m_point;
};

}  // namespace covplan::app
