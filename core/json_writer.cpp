#include "core/json_writer.h"

#include <cmath>
#include <cstdio>

namespace covplan::core {

void JsonWriter::newline() {
    m_out << '\n';
    for (std::size_t i = 0; i < m_first.size(); ++i) m_out << "  ";
}

void JsonWriter::before_value() {
    if (m_after_key) {
        m_after_key = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back()) m_out << ',';
        m_first.back() = false;
        newline();
    }
}

JsonWriter& JsonWriter::begin_object() {
    before_value();
    m_out << '{';
    m_first.push_back(true);
    return *this;
}

JsonWriter& JsonWriter::end_object() {
    const bool empty = m_first.back();
    m_first.pop_back();
    if (!empty) newline();
    m_out << '}';
    if (m_first.empty()) m_out << '\n';
    return *this;
}

JsonWriter& JsonWriter::begin_array() {
    before_value();
    m_out << '[';
    m_first.push_back(true);
    return *this;
}

JsonWriter& JsonWriter::end_array() {
    const bool empty = m_first.back();
    m_first.pop_back();
    if (!empty) newline();
    m_out << ']';
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view k) {
    before_value();
    write_string(k);
    m_out << ": ";
    m_after_key = true;
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view v) {
    before_value();
    write_string(v);
    return *this;
}

void JsonWriter::write_string(std::string_view v) {
    m_out << '"';
    for (unsigned char c : v) {
        switch (c) {
            case '"':
                m_out << "\\\"";
                break;
            case '\\':
                m_out << "\\\\";
                break;
            case '\n':
                m_out << "\\n";
                break;
            case '\r':
                m_out << "\\r";
                break;
            case '\t':
                m_out << "\\t";
                break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    m_out << buf;
                } else {
                    m_out << static_cast<char>(c);
                }
        }
    }
    m_out << '"';
}

JsonWriter& JsonWriter::value(double v) {
    before_value();
    if (!std::isfinite(v)) {
        m_out << "null";
        return *this;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    m_out << buf;
    return *this;
}

JsonWriter& JsonWriter::value(long long v) {
    before_value();
    m_out << v;
    return *this;
}

JsonWriter& JsonWriter::value(bool v) {
    before_value();
    m_out << (v ? "true" : "false");
    return *this;
}

JsonWriter& JsonWriter::null() {
    before_value();
    m_out << "null";
    return *this;
}

}  // namespace covplan::core
