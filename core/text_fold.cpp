#include "core/text_fold.h"

#include <cstdint>
#include <cstring>

namespace covplan::core {
namespace {

// Base letters for U+00C0..U+00FF; '_' for × and ÷.
constexpr std::string_view kLatin1 =
    "aaaaaaaceeeeiiiidnooooo_ouuuuytsaaaaaaaceeeeiiiidnooooo_ouuuuyty";

// The Vietnamese block U+1EA0..U+1EF9 is ordered by base vowel.
char vietnamese_base(char32_t cp) {
    if (cp <= 0x1EB7) return 'a';
    if (cp <= 0x1EC7) return 'e';
    if (cp <= 0x1ECB) return 'i';
    if (cp <= 0x1EE3) return 'o';
    if (cp <= 0x1EF1) return 'u';
    return 'y';
}

// Returns 0 for characters that do not fold to a letter or digit, 1 for combining marks (dropped).
char fold_code_point(char32_t cp) {
    if (cp < 0x80) {
        char c = static_cast<char>(cp);
        if (c >= 'A' && c <= 'Z') return static_cast<char>(c - 'A' + 'a');
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return c;
        return 0;
    }
    if (cp >= 0x0300 && cp <= 0x036F) return 1;
    if (cp >= 0xC0 && cp <= 0xFF) {
        char c = kLatin1[cp - 0xC0];
        return c == '_' ? 0 : c;
    }
    switch (cp) {
        case 0x0102:
        case 0x0103:
            return 'a';  // Ă ă
        case 0x0110:
        case 0x0111:
            return 'd';  // Đ đ
        case 0x0128:
        case 0x0129:
            return 'i';  // Ĩ ĩ
        case 0x0168:
        case 0x0169:
            return 'u';  // Ũ ũ
        case 0x01A0:
        case 0x01A1:
            return 'o';  // Ơ ơ
        case 0x01AF:
        case 0x01B0:
            return 'u';  // Ư ư
        default:
            break;
    }
    if (cp >= 0x1EA0 && cp <= 0x1EF9) return vietnamese_base(cp);
    return 0;
}

// Decodes one code point; returns bytes consumed (0 = invalid sequence).
std::size_t decode(std::string_view s, std::size_t i, char32_t& cp) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        cp = b0;
        return 1;
    }
    std::size_t len = 0;
    if ((b0 & 0xE0) == 0xC0) {
        len = 2;
        cp = b0 & 0x1F;
    } else if ((b0 & 0xF0) == 0xE0) {
        len = 3;
        cp = b0 & 0x0F;
    } else if ((b0 & 0xF8) == 0xF0) {
        len = 4;
        cp = b0 & 0x07;
    } else {
        return 0;
    }
    if (i + len > s.size()) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b & 0x3F);
    }
    // Overlong forms and surrogates are invalid.
    static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

}  // namespace

std::string fold_key(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    bool pending_sep = false;
    for (std::size_t i = 0; i < utf8.size();) {
        char32_t cp = 0;
        std::size_t n = decode(utf8, i, cp);
        char c = 0;
        if (n == 0) {
            n = 1;
        } else {
            c = fold_code_point(cp);
        }
        i += n;
        if (c == 1) continue;
        if (c == 0) {
            pending_sep = !out.empty();
            continue;
        }
        if (pending_sep) out.push_back('_');
        pending_sep = false;
        out.push_back(c);
    }
    return out;
}

bool is_valid_utf8(std::string_view utf8) {
    for (std::size_t i = 0; i < utf8.size();) {
        // ASCII runs eight bytes at a time: a 100 MB drive-test CSV is almost all ASCII.
        if (i + 8 <= utf8.size()) {
            std::uint64_t word;
            std::memcpy(&word, utf8.data() + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        char32_t cp = 0;
        std::size_t n = decode(utf8, i, cp);
        if (n == 0) return false;
        i += n;
    }
    return true;
}

bool key_contains_tokens(std::string_view haystack, std::string_view needle) {
    if (needle.empty()) return false;
    for (std::size_t pos = haystack.find(needle); pos != std::string_view::npos;
         pos = haystack.find(needle, pos + 1)) {
        const bool start_ok = pos == 0 || haystack[pos - 1] == '_';
        const std::size_t end = pos + needle.size();
        const bool end_ok = end == haystack.size() || haystack[end] == '_';
        if (start_ok && end_ok) return true;
    }
    return false;
}

}  // namespace covplan::core
