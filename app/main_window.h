#pragma once
// covplan-desktop's window: the map in the middle, layers and indicators docked,
// tools in the tool bar, cursor coordinates and progress in the status bar.

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QProgressBar>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QUndoStack>
#include <optional>

#include "app/kpi_panel.h"
#include "app/layers_panel.h"
#include "app/map_canvas.h"
#include "app/plan_document.h"
#include "app/report_export.h"
#include "app/site_panel.h"
#include "core/layer_role.h"
#include "gis/crs_transform.h"

namespace covplan::app {

class MainWindow : public QMainWindow {
    Q_OBJECT
  public:
    explicit MainWindow(QWidget* parent = nullptr);

    PlanDocument& document() { return m_doc; }
    MapCanvas& canvas() { return *m_canvas; }
    QUndoStack& undo_stack() { return m_undo; }
    KpiPanel& kpis() { return *m_kpi; }
    SitePanel& site_panel() { return *m_site_panel; }
    LayersPanel& layers() { return *m_layers; }
    class ModelCheck& model_check() {
        return *m_model_check;
    }
    class ProfileTool& profile_tool() {
        return *m_profile;
    }
    //! Opens a plan. An autosave newer than the file (a crash) is offered for
    //! recovery when `interactive`; otherwise `recover` decides.
    QString open_project(const QString& path, bool interactive = false, bool recover = false);
    QString save_as(const QString& path);
    //! Where the autosave of `project_path` is written.
    static QString autosave_path(const QString& project_path);
    void autosave_now();
    QTextBrowser& identify_panel() { return *m_identify; }
    void set_language(const QString& code);  //!< "vi" or "en"
    //! References a raster basemap (orthophoto) from the plan (undoable) and draws it.
    void add_basemap_raster(const QString& path);
    //! Removes a role's features (as `covplan remove-layer`), undoably.
    void remove_layer(core::LayerRole role);
    //! A new plan from its ward boundary (the New plan wizard's job), opened; an
    //! error text, or empty.
    QString create_plan(const QString& ward, const QString& title, const QString& plan);
    //! Writes the PDF report off the GUI thread; reportWritten (or a warning) follows.
    void export_report(const QString& pdf_path);
    //! Any export (PNG map, KMZ, GIS folder) the same way; reportWritten follows.
    void export_to(const QString& path, ExportKind kind);

  Q_SIGNALS:
    void reportWritten(const QString& path);

  protected:
    void changeEvent(QEvent* e) override;
    void closeEvent(QCloseEvent* e) override;

  private:
    void build_actions();
    void retranslate();
    void update_undo_texts();
    //! Asks to save unsaved edits before they would be dropped (Open, New, Quit);
    //! false when the user cancels (or the save fails).
    bool maybe_save();
    //! File → New plan: the ward boundary first (a short wizard), then the other
    //! layers through Import.
    void new_plan();
    void update_cursor(double x, double y);
    void apply_layers();
    void remember_recent(const QString& path);
    void rebuild_recent_menu();

    PlanDocument m_doc;
    QUndoStack m_undo;
    MapCanvas* m_canvas;
    KpiPanel* m_kpi;
    SitePanel* m_site_panel;
    QTextBrowser* m_identify;
    QDockWidget* m_identify_dock;
    QDockWidget* m_site_dock;
    LayersPanel* m_layers;
    QLabel* m_coords;
    QLabel* m_crs;
    QLabel* m_status;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    QDockWidget* m_layers_dock;
    QDockWidget* m_kpi_dock;
    QAction *m_identify_tool, *m_measure_tool, *m_save_as, *m_import, *m_settings;
    QAction* m_remove_layer = nullptr;
    QAction *m_add_basemap = nullptr, *m_zoom_selection = nullptr;
    QMenu* m_recent_menu = nullptr;
    QAction* m_export_report = nullptr;
    QAction *m_export_png = nullptr, *m_export_kmz = nullptr, *m_export_gis = nullptr,
            *m_export_xlsx = nullptr;
    ExportKind m_export_kind = ExportKind::ReportPdf;
    [[nodiscard]] QString export_title(ExportKind kind) const;
    ReportExport m_report;
    QTimer* m_autosave = nullptr;
    QAction *m_new = nullptr, *m_quit = nullptr;
    QAction *m_validate = nullptr, *m_calibrate = nullptr, *m_remove_calibration = nullptr;
    class ModelCheck* m_model_check = nullptr;
    class ProfileTool* m_profile = nullptr;
    QAction* m_profile_tool = nullptr;
    QAction *m_open, *m_save, *m_undo_action, *m_redo_action, *m_pan, *m_add, *m_zoom, *m_vi, *m_en;
    QTranslator m_translator;
    QTranslator m_qt_translator;  //!< Qt's own widgets (i18n/qt_vi.ts)
    QString m_language = "en";
    std::optional<gis::CrsTransform> m_to_wgs84, m_to_vn2000;
    QString m_local_crs_name;  //!< e.g. "VN-2000 / TM-3 zone 482"
    class TileClient* m_tiles = nullptr;
    core::Point m_identify_at;  //!< where the last Identify click was
};

}  // namespace covplan::app
