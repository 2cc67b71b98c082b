#pragma once
// Text outputs (CSV for spreadsheets, JSON), written atomically.

#include <expected>
#include <string>
#include <vector>

namespace covplan::gis {

//! Writes `content` to `path` through a temporary file and a rename.
[[nodiscard]] std::expected<void, std::string> write_text_file(const std::string& path,
                                                               const std::string& content);
class AtomicFile;
//! Writes `content` to `out`'s temporary only; the caller commits (with a set).
[[nodiscard]] std::expected<void, std::string> write_text_file(AtomicFile& out,
                                                               const std::string& content);

//! CSV for Excel: UTF-8 with a byte-order mark (so Vietnamese shows right), RFC 4180
//! quoting, CRLF line ends.
class CsvTable {
  public:
    explicit CsvTable(std::vector<std::string> header);
    CsvTable& row(std::vector<std::string> cells);
    [[nodiscard]] std::string str() const;
    static std::string number(double v, int decimals = 2);

  private:
    std::vector<std::vector<std::string>> m_rows;
};

}  // namespace covplan::gis
