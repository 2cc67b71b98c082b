#pragma once
// The engine's one check of what it is given. Values enter through settings, imports
// and antenna files, each checked where it enters; this is the last line, so a
// caller that builds cells itself (a test, a future importer) still gets an error
// instead of NaN rasters or an out-of-bounds write.

#include <optional>
#include <string>
#include <vector>

#include "core/coverage/cell.h"
#include "core/coverage/coverage_options.h"
#include "core/grid.h"

namespace covplan::core {

//! The first input that is not finite or not in the engine's range, named.
[[nodiscard]] std::optional<std::string> engine_input_error(const GridSpec& grid,
                                                            const CoverageOptions& options,
                                                            const std::vector<Cell>& cells);

}  // namespace covplan::core
