#pragma once
#include <chrono>

namespace covplan::core {

//! Seconds on a monotonic clock, for the timings reports carry.
[[nodiscard]] inline double monotonic_seconds() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

}  // namespace covplan::core
