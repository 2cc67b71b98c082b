#pragma once
// The plan's settings and targets (thresholds, model, fiber reach, target shares
// and years), stored in the project; applying them is one undoable step.

#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>

#include "app/plan_document.h"

namespace covplan::app {

class SettingsDialog : public QDialog {
    Q_OBJECT
  public:
    SettingsDialog(PlanDocument& doc, QUndoStack& undo, QWidget* parent = nullptr);
    //! Applies the dialog's values (one undo step); returns why not (a value out of
    //! range, checked as `covplan settings` checks it), empty on success.
    QString apply();
    QDoubleSpinBox* threshold_5g() { return m_rsrp5; }
    //! One row per radio template, one column per field (radio_template_fields()).
    QTableWidget* radio_templates() { return m_templates; }
    QComboBox* itm_climate() { return m_itm_climate; }

  private:
    PlanDocument& m_doc;
    QUndoStack& m_undo;
    QDoubleSpinBox *m_rsrp4, *m_rsrp5, *m_sinr, *m_reach, *m_resolution, *m_ratio, *m_pop5g;
    QSpinBox *m_ratio_year, *m_pop5g_year;
    QDoubleSpinBox* m_download_baseline = nullptr;
    QDoubleSpinBox* m_shared_target = nullptr;
    QDoubleSpinBox* m_underground_target = nullptr;
    QComboBox *m_model, *m_environment, *m_plan_5g;
    // ITM's surface (model itm, the path profile); the statistics stay `covplan settings`'.
    QComboBox* m_itm_climate = nullptr;
    QDoubleSpinBox *m_itm_n0 = nullptr, *m_itm_epsilon = nullptr, *m_itm_sigma = nullptr;
    QTableWidget* m_templates;
    QLabel* m_message;
};

}  // namespace covplan::app
