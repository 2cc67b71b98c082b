#pragma once
// File → Export map (PNG): the image's size in pixels, its resolution and whether
// the legend is drawn, as `covplan map --width-px --height-px --dpi --no-legend`.

#include <QCheckBox>
#include <QDialog>
#include <QSpinBox>

#include "render/report_pdf.h"

namespace covplan::app {

class MapExportDialog : public QDialog {
    Q_OBJECT
  public:
    explicit MapExportDialog(QWidget* parent = nullptr);
    [[nodiscard]] render::MapImageOptions options() const;

  private:
    QSpinBox *m_width, *m_height, *m_dpi;
    QCheckBox* m_legend;
};

}  // namespace covplan::app
