#pragma once
// Field names as the file's author wrote them. GDAL's LIBKML driver turns the name
// of an untyped KML <Data name="Nhà mạng"> into "Nh___m___ng" (every byte outside
// [A-Za-z0-9] becomes '_'), so neither covplan's guess nor a user's --map could
// find it; the raw names are read back from the KML itself.

#include <map>
#include <string>
#include <vector>

namespace covplan::gis {

//! GDAL field name -> the name as written, for the fields whose name GDAL changed.
//! Empty for formats that keep names (everything but KML/KMZ).
[[nodiscard]] std::map<std::string, std::string> written_field_names(
    const std::string& path, const std::vector<std::string>& gdal_names);

//! `names` with each GDAL name replaced by its written form, each name once (a KML
//! can hold one attribute as a typed and as an untyped field).
[[nodiscard]] std::vector<std::string> as_written(const std::map<std::string, std::string>& written,
                                                  std::vector<std::string> names);

}  // namespace covplan::gis
