#pragma once
// Detects Vietnamese text in a legacy encoding (TCVN3/ABC, VNI, Windows-1258) that
// was read as if it were Latin-1 or UTF-8: "TrýõÌng" for "Trường".

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace covplan::core {

//! True if `utf8` is invalid UTF-8, or holds what correct Vietnamese never does:
//! Latin-1 symbols/controls, Latin-1 letters Vietnamese does not use (Ð, Þ, ¸, ...),
//! or two adjacent Latin-1 accented letters (a syllable carries one marked vowel
//! in that range; ơ, ư, ă, đ and the stacked tones are above U+00FF).
[[nodiscard]] bool looks_legacy_encoded(std::string_view utf8);

//! Checks many values and reports once per layer, naming the first bad feature.
class LegacyTextDetector {
  public:
    void check(std::string_view text, const std::string& feature_label);
    //! (feature label, message) if any value looked legacy-encoded.
    [[nodiscard]] std::optional<std::pair<std::string, std::string>> issue() const;

  private:
    std::size_t m_count = 0;
    std::string m_first_feature;
    std::string m_first_text;
};

}  // namespace covplan::core
