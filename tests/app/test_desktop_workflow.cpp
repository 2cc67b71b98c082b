// The desktop as a new user meets it (issue 14): New plan from a ward boundary (the
// second ward, Long Bình, from ../shared/data), Quit, the Edit and Tools menus with
// Identify and Measure, the unsaved-changes prompt and the modified marker, undo
// texts and Qt's own file dialog in Vietnamese. Runs offscreen. With
// COVPLAN_SCREENSHOT_DIR set it also saves the screenshots docs/ shows.

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QWizard>

#include "app/commands/site_commands.h"
#include "app/main_window.h"
#include "app/model_check.h"
#include "app/new_plan_wizard.h"
#include "app/profile_tool.h"
#include "app/settings_dialog.h"
#include "tests/app/desktop_test_util.h"
#include "tests/second_ward.h"
#include "tests/test_util.h"

using covplan::app::MainWindow;

namespace {
const QString kSample = covplan::test::sample_copy();

QMenu* menu_named(MainWindow& w, const char* name) {
    for (QMenu* m : w.menuBar()->findChildren<QMenu*>())
        if (m->objectName() == name) return m;
    return nullptr;
}

QStringList action_texts(QMenu* m) {
    QStringList out;
    for (QAction* a : m->actions())
        if (!a->isSeparator()) out << a->text();
    return out;
}

//! Every text a person can read on `w` and its children: labels, buttons and their
//! tooltips, item views' column headers, the window title.
QStringList visible_texts(QWidget* w) {
    QStringList out{w->windowTitle()};
    for (QLabel* l : w->findChildren<QLabel*>()) out << l->text();
    for (QAbstractButton* b : w->findChildren<QAbstractButton*>()) out << b->text() << b->toolTip();
    for (QTreeView* t : w->findChildren<QTreeView*>())
        if (t->model())
            for (int c = 0; c < t->model()->columnCount(); ++c)
                out << t->model()->headerData(c, Qt::Horizontal).toString();
    out.removeAll(QString());
    return out;
}

void shoot(QWidget* w, const char* name) {
    const QByteArray dir = qgetenv("COVPLAN_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    w->grab().save(QString::fromUtf8(dir) + "/" + name);
}

//! Answers the next modal message box with `button` (what a user clicks).
void answer_next_message_box(QMessageBox::StandardButton button) {
    QTimer::singleShot(200, [button] {
        for (QWidget* top : QApplication::topLevelWidgets())
            if (auto* box = qobject_cast<QMessageBox*>(top); box && box->isVisible()) {
                box->button(button)->click();
                return;
            }
    });
}
}  // namespace

class DesktopWorkflowTest : public QObject {
    Q_OBJECT
  private slots:

    // Issue 15: a drive test in the desktop. The Dortmund campus drive (../shared) as a
    // project through the CLI's import, then Tools → Validate (residual layer, figures),
    // Identify at a sample (measured next to predicted), Tools → Calibrate, Apply, Undo.
    // Tools → Path profile on the embedded sample: a drag from a site to a point gives
    // the dialog with the same figures `covplan profile` prints, and Export writes its
    // three files.
    void pathProfileFromASite() {
        MainWindow w;
        w.set_language("en");
        w.resize(1280, 800);
        w.show();
        const QString sample =
            QStringLiteral(COVPLAN_SOURCE_DATA_DIR) + "/longmy/longmy.covplan.gpkg";
        covplan::test::TempDir dir;
        QVERIFY(QFile::copy(sample, QString::fromStdString(dir.file("p.covplan.gpkg"))));
        for (const char* f : {"dem_1arcsec.tif", "landuse_10m.tif"})
            QVERIFY(QFile::copy(QStringLiteral(COVPLAN_SOURCE_DATA_DIR) + "/longmy/" + f,
                                QString::fromStdString(dir.file(f))));
        QCOMPARE(w.open_project(QString::fromStdString(dir.file("p.covplan.gpkg"))), QString());
        QMenu* tools = menu_named(w, "tools");
        QVERIFY(tools);
        QVERIFY2(action_texts(tools).contains("Path profile"),
                 qPrintable(action_texts(tools).join(" | ")));
        const auto& site = w.document().project().layers.sites.front();
        auto& profile = w.profile_tool();
        QSignalSpy shown(&profile, &covplan::app::ProfileTool::shown);
        // The map's line: from the first site 2 km east-north-east.
        emit w.canvas().profileRequested(site.location.x(), site.location.y(), 0,
                                         site.location.x() + 1800, site.location.y() + 900);
        QVERIFY(shown.wait(30000));
        QVERIFY(profile.result());
        const auto& r = *profile.result();
        QCOMPARE(QString::fromStdString(r.from.site_id), QString::fromStdString(site.site_id));
        QVERIFY(std::abs(r.profile.length_m - std::hypot(1800.0, 900.0)) < 1.0);
        QCOMPARE(r.input.tx_height_m, site.height_m);
        QVERIFY(!r.dem_path.empty());
        QCOMPARE(r.losses.size(), std::size_t{5});
        QVERIFY(profile.dialog() && profile.dialog()->isVisible());
        QTest::qWait(200);
        shoot(profile.dialog(), "covplan-profile.png");
        QCOMPARE(profile.export_to(QString::fromStdString(dir.file("out"))), QString());
        for (const char* f : {"profile.csv", "profile.json", "profile.png"})
            QVERIFY2(QFile::exists(QString::fromStdString(dir.file(std::string("out/") + f))), f);
        profile.dialog()->close();

        // Plan settings carry ITM's surface: the climate chosen there reaches the project.
        covplan::app::SettingsDialog settings(w.document(), w.undo_stack());
        QCOMPARE(settings.itm_climate()->currentData().toInt(), 1);  // Equatorial, the default
        settings.show();
        QTest::qWait(100);
        shoot(&settings, "covplan-settings-itm.png");
        settings.itm_climate()->setCurrentIndex(4);
        QCOMPARE(settings.apply(), QString());
        QCOMPARE(w.document().project().settings.itm.climate, 5);
    }

    void measurementsValidateIdentifyCalibrateUndo() {
        const std::string shared = covplan::test::shared_data_dir();
        const std::string drive = shared + "/measurements/dortmund_lte/tmobile_campus.csv";
        if (shared.empty() || !QFile::exists(QString::fromStdString(drive)))
            QSKIP("../shared/data/measurements is absent");
        covplan::test::TempDir dir;
        const std::string project = dir.file("campus.covplan.gpkg");
        const auto imp = covplan::test::run_covplan(
            {"import", project, drive, "--role", "measurements", "--add-serving-sites"});
        QVERIFY2(imp.exit_code == 0, imp.err.c_str());
        MainWindow w;
        w.set_language("en");
        w.resize(1280, 800);
        w.show();
        QCOMPARE(w.open_project(QString::fromStdString(project)), QString());
        QVERIFY(covplan::test::wait_for_coverage(w.document()));
        QMenu* tools = menu_named(w, "tools");
        QVERIFY(tools);
        const QStringList t = action_texts(tools);
        QVERIFY2(t.contains("Validate against measurements") && t.contains("Calibrate the model…"),
                 qPrintable(t.join(" | ")));
        // The measurements layer has its RSRP legend in the layers panel.
        auto& check = w.model_check();
        QSignalSpy validated(&check, &covplan::app::ModelCheck::validated);
        for (QAction* a : tools->actions())
            if (a->text() == "Validate against measurements") a->trigger();
        QVERIFY(validated.wait(60000));
        QVERIFY(w.document().validation());
        QVERIFY(w.document().validation()->compared.size() > 100);
        QVERIFY2(check.summary().contains("RMSE"), qPrintable(check.summary()));
        QVERIFY(check.validation_dialog() && check.validation_dialog()->isVisible());
        shoot(check.validation_dialog(), "covplan-validate.png");
        check.validation_dialog()->close();
        QTest::qWait(300);
        shoot(&w, "covplan-residuals.png");
        // Identify at the first sample: measured and predicted, with the error.
        const auto& m = w.document().project().layers.measurements.front();
        QSignalSpy point(&w.document(), &covplan::app::PlanDocument::pointEvaluated);
        emit w.canvas().identifyRequested(m.location.x(), m.location.y());
        QVERIFY(point.wait(30000));
        const QString html = w.identify_panel().toPlainText();
        QVERIFY2(html.contains("Measured sample 1") && html.contains("Predicted for") &&
                     html.contains("error"),
                 qPrintable(html));
        // Calibrate: offered with before/after, applied as one undoable step.
        QSignalSpy offered(&check, &covplan::app::ModelCheck::calibrationOffered);
        QVERIFY(w.document().project().calibration.empty());
        for (QAction* a : tools->actions())
            if (a->text() == "Calibrate the model…") a->trigger();
        QVERIFY(offered.wait(60000));
        QVERIFY2(check.summary().contains("Before") && check.summary().contains("cross-validated"),
                 qPrintable(check.summary()));
        QVERIFY(check.pending_calibration());
        shoot(check.pending_calibration(), "covplan-calibrate.png");
        check.pending_calibration()->button(QMessageBox::Apply)->click();
        QTRY_VERIFY(!w.document().project().calibration.empty());
        // A new model: the old residuals describe another one and are gone.
        QVERIFY(!w.document().validation());
        QVERIFY(w.undo_stack().undoText().contains("Calibrate"));
        w.undo_stack().undo();
        QVERIFY(w.document().project().calibration.empty());
        w.undo_stack().redo();
        QVERIFY(!w.document().project().calibration.empty());
    }
    void newPlanFromTheWardBoundary() {
        covplan::test::TempDir dir;
        std::string why;
        const auto ward = covplan::test::make_second_ward(dir, why);
        if (!ward) QSKIP(why.c_str());
        MainWindow w;
        w.set_language("vi");
        // The wizard's two pages, filled as a user does.
        covplan::app::NewPlanWizard wizard(&w);
        wizard.set_fields(QString::fromStdString(ward->ward), QString::fromUtf8("Phường Long Bình"),
                          QString::fromStdString(dir.file("ke_hoach_moi")));
        QCOMPARE(wizard.plan_path(), QString::fromStdString(dir.file("ke_hoach_moi.covplan.gpkg")));
        QCOMPARE(w.create_plan(wizard.ward_path(), wizard.title(), wizard.plan_path()), QString());
        // The ward fixed the working CRS: VN-2000 TM-3 of Cần Thơ (105°00').
        QCOMPARE(w.document().project().working_crs.authority_code(), std::string("EPSG:5897"));
        QCOMPARE(w.document().project().layers.ward.size(), std::size_t{1});
        QVERIFY(w.windowTitle().startsWith(QString::fromUtf8("Phường Long Bình")));
        // A second New plan onto the same file is refused, the first one kept.
        const QString again = w.create_plan(wizard.ward_path(), "x", wizard.plan_path());
        QVERIFY2(again.contains(QString::fromUtf8("Chưa tạo được")), qPrintable(again));
        // Not a polygon layer: refused with the file named, nothing written.
        const QString bad = w.create_plan(QString::fromStdString(ward->sheet), "x",
                                          QString::fromStdString(dir.file("bad.covplan.gpkg")));
        QVERIFY(!bad.isEmpty());
        QVERIFY(!QFile::exists(QString::fromStdString(dir.file("bad.covplan.gpkg"))));
    }

    void menusToolsAndTheUnsavedMarker() {
        MainWindow w;
        w.set_language("vi");
        w.resize(1280, 800);
        w.show();
        QCOMPARE(w.open_project(kSample), QString());
        QVERIFY(covplan::test::wait_for_coverage(w.document()));
        QMenu* tools = menu_named(w, "tools");
        QMenu* file = menu_named(w, "file");
        QVERIFY(tools && file && menu_named(w, "edit"));
        QCOMPARE(tools->title(), QString::fromUtf8("&Công cụ"));
        const QStringList t = action_texts(tools);
        QVERIFY2(t.contains(QString::fromUtf8("Tra cứu")) &&
                     t.contains(QString::fromUtf8("Đo khoảng cách")),
                 qPrintable(t.join(" | ")));
        const QStringList f = action_texts(file);
        QVERIFY2(f.contains(QString::fromUtf8("Quy hoạch mới…")) &&
                     f.contains(QString::fromUtf8("Thoát")),
                 qPrintable(f.join(" | ")));
        // Identify and Measure in the tool bar too, checkable with the other map tools.
        QToolBar* bar = w.findChild<QToolBar*>("main");
        QVERIFY(bar);
        int tool_buttons = 0;
        for (QAction* a : bar->actions())
            tool_buttons += a->text() == QString::fromUtf8("Tra cứu") ||
                            a->text() == QString::fromUtf8("Đo khoảng cách");
        QCOMPARE(tool_buttons, 2);

        // An edit: the title's modified marker, the undo text in Vietnamese.
        QVERIFY(!w.isWindowModified());
        const auto s0 = w.document().project().layers.sites.front();
        w.undo_stack().push(new covplan::app::AddSiteCommand(
            w.document(),
            covplan::core::new_5g_site("P-NEW", {s0.location.x() + 700, s0.location.y()},
                                       covplan::core::plan_5g_template({}))));
        QVERIFY(w.isWindowModified());
        QVERIFY(w.windowTitle().contains("[*]"));
        QAction* undo = nullptr;
        for (QAction* a : menu_named(w, "edit")->actions())
            if (a->text().startsWith(QString::fromUtf8("Hoàn tác"))) undo = a;
        QVERIFY2(undo, "no Vietnamese undo action");
        QVERIFY(undo->isEnabled());
        QVERIFY(covplan::test::wait_for_coverage(w.document()));

        // Identify in use: a click on the map fills the panel.
        w.canvas().set_tool(covplan::app::MapCanvas::Tool::Identify);
        const QPointF at = w.canvas().view().to_screen(s0.location.x() + 60, s0.location.y());
        QTest::mouseClick(&w.canvas(), Qt::LeftButton, {}, at.toPoint());
        QTRY_VERIFY(w.identify_panel().toPlainText().contains("RSRP"));
        QTest::qWait(300);
        shoot(&w, "covplan-desktop-identify-vi.png");
        // Measure in use: drag between two points.
        w.canvas().set_tool(covplan::app::MapCanvas::Tool::Measure);
        const QPointF to =
            w.canvas().view().to_screen(s0.location.x() + 1500, s0.location.y() + 800);
        QTest::mousePress(&w.canvas(), Qt::LeftButton, {}, at.toPoint());
        QTest::mouseMove(&w.canvas(), to.toPoint());
        QTest::mouseRelease(&w.canvas(), Qt::LeftButton, {}, to.toPoint());
        QTest::qWait(300);
        shoot(&w, "covplan-desktop-measure-vi.png");

        // File → Export tables (Excel): the workbook `analyze --xlsx` writes, in the
        // interface's language.
        QTemporaryDir out;
        const QString xlsx = out.filePath("chi_tieu.xlsx");
        QSignalSpy written(&w, &MainWindow::reportWritten);
        w.export_to(xlsx, covplan::app::ExportKind::Xlsx);
        QVERIFY(written.wait(180000));
        GDALAllRegister();
        GDALDatasetUniquePtr book(GDALDataset::Open(xlsx.toUtf8().constData(), GDAL_OF_VECTOR));
        QVERIFY(book);
        QCOMPARE(book->GetLayerCount(), 4);
        QCOMPARE(QString::fromUtf8(book->GetLayer(0)->GetName()), QString::fromUtf8("Chỉ tiêu"));
        QCOMPARE(book->GetLayer(2)->GetFeatureCount(), GIntBig{28});  // 27 sites and P-NEW

        // Quit with unsaved edits asks; Cancel keeps the window and the edit.
        answer_next_message_box(QMessageBox::Cancel);
        QVERIFY(!w.close());
        QVERIFY(w.isVisible());
        QVERIFY(w.isWindowModified());
        // Undo back to the saved state: no marker, and Quit closes without asking.
        w.undo_stack().undo();
        QVERIFY(!w.isWindowModified());
        QVERIFY(covplan::test::wait_for_coverage(w.document()));
        QVERIFY(w.close());
    }

    void qtsOwnFileDialogSpeaksVietnamese() {
        MainWindow w;
        w.set_language("vi");
        QFileDialog dlg(&w, QString::fromUtf8("Mở quy hoạch"), QDir::tempPath(),
                        QString::fromUtf8("Dự án covplan (*.covplan.gpkg)"));
        dlg.setOption(QFileDialog::DontUseNativeDialog);
        dlg.resize(900, 560);
        dlg.show();
        QTest::qWait(300);
        const QStringList texts = visible_texts(&dlg);
        // What Qt 6.4's dialog says in English (qfiledialog.ui, qfilesystemmodel.cpp,
        // QPlatformTheme's buttons): none of it may remain.
        for (const char* english :
             {"Look in:", "File &name:", "File name:", "Files of type:", "&Open", "Open", "Cancel",
              "Name", "Size", "Type", "Date Modified", "Back", "Forward", "Parent Directory",
              "Create New Folder", "List View", "Detail View"})
            QVERIFY2(!texts.contains(QString::fromUtf8(english)),
                     qPrintable(QString("English left: ") + english + " in " + texts.join(" | ")));
        QVERIFY2(texts.contains(QString::fromUtf8("Thư mục:")), qPrintable(texts.join(" | ")));
        shoot(&dlg, "covplan-file-dialog-vi.png");
        // Back in English, English again.
        w.set_language("en");
        QFileDialog en(&w, "Open plan", QDir::tempPath());
        en.setOption(QFileDialog::DontUseNativeDialog);
        en.show();
        QTest::qWait(100);
        QVERIFY(visible_texts(&en).contains("Look in:"));
    }
};

QTEST_MAIN(DesktopWorkflowTest)
#include "test_desktop_workflow.moc"
