#pragma once
// Minimal command-line parsing: positionals, "--name value", "--flag", repeated options.

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace covplan::cli {

class Args {
  public:
    //! `flags` take no value; every other "--x" takes the next argument.
    //! Throws UsageError for an option missing its value or not in `known`.
    Args(int argc, char** argv, int first, const std::set<std::string>& flags,
         const std::set<std::string>& known);

    [[nodiscard]] const std::vector<std::string>& positionals() const { return m_positionals; }
    [[nodiscard]] bool has(const std::string& name) const { return m_values.contains(name); }
    [[nodiscard]] std::optional<std::string> get(const std::string& name) const;
    [[nodiscard]] std::vector<std::string> all(const std::string& name) const;
    //! A finite number, or UsageError naming the option.
    [[nodiscard]] std::optional<double> number(const std::string& name) const;

  private:
    std::vector<std::string> m_positionals;
    std::multimap<std::string, std::string> m_values;
};

struct UsageError {
    std::string message;
};

}  // namespace covplan::cli
