#include "gis/field_names.h"

#include <cpl_minixml.h>
#include <cpl_string.h>
#include <cpl_vsi.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>

namespace covplan::gis {
namespace {

std::string libkml_sanitized(const std::string& name) {
    std::string out = name;
    for (char& c : out)
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    return out;
}

void collect_data_names(const CPLXMLNode* node, std::set<std::string>& out) {
    for (const CPLXMLNode* n = node; n; n = n->psNext) {
        if (n->eType != CXT_Element) continue;
        std::string_view tag = n->pszValue;
        if (auto colon = tag.find(':'); colon != std::string_view::npos)
            tag = tag.substr(colon + 1);
        if (tag == "Data" || tag == "SimpleData" || tag == "SimpleField")
            if (const char* name = CPLGetXMLValue(n, "name", nullptr)) out.insert(name);
        collect_data_names(n->psChild, out);
    }
}

std::string kml_document_path(const std::string& path, const std::string& ext) {
    if (ext == ".kml") return path;
    // A KMZ is a zip whose first .kml is the document.
    const std::string zip = "/vsizip/" + path;
    char** files = VSIReadDir(zip.c_str());
    std::string doc;
    for (char** f = files; f && *f; ++f) {
        std::string name = *f;
        std::string lower = name;
        std::transform(lower.begin(), lower.end(), lower.begin(), ::tolower);
        if (lower.size() > 4 && lower.ends_with(".kml")) {
            doc = zip + "/" + name;
            break;
        }
    }
    CSLDestroy(files);
    return doc;
}

}  // namespace

std::map<std::string, std::string> written_field_names(const std::string& path,
                                                       const std::vector<std::string>& gdal_names) {
    std::map<std::string, std::string> out;
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
    if (ext != ".kml" && ext != ".kmz") return out;
    const std::string doc = kml_document_path(path, ext);
    if (doc.empty()) return out;
    CPLXMLNode* root = CPLParseXMLFile(doc.c_str());
    if (!root) return out;
    std::set<std::string> written;
    collect_data_names(root, written);
    CPLDestroyXMLNode(root);
    const std::set<std::string> have(gdal_names.begin(), gdal_names.end());
    for (const std::string& w : written) {
        const std::string s = libkml_sanitized(w);
        if (s != w && have.contains(s)) out[s] = w;
    }
    return out;
}

std::vector<std::string> as_written(const std::map<std::string, std::string>& written,
                                    std::vector<std::string> names) {
    std::vector<std::string> out;
    for (std::string& n : names) {
        if (auto it = written.find(n); it != written.end()) n = it->second;
        if (std::find(out.begin(), out.end(), n) == out.end()) out.push_back(std::move(n));
    }
    return out;
}

}  // namespace covplan::gis
