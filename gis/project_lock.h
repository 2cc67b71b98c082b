#pragma once
// One writer per project at a time. Every covplan that changes a project (a CLI
// command, the desktop's Save) holds this lock from reading the project to
// replacing it, so two writers never both start from the same old state and one
// update silently overwrites the other.
//
// The lock is an advisory flock() on ".NAME.lock" beside the project: the project
// file itself is replaced by rename on every save, so a lock on it would be lost
// with its inode. The kernel releases it when the process dies (kill -9 included).

#include <chrono>
#include <cstdint>
#include <expected>
#include <string>

namespace covplan::gis {

//! One version of a file on disk: a writer that replaced or changed it changes this.
struct FileStamp {
    bool exists = false;
    std::uint64_t device = 0, inode = 0, size = 0;
    std::int64_t mtime_ns = 0;
    friend bool operator==(const FileStamp&, const FileStamp&) = default;
};
[[nodiscard]] FileStamp file_stamp(const std::string& path);

class ProjectLock {
  public:
    //! Default wait for another writer to finish: a save takes well under a second,
    //! an `analyze` on a large ward some seconds.
    static constexpr std::chrono::milliseconds kDefaultWait{15000};

    //! Fails with "the project is open in another covplan (process N)" after `wait`,
    //! or when the project (or its folder) cannot be written at all.
    [[nodiscard]] static std::expected<ProjectLock, std::string> acquire(
        const std::string& project_path, std::chrono::milliseconds wait = kDefaultWait);

    ProjectLock(ProjectLock&& other) noexcept;
    ProjectLock& operator=(ProjectLock&& other) noexcept;
    ProjectLock(const ProjectLock&) = delete;
    ProjectLock& operator=(const ProjectLock&) = delete;
    ~ProjectLock();

    //! True when this lock is for `path` (the same file, however it is spelled).
    [[nodiscard]] bool covers(const std::string& path) const;
    [[nodiscard]] const std::string& project_path() const { return m_project; }

  private:
    ProjectLock(std::string project, std::string lock_path, int fd);
    void release();
    std::string m_project;  //!< absolute, normalised
    std::string m_lock_path;
    int m_fd = -1;
};

}  // namespace covplan::gis
