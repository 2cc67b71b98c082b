#include "gis/atomic_file.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <random>

namespace covplan::gis {
namespace fs = std::filesystem;
namespace {

// ".k_xlsx.tmp-PID-N.xlsx": no dot of the target's own name inside it, because GDAL's
// /vsizip/ (XLSX, ODS) cuts an archive path at the first ".xlsx"/".zip" it meets and
// ".k.xlsx.tmp-….xlsx" would name a missing "k.xlsx".
std::string temp_prefix(const fs::path& target) {
    std::string name = target.filename().string();
    std::replace(name.begin(), name.end(), '.', '_');
    return "." + name + ".tmp-";
}
//! The prefix before covplan 0.1's issue 14 (".NAME.tmp-"), still cleaned up.
std::string legacy_temp_prefix(const fs::path& target) {
    return "." + target.filename().string() + ".tmp-";
}

constexpr const char* kTempSideFiles[] = {"-journal", "-wal", "-shm", ".aux.xml", ".ovr"};

void remove_with_side_files(const std::string& path) {
    std::error_code ec;
    fs::remove(path, ec);
    for (const char* side : kTempSideFiles) fs::remove(path + side, ec);
}

bool fsync_path(const std::string& path, int flags) {
    const int fd = ::open(path.c_str(), flags);
    if (fd < 0) return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

fs::path folder_of(const std::string& path) {
    const fs::path dir = fs::path(path).parent_path();
    return dir.empty() ? fs::path(".") : dir;
}

}  // namespace

std::string io_error_text(int errno_value) {
    if (errno_value == ENOSPC) return "disk full";
    if (errno_value == EDQUOT) return "disk quota exceeded";
    return std::strerror(errno_value);
}

bool disk_nearly_full(const std::string& path) {
    const fs::path dir = folder_of(path);
    struct statvfs st {};
    if (::statvfs(dir.c_str(), &st) == 0 &&
        static_cast<double>(st.f_bavail) * static_cast<double>(st.f_frsize) < 1024.0 * 1024.0)
        return true;
    // Writers running in parallel free their space again when they fail: what counts
    // is whether a modest write fits now, while the failed temporaries still exist.
    const std::string probe =
        (dir / (".covplan-space-probe-" + std::to_string(::getpid()))).string();
    const int fd = ::open(probe.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) return errno == ENOSPC || errno == EDQUOT;
    static const std::vector<char> zeros(256 * 1024, 0);
    const ssize_t n = ::write(fd, zeros.data(), zeros.size());
    const int err = errno;
    const bool full = (n < 0 && (err == ENOSPC || err == EDQUOT)) ||
                      (n >= 0 && static_cast<std::size_t>(n) < zeros.size()) || ::fsync(fd) != 0;
    ::close(fd);
    ::unlink(probe.c_str());
    return full;
}

std::string write_failure(const std::string& path, const std::string& detail) {
    // SQLite says "database or disk is full", libtiff and GDAL pass on ENOSPC's text;
    // when a writer says nothing useful the free space decides.
    bool full = disk_nearly_full(path);
    for (const char* sign : {"disk is full", "No space left", "disk full"})
        full = full || detail.find(sign) != std::string::npos;
    if (full) return path + ": disk full (the old file, if any, is kept)";
    return path + ": cannot write" + detail;
}

bool is_read_only_file(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return false;
    return (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0 || ::access(path.c_str(), W_OK) != 0;
}

void remove_stale_temporaries(const std::string& target_path) {
    const fs::path target(target_path);
    std::error_code ec;
    for (fs::directory_iterator it(folder_of(target_path), ec), end; !ec && it != end;
         it.increment(ec)) {
        const std::string name = it->path().filename().string();
        std::string prefix = temp_prefix(target);
        if (!name.starts_with(prefix)) prefix = legacy_temp_prefix(target);
        if (!name.starts_with(prefix)) continue;
        // ".NAME.tmp-PID-N.ext": a process that still runs may be writing it.
        char* after = nullptr;
        const long pid = std::strtol(name.c_str() + prefix.size(), &after, 10);
        if (pid <= 0 || after == name.c_str() + prefix.size() || *after != '-') continue;
        if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH) continue;
        std::string stem = it->path().string();
        for (const char* side : kTempSideFiles)
            if (stem.ends_with(side)) stem.resize(stem.size() - std::strlen(side));
        remove_with_side_files(stem);
    }
}

AtomicFile::AtomicFile(std::string target_path) : m_target(std::move(target_path)) {
    fs::path target(m_target);
    remove_stale_temporaries(m_target);
    std::random_device rd;
    const std::string suffix = std::to_string(::getpid()) + "-" + std::to_string(rd() % 1000000);
    // Keep the extension last: GDAL picks drivers by it (".gpkg", ".tif").
    m_temp = (target.parent_path() / (temp_prefix(target) + suffix + target.extension().string()))
                 .string();
}

AtomicFile::~AtomicFile() {
    if (m_committed) return;
    remove_with_side_files(m_temp);
}

std::expected<void, std::string> AtomicFile::commit() {
    if (is_read_only_file(m_target))
        return std::unexpected(m_target + " is read-only; covplan does not replace it");
    if (!fsync_path(m_temp, O_RDONLY))
        return std::unexpected(write_failure(m_target, ": " + io_error_text(errno)));
    // A project shared with a group (660) or kept private (600) stays so.
    struct stat old {};
    if (::stat(m_target.c_str(), &old) == 0) ::chmod(m_temp.c_str(), old.st_mode & 07777);
    if (::rename(m_temp.c_str(), m_target.c_str()) != 0)
        return std::unexpected("cannot replace " + m_target + ": " + io_error_text(errno));
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
    fsync_path(folder_of(m_target).string(), O_RDONLY | O_DIRECTORY);
    return {};
}

AtomicFile& AtomicFileSet::add(const std::string& target_path) {
    m_files.push_back(std::make_unique<AtomicFile>(target_path));
    return *m_files.back();
}

std::expected<void, std::string> AtomicFileSet::commit_all() {
    // Everything that can refuse is checked before the first rename, so a refusal
    // leaves the whole old set in place.
    for (const auto& f : m_files) {
        if (is_read_only_file(f->target_path()))
            return std::unexpected(f->target_path() + " is read-only; covplan does not replace it");
        std::error_code ec;
        if (!fs::exists(f->temp_path(), ec))
            return std::unexpected(f->target_path() + ": was not written");
        if (!fsync_path(f->temp_path(), O_RDONLY))
            return std::unexpected(write_failure(f->target_path(), ": " + io_error_text(errno)));
    }
    for (const auto& f : m_files)
        if (auto r = f->commit(); !r) return r;
    return {};
}

}  // namespace covplan::gis
