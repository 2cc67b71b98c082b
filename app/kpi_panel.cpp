#include "app/kpi_panel.h"

#include <QHeaderView>
#include <QLabel>
#include <QVBoxLayout>

namespace covplan::app {

KpiPanel::KpiPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    m_kpis = new QTableWidget(0, 4, this);
    m_hamlets = new QTableWidget(0, 4, this);
    for (QTableWidget* t : {m_kpis, m_hamlets}) {
        t->verticalHeader()->hide();
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        t->setWordWrap(false);
        t->setTextElideMode(Qt::ElideRight);
    }
    setMinimumWidth(460);
    layout->addWidget(m_kpis, 3);
    layout->addWidget(m_hamlets, 2);
    retranslate();
}

void KpiPanel::retranslate() {
    m_kpis->setHorizontalHeaderLabels({tr("Indicator"), tr("Value"), tr("Target"), tr("Status")});
    m_hamlets->setHorizontalHeaderLabels({tr("Hamlet"), tr("Population"), tr("4G"), tr("5G")});
}

void KpiPanel::show_snapshot(const CoverageSnapshot& s, bool vi) {
    m_kpis->setRowCount(static_cast<int>(s.kpis.size()));
    for (int r = 0; r < static_cast<int>(s.kpis.size()); ++r) {
        const core::Kpi& k = s.kpis[static_cast<std::size_t>(r)];
        const bool ratio = k.unit == "ratio";
        auto fmt = [&](double v) {
            return ratio ? QString::number(v, 'f', 2) : QString::number(100 * v, 'f', 1) + " %";
        };
        auto* name = new QTableWidgetItem(QString::fromStdString(vi ? k.label_vi : k.label_en));
        name->setData(Qt::UserRole, QString::fromStdString(k.id));
        m_kpis->setItem(r, 0, name);
        m_kpis->setItem(r, 1, new QTableWidgetItem(fmt(k.value)));
        m_kpis->setItem(
            r, 2,
            new QTableWidgetItem(fmt(k.target) + " (" + QString::number(k.target_year) + ")"));
        auto* status =
            new QTableWidgetItem(k.pass() ? tr("met") : tr("short by %1").arg(fmt(k.short_by())));
        status->setForeground(k.pass() ? QColor(0, 120, 40) : QColor(190, 30, 30));
        m_kpis->setItem(r, 3, status);
    }

    m_hamlets->setRowCount(static_cast<int>(s.area.hamlets.size()));
    for (int r = 0; r < static_cast<int>(s.area.hamlets.size()); ++r) {
        const auto& h = s.area.hamlets[static_cast<std::size_t>(r)];
        const auto& t = h.tally;
        m_hamlets->setItem(r, 0, new QTableWidgetItem(QString::fromStdString(h.name)));
        m_hamlets->setItem(r, 1, new QTableWidgetItem(QString::number(t.population, 'f', 0)));
        m_hamlets->setItem(
            r, 2,
            new QTableWidgetItem(
                QString::number(100 * core::CoverageTally::share(t.population_4g, t.population),
                                'f', 0) +
                " %"));
        m_hamlets->setItem(
            r, 3,
            new QTableWidgetItem(
                QString::number(100 * core::CoverageTally::share(t.population_5g, t.population),
                                'f', 0) +
                " %"));
    }
}

QString KpiPanel::value_text(const QString& id) const {
    for (int r = 0; r < m_kpis->rowCount(); ++r)
        if (m_kpis->item(r, 0) && m_kpis->item(r, 0)->data(Qt::UserRole).toString() == id)
            return m_kpis->item(r, 1)->text();
    return {};
}

}  // namespace covplan::app
