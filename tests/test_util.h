#pragma once
// Helpers shared by the gis and cli tests: temporary folders, writing small vector
// files with GDAL in any format, running the covplan binary.

#include <ogrsf_frmts.h>

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace covplan::test {

//! A fresh folder under the system temp dir, removed at destruction.
class TempDir {
  public:
    TempDir();
    ~TempDir();
    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }
    [[nodiscard]] std::string file(const std::string& name) const {
        return (m_path / name).string();
    }

  private:
    std::filesystem::path m_path;
};

struct FieldValue {
    std::string name;
    std::string value;  //!< written as a string; GDAL converts for numeric fields
};

struct TestFeature {
    std::string wkt;  //!< empty for attribute-only rows
    std::vector<FieldValue> fields;
};

//! Writes one layer with GDAL. `epsg` 0 writes no CRS. Fields are strings unless
//! listed in `real_fields`. Returns false (and prints why) on failure.
bool write_vector(const std::string& path, const std::string& driver, const std::string& layer,
                  OGRwkbGeometryType type, int epsg, const std::vector<TestFeature>& features,
                  const std::vector<std::string>& real_fields = {},
                  const std::vector<std::string>& layer_options = {});

struct CommandResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

//! The bytes of a file ("" if it cannot be read).
std::string read_file(const std::string& path);

//! Field `field` of the KPI object with id `id` in a kpis.json text: the number,
//! NAN for null, 1/0 for true/false, -1 when the KPI is absent, -2 when it lacks
//! the field.
double kpi_field(const std::string& json, const std::string& id, const std::string& field);

//! Runs `covplan ARGS...` (the built binary) and captures its output.
CommandResult run_covplan(const std::vector<std::string>& args);

//! ../shared/data, or empty if it is absent.
std::string shared_data_dir();

}  // namespace covplan::test
