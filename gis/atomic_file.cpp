#include "gis/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <random>

namespace covplan::gis {
namespace fs = std::filesystem;
namespace {

std::string temp_prefix(const fs::path& target) {
    return "." + target.filename().string() + ".tmp-";
}

bool fsync_path(const std::string& path, int flags) {
    const int fd = ::open(path.c_str(), flags);
    if (fd < 0) return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

}  // namespace

AtomicFile::AtomicFile(std::string target_path) : m_target(std::move(target_path)) {
    fs::path target(m_target);
    std::random_device rd;
    const std::string suffix = std::to_string(::getpid()) + "-" + std::to_string(rd() % 1000000);
    // Keep the extension last: GDAL picks drivers by it (".gpkg", ".tif").
    m_temp = (target.parent_path() / (temp_prefix(target) + suffix + target.extension().string()))
                 .string();
}

AtomicFile::~AtomicFile() {
    if (m_committed) return;
    std::error_code ec;
    fs::remove(m_temp, ec);
    // SQLite/GDAL side files of the temporary.
    for (const char* side : {"-journal", "-wal", "-shm", ".aux.xml", ".ovr"})
        fs::remove(m_temp + side, ec);
}

std::expected<void, std::string> AtomicFile::commit() {
    if (!fsync_path(m_temp, O_RDONLY))
        return std::unexpected("cannot flush " + m_temp + ": " + std::strerror(errno));
    if (::rename(m_temp.c_str(), m_target.c_str()) != 0)
        return std::unexpected("cannot replace " + m_target + ": " + std::strerror(errno));
    m_committed = true;
    // GDAL keeps what a format cannot hold (category names of a GeoTIFF) in a PAM
    // side file; it belongs to the new file, and an old one would describe the old file.
    for (const char* side : {".aux.xml"}) {
        std::error_code ec;
        if (fs::exists(m_temp + side, ec))
            fs::rename(m_temp + side, m_target + side, ec);
        else
            fs::remove(m_target + side, ec);
    }
    fs::path dir = fs::path(m_target).parent_path();
    fsync_path(dir.empty() ? "." : dir.string(), O_RDONLY | O_DIRECTORY);
    return {};
}

}  // namespace covplan::gis
