#include "app/map_canvas.h"

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLocale>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include "app/commands/site_commands.h"
#include "app/tile_client.h"
#include "gis/crs_transform.h"

namespace covplan::app {

MapCanvas::MapCanvas(PlanDocument& doc, QUndoStack& undo, QWidget* parent)
    : QWidget(parent), m_doc(doc), m_undo(undo) {
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 240);
    connect(&m_doc, &PlanDocument::sitesChanged, this, [this] {
        m_project = std::make_shared<const gis::Project>(m_doc.project());
        // A basemap added, removed or undone: read again.
        std::vector<std::string> paths;
        for (const gis::RasterSource& r : m_project->rasters)
            if (r.kind == gis::RasterKind::Basemap) paths.push_back(r.path);
        if (paths != m_raster_paths) {
            m_raster_paths = std::move(paths);
            reload_rasters();
        }
        request_render();
    });
    connect(&m_doc, &PlanDocument::styleChanged, this, [this] {
        m_project = std::make_shared<const gis::Project>(m_doc.project());
        request_render();
    });
    connect(&m_doc, &PlanDocument::upgradesUpdated, this, [this] {
        m_upgrades = m_doc.upgrades();
        request_render();
    });
    connect(&m_doc, &PlanDocument::validationChanged, this, [this] {
        m_residuals = m_doc.validation();
        request_render();
    });
    connect(&m_doc, &PlanDocument::coverageUpdated, this, [this] {
        m_places =
            std::make_shared<const std::vector<core::PriorityPlace>>(m_doc.snapshot().places);
        rebuild_coverage_image();
        request_render();
    });
    m_raster_timer = new QTimer(this);
    m_raster_timer->setSingleShot(true);
    m_raster_timer->setInterval(150);
    connect(m_raster_timer, &QTimer::timeout, this, [this] {
        if (m_raster_loader.isRunning()) {
            m_raster_timer->start();
            return;
        }
        // The view and half of it again on every side, at the view's resolution.
        const core::Point nw = m_view.to_world(QPointF(0, 0));
        const core::Point se = m_view.to_world(QPointF(m_view.size.width(), m_view.size.height()));
        const double pad_x = 0.5 * (se.x() - nw.x()), pad_y = 0.5 * (nw.y() - se.y());
        core::Extent area;
        area.include(nw.x() - pad_x, se.y() - pad_y);
        area.include(se.x() + pad_x, nw.y() + pad_y);
        const int max_px = 2 * std::max(m_view.size.width(), m_view.size.height());
        m_rasters_extent = area;
        m_rasters_m_per_px = m_view.meters_per_pixel;
        const gis::Project project = m_doc.project();
        m_raster_loader.setFuture(QtConcurrent::run([project, area, max_px] {
            return render::load_raster_basemaps(project, area, max_px);
        }));
    });
    connect(&m_raster_loader, &QFutureWatcher<std::vector<render::RasterBasemap>>::finished, this,
            [this] {
                if (!m_rasters_enabled) return;
                m_rasters = m_raster_loader.result();
                request_render();
            });
    connect(&m_watcher, &QFutureWatcher<QImage>::finished, this, [this] {
        m_image = m_watcher.result();
        m_render_pending = false;
        update();
        if (m_render_again) {
            m_render_again = false;
            request_render();
        } else {
            emit frameReady();
        }
    });
}

void MapCanvas::zoom_to_plan() {
    m_view.size = size();
    m_view.fit(m_doc.extent());
    request_render();
}

void MapCanvas::zoom_to(const core::Extent& extent) {
    m_view.size = size();
    m_view.fit(extent);
    update();
    request_render();
}

void MapCanvas::set_basemap(TileClient* client, QString attribution) {
    if (m_tiles) disconnect(m_tiles, nullptr, this, nullptr);
    m_tiles = client;
    m_attribution = std::move(attribution);
    if (m_tiles) connect(m_tiles, &TileClient::tileReady, this, [this] { request_render(); });
    request_render();
}

std::vector<render::BasemapTile> MapCanvas::visible_tiles() {
    std::vector<render::BasemapTile> out;
    if (!m_tiles || !m_project || !m_project->working_crs.valid()) return out;
    auto to_geo = gis::CrsTransform::create(m_project->working_crs, gis::Crs::wgs84());
    auto to_map = gis::CrsTransform::create(gis::Crs::wgs84(), m_project->working_crs);
    if (!to_geo || !to_map) return out;
    const core::Point a = m_view.to_world(QPointF(0, 0));
    const core::Point b = m_view.to_world(QPointF(m_view.size.width(), m_view.size.height()));
    double lon0 = a.x(), lat0 = a.y(), lon1 = b.x(), lat1 = b.y();
    if (!to_geo->transform(lon0, lat0) || !to_geo->transform(lon1, lat1)) return out;
    const int z = zoom_for(m_view.meters_per_pixel, 0.5 * (lat0 + lat1));
    const TileRange r = tiles_for(lon0, lat0, lon1, lat1, z);
    if ((r.x1 - r.x0 + 1) * (r.y1 - r.y0 + 1) > 100) return out;  // far zoomed out: no basemap
    for (int x = r.x0; x <= r.x1; ++x)
        for (int y = r.y0; y <= r.y1; ++y) {
            QImage img = m_tiles->tile({z, x, y});
            if (img.isNull()) continue;  // on its way; tileReady re-renders
            render::BasemapTile t;
            t.image = img;
            const int cx[4] = {x, x + 1, x + 1, x}, cy[4] = {y, y, y + 1, y + 1};
            for (int k = 0; k < 4; ++k) {
                double lon = 0, lat = 0;
                tile_corner(z, cx[k], cy[k], lon, lat);
                (void)to_map->transform(lon, lat);
                t.corners[k] = core::Point(lon, lat);
            }
            out.push_back(std::move(t));
        }
    return out;
}

void MapCanvas::set_display(const render::CoverageDisplay& d) {
    const bool coverage_changed = d.coverage != m_display.coverage;
    m_display = d;
    if (coverage_changed) rebuild_coverage_image();
    request_render();
}

void MapCanvas::set_rasters_enabled(bool enabled) {
    m_rasters_enabled = enabled;
    if (!enabled) m_rasters.clear();
    reload_rasters();
}

void MapCanvas::set_candidates(std::vector<core::Point> candidates) {
    m_candidates = std::move(candidates);
    request_render();
}

void MapCanvas::reload_rasters() {
    m_rasters_extent = {};
    m_rasters_m_per_px = 0;
    maybe_load_rasters();
    request_render();
}

void MapCanvas::maybe_load_rasters() {
    if (!m_rasters_enabled || !m_doc.project().raster(gis::RasterKind::Basemap)) {
        m_rasters.clear();
        return;
    }
    const core::Point nw = m_view.to_world(QPointF(0, 0));
    const core::Point se = m_view.to_world(QPointF(m_view.size.width(), m_view.size.height()));
    const bool inside = !m_rasters_extent.empty() && nw.x() >= m_rasters_extent.min_x &&
                        se.x() <= m_rasters_extent.max_x && se.y() >= m_rasters_extent.min_y &&
                        nw.y() <= m_rasters_extent.max_y;
    const bool detailed =
        m_rasters_m_per_px > 0 && m_rasters_m_per_px <= 1.5 * m_view.meters_per_pixel;
    if (inside && detailed) return;
    m_raster_timer->start();  // debounced: a drag or wheel burst reads once
}
void MapCanvas::select_site(int index) {
    m_selected = index;
    emit siteSelected(index);
    request_render();
}

void MapCanvas::rebuild_coverage_image() {
    const auto& snap = m_doc.snapshot();
    if (!snap.maps) return;
    const double threshold = m_display.coverage == render::CoverageLayer::Rsrp4G
                                 ? m_doc.project().settings.rsrp_threshold_4g_dbm
                                 : m_doc.project().settings.rsrp_threshold_5g_dbm;
    m_coverage = std::make_shared<const QImage>(render::coverage_image(
        *snap.maps, m_display.coverage, threshold, m_doc.project().settings.rsrp_threshold_4g_dbm));
    m_coverage_grid = snap.maps->grid;
}

void MapCanvas::request_render() {
    if (!m_project) m_project = std::make_shared<const gis::Project>(m_doc.project());
    if (m_render_pending) {
        m_render_again = true;
        return;
    }
    m_render_pending = true;
    m_view.size = size();
    maybe_load_rasters();
    m_image_view = m_view;
    // The worker owns copies (shared, immutable): the GUI may edit meanwhile.
    auto project = m_project;
    auto coverage = m_coverage;
    const core::GridSpec grid = m_coverage_grid;
    const render::CoverageDisplay display = m_display;
    const std::vector<render::RasterBasemap> rasters = m_rasters;
    const std::vector<core::Point> candidates = m_candidates;
    auto upgrades = m_upgrades;
    const render::MapView view = m_view;
    const int selected = m_selected;
    std::vector<render::BasemapTile> basemap = visible_tiles();
    auto places = m_places;
    auto residuals = m_residuals;
    const QString attribution = m_attribution;
    m_watcher.setFuture(
        QtConcurrent::run([project, coverage, grid, display, view, selected, basemap, attribution,
                           places, rasters, upgrades, candidates, residuals] {
            render::RenderInput in;
            in.project = project.get();
            in.coverage = coverage.get();
            in.coverage_grid = grid;
            in.display = display;
            in.rasters = rasters;
            in.upgrades = upgrades.get();
            in.candidates = candidates;
            in.selected_site = selected;
            in.basemap = basemap;
            in.places = places.get();
            in.residuals = residuals.get();
            in.attribution = attribution;
            return render::render_map_image(in, view);
        }));
}

double MapCanvas::time_one_render() const {
    render::RenderInput in;
    in.project = m_project.get();
    in.coverage = m_coverage.get();
    in.coverage_grid = m_coverage_grid;
    in.display = m_display;
    in.rasters = m_rasters;
    in.upgrades = m_upgrades.get();
    in.places = m_places.get();
    in.residuals = m_residuals.get();
    in.selected_site = m_selected;
    QElapsedTimer t;
    t.start();
    const QImage img = render::render_map_image(in, m_view);
    return t.nsecsElapsed() / 1e6;
}

void MapCanvas::paintEvent(QPaintEvent*) {
    QPainter g(this);
    g.fillRect(rect(), QColor(250, 250, 247));
    if (m_image.isNull()) return;
    // Place the last frame where its world extent lies in the current view.
    const core::Point tl = m_image_view.to_world(QPointF(0, 0));
    const core::Point br = m_image_view.to_world(QPointF(m_image.width(), m_image.height()));
    g.drawImage(QRectF(m_view.to_screen(tl.x(), tl.y()), m_view.to_screen(br.x(), br.y())),
                m_image);
    // The Measure tool's line and its length, over the map, as long as the tool is on.
    const bool line_tool = m_tool == Tool::Measure || m_tool == Tool::Profile;
    if (line_tool && m_measure_from && m_measure_to) {
        const QPointF a = m_view.to_screen(m_measure_from->x(), m_measure_from->y());
        const QPointF b = m_view.to_screen(m_measure_to->x(), m_measure_to->y());
        g.setRenderHint(QPainter::Antialiasing);
        g.setPen(QPen(QColor(255, 255, 255, 220), 5));
        g.drawLine(a, b);
        g.setPen(QPen(QColor(20, 20, 20), 2, Qt::DashLine));
        g.drawLine(a, b);
        g.setBrush(QColor(255, 140, 0));
        g.setPen(QPen(Qt::black, 1));
        for (const QPointF& p : {a, b}) g.drawEllipse(p, 4, 4);
        const double m = boost::geometry::distance(*m_measure_from, *m_measure_to);
        const QString text = m >= 1000 ? QLocale().toString(m / 1000.0, 'f', 2) + " km"
                                       : QLocale().toString(m, 'f', 0) + " m";
        QFont f = g.font();
        f.setBold(true);
        g.setFont(f);
        const QRectF box = g.boundingRect(QRectF(b + QPointF(8, -22), QSizeF(200, 20)),
                                          Qt::AlignLeft | Qt::AlignVCenter, text)
                               .adjusted(-4, -2, 4, 2);
        g.setPen(Qt::NoPen);
        g.setBrush(QColor(255, 255, 255, 230));
        g.drawRoundedRect(box, 3, 3);
        g.setPen(Qt::black);
        g.drawText(box, Qt::AlignCenter, text);
    }
}

void MapCanvas::resizeEvent(QResizeEvent*) {
    const bool first = m_view.size.isEmpty() || m_image.isNull();
    m_view.size = size();
    if (first && !m_doc.project().layers.ward.empty()) m_view.fit(m_doc.extent());
    request_render();
}

int MapCanvas::site_at(QPointF s) const {
    const auto& sites = m_doc.project().layers.sites;
    // A proposal moved onto a tower shares its location with the operator's sites: the
    // proposal is what the planner is working on, so it wins within the click radius.
    int best = -1;
    bool best_proposed = false;
    double best_d = 9.0;  // pixels
    for (std::size_t i = 0; i < sites.size(); ++i) {
        const QPointF p = m_view.to_screen(sites[i].location.x(), sites[i].location.y());
        const double d = std::hypot(p.x() - s.x(), p.y() - s.y());
        if (d >= 9.0) continue;
        const bool proposed = sites[i].status == core::SiteStatus::Proposed;
        if ((proposed && !best_proposed) || (proposed == best_proposed && d < best_d)) {
            best_d = d;
            best = static_cast<int>(i);
            best_proposed = proposed;
        }
    }
    return best;
}

void MapCanvas::mousePressEvent(QMouseEvent* e) {
    m_press = e->position().toPoint();
    if (e->button() != Qt::LeftButton) return;
    if (m_tool == Tool::AddSite) {
        const core::Point w = m_view.to_world(e->position());
        const core::RadioTemplate nr = core::plan_5g_template(m_doc.project().settings);
        core::Site s = core::new_5g_site("P-" + std::to_string(++m_new_site_counter), w, nr);
        while (std::any_of(m_doc.project().layers.sites.begin(), m_doc.project().layers.sites.end(),
                           [&](const core::Site& x) { return x.site_id == s.site_id; }))
            s.site_id = s.tower_id = s.name = "P-" + std::to_string(++m_new_site_counter);
        m_undo.push(new AddSiteCommand(m_doc, s));
        select_site(static_cast<int>(m_doc.project().layers.sites.size()) - 1);
        return;
    }
    if (m_tool == Tool::Identify) {
        const core::Point w = m_view.to_world(e->position());
        emit identifyRequested(w.x(), w.y());
        return;
    }
    if (m_tool == Tool::Measure) {
        m_measure_from = m_measure_to = m_view.to_world(e->position());
        update();
        return;
    }
    if (m_tool == Tool::Profile) {
        // A press on a site starts from the site (its antenna height and frequency).
        m_profile_site = site_at(e->position());
        const auto& sites = m_doc.project().layers.sites;
        m_measure_from = m_measure_to =
            m_profile_site >= 0 ? sites[static_cast<std::size_t>(m_profile_site)].location
                                : m_view.to_world(e->position());
        update();
        return;
    }
    m_dragging_site = site_at(e->position());
    if (m_dragging_site >= 0) select_site(m_dragging_site);
    m_dragging_map = m_dragging_site < 0;
}

void MapCanvas::mouseMoveEvent(QMouseEvent* e) {
    const core::Point w = m_view.to_world(e->position());
    emit cursorMoved(w.x(), w.y());
    if (!(e->buttons() & Qt::LeftButton)) return;
    if ((m_tool == Tool::Measure || m_tool == Tool::Profile) && m_measure_from) {
        m_measure_to = w;
        emit measured(boost::geometry::distance(*m_measure_from, w));
        update();
        return;
    }
    const QPoint delta = e->position().toPoint() - m_press;
    if (m_dragging_site >= 0 &&
        m_doc.project().layers.sites[static_cast<std::size_t>(m_dragging_site)].status ==
            core::SiteStatus::Proposed) {
        // Within 12 px of an existing tower, the proposal snaps onto it (co-location).
        core::Point target = w;
        const auto& sites = m_doc.project().layers.sites;
        for (const core::Site& s : sites) {
            if (s.status != core::SiteStatus::Existing) continue;
            const QPointF p = m_view.to_screen(s.location.x(), s.location.y());
            if (std::hypot(p.x() - e->position().x(), p.y() - e->position().y()) <= 12.0) {
                target = s.location;
                break;
            }
        }
        m_undo.push(new MoveSiteCommand(m_doc, static_cast<std::size_t>(m_dragging_site), target));
        return;
    }
    if (m_dragging_map) {
        m_view.center_x -= delta.x() * m_view.meters_per_pixel;
        m_view.center_y += delta.y() * m_view.meters_per_pixel;
        m_press = e->position().toPoint();
        update();  // move the last frame at once, render behind
        request_render();
    }
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* e) {
    m_dragging_map = false;
    m_dragging_site = -1;
    // The measured line ends where the button is let go, and stays on the map.
    if ((m_tool == Tool::Measure || m_tool == Tool::Profile) && m_measure_from) {
        m_measure_to = m_view.to_world(e->position());
        emit measured(boost::geometry::distance(*m_measure_from, *m_measure_to));
        update();
        if (m_tool == Tool::Profile &&
            boost::geometry::distance(*m_measure_from, *m_measure_to) > 0)
            emit profileRequested(m_measure_from->x(), m_measure_from->y(), m_profile_site,
                                  m_measure_to->x(), m_measure_to->y());
    }
}

void MapCanvas::wheelEvent(QWheelEvent* e) {
    const double steps = e->angleDelta().y() / 120.0;
    m_view.zoom_at(e->position(), std::pow(1.25, steps));
    update();
    request_render();
}

void MapCanvas::keyPressEvent(QKeyEvent* e) {
    const double step = 0.2 * std::min(width(), height()) * m_view.meters_per_pixel;
    switch (e->key()) {
        case Qt::Key_Left:
            m_view.center_x -= step;
            break;
        case Qt::Key_Right:
            m_view.center_x += step;
            break;
        case Qt::Key_Up:
            m_view.center_y += step;
            break;
        case Qt::Key_Down:
            m_view.center_y -= step;
            break;
        case Qt::Key_Plus:
            m_view.zoom_at(QPointF(width() / 2.0, height() / 2.0), 1.25);
            break;
        case Qt::Key_Minus:
            m_view.zoom_at(QPointF(width() / 2.0, height() / 2.0), 0.8);
            break;
        case Qt::Key_Delete:
            if (m_selected >= 0) {
                const core::Site& site =
                    m_doc.project().layers.sites[static_cast<std::size_t>(m_selected)];
                // An operator's site on air is not the planner's to delete by a key
                // press: it leaves the plan only when marked as decommissioned, on purpose.
                if (site.status != core::SiteStatus::Proposed &&
                    QMessageBox::question(
                        this, tr("Mark as decommissioned"),
                        tr("%1 is an existing site of %2 on air. Mark it as decommissioned and "
                           "remove it from the plan? (Undo brings it back.)")
                            .arg(QString::fromStdString(site.site_id),
                                 QString::fromStdString(site.operator_name)),
                        QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
                    return;
                m_undo.push(new DeleteSiteCommand(m_doc, static_cast<std::size_t>(m_selected)));
                select_site(-1);
            }
            return;
        default:
            QWidget::keyPressEvent(e);
            return;
    }
    update();
    request_render();
}

}  // namespace covplan::app
