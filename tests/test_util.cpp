#include "tests/test_util.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>

#include "gis/gdal_errors.h"

namespace covplan::test {
namespace fs = std::filesystem;

TempDir::TempDir() {
    std::random_device rd;
    m_path = fs::temp_directory_path() /
             ("covplan-test-" + std::to_string(::getpid()) + "-" + std::to_string(rd()));
    fs::create_directories(m_path);
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::remove_all(m_path, ec);
}

bool write_vector(const std::string& path, const std::string& driver_name,
                  const std::string& layer_name, OGRwkbGeometryType type, int epsg,
                  const std::vector<TestFeature>& features,
                  const std::vector<std::string>& real_fields,
                  const std::vector<std::string>& layer_options) {
    gis::ensure_gdal_registered();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driver_name.c_str());
    if (!driver) {
        std::cerr << "no GDAL driver " << driver_name << "\n";
        return false;
    }
    GDALDatasetUniquePtr ds(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds) {
        std::cerr << "cannot create " << path << "\n";
        return false;
    }
    OGRSpatialReference srs;
    if (epsg) {
        srs.importFromEPSG(epsg);
        srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    }
    CPLStringList opts;
    for (const auto& o : layer_options) opts.AddString(o.c_str());
    OGRLayer* layer = ds->CreateLayer(layer_name.c_str(), epsg ? &srs : nullptr, type, opts.List());
    if (!layer) return false;
    std::vector<std::string> names;
    for (const auto& f : features)
        for (const auto& fv : f.fields)
            if (std::find(names.begin(), names.end(), fv.name) == names.end())
                names.push_back(fv.name);
    for (const auto& n : names) {
        const bool real = std::find(real_fields.begin(), real_fields.end(), n) != real_fields.end();
        OGRFieldDefn defn(n.c_str(), real ? OFTReal : OFTString);
        if (!real) defn.SetWidth(80);
        if (layer->CreateField(&defn) != OGRERR_NONE) return false;
    }
    for (const auto& tf : features) {
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        for (const auto& fv : tf.fields) f->SetField(fv.name.c_str(), fv.value.c_str());
        if (!tf.wkt.empty()) {
            OGRGeometry* g = nullptr;
            if (OGRGeometryFactory::createFromWkt(tf.wkt.c_str(), nullptr, &g) != OGRERR_NONE)
                return false;
            f->SetGeometryDirectly(g);
        }
        if (layer->CreateFeature(f.get()) != OGRERR_NONE) return false;
    }
    return true;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

double kpi_field(const std::string& json, const std::string& id, const std::string& field) {
    const auto at = json.find("\"id\": \"" + id + "\"");
    if (at == std::string::npos) return -1;
    const auto v = json.find("\"" + field + "\": ", at);
    if (v == std::string::npos || v > json.find('}', at)) return -2;
    const std::string rest = json.substr(v + field.size() + 4, 12);
    if (rest.starts_with("null")) return NAN;
    if (rest.starts_with("true")) return 1;
    if (rest.starts_with("false")) return 0;
    return std::stod(rest);
}

CommandResult run_covplan(const std::vector<std::string>& args) {
    TempDir tmp;
    // A covplan that hangs ends as a failure with exit code 124 naming this command,
    // not as the whole test killed at ctest's limit with nothing said.
    std::string cmd = std::string("timeout -k 10 400 '") + COVPLAN_CLI + "'";
    for (const auto& a : args) {
        std::string quoted = "'";
        for (char c : a) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
        cmd += " " + quoted + "'";
    }
    const std::string out = tmp.file("out"), err = tmp.file("err");
    cmd += " >'" + out + "' 2>'" + err + "'";
    const int status = std::system(cmd.c_str());
    CommandResult r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = read_file(out);
    r.err = read_file(err);
    if (r.exit_code == 124) r.err += "\n[test] covplan timed out after 400 s: " + cmd;
    return r;
}

std::string shared_data_dir() {
    const fs::path p = COVPLAN_SHARED_DATA_DIR;
    return fs::exists(p / "longmy" / "PROVENANCE.md") ? p.string() : std::string();
}

}  // namespace covplan::test
