#include "gis/project_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <thread>
#include <utility>

#include "gis/atomic_file.h"

namespace covplan::gis {
namespace fs = std::filesystem;
namespace {

std::string normalised(const std::string& path) {
    std::error_code ec;
    fs::path abs = fs::absolute(path, ec);
    if (ec) abs = path;
    return abs.lexically_normal().string();
}

std::string lock_path_of(const std::string& project) {
    const fs::path p(project);
    return (p.parent_path() / ("." + p.filename().string() + ".lock")).string();
}

std::string holder_of(int fd) {
    char buf[32] = {};
    const ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
    if (n <= 0) return {};
    std::string pid(buf, static_cast<std::size_t>(n));
    while (!pid.empty() && (pid.back() == '\n' || pid.back() == ' ')) pid.pop_back();
    return pid;
}

}  // namespace

FileStamp file_stamp(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return {};
    return {true, static_cast<std::uint64_t>(st.st_dev), static_cast<std::uint64_t>(st.st_ino),
            static_cast<std::uint64_t>(st.st_size),
            static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

std::expected<ProjectLock, std::string> ProjectLock::acquire(const std::string& project_path,
                                                             std::chrono::milliseconds wait) {
    const std::string project = normalised(project_path);
    if (is_read_only_file(project))
        return std::unexpected(project_path +
                               " is read-only; covplan does not change it (make it writable, or "
                               "save a copy under another name)");
    const std::string lock_path = lock_path_of(project);
    const auto deadline = std::chrono::steady_clock::now() + wait;
    for (;;) {
        const int fd = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0) {
            const int err = errno;
            return std::unexpected(project_path + ": cannot lock the project for writing (" +
                                   lock_path + ": " + io_error_text(err) + ")");
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            // The holder before us may have removed the lock file between our open and
            // our flock: then we hold a lock on a file nobody else will see. Retry.
            struct stat by_fd {
            }, by_path{};
            if (::fstat(fd, &by_fd) == 0 && ::stat(lock_path.c_str(), &by_path) == 0 &&
                by_fd.st_ino == by_path.st_ino && by_fd.st_dev == by_path.st_dev) {
                const std::string pid = std::to_string(::getpid()) + "\n";
                if (::ftruncate(fd, 0) == 0) (void)!::pwrite(fd, pid.data(), pid.size(), 0);
                return ProjectLock(project, lock_path, fd);
            }
            ::close(fd);
            continue;
        }
        const int err = errno;
        if (err != EWOULDBLOCK) {
            ::close(fd);
            return std::unexpected(project_path + ": cannot lock the project for writing (" +
                                   std::strerror(err) + ")");
        }
        const std::string holder = holder_of(fd);
        ::close(fd);
        if (std::chrono::steady_clock::now() >= deadline)
            return std::unexpected(project_path + ": the project is open in another covplan" +
                                   (holder.empty() ? std::string() : " (process " + holder + ")") +
                                   " that is saving it; try again when it has finished");
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

ProjectLock::ProjectLock(std::string project, std::string lock_path, int fd)
    : m_project(std::move(project)), m_lock_path(std::move(lock_path)), m_fd(fd) {}

ProjectLock::ProjectLock(ProjectLock&& other) noexcept
    : m_project(std::move(other.m_project)),
      m_lock_path(std::move(other.m_lock_path)),
      m_fd(std::exchange(other.m_fd, -1)) {}

ProjectLock& ProjectLock::operator=(ProjectLock&& other) noexcept {
    if (this != &other) {
        release();
        m_project = std::move(other.m_project);
        m_lock_path = std::move(other.m_lock_path);
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

ProjectLock::~ProjectLock() { release(); }

void ProjectLock::release() {
    if (m_fd < 0) return;
    // Unlink while still holding the lock; a waiter that opened the old file sees the
    // inode mismatch above and retries on a fresh one.
    ::unlink(m_lock_path.c_str());
    ::close(m_fd);
    m_fd = -1;
}

bool ProjectLock::covers(const std::string& path) const {
    return m_fd >= 0 && normalised(path) == m_project;
}

}  // namespace covplan::gis
