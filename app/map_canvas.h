#pragma once
// The map widget: shows the last image the renderer produced off the GUI thread,
// moved and scaled to the current view until the next one arrives, so panning and
// zooming never wait for a frame.

#include <QFutureWatcher>
#include <QImage>
#include <QUndoStack>
#include <QWidget>
#include <memory>
#include <optional>

#include "app/plan_document.h"
#include "render/map_renderer.h"

namespace covplan::app {

class MapCanvas : public QWidget {
    Q_OBJECT
  public:
    enum class Tool { Pan, AddSite, Identify, Measure, Profile };

    MapCanvas(PlanDocument& doc, QUndoStack& undo, QWidget* parent = nullptr);

    void set_tool(Tool tool) { m_tool = tool; }
    [[nodiscard]] Tool tool() const { return m_tool; }
    void zoom_to_plan();
    void zoom_to(const core::Extent& extent);
    //! Shows XYZ tiles under the plan (null: none). Not owned.
    void set_basemap(class TileClient* client, QString attribution);
    void set_display(const render::CoverageDisplay& d);
    [[nodiscard]] const render::CoverageDisplay& display() const { return m_display; }
    //! Shows the plan's local raster basemaps (orthophotos). They are read off the
    //! GUI thread for the visible area at screen resolution, again when the view
    //! leaves the part read or zooms in past its detail.
    void set_rasters_enabled(bool enabled);
    //! Forgets what was read (the plan's rasters changed).
    void reload_rasters();
    //! Numbered rings on the towers the co-location panel lists (empty: none).
    void set_candidates(std::vector<core::Point> candidates);
    [[nodiscard]] std::size_t candidate_count() const { return m_candidates.size(); }
    [[nodiscard]] std::size_t raster_count() const { return m_rasters.size(); }
    [[nodiscard]] const render::MapView& view() const { return m_view; }
    [[nodiscard]] int selected_site() const { return m_selected; }
    void select_site(int index);
    //! True once an image of the current coverage has been drawn (for screenshots).
    [[nodiscard]] bool has_frame() const { return !m_image.isNull() && !m_render_pending; }
    //! Renders the current view once on this thread and returns the time it took (ms),
    //! for measurements; the displayed frame is not changed.
    [[nodiscard]] double time_one_render() const;

  signals:
    void cursorMoved(double x, double y);  //!< working CRS
    void siteSelected(int index);
    void frameReady();
    void identifyRequested(double x, double y);  //!< working CRS
    void measured(double metres);
    //! The Profile tool's line, working CRS; `from_site` the site pressed on, or -1.
    void profileRequested(double from_x, double from_y, int from_site, double to_x, double to_y);

  protected:
    void paintEvent(QPaintEvent*) override;
    void resizeEvent(QResizeEvent*) override;
    void mousePressEvent(QMouseEvent*) override;
    void mouseMoveEvent(QMouseEvent*) override;
    void mouseReleaseEvent(QMouseEvent*) override;
    void wheelEvent(QWheelEvent*) override;
    void keyPressEvent(QKeyEvent*) override;

  private:
    void request_render();
    void rebuild_coverage_image();
    [[nodiscard]] int site_at(QPointF screen) const;

    PlanDocument& m_doc;
    QUndoStack& m_undo;
    render::MapView m_view;
    render::CoverageDisplay m_display;
    std::vector<render::RasterBasemap> m_rasters;
    std::vector<core::Point> m_candidates;
    bool m_rasters_enabled = true;
    std::vector<std::string> m_raster_paths;  // of the rasters read
    core::Extent m_rasters_extent;            // area read
    double m_rasters_m_per_px = 0;            // detail read
    QFutureWatcher<std::vector<render::RasterBasemap>> m_raster_loader;
    class QTimer* m_raster_timer = nullptr;
    void maybe_load_rasters();
    std::shared_ptr<const std::vector<core::TowerUpgrade>> m_upgrades;
    Tool m_tool = Tool::Pan;
    std::shared_ptr<const gis::Project> m_project;  // snapshot the renderer reads
    std::shared_ptr<const QImage> m_coverage;
    std::shared_ptr<const std::vector<core::PriorityPlace>> m_places;
    std::shared_ptr<const core::ValidationResult> m_residuals;
    core::GridSpec m_coverage_grid;
    QImage m_image;                // last rendered frame
    render::MapView m_image_view;  // the view it was rendered for
    QFutureWatcher<QImage> m_watcher;
    bool m_render_pending = false;
    bool m_render_again = false;
    QPoint m_press;
    bool m_dragging_map = false;
    int m_dragging_site = -1;
    int m_selected = -1;
    int m_new_site_counter = 0;
    std::optional<core::Point> m_measure_from, m_measure_to;
    int m_profile_site = -1;  // the site the Profile tool's line starts on
    class TileClient* m_tiles = nullptr;
    QString m_attribution;
    std::vector<render::BasemapTile> visible_tiles();
};

}  // namespace covplan::app
