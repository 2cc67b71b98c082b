#include "render/admin_document.h"

#include <QFont>
#include <QFontMetricsF>
#include <algorithm>

namespace covplan::render {
namespace {

QFont serif(double pt, bool bold = false, bool italic = false) {
    QFont f("Noto Serif");
    f.setPointSizeF(pt);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

QString upper(const std::string& s) { return QString::fromStdString(s).toUpper(); }

//! Centred lines in a column starting at `y`; returns the y below them.
double centred(QPainter& p, double x, double w, double y, const QStringList& lines,
               const QFont& font) {
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());
    for (const QString& line : lines) {
        // Tall enough for any wrap; the advance is what the text took.
        const QRectF box(x, y, w, 20 * fm.height());
        const QRectF used = p.boundingRect(box, Qt::AlignHCenter | Qt::TextWordWrap, line);
        p.drawText(box, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, line);
        y += used.height() + fm.height() * 0.1;
    }
    return y;
}

//! A rule under the text above, centred in the column, `share` of `width` long.
void rule(QPainter& p, double x, double w, double y, double length, double mm) {
    p.setPen(QPen(Qt::black, 0.25 * mm));
    p.drawLine(QPointF(x + (w - length) / 2, y), QPointF(x + (w + length) / 2, y));
}

}  // namespace

double draw_document_heading(QPainter& p, const QRectF& area, double mm,
                             const core::ResolvedHeading& h, const QString& place_and_date) {
    p.save();
    p.setPen(Qt::black);
    const double left_w = area.width() * 0.42;
    const double right_x = area.left() + area.width() * 0.38, right_w = area.width() * 0.62;
    // Left: parent body, issuing body (capitals, the latter bold), rule, number.
    double y = area.top();
    if (!h.parent_body.empty())
        y = centred(p, area.left(), left_w, y, upper(h.parent_body).split('\n'), serif(12));
    y = centred(p, area.left(), left_w, y, upper(h.issuing_body).split('\n'), serif(12, true));
    rule(p, area.left(), left_w, y + 0.8 * mm, left_w * 0.35, mm);
    y = centred(p, area.left(), left_w, y + 3 * mm, {QString::fromStdString(h.number)}, serif(12));
    // Right: national name, motto with a rule as long as the motto, place and date.
    double ry = centred(p, right_x, right_w, area.top(),
                        {QString::fromUtf8("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")}, serif(12, true));
    const QString motto = QString::fromUtf8("Độc lập - Tự do - Hạnh phúc");
    ry = centred(p, right_x, right_w, ry, {motto}, serif(13, true));
    const double motto_w = QFontMetricsF(serif(13, true), p.device()).horizontalAdvance(motto);
    rule(p, right_x, right_w, ry + 0.8 * mm, motto_w, mm);
    ry = centred(p, right_x, right_w, ry + 4 * mm, {place_and_date}, serif(13, false, true));
    p.restore();
    return std::max(y, ry) - area.top() + 6 * mm;
}

double draw_document_title(QPainter& p, const QRectF& area, double mm, const QString& kind,
                           const QString& title) {
    p.save();
    p.setPen(Qt::black);
    double y = centred(p, area.left(), area.width(), area.top(), {kind}, serif(14, true));
    y = centred(p, area.left(), area.width(), y, {title}, serif(13, true));
    rule(p, area.left(), area.width(), y + 1 * mm, area.width() * 0.18, mm);
    p.restore();
    return y - area.top() + 7 * mm;
}

double document_closing_height(double mm, const core::ResolvedHeading& h) {
    const double recipients = 8.0 + 5.0 * static_cast<double>(h.recipients.size());
    const double signature = 7.0 * static_cast<double>(h.signer_title.size()) + 30.0 + 8.0;
    return (std::max(recipients, signature) + 4.0) * mm;
}

void draw_document_closing(QPainter& p, const QRectF& box, double mm,
                           const core::ResolvedHeading& h) {
    p.save();
    p.setPen(Qt::black);
    // Recipients: "Nơi nhận:" bold italic 12 pt, each line 11 pt, ';' between, '.' last.
    const double left_w = box.width() * 0.45;
    p.setFont(serif(12, true, true));
    p.drawText(QRectF(box.left(), box.top(), left_w, 6 * mm), Qt::AlignLeft | Qt::AlignVCenter,
               QString::fromUtf8("Nơi nhận:"));
    p.setFont(serif(11));
    double y = box.top() + 6 * mm;
    for (std::size_t i = 0; i < h.recipients.size(); ++i) {
        QString line = "- " + QString::fromStdString(h.recipients[i]);
        while (line.endsWith('.') || line.endsWith(';')) line.chop(1);
        line += i + 1 == h.recipients.size() ? "." : ";";
        p.drawText(QRectF(box.left(), y, left_w, 5 * mm), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += 5 * mm;
    }
    // Signature: authority and title in bold capitals, room to sign, the name in bold.
    const double right_x = box.left() + box.width() * 0.45, right_w = box.width() * 0.55;
    QStringList titles;
    for (const std::string& t : h.signer_title) titles << upper(t);
    double sy = centred(p, right_x, right_w, box.top(), titles, serif(13, true));
    sy += 30 * mm;
    if (!h.signer_name.empty())
        centred(p, right_x, right_w, sy, {QString::fromStdString(h.signer_name)}, serif(13, true));
    p.restore();
}

}  // namespace covplan::render
