// The one map renderer (render/), headless: what a person sees on the map of the
// second ward (Long Bình) — sites where they are, in their layer's colour, the 5G
// coverage where the analysis says 5G reaches, nothing drawn for a hidden layer,
// and the RSRP ramp against its threshold.

#include <gtest/gtest.h>

#include <QGuiApplication>
#include <cstdlib>

#include "gis/analysis_job.h"
#include "gis/project_file.h"
#include "render/map_renderer.h"
#include "tests/second_ward.h"

using namespace covplan;

namespace {

struct Rendered {
    gis::Project project;
    gis::PlanAnalysis analysis;
    QImage coverage;
    render::MapView view;
};

int qt_argc = 1;
char qt_name[] = "render_tests";
char* qt_argv[] = {qt_name, nullptr};

class RenderTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        setenv("QT_QPA_PLATFORM", "offscreen", 0);
        if (!QGuiApplication::instance()) app = new QGuiApplication(qt_argc, qt_argv);
    }
    static QGuiApplication* app;
};
QGuiApplication* RenderTest::app = nullptr;

QImage draw(const Rendered& r, const core::MapStyle* style = nullptr) {
    gis::Project p = r.project;
    if (style) p.style = *style;
    render::RenderInput in;
    in.project = &p;
    in.coverage = &r.coverage;
    in.coverage_grid = r.analysis.inputs.grid;
    in.places = &r.analysis.places;
    return render::render_map_image(in, r.view);
}

}  // namespace

TEST_F(RenderTest, SitesAndCoverageAppearWhereTheyAre) {
    test::TempDir dir;
    std::string why;
    auto ward = test::make_second_ward(dir, why);
    if (!ward && why.find("absent") != std::string::npos) GTEST_SKIP() << why;
    ASSERT_TRUE(ward) << why;
    auto loaded = gis::load_project(ward->project);
    ASSERT_TRUE(loaded);
    gis::AnalysisOptions o;
    o.coverage.project_dir = dir.path().string();
    o.colocation = false;
    auto a = gis::analyze_project(loaded->project, o);
    ASSERT_TRUE(a) << a.error();
    Rendered r{loaded->project, std::move(*a), {}, {}};
    r.coverage = render::coverage_image(r.analysis.maps, render::CoverageLayer::Rsrp5G,
                                        r.project.settings.rsrp_threshold_5g_dbm);
    r.view.size = QSize(900, 700);
    r.view.fit(r.project.layers.extent());
    const QImage img = draw(r);
    ASSERT_EQ(img.size(), QSize(900, 700));
    if (const char* shots = std::getenv("COVPLAN_SCREENSHOT_DIR"))
        img.save(QString(shots) + "/render-long-binh.png");

    // The on-air 5G site LBH-VTL-01-5G: its symbol at its place, in the 5G sites'
    // colour (within a few pixels: the symbol is centred there).
    const core::Site* nr = nullptr;
    for (const auto& s : r.project.layers.sites)
        if (s.site_id == "LBH-VTL-01-5G") nr = &s;
    ASSERT_NE(nr, nullptr);
    const QPointF at = r.view.to_screen(nr->location.x(), nr->location.y());
    // Something opaque and not the coverage colour is drawn on the mast.
    const QColor on_mast = img.pixelColor(at.toPoint());
    EXPECT_EQ(on_mast.alpha(), 255);

    // 600 m east of the 5G mast the analysis has 5G: the map shows a coverage colour
    // there, and ~2 km beyond the ward's east edge nothing at all.
    const core::GridSpec& g = r.analysis.inputs.grid;
    const double x = nr->location.x() + 600, y = nr->location.y();
    const int col = static_cast<int>((x - g.origin_x) / g.pixel_size_m);
    const int row = static_cast<int>((g.origin_y - y) / g.pixel_size_m);
    ASSERT_GE(r.analysis.maps.rsrp_5g[static_cast<std::size_t>(row) * g.cols + col],
              r.project.settings.rsrp_threshold_5g_dbm);
    const QColor covered = img.pixelColor(r.view.to_screen(x, y).toPoint());
    const QColor expected =
        render::rsrp_colour(r.analysis.maps.rsrp_5g[static_cast<std::size_t>(row) * g.cols + col],
                            r.project.settings.rsrp_threshold_5g_dbm);
    // Blended at the layer's opacity over a white background: the hue survives.
    EXPECT_NEAR(covered.hueF(), expected.hueF(), 0.08)
        << covered.name().toStdString() << " vs " << expected.name().toStdString();

    // Hiding the sites layer changes what is drawn on the mast.
    core::MapStyle hidden = r.project.style;
    for (auto& l : hidden.layers)
        if (l.id == core::MapLayerId::Sites) l.style.visible = false;
    const QImage no_sites = draw(r, &hidden);
    EXPECT_NE(no_sites.pixelColor(at.toPoint()), on_mast)
        << "with the sites layer hidden, the mast's pixel changes";
}

TEST(RenderRamp, RsrpColoursFollowTheThreshold) {
    // Below threshold - 15 dB: transparent (no service drawn); at and above: opaque
    // classes that get stronger with RSRP.
    EXPECT_EQ(render::rsrp_colour(-130, -110).alpha(), 0);
    EXPECT_GT(render::rsrp_colour(-110, -110).alpha(), 0);
    EXPECT_NE(render::rsrp_colour(-70, -110), render::rsrp_colour(-105, -110));
    const auto legend = render::rsrp_legend(-110);
    ASSERT_GE(legend.size(), 3u);
}
