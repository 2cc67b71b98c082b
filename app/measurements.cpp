#include "app/measurements.h"

#include <QApplication>
#include <QEventLoop>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

#include "app/commands/site_commands.h"
#include "app/main_window.h"

namespace covplan::app {
namespace {

// Runs the event loop until `sender` emits `signal` or `ms` pass; true if it emitted.
bool wait_for(QObject* sender, const char* signal, int ms) {
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(sender, signal, &loop, SLOT(quit()));
    timeout.start(ms);
    loop.exec();
    return timeout.isActive();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

}  // namespace

void run_measurements(MainWindow& w, const QElapsedTimer& since_start) {
    QTimer::singleShot(0, [&w, since_start] {
        MapCanvas& canvas = w.canvas();
        PlanDocument& doc = w.document();
        // First frame (layers, before coverage arrives) and first coverage.
        if (!canvas.has_frame()) wait_for(&canvas, SIGNAL(frameReady()), 30000);
        const double first_frame = since_start.elapsed() / 1000.0;
        while (doc.busy() || doc.snapshot().kpis.empty())
            if (!wait_for(&doc, SIGNAL(coverageUpdated()), 60000)) break;
        wait_for(&canvas, SIGNAL(frameReady()), 30000);
        const double coverage = since_start.elapsed() / 1000.0;

        // A pan/zoom frame: the renderer on the sample at window size.
        std::vector<double> frames;
        for (int i = 0; i < 10; ++i) {
            QElapsedTimer t;
            t.start();
            canvas.grab();  // paint of the current frame, as a pan shows it
            frames.push_back(t.nsecsElapsed() / 1e6);
        }
        std::vector<double> renders;
        for (int i = 0; i < 5; ++i) renders.push_back(canvas.time_one_render());

        // Edits: add one proposed 5G site, then move it 100 m at a time.
        const core::RadioTemplate nr = core::plan_5g_template(doc.project().settings);
        const core::Extent e = doc.extent();
        core::Site s = core::new_5g_site("MEASURE-1", {e.centre_x() - 3000, e.centre_y()}, nr);
        w.undo_stack().push(new AddSiteCommand(doc, s));
        while (doc.busy() || !wait_for(&doc, SIGNAL(coverageUpdated()), 60000)) {
            if (!doc.busy()) break;
        }
        std::vector<double> edits;
        const std::size_t idx = doc.project().layers.sites.size() - 1;
        for (int i = 1; i <= 10; ++i) {
            QElapsedTimer t;
            t.start();
            w.undo_stack().push(
                new MoveSiteCommand(doc, idx, {s.location.x() + 100.0 * i, s.location.y()}));
            wait_for(&doc, SIGNAL(coverageUpdated()), 60000);
            wait_for(&canvas, SIGNAL(frameReady()), 10000);
            edits.push_back(t.nsecsElapsed() / 1e6);
        }
        std::printf("startup to first drawn map: %.2f s\n", first_frame);
        std::printf("startup to drawn coverage and KPIs: %.2f s\n", coverage);
        std::printf("pan/zoom frame (paint of the last image): median %.1f ms\n", median(frames));
        std::printf(
            "full re-render of the view (off the GUI thread during pan/zoom): median %.1f ms\n",
            median(renders));
        std::printf("site move to updated map and KPIs: median %.0f ms, max %.0f ms\n",
                    median(edits), *std::max_element(edits.begin(), edits.end()));
        w.undo_stack().setClean();  // measurements are not edits to keep
        QApplication::exit(0);
    });
}

}  // namespace covplan::app
