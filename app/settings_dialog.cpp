#include "app/settings_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QScrollBar>
#include <algorithm>

#include "app/commands/site_commands.h"
#include "core/propagation/itm.h"
#include "core/propagation/model_registry.h"
#include "gis/project_file.h"

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
    // The plan's other aims: 0 = no target (shown without one).
    m_download_baseline =
        number(this, 0, 10000, s.targets.download_baseline_2024_mbps, 1, " Mbit/s");
    m_download_baseline->setSpecialValueText(tr("not entered"));
    m_shared_target = number(this, 0, 100, 100 * s.targets.shared_tower_share, 0, " %");
    m_shared_target->setSpecialValueText(tr("no target"));
    m_underground_target = number(this, 0, 100, 100 * s.targets.underground_fiber_share, 0, " %");
    m_underground_target->setSpecialValueText(tr("no target"));
    m_model = new QComboBox(this);
    // The model ids and environments as the registry names them (covplan pathloss, point).
    m_model->addItem("auto");
    for (const core::ModelInfo& mi : core::propagation_models())
        m_model->addItem(QString::fromUtf8(mi.id.data(), static_cast<int>(mi.id.size())));
    m_model->setCurrentText(QString::fromStdString(s.propagation_model));
    m_environment = new QComboBox(this);
    for (std::string_view e : core::environment_names())
        m_environment->addItem(QString::fromUtf8(e.data(), static_cast<int>(e.size())));
    m_environment->setCurrentText(QString::fromStdString(s.environment));
    form->addRow(tr("4G RSRP threshold"), m_rsrp4);
    form->addRow(tr("5G RSRP threshold"), m_rsrp5);
    form->addRow(tr("SINR floor"), m_sinr);
    form->addRow(tr("Fiber drop reach"), m_reach);
    form->addRow(tr("Grid resolution"), m_resolution);
    form->addRow(tr("Propagation model"), m_model);
    form->addRow(tr("Environment"), m_environment);
    m_itm_climate = new QComboBox(this);
    for (int c = 1; c <= 7; ++c) {
        const std::string_view name = core::itm::climate_name(static_cast<core::itm::Climate>(c));
        m_itm_climate->addItem(QString::number(c) + " " +
                                   QString::fromUtf8(name.data(), static_cast<int>(name.size())),
                               c);
    }
    m_itm_climate->setCurrentIndex(std::clamp(s.itm.climate, 1, 7) - 1);
    m_itm_n0 = number(this, 250, 400, s.itm.n0_n_units, 0, " N");
    m_itm_epsilon = number(this, 1, 100, s.itm.epsilon, 1, "");
    m_itm_sigma = number(this, 0.0001, 10, s.itm.sigma_s_per_m, 4, " S/m");
    form->addRow(tr("ITM radio climate"), m_itm_climate);
    form->addRow(tr("ITM surface refractivity N0"), m_itm_n0);
    form->addRow(tr("ITM ground permittivity ε"), m_itm_epsilon);
    form->addRow(tr("ITM ground conductivity σ"), m_itm_sigma);
    form->addRow(tr("Target 5G / 4G sites"), m_ratio);
    form->addRow(tr("… by year"), m_ratio_year);
    form->addRow(tr("Target 5G population share"), m_pop5g);
    form->addRow(tr("… by year"), m_pop5g_year);
    form->addRow(tr("2024 mean download speed (baseline, doubled by 2030)"), m_download_baseline);
    form->addRow(tr("Target share of shared towers"), m_shared_target);
    form->addRow(tr("Target share of underground fiber"), m_underground_target);
    // Radio templates: what imports fill in and what new and upgraded 5G sites get.
    const std::vector<std::string> fields = core::radio_template_fields();
    const core::KeyValues kv = core::settings_to_key_values(s);
    m_templates = new QTableWidget(static_cast<int>(s.radio_templates.size()),
                                   static_cast<int>(fields.size()) + 1, this);
    QStringList headers{tr("id")};
    for (const std::string& f : fields) headers << QString::fromStdString(f);
    m_templates->setHorizontalHeaderLabels(headers);
    m_plan_5g = new QComboBox(this);
    for (std::size_t r = 0; r < s.radio_templates.size(); ++r) {
        const std::string& id = s.radio_templates[r].id;
        auto* idItem = new QTableWidgetItem(QString::fromStdString(id));
        idItem->setFlags(idItem->flags() & ~Qt::ItemIsEditable);
        m_templates->setItem(static_cast<int>(r), 0, idItem);
        for (std::size_t c = 0; c < fields.size(); ++c)
            m_templates->setItem(static_cast<int>(r), static_cast<int>(c) + 1,
                                 new QTableWidgetItem(QString::fromStdString(
                                     kv.at("radio." + id + "." + fields[c]))));
        if (s.radio_templates[r].technology == core::Technology::Nr5G)
            m_plan_5g->addItem(QString::fromStdString(id));
    }
    m_plan_5g->setCurrentText(QString::fromStdString(s.plan_5g_template));
    m_templates->resizeColumnsToContents();
    m_templates->verticalHeader()->hide();
    m_templates->setMinimumWidth(720);
    // Every row visible: the table is short (one row per technology and band).
    m_templates->setMinimumHeight(m_templates->horizontalHeader()->height() +
                                  m_templates->rowHeight(0) * (m_templates->rowCount() + 1) +
                                  m_templates->horizontalScrollBar()->sizeHint().height());
    form->addRow(tr("Radio templates"), m_templates);
    form->addRow(tr("5G template for new and upgraded sites"), m_plan_5g);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    form->addRow(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QString err = apply();
        m_message->setText(err);
        if (err.isEmpty()) accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QString SettingsDialog::apply() {
    gis::Project p = m_doc.project();
    core::PlanSettings& s = p.settings;
    s.rsrp_threshold_4g_dbm = m_rsrp4->value();
    s.rsrp_threshold_5g_dbm = m_rsrp5->value();
    s.sinr_floor_db = m_sinr->value();
    s.fiber_drop_reach_m = m_reach->value();
    s.resolution_m = m_resolution->value();
    s.propagation_model = m_model->currentText().toStdString();
    s.environment = m_environment->currentText().toStdString();
    s.itm.climate = m_itm_climate->currentData().toInt();
    s.itm.n0_n_units = m_itm_n0->value();
    s.itm.epsilon = m_itm_epsilon->value();
    s.itm.sigma_s_per_m = m_itm_sigma->value();
    s.targets.ratio_5g_to_4g_sites = m_ratio->value();
    s.targets.ratio_target_year = m_ratio_year->value();
    s.targets.population_5g_share = m_pop5g->value() / 100.0;
    s.targets.population_5g_target_year = m_pop5g_year->value();
    s.targets.download_baseline_2024_mbps = m_download_baseline->value();
    s.targets.shared_tower_share = m_shared_target->value() / 100.0;
    s.targets.underground_fiber_share = m_underground_target->value() / 100.0;
    s.plan_5g_template = m_plan_5g->currentText().toStdString();
    // Through the key/value form: the same parsing and range checks as `covplan settings`.
    core::KeyValues kv = core::settings_to_key_values(s);
    const std::vector<std::string> fields = core::radio_template_fields();
    for (int r = 0; r < m_templates->rowCount(); ++r) {
        const std::string id = m_templates->item(r, 0)->text().toStdString();
        for (std::size_t c = 0; c < fields.size(); ++c)
            kv["radio." + id + "." + fields[c]] =
                m_templates->item(r, static_cast<int>(c) + 1)->text().trimmed().toStdString();
    }
    auto checked = gis::checked_settings(kv);
    if (!checked) return QString::fromStdString(checked.error());
    p.settings = *checked;
    m_undo.push(new ReplaceProjectCommand(m_doc, std::move(p), tr("Change plan settings")));
    return {};
}

}  // namespace covplan::app
