#include "app/main_window.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

#include "app/attribute_labels.h"
#include "app/commands/site_commands.h"
#include "app/identify.h"
#include "app/import_dialog.h"
#include "app/map_export_dialog.h"
#include "app/model_check.h"
#include "app/new_plan_wizard.h"
#include "app/profile_tool.h"
#include "app/settings_dialog.h"
#include "app/tile_client.h"
#include "gis/project_import.h"

namespace covplan::app {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    m_canvas = new MapCanvas(m_doc, m_undo, this);
    setCentralWidget(m_canvas);

    m_layers_dock = new QDockWidget(this);
    m_layers = new LayersPanel(m_doc, m_undo, m_layers_dock);
    m_layers_dock->setWidget(m_layers);
    addDockWidget(Qt::LeftDockWidgetArea, m_layers_dock);

    m_kpi_dock = new QDockWidget(this);
    m_kpi = new KpiPanel(m_kpi_dock);
    m_kpi_dock->setWidget(m_kpi);
    addDockWidget(Qt::RightDockWidgetArea, m_kpi_dock);
    m_site_dock = new QDockWidget(this);
    m_site_panel = new SitePanel(m_doc, m_undo, m_site_dock);
    m_site_dock->setWidget(m_site_panel);
    addDockWidget(Qt::RightDockWidgetArea, m_site_dock);
    tabifyDockWidget(m_kpi_dock, m_site_dock);
    m_identify_dock = new QDockWidget(this);
    m_identify = new QTextBrowser(m_identify_dock);
    m_identify_dock->setWidget(m_identify);
    addDockWidget(Qt::RightDockWidgetArea, m_identify_dock);
    tabifyDockWidget(m_kpi_dock, m_identify_dock);
    m_kpi_dock->raise();

    m_coords = new QLabel(this);
    m_crs = new QLabel(this);
    m_status = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(140);
    m_progress->hide();
    m_cancel = new QToolButton(this);
    m_cancel->hide();
    m_status->setMinimumWidth(280);
    statusBar()->addWidget(m_coords, 1);
    statusBar()->addPermanentWidget(m_status);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    statusBar()->addPermanentWidget(m_crs);

    build_actions();
    connect(m_layers, &LayersPanel::displayChanged, this, [this] { apply_layers(); });
    connect(m_layers, &LayersPanel::basemapsChanged, this, [this] {
        apply_layers();
        m_canvas->set_rasters_enabled(m_layers->raster_basemaps());
    });
    connect(m_layers, &LayersPanel::zoomToLayer, this, [this](core::MapLayerId id) {
        core::Extent e = core::layer_extent(m_doc.project().layers, id);
        if (id == core::MapLayerId::PriorityGaps)
            for (const core::PriorityPlace& p : m_doc.snapshot().places)
                if (core::is_priority_gap(p)) e.include(p.representative.x(), p.representative.y());
        if (id == core::MapLayerId::TowerUpgrades && m_doc.upgrades())
            for (const core::TowerUpgrade& u : *m_doc.upgrades())
                e.include(u.location.x(), u.location.y());
        if (e.empty()) {
            m_status->setText(tr("%1: nothing to zoom to").arg(LayersPanel::layer_name(id)));
            return;
        }
        // A single point (one site) gets a neighbourhood, not an infinite zoom.
        const double pad =
            std::max({200.0, 0.02 * (e.max_x - e.min_x), 0.02 * (e.max_y - e.min_y)});
        e.include(e.min_x - pad, e.min_y - pad);
        e.include(e.max_x + pad, e.max_y + pad);
        m_canvas->zoom_to(e);
    });
    connect(&m_doc, &PlanDocument::upgradesUpdated, this, [this] {
        m_progress->hide();
        m_cancel->hide();
        if (m_doc.upgrades())
            m_status->setText(tr("%n tower upgrade(s) ranked", nullptr,
                                 static_cast<int>(m_doc.upgrades()->size())));
    });
    connect(m_canvas, &MapCanvas::cursorMoved, this, &MainWindow::update_cursor);
    connect(m_kpi, &KpiPanel::zoomRequested, this,
            [this](double x0, double y0, double x1, double y1) {
                core::Extent e;
                e.include(x0, y0);
                e.include(x1, y1);
                m_canvas->zoom_to(e);
            });
    connect(m_site_panel, &SitePanel::candidatesShown, this,
            [this](const std::vector<core::Point>& towers) {
                m_canvas->set_candidates(towers);
                // Widen the view so that every listed tower is on the map with its number.
                const render::MapView& v = m_canvas->view();
                const core::Point nw = v.to_world(QPointF(0, 0));
                const core::Point se = v.to_world(QPointF(v.size.width(), v.size.height()));
                core::Extent e;
                e.include(nw.x(), nw.y());
                e.include(se.x(), se.y());
                bool outside = false;
                for (const core::Point& t : towers) {
                    outside = outside || t.x() < e.min_x || t.x() > e.max_x || t.y() < e.min_y ||
                              t.y() > e.max_y;
                    e.include(t.x() - 150, t.y() - 150);
                    e.include(t.x() + 150, t.y() + 150);
                }
                if (outside) m_canvas->zoom_to(e);
            });
    connect(m_kpi, &KpiPanel::gapSelected, this, [this](const core::PriorityPlace& gap) {
        m_site_panel->show_gap(gap);
        m_site_dock->raise();
    });
    connect(m_canvas, &MapCanvas::identifyRequested, this, [this](double x, double y) {
        m_identify->setHtml(identify_html(m_doc, x, y));
        m_identify_dock->raise();
        // The per-cell detail comes from the engine, in the background.
        m_identify_at = core::Point(x, y);
        m_doc.request_point(x, y);
    });
    connect(&m_doc, &PlanDocument::pointEvaluated, this, [this] {
        if (m_doc.point())
            m_identify->setHtml(
                identify_html(m_doc, m_identify_at.x(), m_identify_at.y(), &*m_doc.point()));
    });
    connect(m_canvas, &MapCanvas::measured, this, [this](double m) {
        m_status->setText(tr("Distance: %1 m").arg(QLocale().toString(m, 'f', 0)));
    });
    connect(m_canvas, &MapCanvas::siteSelected, this, [this](int i) {
        m_site_panel->show_site(i);
        if (i >= 0) m_site_dock->raise();
    });
    connect(m_cancel, &QToolButton::clicked, &m_doc, &PlanDocument::cancel);
    connect(m_cancel, &QToolButton::clicked, &m_report, &ReportExport::cancel);
    connect(&m_report, &ReportExport::progress, this, [this](double f) {
        m_progress->show();
        m_cancel->show();
        m_progress->setValue(static_cast<int>(100 * f));
    });
    connect(&m_report, &ReportExport::finished, this,
            [this](const QString& path, int pages, const QString& error) {
                m_progress->hide();
                m_cancel->hide();
                if (!error.isEmpty()) {
                    m_status->setText(tr("Report not written"));
                    QMessageBox::warning(this, tr("Export report"),
                                         tr("%1 was not written: %2").arg(path, error));
                    return;
                }
                if (m_export_kind == ExportKind::ReportPdf)
                    m_status->setText(tr("Report written: %1 (%n page(s))", nullptr, pages)
                                          .arg(QFileInfo(path).fileName()));
                else
                    m_status->setText(tr("Exported: %1").arg(QFileInfo(path).fileName()));
                Q_EMIT reportWritten(path);
            });
    connect(&m_doc, &PlanDocument::coverageStarted, this, [this] {
        m_progress->setValue(0);
        m_progress->show();
        m_cancel->show();
    });
    connect(&m_doc, &PlanDocument::progress, this,
            [this](double f) { m_progress->setValue(static_cast<int>(100 * f)); });
    connect(&m_doc, &PlanDocument::coverageUpdated, this, [this] {
        m_progress->hide();
        m_cancel->hide();
        const CoverageSnapshot& s = m_doc.snapshot();
        if (!s.error.empty()) {
            m_status->setText(tr("Coverage not updated: %1").arg(QString::fromStdString(s.error)));
            return;
        }
        const QString updated =
            tr("Coverage updated in %1 s").arg(QLocale().toString(s.seconds, 'f', 2));
        // Notes as the CLI prints them: counted in the status bar, listed in its tooltip.
        QStringList notes;
        for (const std::string& n : s.notes) notes << QString::fromStdString(n);
        m_status->setText(notes.isEmpty() ? updated
                                          : updated + QStringLiteral(" · ") +
                                                tr("%n note(s)", nullptr, notes.size()));
        m_status->setToolTip(notes.join(QLatin1Char('\n')));
        m_kpi->show_snapshot(s, m_doc.project().layers, m_language == "vi");
    });
    retranslate();
    resize(1280, 800);
}

void MainWindow::build_actions() {
    m_open = new QAction(this);
    m_save = new QAction(this);
    // Own actions rather than QUndoStack's: those word "Undo %1" through Qt's own
    // catalogue (none in Vietnamese) and keep the language they were made in.
    m_undo_action = new QAction(this);
    m_redo_action = new QAction(this);
    m_undo_action->setEnabled(false);
    m_redo_action->setEnabled(false);
    connect(m_undo_action, &QAction::triggered, &m_undo, &QUndoStack::undo);
    connect(m_redo_action, &QAction::triggered, &m_undo, &QUndoStack::redo);
    connect(&m_undo, &QUndoStack::canUndoChanged, m_undo_action, &QAction::setEnabled);
    connect(&m_undo, &QUndoStack::canRedoChanged, m_redo_action, &QAction::setEnabled);
    connect(&m_undo, &QUndoStack::undoTextChanged, this, &MainWindow::update_undo_texts);
    connect(&m_undo, &QUndoStack::redoTextChanged, this, &MainWindow::update_undo_texts);
    // The title's [*]: unsaved edits show as a modified marker.
    connect(&m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { setWindowModified(!clean); });
    m_new = new QAction(this);
    m_new->setShortcut(QKeySequence::New);
    connect(m_new, &QAction::triggered, this, &MainWindow::new_plan);
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    m_open->setShortcut(QKeySequence::Open);
    m_save->setShortcut(QKeySequence::Save);
    m_undo_action->setShortcut(QKeySequence::Undo);
    m_redo_action->setShortcut(QKeySequence::Redo);
    m_pan = new QAction(this);
    m_add = new QAction(this);
    m_pan->setCheckable(true);
    m_add->setCheckable(true);
    m_pan->setChecked(true);
    auto* tools = new QActionGroup(this);
    tools->addAction(m_pan);
    tools->addAction(m_add);
    m_zoom = new QAction(this);
    m_identify_tool = new QAction(this);
    m_measure_tool = new QAction(this);
    m_identify_tool->setCheckable(true);
    m_measure_tool->setCheckable(true);
    tools->addAction(m_identify_tool);
    tools->addAction(m_measure_tool);
    m_profile_tool = new QAction(this);
    m_profile_tool->setCheckable(true);
    m_profile_tool->setObjectName("profile_tool");
    tools->addAction(m_profile_tool);
    m_import = new QAction(this);
    m_remove_layer = new QAction(this);
    connect(m_remove_layer, &QAction::triggered, this, [this] {
        QStringList roles;
        std::vector<core::LayerRole> ids;
        for (core::LayerRole r : core::kAllRoles)
            if (const std::size_t n = gis::feature_count(m_doc.project().layers, r); n > 0) {
                roles << tr("%1: %2 feature(s)").arg(role_label(core::role_name(r))).arg(n);
                ids.push_back(r);
            }
        if (ids.empty()) return;
        bool ok = false;
        const QString choice = QInputDialog::getItem(this, tr("Remove layer"),
                                                     tr("Layer to remove"), roles, 0, false, &ok);
        if (!ok) return;
        remove_layer(ids[static_cast<std::size_t>(roles.indexOf(choice))]);
    });
    m_settings = new QAction(this);
    connect(m_import, &QAction::triggered, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import layer"), {},
                                         tr("GIS layers (*.shp *.gpkg *.geojson *.json *.kml *.kmz "
                                            "*.csv *.xlsx);;All files (*)"));
        if (path.isEmpty()) return;
        ImportDialog dlg(m_doc, m_undo, path, this);
        if (!dlg.open_error().isEmpty()) {
            QMessageBox::warning(this, tr("Import layer"), dlg.open_error());
            return;
        }
        dlg.exec();
    });
    connect(m_settings, &QAction::triggered, this, [this] {
        SettingsDialog dlg(m_doc, m_undo, this);
        dlg.exec();
    });
    m_save_as = new QAction(this);
    m_save_as->setShortcut(QKeySequence::SaveAs);
    connect(m_identify_tool, &QAction::triggered, this,
            [this] { m_canvas->set_tool(MapCanvas::Tool::Identify); });
    connect(m_measure_tool, &QAction::triggered, this,
            [this] { m_canvas->set_tool(MapCanvas::Tool::Measure); });
    connect(m_profile_tool, &QAction::triggered, this,
            [this] { m_canvas->set_tool(MapCanvas::Tool::Profile); });
    connect(m_save_as, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save plan as"), {},
                                                          tr("covplan projects (*.covplan.gpkg)"));
        if (path.isEmpty()) return;
        const QString err = save_as(path);
        if (!err.isEmpty()) QMessageBox::warning(this, tr("Save plan"), err);
    });
    // Autosave every minute while there are unsaved edits; a crash loses at most that.
    m_autosave = new QTimer(this);
    m_autosave->setInterval(60000);
    connect(m_autosave, &QTimer::timeout, this, &MainWindow::autosave_now);
    m_autosave->start();
    m_export_report = new QAction(this);
    connect(m_export_report, &QAction::triggered, this, [this] {
        if (m_report.running()) return;
        const QFileInfo plan(m_doc.path());
        const QString suggested =
            (m_doc.path().isEmpty() ? QDir::homePath() : plan.absolutePath()) + "/" +
            (m_language == "vi" ? QString("bao_cao_") : QString("report_")) +
            QDate::currentDate().toString(Qt::ISODate) + ".pdf";
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export report"), suggested, tr("PDF (*.pdf)"));
        if (path.isEmpty()) return;
        export_report(path);
    });
    // The other exports: the same analysis, written as the CLI writes them.
    auto export_action = [this](ExportKind kind, const QString& suffix) {
        auto* a = new QAction(this);
        connect(a, &QAction::triggered, this, [this, kind, suffix] {
            if (m_report.running()) return;
            const QFileInfo plan(m_doc.path());
            const QString base = (m_doc.path().isEmpty() ? QDir::homePath() : plan.absolutePath()) +
                                 "/" + plan.completeBaseName().section('.', 0, 0);
            QString path;
            if (kind == ExportKind::GisFolder)
                path = QFileDialog::getExistingDirectory(this, tr("Export GIS files to folder"),
                                                         plan.absolutePath());
            else
                path = QFileDialog::getSaveFileName(this, export_title(kind), base + suffix,
                                                    "*" + suffix);
            if (path.isEmpty()) return;
            if (kind == ExportKind::MapPng) {
                MapExportDialog dlg(this);
                if (dlg.exec() != QDialog::Accepted) return;
                m_report.set_map_options(dlg.options());
            }
            export_to(path, kind);
        });
        return a;
    };
    m_export_png = export_action(ExportKind::MapPng, ".png");
    m_export_kmz = export_action(ExportKind::Kmz, ".kmz");
    m_export_gis = export_action(ExportKind::GisFolder, "");
    m_export_xlsx = export_action(ExportKind::Xlsx, ".xlsx");
    m_vi = new QAction("Tiếng Việt", this);
    m_en = new QAction("English", this);
    connect(m_open, &QAction::triggered, this, [this] {
        if (!maybe_save()) return;
        const QString path = QFileDialog::getOpenFileName(this, tr("Open plan"), {},
                                                          tr("covplan projects (*.covplan.gpkg)"));
        if (!path.isEmpty()) {
            const QString err = open_project(path);
            if (!err.isEmpty()) QMessageBox::warning(this, tr("Open plan"), err);
        }
    });
    connect(m_save, &QAction::triggered, this, [this] {
        const QString err = m_doc.save();
        if (!err.isEmpty())
            QMessageBox::warning(this, tr("Save plan"), err);
        else
            m_undo.setClean();
    });
    connect(m_pan, &QAction::triggered, this, [this] { m_canvas->set_tool(MapCanvas::Tool::Pan); });
    connect(m_add, &QAction::triggered, this,
            [this] { m_canvas->set_tool(MapCanvas::Tool::AddSite); });
    connect(m_zoom, &QAction::triggered, m_canvas, &MapCanvas::zoom_to_plan);
    m_model_check = new ModelCheck(m_doc, m_undo, this);
    m_profile = new ProfileTool(m_doc, this);
    connect(m_canvas, &MapCanvas::profileRequested, m_profile, &ProfileTool::request_on_map);
    m_validate = new QAction(this);
    connect(m_validate, &QAction::triggered, this, [this] {
        m_status->setText(tr("Comparing the model with the measurements…"));
        m_model_check->validate();
    });
    m_calibrate = new QAction(this);
    connect(m_calibrate, &QAction::triggered, this, [this] {
        m_status->setText(tr("Fitting the model to the measurements…"));
        m_model_check->calibrate();
    });
    m_remove_calibration = new QAction(this);
    connect(m_remove_calibration, &QAction::triggered, this,
            [this] { m_model_check->remove_calibration(); });
    connect(m_model_check, &ModelCheck::validated, this,
            [this] { m_status->setText(m_model_check->summary().section('\n', 0, 0)); });
    connect(m_model_check, &ModelCheck::calibrationOffered, this,
            [this] { m_status->setText(m_model_check->summary().section('\n', 1, 1)); });
    connect(m_model_check, &ModelCheck::failed, this,
            [this](const QString& why) { m_status->setText(why); });
    m_zoom_selection = new QAction(this);
    connect(m_zoom_selection, &QAction::triggered, this, [this] {
        const int i = m_canvas->selected_site();
        const auto& sites = m_doc.project().layers.sites;
        if (i < 0 || i >= static_cast<int>(sites.size())) {
            m_status->setText(tr("Nothing selected: click a site first"));
            return;
        }
        const core::Point& at = sites[static_cast<std::size_t>(i)].location;
        core::Extent e;
        e.include(at.x() - 600, at.y() - 600);
        e.include(at.x() + 600, at.y() + 600);
        m_canvas->zoom_to(e);
    });
    m_add_basemap = new QAction(this);
    connect(m_add_basemap, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Add basemap raster"), {},
            tr("Rasters (*.tif *.tiff *.jp2 *.png *.jpg *.vrt);;All files (*)"));
        if (!path.isEmpty()) add_basemap_raster(path);
    });
    connect(m_vi, &QAction::triggered, this, [this] { set_language("vi"); });
    connect(m_en, &QAction::triggered, this, [this] { set_language("en"); });
    auto* bar = addToolBar("main");
    bar->setObjectName("main");
    for (QAction* a : {m_open, m_save, m_undo_action, m_redo_action}) bar->addAction(a);
    bar->addSeparator();
    for (QAction* a : {m_pan, m_add, m_identify_tool, m_measure_tool, m_profile_tool})
        bar->addAction(a);
    bar->addSeparator();
    for (QAction* a : {m_zoom, m_zoom_selection}) bar->addAction(a);
    auto* file = menuBar()->addMenu(QString());
    file->setObjectName("file");
    file->addAction(m_new);
    file->addAction(m_open);
    m_recent_menu = file->addMenu(QString());
    rebuild_recent_menu();
    file->addAction(m_save);
    file->addAction(m_save_as);
    file->addSeparator();
    file->addAction(m_import);
    file->addAction(m_remove_layer);
    file->addAction(m_add_basemap);
    file->addAction(m_settings);
    file->addSeparator();
    file->addAction(m_export_report);
    file->addAction(m_export_png);
    file->addAction(m_export_kmz);
    file->addAction(m_export_xlsx);
    file->addAction(m_export_gis);
    file->addSeparator();
    file->addAction(m_quit);
    auto* edit = menuBar()->addMenu(QString());
    edit->setObjectName("edit");
    edit->addAction(m_undo_action);
    edit->addAction(m_redo_action);
    // The map tools, also in the tool bar: the one place a menu user finds them.
    auto* tools_menu = menuBar()->addMenu(QString());
    tools_menu->setObjectName("tools");
    for (QAction* a : {m_pan, m_add, m_identify_tool, m_measure_tool, m_profile_tool})
        tools_menu->addAction(a);
    tools_menu->addSeparator();
    tools_menu->addAction(m_zoom);
    tools_menu->addAction(m_zoom_selection);
    tools_menu->addSeparator();
    tools_menu->addAction(m_validate);
    tools_menu->addAction(m_calibrate);
    tools_menu->addAction(m_remove_calibration);
    auto* lang = menuBar()->addMenu(QString());
    lang->setObjectName("language");
    lang->addAction(m_vi);
    lang->addAction(m_en);
}

void MainWindow::update_undo_texts() {
    m_undo_action->setText(m_undo.canUndo() && !m_undo.undoText().isEmpty()
                               ? tr("Undo %1").arg(m_undo.undoText())
                               : tr("Undo"));
    m_redo_action->setText(m_undo.canRedo() && !m_undo.redoText().isEmpty()
                               ? tr("Redo %1").arg(m_undo.redoText())
                               : tr("Redo"));
}

void MainWindow::new_plan() {
    if (!maybe_save()) return;
    NewPlanWizard wizard(this);
    if (wizard.exec() != QDialog::Accepted) return;
    const QString err = create_plan(wizard.ward_path(), wizard.title(), wizard.plan_path());
    if (!err.isEmpty()) QMessageBox::warning(this, tr("New plan"), err);
}

QString MainWindow::create_plan(const QString& ward, const QString& title, const QString& plan) {
    gis::LayerImportOptions options;
    options.path = ward.toStdString();
    auto made = gis::create_project(plan.toStdString(), title.toStdString(), options);
    if (!made) {
        QStringList lines;
        for (const core::Issue& i : made.error())
            if (i.severity == core::Severity::Error)
                lines << QString::fromStdString((i.layer.empty() ? "" : i.layer + ": ") +
                                                (i.feature.empty() ? "" : i.feature + ": ") +
                                                i.message);
        return tr("The plan was not made from %1:\n%2").arg(ward, lines.join('\n'));
    }
    if (const QString err = open_project(plan); !err.isEmpty()) return err;
    statusBar()->showMessage(
        tr("New plan in %1. Now import the sites, khu vực, fiber and priority places "
           "(File → Import layer).")
            .arg(QString::fromStdString(m_doc.project().working_crs.describe())),
        15000);
    return {};
}

bool MainWindow::maybe_save() {
    if (m_undo.isClean()) return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("The plan has unsaved changes. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel) return false;
    if (answer == QMessageBox::Save) return save_as(m_doc.path()).isEmpty();
    QFile::remove(autosave_path(m_doc.path()));
    return true;
}

void MainWindow::retranslate() {
    // [*]: Qt shows the modified marker there while the plan has unsaved edits.
    const QString plan = !m_doc.project().title.empty()
                             ? QString::fromStdString(m_doc.project().title)
                             : QFileInfo(m_doc.path()).fileName();
    setWindowTitle(plan.isEmpty() ? tr("covplan — 4G/5G coverage planning") + "[*]"
                                  : plan + "[*] — covplan");
    update_undo_texts();
    m_new->setText(tr("New plan…"));
    m_quit->setText(tr("Quit"));
    m_layers_dock->setWindowTitle(tr("Layers"));
    m_kpi_dock->setWindowTitle(tr("Plan indicators"));
    m_site_dock->setWindowTitle(tr("Site"));
    m_site_panel->retranslate();
    m_layers->retranslate();
    m_open->setText(tr("Open…"));
    m_save->setText(tr("Save"));
    m_pan->setText(tr("Pan / move site"));
    m_add->setText(tr("Add 5G site"));
    m_zoom->setText(tr("Zoom to ward"));
    m_zoom_selection->setText(tr("Zoom to selection"));
    m_validate->setText(tr("Validate against measurements"));
    m_validate->setStatusTip(
        tr("Compare the model with the drive-test samples: error "
           "statistics and the prediction error on the map"));
    m_calibrate->setText(tr("Calibrate the model…"));
    m_calibrate->setStatusTip(
        tr("Fit the path loss to the drive-test samples (offset and "
           "slope per site, cross-validated); undoable"));
    m_remove_calibration->setText(tr("Remove the calibration"));
    m_add_basemap->setText(tr("Add basemap raster…"));
    m_identify_tool->setText(tr("Identify"));
    m_measure_tool->setText(tr("Measure"));
    m_profile_tool->setText(tr("Path profile"));
    m_profile_tool->setStatusTip(
        tr("Press on a site or a point, drag to the far end: terrain, line of sight, Fresnel "
           "zone and the loss by each model"));
    m_save_as->setText(tr("Save as…"));
    m_import->setText(tr("Import layer…"));
    m_remove_layer->setText(tr("Remove layer…"));
    m_settings->setText(tr("Plan settings…"));
    m_export_report->setText(tr("Export report (PDF)…"));
    m_export_png->setText(export_title(ExportKind::MapPng));
    m_export_kmz->setText(export_title(ExportKind::Kmz));
    m_export_gis->setText(export_title(ExportKind::GisFolder));
    m_export_xlsx->setText(export_title(ExportKind::Xlsx));
    if (m_recent_menu) m_recent_menu->setTitle(tr("Recent plans"));
    m_identify_dock->setWindowTitle(tr("Identify"));
    m_cancel->setText(tr("Cancel"));
    for (QMenu* m : menuBar()->findChildren<QMenu*>()) {
        if (m->objectName() == "file") m->setTitle(tr("&File"));
        if (m->objectName() == "language") m->setTitle(tr("&Language"));
        if (m->objectName() == "edit") m->setTitle(tr("&Edit"));
        if (m->objectName() == "tools") m->setTitle(tr("&Tools"));
    }
    m_crs->setText(
        tr("CRS: %1").arg(QString::fromStdString(m_doc.project().working_crs.describe())));
    m_kpi->retranslate();
    if (!m_doc.snapshot().kpis.empty())
        m_kpi->show_snapshot(m_doc.snapshot(), m_doc.project().layers, m_language == "vi");
}

void MainWindow::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) retranslate();
    QMainWindow::changeEvent(e);
}

void MainWindow::closeEvent(QCloseEvent* e) {
    if (!maybe_save()) {
        e->ignore();
        return;
    }
    e->accept();
}

void MainWindow::set_language(const QString& code) {
    qApp->removeTranslator(&m_translator);
    qApp->removeTranslator(&m_qt_translator);
    m_language = code;
    // Dates and numbers in Qt's own widgets (file dialog dates, spin boxes) follow.
    QLocale::setDefault(code == "vi" ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                     : QLocale(QLocale::English, QLocale::UnitedKingdom));
    if (code == "vi" && m_qt_translator.load(":/i18n/qt_vi.qm"))
        qApp->installTranslator(&m_qt_translator);
    if (code == "vi" && m_translator.load(":/i18n/covplan_vi.qm"))
        qApp->installTranslator(&m_translator);
    retranslate();  // LanguageChange also arrives, but English needs it without a translator
}

QString MainWindow::autosave_path(const QString& project_path) {
    const QFileInfo f(project_path);
    return f.dir().filePath("." + f.fileName() + "~autosave.covplan.gpkg");
}

void MainWindow::autosave_now() {
    if (m_undo.isClean() || m_doc.path().isEmpty()) return;
    const QString err = m_doc.save_copy(autosave_path(m_doc.path()));
    m_status->setText(err.isEmpty() ? tr("Autosaved") : tr("Autosave failed: %1").arg(err));
}

QString MainWindow::save_as(const QString& path) {
    const QString old_autosave = m_doc.path().isEmpty() ? QString() : autosave_path(m_doc.path());
    const QString err = m_doc.save(path);
    if (!err.isEmpty()) return err;
    m_undo.setClean();
    if (!old_autosave.isEmpty()) QFile::remove(old_autosave);
    remember_recent(path);
    retranslate();
    return {};
}

void MainWindow::remember_recent(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value("recent").toStringList();
    recent.removeAll(QFileInfo(path).absoluteFilePath());
    recent.prepend(QFileInfo(path).absoluteFilePath());
    while (recent.size() > 8) recent.removeLast();
    settings.setValue("recent", recent);
    rebuild_recent_menu();
}

QString MainWindow::export_title(ExportKind kind) const {
    switch (kind) {
        case ExportKind::MapPng:
            return tr("Export map (PNG)…");
        case ExportKind::Kmz:
            return tr("Export for Google Earth (KMZ)…");
        case ExportKind::GisFolder:
            return tr("Export GIS files (GeoPackage, CSV, GeoTIFF)…");
        case ExportKind::Xlsx:
            return tr("Export tables (Excel)…");
        case ExportKind::ReportPdf:
            break;
    }
    return tr("Export report (PDF)…");
}

void MainWindow::export_report(const QString& pdf_path) {
    export_to(pdf_path, ExportKind::ReportPdf);
}

void MainWindow::export_to(const QString& path, ExportKind kind) {
    if (m_report.running()) return;
    m_export_kind = kind;
    m_status->setText(tr("Writing %1…").arg(QFileInfo(path).fileName()));
    m_report.start(m_doc.project(),
                   m_doc.path().isEmpty() ? QString() : QFileInfo(m_doc.path()).absolutePath(),
                   path, m_language, kind);
}

void MainWindow::rebuild_recent_menu() {
    if (!m_recent_menu) return;
    m_recent_menu->clear();
    for (const QString& p : QSettings().value("recent").toStringList())
        m_recent_menu->addAction(QFileInfo(p).fileName(), this, [this, p] {
            if (!maybe_save()) return;
            const QString err = open_project(p, true);
            if (!err.isEmpty()) QMessageBox::warning(this, tr("Open plan"), err);
        });
}

QString MainWindow::open_project(const QString& path, bool interactive, bool recover) {
    // After a crash the autosave is newer than the plan: offer it.
    const QString autosave = autosave_path(path);
    const QFileInfo a(autosave), p(path);
    bool use_autosave = false;
    if (a.exists() && a.lastModified() > p.lastModified()) {
        use_autosave = interactive ? QMessageBox::question(
                                         this, tr("Recover plan"),
                                         tr("An autosave newer than %1 exists (the last session "
                                            "ended without saving). Recover it?")
                                             .arg(p.fileName())) == QMessageBox::Yes
                                   : recover;
    }
    const QString err = m_doc.open(use_autosave ? autosave : path);
    if (!err.isEmpty()) return err;
    if (use_autosave) m_doc.set_path(path);  // saving writes the plan itself
    m_undo.clear();
    // Cursor read-outs: WGS 84 and the project's national CRS (setting local_crs: the
    // VN-2000 TM-3 zone of its province).
    m_to_wgs84.reset();
    m_to_vn2000.reset();
    m_local_crs_name.clear();
    if (auto t = gis::CrsTransform::create(m_doc.project().working_crs, gis::Crs::wgs84()))
        m_to_wgs84 = *t;
    if (auto local = gis::Crs::from_user_input(m_doc.project().settings.local_crs))
        if (auto t = gis::CrsTransform::create(m_doc.project().working_crs, *local)) {
            m_to_vn2000 = *t;
            m_local_crs_name = QString::fromStdString(local->name());
        }
    retranslate();
    m_canvas->zoom_to_plan();
    m_canvas->reload_rasters();
    remember_recent(path);
    if (use_autosave) m_undo.resetClean();  // recovered edits are unsaved edits
    return {};
}

void MainWindow::update_cursor(double x, double y) {
    QString text;
    double lx = x, ly = y;
    // Each readout names its axes: latitude N / longitude E, and for VN-2000 the
    // surveyors' X (northing) and Y (easting) with N and E beside them.
    QLocale loc;
    loc.setNumberOptions(QLocale::OmitGroupSeparator);
    if (m_to_wgs84 && m_to_wgs84->transform(lx, ly))
        text +=
            QString("WGS 84: %1° N, %2° E").arg(loc.toString(ly, 'f', 6), loc.toString(lx, 'f', 6));
    double vx = x, vy = y;
    if (m_to_vn2000 && m_to_vn2000->transform(vx, vy))
        text += QString("   %1: X (N) %2 m, Y (E) %3 m")
                    .arg(m_local_crs_name, loc.toString(vy, 'f', 2), loc.toString(vx, 'f', 2));
    m_coords->setText(text);
}

void MainWindow::apply_layers() {
    const bool online = m_layers->online_basemap();
    if (online && !m_tiles) {
        // URL template and cache are settings: another tile server can be configured.
        QSettings settings;
        const QString url =
            settings.value("basemap/url", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
                .toString();
        const QString cache =
            QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + "/tiles";
        m_tiles = new TileClient(url, cache, this);
        m_canvas->set_basemap(
            m_tiles,
            settings.value("basemap/attribution", "© OpenStreetMap contributors").toString());
    } else if (!online && m_tiles) {
        m_canvas->set_basemap(nullptr, {});
        m_tiles->deleteLater();
        m_tiles = nullptr;
    }
    m_canvas->set_display(m_layers->display());
}

void MainWindow::remove_layer(core::LayerRole role) {
    gis::Project p = m_doc.project();
    // The same function as `covplan remove-layer`; one undoable step.
    if (gis::remove_layer(p, role) == 0) return;
    m_undo.push(new ReplaceProjectCommand(
        m_doc, std::move(p), tr("Remove layer %1").arg(role_label(core::role_name(role)))));
}

void MainWindow::add_basemap_raster(const QString& path) {
    gis::Project p = m_doc.project();
    const std::string abs = QFileInfo(path).absoluteFilePath().toStdString();
    auto info = gis::inspect_raster(abs);
    if (!info) {
        QMessageBox::warning(this, tr("Add basemap raster"), QString::fromStdString(info.error()));
        return;
    }
    if (!info->crs) {
        QMessageBox::warning(this, tr("Add basemap raster"),
                             tr("%1 has no coordinate reference system; assign one with "
                                "covplan add-raster --assign-crs")
                                 .arg(path));
        return;
    }
    std::erase_if(p.rasters, [&](const gis::RasterSource& r) {
        return r.kind == gis::RasterKind::Basemap && r.path == abs;
    });
    p.rasters.push_back({gis::RasterKind::Basemap, abs, ""});
    m_undo.push(
        new ReplaceProjectCommand(m_doc, p, tr("Add basemap %1").arg(QFileInfo(path).fileName())));
}

}  // namespace covplan::app
