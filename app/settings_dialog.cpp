#include "app/settings_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>

#include "app/commands/site_commands.h"

namespace covplan::app {

namespace {
QDoubleSpinBox* number(QWidget* p, double lo, double hi, double v, int decimals,
                       const QString& suffix) {
    auto* s = new QDoubleSpinBox(p);
    s->setRange(lo, hi);
    s->setDecimals(decimals);
    s->setValue(v);
    s->setSuffix(suffix);
    return s;
}

}  // namespace

SettingsDialog::SettingsDialog(PlanDocument& doc, QUndoStack& undo, QWidget* parent)
    : QDialog(parent), m_doc(doc), m_undo(undo) {
    setWindowTitle(tr("Plan settings"));
    const core::PlanSettings& s = doc.project().settings;
    auto* form = new QFormLayout(this);
    m_rsrp4 = number(this, -140, -60, s.rsrp_threshold_4g_dbm, 1, " dBm");
    m_rsrp5 = number(this, -140, -60, s.rsrp_threshold_5g_dbm, 1, " dBm");
    m_sinr = number(this, -1000, 30, s.sinr_floor_db, 1, " dB");
    m_reach = number(this, 10, 5000, s.fiber_drop_reach_m, 0, " m");
    m_resolution = number(this, 1, 500, s.resolution_m, 1, " m");
    m_ratio = number(this, 0, 5, s.targets.ratio_5g_to_4g_sites, 2, "");
    m_pop5g = number(this, 0, 100, 100 * s.targets.population_5g_share, 1, " %");
    m_ratio_year = new QSpinBox(this);
    m_pop5g_year = new QSpinBox(this);
    for (QSpinBox* y : {m_ratio_year, m_pop5g_year}) y->setRange(2024, 2050);
    m_ratio_year->setValue(s.targets.ratio_target_year);
    m_pop5g_year->setValue(s.targets.population_5g_target_year);
    m_model = new QComboBox(this);
    m_model->addItems({"auto", "fspl", "hata", "cost231", "tr38901"});
    m_model->setCurrentText(QString::fromStdString(s.propagation_model));
    m_environment = new QComboBox(this);
    m_environment->addItems({"dense-urban", "urban", "suburban", "rural"});
    m_environment->setCurrentText(QString::fromStdString(s.environment));
    form->addRow(tr("4G RSRP threshold"), m_rsrp4);
    form->addRow(tr("5G RSRP threshold"), m_rsrp5);
    form->addRow(tr("SINR floor"), m_sinr);
    form->addRow(tr("Fiber drop reach"), m_reach);
    form->addRow(tr("Grid resolution"), m_resolution);
    form->addRow(tr("Propagation model"), m_model);
    form->addRow(tr("Environment"), m_environment);
    form->addRow(tr("Target 5G / 4G sites"), m_ratio);
    form->addRow(tr("… by year"), m_ratio_year);
    form->addRow(tr("Target 5G population share"), m_pop5g);
    form->addRow(tr("… by year"), m_pop5g_year);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void SettingsDialog::apply() {
    gis::Project p = m_doc.project();
    core::PlanSettings& s = p.settings;
    s.rsrp_threshold_4g_dbm = m_rsrp4->value();
    s.rsrp_threshold_5g_dbm = m_rsrp5->value();
    s.sinr_floor_db = m_sinr->value();
    s.fiber_drop_reach_m = m_reach->value();
    s.resolution_m = m_resolution->value();
    s.propagation_model = m_model->currentText().toStdString();
    s.environment = m_environment->currentText().toStdString();
    s.targets.ratio_5g_to_4g_sites = m_ratio->value();
    s.targets.ratio_target_year = m_ratio_year->value();
    s.targets.population_5g_share = m_pop5g->value() / 100.0;
    s.targets.population_5g_target_year = m_pop5g_year->value();
    m_undo.push(new ReplaceProjectCommand(m_doc, std::move(p), tr("Change plan settings")));
}

}  // namespace covplan::app
