#include "app/layers_panel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QPainter>
#include <QVBoxLayout>

#include "app/commands/style_command.h"
#include "app/kpi_panel.h"
#include "app/layer_style_dialog.h"

namespace covplan::app {
namespace {

constexpr int kLayerRole = Qt::UserRole;  // int(MapLayerId), or one of:
constexpr int kOnlineBasemap = -1;
constexpr int kRasterBasemaps = -2;

QIcon symbol_icon(core::MapLayerId id, const core::LayerStyle& style, std::string_view variant) {
    QPixmap pm(22, 16);
    pm.fill(Qt::transparent);
    QPainter g(&pm);
    render::draw_legend_symbol(g, QRectF(0, 0, 22, 16), id, style, variant);
    g.end();
    return QIcon(pm);
}

QString variant_name(core::MapLayerId id, std::string_view v) {
    if (v == "4g") return LayersPanel::tr("4G site on air");
    if (v == "5g") return LayersPanel::tr("5G site on air");
    if (v == "proposed-4g") return LayersPanel::tr("Proposed 4G site");
    if (v == "proposed-5g") return LayersPanel::tr("Proposed 5G site");
    if (v == "major") return LayersPanel::tr("National / provincial road");
    if (v == "minor") return LayersPanel::tr("Other road");
    if (v == "rsrp-1") return LayersPanel::tr("RSRP ≥ −80 dBm");
    if (v == "rsrp-2") return LayersPanel::tr("RSRP −90 … −80 dBm");
    if (v == "rsrp-3") return LayersPanel::tr("RSRP −100 … −90 dBm");
    if (v == "rsrp-4") return LayersPanel::tr("RSRP −110 … −100 dBm");
    if (v == "rsrp-5") return LayersPanel::tr("RSRP < −110 dBm");
    if (v == "error-1") return LayersPanel::tr("Model ≥ 10 dB below the measurement");
    if (v == "error-2") return LayersPanel::tr("Model 3–10 dB below");
    if (v == "error-3") return LayersPanel::tr("Within ±3 dB");
    if (v == "error-4") return LayersPanel::tr("Model 3–10 dB above");
    if (v == "error-5") return LayersPanel::tr("Model ≥ 10 dB above the measurement");
    // Categories are named once, by the indicator panel that lists the gaps.
    if (id == core::MapLayerId::Poi) return KpiPanel::category_text(std::string(v));
    return QString::fromUtf8(v.data(), static_cast<int>(v.size()));
}

}  // namespace

QString LayersPanel::layer_name(core::MapLayerId id) {
    switch (id) {
        case core::MapLayerId::Ward:
            return tr("Ward boundary");
        case core::MapLayerId::Hamlets:
            return tr("Hamlets");
        case core::MapLayerId::Roads:
            return tr("Roads");
        case core::MapLayerId::Waterways:
            return tr("Waterways");
        case core::MapLayerId::Fiber:
            return tr("Fiber routes");
        case core::MapLayerId::Poi:
            return tr("Priority places");
        case core::MapLayerId::TowerUpgrades:
            return tr("5G upgrade candidates");
        case core::MapLayerId::PriorityGaps:
            return tr("Priority places without 5G");
        case core::MapLayerId::Sites:
            return tr("BTS sites");
        case core::MapLayerId::Measurements:
            return tr("Measured RSRP");
        case core::MapLayerId::Residuals:
            return tr("Prediction error (predicted − measured)");
    }
    return {};
}

LayersPanel::LayersPanel(PlanDocument& doc, QUndoStack& undo, QWidget* parent)
    : QWidget(parent), m_doc(doc), m_undo(undo) {
    auto* lv = new QVBoxLayout(this);
    lv->setContentsMargins(4, 4, 4, 4);
    m_coverage = new QComboBox(this);
    m_opacity = new QSlider(Qt::Horizontal, this);
    m_opacity->setRange(0, 100);
    m_opacity->setValue(65);
    m_legend = new QLabel(this);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setIconSize(QSize(22, 16));
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    auto* buttons = new QHBoxLayout;
    m_up = new QToolButton(this);
    m_down = new QToolButton(this);
    m_style = new QToolButton(this);
    m_zoom = new QToolButton(this);
    m_up->setArrowType(Qt::UpArrow);
    m_down->setArrowType(Qt::DownArrow);
    for (QToolButton* b : {m_up, m_down, m_style, m_zoom}) buttons->addWidget(b);
    buttons->addStretch();
    lv->addWidget(m_coverage);
    lv->addWidget(m_opacity);
    lv->addWidget(m_legend);
    lv->addWidget(m_tree, 1);
    lv->addLayout(buttons);

    connect(m_coverage, &QComboBox::currentIndexChanged, this, [this] {
        update_coverage_legend();
        emit displayChanged();
    });
    connect(m_opacity, &QSlider::valueChanged, this, [this] {
        update_coverage_legend();  // the swatches follow the opacity
        emit displayChanged();
    });
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* it, int) {
        if (m_rebuilding || it->parent()) return;
        const int id = it->data(0, kLayerRole).toInt();
        const bool on = it->checkState(0) == Qt::Checked;
        if (id == kOnlineBasemap || id == kRasterBasemaps) {
            (id == kOnlineBasemap ? m_online_on : m_rasters_on) = on;
            emit basemapsChanged();
            return;
        }
        set_visible(static_cast<core::MapLayerId>(id), on);
    });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem*, int) {
        if (auto id = current_layer()) edit_style(*id);
    });
    connect(m_up, &QToolButton::clicked, this, [this] {
        if (auto id = current_layer()) move(*id, +1);
    });
    connect(m_down, &QToolButton::clicked, this, [this] {
        if (auto id = current_layer()) move(*id, -1);
    });
    connect(m_style, &QToolButton::clicked, this, [this] {
        if (auto id = current_layer()) edit_style(*id);
    });
    connect(m_zoom, &QToolButton::clicked, this, [this] {
        if (auto id = current_layer()) emit zoomToLayer(*id);
    });
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const auto id = current_layer();
        if (!id) return;
        QMenu menu(this);
        menu.addAction(tr("Zoom to layer"), this, [this, id] { emit zoomToLayer(*id); });
        menu.addAction(tr("Style…"), this, [this, id] { edit_style(*id); });
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
    });
    // Queued: a style change can come from a tick in this very tree, and rebuilding
    // it inside that item's own signal would delete the item under Qt's feet.
    connect(&m_doc, &PlanDocument::styleChanged, this, &LayersPanel::rebuild, Qt::QueuedConnection);
    // Site edits (every drag step) change nothing in the tree unless the legend's
    // categories or the basemaps changed: rebuild only then.
    connect(
        &m_doc, &PlanDocument::sitesChanged, this,
        [this] {
            if (tree_content() != m_tree_content) rebuild();
        },
        Qt::QueuedConnection);
    // Settings edits (thresholds) arrive as a replaced project.
    connect(&m_doc, &PlanDocument::sitesChanged, this, &LayersPanel::update_coverage_legend);
    retranslate();
}

void LayersPanel::retranslate() {
    const int cov = m_coverage->currentIndex();
    m_coverage->blockSignals(true);
    m_coverage->clear();
    m_coverage->addItems({tr("No coverage"), tr("4G RSRP"), tr("5G RSRP"), tr("5G best server"),
                          tr("4G SINR"), tr("5G SINR"), tr("Downlink throughput (best of 4G/5G)"),
                          tr("Service (4G / 5G / both / none)")});
    m_coverage->setCurrentIndex(cov < 0 ? 2 : cov);
    m_coverage->blockSignals(false);
    m_opacity->setToolTip(tr("Coverage opacity"));
    m_up->setToolTip(tr("Move the layer up (drawn later)"));
    m_down->setToolTip(tr("Move the layer down"));
    m_style->setText(tr("Style…"));
    m_zoom->setText(tr("Zoom to layer"));
    rebuild();
    update_coverage_legend();
}

render::CoverageDisplay LayersPanel::display() const {
    static constexpr render::CoverageLayer kLayers[] = {
        render::CoverageLayer::None,       render::CoverageLayer::Rsrp4G,
        render::CoverageLayer::Rsrp5G,     render::CoverageLayer::BestServer5G,
        render::CoverageLayer::Sinr4G,     render::CoverageLayer::Sinr5G,
        render::CoverageLayer::Throughput, render::CoverageLayer::ServiceClass};
    render::CoverageDisplay d;
    const int c = m_coverage->currentIndex();
    if (c >= 0 && c < static_cast<int>(std::size(kLayers))) d.coverage = kLayers[c];
    d.coverage_opacity = m_opacity->value() / 100.0;
    return d;
}

bool LayersPanel::online_basemap() const { return m_online_on; }
bool LayersPanel::raster_basemaps() const { return m_rasters_on; }

QTreeWidgetItem* LayersPanel::item(core::MapLayerId id) const {
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(0, kLayerRole).toInt() == static_cast<int>(id))
            return m_tree->topLevelItem(i);
    return nullptr;
}

std::optional<core::MapLayerId> LayersPanel::current_layer() const {
    QTreeWidgetItem* it = m_tree->currentItem();
    if (!it) return std::nullopt;
    if (it->parent()) it = it->parent();
    const int id = it->data(0, kLayerRole).toInt();
    if (id < 0) return std::nullopt;
    return static_cast<core::MapLayerId>(id);
}

void LayersPanel::set_visible(core::MapLayerId id, bool visible) {
    core::MapStyle s = m_doc.project().style;
    if (s.style(id).visible == visible) return;
    s.style(id).visible = visible;
    m_undo.push(new SetMapStyleCommand(
        m_doc, s, (visible ? tr("Show %1") : tr("Hide %1")).arg(layer_name(id))));
}

void LayersPanel::move(core::MapLayerId id, int steps) {
    core::MapStyle s = m_doc.project().style;
    if (!s.move(id, steps)) return;
    m_undo.push(new SetMapStyleCommand(m_doc, s, tr("Move layer %1").arg(layer_name(id))));
    if (QTreeWidgetItem* it = item(id)) m_tree->setCurrentItem(it);
}

void LayersPanel::set_style(core::MapLayerId id, const core::LayerStyle& style) {
    core::MapStyle s = m_doc.project().style;
    if (s.style(id) == style) return;
    s.style(id) = style;
    m_undo.push(new SetMapStyleCommand(m_doc, s, tr("Style of %1").arg(layer_name(id))));
}

void LayersPanel::edit_style(core::MapLayerId id) {
    LayerStyleDialog dlg(id, m_doc.project().style.style(id), layer_name(id), this);
    if (dlg.exec() == QDialog::Accepted) set_style(id, dlg.style());
}

std::vector<std::string> LayersPanel::tree_content() const {
    std::vector<std::string> out =
        render::legend_variants(core::MapLayerId::Poi, &m_doc.project().layers);
    for (const gis::RasterSource& r : m_doc.project().rasters)
        if (r.kind == gis::RasterKind::Basemap) out.push_back(r.path);
    return out;
}

void LayersPanel::rebuild() {
    m_tree_content = tree_content();
    m_rebuilding = true;
    const auto current = current_layer();
    std::vector<int> expanded;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->isExpanded())
            expanded.push_back(m_tree->topLevelItem(i)->data(0, kLayerRole).toInt());
    m_tree->clear();
    const core::MapStyle& style = m_doc.project().style;
    // Top of the list = drawn last (on top), as in QGIS.
    for (auto it = style.layers.rbegin(); it != style.layers.rend(); ++it) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(0, layer_name(it->id));
        item->setData(0, kLayerRole, static_cast<int>(it->id));
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(0, it->style.visible ? Qt::Checked : Qt::Unchecked);
        if (it->id == core::MapLayerId::TowerUpgrades)
            item->setToolTip(0, tr("Existing towers without 5G, ranked by the residents a 5G "
                                   "upgrade would reach (computed in the background)"));
        const auto variants = render::legend_variants(it->id, &m_doc.project().layers);
        item->setIcon(0, symbol_icon(it->id, it->style, variants.empty() ? "" : variants.front()));
        if (variants.size() > 1)
            for (const std::string& v : variants) {
                auto* child = new QTreeWidgetItem(item);
                child->setText(0, variant_name(it->id, v));
                child->setIcon(0, symbol_icon(it->id, it->style, v));
                child->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            }
        if (std::find(expanded.begin(), expanded.end(), static_cast<int>(it->id)) != expanded.end())
            item->setExpanded(true);
        if (current && *current == it->id) m_tree->setCurrentItem(item);
    }
    m_rasters = nullptr;
    int rasters = 0;
    for (const gis::RasterSource& r : m_doc.project().rasters)
        if (r.kind == gis::RasterKind::Basemap) ++rasters;
    if (rasters > 0) {
        m_rasters = new QTreeWidgetItem(m_tree);
        m_rasters->setText(0, tr("Local basemaps (%n raster(s))", nullptr, rasters));
        m_rasters->setData(0, kLayerRole, kRasterBasemaps);
        m_rasters->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        m_rasters->setCheckState(0, m_rasters_on ? Qt::Checked : Qt::Unchecked);
    }
    m_online = new QTreeWidgetItem(m_tree);
    m_online->setText(0, tr("OpenStreetMap (online)"));
    m_online->setToolTip(0, tr("OpenStreetMap basemap, downloaded as you pan (needs the network)"));
    m_online->setData(0, kLayerRole, kOnlineBasemap);
    // The online basemap needs the network: off until the user asks for it.
    m_online->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
    m_online->setCheckState(0, m_online_on ? Qt::Checked : Qt::Unchecked);
    m_rebuilding = false;
}

void LayersPanel::update_coverage_legend() {
    // The legend follows what the map draws: the coverage layer's colour bands.
    const render::CoverageDisplay shown = display();
    const render::CoverageLayer layer = shown.coverage;
    // Swatches as the map shows them: at the layer's opacity over the map's paper.
    auto table = [&shown](const std::vector<render::LegendEntry>& entries) {
        QString html = "<table cellspacing='2'>";
        for (const render::LegendEntry& e : entries)
            html += QString("<tr><td bgcolor='%1' width='22'>&nbsp;</td><td>%2</td></tr>")
                        .arg(render::as_drawn(e.colour, shown.coverage_opacity).name(), e.text);
        return html + "</table>";
    };
    if (layer == render::CoverageLayer::ServiceClass) {
        const auto& s = m_doc.project().settings;
        std::vector<render::LegendEntry> entries = render::service_class_legend(false);
        const QString names[] = {tr("4G and 5G"), tr("5G only"), tr("4G only"),
                                 tr("Neither 4G nor 5G")};
        for (std::size_t i = 0; i < entries.size(); ++i) entries[i].text = names[i];
        m_legend->setText(table(entries) + tr("Thresholds: 4G %1 dBm, 5G %2 dBm")
                                               .arg(s.rsrp_threshold_4g_dbm, 0, 'f', 0)
                                               .arg(s.rsrp_threshold_5g_dbm, 0, 'f', 0));
        return;
    }
    if (layer == render::CoverageLayer::Sinr4G || layer == render::CoverageLayer::Sinr5G) {
        m_legend->setText(table(render::sinr_legend()) + tr("SINR of the serving cell"));
        return;
    }
    if (layer == render::CoverageLayer::Throughput) {
        m_legend->setText(table(render::throughput_legend()) +
                          tr("Estimated downlink (3GPP TR 36.942 A.2), best of 4G and 5G"));
        return;
    }
    if (layer != render::CoverageLayer::Rsrp4G && layer != render::CoverageLayer::Rsrp5G) {
        m_legend->setText(
            layer == render::CoverageLayer::BestServer5G
                ? tr("Colours: the serving 5G cell (where RSRP reaches the threshold)")
                : QString());
        return;
    }
    const double t = layer == render::CoverageLayer::Rsrp4G
                         ? m_doc.project().settings.rsrp_threshold_4g_dbm
                         : m_doc.project().settings.rsrp_threshold_5g_dbm;
    m_legend->setText(table(render::rsrp_legend(t)) + tr("Threshold %1 dBm").arg(t, 0, 'f', 0));
}

}  // namespace covplan::app
