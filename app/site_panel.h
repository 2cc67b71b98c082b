#pragma once
// Properties of the selected site, editable for proposed sites (each Apply is one
// undoable step), and its co-location options: existing towers within 500 m, one
// click away from carrying the proposal.

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>
#include <QWidget>

#include "app/plan_document.h"

namespace covplan::app {

class SitePanel : public QWidget {
    Q_OBJECT
  public:
    SitePanel(PlanDocument& doc, QUndoStack& undo, QWidget* parent = nullptr);
    void show_site(int index);
    //! Co-location options for a priority gap: towers nearby to upgrade to 5G.
    void show_gap(const core::PriorityPlace& gap);
    QListWidget& towers_list() { return *m_towers; }
    QPushButton& action_button() { return *m_move; }
    void retranslate();

  Q_SIGNALS:
    //! The towers now listed, in list order (empty when none are listed).
    void candidatesShown(const std::vector<covplan::core::Point>& towers);

  private:
    void apply();
    void fill_colocation();
    void show_alternatives(int site_index);
    void show_gap_options(const QString& gap_name);
    QString m_gap_name;  //!< non-empty: the panel shows a gap's options

    PlanDocument& m_doc;
    QUndoStack& m_undo;
    int m_index = -1;
    QLabel* m_title;
    QFormLayout* m_form;
    QLineEdit* m_operator;
    QComboBox* m_tech;
    QLineEdit* m_band;
    QDoubleSpinBox *m_freq, *m_height, *m_mech, *m_elec, *m_power;
    QLineEdit* m_azimuths;
    QComboBox* m_antenna;
    QPushButton* m_apply;
    QLabel* m_coloc_title;
    QListWidget* m_towers;
    QPushButton* m_move;
};

}  // namespace covplan::app
