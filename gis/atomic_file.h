#pragma once
// Write-then-rename: a reader (or a crash) sees the old file or the new one, never
// half of one. The temporary sits next to the target so the rename stays on one
// filesystem; it is removed unless commit() succeeds.

#include <expected>
#include <string>

namespace covplan::gis {

class AtomicFile {
  public:
    explicit AtomicFile(std::string target_path);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    //! Where to write; does not exist yet.
    [[nodiscard]] const std::string& temp_path() const { return m_temp; }
    [[nodiscard]] const std::string& target_path() const { return m_target; }
    //! fsync the temporary, rename it over the target, fsync the directory.
    [[nodiscard]] std::expected<void, std::string> commit();

  private:
    std::string m_target;
    std::string m_temp;
    bool m_committed = false;
};

}  // namespace covplan::gis
