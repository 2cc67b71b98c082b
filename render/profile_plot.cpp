#include "render/profile_plot.h"

#include <QBuffer>
#include <QImage>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

#include "core/locale_text.h"

namespace covplan::render {
namespace {

QString number(double v, int decimals, bool vi) {
    return QString::fromStdString(core::decimal_text(v, decimals, vi));
}
QString tx(bool vi, const char* en, const char* vn) { return QString::fromUtf8(vi ? vn : en); }

// 1, 2, 5 x 10^n: a tick step giving about `target` ticks over `span`.
double nice_step(double span, int target) {
    const double raw = span / std::max(1, target);
    const double p = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * p >= raw) return m * p;
    return 10 * p;
}

}  // namespace

void draw_profile(QPainter& g, const QRectF& box, const gis::ProfileResult& r, bool vi, double k) {
    const core::PathProfile& p = r.profile;
    if (p.rows.size() < 2) return;
    g.save();
    g.setRenderHint(QPainter::Antialiasing, true);
    QFont font = g.font();
    font.setPixelSize(static_cast<int>(std::lround(13 * k)));
    g.setFont(font);

    // Figures column on the right, plot on the left.
    const double side_w = 330 * k;
    const QRectF plot_box(box.left(), box.top(), box.width() - side_w, box.height());
    const double left = 64 * k, bottom = 50 * k, top = 40 * k, right = 14 * k;
    const QRectF plot(plot_box.left() + left, plot_box.top() + top, plot_box.width() - left - right,
                      plot_box.height() - top - bottom);

    double y_min = 1e300, y_max = -1e300;
    for (const core::ProfileRow& row : p.rows) {
        y_min = std::min(y_min, row.ground_m);
        y_max = std::max({y_max, row.curved_ground_m, row.los_m + row.fresnel_radius_m});
    }
    // On low ground (the delta) the datum's bulge, the curved Earth, shows too.
    if (y_min < 50.0) y_min = std::min(y_min, 0.0);
    const double pad = std::max(2.0, 0.06 * (y_max - y_min));
    y_min -= pad;
    y_max += pad;
    const double x_max_km = p.length_m / 1000.0;
    const auto at = [&](double d_m, double z) {
        return QPointF(plot.left() + d_m / p.length_m * plot.width(),
                       plot.bottom() - (z - y_min) / (y_max - y_min) * plot.height());
    };

    // Grid and axes.
    g.setPen(QPen(QColor(40, 40, 40), 1.0 * k));
    g.setBrush(QColor(236, 244, 252));
    g.drawRect(plot);
    const double xs = nice_step(x_max_km, 10), ys = nice_step(y_max - y_min, 8);
    g.setPen(QPen(QColor(210, 218, 228), 1.0 * k));
    for (double x = 0; x <= x_max_km + 1e-9; x += xs)
        g.drawLine(at(x * 1000, y_min), at(x * 1000, y_max));
    for (double y = std::ceil(y_min / ys) * ys; y <= y_max + 1e-9; y += ys)
        g.drawLine(at(0, y), at(p.length_m, y));
    g.setPen(QColor(40, 40, 40));
    const int xdec = xs < 1 ? (xs < 0.1 ? 2 : 1) : 0;
    for (double x = 0; x <= x_max_km + 1e-9; x += xs) {
        const QPointF q = at(x * 1000, y_min);
        g.drawText(QRectF(q.x() - 30 * k, q.y() + 4 * k, 60 * k, 18 * k), Qt::AlignCenter,
                   number(x, xdec, vi));
    }
    const int ydec = ys < 1 ? 1 : 0;
    for (double y = std::ceil(y_min / ys) * ys; y <= y_max + 1e-9; y += ys) {
        const QPointF q = at(0, y);
        g.drawText(QRectF(q.x() - 60 * k, q.y() - 9 * k, 54 * k, 18 * k),
                   Qt::AlignRight | Qt::AlignVCenter, number(y, ydec, vi));
    }
    g.drawText(QRectF(plot.left(), plot.bottom() + 24 * k, plot.width(), 20 * k), Qt::AlignCenter,
               tx(vi, "distance from the transmitter (km)", "khoảng cách từ trạm phát (km)"));
    g.save();
    g.translate(plot_box.left() + 14 * k, plot.center().y());
    g.rotate(-90);
    g.drawText(QRectF(-plot.height() / 2, -10 * k, plot.height(), 20 * k), Qt::AlignCenter,
               tx(vi, "height above the DEM datum (m)", "độ cao so với mốc DEM (m)"));
    g.restore();

    g.setClipRect(plot);
    // The curved Earth: the datum raised by the bulge (what the terrain sits on).
    QPainterPath datum;
    QPainterPath terrain;
    terrain.moveTo(at(0, y_min));
    for (std::size_t i = 0; i < p.rows.size(); ++i) {
        const core::ProfileRow& row = p.rows[i];
        const double bulge = row.curved_ground_m - row.ground_m;
        const QPointF d = at(row.distance_m, bulge);
        i == 0 ? datum.moveTo(d) : datum.lineTo(d);
        terrain.lineTo(at(row.distance_m, row.curved_ground_m));
    }
    terrain.lineTo(at(p.length_m, y_min));
    terrain.closeSubpath();
    g.setPen(QPen(QColor(110, 85, 50), 1.2 * k));
    g.setBrush(QColor(196, 170, 120));
    g.drawPath(terrain);
    g.setBrush(Qt::NoBrush);
    g.setPen(QPen(QColor(90, 90, 90), 1.0 * k, Qt::DashLine));
    g.drawPath(datum);

    // First Fresnel zone (upper and lower edge) and its 60 % line.
    QPainterPath f1_up, f1_down, f60;
    for (std::size_t i = 0; i < p.rows.size(); ++i) {
        const core::ProfileRow& row = p.rows[i];
        const QPointF u = at(row.distance_m, row.los_m + row.fresnel_radius_m);
        const QPointF l = at(row.distance_m, row.los_m - row.fresnel_radius_m);
        const QPointF s = at(row.distance_m, row.los_m - 0.6 * row.fresnel_radius_m);
        if (i == 0) {
            f1_up.moveTo(u);
            f1_down.moveTo(l);
            f60.moveTo(s);
        } else {
            f1_up.lineTo(u);
            f1_down.lineTo(l);
            f60.lineTo(s);
        }
    }
    g.setPen(QPen(QColor(30, 90, 200), 1.4 * k, Qt::DashLine));
    g.drawPath(f1_up);
    g.drawPath(f1_down);
    g.setPen(QPen(QColor(30, 90, 200), 1.0 * k, Qt::DotLine));
    g.drawPath(f60);
    // Line of sight.
    g.setPen(QPen(QColor(200, 30, 30), 2.0 * k));
    g.drawLine(at(0, p.rows.front().los_m), at(p.length_m, p.rows.back().los_m));
    // Masts.
    g.setPen(QPen(QColor(20, 20, 20), 3.0 * k));
    g.drawLine(at(0, p.rows.front().curved_ground_m), at(0, p.rows.front().los_m));
    g.drawLine(at(p.length_m, p.rows.back().curved_ground_m), at(p.length_m, p.rows.back().los_m));
    // Obstructions: red where the terrain crosses the line of sight, orange where it
    // only enters 60 % of F1.
    for (const core::Obstruction& o : p.obstructions) {
        const QColor c = o.blocks_line_of_sight ? QColor(220, 20, 20) : QColor(240, 140, 0);
        g.setPen(QPen(c, 1.0 * k));
        g.setBrush(QColor(c.red(), c.green(), c.blue(), 60));
        const double x0 = at(o.start_m, 0).x(), x1 = at(o.end_m, 0).x();
        g.drawRect(
            QRectF(x0 - 1.5 * k, plot.top(), std::max(3.0 * k, x1 - x0 + 3 * k), plot.height()));
        const auto it =
            std::min_element(p.rows.begin(), p.rows.end(), [&](const auto& a, const auto& b) {
                return std::abs(a.distance_m - o.peak_distance_m) <
                       std::abs(b.distance_m - o.peak_distance_m);
            });
        const QPointF peak = at(it->distance_m, it->curved_ground_m);
        g.setBrush(c);
        QPolygonF tri;
        tri << QPointF(peak.x(), peak.y() - 4 * k) << QPointF(peak.x() - 7 * k, peak.y() - 16 * k)
            << QPointF(peak.x() + 7 * k, peak.y() - 16 * k);
        g.drawPolygon(tri);
    }
    g.setClipping(false);

    // Heading.
    g.setPen(QColor(20, 20, 20));
    QFont bold = font;
    bold.setBold(true);
    bold.setPixelSize(static_cast<int>(std::lround(15 * k)));
    g.setFont(bold);
    const QString heading = tx(vi, "Path profile ", "Mặt cắt tuyến ") +
                            QString::fromStdString(r.from.label) + QStringLiteral(" → ") +
                            QString::fromStdString(r.to.label);
    g.drawText(QRectF(plot.left(), plot_box.top() + 8 * k, plot.width(), 24 * k),
               Qt::AlignLeft | Qt::AlignVCenter, heading);
    g.setFont(font);

    // Figures and legend.
    double y = box.top() + 40 * k;
    const double sx = box.right() - side_w + 14 * k, sw = side_w - 20 * k;
    const auto line = [&](const QString& s, const QColor& c = QColor(20, 20, 20)) {
        g.setPen(c);
        g.drawText(QRectF(sx, y, sw, 18 * k), Qt::AlignLeft | Qt::AlignVCenter, s);
        y += 19 * k;
    };
    line(tx(vi, "length ", "chiều dài ") + number(p.length_m / 1000.0, 2, vi) + " km, " +
         number(r.input.freq_mhz, 0, vi) + " MHz, k = " + number(r.input.k_factor, 3, vi));
    line(tx(vi, "antennas ", "ăng-ten ") + number(r.input.tx_height_m, 1, vi) + " m / " +
         number(r.input.rx_height_m, 1, vi) + tx(vi, " m above ground", " m trên mặt đất"));
    line(p.line_of_sight() ? tx(vi, "line of sight: clear", "tầm nhìn thẳng: thông")
                           : tx(vi, "line of sight: BLOCKED", "tầm nhìn thẳng: BỊ CHẮN"),
         p.line_of_sight() ? QColor(20, 120, 40) : QColor(200, 20, 20));
    line(tx(vi, "least clearance ", "khoảng hở nhỏ nhất ") + number(p.min_clearance_m, 1, vi) +
         tx(vi, " m at ", " m tại ") + number(p.min_clearance_distance_m / 1000.0, 2, vi) + " km");
    const double ratio = std::isfinite(p.min_f1_ratio) ? p.min_f1_ratio : 99;
    line(tx(vi, "least F1 clearance ", "hở F1 nhỏ nhất ") + number(ratio * 100.0, 0, vi) +
             tx(vi, " % of F1 at ", " % F1 tại ") +
             number(p.min_f1_ratio_distance_m / 1000.0, 2, vi) + " km",
         p.clear_60_percent_f1() ? QColor(20, 120, 40) : QColor(200, 100, 0));
    line(QString::number(p.obstructions.size()) +
         tx(vi, " obstruction(s) within 60 % of F1", " vật cản trong 60 % F1"));
    y += 8 * k;
    g.setFont(bold);
    line(tx(vi, "Basic transmission loss", "Suy hao truyền dẫn cơ bản"));
    g.setFont(font);
    for (const core::PathModelLoss& l : r.losses) {
        const QString name =
            QString::fromStdString(l.model_id == "deygout" ? "fspl + Deygout" : l.model_id);
        const QString value = std::isfinite(l.loss_db) ? number(l.loss_db, 1, vi) + " dB"
                                                       : tx(vi, "n/a", "không tính được");
        line(name + QStringLiteral(": ") + value +
             (l.extrapolated ? QStringLiteral(" *") : QString()));
    }
    line(tx(vi, "* outside the model's validity range", "* ngoài phạm vi hiệu lực của mô hình"),
         QColor(90, 90, 90));
    y += 8 * k;
    g.setFont(bold);
    line(tx(vi, "Legend", "Chú giải"));
    g.setFont(font);
    const auto legend = [&](const QPen& pen, const QBrush& brush, const QString& s) {
        g.setPen(pen);
        g.setBrush(brush);
        if (brush.style() != Qt::NoBrush)
            g.drawRect(QRectF(sx, y + 4 * k, 26 * k, 10 * k));
        else
            g.drawLine(QPointF(sx, y + 9 * k), QPointF(sx + 26 * k, y + 9 * k));
        g.setPen(QColor(20, 20, 20));
        g.drawText(QRectF(sx + 34 * k, y, sw - 34 * k, 18 * k), Qt::AlignLeft | Qt::AlignVCenter,
                   s);
        y += 19 * k;
    };
    legend(QPen(QColor(110, 85, 50), 1.2 * k), QColor(196, 170, 120),
           tx(vi, "terrain on the curved Earth", "địa hình trên mặt đất cong"));
    legend(QPen(QColor(90, 90, 90), 1.0 * k, Qt::DashLine), Qt::NoBrush,
           tx(vi, "Earth curvature (datum + bulge)", "độ cong Trái Đất (mốc + độ phồng)"));
    legend(QPen(QColor(200, 30, 30), 2.0 * k), Qt::NoBrush,
           tx(vi, "line of sight", "tia nhìn thẳng"));
    legend(QPen(QColor(30, 90, 200), 1.4 * k, Qt::DashLine), Qt::NoBrush,
           tx(vi, "first Fresnel zone (F1)", "vùng Fresnel thứ nhất (F1)"));
    legend(QPen(QColor(30, 90, 200), 1.0 * k, Qt::DotLine), Qt::NoBrush,
           tx(vi, "60 % of F1", "60 % F1"));
    legend(QPen(QColor(220, 20, 20), 1.0 * k), QColor(220, 20, 20, 60),
           tx(vi, "terrain above the line of sight", "địa hình cao hơn tia nhìn thẳng"));
    legend(QPen(QColor(240, 140, 0), 1.0 * k), QColor(240, 140, 0, 60),
           tx(vi, "terrain inside 60 % of F1", "địa hình lấn vào 60 % F1"));
    if (r.dem_path.empty()) {
        y += 6 * k;
        line(tx(vi, "no DEM: flat ground at 0 m", "không có DEM: mặt đất phẳng 0 m"),
             QColor(200, 20, 20));
    }
    g.restore();
}

std::vector<std::uint8_t> profile_png(const gis::ProfileResult& result, bool vi, int w, int h) {
    QImage img(w, h, QImage::Format_ARGB32);
    img.fill(Qt::white);
    {
        QPainter g(&img);
        draw_profile(g, QRectF(0, 0, w, h), result, vi, w / 1400.0);
    }
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    return {bytes.begin(), bytes.end()};
}

}  // namespace covplan::render
