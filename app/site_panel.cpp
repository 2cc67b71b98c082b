#include "app/site_panel.h"

#include <QVBoxLayout>
#include <algorithm>
#include <map>
#include <set>

#include "app/commands/site_commands.h"
#include "core/value_parsing.h"

namespace covplan::app {

namespace {
QDoubleSpinBox* spin(QWidget* parent, double lo, double hi, int decimals) {
    auto* s = new QDoubleSpinBox(parent);
    s->setRange(lo, hi);
    s->setDecimals(decimals);
    return s;
}
constexpr double kColocationRadiusM = 500.0;
}  // namespace

SitePanel::SitePanel(PlanDocument& doc, QUndoStack& undo, QWidget* parent)
    : QWidget(parent), m_doc(doc), m_undo(undo) {
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_form = new QFormLayout;
    m_operator = new QLineEdit(this);
    m_tech = new QComboBox(this);
    m_tech->addItems({"4G", "5G"});
    m_band = new QLineEdit(this);
    m_freq = spin(this, 150, 6000, 1);
    m_height = spin(this, 1, 300, 1);
    m_azimuths = new QLineEdit(this);
    m_mech = spin(this, -20, 30, 1);
    m_elec = spin(this, -20, 30, 1);
    m_power = spin(this, 0, 70, 1);
    m_antenna = new QComboBox(this);
    m_antenna->setEditable(true);  // built-ins, or an .msi file path
    m_antenna->addItems({"panel", "aau", "3gpp", "omni", "omni-11", "sector-envelope"});
    layout->addLayout(m_form);
    m_apply = new QPushButton(this);
    layout->addWidget(m_apply);
    m_coloc_title = new QLabel(this);
    m_towers = new QListWidget(this);
    m_towers->setWordWrap(true);
    m_move = new QPushButton(this);
    layout->addWidget(m_coloc_title);
    layout->addWidget(m_towers, 3);  // the options get the room the form leaves
    layout->addWidget(m_move);
    layout->addStretch(1);
    // The form rows: labels set in retranslate().
    QWidget* fields[] = {m_operator, m_tech, m_band, m_freq,  m_height,
                         m_azimuths, m_mech, m_elec, m_power, m_antenna};
    for (QWidget* f : fields) m_form->addRow(new QLabel(this), f);
    connect(m_apply, &QPushButton::clicked, this, &SitePanel::apply);
    connect(m_move, &QPushButton::clicked, this, [this] {
        auto* item = m_towers->currentItem();
        if (!m_gap_name.isEmpty()) {
            // Gap mode: propose 5G on the chosen tower (co-located with its 4G).
            const int row = item ? item->data(Qt::UserRole + 2).toInt() : -1;
            const auto& options = m_doc.gap_options();
            if (!item || row < 0 || row >= static_cast<int>(options.size())) return;
            m_undo.push(new AddSiteCommand(m_doc, options[static_cast<std::size_t>(row)].upgrade));
            return;
        }
        // Rows without a tower ("evaluating…", "none") move nothing.
        if (!item || m_index < 0 || !item->data(Qt::UserRole).isValid()) return;
        core::Site s = m_doc.project().layers.sites.at(static_cast<std::size_t>(m_index));
        s.location = core::Point(item->data(Qt::UserRole).toDouble(),
                                 item->data(Qt::UserRole + 1).toDouble());
        // An edit, not a move: it must not merge with a drag that follows.
        m_undo.push(new EditSiteCommand(m_doc, static_cast<std::size_t>(m_index), s));
    });
    connect(&m_doc, &PlanDocument::sitesChanged, this, [this] { show_site(m_index); });
    connect(&m_doc, &PlanDocument::colocationEvaluated, this, &SitePanel::show_alternatives);
    connect(&m_doc, &PlanDocument::gapOptionsEvaluated, this, &SitePanel::show_gap_options);
    retranslate();
    show_site(-1);
}

void SitePanel::retranslate() {
    const QStringList labels = {tr("Operator"),
                                tr("Technology"),
                                tr("Band"),
                                tr("Frequency (MHz)"),
                                tr("Antenna height (m)"),
                                tr("Azimuths (°)"),
                                tr("Mechanical tilt (°)"),
                                tr("Electrical tilt (°)"),
                                tr("Power (dBm)"),
                                tr("Antenna")};
    for (int i = 0; i < 10; ++i)
        if (auto* l = qobject_cast<QLabel*>(m_form->itemAt(i, QFormLayout::LabelRole)->widget()))
            l->setText(labels[i]);
    m_apply->setText(tr("Apply"));
    m_coloc_title->setText(
        tr("Existing towers within %1 m (co-location)").arg(kColocationRadiusM, 0, 'f', 0));
    m_move->setText(tr("Move the proposal onto this tower"));
    show_site(m_index);
}

void SitePanel::show_gap(const core::PriorityPlace& gap) {
    m_index = -1;
    m_gap_name = QString::fromStdString(gap.name);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_operator, m_tech, m_band, m_freq, m_height, m_azimuths,
                                         m_mech, m_elec, m_power, m_antenna, m_apply})
        w->setEnabled(false);
    // A gap has no radio parameters: the form would only show stale values.
    for (int r = 0; r < m_form->rowCount(); ++r) m_form->setRowVisible(r, false);
    m_apply->hide();
    m_towers->setEnabled(true);
    m_move->setEnabled(true);
    m_title->setText(QString("<b>%1</b> — %2").arg(m_gap_name, tr("priority place without 5G")));
    m_coloc_title->setText(tr("Existing towers within 2 km that could carry 5G for it"));
    m_move->setText(tr("Propose 5G on this tower"));
    m_towers->clear();
    new QListWidgetItem(tr("Evaluating the towers within %1 m…").arg(2000), m_towers);
    m_doc.request_gap_options(gap);
}

void SitePanel::show_gap_options(const QString& gap_name) {
    if (gap_name != m_gap_name) return;
    m_towers->clear();
    const auto& options = m_doc.gap_options();
    for (std::size_t i = 0; i < options.size(); ++i) {
        const core::GapTowerOption& o = options[i];
        const QString fiber = o.fiber_distance_m < 0
                                  ? tr("no fiber")
                                  : tr("fiber %1 m").arg(o.fiber_distance_m, 0, 'f', 0);
        auto* item = new QListWidgetItem(
            tr("%1 — %3 — %2 m\ncovers %5 % of the place, +%6 residents with 5G, %4")
                .arg(QString::fromStdString(o.tower_id))
                .arg(o.distance_m, 0, 'f', 0)
                .arg(QString::fromStdString(o.operators), fiber)
                .arg(100 * o.place_share_5g, 0, 'f', 0)
                .arg(o.added_population_5g, 0, 'f', 0),
            m_towers);
        item->setData(Qt::UserRole + 2, static_cast<int>(i));
    }
    if (options.empty())
        new QListWidgetItem(tr("none"), m_towers);
    else
        m_towers->setCurrentRow(0);
    std::vector<core::Point> points;
    for (const core::GapTowerOption& o : options) points.push_back(o.upgrade.location);
    emit candidatesShown(points);
}

void SitePanel::show_site(int index) {
    if (!m_gap_name.isEmpty()) {
        m_gap_name.clear();
        for (int r = 0; r < m_form->rowCount(); ++r) m_form->setRowVisible(r, true);
        m_apply->show();
        m_index = index;
        retranslate();  // the site-mode titles back; it shows site m_index
        return;
    }
    const auto& sites = m_doc.project().layers.sites;
    m_index = index >= 0 && index < static_cast<int>(sites.size()) ? index : -1;
    const bool have = m_index >= 0;
    const bool editable =
        have && sites[static_cast<std::size_t>(m_index)].status == core::SiteStatus::Proposed;
    for (QWidget* w : std::initializer_list<QWidget*>{m_operator, m_tech, m_band, m_freq, m_height,
                                                      m_azimuths, m_mech, m_elec, m_power,
                                                      m_antenna, m_apply, m_towers, m_move})
        w->setEnabled(editable);
    if (!have) {
        m_title->setText(tr("Select a site on the map."));
        m_towers->clear();
        emit candidatesShown({});
        return;
    }
    const core::Site& s = sites[static_cast<std::size_t>(m_index)];
    m_title->setText(QString("<b>%1</b> — %2")
                         .arg(QString::fromStdString(s.site_id),
                              editable ? tr("proposed") : tr("existing (read only)")));
    m_operator->setText(QString::fromStdString(s.operator_name));
    m_tech->setCurrentIndex(s.technology == core::Technology::Nr5G ? 1 : 0);
    m_band->setText(QString::fromStdString(s.band));
    m_freq->setValue(s.freq_mhz);
    m_height->setValue(s.height_m);
    QString az;
    for (double a : s.azimuths_deg) az += (az.isEmpty() ? "" : ";") + QString::number(a);
    m_azimuths->setText(az);
    m_mech->setValue(s.mech_tilt_deg);
    m_elec->setValue(s.elec_tilt_deg);
    m_power->setValue(s.power_dbm);
    m_antenna->setCurrentText(QString::fromStdString(s.antenna_model));
    fill_colocation();
}

void SitePanel::apply() {
    if (m_index < 0) return;
    core::Site s = m_doc.project().layers.sites.at(static_cast<std::size_t>(m_index));
    auto az = core::parse_azimuths(m_azimuths->text().toStdString());
    if (!az) {
        m_title->setText(tr("Azimuths must be bearings in 0–360°, e.g. 0;120;240"));
        return;
    }
    s.operator_name = m_operator->text().toStdString();
    s.technology = m_tech->currentIndex() == 1 ? core::Technology::Nr5G : core::Technology::Lte4G;
    s.band = m_band->text().toStdString();
    s.freq_mhz = m_freq->value();
    s.height_m = m_height->value();
    s.azimuths_deg = *az;
    s.mech_tilt_deg = m_mech->value();
    s.elec_tilt_deg = m_elec->value();
    s.power_dbm = m_power->value();
    s.antenna_model = m_antenna->currentText().toStdString();
    m_undo.push(new EditSiteCommand(m_doc, static_cast<std::size_t>(m_index), s));
}

void SitePanel::fill_colocation() {
    m_towers->clear();
    if (m_index < 0) return;
    const auto& sites = m_doc.project().layers.sites;
    const core::Site& p = sites[static_cast<std::size_t>(m_index)];
    if (p.status != core::SiteStatus::Proposed) return;
    // The towers and what moving onto each would do come from the engine, in the
    // background; the list fills when colocationEvaluated arrives.
    new QListWidgetItem(tr("Evaluating the towers within %1 m…").arg(kColocationRadiusM, 0, 'f', 0),
                        m_towers);
    m_doc.request_colocation(m_index);
}

void SitePanel::show_alternatives(int index) {
    if (index != m_index) return;
    m_towers->clear();
    const auto& alts = m_doc.alternatives();
    for (const core::ColocationAlternative& a : alts) {
        const QString fiber = a.fiber_distance_m < 0
                                  ? tr("no fiber")
                                  : tr("fiber %1 m").arg(a.fiber_distance_m, 0, 'f', 0);
        const QString change = tr("5G residents %1%2")
                                   .arg(a.difference >= 0 ? "+" : "−")
                                   .arg(std::abs(a.difference), 0, 'f', 0);
        auto* item =
            new QListWidgetItem(QString("%1 — %3 — %2 m\n%5, %4")
                                    .arg(QString::fromStdString(a.tower_id))
                                    .arg(a.distance_m, 0, 'f', 0)
                                    .arg(QString::fromStdString(a.operators), fiber, change),
                                m_towers);
        item->setData(Qt::UserRole, a.location.x());
        item->setData(Qt::UserRole + 1, a.location.y());
        item->setToolTip(
            tr("Ward residents with 5G: %1 with the proposal where drawn, %2 on this tower")
                .arg(a.population_5g_at_proposal, 0, 'f', 0)
                .arg(a.population_5g_on_tower, 0, 'f', 0));
    }
    if (alts.empty()) new QListWidgetItem(tr("none"), m_towers);
    if (!alts.empty()) m_towers->setCurrentRow(0);  // the best option first
    std::vector<core::Point> points;
    for (const core::ColocationAlternative& a : alts) points.push_back(a.location);
    emit candidatesShown(points);
}

}  // namespace covplan::app
