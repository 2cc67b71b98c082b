#pragma once
// Write-then-rename: a reader (or a crash) sees the old file or the new one, never
// half of one. The temporary sits next to the target so the rename stays on one
// filesystem; it is removed unless commit() succeeds.

#include <expected>
#include <memory>
#include <string>
#include <vector>

namespace covplan::gis {

class AtomicFile {
  public:
    //! Also removes temporaries of `target_path` left by covplan processes that died
    //! (kill -9, power loss) before they could clean up.
    explicit AtomicFile(std::string target_path);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    //! Where to write; does not exist yet.
    [[nodiscard]] const std::string& temp_path() const { return m_temp; }
    [[nodiscard]] const std::string& target_path() const { return m_target; }
    //! fsync the temporary, rename it over the target (keeping the target's
    //! permissions), fsync the directory. Refuses to replace a read-only target.
    [[nodiscard]] std::expected<void, std::string> commit();

  private:
    std::string m_target;
    std::string m_temp;
    bool m_committed = false;
};

//! Files that only make sense together (a coverage run's rasters and its
//! coverage.json): each is written to its own temporary, and none replaces its
//! target until all were written and checked.
class AtomicFileSet {
  public:
    //! The new member's temporary path.
    AtomicFile& add(const std::string& target_path);
    [[nodiscard]] const std::vector<std::unique_ptr<AtomicFile>>& files() const { return m_files; }
    //! Checks every target can be replaced, then renames all temporaries into place.
    [[nodiscard]] std::expected<void, std::string> commit_all();

  private:
    std::vector<std::unique_ptr<AtomicFile>> m_files;
};

//! Why a write failed, for people: "disk full" when the filesystem says so or has
//! (almost) no space left, else the writer's own text.
[[nodiscard]] std::string write_failure(const std::string& path, const std::string& detail);
//! strerror, except ENOSPC / EDQUOT are spelled "disk full" / "disk quota exceeded".
[[nodiscard]] std::string io_error_text(int errno_value);
//! True when the filesystem holding `path` (or its folder) has less than 1 MiB free.
[[nodiscard]] bool disk_nearly_full(const std::string& path);
//! A file whose permission bits forbid writing (chmod 444): covplan never replaces
//! it, even when run as root, because the user marked it as not to be changed.
[[nodiscard]] bool is_read_only_file(const std::string& path);
//! Removes `.NAME_EXT.tmp-PID-N.ext` (and the older `.NAME.tmp-PID-N.ext`) temporaries of
//! `target_path` whose process is gone.
void remove_stale_temporaries(const std::string& target_path);

}  // namespace covplan::gis
