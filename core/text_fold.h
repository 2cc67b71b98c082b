#pragma once
// Matching of field names and values written by people: "Dân số", "DAN_SO" and
// "dan so" must all compare equal.

#include <string>
#include <string_view>

namespace covplan::core {

//! Lower-case ASCII key: Vietnamese (and Latin-1) diacritics removed, đ -> d, every
//! run of other characters collapsed to one '_', no leading/trailing '_'.
//! Accepts precomposed (NFC) and decomposed (NFD) UTF-8; invalid bytes become '_'.
[[nodiscard]] std::string fold_key(std::string_view utf8);

//! True if `utf8` is well-formed UTF-8.
[[nodiscard]] bool is_valid_utf8(std::string_view utf8);

//! True if the folded `haystack` contains `needle` as a whole '_'-separated token sequence.
[[nodiscard]] bool key_contains_tokens(std::string_view haystack, std::string_view needle);

}  // namespace covplan::core
