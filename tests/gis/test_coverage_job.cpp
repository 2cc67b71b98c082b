#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/antenna/msi_file.h"
#include "core/antenna/peer_antenna_files.h"
#include "gis/antenna_files.h"
#include "gis/coverage_job.h"
#include "gis/project_file.h"
#include "gis/project_lock.h"
#include "tests/test_util.h"

using namespace covplan;
namespace fs = std::filesystem;

namespace {

gis::Project two_site_project() {
    gis::Project p;
    p.working_crs = *gis::Crs::from_user_input("EPSG:32648");
    p.settings.resolution_m = 50;
    core::Ward w;
    w.name = "test";
    boost::geometry::read_wkt(
        "MULTIPOLYGON(((566000 1068000,566000 1072000,570000 1072000,570000 1068000,566000 "
        "1068000)))",
        w.area);
    p.layers.ward.push_back(w);
    core::Site a;
    a.site_id = "A";
    a.height_m = 30;
    a.freq_mhz = 1842.5;
    a.azimuths_deg = {0, 120, 240};
    a.antenna_model = "antennas/panel.msi";
    a.location = core::Point(567000, 1070000);
    core::Site b = a;
    b.site_id = "B";
    b.antenna_model = "omni";
    b.azimuths_deg.clear();
    b.propagation_model = "fspl";
    b.location = core::Point(569000, 1070000);
    p.layers.sites = {a, b};
    return p;
}

}  // namespace

TEST(CoverageJob, AntennaFilesAndPerSiteModels) {
    test::TempDir dir;
    fs::create_directories(dir.path() / "antennas");
    {
        std::ofstream f(dir.path() / "antennas" / "panel.msi");
        f << core::format_msi(core::AntennaPattern::parametric(65, 7, 17.5), 1800);
    }
    gis::Project p = two_site_project();
    // The per-site model survives the project file.
    const std::string path = dir.file("p.covplan.gpkg");
    ASSERT_TRUE(gis::save_project(p, path, *gis::ProjectLock::acquire(path)));
    auto loaded = gis::load_project(path);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->project.layers.sites.at(1).propagation_model, "fspl");

    gis::CoverageJobOptions job;
    job.project_dir = dir.path().string();
    auto in = gis::prepare_coverage(loaded->project, job);
    ASSERT_TRUE(in) << in.error();
    ASSERT_EQ(in->cells.cells.size(), 4u);  // 3 sectors + 1 omni
    EXPECT_DOUBLE_EQ(in->cells.cells[0].antenna->max_gain_dbi(), 17.5);
    EXPECT_NE(in->cells.cells[0].law.model_name.find("COST-231"), std::string::npos);
    EXPECT_EQ(in->cells.cells[3].law.model_name, "free space (ITU-R P.525)");
    EXPECT_EQ(in->grid.pixel_size_m, 50.0);

    // A missing antenna file is an error naming it.
    fs::remove(dir.path() / "antennas" / "panel.msi");
    auto missing = gis::prepare_coverage(loaded->project, job);
    ASSERT_FALSE(missing);
    EXPECT_NE(missing.error().find("panel.msi"), std::string::npos);
    // A malformed one too, with the line.
    {
        std::ofstream f(dir.path() / "antennas" / "panel.msi");
        f << "GAIN 17\nHORIZONTAL 360\n0 0\n1 x\n";
    }
    auto bad = gis::prepare_coverage(loaded->project, job);
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.error().find("line 4"), std::string::npos) << bad.error();
}

TEST(CoverageJob, SettingsAreValidated) {
    gis::Project p = two_site_project();
    p.settings.propagation_model = "okumura";
    auto o = gis::coverage_options(p);
    ASSERT_FALSE(o);
    EXPECT_NE(o.error().find("okumura"), std::string::npos);
    p.settings.propagation_model = "auto";
    p.settings.environment = "jungle";
    EXPECT_FALSE(gis::coverage_options(p));
    p.settings.environment = "rural";
    p.landuse_classes = {{{3, 0, 0, 0, "settlement"}, 7.5}};
    auto ok = gis::coverage_options(p);
    ASSERT_TRUE(ok);
    EXPECT_FLOAT_EQ(ok->clutter_loss_db[3], 7.5f);
    EXPECT_EQ(ok->environment, core::Environment::Rural);
}

// The project's antenna catalogue reads the peers' formats by extension: a site naming
// panel.az (with panel.el beside it) or panel.adf gets the same gains as one naming the
// equivalent panel.msi.
TEST(AntennaFiles, PeersFormatsLoadThroughTheCatalogueWithTheMsiGains) {
    covplan::test::TempDir dir;
    const core::AntennaPattern panel = core::AntennaPattern::parametric(65, 7, 17.5);
    std::ofstream(dir.file("panel.msi")) << core::format_msi(panel, 1800.0);
    std::ofstream(dir.file("panel.az")) << core::format_splat_az(panel);
    std::ofstream(dir.file("panel.el")) << core::format_splat_el(panel);
    std::ofstream(dir.file("panel.adf"), std::ios::binary) << core::format_nsma(panel, 1800.0);
    std::vector<core::Site> sites(3);
    sites[0].site_id = "A";
    sites[0].antenna_model = "panel.msi";
    sites[1].site_id = "B";
    sites[1].antenna_model = "panel.az";
    sites[2].site_id = "C";
    sites[2].antenna_model = "panel.adf";
    auto lib = gis::load_antenna_files(sites, dir.path().string());
    ASSERT_TRUE(lib) << lib.error();
    ASSERT_EQ((*lib)->size(), 3u);
    const auto& msi = *(*lib)->at("panel.msi");
    for (const char* name : {"panel.az", "panel.adf"}) {
        const auto& p = *(*lib)->at(name);
        for (int az = -180; az <= 180; az += 5)
            for (int down = -8; down <= 90; down += 2)
                ASSERT_NEAR(p.gain_dbi(az, down, 2.0, 0.0), msi.gain_dbi(az, down, 2.0, 0.0), 0.02)
                    << name << " az " << az << " down " << down;
    }
    // Without its .el, a .az file is a flat vertical pattern (a note says so).
    fs::remove(dir.file("panel.el"));
    auto only_az = gis::read_antenna_file(dir.file("panel.az"));
    ASSERT_TRUE(only_az);
    EXPECT_EQ(only_az->pattern.vertical_db(40.0), 0.0f);
    ASSERT_FALSE(only_az->notes.empty());
    // What a reader assumed reaches the job's notes (printed by `covplan coverage`):
    // a rotation line is not applied, the sector's azimuth points the antenna.
    {
        std::string az = core::format_splat_az(panel);
        az.replace(0, az.find_first_of(";\n"), "45 ");
        std::ofstream(dir.file("turned.az")) << az;
        std::vector<core::Site> one(1);
        one[0].site_id = "T";
        one[0].antenna_model = "turned.az";
        std::vector<std::string> notes;
        auto turned = gis::load_antenna_files(one, dir.path().string(), &notes);
        ASSERT_TRUE(turned) << turned.error();
        std::string all;
        for (const std::string& n : notes) all += n + "\n";
        EXPECT_NE(all.find("turned.az: rotation 45° not applied"), std::string::npos) << all;
        EXPECT_NE(all.find("turned.az: no .el file beside it"), std::string::npos) << all;
    }
    // A missing file is an error naming the site and the file.
    sites[1].antenna_model = "missing.az";
    auto bad = gis::load_antenna_files(sites, dir.path().string());
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.error().find("site B"), std::string::npos) << bad.error();
    EXPECT_NE(bad.error().find("missing.az"), std::string::npos);
}
