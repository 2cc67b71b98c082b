#include "gis/text_output.h"

#include <cmath>
#include <cstdio>
#include <fstream>

#include "gis/atomic_file.h"

namespace covplan::gis {

std::expected<void, std::string> write_text_file(AtomicFile& out, const std::string& content) {
    std::ofstream f(out.temp_path(), std::ios::binary);
    f << content;
    f.close();
    if (!f) return std::unexpected(write_failure(out.target_path(), ""));
    return {};
}

std::expected<void, std::string> write_text_file(const std::string& path,
                                                 const std::string& content) {
    AtomicFile out(path);
    if (auto r = write_text_file(out, content); !r) return r;
    return out.commit();
}

CsvTable::CsvTable(std::vector<std::string> header) { m_rows.push_back(std::move(header)); }

CsvTable& CsvTable::row(std::vector<std::string> cells) {
    m_rows.push_back(std::move(cells));
    return *this;
}

std::string CsvTable::number(double v, int decimals) {
    if (!std::isfinite(v)) return "";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

std::string CsvTable::str() const {
    std::string out = "\xEF\xBB\xBF";
    for (const auto& r : m_rows) {
        for (std::size_t i = 0; i < r.size(); ++i) {
            if (i) out += ',';
            const std::string& c = r[i];
            if (c.find_first_of(",\"\r\n") != std::string::npos) {
                out += '"';
                for (char ch : c) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
                out += '"';
            } else {
                out += c;
            }
        }
        out += "\r\n";
    }
    return out;
}

}  // namespace covplan::gis
