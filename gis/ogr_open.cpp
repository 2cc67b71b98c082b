#include "gis/ogr_open.h"

#include <filesystem>

#include "gis/gdal_errors.h"

namespace covplan::gis {
namespace fs = std::filesystem;
namespace {

bool sibling_exists(const fs::path& p, const char* lower_ext) {
    fs::path a = p, b = p;
    a.replace_extension(lower_ext);
    std::string upper = lower_ext;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    b.replace_extension(upper);
    return fs::exists(a) || fs::exists(b);
}

}  // namespace

std::expected<GDALDatasetUniquePtr, std::string> open_vector_read(const std::string& path,
                                                                  const std::string& encoding) {
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
    }
    CPLStringList open_options;
    // With an explicit encoding, GDAL must not recode: the caller recodes values itself
    // (see recode_to_utf8: GDAL's own recoding drops characters in CP1258).
    if (!encoding.empty() && ext == ".shp") open_options.SetNameValue("ENCODING", "");
    // Site lists always have a header row, but GDAL 3.6 guesses it (and fails when
    // every cell is text). Its switch is a config option read when a sheet is first
    // parsed, so it stays set on this thread; it concerns spreadsheets only.
    if (ext == ".xlsx" || ext == ".xlsm")
        CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", "FORCE");
    if (ext == ".ods") CPLSetThreadLocalConfigOption("OGR_ODS_HEADERS", "FORCE");
    ScopedGdalErrors errors;
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                              nullptr, open_options.List(), nullptr));
    if (!ds)
        return std::unexpected(path + ": GDAL cannot open it as a vector file" + errors.suffix());
    // GDAL warns (but opens) on a corrupt .dbf header; a planner must not get empty attributes.
    for (const std::string& m : errors.messages())
        if (m.find("DBF") != std::string::npos || m.find("dbf") != std::string::npos)
            return std::unexpected(path + ": the attribute table (.dbf) is damaged: " + m);
    return ds;
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
