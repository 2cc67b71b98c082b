#include "gis/antenna_files.h"

#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "core/antenna/msi_file.h"

namespace fs = std::filesystem;

namespace covplan::gis {

namespace {

std::string extension(const std::string& name) {
    std::string ext = fs::path(name).extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

std::expected<std::string, std::string> slurp(const fs::path& path) {
    std::ifstream f(path, std::ios::binary);
    if (!f) return std::unexpected("antenna file " + path.string() + " cannot be read");
    return std::string((std::istreambuf_iterator<char>(f)), {});
}

}  // namespace

bool is_antenna_file_name(const std::string& name) {
    const std::string ext = extension(name);
    return ext == ".msi" || ext == ".pat" || ext == ".txt" || ext == ".az" || ext == ".adf";
}

std::expected<core::ReadPattern, std::string> read_antenna_file(const std::string& path) {
    auto text = slurp(path);
    if (!text) return std::unexpected(text.error());
    const std::string ext = extension(path);
    if (ext == ".adf") return core::parse_nsma(*text, path);
    if (ext == ".az") {
        // The elevation pattern is the .el file of the same name, when there is one.
        fs::path el = fs::path(path).replace_extension(".el");
        if (!fs::exists(el)) el = fs::path(path).replace_extension(".EL");
        std::string el_text;
        if (fs::exists(el)) {
            auto e = slurp(el);
            if (!e) return std::unexpected(e.error());
            el_text = std::move(*e);
        }
        return core::parse_splat_pattern(*text, el_text, path);
    }
    auto msi = core::parse_msi(*text, path);
    if (!msi) return std::unexpected(msi.error());
    return core::ReadPattern{std::move(*msi), {}};
}

}  // namespace covplan::gis
