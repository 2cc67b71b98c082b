#pragma once
#include <QElapsedTimer>

namespace covplan::app {
class MainWindow;

//! The timed script behind `covplan-desktop --measure`: time to the first drawn map,
//! to the first coverage, the cost of a pan/zoom frame, and edit-to-update latency
//! for moves of a proposed site. Prints the figures and quits the application.
void run_measurements(MainWindow& window, const QElapsedTimer& since_start);

}  // namespace covplan::app
