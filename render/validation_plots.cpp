#include "render/validation_plots.h"

#include <QBuffer>
#include <QImage>
#include <algorithm>
#include <cmath>

#include "core/locale_text.h"

namespace covplan::render {
namespace {

QString number(double v, int decimals, bool vi) {
    return QString::fromStdString(core::decimal_text(v, decimals, vi));
}

struct Axes {
    QRectF plot;
    double x0, x1, y0, y1;
    [[nodiscard]] QPointF at(double x, double y) const {
        return {plot.left() + (x - x0) / (x1 - x0) * plot.width(),
                plot.bottom() - (y - y0) / (y1 - y0) * plot.height()};
    }
};

// Frame, ticks every `step` on both axes, axis titles and a heading.
Axes frame(QPainter& g, const QRectF& box, double x0, double x1, double xstep, double y0, double y1,
           double ystep, const QString& xtitle, const QString& ytitle, const QString& heading,
           double k, bool vi) {
    QFont f = g.font();
    f.setPixelSize(static_cast<int>(std::lround(13 * k)));
    g.setFont(f);
    const double left = 62 * k, bottom = 48 * k, top = 34 * k, right = 16 * k;
    Axes a{QRectF(box.left() + left, box.top() + top, box.width() - left - right,
                  box.height() - top - bottom),
           x0, x1, y0, y1};
    g.setPen(QPen(QColor(40, 40, 40), 1.0 * k));
    g.setBrush(Qt::NoBrush);
    g.drawRect(a.plot);
    g.setPen(QPen(QColor(225, 225, 225), 1.0 * k));
    for (double x = std::ceil(x0 / xstep) * xstep; x <= x1 + 1e-9; x += xstep)
        g.drawLine(a.at(x, y0), a.at(x, y1));
    for (double y = std::ceil(y0 / ystep) * ystep; y <= y1 + 1e-9; y += ystep)
        g.drawLine(a.at(x0, y), a.at(x1, y));
    g.setPen(QColor(40, 40, 40));
    for (double x = std::ceil(x0 / xstep) * xstep; x <= x1 + 1e-9; x += xstep) {
        const QPointF p = a.at(x, y0);
        g.drawText(QRectF(p.x() - 30 * k, p.y() + 4 * k, 60 * k, 18 * k), Qt::AlignCenter,
                   number(x, 0, vi));
    }
    for (double y = std::ceil(y0 / ystep) * ystep; y <= y1 + 1e-9; y += ystep) {
        const QPointF p = a.at(x0, y);
        g.drawText(QRectF(p.x() - 58 * k, p.y() - 9 * k, 52 * k, 18 * k),
                   Qt::AlignRight | Qt::AlignVCenter, number(y, 0, vi));
    }
    g.drawText(QRectF(a.plot.left(), a.plot.bottom() + 24 * k, a.plot.width(), 20 * k),
               Qt::AlignCenter, xtitle);
    g.save();
    g.translate(box.left() + 14 * k, a.plot.center().y());
    g.rotate(-90);
    g.drawText(QRectF(-a.plot.height() / 2, -10 * k, a.plot.height(), 20 * k), Qt::AlignCenter,
               ytitle);
    g.restore();
    QFont bold = f;
    bold.setBold(true);
    g.setFont(bold);
    g.drawText(QRectF(box.left(), box.top() + 4 * k, box.width(), 24 * k), Qt::AlignCenter,
               heading);
    g.setFont(f);
    return a;
}

// Text on a plot's top left over a white band, so bars and lines never cross it.
void label(QPainter& g, const QRectF& r, const QString& text, const QColor& colour) {
    const QRectF used = g.boundingRect(r, Qt::AlignLeft, text);
    g.fillRect(used.adjusted(-2, 0, 2, 0), QColor(255, 255, 255, 230));
    g.setPen(colour);
    g.drawText(r, Qt::AlignLeft, text);
}

QString stats_text(const core::ErrorStats& s, bool vi) {
    return (vi ? QStringLiteral(
                     "n = %1 · sai số TB %2 dB · RMSE %3 dB · độ lệch chuẩn %4 dB · r = %5")
               : QStringLiteral("n = %1 · mean error %2 dB · RMSE %3 dB · std %4 dB · r = %5"))
        .arg(QString::fromStdString(core::count_text(static_cast<double>(s.n), vi)),
             number(s.mean_error_db, 1, vi), number(s.rmse_db, 1, vi), number(s.std_db, 1, vi),
             number(s.correlation, 2, vi));
}

}  // namespace

void draw_scatter(QPainter& g, const QRectF& box, const core::ValidationResult& v, bool vi,
                  double k) {
    g.save();
    g.setRenderHint(QPainter::Antialiasing, true);
    double lo = -60, hi = -140;
    for (const core::ComparedSample& s : v.compared) {
        lo = std::min({lo, s.measured_dbm, s.predicted_dbm});
        hi = std::max({hi, s.measured_dbm, s.predicted_dbm});
    }
    lo = std::floor(lo / 10) * 10;
    hi = std::ceil(hi / 10) * 10;
    const Axes a = frame(
        g, box, lo, hi, 10, lo, hi, 10,
        vi ? QStringLiteral("RSRP dự báo (dBm)") : QStringLiteral("Predicted RSRP (dBm)"),
        vi ? QStringLiteral("RSRP đo (dBm)") : QStringLiteral("Measured RSRP (dBm)"),
        vi ? QStringLiteral("Dự báo so với đo kiểm") : QStringLiteral("Predicted against measured"),
        k, vi);
    g.setClipRect(a.plot);
    g.setPen(Qt::NoPen);
    g.setBrush(QColor(20, 80, 180, v.compared.size() > 5000 ? 40 : 110));
    const double r = 1.8 * k;
    for (const core::ComparedSample& s : v.compared)
        g.drawEllipse(a.at(s.predicted_dbm, s.measured_dbm), r, r);
    g.setPen(QPen(QColor(200, 30, 30), 1.5 * k, Qt::DashLine));
    g.drawLine(a.at(lo, lo), a.at(hi, hi));
    g.setClipping(false);
    label(g, QRectF(a.plot.left() + 6 * k, a.plot.top() + 4 * k, a.plot.width() - 12 * k, 18 * k),
          stats_text(v.overall, vi), QColor(40, 40, 40));
    label(g, QRectF(a.plot.left() + 6 * k, a.plot.top() + 22 * k, a.plot.width() - 12 * k, 18 * k),
          vi ? QStringLiteral("- - đường 1:1") : QStringLiteral("- - 1:1 line"),
          QColor(200, 30, 30));
    g.restore();
}

void draw_error_histogram(QPainter& g, const QRectF& box, const core::ValidationResult& v, bool vi,
                          double k) {
    g.save();
    g.setRenderHint(QPainter::Antialiasing, true);
    constexpr double kLo = -30, kHi = 30, kBin = 2;
    std::vector<std::size_t> counts(static_cast<std::size_t>((kHi - kLo) / kBin), 0);
    for (const core::ComparedSample& s : v.compared) {
        const double e = std::clamp(s.error_db(), kLo, kHi - 1e-9);  // tails in the end bins
        ++counts[static_cast<std::size_t>((e - kLo) / kBin)];
    }
    const std::size_t top =
        std::max<std::size_t>(1, *std::max_element(counts.begin(), counts.end()));
    const double n = std::max<double>(1.0, static_cast<double>(v.compared.size()));
    double ymax = std::ceil(100.0 * static_cast<double>(top) / n / 5.0) * 5.0;
    ymax = std::max(ymax, 5.0);
    const Axes a =
        frame(g, box, kLo, kHi, 10, 0, ymax, ymax > 20 ? 10 : 5,
              vi ? QStringLiteral("Sai số = dự báo − đo (dB)")
                 : QStringLiteral("Error = predicted − measured (dB)"),
              vi ? QStringLiteral("Tỷ lệ mẫu (%)") : QStringLiteral("Share of samples (%)"),
              vi ? QStringLiteral("Phân bố sai số dự báo")
                 : QStringLiteral("Distribution of the prediction error"),
              k, vi);
    g.setPen(QPen(Qt::white, 0.8 * k));
    g.setBrush(QColor(20, 80, 180));
    for (std::size_t i = 0; i < counts.size(); ++i) {
        const double x = kLo + static_cast<double>(i) * kBin;
        g.drawRect(QRectF(a.at(x, 100.0 * static_cast<double>(counts[i]) / n), a.at(x + kBin, 0)));
    }
    g.setPen(QPen(QColor(200, 30, 30), 1.8 * k));
    const double m = std::clamp(v.overall.mean_error_db, kLo, kHi);
    g.drawLine(a.at(m, 0), a.at(m, ymax));
    label(g, QRectF(a.plot.left() + 6 * k, a.plot.top() + 4 * k, a.plot.width() - 12 * k, 18 * k),
          stats_text(v.overall, vi), QColor(40, 40, 40));
    g.restore();
}

std::vector<std::pair<std::string, std::vector<std::uint8_t>>> validation_pngs(
    const core::ValidationResult& v, bool vi, int w, int h) {
    std::vector<std::pair<std::string, std::vector<std::uint8_t>>> out;
    for (int which = 0; which < 2; ++which) {
        QImage img(w, h, QImage::Format_ARGB32);
        img.fill(Qt::white);
        {
            QPainter g(&img);
            const QRectF box(0, 0, w, h);
            const double k = w / 900.0;
            which == 0 ? draw_scatter(g, box, v, vi, k) : draw_error_histogram(g, box, v, vi, k);
        }
        QByteArray bytes;
        QBuffer buf(&bytes);
        buf.open(QIODevice::WriteOnly);
        img.save(&buf, "PNG");
        out.emplace_back(which == 0 ? "validation_scatter.png" : "validation_histogram.png",
                         std::vector<std::uint8_t>(bytes.begin(), bytes.end()));
    }
    return out;
}

}  // namespace covplan::render
