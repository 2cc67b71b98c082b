#pragma once
// Waiting for the app's background work in QTest-driven desktop tests.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app/plan_document.h"

namespace covplan::test {

//! Waits for the next coverage update, then until the document is idle: a queued
//! follow-up (another edit's update, a co-location check, the upgrade ranking) may
//! still run after it.
inline bool wait_for_coverage(app::PlanDocument& doc, int ms = 60000) {
    QSignalSpy spy(&doc, &app::PlanDocument::coverageUpdated);
    if (!spy.wait(ms)) return false;
    QElapsedTimer t;
    t.start();
    while (doc.busy() && t.elapsed() < ms) QTest::qWait(10);
    return !doc.busy();
}

//! A copy of the embedded sample (project and rasters) in a folder that lives as
//! long as the test binary: the app autosaves next to the project it opens, and
//! tests never write into data/.
inline QString sample_copy() {
    static QTemporaryDir dir;
    static const QString project = [] {
        const QString src = QString(COVPLAN_SOURCE_DATA_DIR) + "/longmy/";
        for (const char* f : {"longmy.covplan.gpkg", "dem_1arcsec.tif", "landuse_10m.tif",
                              "landuse_10m.tif.aux.xml"})
            QFile::copy(src + f, dir.filePath(f));
        return dir.filePath("longmy.covplan.gpkg");
    }();
    return project;
}

}  // namespace covplan::test
