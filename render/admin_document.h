#pragma once
// The parts of a Vietnamese administrative document around its body (Nghị định
// 30/2020/NĐ-CP on administrative documents, Phụ lục I): the heading with the issuing
// body and its number on the left, the national motto with place and date on the
// right; the document's kind and title; the recipients and the signature block.
// Serif type as the decree asks (Times New Roman there; Noto Serif here, embedded).

#include <QPainter>
#include <QRectF>
#include <QString>

#include "core/document_heading.h"

namespace covplan::render {

//! Draws the heading at the top of `area`; returns its height.
double draw_document_heading(QPainter& p, const QRectF& area, double mm,
                             const core::ResolvedHeading& heading, const QString& place_and_date);
//! "BÁO CÁO" and the title under it, centred, with the short rule below; returns the
//! height used.
double draw_document_title(QPainter& p, const QRectF& area, double mm, const QString& kind,
                           const QString& title);
//! The height the closing needs (so that it is never split across pages).
[[nodiscard]] double document_closing_height(double mm, const core::ResolvedHeading& heading);
//! Recipients (Nơi nhận) on the left, the signature block on the right.
void draw_document_closing(QPainter& p, const QRectF& box, double mm,
                           const core::ResolvedHeading& heading);

}  // namespace covplan::render
