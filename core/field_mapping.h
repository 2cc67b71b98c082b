#pragma once
// Which source column holds which plan attribute. Real files name their columns
// in Vietnamese or English with many spellings; we guess, and the user overrides.

#include <expected>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/layer_role.h"

namespace covplan::core {

//! One attribute a role understands.
struct FieldSpec {
    std::string_view canonical;  //!< name in the project file, e.g. "height_m"
    bool required;               //!< import fails without it
    std::string_view description;
    //! Folded names (see fold_key) in priority order.
    std::span<const std::string_view> synonyms;
};

//! The attributes of a role; for tables (CSV/XLSX) sites and poi also have "x"/"y".
[[nodiscard]] std::span<const FieldSpec> field_specs(LayerRole role);
[[nodiscard]] const FieldSpec* find_field_spec(LayerRole role, std::string_view canonical);

//! canonical attribute -> source column name (as spelled in the source).
using FieldMapping = std::map<std::string, std::string, std::less<>>;

//! Guesses a mapping from the source's column names. Exact (folded) synonym matches
//! win over prefix/token matches; a column is used for at most one attribute.
[[nodiscard]] FieldMapping guess_field_mapping(LayerRole role,
                                               std::span<const std::string> source_fields);

//! Applies "canonical=column" overrides on top of `mapping`. An empty column
//! ("height_m=") removes the attribute. Errors name the unknown attribute or column.
[[nodiscard]] std::expected<void, std::string> apply_mapping_overrides(
    LayerRole role, std::span<const std::string> source_fields,
    std::span<const std::string> overrides, FieldMapping& mapping);

//! Required attributes of `role` missing from `mapping` (x/y are checked by the reader).
[[nodiscard]] std::vector<std::string> missing_required_fields(LayerRole role,
                                                               const FieldMapping& mapping);

//! "canonical=column;canonical=column" (stable order), and back.
[[nodiscard]] std::string mapping_to_string(const FieldMapping& mapping);
[[nodiscard]] FieldMapping mapping_from_string(std::string_view text);

}  // namespace covplan::core
