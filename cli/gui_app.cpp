#include "cli/gui_app.h"

#include <cstdlib>

namespace covplan::cli {

std::unique_ptr<QGuiApplication> ensure_gui_application(char* argv0) {
    if (QGuiApplication::instance()) return nullptr;
    if (!std::getenv("QT_QPA_PLATFORM") && !std::getenv("DISPLAY") &&
        !std::getenv("WAYLAND_DISPLAY"))
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
    static int qt_argc = 1;
    static char* qt_argv[] = {argv0, nullptr};
    return std::make_unique<QGuiApplication>(qt_argc, qt_argv);
}

}  // namespace covplan::cli
