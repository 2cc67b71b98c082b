#include "core/note.h"

#include <cstring>

namespace covplan::core::note_detail {

std::size_t next_conversion(const char* format, std::size_t pos, std::string& literal,
                            std::string& spec) {
    literal.clear();
    spec.clear();
    const std::size_t n = std::strlen(format);
    while (pos < n) {
        const char c = format[pos];
        if (c != '%') {
            literal += c;
            ++pos;
            continue;
        }
        if (pos + 1 < n && format[pos + 1] == '%') {
            literal += '%';
            pos += 2;
            continue;
        }
        // flags, width, precision, length, conversion (C11 7.21.6.1)
        std::size_t end = pos + 1;
        while (end < n && std::strchr("-+ #0", format[end])) ++end;
        while (end < n && format[end] >= '0' && format[end] <= '9') ++end;
        if (end < n && format[end] == '.') {
            ++end;
            while (end < n && format[end] >= '0' && format[end] <= '9') ++end;
        }
        while (end < n && std::strchr("hlLzjt", format[end])) ++end;
        if (end < n) ++end;  // the conversion character
        spec.assign(format + pos, end - pos);
        return end;
    }
    return n;
}

}  // namespace covplan::core::note_detail
