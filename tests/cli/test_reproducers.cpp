// Every input of ../shared/data/reproducers/ (README.md there: what each did at
// f41b287) ends in exit 1 with a located message, or a located warning, and never
// in an abort; importing it writes nothing.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "tests/test_util.h"

using covplan::test::run_covplan;
using covplan::test::TempDir;
namespace fs = std::filesystem;

namespace {

std::string reproducer(const std::string& rel) {
    const std::string dir = covplan::test::shared_data_dir();
    return dir.empty() ? std::string() : dir + "/reproducers/" + rel;
}

struct Case {
    const char* file;
    const char* role;          //!< import with this role ("" = no import)
    const char* must_mention;  //!< in the output: the located finding
};

}  // namespace

TEST(Reproducers, CorruptedInputsEndInALocatedErrorNotAnAbort) {
    if (covplan::test::shared_data_dir().empty()) GTEST_SKIP() << "../shared/data is absent";
    const Case cases[] = {
        {"shp_asan_5247f0acfe/khu_vuc.shp", "hamlets", "FID 4 (name Khu vực 5): coordinate"},
        {"shp_asan_bf99802f45/khu_vuc.shp", "hamlets", "is not a position"},
        // Cut short: the .shp is shorter than its header says.
        {"shp_asan_ebf13a8d2a/khu_vuc.shp", "hamlets", "the file is truncated"},
        {"shp_asan_95174cb5cb/khu_vuc.shp", "hamlets", "the file is truncated"},
        {"shp_ubsan_2be7c247aa/khu_vuc.shp", "hamlets", "layer 'khu_vuc'"},
        {"shp_ubsan_4189990b51/khu_vuc.shp", "hamlets", "layer 'khu_vuc'"},
        {"geojson_num_asan_boost_overflow/in.geojson", "ward", "FID 0 (name Phường Long Mỹ)"},
        {"bad_input_1e300_ward_abort/ward_1e300.geojson", "ward", "coordinate 1e+300"},
        {"bad_input_1e300_ward_abort/utm_1e300.gpkg", "", "coordinate 1e+300"},
        {"gpkg_flip_asan_boost_overflow/p.covplan.gpkg", "",
         "layer 'hamlets', FID 14 (name Khu vực 14): coordinate"},
        {"duplicate_ids_saved/dup.csv", "sites", "is already used by"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.file);
        const std::string path = reproducer(c.file);
        ASSERT_TRUE(fs::exists(path)) << path;
        auto info = run_covplan({"info", path});
        EXPECT_EQ(info.exit_code, 1) << info.out << info.err;
        EXPECT_NE((info.out + info.err).find(c.must_mention), std::string::npos)
            << info.out << info.err;
        EXPECT_EQ(info.err.find("terminate called"), std::string::npos) << info.err;
        if (*c.role) {
            TempDir dir;
            const std::string project = dir.file("p.covplan.gpkg");
            auto imp = run_covplan({"import", project, path, "--role", c.role});
            EXPECT_EQ(imp.exit_code, 1) << imp.out << imp.err;
            EXPECT_FALSE(fs::exists(project)) << "a refused import wrote the project";
        }
    }
}

TEST(Reproducers, ProjectsWithOverlongRasterPathsOpenWithAWarning) {
    if (covplan::test::shared_data_dir().empty()) GTEST_SKIP() << "../shared/data is absent";
    for (const char* f :
         {"gpkg_asan_eb0ce07a46/p.covplan.gpkg", "project_long_raster_path_abort/p.covplan.gpkg"}) {
        SCOPED_TRACE(f);
        auto r = run_covplan({"layers", reproducer(f)});
        EXPECT_EQ(r.exit_code, 0) << r.err;
        EXPECT_NE(r.out.find("layer 'covplan_rasters': dem raster"), std::string::npos) << r.out;
        EXPECT_NE(r.out.find("is missing"), std::string::npos);
    }
}

TEST(Reproducers, MismatchedOrTruncatedShapefilesAreRefused) {
    const std::string shared = covplan::test::shared_data_dir();
    if (shared.empty()) GTEST_SKIP() << "../shared/data is absent";
    TempDir dir;
    // The sample's khu vực .shp/.dbf with another export's .shx (README of reproducers).
    const std::string src = std::string(COVPLAN_SOURCE_DATA_DIR) + "/longmy/sources/khu_vuc";
    for (const char* ext : {".shp", ".dbf", ".prj"})
        fs::copy_file(src + ext, dir.file(std::string("kv") + ext));
    fs::copy_file(shared + "/longmy/shp/longmy_ward_2025.shx", dir.file("kv.shx"));
    auto mismatched = run_covplan({"info", dir.file("kv.shp")});
    EXPECT_EQ(mismatched.exit_code, 1);
    EXPECT_NE(mismatched.out.find("lists 1 shape(s) but the attribute table (.dbf) has 16"),
              std::string::npos)
        << mismatched.out;
    // The ward shapefile cut at 120 bytes, .shx and .dbf intact.
    {
        std::ifstream in(shared + "/longmy/shp/longmy_ward_2025.shp", std::ios::binary);
        std::string bytes(120, '\0');
        in.read(bytes.data(), 120);
        std::ofstream(dir.file("t.shp"), std::ios::binary) << bytes;
    }
    fs::copy_file(shared + "/longmy/shp/longmy_ward_2025.shx", dir.file("t.shx"));
    fs::copy_file(shared + "/longmy/shp/longmy_ward_2025.dbf", dir.file("t.dbf"));
    auto truncated = run_covplan({"info", dir.file("t.shp")});
    EXPECT_EQ(truncated.exit_code, 1);
    EXPECT_NE(truncated.out.find("the file is truncated"), std::string::npos) << truncated.out;
}

TEST(Reproducers, ImplausibleAntennaFilesAreRefusedAtImport) {
    if (covplan::test::shared_data_dir().empty()) GTEST_SKIP() << "../shared/data is absent";
    TempDir dir;
    const std::string project = dir.file("p.covplan.gpkg");
    fs::copy_file(std::string(COVPLAN_SOURCE_DATA_DIR) + "/longmy/longmy.covplan.gpkg", project);
    for (const char* msi : {"gain_huge.msi", "neg_atten.msi"})
        fs::copy_file(reproducer(std::string("msi_gain_inf_rsrp/") + msi), dir.file(msi));
    const auto before = fs::file_size(project);
    const std::pair<const char*, const char*> cases[] = {
        {"msi_gain_inf_rsrp/site_gain_huge.csv", "GAIN 1e308 dBi is outside −20 to 40 dBi"},
        {"msi_gain_inf_rsrp/site_neg_atten.csv", "attenuation -1e308 dB at 1° is outside"}};
    for (const auto& [csv, message] : cases) {
        auto r = run_covplan({"import", project, reproducer(csv), "--append"});
        EXPECT_EQ(r.exit_code, 1) << r.out;
        EXPECT_NE(r.err.find(message), std::string::npos) << r.err;
    }
    EXPECT_EQ(fs::file_size(project), before);  // nothing written
}

TEST(Reproducers, AGarbagePrjIsNamedNotTakenForAMissingOne) {
    TempDir dir;
    const std::string src = std::string(COVPLAN_SOURCE_DATA_DIR) + "/longmy/sources/khu_vuc";
    for (const char* ext : {".shp", ".shx", ".dbf", ".cpg"})
        fs::copy_file(src + ext, dir.file(std::string("kv") + ext));
    std::ofstream(dir.file("kv.prj")) << "GARBAGE[[[not a crs";
    auto r = run_covplan({"info", dir.file("kv.shp")});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.out.find("its .prj ('GARBAGE[[[not a crs') is not a coordinate reference system"),
              std::string::npos)
        << r.out;
    EXPECT_EQ(r.out.find("without .prj"), std::string::npos) << r.out;
}

// msi_valid_breaks_analyze: a valid MSI file next to the project worked for
// `coverage` only; analyze, report, map and kmz said "unknown antenna model".
TEST(Reproducers, AValidMsiFileWorksInEveryCommand) {
    if (covplan::test::shared_data_dir().empty()) GTEST_SKIP() << "../shared/data is absent";
    TempDir dir;
    const std::string sample = std::string(COVPLAN_SOURCE_DATA_DIR) + "/longmy/";
    for (const char* f :
         {"longmy.covplan.gpkg", "dem_1arcsec.tif", "landuse_10m.tif", "landuse_10m.tif.aux.xml"})
        fs::copy_file(sample + f, dir.file(f));
    for (const char* f : {"good.msi", "site_good.csv"})
        fs::copy_file(reproducer(std::string("msi_valid_breaks_analyze/") + f), dir.file(f));
    const std::string project = dir.file("longmy.covplan.gpkg");
    auto imp = run_covplan({"import", project, dir.file("site_good.csv"), "--append"});
    ASSERT_EQ(imp.exit_code, 0) << imp.err;
    const std::pair<const char*, const char*> commands[] = {
        {"analyze", "an"}, {"report", "r.pdf"}, {"map", "m.png"}, {"kmz", "k.kmz"}};
    for (const auto& [command, out] : commands) {
        SCOPED_TRACE(command);
        auto r = run_covplan({command, project, "--out", dir.file(out), "--resolution-m", "50"});
        EXPECT_EQ(r.exit_code, 0) << r.err;
        EXPECT_EQ(r.err.find("unknown antenna model"), std::string::npos) << r.err;
    }
}
