#pragma once
// The plan's indicators next to their targets, and the per-hamlet table.

#include <QTableWidget>
#include <QWidget>

#include "app/plan_document.h"

namespace covplan::app {

class KpiPanel : public QWidget {
    Q_OBJECT
  public:
    //! A priority-place category slug ("school", "road", ...) in the UI language.
    [[nodiscard]] static QString category_text(const std::string& slug);
    explicit KpiPanel(QWidget* parent = nullptr);
    void show_snapshot(const CoverageSnapshot& snapshot, const core::PlanLayers& layers,
                       bool vietnamese);
    void retranslate();
    //! The value shown for a KPI id with the proposals, and on air (tests read them).
    [[nodiscard]] QString value_text(const QString& id) const;
    [[nodiscard]] QString on_air_text(const QString& id) const;
    //! "4 of 11 stations", "26 171 of 26 378 people" in the UI language.
    [[nodiscard]] static QString counts_text(const core::Kpi& kpi, bool vietnamese = false);
    [[nodiscard]] QTableWidget& gaps_table() { return *m_gaps; }

  signals:
    //! A priority gap or hamlet row was clicked: the map zooms to this extent.
    void zoomRequested(double min_x, double min_y, double max_x, double max_y);
    //! A priority gap row was clicked (after the zoom): co-location options follow.
    void gapSelected(const covplan::core::PriorityPlace& gap);

  private:
    QTableWidget* m_kpis;
    QTableWidget* m_hamlets;
    QTableWidget* m_gaps;
    std::vector<core::Extent> m_gap_extents, m_hamlet_extents;
    std::vector<core::PriorityPlace> m_gap_places;  //!< in the rows' order
};

}  // namespace covplan::app
