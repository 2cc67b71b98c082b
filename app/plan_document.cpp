// oneTBB is reached only through core's .cpp files; app code stays clear of it.
#include "app/plan_document.h"

#include <QFileInfo>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <chrono>

#include "gis/project_file.h"

namespace covplan::app {

struct PlanDocument::Engine {
    gis::CoverageInputs inputs;
    std::unique_ptr<core::CoverageEngine> engine;
    //! The sites on air alone, made when the plan first has proposals. Its update()
    //! re-evaluates nothing while only proposals are edited.
    std::unique_ptr<core::CoverageEngine> on_air_engine;
    core::PopulationGrid people;
    std::vector<float> fiber_distance_m;
    std::shared_ptr<core::Feedback> feedback;  //!< of the current run; made on the GUI thread
    //! The engine holds the plan's cells. An interrupted engine task leaves it at
    //! another valid state; whether a state is valid at all the engine knows itself
    //! (CoverageEngine::valid), and its update() computes in full when it is not.
    bool holds_plan = false;
};

PlanDocument::PlanDocument(QObject* parent) : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<CoverageSnapshot>::finished, this, [this] {
        m_running = false;
        m_snapshot = m_watcher.result();
        m_upgrades_stale = true;
        emit coverageUpdated();
        after_run();
    });
    connect(&m_task_watcher, &QFutureWatcher<void>::finished, this, [this] {
        m_running = false;
        if (m_task_done && *m_task_done) (*m_task_done)();
        m_task_done.reset();
        after_run();
    });
    // Every edit of sites or project passes here: residuals of another model go.
    connect(this, &PlanDocument::sitesChanged, this, [this] {
        if (!m_validation) return;
        m_validation.reset();
        emit validationChanged();
    });
}

void PlanDocument::set_validation(std::shared_ptr<const core::ValidationResult> validation) {
    m_validation = std::move(validation);
    emit validationChanged();
}

std::shared_ptr<core::Feedback> PlanDocument::progress_feedback() {
    // Progress arrives on a worker thread; a queued call hands it to the GUI thread.
    QPointer<PlanDocument> self(this);
    return std::make_shared<core::Feedback>([self](double f) {
        if (self)
            QMetaObject::invokeMethod(
                self,
                [self, f] {
                    if (self) emit self->progress(f);
                },
                Qt::QueuedConnection);
    });
}

void PlanDocument::start_task(EngineTask work, bool show_progress, bool stale_after_edit) {
    m_running = true;
    m_task_stale_after_edit = stale_after_edit;
    auto feedback = show_progress ? progress_feedback() : std::make_shared<core::Feedback>();
    m_engine->feedback = feedback;
    if (show_progress) emit coverageStarted();
    auto done = std::make_shared<std::function<void()>>();
    m_task_done = done;
    std::shared_ptr<Engine> e = m_engine;
    m_task_watcher.setFuture(
        QtConcurrent::run([e, feedback, done, work] { *done = work(*e, *feedback); }));
}

void PlanDocument::stop_workers() {
    cancel();
    m_watcher.waitForFinished();
    m_task_watcher.waitForFinished();
}

void PlanDocument::after_run() {
    if (m_pending) {
        m_pending = false;
        start();
    } else if (m_point_request && m_engine && m_engine->holds_plan && m_snapshot.error.empty()) {
        start_point();
    } else if (m_colocation_request >= 0 && m_engine && m_engine->holds_plan &&
               m_snapshot.error.empty()) {
        start_colocation();
    } else if (m_gap_request && m_engine && m_engine->holds_plan && m_snapshot.error.empty()) {
        start_gap_options();
    } else if (m_want_upgrades && m_upgrades_stale && m_engine && m_engine->holds_plan &&
               m_snapshot.error.empty()) {
        start_upgrades();
    }
}

void PlanDocument::request_colocation(int index) {
    if (index < 0 || index >= static_cast<int>(m_project.layers.sites.size())) return;
    m_colocation_request = index;
    if (!m_running) after_run();
}

void PlanDocument::start_colocation() {
    const int index = m_colocation_request;
    m_colocation_request = -1;
    const core::PlanLayers layers = m_project.layers;
    const core::CoverageCriteria criteria = core::CoverageCriteria::from(m_project.settings);
    const core::ColocationOptions colocation = core::ColocationOptions::from(m_project.settings);
    start_task(
        [this, layers, criteria, colocation, index](Engine& e,
                                                    core::Feedback& fb) -> std::function<void()> {
            auto r = core::colocation_alternatives(layers, e.inputs.options, *e.engine, e.people,
                                                   criteria, colocation,
                                                   static_cast<std::size_t>(index), &fb);
            if (!r) e.holds_plan = false;  // interrupted between states: update next time
            return [this, r = std::move(r), index]() mutable {
                m_alternatives = r ? std::move(*r) : std::vector<core::ColocationAlternative>{};
                emit colocationEvaluated(index);
            };
        },
        false, false);
}

void PlanDocument::request_point(double x_m, double y_m) {
    m_point_request = core::Point(x_m, y_m);
    if (!m_running) after_run();
}

void PlanDocument::start_point() {
    const core::Point at = *m_point_request;
    m_point_request.reset();
    start_task(
        [this, at](Engine& e, core::Feedback&) -> std::function<void()> {
            auto r = core::evaluate_point(*e.engine, at.x(), at.y());
            return [this, r = std::move(r)]() mutable {
                m_point = std::move(r);
                emit pointEvaluated();
            };
        },
        false, false);
}

void PlanDocument::request_gap_options(const core::PriorityPlace& gap) {
    m_gap_request = gap;
    if (!m_running) after_run();
}

void PlanDocument::start_gap_options() {
    const core::PriorityPlace gap = *m_gap_request;
    m_gap_request.reset();
    const core::PlanLayers layers = m_project.layers;
    const core::CoverageCriteria criteria = core::CoverageCriteria::from(m_project.settings);
    const core::RadioTemplate nr = core::plan_5g_template(m_project.settings);
    start_task(
        [this, layers, criteria, gap, nr](Engine& e, core::Feedback& fb) -> std::function<void()> {
            auto r = core::gap_tower_options(layers, e.inputs.options, *e.engine, e.people,
                                             criteria, gap, 2000.0, nr, &fb);
            if (!r) e.holds_plan = false;
            return [this, r = std::move(r), name = QString::fromStdString(gap.name)]() mutable {
                m_gap_options = r ? std::move(*r) : std::vector<core::GapTowerOption>{};
                emit gapOptionsEvaluated(name);
            };
        },
        false, false);
}

void PlanDocument::set_style(const core::MapStyle& style) {
    m_project.style = style;
    emit styleChanged();
    set_upgrades_wanted(style.style(core::MapLayerId::TowerUpgrades).visible);
}

void PlanDocument::set_upgrades_wanted(bool wanted) {
    m_want_upgrades = wanted;
    if (wanted && !m_running) after_run();
}

void PlanDocument::start_upgrades() {
    const core::PlanLayers layers = m_project.layers;
    const core::CoverageCriteria criteria = core::CoverageCriteria::from(m_project.settings);
    const core::ColocationOptions colocation = core::ColocationOptions::from(m_project.settings);
    start_task(
        [this, layers, criteria, colocation](Engine& e,
                                             core::Feedback& fb) -> std::function<void()> {
            auto r = core::analyze_colocation(layers, e.inputs.options, *e.engine, e.people,
                                              criteria, colocation, &fb);
            // A canceled ranking may leave the engine between states: recompute next
            // time; the ranking stays stale and runs again after the next update.
            if (!r) e.holds_plan = false;
            return [this, r = std::move(r)]() mutable {
                if (r) {
                    m_upgrades = std::make_shared<const std::vector<core::TowerUpgrade>>(
                        std::move(r->upgrades));
                    m_upgrades_stale = false;
                }
                emit upgradesUpdated();
            };
        },
        true, true);
}

PlanDocument::~PlanDocument() { stop_workers(); }

core::Extent PlanDocument::extent() const {
    core::PlanLayers ward_only;
    ward_only.ward = m_project.layers.ward;
    const core::Extent e = ward_only.extent();
    return e.empty() ? m_project.layers.extent() : e;
}

QString PlanDocument::open(const QString& path) {
    // Taken before reading: a change made while we read counts as a change.
    const gis::FileStamp stamp = gis::file_stamp(path.toStdString());
    auto loaded = gis::load_project(path.toStdString());
    // The errors (grouped, first ones first), not whatever warning happens to lead.
    auto errors_of = [](const std::vector<core::Issue>& issues) {
        std::string text;
        for (const core::IssueGroup& g : core::group_issues(issues))
            if (g.first.severity == core::Severity::Error)
                text += (text.empty() ? "" : "\n") + core::format_issue_group(g);
        return QString::fromStdString(text);
    };
    if (!loaded) return errors_of(loaded.error());
    if (core::has_errors(loaded->issues)) return errors_of(loaded->issues);
    stop_workers();
    m_upgrades.reset();
    m_upgrades_stale = true;
    m_project = std::move(loaded->project);
    m_path = path;
    m_stamp = stamp;
    const QString err = rebuild_engine();
    if (!err.isEmpty()) return err;
    m_want_upgrades = m_project.style.style(core::MapLayerId::TowerUpgrades).visible;
    emit sitesChanged();
    emit styleChanged();
    schedule();
    return {};
}

void PlanDocument::replace_project(const gis::Project& project) {
    stop_workers();
    m_upgrades.reset();
    m_upgrades_stale = true;
    m_project = project;
    if (const QString err = rebuild_engine(); !err.isEmpty()) {
        m_snapshot = {};
        m_snapshot.error = err.toStdString();
        emit sitesChanged();
        emit coverageUpdated();
        return;
    }
    emit sitesChanged();
    schedule();
}

QString PlanDocument::rebuild_engine() {
    gis::CoverageJobOptions job;
    job.project_dir = QFileInfo(m_path).absolutePath().toStdString();
    auto in = gis::prepare_coverage(m_project, job);
    if (!in) return QString::fromStdString(in.error());
    auto e = std::make_shared<Engine>();
    e->inputs = std::move(*in);
    e->engine = std::make_unique<core::CoverageEngine>(e->inputs.grid, e->inputs.options,
                                                       e->inputs.ground_m, e->inputs.clutter);
    // Residents and fiber distances come with the inputs, as for `covplan analyze`.
    e->people = std::move(e->inputs.people);
    e->fiber_distance_m = std::move(e->inputs.fiber_distance_m);
    m_engine = e;
    m_snapshot = {};
    return {};
}

QString PlanDocument::save(const QString& path) {
    const QString target = path.isEmpty() ? m_path : path;
    const std::string file = target.toStdString();
    auto lock = gis::ProjectLock::acquire(file, std::chrono::seconds(3));
    if (!lock) return QString::fromStdString(lock.error());
    const bool same_file = !m_path.isEmpty() && lock->covers(m_path.toStdString());
    if (same_file && m_stamp.exists && gis::file_stamp(file) != m_stamp)
        return tr("%1 was changed by another program (a covplan command?) since it was opened "
                  "here; saving would overwrite that change. Save the plan under another name, "
                  "or reopen the file.")
            .arg(target);
    if (auto r = gis::save_project(m_project, file, *lock); !r)
        return QString::fromStdString(r.error());
    m_path = target;
    m_stamp = gis::file_stamp(file);
    return {};
}

QString PlanDocument::save_copy(const QString& path) const {
    auto lock = gis::ProjectLock::acquire(path.toStdString(), std::chrono::seconds(3));
    if (!lock) return QString::fromStdString(lock.error());
    if (auto r = gis::save_project(m_project, path.toStdString(), *lock); !r)
        return QString::fromStdString(r.error());
    return {};
}

void PlanDocument::insert_site(std::size_t index, const core::Site& site) {
    auto& s = m_project.layers.sites;
    s.insert(s.begin() + static_cast<long>(std::min(index, s.size())), site);
    emit sitesChanged();
    schedule();
}

void PlanDocument::remove_site(std::size_t index) {
    auto& s = m_project.layers.sites;
    if (index >= s.size()) return;
    s.erase(s.begin() + static_cast<long>(index));
    emit sitesChanged();
    schedule();
}

void PlanDocument::set_site(std::size_t index, const core::Site& site) {
    if (index >= m_project.layers.sites.size()) return;
    m_project.layers.sites[index] = site;
    emit sitesChanged();
    schedule();
}

void PlanDocument::cancel() {
    if (m_engine && m_engine->feedback) m_engine->feedback->cancel();
}

void PlanDocument::schedule() {
    if (!m_engine) return;
    if (m_running) {
        m_pending = true;  // the running computation finishes first; one more follows
        // A running ranking is stale already: stop it so the edit shows at once.
        // (The co-location check of one site is short and stays valid for a move.)
        if (m_task_watcher.isRunning() && m_task_stale_after_edit) cancel();
        return;
    }
    start();
}

void PlanDocument::start() {
    m_running = true;
    // A new feedback per run, created here so that cancel() right after this call
    // reaches it whatever the worker has started doing.
    auto feedback = progress_feedback();
    m_engine->feedback = feedback;
    emit coverageStarted();
    // The worker gets copies: the GUI keeps editing the project meanwhile.
    const std::vector<core::Site> sites = m_project.layers.sites;
    const core::PlanLayers layers = m_project.layers;
    const core::PlanSettings settings = m_project.settings;
    std::shared_ptr<Engine> e = m_engine;
    m_watcher.setFuture(QtConcurrent::run([e, sites, layers, settings,
                                           feedback]() -> CoverageSnapshot {
        const auto t0 = std::chrono::steady_clock::now();
        CoverageSnapshot out;
        core::Feedback& fb = *feedback;
        auto cells = core::build_cells(sites, e->inputs.options);
        if (!cells.errors.empty()) {
            out.error = cells.errors.front();
            return out;
        }
        out.notes = e->inputs.notes_with(cells);
        // First run: full computation; afterwards only what the edit changed.
        auto t = e->engine->update(cells.cells, &fb);
        if (!t) {
            e->holds_plan = false;
            out.error = t.error();
            return out;
        }
        e->holds_plan = true;
        auto maps = std::make_shared<core::CoverageMaps>(core::CoverageMaps::from(*e->engine));
        // The same indicators `covplan analyze` writes, by the same function.
        core::PlanIndicators ind =
            core::evaluate_plan(layers, settings, *maps, e->people, e->fiber_distance_m);
        out.area = std::move(ind.area);
        out.places = std::move(ind.places);
        out.kpis = std::move(ind.kpis);
        out.maps = std::move(maps);
        // On air: the plan without its proposals (gis::on_air, as analyze does).
        core::PlanLayers on_air = layers;
        std::erase_if(on_air.sites,
                      [](const core::Site& s) { return s.status == core::SiteStatus::Proposed; });
        if (on_air.sites.size() == layers.sites.size()) {
            out.kpis_on_air = out.kpis;
            out.area_on_air = out.area;
        } else {
            if (!e->on_air_engine)
                e->on_air_engine = std::make_unique<core::CoverageEngine>(
                    e->inputs.grid, e->inputs.options, e->inputs.ground_m, e->inputs.clutter);
            auto on_cells = core::build_cells(on_air.sites, e->inputs.options);
            if (!on_cells.errors.empty()) {
                out.error = on_cells.errors.front();
                return out;
            }
            if (auto u = e->on_air_engine->update(on_cells.cells, &fb); !u) {
                out.error = u.error();
                return out;
            }
            const core::CoverageMaps on_maps = core::CoverageMaps::from(*e->on_air_engine);
            core::PlanIndicators on_ind =
                core::evaluate_plan(on_air, settings, on_maps, e->people, e->fiber_distance_m);
            out.kpis_on_air = std::move(on_ind.kpis);
            out.area_on_air = std::move(on_ind.area);
        }
        out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        return out;
    }));
}

}  // namespace covplan::app
