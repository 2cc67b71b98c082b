// GUI flows on the sample, driven as a user would: open, add a site by clicking,
// watch the KPI change, undo, redo, save, reopen, cancel. Runs offscreen.

#include <gdal_priv.h>

#include <QApplication>
#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "app/commands/site_commands.h"
#include "app/identify.h"
#include "app/import_dialog.h"
#include "app/main_window.h"
#include "app/map_export_dialog.h"
#include "app/settings_dialog.h"
#include "app/tile_client.h"
#include "tests/app/desktop_test_util.h"
#include "tests/test_util.h"

using covplan::app::MainWindow;
using covplan::app::MapCanvas;
using covplan::app::PlanDocument;

namespace {
// The sample opened from a temporary copy (the app autosaves next to it).
const QString kSample = covplan::test::sample_copy();

using covplan::test::wait_for_coverage;
}  // namespace

class DesktopTest : public QObject {
    Q_OBJECT
  private slots:
    void openAddUndoRedoSaveReopen() {
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.open_project(kSample), QString());
        QVERIFY(wait_for_coverage(w.document()));
        const QString before = w.kpis().value_text("population_5g");
        const std::size_t sites_before = w.document().project().layers.sites.size();
        QVERIFY(!before.isEmpty());
        // Clicking a priority gap zooms the map to it.
        QTableWidget& gaps = w.kpis().gaps_table();
        QVERIFY(gaps.rowCount() > 0);
        const double scale_before = w.canvas().view().meters_per_pixel;
        emit gaps.cellClicked(0, 0);
        QVERIFY(w.canvas().view().meters_per_pixel < scale_before);

        // Add a 5G site by clicking in the uncovered west of the ward (Khu vực 16).
        w.canvas().set_tool(MapCanvas::Tool::AddSite);
        const covplan::core::Site& west = w.document().project().layers.sites.front();
        (void)west;
        double x = 0, y = 0;
        for (const auto& h : w.document().project().layers.hamlets)
            if (h.name == "Khu vực 16") {
                covplan::core::Point c;
                boost::geometry::centroid(h.area, c);
                x = c.x();
                y = c.y();
            }
        QVERIFY(x != 0);
        const QPointF screen = w.canvas().view().to_screen(x, y);
        QTest::mouseClick(&w.canvas(), Qt::LeftButton, {}, screen.toPoint());
        QCOMPARE(w.document().project().layers.sites.size(), sites_before + 1);
        QCOMPARE(w.document().project().layers.sites.back().status,
                 covplan::core::SiteStatus::Proposed);
        QVERIFY(wait_for_coverage(w.document()));
        const QString after = w.kpis().value_text("population_5g");
        QVERIFY2(after != before, qPrintable(before + " -> " + after));
        // The proposal is not on air: the on-air column keeps the value it had.
        QCOMPARE(w.kpis().on_air_text("population_5g"), before);
        QVERIFY(after.toDouble() > before.toDouble() ||
                after.split(' ')[0].toDouble() > before.split(' ')[0].toDouble());

        // Undo restores the plan and the indicator; redo brings the site back.
        w.undo_stack().undo();
        QCOMPARE(w.document().project().layers.sites.size(), sites_before);
        QVERIFY(wait_for_coverage(w.document()));
        QCOMPARE(w.kpis().value_text("population_5g"), before);
        w.undo_stack().redo();
        QVERIFY(wait_for_coverage(w.document()));
        QCOMPARE(w.kpis().value_text("population_5g"), after);

        // A drag is one undo step.
        const std::size_t idx = w.document().project().layers.sites.size() - 1;
        w.undo_stack().push(new covplan::app::MoveSiteCommand(w.document(), idx, {x + 100, y}));
        w.undo_stack().push(new covplan::app::MoveSiteCommand(w.document(), idx, {x + 200, y}));
        QCOMPARE(w.undo_stack().count(), 2);  // add + one merged move
        QCOMPARE(w.document().project().layers.sites[idx].location.x(), x + 200);
        QVERIFY(wait_for_coverage(w.document()));

        // Save under a new name and reopen: the site is there.
        QTemporaryDir dir;
        const QString path = dir.filePath("plan.covplan.gpkg");
        QCOMPARE(w.document().save(path), QString());
        PlanDocument reopened;
        QCOMPARE(reopened.open(path), QString());
        QCOMPARE(reopened.project().layers.sites.size(), sites_before + 1);
        QCOMPARE(reopened.project().layers.sites.back().location.x(), x + 200);
        QVERIFY(wait_for_coverage(reopened));
    }

    void editPropertiesAndColocate() {
        MainWindow w;
        w.show();
        QCOMPARE(w.open_project(kSample), QString());
        QVERIFY(wait_for_coverage(w.document()));
        // A proposal 150 m east of an existing tower.
        const covplan::core::Site tower = w.document().project().layers.sites.front();
        covplan::core::Site p =
            covplan::core::new_5g_site("P-X", {tower.location.x() + 150, tower.location.y()},
                                       covplan::core::plan_5g_template({}));
        w.undo_stack().push(new covplan::app::AddSiteCommand(w.document(), p));
        const int idx = static_cast<int>(w.document().project().layers.sites.size()) - 1;
        w.canvas().select_site(idx);
        auto* height =
            w.site_panel().findChildren<QDoubleSpinBox*>().at(1);  // frequency, height, ...
        QVERIFY(height);
        height->setValue(42.0);
        auto buttons = w.site_panel().findChildren<QPushButton*>();
        QCOMPARE(buttons.size(), 2);
        buttons[0]->click();  // Apply
        QCOMPARE(w.document().project().layers.sites[static_cast<std::size_t>(idx)].height_m, 42.0);
        w.undo_stack().undo();
        QCOMPARE(w.document().project().layers.sites[static_cast<std::size_t>(idx)].height_m, 30.0);
        // Co-location: the towers within 500 m are evaluated in the background; the
        // list then shows each with its fiber distance and the change in 5G residents,
        // and one click moves the proposal onto the chosen tower.
        auto* towers = w.site_panel().findChild<QListWidget*>();
        QSignalSpy evaluated(&w.document(), &PlanDocument::colocationEvaluated);
        QVERIFY(evaluated.wait(60000) || evaluated.count() > 0);
        QTRY_VERIFY(towers->count() >= 1 && towers->item(0)->data(Qt::UserRole).isValid());
        QVERIFY(!w.document().alternatives().empty());
        for (const auto& a : w.document().alternatives()) {
            QCOMPARE(a.proposed_site, std::string("P-X"));
            QVERIFY(a.distance_m <= 500);
            QVERIFY(a.fiber_distance_m >= 0);  // the sample has fiber
        }
        int row = -1;
        for (int i = 0; i < towers->count(); ++i)
            if (towers->item(i)->text().startsWith(QString::fromStdString(tower.tower_id))) row = i;
        QVERIFY2(row >= 0, qPrintable(towers->item(0)->text()));
        QVERIFY(towers->item(row)->text().contains("5G"));
        towers->setCurrentRow(row);
        buttons[1]->click();
        QCOMPARE(w.document().project().layers.sites[static_cast<std::size_t>(idx)].location.x(),
                 tower.location.x());
        QVERIFY(wait_for_coverage(w.document()));
    }

    void gapColocationProposesAnUpgrade() {
        MainWindow w;
        w.show();
        QCOMPARE(w.open_project(kSample), QString());
        QVERIFY(wait_for_coverage(w.document()));
        PlanDocument& doc = w.document();
        // Clicking the first gap lists the towers nearby that could carry 5G for it.
        QSignalSpy evaluated(&doc, &PlanDocument::gapOptionsEvaluated);
        QTableWidget& gaps = w.kpis().gaps_table();
        const QString gap_name = gaps.item(0, 0)->text();
        emit gaps.cellClicked(0, 0);
        QVERIFY(evaluated.wait(60000));
        QCOMPARE(evaluated.first().first().toString(), gap_name);
        const auto options = doc.gap_options();
        QVERIFY(!options.empty());
        for (std::size_t i = 1; i < options.size(); ++i)  // best coverage of the gap first
            QVERIFY(options[i - 1].place_share_5g >= options[i].place_share_5g);
        QListWidget& list = w.site_panel().towers_list();
        QCOMPARE(list.count(), static_cast<int>(options.size()));
        QVERIFY(list.item(0)->text().startsWith(QString::fromStdString(options[0].tower_id)));
        // The listed towers are numbered on the map, and all are in view.
        QCOMPARE(w.canvas().candidate_count(), options.size());
        for (const auto& o : options) {
            const QPointF at =
                w.canvas().view().to_screen(o.upgrade.location.x(), o.upgrade.location.y());
            QVERIFY(QRectF(QPointF(0, 0), QSizeF(w.canvas().size())).contains(at));
        }
        // One click proposes 5G on the best tower; the gap's share rises accordingly.
        const std::size_t before = doc.project().layers.sites.size();
        w.site_panel().action_button().click();
        QCOMPARE(doc.project().layers.sites.size(), before + 1);
        const covplan::core::Site& added = doc.project().layers.sites.back();
        QCOMPARE(added.technology, covplan::core::Technology::Nr5G);
        QCOMPARE(added.status, covplan::core::SiteStatus::Proposed);
        QCOMPARE(added.tower_id, options[0].tower_id);
        QVERIFY(wait_for_coverage(doc));
        for (const auto& p : doc.snapshot().places)
            if (QString::fromStdString(p.name) == gap_name)
                QVERIFY(std::abs(p.share_5g - options[0].place_share_5g) < 1e-6);
        w.undo_stack().undo();
        QCOMPARE(doc.project().layers.sites.size(), before);
    }

    void identifyAndAutosaveRecovery() {
        QTemporaryDir dir;
        const QString plan = dir.filePath("longmy.covplan.gpkg");
        QVERIFY(QFile::copy(kSample, plan));
        for (const char* tif : {"dem_1arcsec.tif", "landuse_10m.tif"})
            QVERIFY(QFile::copy(QString(COVPLAN_SOURCE_DATA_DIR) + "/longmy/" + tif,
                                dir.filePath(tif)));
        std::size_t sites = 0;
        {
            MainWindow w;
            QCOMPARE(w.open_project(plan), QString());
            QVERIFY(wait_for_coverage(w.document()));
            // Identify at the first site: both layers' values and the site itself.
            const auto s0 = w.document().project().layers.sites.front();
            const QString html =
                covplan::app::identify_html(w.document(), s0.location.x() + 50, s0.location.y());
            QVERIFY2(html.contains("RSRP") && html.contains(QString::fromStdString(s0.site_id)),
                     qPrintable(html));
            // An edit, an autosave, then the window goes away unsaved (a crash, for the file).
            covplan::core::Site p =
                covplan::core::new_5g_site("P-CRASH", {s0.location.x() + 900, s0.location.y()},
                                           covplan::core::plan_5g_template({}));
            w.undo_stack().push(new covplan::app::AddSiteCommand(w.document(), p));
            w.autosave_now();
            QVERIFY(QFile::exists(MainWindow::autosave_path(plan)));
            sites = w.document().project().layers.sites.size();
            QVERIFY(wait_for_coverage(w.document()));
            w.undo_stack().setClean();  // let the window close without asking
        }
        // The plan on disk lacks the site; recovery brings it back as unsaved work. (The
        // autosave is dated a minute on, as a crash after the last save leaves it.)
        {
            QFile touch(MainWindow::autosave_path(plan));
            QVERIFY(touch.open(QIODevice::ReadWrite));
            touch.setFileTime(QDateTime::currentDateTime().addSecs(60),
                              QFileDevice::FileModificationTime);
        }
        MainWindow w;
        QCOMPARE(w.open_project(plan, false, true), QString());
        QCOMPARE(w.document().project().layers.sites.size(), sites);
        QCOMPARE(w.document().path(), plan);
        QVERIFY(!w.undo_stack().isClean());
        QCOMPARE(w.save_as(plan), QString());
        QVERIFY(!QFile::exists(MainWindow::autosave_path(plan)));
        QVERIFY(wait_for_coverage(w.document()));
    }

    void importWithNonDefaultMappingAndSettings() {
        MainWindow w;
        QCOMPARE(w.open_project(kSample), QString());
        QVERIFY(wait_for_coverage(w.document()));
        QTemporaryDir dir;
        // Columns no guess maps: the user chooses them in the dialog.
        const QString shp = dir.filePath("bts_moi.shp");
        QVERIFY(covplan::test::write_vector(
            shp.toStdString(), "ESRI Shapefile", "bts_moi", wkbPoint, 4326,
            {{"POINT (105.58 9.69)", {{"ID_NE", "X1"}, {"HCOT", "42"}, {"RAT", "5G"}}}}, {},
            {"ENCODING=UTF-8"}));
        const std::size_t before = w.document().project().layers.sites.size();
        covplan::app::ImportDialog dlg(w.document(), w.undo_stack(), shp);
        QVERIFY(dlg.open_error().isEmpty());
        dlg.set_role(covplan::core::LayerRole::Sites);
        QVERIFY(
            !dlg.run_import().isEmpty());  // height_m and site_id unmapped: refused with the reason
        dlg.set_column("site_id", "ID_NE");
        dlg.set_column("height_m", "HCOT");
        dlg.set_column("technology", "RAT");
        // The plan has sites: the same rule as `covplan import` (no silent doubling).
        QVERIFY(dlg.run_import().contains("already has"));
        dlg.set_mode(covplan::gis::ImportMode::Append);
        QCOMPARE(dlg.run_import(), QString());
        const auto& sites = w.document().project().layers.sites;
        QCOMPARE(sites.size(), before + 1);
        QCOMPARE(QString::fromStdString(sites.back().site_id), QString("X1"));
        QCOMPARE(sites.back().height_m, 42.0);
        QCOMPARE(sites.back().technology, covplan::core::Technology::Nr5G);
        QVERIFY(wait_for_coverage(w.document()));
        w.undo_stack().undo();  // the import is one step
        QCOMPARE(w.document().project().layers.sites.size(), before);
        QVERIFY(wait_for_coverage(w.document()));

        // Settings: a stricter 5G threshold lowers the 5G population share.
        const QString share = w.kpis().value_text("population_5g");
        covplan::app::SettingsDialog settings(w.document(), w.undo_stack());
        settings.threshold_5g()->setValue(-95.0);
        settings.apply();
        QCOMPARE(w.document().project().settings.rsrp_threshold_5g_dbm, -95.0);
        QVERIFY(wait_for_coverage(w.document()));
        QVERIFY2(w.kpis().value_text("population_5g").split(' ')[0].toDouble() <
                     share.split(' ')[0].toDouble(),
                 qPrintable(w.kpis().value_text("population_5g") + " vs " + share));
    }

    void tileBasemapFromALoopbackServer() {
        // A tile server on loopback: every tile is solid magenta; requests are counted.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int requests = 0;
        QImage tile(256, 256, QImage::Format_RGB32);
        tile.fill(QColor(255, 0, 255));
        QByteArray png;
        QBuffer buf(&png);
        buf.open(QIODevice::WriteOnly);
        tile.save(&buf, "PNG");
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket* s = server.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [&, s] {
                if (!s->readAll().contains("\r\n\r\n")) return;
                ++requests;
                s->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: " +
                         QByteArray::number(png.size()) + "\r\nConnection: close\r\n\r\n" + png);
                s->disconnectFromHost();
            });
        });
        QTemporaryDir cache;
        const QString url = QString("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(server.serverPort());
        {
            covplan::app::TileClient client(url, cache.path());
            QVERIFY(client.tile({13, 6498, 3850}).isNull());  // not yet: downloading
            QSignalSpy ready(&client, &covplan::app::TileClient::tileReady);
            QVERIFY(ready.wait(10000));
            const QImage img = client.tile({13, 6498, 3850});
            QCOMPARE(img.size(), QSize(256, 256));
            QCOMPARE(img.pixelColor(10, 10), QColor(255, 0, 255));
            QCOMPARE(requests, 1);
        }
        // A new client (a new session) finds it in the disk cache: no request.
        covplan::app::TileClient again(url, cache.path());
        QVERIFY(!again.tile({13, 6498, 3850}).isNull());
        QCOMPARE(requests, 1);
        // Tiling arithmetic (OSM slippy-map formulas): 105.61 E, 9.69 N at zoom 13 is
        // x = 285.61/360 * 8192 = 6499.2, y = (1 - asinh(tan 9.69°)/pi)/2 * 8192 = 3874.4.
        const auto r = covplan::app::tiles_for(105.61, 9.69, 105.61, 9.69, 13);
        QCOMPARE(r.x0, 6499);
        QCOMPARE(r.y0, 3874);

        // On the map: the canvas draws the tiles under the plan, warped to UTM.
        MainWindow w;
        w.resize(900, 700);
        w.show();
        QCOMPARE(w.open_project(kSample), QString());
        QVERIFY(wait_for_coverage(w.document()));
        covplan::app::TileClient client(url, cache.path());
        QSignalSpy frames(&w.canvas(), &MapCanvas::frameReady);
        w.canvas().set_basemap(&client, "test tiles");
        for (int i = 0; i < 20 && frames.wait(5000);) {
            if (w.canvas().grab().toImage().pixelColor(60, 60) == QColor(255, 0, 255)) break;
            ++i;
        }
        QCOMPARE(w.canvas().grab().toImage().pixelColor(60, 60), QColor(255, 0, 255));
        QVERIFY(requests > 1);
        w.canvas().set_basemap(nullptr, {});
    }

    void layerStylesOrderLabelsUpgradesAndBasemap() {
        using covplan::core::MapLayerId;
        MainWindow w;
        w.resize(1100, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.open_project(kSample), QString());
        QVERIFY(wait_for_coverage(w.document()));
        PlanDocument& doc = w.document();
        covplan::app::LayersPanel& layers = w.layers();
        // Every change below requests a render synchronously; wait until the canvas
        // shows a frame of the current state (a spy on frameReady could miss one
        // delivered while another wait was processing events).
        auto frame = [&] {
            QElapsedTimer t;
            t.start();
            while (!w.canvas().has_frame() && t.elapsed() < 20000) QTest::qWait(5);
            return w.canvas().has_frame();
        };
        auto count = [&](const QColor& c) {
            const QImage img = w.canvas().grab().toImage();
            int n = 0;
            for (int y = 0; y < img.height(); ++y)
                for (int x = 0; x < img.width(); ++x) n += img.pixelColor(x, y) == c;
            return n;
        };
        // SINR and throughput layers: several classes of their ramps on the sample.
        for (auto [index, layer] : {std::pair{5, covplan::render::CoverageLayer::Sinr5G},
                                    std::pair{6, covplan::render::CoverageLayer::Throughput}}) {
            layers.coverage_combo().setCurrentIndex(index);
            QCOMPARE(w.canvas().display().coverage, layer);
            const QImage img = covplan::render::coverage_image(*doc.snapshot().maps, layer, -110);
            const auto legend = layer == covplan::render::CoverageLayer::Sinr5G
                                    ? covplan::render::sinr_legend()
                                    : covplan::render::throughput_legend();
            int classes = 0;
            for (const auto& e : legend) {
                bool seen = false;
                for (int y = 0; y < img.height() && !seen; y += 2)
                    for (int x = 0; x < img.width() && !seen; x += 2)
                        seen = img.pixelColor(x, y) == e.colour;
                classes += seen;
            }
            QVERIFY2(classes >= 3, qPrintable(QString::number(classes)));
        }
        layers.coverage_combo().setCurrentIndex(0);  // no coverage: colours stay pure
        QVERIFY(frame());

        // Style: the ward in pure green, 6 px wide, is what the map draws.
        covplan::core::LayerStyle ward = doc.project().style.style(MapLayerId::Ward);
        ward.colour = {0, 255, 0, 255};
        ward.width_px = 6;
        layers.set_style(MapLayerId::Ward, ward);
        QVERIFY(frame());
        const QColor green(0, 255, 0);
        QVERIFY2(count(green) > 500, qPrintable(QString::number(count(green))));
        // Unticking it in the layer tree hides it; undo shows it again.
        layers.item(MapLayerId::Ward)->setCheckState(0, Qt::Unchecked);
        QVERIFY(!doc.project().style.style(MapLayerId::Ward).visible);
        QVERIFY(frame());
        QCOMPARE(count(green), 0);
        w.undo_stack().undo();
        QVERIFY(frame());
        QVERIFY(count(green) > 500);

        // Order: the tree lists the top layer first; moving a layer reorders both.
        QCOMPARE(layers.tree().topLevelItem(0)->text(0), QString("BTS sites"));
        layers.tree().setCurrentItem(layers.item(MapLayerId::Sites));
        layers.move(MapLayerId::Sites, -1);
        QCoreApplication::processEvents();
        QCOMPARE(doc.project().style.position(MapLayerId::Sites),
                 covplan::core::kMapLayerCount - 2);
        QTRY_COMPARE(layers.tree().topLevelItem(1)->text(0), QString("BTS sites"));
        // The legend under the sites layer: 4G and 5G on air (proposed symbols join
        // when the plan has proposals: one row per technology proposed).
        QCOMPARE(layers.item(MapLayerId::Sites)->childCount(), 2);

        // Labels by field: site IDs appear next to the sites.
        QVERIFY(frame());
        const QImage unlabelled = w.canvas().grab().toImage();
        covplan::core::LayerStyle sites = doc.project().style.style(MapLayerId::Sites);
        sites.label_field = "site_id";
        layers.set_style(MapLayerId::Sites, sites);
        QVERIFY(frame());
        const QImage labelled = w.canvas().grab().toImage();
        int changed = 0;
        for (int y = 0; y < labelled.height(); ++y)
            for (int x = 0; x < labelled.width(); ++x)
                changed += labelled.pixel(x, y) != unlabelled.pixel(x, y);
        QVERIFY2(changed > 1000, qPrintable(QString::number(changed)));

        // The co-location layer: ticking it ranks the towers in the background.
        QSignalSpy ranked(&doc, &PlanDocument::upgradesUpdated);
        layers.item(MapLayerId::TowerUpgrades)->setCheckState(0, Qt::Checked);
        QVERIFY(ranked.wait(120000));
        QVERIFY(doc.upgrades() && !doc.upgrades()->empty());
        QCOMPARE(doc.upgrades()->front().rank, 1);
        QVERIFY(frame());
        QVERIFY(count(QColor(0, 150, 110)) > 20);  // the candidates' outline colour

        // Zoom to layer: the sites' extent fills the view.
        const double before = w.canvas().view().meters_per_pixel;
        emit layers.zoomToLayer(MapLayerId::Sites);
        QVERIFY(w.canvas().view().meters_per_pixel != before);

        // A local basemap (a yellow GeoTIFF in WGS 84 around the plan) is drawn under it.
        QTemporaryDir dir;
        const QString tif = dir.filePath("ortho.tif");
        {
            auto to_wgs = covplan::gis::CrsTransform::create(doc.project().working_crs,
                                                             covplan::gis::Crs::wgs84());
            QVERIFY(to_wgs);
            const covplan::core::Extent e = doc.extent();
            double x0 = e.min_x, y0 = e.min_y, x1 = e.max_x, y1 = e.max_y;
            QVERIFY(to_wgs->transform(x0, y0) && to_wgs->transform(x1, y1));
            GDALAllRegister();
            GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GTiff")->Create(
                tif.toUtf8().constData(), 100, 100, 3, GDT_Byte, nullptr));
            double gt[6] = {x0 - 0.2, (x1 - x0 + 0.4) / 100, 0, y1 + 0.2,
                            0,        -(y1 - y0 + 0.4) / 100};
            ds->SetGeoTransform(gt);
            OGRSpatialReference srs;
            srs.importFromEPSG(4326);
            ds->SetSpatialRef(&srs);
            const std::uint8_t rgb[3] = {255, 220, 0};
            for (int b = 0; b < 3; ++b) ds->GetRasterBand(b + 1)->Fill(rgb[b]);
        }
        w.canvas().zoom_to_plan();
        w.add_basemap_raster(tif);
        const QColor yellow(255, 220, 0);
        // Read off the GUI thread for the visible area, then drawn.
        for (int i = 0; i < 400 && w.canvas().grab().toImage().pixelColor(30, 30) != yellow; ++i)
            QTest::qWait(50);
        QCOMPARE(w.canvas().grab().toImage().pixelColor(30, 30), yellow);

        // Saved with the plan: style, order and basemap come back.
        const QString path = dir.filePath("styled.covplan.gpkg");
        QCOMPARE(w.save_as(path), QString());
        PlanDocument reopened;
        QCOMPARE(reopened.open(path), QString());
        QCOMPARE(reopened.project().style.style(MapLayerId::Ward).colour,
                 (covplan::core::Rgba{0, 255, 0, 255}));
        QCOMPARE(reopened.project().style.style(MapLayerId::Sites).label_field,
                 std::string("site_id"));
        QCOMPARE(reopened.project().style.position(MapLayerId::Sites),
                 covplan::core::kMapLayerCount - 2);
        QVERIFY(reopened.project().raster(covplan::gis::RasterKind::Basemap));
        // Undo removes the basemap from the plan and the map.
        w.undo_stack().undo();
        QVERIFY(!doc.project().raster(covplan::gis::RasterKind::Basemap));
        QTRY_COMPARE(w.canvas().raster_count(), std::size_t{0});
    }

    void cancelARunningComputation() {
        PlanDocument doc;
        QSignalSpy started(&doc, &PlanDocument::coverageStarted);
        QCOMPARE(doc.open(kSample), QString());
        QCOMPARE(started.count(), 1);
        doc.cancel();  // the first, full computation
        QVERIFY(wait_for_coverage(doc));
        QCOMPARE(QString::fromStdString(doc.snapshot().error), QString("canceled"));
        // The next edit recomputes from scratch and succeeds.
        doc.set_site(0, doc.project().layers.sites[0]);
        QVERIFY(wait_for_coverage(doc));
        QVERIFY(doc.snapshot().error.empty());
        QVERIFY(!doc.snapshot().kpis.empty());
        // The notes `covplan coverage` prints on the sample reach the desktop too.
        bool validity = false;
        for (const std::string& n : doc.snapshot().notes)
            validity = validity || n.find("outside its validity range") != std::string::npos;
        QVERIFY2(validity, "no model-validity note in the desktop's snapshot");
    }

    void exportReportFromTheFileMenu() {
        MainWindow w;
        QCOMPARE(w.open_project(kSample), QString());
        QVERIFY(wait_for_coverage(w.document()));
        // The status bar counts the run's notes and lists them in its tooltip.
        QLabel* status = nullptr;
        for (QLabel* l : w.statusBar()->findChildren<QLabel*>())
            if (l->text().contains("Coverage updated")) status = l;
        QVERIFY(status);
        QVERIFY2(status->text().contains("note"), qPrintable(status->text()));
        QVERIFY2(status->toolTip().contains("outside its validity range"),
                 qPrintable(status->toolTip()));
        // The File menu offers the export next to save as, import and settings.
        QStringList texts;
        for (QMenu* m : w.menuBar()->findChildren<QMenu*>())
            if (m->objectName() == "file")
                for (QAction* a : m->actions()) texts << a->text();
        QVERIFY2(texts.contains("Export report (PDF)…"), qPrintable(texts.join(", ")));
        QVERIFY(texts.contains("Save as…"));
        QVERIFY(texts.contains("Import layer…"));
        QVERIFY(texts.contains("Plan settings…"));
        QTemporaryDir dir;
        const QString pdf = dir.filePath("report.pdf");
        QSignalSpy written(&w, &MainWindow::reportWritten);
        w.export_report(pdf);
        QVERIFY(written.wait(120000));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.contains("/Count "));  // a page tree, not an empty shell
        QVERIFY(bytes.size() > 100000);      // the map page alone is larger

        // The other exports from the same menu, checked by reopening what was written.
        QVERIFY(texts.contains("Export map (PNG)…"));
        QVERIFY(texts.contains("Export for Google Earth (KMZ)…"));
        QVERIFY(texts.contains("Export GIS files (GeoPackage, CSV, GeoTIFF)…"));
        const QString png = dir.filePath("map.png");
        w.export_to(png, covplan::app::ExportKind::MapPng);
        QVERIFY(written.wait(120000));
        QCOMPARE(QImage(png).size(), QSize(3508, 2480));  // A4 landscape at 300 dpi
        // The export dialog's presets: A4 landscape at 150 dpi is 1754 x 1240 px.
        {
            covplan::app::MapExportDialog dlg;
            QCOMPARE(dlg.options().width_px, 3508);
            auto spins = dlg.findChildren<QSpinBox*>();
            QCOMPARE(spins.size(), 3);
            spins[2]->setValue(150);
            QCOMPARE(dlg.options().width_px, 1754);
            QCOMPARE(dlg.options().height_px, 1240);
            QVERIFY(dlg.options().legend);
        }
        const QString kmz = dir.filePath("plan.kmz");
        w.export_to(kmz, covplan::app::ExportKind::Kmz);
        QVERIFY(written.wait(120000));
        GDALAllRegister();
        {
            GDALDatasetUniquePtr k(GDALDataset::Open(
                ("/vsizip/" + kmz + "/doc.kml").toUtf8().constData(), GDAL_OF_VECTOR));
            QVERIFY(k);
            QVERIFY(k->GetLayerCount() >= 2);  // sites and gaps folders
        }
        const QString gis = dir.filePath("gis");
        QVERIFY(QDir().mkpath(gis));
        w.export_to(gis, covplan::app::ExportKind::GisFolder);
        QVERIFY(written.wait(180000));
        GDALDatasetUniquePtr g(
            GDALDataset::Open((gis + "/analysis.gpkg").toUtf8().constData(), GDAL_OF_VECTOR));
        QVERIFY(g);
        QCOMPARE(g->GetLayerByName("sites")->GetFeatureCount(), GIntBig{27});
        QVERIFY(g->GetLayerByName("kpis"));
        QVERIFY(QFile::exists(gis + "/kpis.csv"));
        GDALDatasetUniquePtr cls(GDALDataset::Open(
            (gis + "/coverage/service_class.tif").toUtf8().constData(), GDAL_OF_RASTER));
        QVERIFY(cls);
        QVERIFY(cls->GetRasterBand(1)->GetColorTable());
    }

    void vietnameseInterface() {
        MainWindow w;
        w.set_language("vi");
        QCOMPARE(w.windowTitle().left(30), QString("covplan — quy hoạch vùng phủ 4G/5G").left(30));
        w.set_language("en");
        QVERIFY(w.windowTitle().startsWith("covplan — 4G/5G coverage planning"));
    }
};

QTEST_MAIN(DesktopTest)
#include "test_desktop.moc"
