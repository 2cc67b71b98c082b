#include "cli/args.h"

#include <charconv>
#include <cmath>

namespace covplan::cli {

Args::Args(int argc, char** argv, int first, const std::set<std::string>& flags,
           const std::set<std::string>& known) {
    for (int i = first; i < argc; ++i) {
        std::string a = argv[i];
        // A lone "-" or a negative number is a value, not an option.
        const bool is_option = a.size() > 2 && a.starts_with("--");
        if (!is_option) {
            m_positionals.push_back(a);
            continue;
        }
        std::string name = a.substr(2);
        std::string value;
        const auto eq = name.find('=');
        if (eq != std::string::npos) {
            value = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        if (!flags.contains(name) && !known.contains(name))
            throw UsageError{"unknown option --" + name};
        if (flags.contains(name)) {
            m_values.emplace(name, "");
            continue;
        }
        if (eq == std::string::npos) {
            if (i + 1 >= argc) throw UsageError{"option --" + name + " needs a value"};
            value = argv[++i];
        }
        m_values.emplace(name, value);
    }
}

std::optional<std::string> Args::get(const std::string& name) const {
    auto it = m_values.find(name);
    if (it == m_values.end()) return std::nullopt;
    return it->second;
}

std::vector<std::string> Args::all(const std::string& name) const {
    std::vector<std::string> out;
    auto [b, e] = m_values.equal_range(name);
    for (auto it = b; it != e; ++it) out.push_back(it->second);
    return out;
}

std::optional<double> Args::number(const std::string& name) const {
    auto v = get(name);
    if (!v) return std::nullopt;
    double d = 0;
    auto [p, ec] = std::from_chars(v->data(), v->data() + v->size(), d);
    if (ec != std::errc() || p != v->data() + v->size() || !std::isfinite(d))
        throw UsageError{"--" + name + " expects a number, got '" + *v + "'"};
    return d;
}

}  // namespace covplan::cli
