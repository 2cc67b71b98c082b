#pragma once

#include <string>

#include "gis/analysis_job.h"
// Each `covplan` subcommand. Return codes: 0 ok, 1 bad input, 2 usage.

namespace covplan::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitBadInput = 1;
inline constexpr int kExitUsage = 2;

int run_info(int argc, char** argv);
int run_transform(int argc, char** argv);
int run_import(int argc, char** argv);
int run_layers(int argc, char** argv);
int run_remove_layer(int argc, char** argv);
int run_add_raster(int argc, char** argv);
int run_demo(int argc, char** argv);
int run_coverage(int argc, char** argv);
int run_settings(int argc, char** argv);
int run_analyze(int argc, char** argv);
int run_suggest(int argc, char** argv);
int run_report(int argc, char** argv);
int run_map(int argc, char** argv);
int run_kmz(int argc, char** argv);
int run_snapshot(int argc, char** argv);
int run_validate(int argc, char** argv);
int run_calibrate(int argc, char** argv);
//! Writes analysis files and prints the KPIs (analyze, demo).
int write_analysis_files(const std::string& out_dir, const gis::Project& project,
                         const gis::PlanAnalysis& analysis);
//! The PDF report and the KMZ of one project from an analysis already made (demo).
int write_report_and_kmz(const gis::Project& project, const gis::PlanAnalysis& analysis,
                         const gis::AnalysisOptions& options, const std::string& pdf,
                         const std::string& kmz, const std::string& language, char* argv0);
int run_pathloss(int argc, char** argv);
int run_point(int argc, char** argv);
int run_los_probability(int argc, char** argv);
int run_knife_edge(int argc, char** argv);
int run_itm(int argc, char** argv);
int run_profile(int argc, char** argv);

}  // namespace covplan::cli
