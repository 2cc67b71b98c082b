#include "gis/ogr_open.h"

#include <cpl_vsi.h>
#include <iconv.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>

#include "core/text_fold.h"
#include "gis/gdal_errors.h"

namespace covplan::gis {
namespace fs = std::filesystem;
namespace {

//! The side file of a Shapefile with extension `lower_ext`, in lower or upper case
//! (whichever exists; the upper-case name when neither does).
fs::path sibling(const fs::path& p, const char* lower_ext) {
    fs::path a = p, b = p;
    a.replace_extension(lower_ext);
    std::string upper = lower_ext;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    b.replace_extension(upper);
    std::error_code ec;
    return fs::exists(a, ec) ? a : b;
}

bool sibling_exists(const fs::path& p, const char* lower_ext) {
    std::error_code ec;
    return fs::exists(sibling(p, lower_ext), ec);
}

std::optional<std::uint32_t> read_u32(const fs::path& p, std::size_t offset, bool big_endian) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return std::nullopt;
    in.seekg(static_cast<std::streamoff>(offset));
    unsigned char b[4];
    if (!in.read(reinterpret_cast<char*>(b), 4)) return std::nullopt;
    return big_endian ? (std::uint32_t(b[0]) << 24 | std::uint32_t(b[1]) << 16 |
                         std::uint32_t(b[2]) << 8 | b[3])
                      : (std::uint32_t(b[3]) << 24 | std::uint32_t(b[2]) << 16 |
                         std::uint32_t(b[1]) << 8 | b[0]);
}

//! The three files of a Shapefile must belong together (ESRI Shapefile Technical
//! Description, 1998): the .shx holds one 8-byte record per shape after a 100-byte
//! header, the .dbf's header counts its rows, the .shp's header gives its length.
//! GDAL reads mismatched or truncated sets without a word and drops features.
std::optional<std::string> shapefile_set_error(const fs::path& shp) {
    std::error_code ec;
    const fs::path shx = sibling(shp, ".shx"), dbf = sibling(shp, ".dbf");
    const auto shx_words = read_u32(shx, 24, true);
    const auto shp_words = read_u32(shp, 24, true);
    const auto dbf_rows = read_u32(dbf, 4, false);
    const auto shp_size = fs::file_size(shp, ec);
    if (!ec && shp_words && std::uint64_t(*shp_words) * 2 > shp_size)
        return "the .shp is " + std::to_string(shp_size) + " bytes but its header says " +
               std::to_string(std::uint64_t(*shp_words) * 2) +
               ": the file is truncated (an interrupted copy?)";
    if (shx_words && dbf_rows && *shx_words >= 50) {
        const std::uint64_t shapes = (std::uint64_t(*shx_words) * 2 - 100) / 8;
        if (shapes != *dbf_rows)
            return "the index (.shx) lists " + std::to_string(shapes) +
                   " shape(s) but the attribute table (.dbf) has " + std::to_string(*dbf_rows) +
                   " row(s): the files do not belong together (copy the .shp, .shx and .dbf of "
                   "one export)";
    }
    return std::nullopt;
}

bool has_non_ascii(const std::string& s) {
    return std::any_of(s.begin(), s.end(),
                       [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

//! The file's text in UTF-8, or "" when it can be read as it is.
std::expected<std::string, std::string> read_text_as_utf8(const std::string& path,
                                                          const std::string& encoding,
                                                          std::string& note) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::unexpected(path + ": cannot read the file");
    // Valid UTF-8 without an --encoding (nearly every file) needs no copy: checked in
    // 1 MiB chunks, so a 100 MB drive test is not held (or faulted in) a second time.
    if (encoding.empty()) {
        std::string chunk;
        std::size_t carry = 0;
        bool valid = true;
        while (valid) {
            chunk.resize(carry + (1u << 20));
            in.read(chunk.data() + carry, 1 << 20);
            const std::size_t n = carry + static_cast<std::size_t>(in.gcount());
            if (n == carry) {
                valid = carry == 0;
                break;
            }
            chunk.resize(n);
            // A character cut by the chunk's end waits for the next chunk (at most 3 bytes).
            std::size_t cut = n;
            if (in) {
                std::size_t k = n;
                while (k > 0 && n - k < 3 &&
                       (static_cast<unsigned char>(chunk[k - 1]) & 0xC0) == 0x80)
                    --k;
                if (k > 0 && static_cast<unsigned char>(chunk[k - 1]) >= 0xC0) cut = k - 1;
            }
            valid = core::is_valid_utf8(std::string_view(chunk).substr(0, cut));
            carry = n - cut;
            std::memmove(chunk.data(), chunk.data() + cut, carry);
            if (!in) valid = valid && carry == 0;
        }
        if (valid) return std::string();
        in.clear();
        in.seekg(0);
    }
    std::error_code size_error;
    const auto size = fs::file_size(path, size_error);
    if (size_error) return std::unexpected(path + ": cannot read the file");
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    // Excel's "CSV UTF-8" starts with a byte order mark; GDAL copes, so do we.
    const bool utf8 = core::is_valid_utf8(bytes);
    if (!encoding.empty()) {
        if (utf8 && has_non_ascii(bytes)) {
            note = "the file is valid UTF-8 with Vietnamese letters; --encoding " + encoding +
                   " ignored (it would garble them)";
            return std::string();
        }
        if (utf8) return std::string();
        std::string out = recode_to_utf8(bytes, encoding);
        if (out.empty() || !core::is_valid_utf8(out))
            return std::unexpected(path + ": the file is not text in " + encoding);
        note = "text read as " + encoding + " and converted to UTF-8";
        return out;
    }
    if (utf8) return std::string();
    std::string out = recode_to_utf8(bytes, "CP1258");
    if (out.empty()) return std::unexpected(path + ": the file is not UTF-8 and not Windows-1258");
    note =
        "the file is not UTF-8: read as Windows-1258 (Vietnamese Windows, Excel's \"CSV\"); "
        "give --encoding if it is another (e.g. --encoding CP1252)";
    return out;
}

}  // namespace

std::optional<std::string> unreadable_prj(const std::string& path) {
    const fs::path shp(path);
    std::string ext = shp.extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext != ".shp" || !sibling_exists(shp, ".prj")) return std::nullopt;
    std::ifstream in(sibling(shp, ".prj"), std::ios::binary);
    std::string head(60, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    for (char& c : head)
        if (static_cast<unsigned char>(c) < 0x20) c = ' ';
    if (head.empty()) return "its .prj is empty";
    return "its .prj ('" + head + (head.size() == 60 ? "…" : "") +
           "') is not a coordinate reference system GDAL/PROJ understands";
}

std::expected<std::string, std::string> iconv_encoding(const std::string& name) {
    std::string key;
    for (char c : name)
        if (std::isalnum(static_cast<unsigned char>(c)))
            key.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    // Vietnamese legacy names as users write them; iconv's names for them.
    if (key == "TCVN3" || key == "TCVN" || key == "ABC" || key == "TCVN57121")
        return std::string("TCVN5712-1");
    if (key == "VNI" || key == "VNIWIN" || key == "VNIWINDOWS")
        return std::unexpected(
            "'" + name +
            "' (a VNI font encoding) is not a character set iconv knows; open the file in its "
            "program and save it as UTF-8 (or Unicode) first");
    iconv_t probe = iconv_open("UTF-8", name.c_str());
    if (probe == reinterpret_cast<iconv_t>(-1))
        return std::unexpected("'" + name +
                               "' is not a known encoding (e.g. CP1258, TCVN3, "
                               "CP1252, UTF-8)");
    iconv_close(probe);
    return name;
}

std::expected<OpenedVector, std::string> open_vector_read(const std::string& path,
                                                          const std::string& given_encoding) {
    OpenedVector out;
    std::string encoding;
    if (!given_encoding.empty()) {
        auto e = iconv_encoding(given_encoding);
        if (!e) return std::unexpected(path + ": --encoding " + e.error());
        encoding = *e;
    }
    ensure_gdal_registered();
    std::error_code ec;
    if (!fs::exists(path, ec)) return std::unexpected(path + ": file not found");
    fs::path p(path);
    std::string ext = p.extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext == ".shp") {
        if (!sibling_exists(p, ".shx"))
            return std::unexpected(path +
                                   ": the Shapefile's index (.shx) is missing; copy all of the "
                                   ".shp, .shx, .dbf, .prj and .cpg files together");
        if (!sibling_exists(p, ".dbf"))
            return std::unexpected(path +
                                   ": the Shapefile's attribute table (.dbf) is missing, so no "
                                   "names, populations or heights can be read");
        if (auto bad = shapefile_set_error(p)) return std::unexpected(path + ": " + *bad);
    }
    CPLStringList open_options;
    // With an explicit encoding, GDAL must not recode: the caller recodes values itself
    // (see recode_to_utf8: GDAL's own recoding drops characters in CP1258).
    if (!encoding.empty() && ext == ".shp") {
        open_options.SetNameValue("ENCODING", "");
        out.recode_values_from = encoding;
    }
    std::string open_path = path;
    if (ext == ".csv" || ext == ".tsv" || ext == ".txt") {
        auto text = read_text_as_utf8(path, encoding, out.note);
        if (!text) return std::unexpected(text.error());
        if (!text->empty()) {
            // GDAL parses the UTF-8 copy in memory, under the file's own name (its
            // layer name and a .csvt/.prj next to it are the original's concern).
            open_path = "/vsimem/covplan-recoded/" +
                        std::to_string(reinterpret_cast<std::uintptr_t>(&out)) + "/" +
                        p.filename().string();
            VSILFILE* f = VSIFileFromMemBuffer(open_path.c_str(),
                                               reinterpret_cast<GByte*>(CPLStrdup(text->c_str())),
                                               text->size(), TRUE);
            if (!f) return std::unexpected(path + ": cannot hold the recoded text in memory");
            VSIFCloseL(f);
        }
    }
    // Site lists always have a header row, but GDAL 3.6 guesses it (and fails when
    // every cell is text). Its switch is a config option read when a sheet is first
    // parsed, so it stays set on this thread; it concerns spreadsheets only.
    if (ext == ".xlsx" || ext == ".xlsm")
        CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", "FORCE");
    if (ext == ".ods") CPLSetThreadLocalConfigOption("OGR_ODS_HEADERS", "FORCE");
    ScopedGdalErrors errors;
    GDALDatasetUniquePtr ds(GDALDataset::Open(open_path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                              nullptr, open_options.List(), nullptr));
    // The in-memory copy lives as long as GDAL's handle on it; its name can go now.
    if (open_path != path) VSIUnlink(open_path.c_str());
    if (!ds)
        return std::unexpected(path + ": GDAL cannot open it as a vector file" + errors.suffix());
    // GDAL warns (but opens) on a corrupt .dbf header; a planner must not get empty attributes.
    for (const std::string& m : errors.messages())
        if (m.find("DBF") != std::string::npos || m.find("dbf") != std::string::npos)
            return std::unexpected(path + ": the attribute table (.dbf) is damaged: " + m);
    out.dataset = std::move(ds);
    return out;
}

std::string recode_to_utf8(const std::string& text, const std::string& encoding) {
    // A trailing space pushes the last real character out of iconv's buffer.
    char* recoded = CPLRecode((text + " ").c_str(), encoding.c_str(), CPL_ENC_UTF8);
    std::string out = recoded ? recoded : "";
    CPLFree(recoded);
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

}  // namespace covplan::gis
