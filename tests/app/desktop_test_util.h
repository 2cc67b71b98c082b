#pragma once
// Waiting for the app's background work in QTest-driven desktop tests.

#include <QElapsedTimer>
#include <QSignalSpy>
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

}  // namespace covplan::test
