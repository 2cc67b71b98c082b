#pragma once
// Simple styling of one map layer: colour, line width, symbol size, labels by field.

#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QPushButton>

#include "core/map_style.h"

namespace covplan::app {

class LayerStyleDialog : public QDialog {
    Q_OBJECT
  public:
    LayerStyleDialog(core::MapLayerId id, const core::LayerStyle& style, const QString& layer_name,
                     QWidget* parent = nullptr);
    [[nodiscard]] core::LayerStyle style() const;
    //! Test access: the controls.
    QComboBox& label_combo() { return *m_label; }
    QDoubleSpinBox& width_spin() { return *m_width; }
    QDoubleSpinBox& symbol_spin() { return *m_symbol; }
    void set_colour(const QColor& c);

    //! The translated name of a label field ("name" → "Name" / "Tên").
    static QString field_text(std::string_view field);

  private:
    core::LayerStyle m_style;
    QPushButton* m_colour;
    QDoubleSpinBox* m_width;
    QDoubleSpinBox* m_symbol;
    QComboBox* m_label;
};

}  // namespace covplan::app
