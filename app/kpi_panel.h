#pragma once
// The plan's indicators next to their targets, and the per-hamlet table.

#include <QTableWidget>
#include <QWidget>

#include "app/plan_document.h"

namespace covplan::app {

class KpiPanel : public QWidget {
    Q_OBJECT
  public:
    explicit KpiPanel(QWidget* parent = nullptr);
    void show_snapshot(const CoverageSnapshot& snapshot, bool vietnamese);
    void retranslate();
    //! The value text shown for a KPI id (tests read it).
    [[nodiscard]] QString value_text(const QString& id) const;

  private:
    QTableWidget* m_kpis;
    QTableWidget* m_hamlets;
};

}  // namespace covplan::app
