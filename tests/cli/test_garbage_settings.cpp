// The garbage settings of the issue-12 campaign (each was "saved", exit 0, and then
// gave plausible nonsense): refused by `covplan settings`, and refused on load when
// written into the project by another program (sqlite3, QGIS's attribute table).
#include <gdal_priv.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/second_ward.h"
#include "tests/test_util.h"

using covplan::test::run_covplan;
using covplan::test::TempDir;
namespace fs = std::filesystem;

namespace {

struct Garbage {
    const char* key;
    const char* value;
};

// Non-finite, out of range, not a number, of the wrong type.
constexpr Garbage kGarbage[] = {
    {"resolution_m", "inf"},
    {"resolution_m", "0.001"},
    {"resolution_m", "1e308"},
    {"resolution_m", "-10"},
    {"resolution_m", "ten"},
    {"resolution_m", ""},
    {"receiver_height_m", "nan"},
    {"receiver_height_m", "-1.5"},
    {"interference_load", "nan"},
    {"interference_load", "1.5"},
    {"noise_figure_db", "nan"},
    {"noise_figure_db", "-inf"},
    {"rsrp_threshold_4g_dbm", "inf"},
    {"rsrp_threshold_5g_dbm", "nan"},
    {"rsrp_threshold_5g_dbm", "-10"},
    {"sinr_floor_db", "nan"},
    {"rsrp_floor_dbm", "nan"},
    {"max_radius_m", "1e308"},
    {"max_radius_m", "0"},
    {"fiber_drop_reach_m", "-5"},
    {"fiber_drop_reach_m", "nan"},
    {"propagation_model", "okumura"},
    {"environment", "desert"},
    {"terrain_diffraction", "maybe"},
    {"target.population_5g_share", "nan"},
    {"target.population_5g_share", "1.5"},
    {"target.ratio_5g_to_4g_sites", "-1"},
    {"target.population_5g_year", "20300"},
    {"target.fiber_year", "abc"},
    {"local_crs", "EPSG:999999"},
};

}  // namespace

TEST(GarbageSettings, RefusedBySettingsAndOnLoadOnTheSecondWard) {
    TempDir dir;
    std::string why;
    auto ward = covplan::test::make_second_ward(dir, why);
    if (!ward) GTEST_SKIP() << why;
    const std::string original = covplan::test::read_file(ward->project);
    for (const Garbage& g : kGarbage) {
        const std::string item = std::string(g.key) + "=" + g.value;
        SCOPED_TRACE(item);
        auto r = run_covplan({"settings", ward->project, item});
        EXPECT_EQ(r.exit_code, 1) << r.out;
        EXPECT_NE(r.err.find(g.key), std::string::npos)
            << "the refusal names the setting: " << r.err;
        EXPECT_TRUE(covplan::test::read_file(ward->project) == original)
            << "a refused setting changed the project";

        // The same value written straight into the project's settings table.
        const std::string edited = dir.file("edited.covplan.gpkg");
        fs::copy_file(ward->project, edited, fs::copy_options::overwrite_existing);
        {
            GDALAllRegister();
            GDALDatasetUniquePtr ds(GDALDataset::Open(
                edited.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr));
            ASSERT_TRUE(ds);
            const std::string sql = std::string("UPDATE covplan_settings SET value = '") + g.value +
                                    "' WHERE key = '" + g.key + "'";
            ds->ExecuteSQL(sql.c_str(), nullptr, nullptr);
            // Keys a project may not hold yet are added.
            const std::string insert =
                std::string("INSERT INTO covplan_settings (key, value) SELECT '") + g.key + "', '" +
                g.value + "' WHERE NOT EXISTS (SELECT 1 FROM covplan_settings WHERE key = '" +
                g.key + "')";
            ds->ExecuteSQL(insert.c_str(), nullptr, nullptr);
        }
        auto loaded = run_covplan({"analyze", edited, "--out", dir.file("an")});
        EXPECT_EQ(loaded.exit_code, 1) << loaded.out;
        EXPECT_NE(loaded.err.find(g.key), std::string::npos) << loaded.err;
        EXPECT_FALSE(fs::exists(dir.file("an/kpis.json")));
    }
}
