#pragma once
// Tools → Validate against measurements / Calibrate the model: the desktop's front
// end of gis/measurement_job.h (the jobs `covplan validate` and `covplan calibrate`
// run). Both work on a copy of the plan off the GUI thread; the validation becomes the
// residual layer, a calibration is applied as one undoable step.

#include <QDialog>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QString>
#include <expected>

#include "app/plan_document.h"
#include "gis/measurement_job.h"

class QUndoStack;
class QWidget;

namespace covplan::app {

class ModelCheck : public QObject {
    Q_OBJECT
  public:
    ModelCheck(PlanDocument& doc, QUndoStack& undo, QWidget* window);

    void validate();
    void calibrate();
    //! Undoable too: the model as it was before any calibration.
    void remove_calibration();
    [[nodiscard]] bool busy() const {
        return m_validation.isRunning() || m_calibration.isRunning();
    }
    //! The figures last shown (also for tests and screenshots).
    [[nodiscard]] const QString& summary() const { return m_summary; }
    //! The calibration offered to the user, waiting for Apply (null when none).
    [[nodiscard]] QMessageBox* pending_calibration() const { return m_offer; }
    [[nodiscard]] QDialog* validation_dialog() const { return m_dialog; }

  Q_SIGNALS:
    void validated();
    void calibrationOffered();
    void failed(QString message);

  private:
    [[nodiscard]] gis::CoverageJobOptions job() const;
    void show_validation(const gis::MeasurementComparison& c);
    void offer_calibration(const gis::CalibrationRun& run);

    PlanDocument& m_doc;
    QUndoStack& m_undo;
    QWidget* m_window;
    QFutureWatcher<std::expected<gis::MeasurementComparison, std::string>> m_validation;
    QFutureWatcher<std::expected<gis::CalibrationRun, std::string>> m_calibration;
    QString m_summary;
    QPointer<QMessageBox> m_offer;
    QPointer<QDialog> m_dialog;
};

}  // namespace covplan::app
