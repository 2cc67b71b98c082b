// `covplan itm` against NTIA's published driver outputs, and `covplan profile` on the
// second ward (Long Bình) over synthetic DEMs whose answer is known: a flat plain
// (the closed form of the clearance) and a single ridge (P.526's knife edge).

#include <gdal_priv.h>
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "core/propagation/knife_edge.h"
#include "tests/second_ward.h"
#include "tests/test_util.h"

using covplan::test::read_file;
using covplan::test::run_covplan;
using covplan::test::TempDir;

namespace {

const std::string kItm = std::string(COVPLAN_TEST_DATA_DIR) + "/itm/";

void write_text(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

// A WGS 84 Float32 GeoTIFF over Long Bình, 0.0003° pixels (~33 m).
void write_dem(const std::string& path, const std::function<float(double lon, double lat)>& z) {
    GDALAllRegister();
    const double west = 105.55, north = 9.78, px = 0.0003;
    const int cols = 300, rows = 300;
    GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GTiff")->Create(
        path.c_str(), cols, rows, 1, GDT_Float32, nullptr));
    ASSERT_TRUE(ds);
    double gt[6] = {west, px, 0, north, 0, -px};
    ds->SetGeoTransform(gt);
    OGRSpatialReference srs;
    srs.importFromEPSG(4326);
    ds->SetSpatialRef(&srs);
    std::vector<float> v(static_cast<std::size_t>(cols) * rows);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            v[static_cast<std::size_t>(r) * cols + c] =
                z(west + (c + 0.5) * px, north - (r + 0.5) * px);
    ASSERT_EQ(ds->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, cols, rows, v.data(), cols, rows,
                                             GDT_Float32, 0, 0, nullptr),
              CE_None);
}

std::vector<std::vector<double>> read_profile_csv(const std::string& path) {
    std::string text = read_file(path);
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
    std::istringstream in(text);
    std::string line;
    std::getline(in, line);  // header
    std::vector<std::vector<double>> rows;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        std::vector<double> row;
        std::istringstream ss(line);
        std::string cell;
        while (std::getline(ss, cell, ',')) row.push_back(std::stod(cell));
        rows.push_back(row);
    }
    return rows;
}

// A number after "key": in a JSON text (first occurrence after `after`).
double json_number(const std::string& json, const std::string& key, const std::string& after = "") {
    std::size_t from = after.empty() ? 0 : json.find(after);
    if (from == std::string::npos) return NAN;
    const auto k = json.find("\"" + key + "\":", from);
    if (k == std::string::npos) return NAN;
    return std::stod(json.substr(k + key.size() + 3));
}

}  // namespace

// NTIA cmd_examples/o_p2ptls.txt, o_p2pcr.txt: 114.5 dB; o_areatls.txt: 134.5 dB;
// o_areacr.txt: 118.3 dB.
TEST(ItmCommand, NtiaDriverExamplesGiveThePublishedLoss) {
    struct Case {
        std::vector<std::string> args;
        double expected_db;
    };
    const Case cases[] = {
        {{"--mode", "p2p", "--input", kItm + "i_p2ptls.txt", "--terrain", kItm + "pfl.txt"}, 114.5},
        {{"--mode", "p2p", "--input", kItm + "i_p2pcr.txt", "--terrain", kItm + "pfl.txt"}, 114.5},
        {{"--mode", "area", "--input", kItm + "i_areatls.txt"}, 134.5},
        {{"--mode", "area", "--input", kItm + "i_areacr.txt"}, 118.3},
    };
    for (const Case& c : cases) {
        std::vector<std::string> args{"itm"};
        args.insert(args.end(), c.args.begin(), c.args.end());
        const auto r = run_covplan(args);
        ASSERT_EQ(r.exit_code, 0) << r.err;
        EXPECT_NEAR(std::stod(r.out), c.expected_db, 0.1) << c.args[3];
        EXPECT_EQ(r.out.find('\n'), r.out.size() - 1) << "one number: " << r.out;
    }
    const auto v = run_covplan({"itm", "--mode", "p2p", "--input", kItm + "i_p2ptls.txt",
                                "--terrain", kItm + "pfl.txt", "--verbose"});
    ASSERT_EQ(v.exit_code, 0) << v.err;
    EXPECT_NE(v.out.find("delta_h__meter           3.2"), std::string::npos) << v.out;
    EXPECT_NE(v.out.find("N_s                      251.5"), std::string::npos) << v.out;
    EXPECT_NE(v.out.find("mode_of_propagation      1 (line of sight)"), std::string::npos);
}

// NTIA cmd_examples/o_areacr_tbl.txt: distances 10-100 km by 10, 200-1000 by 100,
// confidence 50/75/90 at reliability 90: 57 rows; 300 km, 75 %: 247.2 dB.
TEST(ItmCommand, AreaTableWithNtiaDistanceRange) {
    const auto r = run_covplan({"itm", "--mode", "area", "--input", kItm + "i_areacr_tbl.txt"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::istringstream in(r.out);
    std::string line;
    std::getline(in, line);
    EXPECT_EQ(line, "d__km,reliability,confidence,A__db");
    int rows = 0;
    double at_300_75 = NAN;
    while (std::getline(in, line)) {
        ++rows;
        if (line.rfind("300,90,75,", 0) == 0) at_300_75 = std::stod(line.substr(10));
    }
    EXPECT_EQ(rows, 19 * 3);
    EXPECT_NEAR(at_300_75, 247.2, 0.1);
}

TEST(ItmCommand, BadInputsNameTheFileAndItmsError) {
    TempDir dir;
    std::string text = read_file(kItm + "i_areatls.txt");
    const auto f = text.find("f__mhz,3500");
    ASSERT_NE(f, std::string::npos);
    write_text(dir.file("freq.txt"), std::string(text).replace(f, 11, "f__mhz,30000"));
    auto r = run_covplan({"itm", "--mode", "area", "--input", dir.file("freq.txt")});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find("ITM error 1009: Frequency is out of range"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("freq.txt"), std::string::npos);
    EXPECT_TRUE(r.out.empty());

    write_text(dir.file("typo.txt"), "h_tx__meter,15\nh_rx_meter,3\n");
    r = run_covplan({"itm", "--mode", "area", "--input", dir.file("typo.txt")});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find("line 2: unknown key 'h_rx_meter'"), std::string::npos) << r.err;

    write_text(dir.file("short.pfl"), "10,30,1,2,3");
    r = run_covplan({"itm", "--mode", "p2p", "--input", kItm + "i_p2ptls.txt", "--terrain",
                     dir.file("short.pfl")});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find("short.pfl: 10 intervals need 11 elevations, the line has 3"),
              std::string::npos)
        << r.err;

    r = run_covplan({"itm", "--mode", "p2p", "--input", kItm + "i_p2ptls.txt"});
    EXPECT_EQ(r.exit_code, 2);  // no terrain
    // Near the limits: the loss, and NTIA's warning on stderr.
    text = read_file(kItm + "i_areatls.txt");
    write_text(dir.file("near.txt"),
               std::string(text).replace(text.find("d__km,10"), 8, "d__km,0.5"));
    r = run_covplan({"itm", "--mode", "area", "--input", dir.file("near.txt")});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("warning: Path distance is small"), std::string::npos) << r.err;
}

class ProfileOnSecondWard : public ::testing::Test {
  protected:
    void SetUp() override {
        std::string why;
        ward = covplan::test::make_second_ward(dir, why);
        if (!ward) GTEST_SKIP() << why;
    }
    void add_dem(const std::function<float(double, double)>& z) {
        write_dem(dir.file("dem.tif"), z);
        const auto r = run_covplan({"add-raster", ward->project, "--dem", dir.file("dem.tif")});
        ASSERT_EQ(r.exit_code, 0) << r.err;
    }
    TempDir dir;
    std::optional<covplan::test::SecondWard> ward;
};

// A flat plain at 2 m: clearance = line of sight - ground - d1·d2/(2kR) at every
// sample, to 0.05 m (the bound); F1 clearance subtracts sqrt(λ d1 d2 / d).
TEST_F(ProfileOnSecondWard, FlatDemClearanceIsTheClosedForm) {
    add_dem([](double, double) { return 2.0f; });
    // From LBH-VTL-01 (36 m, 1800 MHz B3 in the sheet) 2.4 km north.
    const auto r =
        run_covplan({"profile", ward->project, "--from", "LBH-VTL-01", "--to", "105.5870,9.7500",
                     "--rx-height-m", "10", "--out", dir.file("p"), "--lang", "en"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto rows = read_profile_csv(dir.file("p/profile.csv"));
    ASSERT_GT(rows.size(), 100u);
    const std::string json = read_file(dir.file("p/profile.json"));
    const double freq = json_number(json, "freq_mhz");
    const double h_tx = json_number(json, "antenna_height_m", "\"from\"");
    EXPECT_DOUBLE_EQ(h_tx, 36.0);
    const double length = rows.back()[0];
    const double lambda = 299.792458 / freq, k = 4.0 / 3.0, R = 6371000.0;
    for (const auto& row : rows) {
        const double d1 = row[0], d2 = length - d1;
        const double los = 2.0 + 36.0 + (10.0 - 36.0) * d1 / length;
        const double bulge = d1 * d2 / (2 * k * R);
        const double f1 = std::sqrt(lambda * d1 * std::max(0.0, d2) / length);
        EXPECT_NEAR(row[1], 2.0, 1e-3);
        EXPECT_NEAR(row[5], los - 2.0 - bulge, 0.05) << "at " << d1 << " m";
        EXPECT_NEAR(row[6], los - 2.0 - bulge - f1, 0.05) << "at " << d1 << " m";
    }
    EXPECT_NE(json.find("\"line_of_sight\": true"), std::string::npos);
    EXPECT_NE(json.find("\"model\": \"itm\""), std::string::npos);
    // The PNG reopens (GDAL's PNG driver) at the drawing's size.
    GDALDatasetUniquePtr png(GDALDataset::Open(dir.file("p/profile.png").c_str(), GDAL_OF_RASTER));
    ASSERT_TRUE(png);
    EXPECT_EQ(png->GetRasterXSize(), 1400);
    EXPECT_EQ(png->GetRasterYSize(), 800);
}

// A ridge across the path: the line of sight is blocked there, and the Deygout loss is
// P.526-15's J(nu) with nu = h sqrt(2/λ (1/d1 + 1/d2)) = -sqrt(2) · clearance / F1 at
// the ridge's top (one edge: the slopes beside it lie far below).
TEST_F(ProfileOnSecondWard, RidgeBlocksTheLineOfSightWithP526Loss) {
    // One DEM row (centre 9.73965° N) raised: a ridge 33 m wide, a triangle once
    // interpolated, so it acts as one knife edge (a plateau would add Deygout side edges).
    add_dem([](double, double lat) { return std::abs(lat - 9.73965) < 0.0001 ? 45.0f : 2.0f; });
    const auto r = run_covplan({"profile", ward->project, "--from", "LBH-VTL-01", "--to",
                                "105.5870,9.7500", "--rx-height-m", "10", "--out", dir.file("p")});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const std::string json = read_file(dir.file("p/profile.json"));
    EXPECT_NE(json.find("\"line_of_sight\": false"), std::string::npos) << json;
    EXPECT_NE(json.find("\"blocks_line_of_sight\": true"), std::string::npos);
    const double ratio = json_number(json, "f1_ratio", "\"obstructions\"");
    const double peak_m = json_number(json, "peak_distance_m", "\"obstructions\"");
    ASSERT_LT(ratio, 0.0);
    // The ridge at 9.73965° N: about 1.2 km north of the site at 9.7287° N.
    EXPECT_NEAR(peak_m, (9.73965 - 9.7287) * 110574.0, 30.0);
    const double nu = -std::sqrt(2.0) * ratio;
    const double deygout = json_number(json, "excess_db", "\"model\": \"deygout\"");
    EXPECT_NEAR(deygout, covplan::core::knife_edge_loss_exact_db(nu), 0.1);
    EXPECT_GT(deygout, 10.0);
    // profile.png in Vietnamese by default (the project's language).
    EXPECT_GT(read_file(dir.file("p/profile.png")).size(), 10000u);
}

TEST_F(ProfileOnSecondWard, BadEndsAreClearErrors) {
    auto r = run_covplan({"profile", ward->project, "--from", "NO-SUCH-SITE", "--to",
                          "105.5870,9.7500", "--out", dir.file("p")});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find("'NO-SUCH-SITE' is neither a site id of the project"), std::string::npos)
        << r.err;
    r = run_covplan({"profile", ward->project, "--from", "LBH-VTL-01", "--to", "115.0,9.7", "--out",
                     dir.file("p")});
    EXPECT_EQ(r.exit_code, 1);  // > 1,000 km: not a ward's path
    EXPECT_NE(r.err.find("covplan draws profiles up to 300 km"), std::string::npos) << r.err;
    r = run_covplan({"profile", ward->project, "--from", "LBH-VTL-01", "--to", "105.5870,9.7500",
                     "--k", "0", "--out", dir.file("p")});
    EXPECT_EQ(r.exit_code, 2);
    // No DEM: flat ground with a warning, never a silent zero.
    r = run_covplan({"profile", ward->project, "--from", "LBH-VTL-01", "--to", "105.5870,9.7500",
                     "--out", dir.file("p")});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("the project has no DEM"), std::string::npos);
    // A DEM that stops short of the far end: an error naming the DEM and the distance.
    write_dem(dir.file("dem.tif"),
              [](double, double lat) { return lat > 9.745 ? -9999.0f : 2.0f; });
    {
        GDALDatasetUniquePtr ds(GDALDataset::Open(dir.file("dem.tif").c_str(), GDAL_OF_UPDATE));
        ds->GetRasterBand(1)->SetNoDataValue(-9999.0);
    }
    ASSERT_EQ(run_covplan({"add-raster", ward->project, "--dem", dir.file("dem.tif")}).exit_code,
              0);
    r = run_covplan({"profile", ward->project, "--from", "LBH-VTL-01", "--to", "105.5870,9.7500",
                     "--out", dir.file("p")});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find("dem.tif: no height"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("the DEM does not cover the whole path"), std::string::npos);
}

// Peers' terrain through GDAL: Signal-Server's LIDAR tiles are ESRI ASCII grids, SPLAT!
// and Signal-Server start from SRTM .hgt tiles. A north-rising ramp written in each
// gives the profile the same heights as the GeoTIFF.
TEST_F(ProfileOnSecondWard, EsriAsciiGridAndSrtmHgtGiveTheSameTerrain) {
    const auto ramp = [](double, double lat) {
        return static_cast<float>(2.0 + 400.0 * (lat - 9.70));
    };
    write_dem(dir.file("dem.tif"), ramp);
    GDALAllRegister();
    GDALDatasetUniquePtr tif(GDALDataset::Open(dir.file("dem.tif").c_str(), GDAL_OF_RASTER));
    ASSERT_TRUE(tif);
    // ESRI ASCII grid (AAIGrid), without a .prj: the CRS is assigned at add-raster.
    {
        const char* opts[] = {"DECIMAL_PRECISION=3", nullptr};
        GDALDatasetUniquePtr asc(GetGDALDriverManager()->GetDriverByName("AAIGrid")->CreateCopy(
            dir.file("dem.asc").c_str(), tif.get(), FALSE, const_cast<char**>(opts), nullptr,
            nullptr));
        ASSERT_TRUE(asc);
    }
    std::filesystem::remove(dir.file("dem.prj"));
    // SRTM 3-arcsecond tile N09E105.hgt (1201 x 1201 Int16, metres).
    {
        GDALDatasetUniquePtr mem(GetGDALDriverManager()->GetDriverByName("MEM")->Create(
            "", 1201, 1201, 1, GDT_Int16, nullptr));
        const double step = 1.0 / 1200.0;
        double gt[6] = {105.0 - step / 2, step, 0, 10.0 + step / 2, 0, -step};
        mem->SetGeoTransform(gt);
        OGRSpatialReference srs;
        srs.importFromEPSG(4326);
        mem->SetSpatialRef(&srs);
        std::vector<std::int16_t> z(1201 * 1201);
        for (int r = 0; r < 1201; ++r)
            for (int c = 0; c < 1201; ++c)
                z[static_cast<std::size_t>(r) * 1201 + c] =
                    static_cast<std::int16_t>(std::lround(ramp(0, 10.0 - r * step)));
        ASSERT_EQ(mem->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, 1201, 1201, z.data(), 1201, 1201,
                                                  GDT_Int16, 0, 0, nullptr),
                  CE_None);
        GDALDatasetUniquePtr hgt(GetGDALDriverManager()->GetDriverByName("SRTMHGT")->CreateCopy(
            dir.file("N09E105.hgt").c_str(), mem.get(), FALSE, nullptr, nullptr, nullptr));
        ASSERT_TRUE(hgt);
    }
    std::vector<std::vector<double>> profiles[3];
    const std::vector<std::vector<std::string>> adds = {
        {"add-raster", ward->project, "--dem", dir.file("dem.tif")},
        {"add-raster", ward->project, "--dem", dir.file("dem.asc"), "--assign-crs", "EPSG:4326"},
        {"add-raster", ward->project, "--dem", dir.file("N09E105.hgt")}};
    for (int i = 0; i < 3; ++i) {
        auto a = run_covplan(adds[i]);
        ASSERT_EQ(a.exit_code, 0) << a.err;
        const auto r = run_covplan({"profile", ward->project, "--from", "LBH-VTL-01", "--to",
                                    "105.5870,9.7500", "--out", dir.file("p" + std::to_string(i))});
        ASSERT_EQ(r.exit_code, 0) << r.err;
        profiles[i] = read_profile_csv(dir.file("p" + std::to_string(i) + "/profile.csv"));
    }
    ASSERT_EQ(profiles[1].size(), profiles[0].size());
    ASSERT_EQ(profiles[2].size(), profiles[0].size());
    for (std::size_t k = 0; k < profiles[0].size(); ++k) {
        // The ramp rises 3.6 m per km north (400 m per degree): 13.5 m to 22 m here.
        EXPECT_NEAR(profiles[1][k][1], profiles[0][k][1], 0.01)
            << "ASCII grid at " << profiles[0][k][0];
        EXPECT_NEAR(profiles[2][k][1], profiles[0][k][1], 0.6)
            << "SRTM (whole metres) at " << profiles[0][k][0];
    }
    EXPECT_NEAR(profiles[0].front()[1], 2.0 + 400.0 * (9.7287 - 9.70), 0.3);
}

// ITM through the whole pipeline on the second ward: the settings select it, the
// coverage run names it per cell with its inputs, and over a ridge the ITM raster
// loses more behind it than in front.
TEST_F(ProfileOnSecondWard, CoverageWithItmOverTheDem) {
    add_dem([](double, double lat) { return std::abs(lat - 9.73965) < 0.0001 ? 45.0f : 2.0f; });
    auto s = run_covplan(
        {"settings", ward->project, "propagation_model=itm", "itm.climate=1", "itm.n0=360"});
    ASSERT_EQ(s.exit_code, 0) << s.err;
    s = run_covplan({"settings", ward->project, "itm.mdvar=7"});
    EXPECT_EQ(s.exit_code, 1);
    EXPECT_NE(s.err.find("itm.mdvar"), std::string::npos) << s.err;
    const auto r =
        run_covplan({"coverage", ward->project, "--out", dir.file("cov"), "--resolution-m", "30"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const std::string json = read_file(dir.file("cov/coverage.json"));
    EXPECT_NE(json.find("\"model_id\": \"itm\""), std::string::npos);
    EXPECT_NE(json.find("\"climate_name\": \"Equatorial\""), std::string::npos);
    // `covplan point` just south and just north of the ridge, 1.1 km and 1.35 km north of
    // LBH-VTL-01: ITM's terrain loss shows behind it only.
    const auto south = run_covplan({"point", ward->project, "--lon", "105.5870", "--lat", "9.7387",
                                    "--resolution-m", "30", "--json"});
    const auto north = run_covplan({"point", ward->project, "--lon", "105.5870", "--lat", "9.7410",
                                    "--resolution-m", "30", "--json"});
    ASSERT_EQ(south.exit_code, 0) << south.err;
    ASSERT_EQ(north.exit_code, 0) << north.err;
    const auto terrain_of = [](const std::string& j) {
        const auto cell = j.find("\"id\": \"LBH-VTL-01");
        return json_number(j.substr(cell), "terrain_loss_db");
    };
    EXPECT_GT(terrain_of(north.out), terrain_of(south.out) + 6.0) << north.out;
}
