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

std::vector<IssueGroup> group_issues(const std::vector<Issue>& issues) {
    std::vector<IssueGroup> groups;
    for (const Issue& i : issues) {
        auto it = std::find_if(groups.begin(), groups.end(), [&](const IssueGroup& g) {
            return g.first.severity == i.severity && g.first.file == i.file &&
                   g.first.layer == i.layer && g.first.message == i.message;
        });
        if (it == groups.end())
            groups.push_back({i, {i.feature}});
        else
            it->features.push_back(i.feature);
    }
    std::stable_sort(groups.begin(), groups.end(), [](const IssueGroup& a, const IssueGroup& b) {
        return static_cast<int>(a.first.severity) > static_cast<int>(b.first.severity);
    });
    return groups;
}

std::string format_issue_group(const IssueGroup& g, std::size_t max_rows) {
    if (g.features.size() <= 1) return format_issue(g.first);
    Issue head = g.first;
    head.feature.clear();
    std::vector<std::string> named;
    for (const std::string& f : g.features)
        if (!f.empty()) named.push_back(f);
    if (named.empty()) {  // a layer-wide finding met several times
        head.message = g.first.message + " (" + std::to_string(g.features.size()) + " times)";
        return format_issue(head);
    }
    std::string rows;
    const std::size_t shown = std::min(max_rows, named.size());
    for (std::size_t k = 0; k < shown; ++k) rows += (k ? ", " : "") + named[k];
    if (named.size() > shown) rows += " and " + std::to_string(named.size() - shown) + " more";
    head.message =
        std::to_string(g.features.size()) + " rows: " + g.first.message + " (" + rows + ")";
    return format_issue(head);
}

bool has_errors(const std::vector<Issue>& issues) {
    return std::any_of(issues.begin(), issues.end(),
                       [](const Issue& i) { return i.severity == Severity::Error; });
}

}  // namespace covplan::core
