#include "core/issue.h"

#include <algorithm>

namespace covplan::core {

const char* severity_name(Severity severity) {
    switch (severity) {
        case Severity::Info:
            return "info";
        case Severity::Warning:
            return "warning";
        case Severity::Error:
            return "error";
    }
    return "error";
}

std::string format_issue(const Issue& issue) {
    std::string out = severity_name(issue.severity);
    out += ": ";
    std::string where;
    if (!issue.file.empty()) where += issue.file;
    if (!issue.layer.empty())
        where += (where.empty() ? "" : ", ") + std::string("layer '") + issue.layer + "'";
    if (!issue.feature.empty()) where += (where.empty() ? "" : ", ") + issue.feature;
    if (!where.empty()) out += where + ": ";
    out += issue.message;
    return out;
}

bool has_errors(const std::vector<Issue>& issues) {
    return std::any_of(issues.begin(), issues.end(),
                       [](const Issue& i) { return i.severity == Severity::Error; });
}

}  // namespace covplan::core
