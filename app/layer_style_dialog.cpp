#include "app/layer_style_dialog.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>

namespace covplan::app {

QString LayerStyleDialog::field_text(std::string_view f) {
    if (f == "name") return tr("Name");
    if (f == "code") return tr("Code");
    if (f == "population") return tr("Population");
    if (f == "households") return tr("Households");
    if (f == "site_id") return tr("Site ID");
    if (f == "tower_id") return tr("Tower ID");
    if (f == "operator") return tr("Operator");
    if (f == "operators") return tr("Operators");
    if (f == "technology") return tr("Technology");
    if (f == "band") return tr("Band");
    if (f == "height_m") return tr("Antenna height");
    if (f == "placement") return tr("Placement");
    if (f == "category") return tr("Category");
    if (f == "class") return tr("Class");
    if (f == "rank") return tr("Rank");
    if (f == "added_population") return tr("Residents gaining 5G");
    return QString::fromUtf8(f.data(), static_cast<int>(f.size()));
}

LayerStyleDialog::LayerStyleDialog(core::MapLayerId id, const core::LayerStyle& style,
                                   const QString& layer_name, QWidget* parent)
    : QDialog(parent), m_style(style) {
    setWindowTitle(tr("Layer style — %1").arg(layer_name));
    auto* form = new QFormLayout(this);
    m_colour = new QPushButton(this);
    set_colour(QColor(style.colour.r, style.colour.g, style.colour.b, style.colour.a));
    connect(m_colour, &QPushButton::clicked, this, [this] {
        const QColor c = QColorDialog::getColor(
            QColor(m_style.colour.r, m_style.colour.g, m_style.colour.b, m_style.colour.a), this,
            tr("Layer colour"), QColorDialog::ShowAlphaChannel);
        if (c.isValid()) set_colour(c);
    });
    m_width = new QDoubleSpinBox(this);
    m_width->setRange(0.2, 20.0);
    m_width->setSingleStep(0.5);
    m_width->setSuffix(" px");
    m_width->setValue(style.width_px);
    m_symbol = new QDoubleSpinBox(this);
    m_symbol->setRange(2.0, 60.0);
    m_symbol->setSingleStep(1.0);
    m_symbol->setSuffix(" px");
    m_symbol->setValue(style.symbol_px);
    m_label = new QComboBox(this);
    m_label->addItem(tr("(no labels)"), QString());
    for (std::string_view f : core::label_fields(id))
        m_label->addItem(field_text(f), QString::fromUtf8(f.data(), static_cast<int>(f.size())));
    m_label->setCurrentIndex(
        std::max(0, m_label->findData(QString::fromStdString(style.label_field))));
    // Sites and places are coloured by technology / category: their colour is fixed.
    const bool categorised = id == core::MapLayerId::Sites || id == core::MapLayerId::Poi;
    if (!categorised)
        form->addRow(tr("Colour"), m_colour);
    else
        m_colour->hide();
    const bool points = id == core::MapLayerId::Sites || id == core::MapLayerId::Poi ||
                        id == core::MapLayerId::PriorityGaps ||
                        id == core::MapLayerId::TowerUpgrades;
    const bool lines = id != core::MapLayerId::Poi;
    if (lines)
        form->addRow(tr("Line width"), m_width);
    else
        m_width->hide();
    if (points)
        form->addRow(tr("Symbol size"), m_symbol);
    else
        m_symbol->hide();
    form->addRow(tr("Labels"), m_label);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void LayerStyleDialog::set_colour(const QColor& c) {
    m_style.colour = {static_cast<std::uint8_t>(c.red()), static_cast<std::uint8_t>(c.green()),
                      static_cast<std::uint8_t>(c.blue()), static_cast<std::uint8_t>(c.alpha())};
    m_colour->setText(c.name());
    m_colour->setStyleSheet(QString("background-color: %1; color: %2")
                                .arg(c.name(), c.lightness() < 128 ? "white" : "black"));
}

core::LayerStyle LayerStyleDialog::style() const {
    core::LayerStyle s = m_style;
    s.width_px = m_width->value();
    s.symbol_px = m_symbol->value();
    s.label_field = m_label->currentData().toString().toStdString();
    return s;
}

}  // namespace covplan::app
