#pragma once
// The layers panel: the coverage raster and its legend, the plan's vector layers in
// drawing order (top first, as in QGIS) with visibility, order, style and a legend
// drawn by the map's own symbol code, and the basemaps.

#include <QComboBox>
#include <QLabel>
#include <QSlider>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <optional>

#include "app/plan_document.h"
#include "render/map_renderer.h"

namespace covplan::app {

class LayersPanel : public QWidget {
    Q_OBJECT
  public:
    LayersPanel(PlanDocument& doc, QUndoStack& undo, QWidget* parent = nullptr);

    void retranslate();
    [[nodiscard]] render::CoverageDisplay display() const;
    [[nodiscard]] bool online_basemap() const;
    [[nodiscard]] bool raster_basemaps() const;
    QTreeWidget& tree() { return *m_tree; }
    QComboBox& coverage_combo() { return *m_coverage; }
    //! The tree item of a layer (null if absent).
    [[nodiscard]] QTreeWidgetItem* item(core::MapLayerId id) const;
    //! The layer of the selected row (its own row or a legend row under it).
    [[nodiscard]] std::optional<core::MapLayerId> current_layer() const;
    //! Edits through the undo stack, as the buttons do.
    void set_visible(core::MapLayerId id, bool visible);
    void move(core::MapLayerId id, int steps);
    void set_style(core::MapLayerId id, const core::LayerStyle& style);
    //! The translated name of a layer.
    [[nodiscard]] static QString layer_name(core::MapLayerId id);

  Q_SIGNALS:
    void displayChanged();
    void basemapsChanged();
    void zoomToLayer(core::MapLayerId id);

  private:
    void rebuild();
    //! What the tree shows besides the style: POI categories and basemap rasters.
    [[nodiscard]] std::vector<std::string> tree_content() const;
    std::vector<std::string> m_tree_content;
    void update_coverage_legend();
    void edit_style(core::MapLayerId id);

    PlanDocument& m_doc;
    QUndoStack& m_undo;
    QComboBox* m_coverage;
    QSlider* m_opacity;
    QLabel* m_legend;
    QTreeWidget* m_tree;
    QToolButton *m_up, *m_down, *m_style, *m_zoom;
    QTreeWidgetItem* m_online = nullptr;
    QTreeWidgetItem* m_rasters = nullptr;
    bool m_online_on = false;
    bool m_rasters_on = true;
    bool m_rebuilding = false;
};

}  // namespace covplan::app
