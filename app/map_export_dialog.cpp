#include "app/map_export_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>

namespace covplan::app {

MapExportDialog::MapExportDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Export map (PNG)"));
    auto* form = new QFormLayout(this);
    // Paper presets fill width and height for the chosen resolution.
    auto* preset = new QComboBox(this);
    preset->addItems({tr("A4 landscape"), tr("A4 portrait"), tr("A3 landscape"), tr("Custom")});
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    m_dpi = new QSpinBox(this);
    for (QSpinBox* b : {m_width, m_height}) {
        b->setRange(200, 20000);
        b->setSuffix(" px");
    }
    m_dpi->setRange(30, 1200);
    m_dpi->setValue(300);
    m_dpi->setSuffix(" dpi");
    m_legend = new QCheckBox(tr("Legend, CRS and sources beside the map"), this);
    m_legend->setChecked(true);
    auto apply_preset = [this, preset] {
        const double w_mm[] = {297, 210, 420}, h_mm[] = {210, 297, 297};
        const int i = preset->currentIndex();
        if (i < 0 || i > 2) return;
        m_width->setValue(static_cast<int>(w_mm[i] / 25.4 * m_dpi->value() + 0.5));
        m_height->setValue(static_cast<int>(h_mm[i] / 25.4 * m_dpi->value() + 0.5));
    };
    connect(preset, &QComboBox::currentIndexChanged, this, apply_preset);
    connect(m_dpi, &QSpinBox::valueChanged, this, apply_preset);
    apply_preset();
    form->addRow(tr("Paper"), preset);
    form->addRow(tr("Width"), m_width);
    form->addRow(tr("Height"), m_height);
    form->addRow(tr("Resolution"), m_dpi);
    form->addRow(m_legend);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

render::MapImageOptions MapExportDialog::options() const {
    render::MapImageOptions o;
    o.width_px = m_width->value();
    o.height_px = m_height->value();
    o.dpi = m_dpi->value();
    o.legend = m_legend->isChecked();
    return o;
}

}  // namespace covplan::app
