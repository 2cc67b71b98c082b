#pragma once
// A small streaming JSON writer for reports (summary.json, coverage.json, kpis.json).
// Strings are written as given (must be UTF-8); doubles with up to 10 significant digits.

#include <ostream>
#include <string_view>
#include <vector>

namespace covplan::core {

class JsonWriter {
  public:
    explicit JsonWriter(std::ostream& out) : m_out(out) {}

    JsonWriter& begin_object();
    JsonWriter& end_object();
    JsonWriter& begin_array();
    JsonWriter& end_array();
    JsonWriter& key(std::string_view k);
    JsonWriter& value(std::string_view v);
    JsonWriter& value(const char* v) { return value(std::string_view(v)); }
    JsonWriter& value(double v);
    JsonWriter& value(long long v);
    JsonWriter& value(int v) { return value(static_cast<long long>(v)); }
    JsonWriter& value(std::size_t v) { return value(static_cast<long long>(v)); }
    JsonWriter& value(bool v);
    JsonWriter& null();

    template <typename T>
    JsonWriter& field(std::string_view k, const T& v) {
        key(k);
        return value(v);
    }

  private:
    void before_value();
    void write_string(std::string_view v);
    void newline();
    std::ostream& m_out;
    std::vector<bool> m_first;  // per open container: no element written yet
    bool m_after_key = false;
};

}  // namespace covplan::core
