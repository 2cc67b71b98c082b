// The desktop and the CLI run the same pipeline (issue 10): the same KPIs from the
// app's document as from `covplan analyze`, the same sites from the app's import
// dialog as from `covplan import`, on the sample and on the second ward (Long Bình,
// with an MSI antenna file, tests/second_ward.h). Runs offscreen.

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "app/commands/site_commands.h"
#include "app/identify.h"
#include "app/import_dialog.h"
#include "app/main_window.h"
#include "app/plan_document.h"
#include "app/settings_dialog.h"
#include "gis/analysis_job.h"
#include "gis/project_file.h"
#include "tests/app/desktop_test_util.h"
#include "tests/second_ward.h"
#include "tests/test_util.h"

using covplan::app::PlanDocument;
namespace fs = std::filesystem;

namespace {
// The sample opened from a temporary copy (the app autosaves next to it).
const QString kSample = covplan::test::sample_copy();

bool wait_idle(PlanDocument& doc) { return covplan::test::wait_for_coverage(doc, 120000); }

//! The KPIs of `path` through the app's document and through gis::analyze_project
//! (what `covplan analyze` prints), compared to 1e-9.
void compare_kpis(const QString& path) {
    PlanDocument doc;
    QSignalSpy started(&doc, &PlanDocument::coverageStarted);
    const QString err = doc.open(path);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QVERIFY(wait_idle(doc));
    QVERIFY2(doc.snapshot().error.empty(), doc.snapshot().error.c_str());
    auto loaded = covplan::gis::load_project(path.toStdString());
    QVERIFY(loaded);
    covplan::gis::AnalysisOptions o;
    o.coverage.project_dir = fs::absolute(path.toStdString()).parent_path().string();
    o.colocation = false;
    auto cli = covplan::gis::analyze_project(loaded->project, o);
    QVERIFY2(cli.has_value(), cli ? "" : cli.error().c_str());
    const auto& app = doc.snapshot().kpis;
    QCOMPARE(app.size(), cli->kpis.size());
    QVERIFY(app.size() >= 5);  // the site ratio, 5G, 4G, two fiber KPIs (+ priority categories)
    for (std::size_t i = 0; i < app.size(); ++i) {
        QCOMPARE(QString::fromStdString(app[i].id), QString::fromStdString(cli->kpis[i].id));
        QVERIFY2(std::abs(app[i].value - cli->kpis[i].value) <= 1e-9,
                 qPrintable(QString("%1: app %2, cli %3")
                                .arg(QString::fromStdString(app[i].id))
                                .arg(app[i].value, 0, 'g', 17)
                                .arg(cli->kpis[i].value, 0, 'g', 17)));
    }
    QCOMPARE(doc.snapshot().places.size(), cli->places.size());
}
}  // namespace

class DesktopPipelineTest : public QObject {
    Q_OBJECT
  private slots:
    void sampleKpisEqualTheCli() { compare_kpis(kSample); }

    // The second ward has an MSI antenna file: the app's document resolves it as the
    // CLI does (it used to fail with "unknown antenna model 'panel.msi'").
    void secondWardKpisEqualTheCli() {
        covplan::test::TempDir dir;
        std::string why;
        auto ward = covplan::test::make_second_ward(dir, why);
        if (!ward && why.find("absent") != std::string::npos) QSKIP(why.c_str());
        QVERIFY2(ward.has_value(), why.c_str());
        compare_kpis(QString::fromStdString(ward->project));
    }

    // An operator sheet through the app's import dialog and through `covplan import`
    // gives identical project layers (the CLI took the sites as existing, the dialog
    // as proposed).
    void importDialogEqualsTheCli() {
        covplan::test::TempDir dir;
        std::string why;
        auto ward = covplan::test::make_second_ward(dir, why);
        if (!ward && why.find("absent") != std::string::npos) QSKIP(why.c_str());
        QVERIFY2(ward.has_value(), why.c_str());
        const std::string cli_p = dir.file("cli.covplan.gpkg"),
                          app_p = dir.file("app.covplan.gpkg");
        for (const std::string& p : {cli_p, app_p})
            QCOMPARE(
                covplan::test::run_covplan({"import", p, ward->ward, "--role", "ward"}).exit_code,
                0);
        QCOMPARE(
            covplan::test::run_covplan({"import", cli_p, ward->sheet, "--role", "sites"}).exit_code,
            0);
        PlanDocument doc;
        QVERIFY(doc.open(QString::fromStdString(app_p)).isEmpty());
        QUndoStack undo;
        covplan::app::ImportDialog dlg(doc, undo, QString::fromStdString(ward->sheet));
        QVERIFY(dlg.open_error().isEmpty());
        dlg.set_role(covplan::core::LayerRole::Sites);
        QCOMPARE(dlg.run_import(), QString());
        QVERIFY(doc.save().isEmpty());
        auto a = covplan::gis::load_project(cli_p), b = covplan::gis::load_project(app_p);
        QVERIFY(a && b);
        const auto& sa = a->project.layers.sites;
        const auto& sb = b->project.layers.sites;
        QCOMPARE(sa.size(), std::size_t{6});
        QCOMPARE(sb.size(), sa.size());
        for (std::size_t i = 0; i < sa.size(); ++i) {
            const auto &x = sa[i], &y = sb[i];
            QCOMPARE(y.site_id, x.site_id);
            QCOMPARE(y.tower_id, x.tower_id);
            QCOMPARE(y.name, x.name);
            QCOMPARE(y.operator_name, x.operator_name);
            QCOMPARE(y.technology, x.technology);
            QCOMPARE(y.band, x.band);
            QCOMPARE(y.freq_mhz, x.freq_mhz);
            QCOMPARE(y.bandwidth_mhz, x.bandwidth_mhz);
            QCOMPARE(y.height_m, x.height_m);
            QCOMPARE(y.azimuths_deg, x.azimuths_deg);
            QCOMPARE(y.mech_tilt_deg, x.mech_tilt_deg);
            QCOMPARE(y.elec_tilt_deg, x.elec_tilt_deg);
            QCOMPARE(y.power_dbm, x.power_dbm);
            QCOMPARE(y.feeder_loss_db, x.feeder_loss_db);
            QCOMPARE(y.antenna_model, x.antenna_model);
            QCOMPARE(y.propagation_model, x.propagation_model);
            QCOMPARE(y.status, x.status);
            QCOMPARE(y.status, covplan::core::SiteStatus::Existing);
            QCOMPARE(y.location.x(), x.location.x());
            QCOMPARE(y.location.y(), x.location.y());
        }
    }

    // Identify shows what `covplan point` prints: the engine's cells at the pixel, and
    // the best RSRP equals the coverage map's value there.
    void identifyShowsTheEnginesCells() {
        PlanDocument doc;
        QVERIFY(doc.open(kSample).isEmpty());
        QVERIFY(wait_idle(doc));
        const covplan::core::Extent e = doc.extent();
        const double x = e.centre_x(), y = e.centre_y();
        QSignalSpy evaluated(&doc, &PlanDocument::pointEvaluated);
        doc.request_point(x, y);
        QVERIFY(evaluated.count() > 0 || evaluated.wait(30000));
        QVERIFY(doc.point().has_value());
        const auto& pt = *doc.point();
        QVERIFY(!pt.cells.empty());
        const auto& maps = *doc.snapshot().maps;
        const std::size_t p = static_cast<std::size_t>(pt.row) * maps.grid.cols + pt.col;
        QCOMPARE(pt.layers[0].rsrp_dbm, static_cast<double>(maps.rsrp_4g[p]));
        const QString html = covplan::app::identify_html(doc, x, y, &pt);
        // The models by name (as the report's method names them), not by their ids.
        QVERIFY2(html.contains("COST-231 Hata") || html.contains("3GPP TR 38.901"),
                 qPrintable(html));
        if (const char* shots = std::getenv("COVPLAN_SCREENSHOT_DIR")) {
            QTextBrowser b;
            b.resize(420, 420);
            b.setHtml(html);
            b.show();
            QTest::qWait(50);
            b.grab().save(QString(shots) + "/identify.png");
        }
    }

    // File → Remove layer: the same function as `covplan remove-layer`, one undo step.
    void removeLayerIsUndoable() {
        covplan::app::MainWindow w;
        const QString copy = covplan::test::sample_copy();
        QCOMPARE(w.open_project(copy), QString());
        QVERIFY(wait_idle(w.document()));
        const std::size_t roads = w.document().project().layers.roads.size();
        QVERIFY(roads > 0);
        w.remove_layer(covplan::core::LayerRole::Roads);
        QCOMPARE(w.document().project().layers.roads.size(), std::size_t{0});
        for (const auto& src : w.document().project().sources)
            QVERIFY(src.role != covplan::core::LayerRole::Roads);
        w.undo_stack().undo();
        QCOMPARE(w.document().project().layers.roads.size(), roads);
        QVERIFY(wait_idle(w.document()));
    }

    // issue 13: Delete after moving a proposal onto a tower deleted the operator's
    // existing site there. The proposal wins the click; an existing site leaves the
    // plan only through a confirmed, undoable "mark as decommissioned".
    void deleteRemovesTheProposalNotTheTowersSite() {
        covplan::app::MainWindow w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.open_project(covplan::test::sample_copy()), QString());
        QVERIFY(wait_idle(w.document()));
        const auto& sites = w.document().project().layers.sites;
        const std::size_t before = sites.size();
        std::size_t existing = 0;
        while (sites[existing].status != covplan::core::SiteStatus::Existing) ++existing;
        const std::string existing_id = sites[existing].site_id;
        const covplan::core::Point tower = sites[existing].location;
        // A proposal exactly on the tower, as the snap in a drag leaves it.
        covplan::core::Site proposal = sites[existing];
        proposal.site_id = proposal.name = "P-ON-TOWER";
        proposal.status = covplan::core::SiteStatus::Proposed;
        w.undo_stack().push(new covplan::app::AddSiteCommand(w.document(), proposal));
        QCOMPARE(sites.size(), before + 1);
        w.canvas().set_tool(covplan::app::MapCanvas::Tool::Pan);
        const QPoint at = w.canvas().view().to_screen(tower.x(), tower.y()).toPoint();
        QTest::mouseClick(&w.canvas(), Qt::LeftButton, {}, at);
        QVERIFY(w.canvas().selected_site() >= 0);
        QCOMPARE(sites[static_cast<std::size_t>(w.canvas().selected_site())].site_id,
                 std::string("P-ON-TOWER"));
        w.canvas().setFocus();
        QTest::keyClick(&w.canvas(), Qt::Key_Delete);
        QCOMPARE(sites.size(), before);
        auto has = [&](const std::string& id) {
            return std::any_of(sites.begin(), sites.end(),
                               [&](const covplan::core::Site& s) { return s.site_id == id; });
        };
        QVERIFY(has(existing_id));
        QVERIFY(!has("P-ON-TOWER"));
        // Delete on the existing site asks first; "No" keeps it.
        QTest::mouseClick(&w.canvas(), Qt::LeftButton, {}, at);
        QCOMPARE(sites[static_cast<std::size_t>(w.canvas().selected_site())].site_id, existing_id);
        auto answer = [](QMessageBox::StandardButton b) {
            QTimer::singleShot(200, [b] {
                if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                    box->button(b)->click();
            });
        };
        answer(QMessageBox::No);
        QTest::keyClick(&w.canvas(), Qt::Key_Delete);
        QVERIFY(has(existing_id));
        // "Yes" marks it as decommissioned, as one undo step.
        answer(QMessageBox::Yes);
        QTest::keyClick(&w.canvas(), Qt::Key_Delete);
        QVERIFY(!has(existing_id));
        QVERIFY(w.undo_stack().undoText().contains("decommissioned"));
        w.undo_stack().undo();
        QVERIFY(has(existing_id));
        QVERIFY(wait_idle(w.document()));
    }

    // issue 12: the desktop and a CLI command writing one plan. A `covplan settings`
    // while the plan is open in the app must not be overwritten by the app's Save;
    // a read-only plan is refused; a corrupted plan opens to an error, not an abort.
    void saveNeverOverwritesAnotherCovplansChange() {
        QTemporaryDir dir;
        const QString path = dir.filePath("plan.covplan.gpkg");
        QVERIFY(QFile::copy(covplan::test::sample_copy(), path));
        for (const char* f : {"dem_1arcsec.tif", "landuse_10m.tif", "landuse_10m.tif.aux.xml"})
            QFile::copy(QFileInfo(covplan::test::sample_copy()).dir().filePath(f), dir.filePath(f));
        covplan::app::PlanDocument doc;
        QCOMPARE(doc.open(path), QString());
        QVERIFY(wait_idle(doc));
        auto cli =
            covplan::test::run_covplan({"settings", path.toStdString(), "fiber_drop_reach_m=321"});
        QCOMPARE(cli.exit_code, 0);
        const QString refused = doc.save();
        QVERIFY2(refused.contains("was changed by another program"), qPrintable(refused));
        auto kv = covplan::test::run_covplan({"settings", path.toStdString()});
        QVERIFY2(kv.out.find("fiber_drop_reach_m=321") != std::string::npos, kv.out.c_str());
        // Saved under another name it is kept; that copy is then the document's file.
        const QString other = dir.filePath("plan-2.covplan.gpkg");
        QCOMPARE(doc.save(other), QString());
        QCOMPARE(doc.save(), QString());
        // A read-only plan is refused, and stays read-only.
        QFile::setPermissions(other, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        const QString ro = doc.save();
        QVERIFY2(ro.contains("read-only"), qPrintable(ro));
        QCOMPARE(QFileInfo(other).permissions() & QFile::WriteOwner, QFileDevice::Permissions());
        // The reproducer with one flipped bit: an error naming the layer and the row.
        const std::string shared = covplan::test::shared_data_dir();
        if (!shared.empty()) {
            covplan::app::PlanDocument broken;
            const QString err = broken.open(QString::fromStdString(
                shared + "/reproducers/gpkg_flip_asan_boost_overflow/p.covplan.gpkg"));
            QVERIFY2(err.contains("hamlets") && err.contains("FID 14"), qPrintable(err));
        }
    }

    // The import dialog in Vietnamese on an operator sheet with mistakes: the errors
    // come first in a list that scrolls, attributes carry their Vietnamese names, and
    // a second import of a role is refused exactly as `covplan import` refuses it.
    void importDialogShowsErrorsFirstInVietnamese() {
        covplan::test::TempDir dir;
        std::string why;
        auto ward = covplan::test::make_second_ward(dir, why);
        if (!ward) QSKIP(why.c_str());
        QTranslator vi;
        QVERIFY(vi.load(":/i18n/covplan_vi.qm"));
        qApp->installTranslator(&vi);
        const std::string sheet = dir.file("tram_sai.csv");
        {
            std::ofstream f(sheet);
            f << "Mã trạm,Nhà mạng,Công nghệ,Băng tần (MHz),Kinh độ,Vĩ độ,Độ cao cột (m),"
                 "Trạng thái\n";
            for (int i = 1; i <= 6; ++i)
                f << "LB-" << i << ",Viettel,4G,1800,105.58" << i << ",9.72,30,Đang phát sóng\n";
            f << "LB-7,VNPT,4G,2100,9.7120,105.6010,30,Đang hoạt động\n";
        }
        PlanDocument doc;
        QVERIFY(doc.open(QString::fromStdString(ward->project)).isEmpty());
        QUndoStack undo;
        covplan::app::ImportDialog dlg(doc, undo, QString::fromStdString(sheet));
        QVERIFY(dlg.open_error().isEmpty());
        dlg.set_role(covplan::core::LayerRole::Sites);
        dlg.set_mode(covplan::gis::ImportMode::Append);
        const QString problems = dlg.run_import();
        QVERIFY2(problems.startsWith("error:") && problems.contains("swapped"),
                 qPrintable(problems));
        auto* list = dlg.findChild<QListWidget*>();
        QVERIFY(list && list->count() > 0);
        QVERIFY2(list->item(0)->text().startsWith(QString::fromUtf8("Lỗi:")),
                 qPrintable(list->item(0)->text()));
        auto* table = dlg.findChild<QTableWidget*>();
        QVERIFY(table);
        QCOMPARE(table->item(0, 0)->text(), QString::fromUtf8("Mã trạm (site_id) *"));
        if (const char* shots = std::getenv("COVPLAN_SCREENSHOT_DIR")) {
            dlg.show();
            QTest::qWait(50);
            dlg.grab().save(QString(shots) + "/import-dialog-vi.png");
        }
        qApp->removeTranslator(&vi);
    }

    // Plan settings edits the radio templates (checked as `covplan settings` checks
    // them), and "Add 5G site" uses the plan's 5G template.
    void settingsTemplatesReachAddSite() {
        covplan::app::MainWindow w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        covplan::test::TempDir dir;
        const QString copy = QString::fromStdString(dir.file("longmy.covplan.gpkg"));
        QVERIFY(QFile::copy(kSample, copy));
        for (const char* tif : {"dem_1arcsec.tif", "landuse_10m.tif"})
            QVERIFY(QFile::copy(QString(COVPLAN_SOURCE_DATA_DIR) + "/longmy/" + tif,
                                QString::fromStdString(dir.file(tif))));
        QCOMPARE(w.open_project(copy), QString());
        QVERIFY(wait_idle(w.document()));
        auto set_cell = [](QTableWidget* t, const QString& id, const QString& field,
                           const QString& value) {
            int col = -1;
            for (int c = 0; c < t->columnCount(); ++c)
                if (t->horizontalHeaderItem(c)->text() == field) col = c;
            for (int r = 0; r < t->rowCount(); ++r)
                if (t->item(r, 0)->text() == id) {
                    t->item(r, col)->setText(value);
                    return true;
                }
            return false;
        };
        {
            covplan::app::SettingsDialog bad(w.document(), w.undo_stack());
            QVERIFY(set_cell(bad.radio_templates(), "nr-n78", "power_dbm", "500"));
            const QString err = bad.apply();
            QVERIFY2(err.contains("radio template nr-n78") && err.contains("power_dbm"),
                     qPrintable(err));
        }
        {
            covplan::app::SettingsDialog ok(w.document(), w.undo_stack());
            QVERIFY(set_cell(ok.radio_templates(), "nr-n78", "power_dbm", "50"));
            QVERIFY(set_cell(ok.radio_templates(), "nr-n78", "elec_tilt_deg", "7"));
            // To look at the dialog: COVPLAN_SCREENSHOT_DIR=... desktop_pipeline_tests
            if (const char* shots = std::getenv("COVPLAN_SCREENSHOT_DIR")) {
                ok.show();
                QTest::qWait(50);
                ok.grab().save(QString(shots) + "/settings-dialog.png");
            }
            QCOMPARE(ok.apply(), QString());
        }
        QVERIFY(wait_idle(w.document()));
        const auto t = covplan::core::plan_5g_template(w.document().project().settings);
        QCOMPARE(t.power_dbm, 50.0);
        const std::size_t before = w.document().project().layers.sites.size();
        w.canvas().set_tool(covplan::app::MapCanvas::Tool::AddSite);
        const covplan::core::Extent e = w.document().extent();
        const QPointF screen = w.canvas().view().to_screen(e.centre_x() + 500, e.centre_y());
        QTest::mouseClick(&w.canvas(), Qt::LeftButton, {}, screen.toPoint());
        QCOMPARE(w.document().project().layers.sites.size(), before + 1);
        const covplan::core::Site& added = w.document().project().layers.sites.back();
        QCOMPARE(added.power_dbm, 50.0);
        QCOMPARE(added.elec_tilt_deg, 7.0);
        QCOMPARE(added.antenna_model, std::string("aau"));
        QCOMPARE(added.band, std::string("n78"));
    }
};

QTEST_MAIN(DesktopPipelineTest)
#include "test_desktop_pipeline.moc"
