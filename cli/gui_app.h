#pragma once
#include <QGuiApplication>
#include <memory>

namespace covplan::cli {

//! Fonts need a Qt Gui application; without a display, the offscreen platform. The
//! caller keeps the returned one alive while drawing (null if one exists already).
[[nodiscard]] std::unique_ptr<QGuiApplication> ensure_gui_application(char* argv0);

}  // namespace covplan::cli
