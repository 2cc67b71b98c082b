#include "app/model_check.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "app/commands/site_commands.h"
#include "render/validation_plots.h"

namespace covplan::app {
namespace {

QString db(double v) { return QLocale().toString(v, 'f', 1); }

QString stats_line(const core::ErrorStats& s) {
    return ModelCheck::tr("n %1 · mean error %2 dB · RMSE %3 dB · std %4 dB")
        .arg(QLocale().toString(static_cast<qlonglong>(s.n)), db(s.mean_error_db), db(s.rmse_db),
             db(s.std_db));
}

}  // namespace

ModelCheck::ModelCheck(PlanDocument& doc, QUndoStack& undo, QWidget* window)
    : QObject(window), m_doc(doc), m_undo(undo), m_window(window) {
    connect(&m_validation, &QFutureWatcher<void>::finished, this, [this] {
        auto r = m_validation.result();
        if (!r) {
            m_summary = QString::fromStdString(r.error());
            emit failed(m_summary);
            QMessageBox::warning(m_window, tr("Validate against measurements"), m_summary);
            return;
        }
        show_validation(*r);
    });
    connect(&m_calibration, &QFutureWatcher<void>::finished, this, [this] {
        auto r = m_calibration.result();
        if (!r) {
            m_summary = QString::fromStdString(r.error());
            emit failed(m_summary);
            QMessageBox::warning(m_window, tr("Calibrate the model"), m_summary);
            return;
        }
        offer_calibration(*r);
    });
}

gis::CoverageJobOptions ModelCheck::job() const {
    gis::CoverageJobOptions j;
    if (!m_doc.path().isEmpty())
        j.project_dir = QFileInfo(m_doc.path()).absolutePath().toStdString();
    return j;
}

void ModelCheck::validate() {
    if (busy()) return;
    const gis::Project project = m_doc.project();
    const gis::CoverageJobOptions j = job();
    m_validation.setFuture(QtConcurrent::run(
        [project, j] { return gis::compare_measurements(project, j, core::ComparisonOptions{}); }));
}

void ModelCheck::calibrate() {
    if (busy()) return;
    const gis::Project project = m_doc.project();
    const gis::CoverageJobOptions j = job();
    core::CalibrationOptions o;
    o.scope = core::CalibrationScope::Cell;
    m_calibration.setFuture(QtConcurrent::run([project, j, o] {
        return gis::calibrate_model(project, j, core::ComparisonOptions{}, o);
    }));
}

void ModelCheck::remove_calibration() {
    if (m_doc.project().calibration.empty()) return;
    gis::Project p = m_doc.project();
    p.calibration = {};
    m_undo.push(new ReplaceProjectCommand(m_doc, std::move(p), tr("Remove the calibration")));
}

void ModelCheck::show_validation(const gis::MeasurementComparison& c) {
    const core::ValidationResult& v = c.validation;
    m_doc.set_validation(std::make_shared<const core::ValidationResult>(v));
    m_summary = tr("%1 samples compared (averaged over 20 m) with the %2model: %3")
                    .arg(QLocale().toString(static_cast<qlonglong>(v.compared.size())),
                         c.calibrated ? tr("calibrated ") : QString(), stats_line(v.overall));
    if (v.outside_grid || v.out_of_reach)
        m_summary += "\n" + tr("Left out: %1 outside the grid, %2 beyond the cells' reach.")
                                .arg(v.outside_grid)
                                .arg(v.out_of_reach);
    if (c.serving.unmatched)
        m_summary += "\n" + tr("%1 samples name a serving cell no site matches: compared with "
                               "the best server.")
                                .arg(c.serving.unmatched);
    // The figure as `covplan validate` writes it, in the interface's language.
    const bool vi = QLocale().language() == QLocale::Vietnamese;
    QImage img(720, 560, QImage::Format_ARGB32);
    img.fill(Qt::white);
    {
        QPainter g(&img);
        render::draw_scatter(g, QRectF(0, 0, 720, 560), v, vi, 0.8);
    }
    if (m_dialog) m_dialog->close();
    auto* d = new QDialog(m_window);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setWindowTitle(tr("Validate against measurements"));
    auto* layout = new QVBoxLayout(d);
    auto* text = new QLabel(m_summary, d);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text);
    auto* plot = new QLabel(d);
    plot->setPixmap(QPixmap::fromImage(img));
    layout->addWidget(plot);
    auto* note = new QLabel(tr("The map shows the error at each sample in the layer "
                               "\"Prediction error\"."),
                            d);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, d);
    connect(buttons, &QDialogButtonBox::rejected, d, &QDialog::close);
    layout->addWidget(buttons);
    m_dialog = d;
    d->show();
    emit validated();
}

void ModelCheck::offer_calibration(const gis::CalibrationRun& run) {
    const core::CalibrationReport& r = run.report;
    m_summary =
        tr("Before: %1").arg(stats_line(r.before)) + "\n" +
        tr("After (cross-validated, %1 folds): %2").arg(r.folds).arg(stats_line(r.after)) + "\n" +
        tr("Global correction: %1 dB at 1 km, %2 dB per decade of distance; %3 sites "
           "with a fit of their own.")
            .arg(db(r.calibration.global.offset_db), db(r.calibration.global.slope_db_per_decade))
            .arg(r.calibration.by_site.size());
    if (r.after.rmse_db >= r.before.rmse_db)
        m_summary += "\n" + tr("The cross-validated error is not lower: the fit does not "
                               "generalise, better not apply it.");
    if (m_offer) m_offer->close();
    auto* box = new QMessageBox(QMessageBox::Question, tr("Calibrate the model"), m_summary,
                                QMessageBox::Apply | QMessageBox::Cancel, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QString details;
    for (const std::string& n : r.notes) details += QString::fromStdString(n) + "\n";
    if (!details.isEmpty()) box->setDetailedText(details);
    const core::ModelCalibration calibration = r.calibration;
    connect(box, &QMessageBox::finished, this, [this, box, calibration](int result) {
        if (box->standardButton(box->clickedButton()) != QMessageBox::Apply &&
            result != QMessageBox::Apply)
            return;
        gis::Project p = m_doc.project();
        p.calibration = calibration;
        m_undo.push(new ReplaceProjectCommand(m_doc, std::move(p), tr("Calibrate the model")));
    });
    m_offer = box;
    box->open();
    emit calibrationOffered();
}

}  // namespace covplan::app
