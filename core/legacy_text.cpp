#include "core/legacy_text.h"

#include "core/text_fold.h"

namespace covplan::core {
namespace {

bool vietnamese_latin1_letter(char32_t cp) {
    // À Á Â Ã È É Ê Ì Í Ò Ó Ô Õ Ù Ú Ý and their lower-case forms.
    switch (cp | 0x20) {  // folds U+00C0..U+00DE onto U+00E0..U+00FE
        case 0xE0:
        case 0xE1:
        case 0xE2:
        case 0xE3:
        case 0xE8:
        case 0xE9:
        case 0xEA:
        case 0xEC:
        case 0xED:
        case 0xF2:
        case 0xF3:
        case 0xF4:
        case 0xF5:
        case 0xF9:
        case 0xFA:
        case 0xFD:
            return true;
        default:
            return false;
    }
}

}  // namespace

bool looks_legacy_encoded(std::string_view utf8) {
    if (!is_valid_utf8(utf8)) return true;
    bool previous_latin1 = false;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto b0 = static_cast<unsigned char>(utf8[i]);
        char32_t cp = b0;
        std::size_t n = 1;
        if (b0 >= 0xC0 && b0 < 0xE0) {
            cp = ((b0 & 0x1Fu) << 6) | (static_cast<unsigned char>(utf8[i + 1]) & 0x3Fu);
            n = 2;
        } else if (b0 >= 0xE0) {
            n = b0 >= 0xF0 ? 4 : 3;
            cp = 0x10000;  // above Latin-1; the exact value does not matter here
        }
        i += n;
        const bool latin1 = cp >= 0x80 && cp <= 0xFF;
        if (latin1) {
            if (!vietnamese_latin1_letter(cp)) return true;
            if (previous_latin1) return true;
        }
        previous_latin1 = latin1;
    }
    return false;
}

void LegacyTextDetector::check(std::string_view text, const std::string& feature_label) {
    if (!looks_legacy_encoded(text)) return;
    if (m_count++ == 0) {
        m_first_feature = feature_label;
        m_first_text = is_valid_utf8(text) ? std::string(text) : std::string();
    }
}

std::optional<std::pair<std::string, std::string>> LegacyTextDetector::issue() const {
    if (m_count == 0) return std::nullopt;
    std::string msg = std::to_string(m_count) + " text value(s) look legacy-encoded";
    if (!m_first_text.empty()) msg += " (e.g. '" + m_first_text + "')";
    msg +=
        ": the file is probably in TCVN3, VNI or Windows-1258, not UTF-8. Re-import with the "
        "encoding given (e.g. --encoding CP1258) or add a .cpg file naming it";
    return std::make_pair(m_first_feature, msg);
}

}  // namespace covplan::core
