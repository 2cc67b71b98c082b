#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "core/feedback.h"
#include "core/field_mapping.h"
#include "gis/kpi_tables.h"
#include "gis/project_file.h"
#include "gis/project_import.h"
#include "gis/project_lock.h"
#include "gis/project_tables.h"
#include "gis/raster_io.h"
#include "tests/test_util.h"

using namespace covplan;
namespace fs = std::filesystem;

namespace {

gis::Project small_project(const test::TempDir& dir, int n_sites = 3) {
    gis::Project p;
    p.title = "Phường Long Mỹ (thử)";
    p.working_crs = *gis::Crs::from_user_input("EPSG:32648");
    p.settings.resolution_m = 20;
    p.settings.rsrp_threshold_5g_dbm = -108.5;
    p.settings.targets.population_5g_target_year = 2029;
    core::Ward w;
    w.name = "Long Mỹ";
    w.code = "31471";
    w.population = 35865;
    boost::geometry::read_wkt(
        "MULTIPOLYGON(((560000 1065000,560000 1078000,575000 1078000,575000 1065000,560000 "
        "1065000)))",
        w.area);
    p.layers.ward.push_back(w);
    core::Hamlet h{"Khu vực 1", "KV01", 2500, 714, {}};
    boost::geometry::read_wkt(
        "MULTIPOLYGON(((566000 1070000,566000 1071000,567000 1071000,567000 1070000,566000 "
        "1070000)))",
        h.area);
    p.layers.hamlets.push_back(h);
    for (int i = 0; i < n_sites; ++i) {
        core::Site s;
        s.site_id = "VTL-" + std::to_string(i);
        s.tower_id = "T" + std::to_string(i / 2);
        s.operator_name = "Viettel";
        s.technology = i % 2 ? core::Technology::Nr5G : core::Technology::Lte4G;
        s.band = i % 2 ? "n78" : "B3";
        s.freq_mhz = i % 2 ? 3550 : 1842.5;
        s.height_m = 30 + i % 15;
        s.azimuths_deg = {0, 120, 240};
        s.mech_tilt_deg = 2;
        s.elec_tilt_deg = 4;
        s.power_dbm = 46;
        s.status = i % 3 ? core::SiteStatus::Existing : core::SiteStatus::Proposed;
        s.location = core::Point(566000 + i, 1070000 + i * 0.5);
        p.layers.sites.push_back(s);
    }
    core::FiberRoute f{"Tuyến 1", "VNPT", core::CablePlacement::Underground, {}};
    boost::geometry::read_wkt("MULTILINESTRING((566000 1070000,567000 1070500))", f.path);
    p.layers.fiber.push_back(f);
    core::Poi school;
    school.name = "Trường THCS Thuận An";
    school.category = core::PoiCategory::School;
    school.point = core::Point(566500, 1070500);
    p.layers.poi.push_back(school);
    core::Poi zone;
    zone.name = "Cụm công nghiệp";
    zone.category = core::PoiCategory::Industrial;
    zone.is_area = true;
    boost::geometry::read_wkt(
        "MULTIPOLYGON(((568000 1066000,568000 1066500,568500 1066500,568500 1066000,568000 "
        "1066000)))",
        zone.area);
    p.layers.poi.push_back(zone);
    core::LineFeature road{"Quốc lộ 61B", "national", {}};
    boost::geometry::read_wkt("MULTILINESTRING((563000 1076000,566800 1070800))", road.path);
    p.layers.roads.push_back(road);
    p.layers.waterways.push_back({"Kênh", "canal", road.path});
    fs::create_directories(dir.path() / "rasters");
    core::Raster<float> dem;
    dem.grid =
        core::GridSpec::covering(p.layers.ward[0].area.empty() ? core::Extent{} : p.layers.extent(),
                                 100.0, p.working_crs.wkt());
    dem.values.assign(dem.grid.pixel_count(), 1.0f);
    const std::string dem_path = (dir.path() / "rasters" / "dem.tif").string();
    EXPECT_TRUE(gis::write_geotiff(dem_path, dem));
    p.rasters.push_back({gis::RasterKind::Dem, dem_path, ""});
    p.landuse_classes = {{{1, 217, 239, 139, "Lúa"}, 0.0},
                         {{4, 69, 117, 180, "Mặt nước"}, 0.0},
                         {{3, 215, 48, 39, "Dân cư"}, 10.5, 1.0}};
    p.sources.push_back(
        {core::LayerRole::Sites, "tram.csv", "tram", "height_m=Độ cao", "EPSG:4326 (WGS 84)"});
    return p;
}

std::string file_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace

TEST(ProjectFile, SaveAndReopenRoundTrip) {
    test::TempDir dir;
    gis::Project p = small_project(dir);
    p.snapshots = {{"2025-12-10", "population_5g", 0.4, 1.0, 2030},
                   {"2026-12-10", "population_5g", 0.543, 1.0, 2030}};
    const std::string path = dir.file("plan.covplan.gpkg");
    ASSERT_TRUE(gis::save_project(p, path, *gis::ProjectLock::acquire(path)));
    EXPECT_TRUE(gis::is_project_file(path));
    auto loaded = gis::load_project(path);
    ASSERT_TRUE(loaded) << core::format_issue(loaded.error()[0]);
    EXPECT_TRUE(loaded->issues.empty()) << core::format_issue(loaded->issues[0]);
    const gis::Project& q = loaded->project;
    EXPECT_EQ(q.title, p.title);
    EXPECT_EQ(q.working_crs.authority_code(), "EPSG:32648");
    EXPECT_EQ(core::settings_to_key_values(q.settings), core::settings_to_key_values(p.settings));
    ASSERT_EQ(q.layers.sites.size(), p.layers.sites.size());
    for (std::size_t i = 0; i < p.layers.sites.size(); ++i) {
        const auto &a = p.layers.sites[i], &b = q.layers.sites[i];
        EXPECT_EQ(a.site_id, b.site_id);
        EXPECT_EQ(a.tower_id, b.tower_id);
        EXPECT_EQ(a.technology, b.technology);
        EXPECT_EQ(a.band, b.band);
        EXPECT_DOUBLE_EQ(a.freq_mhz, b.freq_mhz);
        EXPECT_DOUBLE_EQ(a.height_m, b.height_m);
        EXPECT_EQ(a.azimuths_deg, b.azimuths_deg);
        EXPECT_EQ(a.status, b.status);
        EXPECT_DOUBLE_EQ(a.location.x(), b.location.x());
        EXPECT_DOUBLE_EQ(a.location.y(), b.location.y());
    }
    ASSERT_EQ(q.layers.ward.size(), 1u);
    EXPECT_DOUBLE_EQ(boost::geometry::area(q.layers.ward[0].area), 15000.0 * 13000.0);
    EXPECT_EQ(q.layers.hamlets.at(0).name, "Khu vực 1");
    EXPECT_DOUBLE_EQ(q.layers.hamlets.at(0).households, 714);
    EXPECT_EQ(q.layers.fiber.at(0).placement, core::CablePlacement::Underground);
    ASSERT_EQ(q.layers.poi.size(), 2u);
    EXPECT_EQ(q.layers.poi[1].category, core::PoiCategory::Industrial);
    EXPECT_TRUE(q.layers.poi[1].is_area);
    EXPECT_EQ(q.layers.roads.at(0).name, "Quốc lộ 61B");
    ASSERT_EQ(q.rasters.size(), 1u);
    EXPECT_EQ(q.rasters[0].path, (dir.path() / "rasters" / "dem.tif").string());
    EXPECT_EQ(q.landuse_classes.at(1).legend.label, "Mặt nước");
    EXPECT_DOUBLE_EQ(q.landuse_classes.at(2).extra_loss_db, 10.5);
    EXPECT_DOUBLE_EQ(q.landuse_classes.at(2).population_weight, 1.0);
    EXPECT_EQ(q.sources.at(0).mapping, "height_m=Độ cao");
    ASSERT_EQ(q.snapshots.size(), 2u);
    EXPECT_EQ(q.snapshots[1].date, "2026-12-10");
    EXPECT_DOUBLE_EQ(q.snapshots[1].value, 0.543);
    EXPECT_EQ(q.snapshots[1].target_year, 2030);

    // Raster paths are stored relative to the project, so a copied folder still works.
    const fs::path moved = dir.path() / "moved";
    fs::create_directories(moved);
    fs::copy_file(path, moved / "plan.covplan.gpkg");
    auto again = gis::load_project((moved / "plan.covplan.gpkg").string());
    ASSERT_TRUE(again);
    EXPECT_EQ(again->project.rasters.at(0).path, (moved / "rasters" / "dem.tif").string());
    ASSERT_EQ(again->issues.size(), 1u);  // and says so when the raster is not there
    EXPECT_NE(again->issues[0].message.find("is missing"), std::string::npos);
}

TEST(ProjectFile, MapStyleRoundTripsAndBadRowsAreReported) {
    test::TempDir dir;
    gis::Project p = small_project(dir);
    p.style.style(core::MapLayerId::Ward).colour = {0, 200, 0, 255};
    p.style.style(core::MapLayerId::Sites).label_field = "operator";
    p.style.style(core::MapLayerId::Roads).width_px = 5.5;
    p.style.style(core::MapLayerId::Fiber).visible = false;
    ASSERT_TRUE(p.style.move(core::MapLayerId::Ward, -100));
    const std::string path = dir.file("plan.covplan.gpkg");
    ASSERT_TRUE(gis::save_project(p, path, *gis::ProjectLock::acquire(path)));
    auto loaded = gis::load_project(path);
    ASSERT_TRUE(loaded);
    EXPECT_TRUE(loaded->issues.empty());
    EXPECT_EQ(loaded->project.style, p.style);
    EXPECT_EQ(loaded->project.style.position(core::MapLayerId::Ward), 0);

    // Edited by hand (e.g. in QGIS): an unknown layer, a bad colour, an unknown field.
    {
        GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        ASSERT_TRUE(ds);
        OGRLayer* l = ds->GetLayerByName("covplan_styles");
        ASSERT_NE(l, nullptr);
        for (auto& f : *l) {
            const std::string key = f->GetFieldAsString("layer");
            if (key == "ward") f->SetField("colour", "green");
            if (key == "sites") f->SetField("label_field", "colour_of_roof");
            if (key == "fiber") f->SetField("layer", "buildings");
            ASSERT_EQ(l->SetFeature(f.get()), OGRERR_NONE);
        }
    }
    auto edited = gis::load_project(path);
    ASSERT_TRUE(edited);
    ASSERT_EQ(edited->issues.size(), 3u);
    for (const auto& i : edited->issues) {
        EXPECT_EQ(i.layer, "covplan_styles");
        EXPECT_EQ(i.feature.rfind("FID ", 0), 0u) << i.feature;
    }
    const core::MapStyle& s = edited->project.style;
    EXPECT_EQ(s.style(core::MapLayerId::Ward).colour,
              core::MapStyle::defaults().style(core::MapLayerId::Ward).colour);
    EXPECT_EQ(s.style(core::MapLayerId::Sites).label_field, "");
    EXPECT_TRUE(s.style(core::MapLayerId::Fiber).visible);  // its row was lost: default
    EXPECT_EQ(s.layers.size(), static_cast<std::size_t>(core::kMapLayerCount));
    EXPECT_DOUBLE_EQ(s.style(core::MapLayerId::Roads).width_px, 5.5);
}

TEST(ProjectFile, OpensInGdalAsAGeoPackageWithCrs) {
    test::TempDir dir;
    const std::string path = dir.file("plan.covplan.gpkg");
    ASSERT_TRUE(gis::save_project(small_project(dir), path, *gis::ProjectLock::acquire(path)));
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(ds);
    EXPECT_STREQ(ds->GetDriver()->GetDescription(), "GPKG");
    OGRLayer* sites = ds->GetLayerByName("sites");
    ASSERT_NE(sites, nullptr);
    EXPECT_EQ(sites->GetFeatureCount(), 3);
    EXPECT_STREQ(sites->GetSpatialRef()->GetAuthorityCode(nullptr), "32648");
    EXPECT_NE(ds->GetLayerByName("poi_areas"), nullptr);
}

TEST(ProjectFile, CanceledSaveLeavesThePreviousFileIntact) {
    test::TempDir dir;
    const std::string path = dir.file("plan.covplan.gpkg");
    ASSERT_TRUE(gis::save_project(small_project(dir, 3), path, *gis::ProjectLock::acquire(path)));
    const std::string before = file_bytes(path);

    // Cancel in the middle of writing 5,000 sites.
    gis::Project big = small_project(dir, 5000);
    core::Feedback* self = nullptr;
    core::Feedback cancel_midway([&](double f) {
        if (f > 0.2) self->cancel();
    });
    self = &cancel_midway;
    auto r = gis::save_project(big, path, *gis::ProjectLock::acquire(path), &cancel_midway);
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().find("canceled"), std::string::npos) << r.error();
    EXPECT_EQ(file_bytes(path), before);
    auto loaded = gis::load_project(path);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->project.layers.sites.size(), 3u);
    // No temporary left next to it.
    int entries = 0;
    for (const auto& e : fs::directory_iterator(dir.path())) entries += e.is_regular_file();
    EXPECT_EQ(entries, 1);
}

TEST(ProjectFile, KilledDuringSaveLeavesThePreviousFileIntact) {
    // A real crash: a child process starts saving a large plan over the file and is
    // killed with SIGKILL part-way. The previous plan must still open.
    test::TempDir dir;
    const std::string path = dir.file("plan.covplan.gpkg");
    ASSERT_TRUE(gis::save_project(small_project(dir, 3), path, *gis::ProjectLock::acquire(path)));
    const std::string before = file_bytes(path);
    const gis::Project big = small_project(dir, 60000);
    int pipefd[2];
    ASSERT_EQ(::pipe(pipefd), 0);
    const pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
        ::close(pipefd[0]);
        bool signalled = false;
        core::Feedback fb([&](double f) {
            if (f > 0.1 && !signalled) {
                signalled = true;
                char c = 'x';
                [[maybe_unused]] auto n = ::write(pipefd[1], &c, 1);
            }
        });
        (void)gis::save_project(big, path, *gis::ProjectLock::acquire(path), &fb);
        ::_exit(0);
    }
    ::close(pipefd[1]);
    char c = 0;
    ASSERT_EQ(::read(pipefd[0], &c, 1), 1);  // the child is mid-save
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    ::close(pipefd[0]);
    ASSERT_TRUE(WIFSIGNALED(status));
    EXPECT_EQ(file_bytes(path), before);
    auto loaded = gis::load_project(path);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->project.layers.sites.size(), 3u);
}

TEST(ProjectFile, NotAProject) {
    test::TempDir dir;
    const std::string path = dir.file("other.gpkg");
    ASSERT_TRUE(test::write_vector(path, "GPKG", "roads", wkbLineString, 4326,
                                   {{"LINESTRING (105.6 9.68,105.61 9.69)", {{"name", "x"}}}}));
    EXPECT_FALSE(gis::is_project_file(path));
    auto r = gis::load_project(path);
    ASSERT_FALSE(r);
    EXPECT_NE(r.error()[0].message.find("not a covplan project"), std::string::npos);
}

TEST(ProjectFile, LayerBrokenInQgisIsReportedOnLoad) {
    test::TempDir dir;
    const std::string path = dir.file("plan.covplan.gpkg");
    ASSERT_TRUE(gis::save_project(small_project(dir), path, *gis::ProjectLock::acquire(path)));
    {
        GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        OGRLayer* sites = ds->GetLayerByName("sites");
        OGRFeatureUniquePtr f(sites->GetFeature(2));
        f->SetFieldNull(f->GetFieldIndex("height_m"));
        ASSERT_EQ(sites->SetFeature(f.get()), OGRERR_NONE);
    }
    auto loaded = gis::load_project(path);
    ASSERT_TRUE(loaded);
    ASSERT_FALSE(loaded->issues.empty());
    EXPECT_EQ(
        core::format_issue(loaded->issues[0]),
        "error: " + path +
            ", layer 'sites', FID 2 (site_id VTL-1): antenna height is empty (column 'height_m')");
}

// issue 14: in Vietnam the national system, VN-2000 TM-3 in the province's zone
// (the project's local_crs, Cần Thơ 105°00' by default); UTM when asked for.
TEST(ProjectImport, FirstImportChoosesVn2000Tm3WorkingCrsInVietnam) {
    test::TempDir dir;
    const std::string shp = dir.file("khu_vuc.shp");
    // Hamlets in VN-2000 / TM-3 Cần Thơ, as provincial offices deliver them.
    ASSERT_TRUE(test::write_vector(
        shp, "ESRI Shapefile", "khu_vuc", wkbPolygon, 9210,
        {{"POLYGON ((484000 1071000,485000 1071000,485000 1072000,484000 1072000,484000 1071000))",
          {{"Ten_KV", "Khu vực 1"}, {"Dan_so", "2500"}}}},
        {}, {"ENCODING=UTF-8"}));
    gis::Project p;
    gis::LayerImportOptions opts;
    opts.path = shp;
    auto r = gis::import_into_project(p, opts, std::nullopt);
    ASSERT_TRUE(r) << core::format_issue(r.error()[0]);
    EXPECT_TRUE(r->working_crs_chosen);
    EXPECT_EQ(p.working_crs.authority_code(), "EPSG:5897");
    // VN-2000 to VN-2000: a change of meridian, no datum shift.
    EXPECT_EQ(r->layer.transform_operation.find("WGS 84"), std::string::npos)
        << r->layer.transform_operation;
    ASSERT_EQ(p.layers.hamlets.size(), 1u);
    // 1 km x 1 km in TM-3 105°45' is about 1 km^2 in TM-3 105°00' too (k = 0.9999).
    EXPECT_NEAR(boost::geometry::area(p.layers.hamlets[0].area), 1.0e6, 2.0e3);
    EXPECT_EQ(p.sources.size(), 1u);

    // UTM on request, through EPSG:6960 (Decision 05/2007/QĐ-BTNMT).
    gis::Project u;
    auto ru = gis::import_into_project(u, opts, *gis::Crs::from_user_input("EPSG:32648"));
    ASSERT_TRUE(ru);
    EXPECT_EQ(u.working_crs.authority_code(), "EPSG:32648");
    EXPECT_NE(ru->layer.transform_operation.find("VN-2000 to WGS 84 (2)"), std::string::npos);
    EXPECT_NEAR(boost::geometry::area(u.layers.hamlets[0].area), 1.0e6, 2.0e3);
}

TEST(ProjectTables, PlanLayerColumnsAreTheCanonicalFieldsTheReaderMaps) {
    // The project reader maps each canonical field of a role onto itself; a column
    // the writer names otherwise would be written and never read back.
    for (const auto& [spec, role] : gis::plan_layer_tables()) {
        for (const gis::Column& c : spec->columns)
            EXPECT_NE(core::find_field_spec(role, c.name), nullptr)
                << spec->name << "." << c.name << " is not a canonical field";
    }
}

TEST(ProjectTables, SavedFileMatchesEveryTableSpecAndMissingColumnsAreReported) {
    test::TempDir dir;
    gis::Project p = small_project(dir);
    p.snapshots.push_back({"2025-12-31", "population_5g", 0.4, 1.0, 2030});
    p.layers.poi[0].category_source = "Trường học";  // the source's words, kept
    // A drive-test sample and a calibration (issue 15) are part of the file too.
    core::Measurement m;
    m.location = p.layers.sites[0].location;
    m.rsrp_dbm = -97.5;
    m.sinr_db = 4.25;
    m.technology = core::Technology::Lte4G;
    m.serving_site_id = p.layers.sites[0].site_id;
    m.serving_lon = 105.6;
    m.serving_lat = 9.69;
    p.layers.measurements.push_back(m);
    p.calibration.by = "cell";
    p.calibration.global = {2.5, -3.0, 100};
    p.calibration.by_site["X-1"] = {1.0, 2.0, 60};
    p.calibration.clutter_offset_db[3] = 1.5;
    p.calibration.samples = 100;
    p.calibration.raw_samples = 900;
    p.calibration.folds = 10;
    p.calibration.rmse_before_db = 10.25;
    p.calibration.rmse_after_db = 7.5;
    p.calibration.date = "2026-12-07";
    const std::string path = dir.file("plan.covplan.gpkg");
    ASSERT_TRUE(gis::save_project(p, path, *gis::ProjectLock::acquire(path)));
    {
        GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        ASSERT_TRUE(ds);
        namespace T = gis::tables;
        std::vector<const gis::TableSpec*> specs = {
            &T::meta::spec,    &T::settings::spec,        &T::sources::spec,
            &T::rasters::spec, &T::landuse_classes::spec, &T::kpi_snapshots::in_project,
            &T::styles::spec,  &T::calibration::spec};
        for (const auto& [spec, role] : gis::plan_layer_tables()) specs.push_back(spec);
        for (const gis::TableSpec* spec : specs) {
            OGRLayer* l = ds->GetLayerByName(spec->name);
            ASSERT_NE(l, nullptr) << spec->name;
            EXPECT_EQ(gis::table_mismatches(*l, *spec), std::vector<std::string>{}) << spec->name;
            EXPECT_EQ(l->GetGeomType() == wkbNone, spec->geometry == wkbNone) << spec->name;
        }
        // Edited outside covplan: a column dropped, another retyped.
        ds->ExecuteSQL("ALTER TABLE covplan_landuse_classes DROP COLUMN population_weight", nullptr,
                       nullptr);
        ds->ExecuteSQL("ALTER TABLE covplan_styles DROP COLUMN width_px", nullptr, nullptr);
    }
    auto loaded = gis::load_project(path);
    ASSERT_TRUE(loaded);
    std::vector<std::string> messages;
    for (const core::Issue& i : loaded->issues) messages.push_back(i.layer + ": " + i.message);
    EXPECT_NE(std::find(messages.begin(), messages.end(),
                        "covplan_landuse_classes: column 'population_weight' is missing"),
              messages.end())
        << ::testing::PrintToString(messages);
    EXPECT_NE(
        std::find(messages.begin(), messages.end(), "covplan_styles: column 'width_px' is missing"),
        messages.end());
    EXPECT_EQ(loaded->project.calibration, p.calibration);
    ASSERT_EQ(loaded->project.layers.measurements.size(), 1u);
    const core::Measurement& back = loaded->project.layers.measurements[0];
    EXPECT_DOUBLE_EQ(back.rsrp_dbm, -97.5);
    EXPECT_DOUBLE_EQ(back.sinr_db, 4.25);
    EXPECT_TRUE(std::isnan(back.rsrq_db));
    EXPECT_EQ(back.serving_site_id, m.serving_site_id);
    EXPECT_DOUBLE_EQ(back.serving_lat, 9.69);
    EXPECT_NEAR(back.location.x(), m.location.x(), 1e-6);
    // What is there is still read; the missing column falls back to its default.
    ASSERT_EQ(loaded->project.landuse_classes.size(), 3u);
    EXPECT_DOUBLE_EQ(loaded->project.landuse_classes[2].extra_loss_db, 10.5);
    EXPECT_DOUBLE_EQ(loaded->project.landuse_classes[2].population_weight, 0.0);
    ASSERT_EQ(loaded->project.snapshots.size(), 1u);
    EXPECT_DOUBLE_EQ(loaded->project.snapshots[0].value, 0.4);
    ASSERT_FALSE(loaded->project.layers.poi.empty());
    EXPECT_EQ(loaded->project.layers.poi[0].category_source, "Trường học");
    EXPECT_EQ(loaded->project.layers.poi[0].category, core::PoiCategory::School);
}
