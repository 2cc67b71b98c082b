#include "render/report_pdf.h"

#include <QBuffer>
#include <QDate>
#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QImageReader>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <set>

#include "core/analysis/kpi_snapshot.h"
#include "core/category_text.h"
#include "core/hamlet.h"
#include "core/layer_role.h"
#include "core/locale_text.h"
#include "gis/atomic_file.h"
#include "render/admin_document.h"
#include "render/legend_text.h"
#include "render/map_renderer.h"
#include "render/validation_plots.h"

namespace covplan::render {
namespace fs = std::filesystem;
namespace {

// The report's own wording, in both languages (the CLI has no Qt translator).
struct Text {
    const char* en;
    const char* vi;
};
QString t(const ReportOptions& o, Text s) {
    return QString::fromUtf8(o.language == "vi" ? s.vi : s.en);
}

constexpr Text kSubtitle{"Mobile coverage and digital-infrastructure plan indicators",
                         "Vùng phủ sóng di động và các chỉ tiêu quy hoạch hạ tầng số"};
constexpr Text kDate{"Date", "Ngày"};
constexpr Text kLegend{"Legend", "Chú giải"};
constexpr Text k5GRsrp{"5G RSRP (threshold %1 dBm)", "RSRP 5G (ngưỡng %1 dBm)"};
constexpr Text kSite5G{"5G site", "Trạm 5G"};
constexpr Text kCrs{"Coordinate system", "Hệ tọa độ"};
constexpr Text kSources{
    "Sources: project layers (see the data sources table); coverage computed by covplan.",
    "Nguồn: các lớp dữ liệu của dự án (xem bảng nguồn dữ liệu); vùng phủ do covplan tính toán."};
constexpr Text kSourceTable{"Data sources", "Nguồn dữ liệu"};
constexpr Text kLayer{"Layer", "Lớp"};
constexpr Text kFile{"File", "Tệp"};
constexpr Text kSourceCrs{"Source CRS", "Hệ tọa độ gốc"};
constexpr Text kRaster{"Basemap raster", "Ảnh nền"};
constexpr Text kRasterDem{"Elevation (DEM)", "Mô hình số độ cao (DEM)"};
constexpr Text kRasterLandUse{"Land use", "Sử dụng đất"};
constexpr Text kRasterPopulation{"Population (per pixel)", "Bản đồ dân số (người/ô)"};
constexpr Text kKpis{"Plan indicators", "Chỉ tiêu quy hoạch"};
constexpr Text kIndicator{"Indicator", "Chỉ tiêu"};
constexpr Text kValue{"Value", "Giá trị"};
constexpr Text kOnAirValue{"On air", "Đang phát sóng"};
constexpr Text kChecks{"Population and checks", "Dân số và các điểm cần kiểm tra"};
constexpr Text kWith5GOnAir{"5G on air", "5G đang phát sóng"};
constexpr Text kWith5GPlanned{"5G with proposals", "5G có trạm đề xuất"};
constexpr Text kPlannedValue{"With proposals", "Có trạm đề xuất"};
constexpr Text kStatusPlanned{"Status (with proposals)", "Tình trạng (có đề xuất)"};
constexpr Text kTarget{"Target", "Mục tiêu"};
constexpr Text kYear{"Year", "Năm"};
constexpr Text kStatus{"Status", "Tình trạng"};
constexpr Text kMet{"met", "đạt"};
constexpr Text kShort{"short by %1", "còn thiếu %1"};
constexpr Text kNotAvailable{"not available", "không có số liệu"};
constexpr Text kNoPopulationFigure{"no population figure", "không có số liệu dân số"};
constexpr Text kNoHouseholdFigure{"no household figure", "không có số liệu hộ gia đình"};
constexpr Text kNo4gSite{"no 4G site in the ward", "phường không có trạm 4G"};
constexpr Text kNoTower{"no tower in the ward", "phường không có cột"};
constexpr Text kNoFiber{"no fiber route in the ward", "phường không có tuyến cáp quang"};
constexpr Text kNoTarget{"no target set", "chưa đặt mục tiêu"};
constexpr Text kHamlets{"Coverage by khu vực", "Vùng phủ theo khu vực"};
constexpr Text kHamlet{"Khu vực", "Khu vực"};
constexpr Text kPopulation{"Population", "Dân số"};
constexpr Text kHouseholds{"Households", "Hộ"};
constexpr Text kWith4G{"With 4G", "Có 4G"};
constexpr Text kWith5G{"With 5G", "Có 5G"};
constexpr Text kFiberReach{"Fiber reach", "Trong tầm cáp quang"};
constexpr Text kWardRow{"Ward", "Toàn phường"};
constexpr Text kGaps{"Priority places lacking 5G", "Điểm ưu tiên chưa có 5G"};
constexpr Text kName{"Place", "Địa điểm"};
constexpr Text kCategory{"Category", "Loại"};
constexpr Text kNearest{"Nearest site", "Trạm gần nhất"};
constexpr Text kTowerShort{"Existing tower", "Cột hiện có"};
constexpr Text kProgress{"Progress of the sites on air since the previous snapshot (%1)",
                         "Tiến độ (các trạm đang phát sóng) so với lần ghi nhận trước (%1)"};
constexpr Text kProgressFirst{"Progress: no earlier snapshot (record one with covplan snapshot)",
                              "Tiến độ: chưa có lần ghi nhận trước (ghi bằng covplan snapshot)"};
constexpr Text kPrevious{"Previous", "Lần trước"};
constexpr Text kNow{"Now", "Hiện tại"};
constexpr Text kChange{"Change", "Thay đổi"};
constexpr Text kTrend{"Trend against the 2030 targets", "Xu hướng so với mục tiêu 2030"};
constexpr Text kNone{"none", "không có"};
constexpr Text kProposed{"Proposed sites and co-location options",
                         "Trạm đề xuất và phương án dùng chung hạ tầng"};
constexpr Text kTower{"Existing tower within 500 m", "Cột hiện có trong 500 m"};
constexpr Text kDifference{"5G residents if shared instead", "Chênh lệch dân có 5G nếu dùng chung"};
constexpr Text kUpgrades{"Best 5G upgrades of existing towers",
                         "Nâng cấp 5G hiệu quả nhất trên cột hiện có"};
constexpr Text kAdded{"Residents gaining 5G", "Dân có thêm 5G"};
constexpr Text kFiberDistance{"Distance to fiber", "Khoảng cách tới cáp quang"};
constexpr Text kMethod{"Method", "Phương pháp"};
constexpr Text kNoTowerNear{"no existing tower within 500 m", "không có cột hiện có trong 500 m"};
constexpr Text kOutsideMark{" – outside the ward", " – ngoài phường"};
constexpr Text kSitesInWard{"Sites in the ward", "Danh sách trạm trong phường"};
constexpr Text kSitesOutside{"Sites outside the ward (they serve it, they are not its stations)",
                             "Trạm ngoài phường (phục vụ phường, không tính là trạm của phường)"};
constexpr Text kSiteCounts{"Stations by operator and technology (inside the ward)",
                           "Số trạm theo nhà mạng và công nghệ (trong phường)"};
constexpr Text kOperator{"Operator", "Nhà mạng"};
constexpr Text k4GOnAir{"4G on air", "4G đang phát sóng"};
constexpr Text k5GOnAirCount{"5G on air", "5G đang phát sóng"};
constexpr Text k4GProposed{"4G proposed", "4G đề xuất"};
constexpr Text k5GProposed{"5G proposed", "5G đề xuất"};
constexpr Text kSiteId{"Site", "Mã trạm"};
constexpr Text kTowerId{"Tower", "Mã cột"};
constexpr Text kTech{"Tech.", "Công nghệ"};
constexpr Text kBand{"Band", "Băng tần"};
constexpr Text kHeight{"Height", "Độ cao"};
constexpr Text kAzimuths{"Azimuths", "Hướng phát"};
constexpr Text kSiteStatus{"Status", "Trạng thái"};
constexpr Text kOmni{"omni", "vô hướng"};
constexpr Text kTotal{"Total", "Tổng"};
constexpr Text kTemplates{"Radio templates (values sites leave out, new and upgraded 5G sites)",
                          "Mẫu cấu hình vô tuyến (giá trị trạm thiếu, trạm 5G mới và nâng cấp)"};
constexpr Text kTemplateNote{
    "* = new and upgraded 5G sites. Columns: band, frequency/bandwidth, power per port (LTE) or "
    "per unit (NR), sector antenna (omni antenna), feeder loss, electrical tilt.",
    "* = trạm 5G mới và nâng cấp. Thứ tự: băng, tần số/băng thông, công suất mỗi cổng (LTE) hoặc "
    "mỗi khối (NR), anten sector (anten vô hướng), suy hao feeder, tilt điện."};
constexpr Text kPage{"Page %1 of %2", "Trang %1/%2"};
constexpr Text kMeasured{"Measured against predicted (drive test)",
                         "Kết quả đo kiểm so với dự báo"};
constexpr Text kMeasuredLead{
    "Share of measured samples at the RSRP threshold, next to the share the model predicts at "
    "the same places (sites on air).",
    "Tỷ lệ mẫu đo đạt ngưỡng RSRP, so với tỷ lệ mô hình dự báo tại cùng các điểm đo (các trạm "
    "đang phát sóng)."};
constexpr Text kArea{"Area", "Địa bàn"};
constexpr Text kTechnology{"Technology", "Công nghệ"};
constexpr Text kSamples{"Samples", "Số mẫu"};
constexpr Text kMeasuredShare{"Measured", "Đo kiểm"};
constexpr Text kPredictedShare{"Predicted", "Dự báo"};
constexpr Text kDownlink{"Mean measured downlink: %1 Mbit/s over %2 samples.",
                         "Tốc độ tải xuống trung bình đo được: %1 Mbit/s (%2 mẫu)."};
constexpr Text kDownlinkTarget{" Target (×%1 the 2024 baseline of %2 Mbit/s): %3 Mbit/s, %4.",
                               " Mục tiêu (gấp %1 lần mức năm 2024 là %2 Mbit/s): %3 Mbit/s, %4."};
constexpr Text kNotMet{"not met", "chưa đạt"};
constexpr Text kAccuracy{
    "Prediction accuracy: %1 compared samples (averaged over 20 m); mean error %2 dB, RMSE %3 dB, "
    "standard deviation %4 dB (error = predicted − measured).",
    "Độ chính xác dự báo: %1 mẫu so sánh (trung bình theo ô 20 m); sai số trung bình %2 dB, "
    "RMSE %3 dB, độ lệch chuẩn %4 dB (sai số = dự báo − đo)."};
constexpr Text kCalibrated{
    " The model was calibrated on %1 measured samples, averaged into %7 bins (%2, %3): RMSE %4 dB "
    "before, %5 dB after (cross-validated over %6 folds of spatial blocks).",
    " Mô hình đã được hiệu chỉnh theo %1 mẫu đo, gộp thành %7 ô (%2, %3): RMSE %4 dB trước, %5 "
    "dB sau hiệu chỉnh (kiểm định chéo %6 phần theo khối không gian)."};
constexpr Text kSheet5G{"5G coverage (RSRP)", "Bản đồ vùng phủ sóng 5G (RSRP)"};
constexpr Text kSheet4G{"4G coverage (RSRP)", "Bản đồ vùng phủ sóng 4G (RSRP)"};
constexpr Text kSheet5GOf{"5G coverage of %1 (RSRP)", "Bản đồ vùng phủ sóng 5G của %1 (RSRP)"};
constexpr Text kSheetService{"Mobile service: 4G, 5G, both or none",
                             "Bản đồ dịch vụ di động: 4G, 5G, cả hai hoặc không có"};

// A distance for a table cell; "–" where there is none (no fiber in the plan).
QString metres(double m, bool vi) {
    return m < 0 ? QString::fromUtf8("–") : QString::fromStdString(core::count_text(m, vi)) + " m";
}

constexpr double kRowHeightMm = 6.2;

class Page {
  public:
    Page(QPainter& p, QRectF area, std::function<void()> next_page)
        : m_p(p), m_area(area), m_y(area.top()), m_next_page(std::move(next_page)) {}
    double mm = 1;  // device units per millimetre
    //! `keep_rows`: table rows that must follow on the same page (a heading stranded
    //! at the bottom, or a short table split in two, reads as broken).
    void heading(const QString& text, std::size_t keep_rows = 3) {
        if (remaining() < 11 * mm + static_cast<double>(keep_rows + 1) * kRowHeightMm * mm)
            break_page();
        QFont f("Noto Sans", 13, QFont::Bold);
        m_p.setFont(f);
        m_p.setPen(QColor(20, 40, 80));
        m_p.drawText(QRectF(m_area.left(), m_y, m_area.width(), 9 * mm),
                     Qt::AlignLeft | Qt::AlignVCenter, text);
        m_y += 11 * mm;
    }
    void paragraph(const QString& text, double size = 9.5) {
        QFont f("Noto Sans", size);
        m_p.setFont(f);
        m_p.setPen(Qt::black);
        // A paragraph that does not fit what is left of the page starts the next one
        // (drawn here it would run over the footer).
        const QRectF tall(m_area.left(), 0, m_area.width(), m_area.height());
        if (m_p.boundingRect(tall, Qt::TextWordWrap, text).height() > remaining()) {
            break_page();
            m_p.setFont(f);
            m_p.setPen(Qt::black);
        }
        const QRectF box(m_area.left(), m_y, m_area.width(), m_area.bottom() - m_y);
        const QRectF used = m_p.boundingRect(box, Qt::TextWordWrap, text);
        m_p.drawText(box, Qt::TextWordWrap, text);
        m_y += used.height() + 3 * mm;
    }
    //! A table with proportional column widths. `lines` > 1: body rows hold that
    //! many lines ("\n" in a cell), e.g. a value above the counts behind it.
    void table(const QStringList& header, const std::vector<QStringList>& rows,
               const std::vector<double>& widths, const std::vector<QColor>& row_colours = {},
               int lines = 1) {
        const double line_h = kRowHeightMm * mm;
        double total = 0;
        for (double w : widths) total += w;
        // A header whose words do not fit its column takes two lines rather than
        // being cut ("5G có trạm đề xuất" in a narrow portrait column).
        int head_lines = 1;
        {
            const QFontMetricsF fm(QFont("Noto Sans", 8.5, QFont::Bold), m_p.device());
            for (int c = 0; c < header.size() && c < static_cast<int>(widths.size()); ++c)
                if (fm.horizontalAdvance(header[c]) >
                    m_area.width() * widths[static_cast<std::size_t>(c)] / total - 2.4 * mm)
                    head_lines = 2;
        }
        auto draw_row = [&](const QStringList& cells, bool head, QColor colour) {
            const int wrap = head ? head_lines : lines;
            const double row_h = wrap <= 1 ? line_h : line_h * (0.45 + 0.6 * wrap);
            if (m_y + row_h > m_area.bottom()) {
                break_page();
            }
            double x = m_area.left();
            if (head) m_p.fillRect(QRectF(x, m_y, m_area.width(), row_h), QColor(225, 232, 242));
            for (int c = 0; c < cells.size() && c < static_cast<int>(widths.size()); ++c) {
                const double w = m_area.width() * widths[static_cast<std::size_t>(c)] / total;
                QFont f("Noto Sans", 8.5, head ? QFont::Bold : QFont::Normal);
                m_p.setFont(f);
                m_p.setPen(c == cells.size() - 1 && colour.isValid() ? colour : QColor(Qt::black));
                const int width = static_cast<int>(w - 2.4 * mm);
                QStringList parts = cells[c].split('\n');
                // A one-line cell of a taller row wraps at words before it is cut.
                if (wrap > 1 && parts.size() == 1 &&
                    m_p.fontMetrics().horizontalAdvance(parts[0]) > width) {
                    QStringList wrapped{QString()};
                    for (const QString& word : parts[0].split(' ')) {
                        const QString candidate =
                            wrapped.back().isEmpty() ? word : wrapped.back() + ' ' + word;
                        if (m_p.fontMetrics().horizontalAdvance(candidate) <= width ||
                            wrapped.back().isEmpty() || wrapped.size() == wrap)
                            wrapped.back() = candidate;
                        else
                            wrapped << word;
                    }
                    parts = wrapped;
                }
                for (QString& s : parts) s = m_p.fontMetrics().elidedText(s, Qt::ElideRight, width);
                m_p.drawText(QRectF(x + 1.2 * mm, m_y, w - 2.4 * mm, row_h),
                             Qt::AlignVCenter | Qt::AlignLeft, parts.join('\n'));
                x += w;
            }
            m_p.setPen(QPen(QColor(200, 200, 200), 0.2 * mm));
            m_p.drawLine(QPointF(m_area.left(), m_y + row_h), QPointF(m_area.right(), m_y + row_h));
            m_y += row_h;
        };
        draw_row(header, true, {});
        const double body_h = lines <= 1 ? line_h : line_h * (0.45 + 0.6 * lines);
        for (std::size_t r = 0; r < rows.size(); ++r) {
            if (m_y + body_h > m_area.bottom()) {
                break_page();
                draw_row(header, true, {});
            }
            draw_row(rows[r], false, r < row_colours.size() ? row_colours[r] : QColor());
        }
        m_y += 4 * mm;
    }
    [[nodiscard]] double remaining() const { return m_area.bottom() - m_y; }
    //! Continues below what was drawn above the page's flow (a document's heading).
    void start_at(double y) { m_y = y; }
    //! Reserves a full-width block of `height` (on the next page if it does not fit).
    QRectF take(double height) {
        if (remaining() < height) break_page();
        const QRectF r(m_area.left(), m_y, m_area.width(), height);
        m_y += height + 3 * mm;
        return r;
    }
    void break_page() {
        m_next_page();
        m_y = m_area.top();
    }

  private:
    QPainter& m_p;
    QRectF m_area;
    double m_y;
    std::function<void()> m_next_page;
};

QString pct(double share, bool vi) { return QString::fromStdString(core::percent_text(share, vi)); }
QString count(double n, bool vi) { return QString::fromStdString(core::count_text(n, vi)); }

//! A small line chart of share KPIs (0-100 %) over the snapshot dates and the report
//! date, with the 100 % target dashed: enough for an official to see the direction.
void draw_trend_chart(QPainter& p, QRectF box, double mm,
                      const std::vector<core::KpiSnapshot>& snaps, const gis::PlanAnalysis& a,
                      const QString& date, const ReportOptions& o) {
    std::vector<std::string> dates;
    for (const core::KpiSnapshot& s : snaps)
        if (dates.empty() || dates.back() != s.date) dates.push_back(s.date);
    const std::string now = date.toStdString();
    std::erase(dates, now);
    dates.push_back(now);
    const QRectF plot = box.adjusted(14 * mm, 3 * mm, -60 * mm, -8 * mm);
    p.setPen(QPen(QColor(120, 120, 120), 0.2 * mm));
    p.setFont(QFont("Noto Sans", 7.5));
    for (int pct_tick = 0; pct_tick <= 100; pct_tick += 25) {
        const double y = plot.bottom() - plot.height() * pct_tick / 100.0;
        p.setPen(QPen(QColor(225, 225, 225), 0.15 * mm));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(Qt::black);
        p.drawText(QRectF(box.left(), y - 2 * mm, 12 * mm, 4 * mm),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(pct_tick) + " %");
    }
    p.setPen(QPen(QColor(60, 60, 60), 0.4 * mm, Qt::DashLine));
    p.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.right(), plot.top()));
    const auto n = static_cast<double>(dates.size());
    auto x_of = [&](std::size_t i) {
        return dates.size() == 1 ? plot.center().x()
                                 : plot.left() + plot.width() * static_cast<double>(i) / (n - 1);
    };
    p.setPen(Qt::black);
    for (std::size_t i = 0; i < dates.size(); ++i)
        p.drawText(QRectF(x_of(i) - 12 * mm, plot.bottom() + 1 * mm, 24 * mm, 5 * mm),
                   Qt::AlignCenter, QString::fromStdString(dates[i]));
    const struct {
        const char* id;
        QColor colour;
        Text label;
    } series[] = {{"population_5g", QColor(200, 20, 60), {"Residents with 5G", "Dân có 5G"}},
                  {"population_4g", QColor(20, 80, 180), {"Residents with 4G", "Dân có 4G"}},
                  {"households_fiber",
                   QColor(130, 40, 170),
                   {"Households within fiber reach", "Hộ trong tầm cáp quang"}}};
    double legend_y = plot.top();
    for (const auto& se : series) {
        QPolygonF line;
        for (std::size_t i = 0; i < dates.size(); ++i) {
            std::optional<double> v;
            if (dates[i] == now) {
                for (const core::Kpi& k : a.kpis_on_air)
                    if (k.id == se.id) v = k.value;
            } else {
                v = core::snapshot_value(snaps, dates[i], se.id);
            }
            if (v)
                line << QPointF(x_of(i), plot.bottom() - plot.height() * std::clamp(*v, 0.0, 1.0));
        }
        p.setPen(QPen(se.colour, 0.6 * mm));
        p.drawPolyline(line);
        p.setBrush(se.colour);
        for (const QPointF& pt : line) p.drawEllipse(pt, 0.8 * mm, 0.8 * mm);
        p.setBrush(Qt::NoBrush);
        p.drawLine(QPointF(plot.right() + 5 * mm, legend_y + 2 * mm),
                   QPointF(plot.right() + 11 * mm, legend_y + 2 * mm));
        p.setPen(Qt::black);
        p.drawText(QRectF(plot.right() + 13 * mm, legend_y, 47 * mm, 4 * mm), Qt::AlignVCenter,
                   t(o, se.label));
        legend_y += 5 * mm;
    }
    p.setPen(QPen(QColor(60, 60, 60), 0.4 * mm, Qt::DashLine));
    p.drawLine(QPointF(plot.right() + 5 * mm, legend_y + 2 * mm),
               QPointF(plot.right() + 11 * mm, legend_y + 2 * mm));
    p.setPen(Qt::black);
    p.drawText(QRectF(plot.right() + 13 * mm, legend_y, 47 * mm, 4 * mm), Qt::AlignVCenter,
               o.language == "vi" ? QString::fromUtf8("Mục tiêu 2030: 100 %")
                                  : QString("2030 target: 100 %"));
}

//! Rendered map images by layer and size: the report is laid out twice (the first
//! pass counts its pages for "Trang n/N") and draws each map once.
using MapCache = std::map<std::tuple<int, int, int, std::string>, QImage>;

//! The coverage a sheet shows, its heading and its legend title.
struct SheetLayer {
    CoverageLayer layer = CoverageLayer::Rsrp5G;
    QString title;  //!< empty: the project's title with the subtitle and date
    //! 5G of one operator's cells only (empty: every operator's).
    std::string operator_name = {};
};

//! The operators with 5G cells in the analysis (proposals included), in name order.
std::vector<std::string> operators_with_5g(const gis::Project& project,
                                           const gis::PlanAnalysis& a) {
    std::set<std::string> names;
    for (const core::Cell& c : a.maps.cells)
        if (c.technology == core::Technology::Nr5G && c.site_index < project.layers.sites.size() &&
            !project.layers.sites[c.site_index].operator_name.empty())
            names.insert(project.layers.sites[c.site_index].operator_name);
    return {names.begin(), names.end()};
}

//! The coverage image of a sheet: the analysis's layer, or one operator's 5G from the
//! same engine (best RSRP over that operator's 5G cells).
QImage sheet_coverage(const gis::Project& project, const gis::PlanAnalysis& a,
                      const SheetLayer& sheet, double threshold) {
    const core::PlanSettings& s = project.settings;
    if (sheet.operator_name.empty() || !a.engine)
        return coverage_image(a.maps, sheet.layer, threshold, s.rsrp_threshold_4g_dbm);
    std::vector<std::size_t> cells;
    for (std::size_t i = 0; i < a.maps.cells.size(); ++i) {
        const core::Cell& c = a.maps.cells[i];
        if (c.technology == core::Technology::Nr5G && c.site_index < project.layers.sites.size() &&
            project.layers.sites[c.site_index].operator_name == sheet.operator_name)
            cells.push_back(i);
    }
    core::CoverageMaps one;
    one.grid = a.maps.grid;
    one.rsrp_5g = a.engine->best_rsrp_of(cells);
    return coverage_image(one, CoverageLayer::Rsrp5G, threshold);
}

QString legend_title(CoverageLayer layer, const core::PlanSettings& s, bool vi) {
    auto thr = [vi](double dbm) { return QString::fromStdString(core::decimal_text(dbm, 0, vi)); };
    if (layer == CoverageLayer::Rsrp4G)
        return (vi ? QString::fromUtf8("RSRP 4G (ngưỡng %1 dBm)")
                   : QString("4G RSRP (threshold %1 dBm)"))
            .arg(thr(s.rsrp_threshold_4g_dbm));
    if (layer == CoverageLayer::ServiceClass)
        return (vi ? QString::fromUtf8("Dịch vụ (ngưỡng 4G %1 dBm, 5G %2 dBm)")
                   : QString("Service (thresholds 4G %1 dBm, 5G %2 dBm)"))
            .arg(thr(s.rsrp_threshold_4g_dbm), thr(s.rsrp_threshold_5g_dbm));
    return (vi ? QString::fromUtf8("RSRP 5G (ngưỡng %1 dBm)")
               : QString("5G RSRP (threshold %1 dBm)"))
        .arg(thr(s.rsrp_threshold_5g_dbm));
}

//! Title, subtitle with the date, one coverage map (framed, coverage inside the
//! ward) and, if asked, the legend with CRS and sources: the report's map sheets and
//! the PNG map export.
void draw_map_sheet(QPainter& p, QRectF page, double mm, double device_dpi,
                    const gis::Project& project, const gis::PlanAnalysis& a, const ReportOptions& o,
                    const QString& date, bool with_legend, const SheetLayer& sheet,
                    MapCache& cache) {
    const bool vi = o.language == "vi";
    p.setFont(QFont("Noto Sans", 15, QFont::Bold));
    p.setPen(QColor(20, 40, 80));
    p.drawText(QRectF(0, 0, page.width(), 9 * mm), Qt::AlignLeft | Qt::AlignVCenter,
               sheet.title.isEmpty() ? QString::fromStdString(project.title) : sheet.title);
    p.setFont(QFont("Noto Sans", 10));
    p.setPen(Qt::black);
    p.drawText(QRectF(0, 9 * mm, page.width(), 6 * mm), Qt::AlignLeft | Qt::AlignVCenter,
               (sheet.title.isEmpty() ? t(o, kSubtitle) : QString::fromStdString(project.title)) +
                   " — " + QString::fromStdString(core::date_text(date.toStdString(), vi)));
    // Landscape: the legend beside the map; portrait: under it, in columns, so the
    // map keeps the page's width.
    const bool below = with_legend && page.width() < page.height();
    const double side_w = with_legend && !below ? 70 * mm : -4 * mm;
    const double legend_h = below ? 64 * mm : 0.0;
    const QRectF map_rect(0, 17 * mm, page.width() - side_w - 4 * mm,
                          page.height() - 24 * mm - (below ? legend_h + 3 * mm : 0.0));
    const core::PlanSettings& s = project.settings;
    const double threshold =
        sheet.layer == CoverageLayer::Rsrp4G ? s.rsrp_threshold_4g_dbm : s.rsrp_threshold_5g_dbm;
    // The map as an image at up to 200 dpi (the screen renderer), framed; its pixel
    // symbols scale with that resolution so the sheet keeps the screen's proportions.
    const double image_dpi = std::min(device_dpi, 200.0);
    const double symbol_scale = image_dpi / 96.0;
    CoverageDisplay display;
    display.coverage = sheet.layer;
    display.clip_to_ward = true;
    {
        const double scale = image_dpi / device_dpi;
        MapView view;
        view.size = QSize(static_cast<int>(map_rect.width() * scale),
                          static_cast<int>(map_rect.height() * scale));
        const auto key = std::make_tuple(static_cast<int>(sheet.layer), view.size.width(),
                                         view.size.height(), sheet.operator_name);
        auto cached = cache.find(key);
        if (cached == cache.end()) {
            core::PlanLayers ward_only;
            ward_only.ward = project.layers.ward;
            view.fit(ward_only.extent().empty() ? project.layers.extent() : ward_only.extent(),
                     0.03);
            const QImage coverage = sheet_coverage(project, a, sheet, threshold);
            // The tables name towers: the sheets label them (the user's own label
            // field when the style has one).
            gis::Project labelled = project;
            core::LayerStyle& sites = labelled.style.style(core::MapLayerId::Sites);
            if (sites.label_field.empty()) sites.label_field = "tower_id";
            RenderInput in;
            in.project = &labelled;
            in.coverage = &coverage;
            in.coverage_grid = a.maps.grid;
            in.display = display;
            in.places = &a.places;
            in.upgrades = &a.colocation.upgrades;
            in.scale = symbol_scale;
            const core::Point nw = view.to_world(QPointF(0, 0));
            const core::Point se = view.to_world(QPointF(view.size.width(), view.size.height()));
            core::Extent shown;
            shown.include(nw.x(), nw.y());
            shown.include(se.x(), se.y());
            in.rasters = load_raster_basemaps(project, shown,
                                              std::max(view.size.width(), view.size.height()));
            cached = cache.emplace(key, render_map_image(in, view, image_dpi)).first;
        }
        p.drawImage(map_rect, cached->second);
        p.setPen(QPen(Qt::black, 0.3 * mm));
        p.setBrush(Qt::NoBrush);
        p.drawRect(map_rect);
    }
    if (!with_legend) return;
    const QRectF side =
        below ? QRectF(0, map_rect.bottom() + 3 * mm, page.width(), legend_h)
              : QRectF(page.width() - side_w, 17 * mm, side_w, page.height() - 24 * mm);
    Page legend(p, side, [] {});
    legend.mm = mm;
    legend.heading(t(o, kLegend));
    // Rows flow down a column, then into the next one (under a portrait map: three).
    const double col_w = below ? side.width() / 3 : side.width();
    const double top = side.top() + 11 * mm;
    const double reserve = below ? 0.0 : 30 * mm;  // beside: room for the CRS and sources
    double x0 = side.left(), y = top;
    auto fits = [&](double need) {
        if (y + need <= side.bottom() - reserve) return true;
        if (!below || x0 + 2 * col_w > side.right() + 1) return false;
        x0 += col_w;
        y = top;
        return true;
    };
    // Vector rows are tighter than the colour bands so that every layer of the
    // sample (some 20 rows) fits beside an A4 landscape map.
    auto label = [&](const QString& text, double step_mm = 5.5) {
        p.setPen(Qt::black);
        p.setFont(QFont("Noto Sans", step_mm < 5 ? 7.5 : 8));
        p.drawText(QRectF(x0 + 8 * mm, y - 0.5 * mm, col_w - 9 * mm, 5 * mm), Qt::AlignVCenter,
                   text);
        y += step_mm * mm;
    };
    p.setFont(QFont("Noto Sans", 8.5, QFont::Bold));
    p.setPen(Qt::black);
    p.drawText(QRectF(x0, y, col_w - 1 * mm, 5 * mm), Qt::AlignVCenter,
               legend_title(sheet.layer, s, vi));
    y += 6 * mm;
    std::vector<LegendEntry> bands = sheet.layer == CoverageLayer::ServiceClass
                                         ? service_class_legend(vi)
                                         : rsrp_legend(threshold);
    for (const LegendEntry& e : bands) {
        if (!fits(5.5 * mm)) break;
        // The swatch as the map shows the class: at the coverage's opacity over the
        // map's paper (a full-strength swatch reads one class too low).
        p.fillRect(QRectF(x0, y, 6 * mm, 4 * mm), as_drawn(e.colour, display.coverage_opacity));
        p.setPen(QPen(QColor(120, 120, 120), 0.1 * mm));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(x0, y, 6 * mm, 4 * mm));
        label(e.text);
    }
    y += 2 * mm;
    // The vector layers as the map draws them: top layer first, symbols from the
    // same code as the map (one pixel of the map image = device_dpi/image_dpi here).
    bool full = false;
    for (auto it = project.style.layers.rbegin(); it != project.style.layers.rend() && !full;
         ++it) {
        if (!it->style.visible) continue;
        const bool has_features = it->id == core::MapLayerId::PriorityGaps
                                      ? std::any_of(a.places.begin(), a.places.end(),
                                                    [](const core::PriorityPlace& pl) {
                                                        return core::is_priority_gap(pl);
                                                    })
                                  : it->id == core::MapLayerId::TowerUpgrades
                                      ? !a.colocation.upgrades.empty()
                                      : !core::layer_extent(project.layers, it->id).empty();
        if (!has_features) continue;
        for (const std::string& variant : legend_variants(it->id, &project.layers)) {
            if (!fits(4.6 * mm)) {
                full = true;
                break;
            }
            const QRectF box(x0, y - 0.2 * mm, 6 * mm, 4.4 * mm);
            draw_legend_symbol(p, box, it->id, it->style, variant, device_dpi / 96.0);
            label(legend_text(it->id, variant, vi), 4.6);
        }
    }
    y += 3 * mm;
    if (below) fits(24 * mm);
    p.setFont(QFont("Noto Sans", 8));
    p.setPen(Qt::black);
    const QString crs = t(o, kCrs) + ": " + QString::fromStdString(project.working_crs.describe());
    QRectF crs_box(x0, y, col_w - 1 * mm, 30 * mm);
    p.drawText(crs_box, Qt::TextWordWrap, crs + "\n\n" + t(o, kSources));
}

//! Starts with the PDF header and ends with the trailer's %%EOF (ISO 32000-1, 7.5.5).
bool pdf_is_complete(const std::string& path) {
    QFile f(QString::fromStdString(path));
    if (!f.open(QIODevice::ReadOnly) || f.size() < 64) return false;
    if (!f.read(5).startsWith("%PDF-")) return false;
    f.seek(f.size() - 32);
    return f.read(32).contains("%%EOF");
}

}  // namespace

namespace {

//! One layout pass. `total_pages` is 0 on the first pass, which only counts pages;
//! the second prints "Trang n/N" with it. Returns the number of pages.
std::expected<int, std::string> lay_out_report(QPdfWriter& pdf, const gis::Project& project,
                                               const gis::PlanAnalysis& a, const ReportOptions& o,
                                               MapCache& cache, int total_pages) {
    // Progress against earlier snapshots is measured on what is on air (kpis_on_air).
    const gis::PlanAnalysis& progress = a;
    const bool vi = o.language == "vi";
    const QPageSize size(o.a3 ? QPageSize::A3 : QPageSize::A4);
    const auto map_orientation = o.landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
    // A Vietnamese administrative document is A4 portrait with the decree's margins
    // (Nghị định 30/2020/NĐ-CP, Phụ lục I: top and bottom 20 mm, left 30 mm, right
    // 15 mm); its map annexes may turn the page. An English report keeps one layout.
    const QPageLayout text_layout =
        vi ? QPageLayout(size, QPageLayout::Portrait, QMarginsF(30, 20, 15, 20),
                         QPageLayout::Millimeter)
           : QPageLayout(size, map_orientation, QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    const QPageLayout map_layout(size, map_orientation, QMarginsF(12, 12, 12, 12),
                                 QPageLayout::Millimeter);
    pdf.setPageLayout(vi ? text_layout : map_layout);
    QPainter p;
    if (!p.begin(&pdf)) return std::unexpected(std::string("cannot start the PDF"));
    const double mm = pdf.resolution() / 25.4;
    int pages = 1;
    QRectF page = QRectF(0, 0, pdf.width(), pdf.height());
    auto footer = [&](int n) {
        p.setFont(QFont("Noto Sans", 7.5));
        p.setPen(QColor(90, 90, 90));
        const QString number = total_pages > 0 ? t(o, kPage).arg(n).arg(total_pages)
                                               : t(o, kPage).arg(n).arg(QString("?"));
        p.drawText(QRectF(0, page.bottom() - 5 * mm, page.width(), 5 * mm),
                   Qt::AlignRight | Qt::AlignVCenter,
                   QString::fromStdString(project.title) + " — " + number);
    };
    auto new_page = [&](const QPageLayout& layout) {
        footer(pages);
        pdf.setPageLayout(layout);
        pdf.newPage();
        ++pages;
        page = QRectF(0, 0, pdf.width(), pdf.height());
    };
    const QString date = o.date.isEmpty() ? QDate::currentDate().toString(Qt::ISODate) : o.date;
    const core::ResolvedHeading heading = core::resolve_heading(
        project.settings.document,
        project.layers.ward.empty() ? std::string() : project.layers.ward.front().name,
        QDate::fromString(date, Qt::ISODate).isValid() ? QDate::fromString(date, Qt::ISODate).year()
                                                       : QDate::currentDate().year());
    std::vector<SheetLayer> sheets = {{CoverageLayer::Rsrp5G, t(o, kSheet5G)},
                                      {CoverageLayer::Rsrp4G, t(o, kSheet4G)},
                                      {CoverageLayer::ServiceClass, t(o, kSheetService)}};
    // Where several operators build 5G, each one's own coverage (sharing is planned
    // between them, and each reports its own).
    if (const auto ops = operators_with_5g(project, a); ops.size() >= 2)
        for (const std::string& op : ops)
            sheets.push_back(
                {CoverageLayer::Rsrp5G, t(o, kSheet5GOf).arg(QString::fromStdString(op)), op});
    // Annexes are numbered in Roman numerals, as Vietnamese documents number them.
    auto annex_title = [&](std::size_t i) {
        static const char* const kRoman[] = {"I",   "II",   "III", "IV", "V",  "VI",
                                             "VII", "VIII", "IX",  "X",  "XI", "XII"};
        const QString n = i < std::size(kRoman) ? QString(kRoman[i]) : QString::number(i + 1);
        return (vi ? QString::fromUtf8("Phụ lục %1. ") : QString("Annex %1. ")).arg(n) +
               sheets[i].title;
    };

    if (!vi) {
        // Page 1: the 5G map; the other maps close the report as annexes.
        draw_map_sheet(p, page, mm, pdf.resolution(), project, a, o, date, true,
                       {CoverageLayer::Rsrp5G, {}}, cache);
        new_page(text_layout);
    }
    Page body(p, QRectF(0, 0, page.width(), page.height() - 7 * mm),
              [&] { new_page(text_layout); });
    body.mm = mm;
    if (vi) {
        const QString place_date =
            QString::fromStdString(heading.place.empty() ? std::string() : heading.place + ", ") +
            QString::fromStdString(core::date_text(date.toStdString(), true));
        const double h = draw_document_heading(p, page, mm, heading, place_date);
        const double th =
            draw_document_title(p, page.adjusted(0, h, 0, 0), mm, QString::fromUtf8("BÁO CÁO"),
                                QString::fromStdString(heading.title));
        body.start_at(h + th);
        body.paragraph(
            QString::fromUtf8("%1 báo cáo kết quả thực hiện các chỉ tiêu phát triển hạ tầng số "
                              "trên địa bàn theo %2, tính đến %3: vùng phủ sóng di động 4G/5G, cáp "
                              "quang, hạ tầng dùng chung, các điểm ưu tiên còn thiếu 5G và đề xuất "
                              "trạm mới; bản đồ vùng phủ kèm theo tại các Phụ lục.")
                .arg(QString::fromStdString(heading.issuing_body).replace('\n', ' '),
                     project.title.empty() ? QString::fromUtf8("kế hoạch phát triển hạ tầng số")
                                           : QString::fromStdString(project.title),
                     QString::fromStdString(core::date_text(date.toStdString(), true))),
            11);
    }
    body.heading(t(o, kKpis));
    std::vector<QStringList> rows;
    std::vector<QColor> colours;
    for (const core::Kpi& k : a.kpis) {
        auto fmt = [&](double v) {
            return QString::fromStdString(core::kpi_number_text(k, v, vi));
        };
        const QString target = k.has_target ? fmt(k.target) : QString::fromUtf8("–");
        const QString year = k.has_target ? QString::number(k.target_year) : QString();
        QString label = QString::fromStdString(o.language == "vi" ? k.label_vi : k.label_en);
        if (k.id.rfind("priority_5g.", 0) == 0)
            label = (o.language == "vi" ? QString::fromUtf8("Có 5G: ") : QString("With 5G: ")) +
                    category_text(k.id.substr(12), o.language == "vi");
        if (!k.available()) {
            // Why, in the report's language.
            const Text& why = k.missing == core::KpiMissing::Population   ? kNoPopulationFigure
                              : k.missing == core::KpiMissing::Households ? kNoHouseholdFigure
                              : k.missing == core::KpiMissing::Towers     ? kNoTower
                              : k.missing == core::KpiMissing::Fiber      ? kNoFiber
                                                                          : kNo4gSite;
            rows.push_back(
                {label, t(o, kNotAvailable), t(o, kNotAvailable), target, year, t(o, why)});
            colours.push_back(QColor(120, 120, 120));
            continue;
        }
        // Both bases on one row: a label is never repeated for another basis.
        const core::Kpi* on = gis::on_air_kpi(a, k.id);
        const QString on_text =
            on && on->available()
                ? fmt(on->value) + "\n" + QString::fromStdString(core::kpi_counts_text(*on, vi))
                : t(o, kNotAvailable);
        rows.push_back({label, on_text,
                        fmt(k.value) + "\n" + QString::fromStdString(core::kpi_counts_text(k, vi)),
                        target, year,
                        !k.has_target ? t(o, kNoTarget)
                        : k.pass()    ? t(o, kMet)
                                      : t(o, kShort).arg(QString::fromStdString(
                                            core::kpi_difference_text(k, k.short_by(), vi, false)))});
        colours.push_back(!k.has_target ? QColor(90, 90, 90)
                          : k.pass()    ? QColor(0, 120, 40)
                                        : QColor(190, 30, 30));
    }
    body.table({t(o, kIndicator), t(o, kOnAirValue), t(o, kPlannedValue), t(o, kTarget),
                t(o, kYear), t(o, kStatusPlanned)},
               rows, {27, 19, 19, 8, 6, 21}, colours, 2);
    if (!project.snapshots.empty()) {
        const std::string now = date.toStdString();
        const auto prev = core::previous_snapshot_date(project.snapshots, now);
        if (prev) {
            body.heading(t(o, kProgress).arg(QString::fromStdString(*prev)));
            rows.clear();
            for (const core::Kpi& k : progress.kpis_on_air) {
                // Per-category rows are in the table above; "with the proposed
                // sites" is not progress.
                if (k.id.rfind("priority_5g.", 0) == 0 || k.id == "ratio_5g_4g_sites_planned")
                    continue;
                const auto old = core::snapshot_value(project.snapshots, *prev, k.id);
                if (!old || !k.available()) continue;
                auto fmt = [&](double v) {
                    return QString::fromStdString(core::kpi_number_text(k, v, vi));
                };
                const double d = k.value - *old;
                rows.push_back(
                    {QString::fromStdString(o.language == "vi" ? k.label_vi : k.label_en),
                     fmt(*old), fmt(k.value),
                     QString::fromStdString(core::kpi_difference_text(k, d, vi, true))});
            }
            body.table({t(o, kIndicator), t(o, kPrevious), t(o, kNow), t(o, kChange)}, rows,
                       {46, 16, 16, 16});
        } else {
            body.heading(t(o, kProgressFirst));
        }
        body.heading(t(o, kTrend), 8);  // the chart (45 mm) stays with its heading
        draw_trend_chart(p, body.take(45 * mm), mm, project.snapshots, progress, date, o);
    }
    body.heading(t(o, kMethod));
    const auto& s = project.settings;
    // Said from what this run used, not from what covplan can do.
    const bool clutter = !a.inputs.clutter.empty();
    const bool terrain = !a.inputs.ground_m.empty();
    const std::string& env = s.environment;
    const QString env_text = !vi                    ? QString::fromStdString(env)
                             : env == "dense-urban" ? QString::fromUtf8("đô thị mật độ cao")
                             : env == "urban"       ? QString::fromUtf8("đô thị")
                             : env == "rural"       ? QString::fromUtf8("nông thôn")
                                                    : QString::fromUtf8("ngoại ô");
    QString losses = vi ? (clutter ? QString::fromUtf8("suy hao thêm theo loại sử dụng đất")
                                   : QString::fromUtf8("không có lớp sử dụng đất nên không "
                                                       "tính suy hao theo loại đất"))
                        : (clutter ? QString("extra losses by land-use class")
                                   : QString("no land-use layer, so no clutter losses"));
    if (terrain)
        losses += vi ? QString::fromUtf8("; địa hình theo mô hình số độ cao")
                     : QString("; terrain from the DEM");
    QString people;
    switch (a.people.source) {
        case core::PopulationSource::Raster: {
            const core::PopulationSource to = a.people.scaled_to;
            people = vi ? QString::fromUtf8(
                              "Dân cư phân bố theo bản đồ dân số dạng lưới "
                              "(số người mỗi ô, chia theo diện tích)") +
                              (to == core::PopulationSource::Hamlets
                                   ? QString::fromUtf8(", hiệu chỉnh theo số dân từng khu vực.")
                               : to == core::PopulationSource::Ward
                                   ? QString::fromUtf8(", hiệu chỉnh theo số dân của phường.")
                                   : QString::fromUtf8(", dùng đúng số của bản đồ (không có "
                                                       "số dân khu vực hay phường)."))
                        : QString(
                              "Residents are placed by the population raster (people "
                              "per pixel, resampled by area)") +
                              (to == core::PopulationSource::Hamlets
                                   ? QString(", scaled to each khu vực's figure.")
                               : to == core::PopulationSource::Ward
                                   ? QString(", scaled to the ward's figure.")
                                   : QString(", with the raster's own count (no khu vực or "
                                             "ward figure)."));
            break;
        }
        case core::PopulationSource::Hamlets:
            people =
                vi ? (a.people.weighted ? QString::fromUtf8("Dân số mỗi khu vực được phân bổ theo "
                                                            "loại đất ở.")
                                        : QString::fromUtf8("Dân số mỗi khu vực được phân bổ đều "
                                                            "trên diện tích khu vực."))
                   : (a.people.weighted ? QString("Each khu vực's residents are spread by land-use "
                                                  "class.")
                                        : QString("Each khu vực's residents are spread evenly over "
                                                  "its area."));
            break;
        case core::PopulationSource::Ward:
            people = vi ? QString::fromUtf8(
                              "Dân số lấy theo số liệu của phường (không có "
                              "số liệu theo khu vực), phân bổ ") +
                              (a.people.weighted ? QString::fromUtf8("theo loại đất ở.")
                                                 : QString::fromUtf8("đều trên phường."))
                        : QString(
                              "Residents from the ward's own figure (no khu vực "
                              "figures), spread ") +
                              (a.people.weighted ? QString("by land-use class.")
                                                 : QString("evenly over the ward."));
            break;
        case core::PopulationSource::None:
            people = vi ? QString::fromUtf8(
                              "Không có số liệu dân số: các chỉ tiêu theo dân "
                              "số không tính được.")
                        : QString(
                              "No population figure: the population KPIs are not "
                              "available.");
            break;
    }
    const QString method =
        vi ? QString::fromUtf8(
                 "Vùng phủ được tính trên lưới %1 m trong hệ %2 bằng mô hình %3%4, anten "
                 "theo mẫu của từng trạm, %8. Một điểm có 4G/5G khi RSRP của cell "
                 "phục vụ tốt nhất ≥ %5 / %6 dBm. %9 Tầm kéo cáp quang %7 m. Kết quả là ước "
                 "tính phục vụ quy hoạch, không thay cho đo kiểm.")
           : QString(
                 "Coverage is computed on a %1 m grid in %2 with the %3 model%4, each "
                 "site's antenna pattern, %8. A point has 4G/5G when "
                 "its best server's RSRP reaches %5 / %6 dBm. %9 Fiber reach: %7 m from "
                 "a route. These are planning estimates, not measurements.");
    // The models the cells were evaluated with, by name and variant (not "auto").
    // Per technology: "4G: COST-231 Hata ...; 5G: 3GPP TR 38.901 ...".
    QStringList models;
    // The environment is said only where a model used it: it picks an empirical model's
    // variant; free space and ITM have none.
    bool environment_used = a.inputs.cells.cells.empty();
    for (const core::Technology tech : {core::Technology::Lte4G, core::Technology::Nr5G}) {
        QStringList names;
        for (const core::Cell& c : a.inputs.cells.cells) {
            if (c.technology != tech) continue;
            if (!c.law.selection.variant.empty()) environment_used = true;
            const QString m =
                QString::fromStdString(vi ? c.law.selection.title_vi() : c.law.model_name);
            if (!names.contains(m)) names << m;
        }
        if (!names.isEmpty())
            models << QString::fromUtf8(core::technology_name(tech)) + ": " + names.join(", ");
    }
    body.paragraph(
        method.arg(a.inputs.grid.pixel_size_m)
            .arg(QString::fromStdString(project.working_crs.describe()),
                 models.isEmpty() ? (vi && s.propagation_model == "auto"
                                         ? QString::fromUtf8("tự động theo tần số")
                                         : QString::fromStdString(s.propagation_model))
                                  : models.join("; "),
                 !environment_used ? QString()
                 : vi              ? QString::fromUtf8(" (môi trường %1)").arg(env_text)
                                   : QString(" (%1 environment)").arg(env_text))
            .arg(s.rsrp_threshold_4g_dbm)
            .arg(s.rsrp_threshold_5g_dbm)
            .arg(s.fiber_drop_reach_m)
            .arg(losses, people) +
        (project.calibration.empty()
             ? QString()
             : t(o, kCalibrated)
                   .arg(count(static_cast<double>(std::max(project.calibration.raw_samples,
                                                           project.calibration.samples)),
                              vi),
                        QString::fromStdString(vi ? (project.calibration.by == "cell"
                                                         ? std::string("theo từng trạm")
                                                     : project.calibration.by == "clutter"
                                                         ? std::string("theo loại sử dụng đất")
                                                         : std::string("chung cho mọi trạm"))
                                                  : "by " + project.calibration.by),
                        QString::fromStdString(project.calibration.date),
                        QString::fromStdString(
                            core::decimal_text(project.calibration.rmse_before_db, 1, vi)),
                        QString::fromStdString(
                            core::decimal_text(project.calibration.rmse_after_db, 1, vi)))
                   .arg(project.calibration.folds)
                   .arg(count(static_cast<double>(project.calibration.samples), vi))));
    // Where the residents come from and what deserves a second look (core's
    // checks; their text is English for now).
    {
        QStringList checks;
        for (const core::Note& w : a.people.warnings) checks << QString::fromStdString(w.in(vi));
        for (const core::Note& w : a.plausibility) checks << QString::fromStdString(w.in(vi));
        if (!checks.isEmpty()) body.paragraph(t(o, kChecks) + ": " + checks.join("; ") + ".", 8.5);
    }
    // The radio templates in one paragraph (a table would not fit beside the method).
    QStringList rts;
    const std::string plan_5g = core::plan_5g_template(s).id;
    // Shortest form ("1842.5", "46"), with a decimal comma in Vietnamese.
    auto num = [vi](double v, int digits) {
        QString n = QString::number(v, 'g', digits);
        return vi ? n.replace('.', ',') : n;
    };
    for (const core::RadioTemplate& rt : s.radio_templates)
        rts << QString("%1%2: %3 %4/%5 MHz, %6 dBm, %7 (%8), %9 dB, %10°")
                   .arg(QString::fromStdString(rt.id), rt.id == plan_5g ? " *" : "",
                        QString::fromStdString(rt.band), num(rt.freq_mhz, 6),
                        num(rt.bandwidth_mhz, 4), num(rt.power_dbm, 4),
                        QString::fromStdString(rt.antenna_model),
                        QString::fromStdString(rt.omni_antenna_model), num(rt.feeder_loss_db, 3))
                   .arg(num(rt.elec_tilt_deg, 3));
    body.paragraph(t(o, kTemplates) + ": " + rts.join("; ") + ". " + t(o, kTemplateNote), 8.5);
    if (a.measured && !a.measured->shares.empty()) {
        const core::MeasuredKpis& m = *a.measured;
        body.heading(t(o, kMeasured));
        body.paragraph(t(o, kMeasuredLead), 9);
        rows.clear();
        for (const core::MeasuredShare& r : m.shares)
            rows.push_back({r.area.empty() ? t(o, kWardRow) : QString::fromStdString(r.area),
                            QString::fromUtf8(core::technology_name(core::technology_of(r.layer))),
                            count(static_cast<double>(r.samples), vi), pct(r.measured_share, vi),
                            r.predicted_samples ? pct(r.predicted_share, vi) : QString("–")});
        body.table({t(o, kArea), t(o, kTechnology), t(o, kSamples), t(o, kMeasuredShare),
                    t(o, kPredictedShare)},
                   rows, {34, 14, 14, 18, 18});
        QString text;
        if (m.throughput_samples) {
            text =
                t(o, kDownlink)
                    .arg(QString::fromStdString(core::decimal_text(m.mean_throughput_mbps, 1, vi)),
                         count(static_cast<double>(m.throughput_samples), vi));
            if (m.baseline_mbps > 0)
                text += t(o, kDownlinkTarget)
                            .arg(QString::fromStdString(
                                     core::decimal_text(m.target_mbps / m.baseline_mbps, 1, vi)),
                                 QString::fromStdString(core::decimal_text(m.baseline_mbps, 1, vi)),
                                 QString::fromStdString(core::decimal_text(m.target_mbps, 1, vi)),
                                 t(o, m.throughput_met() ? kMet : kNotMet));
        }
        if (a.validation && !a.validation->compared.empty()) {
            const core::ErrorStats& e = a.validation->overall;
            text += (text.isEmpty() ? "" : " ") +
                    t(o, kAccuracy)
                        .arg(count(static_cast<double>(e.n), vi),
                             QString::fromStdString(core::decimal_text(e.mean_error_db, 1, vi)),
                             QString::fromStdString(core::decimal_text(e.rmse_db, 1, vi)),
                             QString::fromStdString(core::decimal_text(e.std_db, 1, vi)));
        }
        if (!text.isEmpty()) body.paragraph(text, 9);
        if (a.validation && !a.validation->compared.empty()) {
            // The two plots side by side, as `covplan validate` writes them.
            const QRectF box = body.take(70 * mm);
            const double k = box.height() / 700.0 * 1.6;
            render::draw_scatter(p,
                                 QRectF(box.left(), box.top(), box.width() / 2 - mm, box.height()),
                                 *a.validation, vi, k);
            render::draw_error_histogram(
                p, QRectF(box.center().x() + mm, box.top(), box.width() / 2 - mm, box.height()),
                *a.validation, vi, k);
        }
    }

    body.heading(t(o, kHamlets));
    rows.clear();
    // 5G on both bases per khu vực: on air, and with the proposals.
    auto tally_row = [vi](const QString& name, const core::CoverageTally& c,
                          const core::CoverageTally& on) {
        return QStringList{name,
                           count(c.population, vi),
                           count(c.households, vi),
                           pct(core::CoverageTally::share(c.population_4g, c.population), vi),
                           pct(core::CoverageTally::share(on.population_5g, on.population), vi),
                           pct(core::CoverageTally::share(c.population_5g, c.population), vi),
                           pct(core::CoverageTally::share(c.households_fiber, c.households), vi)};
    };
    for (std::size_t i = 0; i < a.area.hamlets.size(); ++i) {
        const auto& h = a.area.hamlets[i];
        rows.push_back(
            tally_row(QString::fromStdString(h.name), h.tally,
                      i < a.area_on_air.hamlets.size() ? a.area_on_air.hamlets[i].tally : h.tally));
    }
    rows.push_back(tally_row(t(o, kWardRow), a.area.ward, a.area_on_air.ward));
    body.table({t(o, kHamlet), t(o, kPopulation), t(o, kHouseholds), t(o, kWith4G),
                t(o, kWith5GOnAir), t(o, kWith5GPlanned), t(o, kFiberReach)},
               rows, {26, 12, 12, 12, 13, 13, 12});
    if (!project.sources.empty() || !project.rasters.empty()) {
        body.heading(t(o, kSourceTable));
        rows.clear();
        for (const gis::LayerSource& src : project.sources)
            rows.push_back({QString::fromStdString(core::role_text(src.role, vi)),
                            QString::fromStdString(fs::path(src.path).filename().string() +
                                                   (src.layer.empty() ? "" : " : " + src.layer)),
                            QString::fromStdString(src.source_crs)});
        for (const gis::RasterSource& r : project.rasters)
            rows.push_back({t(o, r.kind == gis::RasterKind::Dem          ? kRasterDem
                                 : r.kind == gis::RasterKind::LandUse    ? kRasterLandUse
                                 : r.kind == gis::RasterKind::Population ? kRasterPopulation
                                                                         : kRaster),
                            QString::fromStdString(fs::path(r.path).filename().string()),
                            QString::fromStdString(r.assigned_crs)});
        body.table({t(o, kLayer), t(o, kFile), t(o, kSourceCrs)}, rows, {20, 40, 40});
    }

    body.heading(t(o, kGaps));
    std::vector<const core::PriorityPlace*> gaps;
    for (const auto& pl : a.places)
        if (core::is_priority_gap(pl)) gaps.push_back(&pl);
    std::stable_sort(gaps.begin(), gaps.end(), [](auto* x, auto* y) {
        return x->category != y->category ? x->category < y->category : x->score > y->score;
    });
    rows.clear();
    for (const auto* g : gaps) {
        rows.push_back(
            {QString::fromStdString(g->name), category_text(g->category, o.language == "vi"),
             pct(g->share_5g, vi), QString::fromStdString(g->hamlet),
             QString::fromStdString(g->nearest_site) + " (" + metres(g->nearest_site_m, vi) + ")"});
    }
    if (rows.empty()) rows.push_back({t(o, kNone)});
    body.table({t(o, kName), t(o, kCategory), t(o, kWith5G), t(o, kHamlet), t(o, kNearest)}, rows,
               {34, 18, 10, 14, 24});
    body.heading(t(o, kProposed));
    rows.clear();
    // Every proposed site, with the towers that could carry it or a line saying
    // there is none: a proposal missing from this table reads as forgotten.
    for (const core::Site& s : project.layers.sites) {
        if (s.status != core::SiteStatus::Proposed) continue;
        const QString id =
            QString::fromStdString(s.site_id) +
            (core::inside_ward(s.location, project.layers.ward) ? QString() : t(o, kOutsideMark));
        bool any = false;
        for (const auto& alt : a.colocation.alternatives) {
            if (alt.proposed_site != s.site_id) continue;
            rows.push_back({any ? QString() : id,
                            QString::fromStdString(alt.tower_id + " (" + alt.operators + ")") +
                                " " + metres(alt.distance_m, vi),
                            count(alt.difference, vi), metres(alt.fiber_distance_m, vi)});
            any = true;
        }
        if (!any) rows.push_back({id, t(o, kNoTowerNear), "", ""});
    }
    if (rows.empty()) rows.push_back({t(o, kNone)});
    body.table({t(o, kSite5G), t(o, kTower), t(o, kDifference), t(o, kFiberDistance)}, rows,
               {16, 36, 30, 18});
    {
        rows.clear();
        for (std::size_t i = 0; i < a.colocation.upgrades.size() && i < 5; ++i) {
            const auto& u = a.colocation.upgrades[i];
            rows.push_back({QString::number(u.rank),
                            QString::fromStdString(u.tower_id + " (" + u.operators + ")") +
                                (u.outside_ward ? t(o, kOutsideMark) : QString()),
                            count(u.added_population_5g, vi), metres(u.fiber_distance_m, vi)});
        }
        if (rows.empty()) rows.push_back({t(o, kNone)});
        body.heading(t(o, kUpgrades), rows.size());  // five rows: never split
        body.table({"#", t(o, kTowerShort), t(o, kAdded), t(o, kFiberDistance)}, rows,
                   {8, 50, 24, 18});
    }

    {
        const auto& ward = project.layers.ward;
        // Stations (one operator's BTS of one technology) inside the ward.
        std::map<std::string, std::array<int, 4>> by_operator;
        std::array<int, 4> total{};
        for (const core::Site& s : project.layers.sites) {
            if (!core::inside_ward(s.location, ward)) continue;
            const int col = (s.status == core::SiteStatus::Proposed ? 2 : 0) +
                            (s.technology == core::Technology::Nr5G ? 1 : 0);
            ++by_operator[s.operator_name.empty() ? "?" : s.operator_name][col];
            ++total[col];
        }
        rows.clear();
        auto count_row = [](const QString& name, const std::array<int, 4>& c) {
            return QStringList{name, QString::number(c[0]), QString::number(c[1]),
                               QString::number(c[2]), QString::number(c[3])};
        };
        for (const auto& [op, c] : by_operator)
            rows.push_back(count_row(QString::fromStdString(op), c));
        rows.push_back(count_row(t(o, kTotal), total));
        body.heading(t(o, kSiteCounts), rows.size());
        body.table({t(o, kOperator), t(o, k4GOnAir), t(o, k5GOnAirCount), t(o, k4GProposed),
                    t(o, k5GProposed)},
                   rows, {28, 18, 18, 18, 18});
        auto site_row = [&](const core::Site& s) {
            QStringList az;
            for (double d : s.azimuths_deg) az << QString::number(d, 'f', 0);
            return QStringList{QString::fromStdString(s.site_id),
                               QString::fromStdString(s.tower_id),
                               QString::fromStdString(s.operator_name),
                               QString::fromUtf8(core::technology_name(s.technology)),
                               QString::fromStdString(s.band.empty() ? std::string("–") : s.band),
                               QString::number(s.height_m, 'f', 0) + " m",
                               az.isEmpty() ? t(o, kOmni) : az.join("/"),
                               QString::fromStdString(core::site_status_text(s.status, vi))};
        };
        const QStringList site_header{t(o, kSiteId),   t(o, kTowerId),   t(o, kOperator),
                                      t(o, kTech),     t(o, kBand),      t(o, kHeight),
                                      t(o, kAzimuths), t(o, kSiteStatus)};
        const std::vector<double> site_widths{18, 13, 12, 10, 9, 8, 14, 16};
        std::vector<QStringList> outside;
        rows.clear();
        for (const core::Site& s : project.layers.sites)
            (core::inside_ward(s.location, ward) ? rows : outside).push_back(site_row(s));
        if (rows.empty()) rows.push_back({t(o, kNone)});
        body.heading(t(o, kSitesInWard));
        body.table(site_header, rows, site_widths);
        if (!outside.empty()) {
            body.heading(t(o, kSitesOutside));
            body.table(site_header, outside, site_widths);
        }
    }
    if (vi) {
        // Recipients and signature close the document, before its annexes.
        const QRectF closing = body.take(document_closing_height(mm, heading));
        draw_document_closing(p, closing, mm, heading);
    }
    for (std::size_t i = vi ? 0 : 1; i < sheets.size(); ++i) {
        new_page(map_layout);
        draw_map_sheet(p, page, mm, pdf.resolution(), project, a, o, date, true,
                       {sheets[i].layer, annex_title(i), sheets[i].operator_name}, cache);
    }
    footer(pages);
    if (!p.end()) return std::unexpected(std::string("the PDF could not be finished"));
    return pages;
}

}  // namespace

QString report_language(const ReportOptions& o, const gis::Project& project) {
    if (!o.language.isEmpty()) return o.language;
    return project.settings.language == "en" ? QString("en") : QString("vi");
}

std::expected<int, std::string> write_report_pdf(const std::string& path,
                                                 const gis::Project& project,
                                                 const gis::PlanAnalysis& a,
                                                 const ReportOptions& options) {
    ReportOptions o = options;
    o.language = report_language(options, project);
    MapCache cache;
    // First pass into memory: how many pages, for "Trang n/N".
    int total = 0;
    {
        QBuffer scratch;
        scratch.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&scratch);
        pdf.setResolution(300);
        auto counted = lay_out_report(pdf, project, a, o, cache, 0);
        if (!counted) return std::unexpected(path + ": " + counted.error());
        total = *counted;
    }
    gis::AtomicFile out(path);
    int pages = 0;
    {
        QPdfWriter pdf(QString::fromStdString(out.temp_path()));
        pdf.setResolution(300);
        pdf.setTitle(QString::fromStdString(project.title));
        pdf.setCreator("covplan");
        auto written = lay_out_report(pdf, project, a, o, cache, total);
        if (!written) return std::unexpected(gis::write_failure(path, ""));
        pages = *written;
    }
    // QPdfWriter reports neither a full disk nor a short write: the file must be a
    // whole PDF before it replaces the old report.
    if (!pdf_is_complete(out.temp_path())) return std::unexpected(gis::write_failure(path, ""));
    auto committed = out.commit();
    if (!committed) return std::unexpected(committed.error());
    return pages;
}

std::expected<void, std::string> write_map_png(const std::string& path, const gis::Project& project,
                                               const gis::PlanAnalysis& a,
                                               const MapImageOptions& o) {
    if (o.width_px < 200 || o.height_px < 200 || o.width_px > 20000 || o.height_px > 20000)
        return std::unexpected("image size must be 200 to 20000 px a side, not " +
                               std::to_string(o.width_px) + " x " + std::to_string(o.height_px));
    if (o.dpi < 30 || o.dpi > 1200)
        return std::unexpected("dpi must be 30 to 1200, not " + std::to_string(o.dpi));
    QImage img(o.width_px, o.height_px, QImage::Format_RGB32);
    img.fill(Qt::white);
    const int dots_per_m = static_cast<int>(std::lround(o.dpi / 0.0254));
    img.setDotsPerMeterX(dots_per_m);
    img.setDotsPerMeterY(dots_per_m);
    {
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        const double mm = o.dpi / 25.4;
        // Same 6 mm margins as a printed sheet would have, so the frame never clips.
        const double margin = 6 * mm;
        p.translate(margin, margin);
        const QRectF page(0, 0, o.width_px - 2 * margin, o.height_px - 2 * margin);
        const QString date =
            o.text.date.isEmpty() ? QDate::currentDate().toString(Qt::ISODate) : o.text.date;
        ReportOptions text = o.text;
        text.language = report_language(o.text, project);
        MapCache cache;
        draw_map_sheet(p, page, mm, o.dpi, project, a, text, date, o.legend,
                       {CoverageLayer::Rsrp5G, {}}, cache);
    }
    gis::AtomicFile out(path);
    if (!img.save(QString::fromStdString(out.temp_path()), "PNG") ||
        QImageReader(QString::fromStdString(out.temp_path())).size() != img.size())
        return std::unexpected(gis::write_failure(path, ""));
    auto committed = out.commit();
    if (!committed) return std::unexpected(committed.error());
    return {};
}

}  // namespace covplan::render
