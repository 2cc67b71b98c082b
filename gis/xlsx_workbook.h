#pragma once
// The analysis as one Excel workbook for people (issue 14): the plan's indicators on
// both bases, coverage by khu vực, every site, the priority places, one sheet each,
// headers and words in the report's language. Numbers are stored as numbers (Excel
// shows them with the reader's own decimal separator); shares are percentages
// (54.3, the header says "%"). Written with GDAL's XLSX driver, atomically.

#include <expected>
#include <string>

#include "gis/analysis_job.h"

namespace covplan::gis {

[[nodiscard]] std::expected<void, std::string> write_analysis_xlsx(const std::string& path,
                                                                   const Project& project,
                                                                   const PlanAnalysis& analysis,
                                                                   bool vietnamese);

}  // namespace covplan::gis
