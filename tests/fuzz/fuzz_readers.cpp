// A deterministic mutation fuzzer for every reader a user's file goes through:
// Shapefile (.shp/.shx/.dbf), GeoJSON, KML, CSV, XLSX, MSI antenna files and the
// project GeoPackage. Seeds are the embedded sample's own files; each iteration
// mutates one (bit flips, interesting bytes, truncation, numbers replaced by 1e300,
// nan, inf, ...), writes it to a scratch folder and reads it in-process the way
// `covplan info` and `covplan import` do. Built with ASan+UBSan in CI, any memory
// error or undefined behaviour aborts; an exception escaping a reader is reported
// here as a failure (covplan's readers must turn everything into located errors).
//
//   fuzz_readers [--iterations N] [--seed S] [--keep DIR]
//
// The same seed gives the same inputs, so a failure is reproduced by its number.
#include <gdal_priv.h>
#include <gdal_utils.h>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "core/antenna/msi_file.h"
#include "core/layer_role.h"
#include "core/plan_validation.h"
#include "gis/crs.h"
#include "gis/layer_import.h"
#include "gis/project_file.h"
#include "gis/vector_dataset.h"

namespace fs = std::filesystem;
using namespace covplan;

namespace {

enum class Reader { Vector, Project, Msi };

struct Seed {
    std::string name;                   //!< file name written in the scratch folder
    std::vector<std::string> siblings;  //!< other files of the set (.shx, .dbf, ...)
    Reader reader;
    bool text;         //!< number-replacing mutations apply
    const char* role;  //!< the import role (empty: guessed, as `covplan info` does)
};

std::string read_bytes(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void write_bytes(const fs::path& p, const std::string& bytes) {
    std::ofstream(p, std::ios::binary) << bytes;
}

class Mutator {
  public:
    explicit Mutator(std::uint32_t seed) : m_rng(seed) {}

    std::string mutate(std::string s, bool text) {
        if (s.empty()) return s;
        const int rounds = 1 + pick(3);
        for (int r = 0; r < rounds; ++r) {
            switch (pick(text ? 7 : 5)) {
                case 0:  // flip bits
                    for (int i = 0, n = 1 + pick(8); i < n; ++i)
                        s[pick(s.size())] ^= static_cast<char>(1u << pick(8));
                    break;
                case 1: {  // interesting bytes
                    static const unsigned char values[] = {0x00, 0xFF, 0x7F, 0x80, 0x01, 0xFE};
                    s[pick(s.size())] = static_cast<char>(values[pick(sizeof values)]);
                    break;
                }
                case 2:  // truncate
                    s.resize(pick(s.size()));
                    if (s.empty()) s = " ";
                    break;
                case 3: {  // duplicate a chunk
                    const std::size_t at = pick(s.size());
                    const std::size_t n = std::min<std::size_t>(1 + pick(64), s.size() - at);
                    s.insert(pick(s.size()), s.substr(at, n));
                    break;
                }
                case 4: {  // 32-bit little-endian extremes (record lengths, counts)
                    if (s.size() < 8) break;
                    static const std::uint32_t words[] = {0, 0xFFFFFFFFu, 0x7FFFFFFFu, 0x80000000u,
                                                          0x00010000u};
                    const std::uint32_t w = words[pick(std::size(words))];
                    const std::size_t at = pick(s.size() - 4);
                    for (int b = 0; b < 4; ++b)
                        s[at + b] = static_cast<char>((w >> (8 * b)) & 0xFF);
                    break;
                }
                case 5:
                case 6: {  // a number in a text file replaced by an extreme
                    static const char* numbers[] = {"1e300", "-1e300", "nan",
                                                    "inf",   "-inf",   "0",
                                                    "-0",    "1e-320", "99999999999999999999",
                                                    "",      "-",      "1e308",
                                                    "NaN",   "1,5"};
                    std::size_t at = pick(s.size());
                    while (at < s.size() && !std::isdigit(static_cast<unsigned char>(s[at]))) ++at;
                    if (at >= s.size()) break;
                    std::size_t end = at;
                    while (end < s.size() &&
                           (std::isdigit(static_cast<unsigned char>(s[end])) || s[end] == '.'))
                        ++end;
                    s.replace(at, end - at, numbers[pick(std::size(numbers))]);
                    break;
                }
            }
        }
        return s;
    }

    std::size_t pick(std::size_t n) {
        return n == 0 ? 0 : std::uniform_int_distribution<std::size_t>(0, n - 1)(m_rng);
    }

  private:
    std::mt19937 m_rng;
};

//! Reads `path` as covplan's `info` and `import` would; returns false if anything
//! escaped as an exception (the readers' contract is a located error).
struct Tally {
    long read = 0;     //!< opened and read, perhaps with located issues
    long refused = 0;  //!< refused with a located error
};

bool read_like_covplan(const fs::path& path, const Seed& seed, std::string& what, Tally& tally) {
    const Reader reader = seed.reader;
    try {
        if (reader == Reader::Msi) {
            ++(core::parse_msi(read_bytes(path), path.string()) ? tally.read : tally.refused);
            return true;
        }
        if (reader == Reader::Project) {
            auto p = gis::load_project(path.string());
            if (p) (void)core::validate_plan(p->project.layers);
            ++(p ? tally.read : tally.refused);
            return true;
        }
        auto info = gis::inspect_vector_dataset(path.string());
        if (!info) {
            ++tally.refused;
            return true;
        }
        static const gis::Crs working = *gis::Crs::from_user_input("EPSG:32648");
        for (const gis::VectorLayerInfo& li : info->layers) {
            gis::LayerImportOptions opts;
            opts.path = path.string();
            opts.layer = li.name;
            if (*seed.role) opts.role = core::role_from_name(seed.role);
            auto r = gis::import_layer(opts, working);
            if (r) (void)core::validate_plan(r->features);
            ++(r && !core::has_errors(r->issues) ? tally.read : tally.refused);
        }
        return true;
    } catch (const std::exception& e) {
        what = e.what();
    } catch (...) {
        what = "an exception of unknown type";
    }
    return false;
}

std::string option(int argc, char** argv, const std::string& name, const std::string& fallback) {
    for (int i = 1; i + 1 < argc; ++i)
        if (argv[i] == "--" + name) return argv[i + 1];
    return fallback;
}

}  // namespace

int main(int argc, char** argv) {
    const long iterations =
        std::strtol(option(argc, argv, "iterations", "300").c_str(), nullptr, 10);
    const auto seed = static_cast<std::uint32_t>(
        std::strtoul(option(argc, argv, "seed", "20261201").c_str(), nullptr, 10));
    const fs::path data = fs::path(COVPLAN_SOURCE_DATA_DIR) / "longmy";
    const fs::path sources = data / "sources";
    const fs::path scratch =
        option(argc, argv, "keep", "").empty()
            ? fs::temp_directory_path() / ("covplan-fuzz-" + std::to_string(::getpid()))
            : fs::path(option(argc, argv, "keep", ""));
    fs::create_directories(scratch);
    GDALAllRegister();
    CPLSetErrorHandler(CPLQuietErrorHandler);  // GDAL's remarks on broken files are expected

    // The seeds; an XLSX made from the site sheet with GDAL's own writer.
    std::vector<std::pair<Seed, std::vector<std::string>>> seeds;  // seed, contents
    auto add = [&](Seed s, const std::vector<fs::path>& files) {
        std::vector<std::string> contents;
        for (const fs::path& f : files) contents.push_back(read_bytes(f));
        if (contents.empty() || contents.front().empty()) {
            std::cerr << "fuzz_readers: seed " << s.name << " is missing\n";
            std::exit(2);
        }
        seeds.emplace_back(std::move(s), std::move(contents));
    };
    add({"khu_vuc.shp", {"khu_vuc.shx", "khu_vuc.dbf", "khu_vuc.prj"}, Reader::Vector, false, ""},
        {sources / "khu_vuc.shp", sources / "khu_vuc.shx", sources / "khu_vuc.dbf",
         sources / "khu_vuc.prj"});
    add({"ward.geojson", {}, Reader::Vector, true, ""}, {sources / "ward.geojson"});
    add({"khu_uu_tien.geojson", {}, Reader::Vector, true, "poi"},
        {sources / "khu_uu_tien.geojson"});
    add({"diem_uu_tien.kml", {}, Reader::Vector, true, ""}, {sources / "diem_uu_tien.kml"});
    add({"tram_bts.csv", {}, Reader::Vector, true, ""}, {sources / "tram_bts_hien_huu.csv"});
    {
        const fs::path xlsx = scratch / "seed.xlsx";
        GDALDatasetH src = GDALOpenEx((sources / "tram_bts_hien_huu.csv").c_str(), GDAL_OF_VECTOR,
                                      nullptr, nullptr, nullptr);
        const char* args[] = {"-f", "XLSX", nullptr};
        GDALVectorTranslateOptions* o =
            GDALVectorTranslateOptionsNew(const_cast<char**>(args), nullptr);
        GDALDatasetH out =
            src ? GDALVectorTranslate(xlsx.c_str(), nullptr, 1, &src, o, nullptr) : nullptr;
        GDALVectorTranslateOptionsFree(o);
        if (out) GDALClose(out);
        if (src) GDALClose(src);
        add({"tram_bts.xlsx", {}, Reader::Vector, false, ""}, {xlsx});
    }
    {
        // An MSI file as an operator's antenna library holds it.
        std::ostringstream msi;
        msi << "NAME covplan-fuzz\nFREQUENCY 1842\nGAIN 17.5 dBi\nTILT ELECTRICAL\nHORIZONTAL "
               "360\n";
        for (int a = 0; a < 360; ++a)
            msi << a << " " << (a < 180 ? a / 6.0 : (360 - a) / 6.0) << "\n";
        msi << "VERTICAL 360\n";
        for (int a = 0; a < 360; ++a)
            msi << a << " " << (a < 180 ? a / 4.0 : (360 - a) / 4.0) << "\n";
        write_bytes(scratch / "seed.msi", msi.str());
        add({"antenna.msi", {}, Reader::Msi, true, ""}, {scratch / "seed.msi"});
    }
    add({"p.covplan.gpkg", {}, Reader::Project, false, ""}, {data / "longmy.covplan.gpkg"});

    // Each seed must read cleanly as it is, or the mutations test nothing.
    auto write_case = [&](const fs::path& dir, const Seed& s,
                          const std::vector<std::string>& contents, std::size_t victim,
                          Mutator* mutator) {
        fs::remove_all(dir);
        fs::create_directories(dir);
        for (std::size_t f = 0; f < contents.size(); ++f) {
            const fs::path p = f == 0 ? dir / s.name
                                      : dir / (fs::path(s.name).stem().string() +
                                               fs::path(s.siblings[f - 1]).extension().string());
            write_bytes(
                p, mutator && f == victim ? mutator->mutate(contents[f], s.text) : contents[f]);
        }
        return dir / s.name;
    };
    for (const auto& [s, contents] : seeds) {
        Tally t;
        std::string what;
        const fs::path p = write_case(scratch / "seed-check", s, contents, 0, nullptr);
        if (!read_like_covplan(p, s, what, t) || t.refused > 0 || t.read == 0) {
            std::cerr << "fuzz_readers: the unmutated seed " << s.name
                      << " does not read cleanly: " << what << "\n";
            return 2;
        }
    }
    fs::remove_all(scratch / "seed-check");

    Mutator mutator(seed);
    long failures = 0;
    Tally tally;
    std::vector<Tally> by_seed(seeds.size());
    for (long i = 0; i < iterations; ++i) {
        const auto& [s, contents] = seeds[static_cast<std::size_t>(i) % seeds.size()];
        const fs::path dir = scratch / ("case-" + std::to_string(i % 8));
        // One file of a set is mutated (the .shx, say), the others stay intact.
        const std::size_t victim = mutator.pick(contents.size());
        const fs::path main = write_case(dir, s, contents, victim, &mutator);
        std::string what;
        Tally& mine = by_seed[static_cast<std::size_t>(i) % seeds.size()];
        const Tally before = mine;
        const bool ok = read_like_covplan(main, s, what, mine);
        tally.read += mine.read - before.read;
        tally.refused += mine.refused - before.refused;
        if (!ok) {
            ++failures;
            const fs::path kept = scratch / ("failure-" + std::to_string(i));
            fs::copy(dir, kept, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
            std::cerr << "fuzz_readers: iteration " << i << " (" << s.name
                      << "): exception escaped: " << what << "; input kept in " << kept << "\n";
        }
    }
    for (int k = 0; k < 8; ++k) fs::remove_all(scratch / ("case-" + std::to_string(k)));
    if (failures == 0 && option(argc, argv, "keep", "").empty()) fs::remove_all(scratch);
    std::printf(
        "fuzz_readers: %ld inputs (seed %u) over %zu readers: %ld layer(s) read, %ld refused "
        "with a located error, %ld failure(s)\n",
        iterations, seed, seeds.size(), tally.read, tally.refused, failures);
    for (std::size_t k = 0; k < seeds.size(); ++k)
        std::printf("  %-20s %5ld read, %5ld refused\n", seeds[k].first.name.c_str(),
                    by_seed[k].read, by_seed[k].refused);
    return failures == 0 ? 0 : 1;
}
