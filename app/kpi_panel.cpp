#include "app/kpi_panel.h"

#include <QHeaderView>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>

#include "core/locale_text.h"

namespace covplan::app {

KpiPanel::KpiPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    m_kpis = new QTableWidget(0, 5, this);
    m_hamlets = new QTableWidget(0, 5, this);
    m_gaps = new QTableWidget(0, 3, this);
    for (QTableWidget* t : {m_kpis, m_hamlets, m_gaps}) {
        t->verticalHeader()->hide();
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        t->setWordWrap(false);
        t->setTextElideMode(Qt::ElideRight);
    }
    // Indicator names are long ("Tỷ lệ hộ gia đình trong tầm kéo cáp quang"): they
    // wrap instead of being cut to "Tỷ lệ hộ ...".
    m_kpis->setWordWrap(true);
    m_kpis->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setMinimumWidth(600);
    layout->addWidget(m_kpis, 3);
    layout->addWidget(m_hamlets, 2);
    layout->addWidget(m_gaps, 2);
    auto zoom_to = [this](const std::vector<core::Extent>& extents, int row) {
        if (row < 0 || row >= static_cast<int>(extents.size())) return;
        const core::Extent& e = extents[static_cast<std::size_t>(row)];
        emit zoomRequested(e.min_x, e.min_y, e.max_x, e.max_y);
    };
    connect(m_gaps, &QTableWidget::cellClicked, this, [this, zoom_to](int r, int) {
        zoom_to(m_gap_extents, r);
        if (r >= 0 && r < static_cast<int>(m_gap_places.size()))
            emit gapSelected(m_gap_places[static_cast<std::size_t>(r)]);
    });
    connect(m_hamlets, &QTableWidget::cellClicked, this,
            [this, zoom_to](int r, int) { zoom_to(m_hamlet_extents, r); });
    retranslate();
}

void KpiPanel::retranslate() {
    m_kpis->setHorizontalHeaderLabels(
        {tr("Indicator"), tr("On air"), tr("With proposals"), tr("Target"), tr("Status")});
    m_hamlets->setHorizontalHeaderLabels(
        {tr("Hamlet"), tr("Population"), tr("4G"), tr("5G on air"), tr("5G with proposals")});
    m_gaps->setHorizontalHeaderLabels(
        {tr("Priority place without 5G"), tr("Category"), tr("Residents within 500 m")});
}

QString KpiPanel::category_text(const std::string& slug) {
    if (slug == "school") return tr("school");
    if (slug == "health") return tr("health facility");
    if (slug == "admin") return tr("public office");
    if (slug == "market") return tr("market");
    if (slug == "transport_hub") return tr("transport hub");
    if (slug == "industrial") return tr("industrial zone");
    if (slug == "high_tech") return tr("high-tech zone");
    if (slug == "culture_tourism") return tr("culture / tourism");
    if (slug == "residential") return tr("residential area");
    if (slug == "road") return tr("road");
    if (slug == "waterway") return tr("waterway");
    if (slug == "other") return tr("other");
    return QString::fromStdString(slug);
}

namespace {
core::Extent padded(core::Extent e, double pad) {
    e.min_x -= pad;
    e.min_y -= pad;
    e.max_x += pad;
    e.max_y += pad;
    return e;
}
}  // namespace

void KpiPanel::show_snapshot(const CoverageSnapshot& s, const core::PlanLayers& layers, bool vi) {
    m_kpis->setRowCount(static_cast<int>(s.kpis.size()));
    for (int r = 0; r < static_cast<int>(s.kpis.size()); ++r) {
        const core::Kpi& k = s.kpis[static_cast<std::size_t>(r)];
        // Numbers as the interface's language writes them (decimal comma in Vietnamese).
        auto fmt = [&](double v) {
            return QString::fromStdString(core::kpi_number_text(k, v, vi));
        };
        QString label = QString::fromStdString(vi ? k.label_vi : k.label_en);
        if (k.id.rfind("priority_5g.", 0) == 0)
            label = tr("Priority places with 5G: %1").arg(category_text(k.id.substr(12)));
        auto* name = new QTableWidgetItem(label);
        name->setToolTip(label);  // the whole name, however narrow the panel
        name->setData(Qt::UserRole, QString::fromStdString(k.id));
        m_kpis->setItem(r, 0, name);
        // Both bases, each with the numbers behind its ratio under it.
        auto value_item = [&](const core::Kpi& x) {
            if (!x.available()) return new QTableWidgetItem(tr("n/a"));
            // The label says what is counted (dân số, hộ): the unit is left out but for
            // stations and km, to keep the indicator column readable.
            const QString counts =
                x.counted == "people" || x.counted == "households" || x.counted == "places" ||
                        x.counted == "towers"
                    ? QString::fromStdString(core::count_text(x.part, vi) + " / " +
                                             core::count_text(x.whole, vi))
                    : counts_text(x, vi);
            return new QTableWidgetItem(counts.isEmpty() ? fmt(x.value)
                                                         : fmt(x.value) + "\n" + counts);
        };
        const core::Kpi* on = nullptr;
        for (const core::Kpi& x : s.kpis_on_air)
            if (x.id == k.id) on = &x;
        m_kpis->setItem(r, 1, value_item(on ? *on : k));
        m_kpis->setItem(r, 2, value_item(k));
        m_kpis->setItem(r, 3,
                        new QTableWidgetItem(k.has_target ? fmt(k.target) + " (" +
                                                                QString::number(k.target_year) + ")"
                                                          : QString::fromUtf8("–")));
        auto* status = new QTableWidgetItem(
            !k.available()  ? tr("not available")
            : !k.has_target ? tr("no target set")
            : k.pass()      ? tr("met")
                            : tr("short by %1")
                             .arg(QString::fromStdString(
                                 core::kpi_difference_text(k, k.short_by(), vi, false))));
        if (!k.available()) status->setToolTip(QString::fromStdString(k.unavailable()));
        status->setForeground(!k.available() || !k.has_target ? QColor(110, 110, 110)
                              : k.pass()                      ? QColor(0, 120, 40)
                                                              : QColor(190, 30, 30));
        m_kpis->setItem(r, 4, status);
    }

    m_hamlets->setRowCount(static_cast<int>(s.area.hamlets.size()));
    auto share_item = [](double part, double whole) {
        return new QTableWidgetItem(
            QString::number(100 * core::CoverageTally::share(part, whole), 'f', 0) + " %");
    };
    for (int r = 0; r < static_cast<int>(s.area.hamlets.size()); ++r) {
        const auto& h = s.area.hamlets[static_cast<std::size_t>(r)];
        const auto& t = h.tally;
        const auto& on = static_cast<std::size_t>(r) < s.area_on_air.hamlets.size()
                             ? s.area_on_air.hamlets[static_cast<std::size_t>(r)].tally
                             : t;
        m_hamlets->setItem(r, 0, new QTableWidgetItem(QString::fromStdString(h.name)));
        m_hamlets->setItem(r, 1, new QTableWidgetItem(QString::number(t.population, 'f', 0)));
        m_hamlets->setItem(
            r, 2,
            new QTableWidgetItem(
                QString::number(100 * core::CoverageTally::share(t.population_4g, t.population),
                                'f', 0) +
                " %"));
        m_hamlets->setItem(r, 3, share_item(on.population_5g, on.population));
        m_hamlets->setItem(r, 4, share_item(t.population_5g, t.population));
    }
    m_hamlet_extents.clear();
    for (const core::Hamlet& h : layers.hamlets) {
        core::PlanLayers one;
        one.hamlets.push_back(h);
        m_hamlet_extents.push_back(padded(one.extent(), 100));
    }
    // Gaps, ranked as in the analysis: category weight x residents nearby.
    std::vector<const core::PriorityPlace*> gaps;
    for (const auto& p : s.places)
        if (core::is_priority_gap(p)) gaps.push_back(&p);
    std::sort(gaps.begin(), gaps.end(), [](auto* a, auto* b) { return a->score > b->score; });
    m_gaps->setRowCount(static_cast<int>(gaps.size()));
    m_gap_extents.clear();
    m_gap_places.clear();
    for (int r = 0; r < static_cast<int>(gaps.size()); ++r) {
        const core::PriorityPlace& p = *gaps[static_cast<std::size_t>(r)];
        m_gap_places.push_back(p);
        m_gaps->setItem(r, 0, new QTableWidgetItem(QString::fromStdString(p.name)));
        m_gaps->setItem(r, 1, new QTableWidgetItem(category_text(p.category)));
        m_gaps->setItem(r, 2, new QTableWidgetItem(QString::number(p.population_nearby, 'f', 0)));
        core::Extent e;
        e.include(p.representative.x(), p.representative.y());
        if (!p.gap_path.empty()) {
            core::PlanLayers one;
            one.roads.push_back({"", "", p.gap_path});
            e.include(one.extent());
        }
        m_gap_extents.push_back(padded(e, 400));
    }
}

QString KpiPanel::value_text(const QString& id) const {
    for (int r = 0; r < m_kpis->rowCount(); ++r)
        if (m_kpis->item(r, 0) && m_kpis->item(r, 0)->data(Qt::UserRole).toString() == id)
            return m_kpis->item(r, 2)->text();
    return {};
}

QString KpiPanel::on_air_text(const QString& id) const {
    for (int r = 0; r < m_kpis->rowCount(); ++r)
        if (m_kpis->item(r, 0) && m_kpis->item(r, 0)->data(Qt::UserRole).toString() == id)
            return m_kpis->item(r, 1)->text();
    return {};
}

QString KpiPanel::counts_text(const core::Kpi& k, bool vi) {
    if (k.counted.empty()) return {};
    if (k.counted == "m")
        return tr("%1 of %2 km")
            .arg(QString::fromStdString(core::decimal_text(k.part / 1000.0, 1, vi)),
                 QString::fromStdString(core::decimal_text(k.whole / 1000.0, 1, vi)));
    const QString part = QString::fromStdString(core::count_text(k.part, vi));
    const QString whole = QString::fromStdString(core::count_text(k.whole, vi));
    if (k.counted == "stations") return tr("%1 of %2 stations").arg(part, whole);
    if (k.counted == "people") return tr("%1 of %2 people").arg(part, whole);
    if (k.counted == "households") return tr("%1 of %2 households").arg(part, whole);
    if (k.counted == "places") return tr("%1 of %2 places").arg(part, whole);
    if (k.counted == "towers") return tr("%1 of %2 towers").arg(part, whole);
    return part + " / " + whole;
}

}  // namespace covplan::app
