#include "app/identify.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

#include "gis/measurement_sites.h"

namespace covplan::app {
// Every text through QCoreApplication::translate with its "Identify" context spelled
// out: lupdate reads the context from the call, so the catalogue and the lookup agree.

QString identify_html(const PlanDocument& doc, double x, double y,
                      const core::PointEvaluation* point) {
    const core::Point pt(x, y);
    // Numbers as the interface's language writes them (MainWindow::set_language sets
    // the default locale); coordinates without thousands separators, as surveyors do.
    QLocale loc;
    loc.setNumberOptions(QLocale::OmitGroupSeparator);
    const bool vi = loc.language() == QLocale::Vietnamese;
    auto num = [&loc](double v, int decimals) { return loc.toString(v, 'f', decimals); };
    QString html = QString("<b>%1</b> E %2 m, N %3 m<br>")
                       .arg(QCoreApplication::translate("Identify", "Point (working CRS):"))
                       .arg(num(x, 1), num(y, 1));
    const auto& snap = doc.snapshot();
    if (snap.maps) {
        const core::GridSpec& g = snap.maps->grid;
        const int c = static_cast<int>(std::floor((x - g.origin_x) / g.pixel_size_m));
        const int r = static_cast<int>(std::floor((g.origin_y - y) / g.pixel_size_m));
        if (c >= 0 && r >= 0 && c < g.cols && r < g.rows) {
            const std::size_t p = static_cast<std::size_t>(r) * g.cols + c;
            auto row = [&](const char* tech, float rsrp, float sinr, std::int32_t best) {
                if (rsrp <= core::CoverageEngine::kNoData)
                    return QString("%1: %2<br>")
                        .arg(tech, QCoreApplication::translate("Identify", "no signal"));
                const QString cell = best >= 0
                                         ? QString::fromStdString(
                                               snap.maps->cells[static_cast<std::size_t>(best)].id)
                                         : "";
                return QString("%1: RSRP %2 dBm, SINR %3 dB, %4 %5<br>")
                    .arg(tech, num(rsrp, 1), num(sinr, 1),
                         QCoreApplication::translate("Identify", "best server"), cell);
            };
            html += row("4G", snap.maps->rsrp_4g[p], snap.maps->sinr_4g[p], snap.maps->best_4g[p]);
            html += row("5G", snap.maps->rsrp_5g[p], snap.maps->sinr_5g[p], snap.maps->best_5g[p]);
        } else {
            html += QCoreApplication::translate("Identify", "Outside the coverage grid.") + "<br>";
        }
    }
    if (point && !point->cells.empty()) {
        html += QString("<b>%1</b><table cellspacing=2>")
                    .arg(QCoreApplication::translate("Identify", "Cells at this pixel:"));
        html += QString(
                    "<tr><th align=left>%1</th><th align=left>%2</th><th>%3</th><th>%4</th>"
                    "<th>%5</th><th>%6</th></tr>")
                    .arg(QCoreApplication::translate("Identify", "cell"),
                         QCoreApplication::translate("Identify", "model"),
                         QCoreApplication::translate("Identify", "distance m"),
                         QCoreApplication::translate("Identify", "loss dB"),
                         QCoreApplication::translate("Identify", "gain dBi"),
                         QCoreApplication::translate("Identify", "RSRP dBm"));
        const std::size_t shown = std::min<std::size_t>(point->cells.size(), 8);
        for (std::size_t i = 0; i < shown; ++i) {
            const core::CellAtPoint& c = point->cells[i];
            html += QString(
                        "<tr><td>%1</td><td>%2</td><td align=right>%3</td>"
                        "<td align=right>%4</td><td align=right>%5</td>"
                        "<td align=right>%6</td></tr>")
                        .arg(QString::fromStdString(c.id),
                             QString::fromStdString(vi ? c.model.title_vi() : c.model.title()),
                             num(c.distance_m, 0), num(c.path_loss_db, 1),
                             num(c.antenna_gain_dbi, 1), num(c.rsrp_dbm, 1));
        }
        html += "</table>";
        if (point->cells.size() > shown)
            html +=
                QCoreApplication::translate("Identify", "… and %1 more (covplan point lists all)")
                    .arg(point->cells.size() - shown) +
                "<br>";
    }
    const auto& L = doc.project().layers;
    // A drive-test sample within 25 m: what was measured, next to what the model
    // predicts for its serving cell at this pixel (the same comparison as validate).
    {
        const core::Measurement* sample = nullptr;
        double best = 25.0;
        std::size_t index = 0;
        for (std::size_t i = 0; i < L.measurements.size(); ++i) {
            const double d = boost::geometry::distance(pt, L.measurements[i].location);
            if (d < best) {
                best = d;
                sample = &L.measurements[i];
                index = i;
            }
        }
        if (sample) {
            html += QString("<b>%1</b> %2: RSRP %3 dBm")
                        .arg(QCoreApplication::translate("Identify", "Measured sample"))
                        .arg(index + 1)
                        .arg(num(sample->rsrp_dbm, 1));
            if (std::isfinite(sample->sinr_db))
                html += QString(", SINR %1 dB").arg(num(sample->sinr_db, 1));
            if (std::isfinite(sample->throughput_mbps))
                html += QString(", %1 Mbit/s").arg(num(sample->throughput_mbps, 1));
            if (!sample->time.empty()) html += " (" + QString::fromStdString(sample->time) + ")";
            html += "<br>";
            auto match = gis::match_serving({*sample}, L.sites, doc.project().working_crs);
            const int site = match && !match->site.empty() ? match->site[0] : -1;
            double predicted = core::CoverageEngine::kNoData;
            QString cell;
            if (point && site >= 0) {
                const std::string& id = L.sites[static_cast<std::size_t>(site)].site_id;
                for (const core::CellAtPoint& c : point->cells)
                    if ((c.id == id || c.id.rfind(id + "/", 0) == 0) && c.rsrp_dbm > predicted) {
                        predicted = c.rsrp_dbm;
                        cell = QString::fromStdString(c.id);
                    }
            } else if (point) {
                const auto& layer = point->layers[core::index_of(
                    core::layer_of(sample->technology.value_or(core::Technology::Lte4G)))];
                if (layer.served) {
                    predicted = layer.rsrp_dbm;
                    cell = QString::fromStdString(layer.best_cell) + " (" +
                           QCoreApplication::translate("Identify", "best server") + ")";
                }
            }
            if (predicted > core::CoverageEngine::kNoData)
                html +=
                    QString("%1 %2: %3 dBm, %4 %5 dB<br>")
                        .arg(QCoreApplication::translate("Identify", "Predicted for"), cell,
                             num(predicted, 1), QCoreApplication::translate("Identify", "error"),
                             num(predicted - sample->rsrp_dbm, 1));
            else if (site < 0)
                html += QCoreApplication::translate("Identify",
                                                    "No serving cell of the plan matches it.") +
                        "<br>";
        }
    }
    for (const core::Hamlet& h : L.hamlets)
        if (boost::geometry::within(pt, h.area))
            html += QString("%1 %2 (%3 %4)<br>")
                        .arg(QCoreApplication::translate("Identify", "Hamlet:"),
                             QString::fromStdString(h.name))
                        .arg(h.population, 0, 'f', 0)
                        .arg(QCoreApplication::translate("Identify", "residents"));
    auto nearest = [&](const auto& items, auto geom, auto name, const char* label, double within) {
        double best = within;
        QString found;
        for (const auto& it : items) {
            const double d = boost::geometry::distance(pt, geom(it));
            if (d < best) {
                best = d;
                found = QString::fromStdString(name(it));
            }
        }
        if (!found.isEmpty())
            html += QString("%1 %2 (%3 m)<br>")
                        .arg(QCoreApplication::translate("Identify", label), found)
                        .arg(best, 0, 'f', 0);
    };
    nearest(
        L.sites, [](const core::Site& s) { return s.location; },
        [](const core::Site& s) { return s.site_id; },
        QT_TRANSLATE_NOOP("Identify", "Nearest site:"), 1e12);
    nearest(
        L.poi,
        [](const core::Poi& p) {
            return p.is_area ? core::Point(p.area.empty() ? core::Point() : p.area[0].outer()[0])
                             : p.point;
        },
        [](const core::Poi& p) { return p.name; }, QT_TRANSLATE_NOOP("Identify", "Priority place:"),
        200.0);
    nearest(
        L.roads, [](const core::LineFeature& l) { return l.path; },
        [](const core::LineFeature& l) { return l.name; }, QT_TRANSLATE_NOOP("Identify", "Road:"),
        200.0);
    nearest(
        L.waterways, [](const core::LineFeature& l) { return l.path; },
        [](const core::LineFeature& l) { return l.name; },
        QT_TRANSLATE_NOOP("Identify", "Waterway:"), 200.0);
    return html;
}

}  // namespace covplan::app
