#pragma once
// A validation finding about input data, located as precisely as we can
// (file, layer, feature), so a planner can find and fix the record.

#include <string>
#include <vector>

namespace covplan::core {

enum class Severity { Info, Warning, Error };

struct Issue {
    Severity severity = Severity::Error;
    std::string file;     //!< path as the user gave it; empty if not from a file
    std::string layer;    //!< layer name inside the file; empty if not applicable
    std::string feature;  //!< feature id / row (e.g. "FID 12" or "site_id VT-01"); may be empty
    std::string message;  //!< what is wrong and, where possible, what was done about it
};

//! "error: sites.csv, layer 'sites', FID 3: antenna height 'abc' is not a number".
[[nodiscard]] std::string format_issue(const Issue& issue);
[[nodiscard]] const char* severity_name(Severity severity);

//! Issues that say the same thing about several rows, reported once.
struct IssueGroup {
    Issue first;                        //!< severity, file, layer, message (feature: the first row)
    std::vector<std::string> features;  //!< every row it concerns (empty entries for none)
};

//! Groups identical findings (same severity, file, layer and message); errors first,
//! then warnings, then notes, each in the order first met.
[[nodiscard]] std::vector<IssueGroup> group_issues(const std::vector<Issue>& issues);

//! A group on one line: format_issue for a single row, else
//! "error: f.csv, layer 'x': 13 rows: MESSAGE (FID 2 (site_id A), ... and 8 more)".
[[nodiscard]] std::string format_issue_group(const IssueGroup& group, std::size_t max_rows = 5);
[[nodiscard]] bool has_errors(const std::vector<Issue>& issues);

}  // namespace covplan::core
