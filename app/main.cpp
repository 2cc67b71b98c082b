// covplan-desktop: plan 4G/5G coverage and fiber reach on a map.
//
//   covplan-desktop [PROJECT] [--lang vi|en] [--screenshot FILE.png [--size WxH]]
//
// --screenshot opens the project (the Long Mỹ sample by default), waits until the
// coverage is drawn, saves the window as PNG and exits (works with
// QT_QPA_PLATFORM=offscreen).

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLocale>
#include <QTimer>
#include <cstdio>

#include "app/main_window.h"
#include "app/measurements.h"

int main(int argc, char** argv) {
    // Qt's own file dialogs, not the platform's: they follow the interface language
    // (the platform's speak the desktop session's).
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QApplication app(argc, argv);
    QApplication::setApplicationName("covplan-desktop");
    QApplication::setOrganizationName("covplan");
    QCommandLineParser cli;
    cli.setApplicationDescription("4G/5G coverage and fiber-reach planning");
    cli.addHelpOption();
    cli.addPositionalArgument("project",
                              "covplan project (*.covplan.gpkg); default: the Long My sample");
    QCommandLineOption lang("lang", "user interface language: vi or en (default: system locale)",
                            "code");
    QCommandLineOption shot("screenshot",
                            "save the window as PNG once coverage is drawn, then exit", "file");
    QCommandLineOption size("size", "window size for --screenshot, WxH (default 1440x900)", "WxH",
                            "1440x900");
    QCommandLineOption measure(
        "measure", "print startup, frame and edit-to-update timings on the project, then exit");
    cli.addOptions({lang, shot, size, measure});
    cli.process(app);

    // Noto Sans has every Vietnamese diacritic (Debian's fonts-noto-core).
    QFont font("Noto Sans");
    font.setPointSizeF(9.5);
    QApplication::setFont(font);

    covplan::app::MainWindow window;
    QString code = cli.value(lang);
    if (code.isEmpty()) code = QLocale::system().name().startsWith("vi") ? "vi" : "en";
    if (code != "vi" && code != "en") {
        std::fprintf(stderr, "covplan-desktop: --lang must be vi or en\n");
        return 2;
    }
    window.set_language(code);
    const QString project = cli.positionalArguments().isEmpty()
                                ? QString(COVPLAN_SOURCE_DATA_DIR) + "/longmy/longmy.covplan.gpkg"
                                : cli.positionalArguments().first();
    if (cli.isSet(shot)) {
        const QStringList wh = cli.value(size).split('x');
        if (wh.size() == 2) window.resize(wh[0].toInt(), wh[1].toInt());
    }
    QElapsedTimer since_start;
    since_start.start();
    if (cli.isSet(measure)) window.resize(1440, 900);
    window.show();
    const QString err = window.open_project(project);
    if (!err.isEmpty()) {
        std::fprintf(stderr, "covplan-desktop: %s\n", err.toLocal8Bit().constData());
        if (cli.isSet(shot)) return 1;
    }
    if (cli.isSet(shot)) {
        const QString out = cli.value(shot);
        // Save once the coverage has arrived and a frame with it has been rendered.
        auto try_save = [&window, out] {
            if (window.document().busy() || window.document().snapshot().kpis.empty() ||
                !window.canvas().has_frame())
                return;
            const bool ok = window.grab().save(out, "PNG");
            std::printf("%s %s\n", ok ? "saved" : "could not save", out.toLocal8Bit().constData());
            QApplication::exit(ok ? 0 : 1);
        };
        QObject::connect(&window.canvas(), &covplan::app::MapCanvas::frameReady, &window, try_save);
        QTimer::singleShot(120000, [] {
            std::fprintf(stderr, "covplan-desktop: coverage did not finish in 120 s\n");
            QApplication::exit(1);
        });
    }
    if (cli.isSet(measure)) covplan::app::run_measurements(window, since_start);
    return QApplication::exec();
}
